//! Every message in English.

use plateful_core::detail::{Detail, Shape};
use plateful_core::filter::{Sort, StatusFilter};
use plateful_core::focus::{Because, Term};
use plateful_core::input::InputError;
use plateful_core::item::{Figures, Move};
use plateful_core::priorities::Quadrant;
use plateful_core::quick::QuickError;
use plateful_core::settings::SettingProblem;
use plateful_core::sync::{Label, StoreError};
use plateful_core::whatif::Verdict;
use plateful_core::{
    CommandKind, Decision, DomainError, EffortKind, FinishError, FormatError, Language, LoadLevel,
    NumberError, Role, SettingField, Severity, StatusKind, Step, TextError,
};

use super::Msg;
use crate::fmt;

const L: Language = Language::En;

fn hours(value: f64) -> String {
    fmt::hours(L, value)
}

fn date(value: chrono::NaiveDate) -> String {
    fmt::date(L, value)
}

fn percent(value: Option<f64>) -> String {
    fmt::percent(L, value)
}

fn num(value: f64) -> String {
    fmt::number(L, value, 2)
}

/// "Alice: " for someone else, nothing for me.
fn whose(who: Option<&str>) -> String {
    who.map(|who| format!("{who}: ")).unwrap_or_default()
}

/// "1 day", "3 days".
fn days(count: i64) -> String {
    if count == 1 {
        "1 day".to_owned()
    } else {
        format!("{count} days")
    }
}

/// The message in English. The match names every message: one without its English
/// wording does not compile.
pub fn say(msg: Msg) -> String {
    match msg {
        Msg::Tagline => "See what is on your plate before you say yes.".into(),
        Msg::NavCommitments => "Commitments".into(),
        Msg::Undo => "Undo".into(),
        Msg::CommitmentsHeading => "Commitments".into(),
        Msg::AddHeading => "Add a commitment".into(),
        Msg::EditHeading => "Edit the commitment".into(),
        Msg::Title => "Title".into(),
        Msg::Effort => "Effort".into(),
        Msg::Unestimated => "Not estimated".into(),
        Msg::EstimateHours => "Estimate (hours)".into(),
        Msg::HoursPerWeek => "Hours per week".into(),
        Msg::DueDate => "Due date".into(),
        Msg::HardDeadline => "Hard deadline".into(),
        Msg::Important => "Important".into(),
        Msg::Add => "Add".into(),
        Msg::Save => "Save".into(),
        Msg::Cancel => "Cancel".into(),
        Msg::Edit => "Edit".into(),
        Msg::Delete => "Delete".into(),
        Msg::StatusLabel => "Status".into(),
        Msg::LogHours => "Hours spent".into(),
        Msg::Log => "Log".into(),
        Msg::Empty => "Nothing on your plate yet. Add what you said yes to above.".into(),
        Msg::WaitingOnLabel => "Waiting on whom?".into(),
        Msg::SetWaiting => "Mark as waiting".into(),
        Msg::RecoveryHeading => "Your saved plan could not be opened".into(),
        Msg::RecoveryBody => "Plateful found a stored plan it cannot read. It has been left exactly as it was: nothing will be written over it.".into(),
        Msg::RecoveryProblem => "What is wrong".into(),
        Msg::RecoveryDownload => "Download the stored value".into(),
        Msg::RecoveryStartFresh => "Start a new plan".into(),
        Msg::RecoveryStartFreshNote => "The unreadable value is kept under a key of its own first.".into(),
        Msg::NotFound => "This page does not exist.".into(),
        Msg::StorageUnreadable => "The stored plan was changed into something Plateful cannot read, perhaps by another tab: it is kept as it is, and your changes here are not saved. Export them.".into(),
        Msg::Export => "Export".into(),
        Msg::SaveAgain => "Try saving again".into(),
        Msg::NavData => "Data".into(),
        Msg::DataHeading => "Your data".into(),
        Msg::ExportHeading => "Export".into(),
        Msg::ExportNote => "A JSON file you can keep, open in another browser or import again.".into(),
        Msg::ImportHeading => "Import".into(),
        Msg::ImportLabel => "Plan file (.json, up to 5 MB)".into(),
        Msg::ImportPreviewHeading => "In this file".into(),
        Msg::Replace => "Replace my plan".into(),
        Msg::Merge => "Merge into my plan".into(),
        Msg::ReplaceNote => "Your current plan is kept as a backup first, and Undo brings it back.".into(),
        Msg::MergeNote => "Matched by id: for a commitment in both, the copy changed last wins.".into(),
        Msg::Replaced => "Your plan was replaced by the file.".into(),
        Msg::BackupsHeading => "Backups".into(),
        Msg::BackupsNone => "No backup yet. One is kept when the app opens a plan with commitments, and before each import or restore.".into(),
        Msg::BackupNewest => "Newest backup".into(),
        Msg::BackupOlder => "Older backup".into(),
        Msg::Restore => "Restore".into(),
        Msg::StorageHeading => "Storage".into(),
        Msg::Persistent => "Persistent: the browser will not clear it to free space.".into(),
        Msg::NotPersistent => "Not persistent: the browser may clear it when space runs low. Export regularly.".into(),
        Msg::EraseHeading => "Erase everything".into(),
        Msg::EraseButton => "Erase all data…".into(),
        Msg::EraseConfirm => "This deletes your plan and its backups from this browser. Export first if you may want them back.".into(),
        Msg::EraseYes => "Yes, erase everything".into(),
        Msg::Erased => "Everything was erased. You start with an empty plan.".into(),
        Msg::NavToday => "Today".into(),
        Msg::NavPriorities => "Priorities".into(),
        Msg::NavTeam => "Team".into(),
        Msg::NavSettings => "Settings".into(),
        Msg::TodayHeading => "Today".into(),
        Msg::ThisWeek => "This week".into(),
        Msg::ChartHeading => "Load against capacity, week by week".into(),
        Msg::Week => "Week".into(),
        Msg::Planned => "Planned".into(),
        Msg::Available => "Available".into(),
        Msg::WarningsHeading => "Warnings".into(),
        Msg::NoWarnings => "Nothing to worry about.".into(),
        Msg::FollowedUp => "I followed up".into(),
        Msg::ReliefHeading => "Relief plan".into(),
        Msg::ReliefIntro => "To bring each of the next weeks back within capacity. Now:".into(),
        Msg::Apply => "Apply".into(),
        Msg::ApplyAll => "Apply all, as one step".into(),
        Msg::NoticeErased => "Everything was erased in another tab: this one starts again from an empty plan.".into(),
        Msg::Dismiss => "Dismiss".into(),
        Msg::DroppedByRelief => "Dropped to bring my week back within capacity".into(),
        Msg::FocusHeading => "Focus now".into(),
        Msg::InboxHeading => "Inbox".into(),
        Msg::QuickAddLabel => "Quick add".into(),
        Msg::QuickAddHint => "Title, then 12h or 3h/w, by fri, by 15 Mar or tomorrow, @person who asked, ! for important, #tag. Words in quotes stay in the title.".into(),
        Msg::AddToInbox => "Add to inbox".into(),
        Msg::CanISayYes => "Can I say yes?".into(),
        Msg::Accept => "Accept".into(),
        Msg::Search => "Search".into(),
        Msg::All => "All".into(),
        Msg::Owner => "Owner".into(),
        Msg::Tag => "Tag".into(),
        Msg::QuadrantLabel => "Quadrant".into(),
        Msg::Urgent => "Urgent".into(),
        Msg::Tags => "Tags (space-separated)".into(),
        Msg::PrioritiesHeading => "Priorities".into(),
        Msg::MatrixHelp => "Move a commitment with the arrow keys when it has focus, with its menu, or by dragging it to another quadrant.".into(),
        Msg::BigRocksHeading => "This week's big rocks".into(),
        Msg::Until => "Until (optional)".into(),
        Msg::StartDate => "Start date".into(),
        Msg::RequestedBy => "Asked by".into(),
        Msg::Notes => "Notes".into(),
        Msg::NextBigRocksHeading => "Next week's big rocks".into(),
        Msg::NextBigRocksHelp => "At most three: what must move forward next week.".into(),
        Msg::BigRocksHelp => "At most three: what must move forward this week.".into(),
        Msg::TeamHeading => "Team".into(),
        Msg::HeatmapHeading => "Load by person and week".into(),
        Msg::AddPerson => "Add a person".into(),
        Msg::Name => "Name".into(),
        Msg::RoleLabel => "Role".into(),
        Msg::WeeklyCapacity => "Hours a week".into(),
        Msg::WorkingDays => "Working days".into(),
        Msg::TimeOff => "Time off".into(),
        Msg::From => "From".into(),
        Msg::To => "To".into(),
        Msg::Remove => "Remove".into(),
        Msg::Carries => "What they carry".into(),
        Msg::ICarry => "What I carry".into(),
        Msg::Delegated => "What I delegated to them".into(),
        Msg::Owed => "What I owe them".into(),
        Msg::Nothing => "Nothing.".into(),
        Msg::SettingsHeading => "Settings".into(),
        Msg::MyCapacity => "My capacity".into(),
        Msg::Thresholds => "Thresholds (% of capacity)".into(),
        Msg::Calibration => "Calibration".into(),
        Msg::CalibrationManual => "A factor I set".into(),
        Msg::CalibrationLearned => "Learned from finished work".into(),
        Msg::Language => "Language".into(),
        Msg::Theme => "Theme".into(),
        Msg::ThemeSystem => "As the system".into(),
        Msg::ThemeLight => "Light".into(),
        Msg::ThemeDark => "Dark".into(),
        Msg::Saved => "Saved.".into(),
        Msg::UpdateAvailable => "Update available: a new version of Plateful is ready.".into(),
        Msg::UpdateNow => "Reload into it".into(),
        Msg::RecoveryRestore => "Restore this backup".into(),
        Msg::ReviewNav => "Review".into(),
        Msg::ReviewHeading => "Weekly review".into(),
        Msg::ReviewIntro => "Go through your plate step by step: the inbox, what is under way, what you wait for, the weeks ahead, next week's big rocks, and how the week felt. You can leave at any time; the review waits where you left it.".into(),
        Msg::ReviewStart => "Start this week's review".into(),
        Msg::ReviewDiscard => "Discard this review".into(),
        Msg::ReviewNeverReviewed => "No review finished yet.".into(),
        Msg::ReviewBack => "Back".into(),
        Msg::ReviewNext => "Next".into(),
        Msg::ReviewSteps => "Steps of the review".into(),
        Msg::ReviewDecline => "Decline".into(),
        Msg::ReviewSomeday => "Someday".into(),
        Msg::ReviewInboxEmpty => "The inbox is empty.".into(),
        Msg::ReviewNothingCurrent => "Nothing is active or waiting.".into(),
        Msg::ReviewHoursSpent => "Hours spent since last logged".into(),
        Msg::DecisionIs(text) => format!("Decision: {text}"),
        Msg::ReviewDecision => "Decision".into(),
        Msg::ReviewNewDue => "New due date".into(),
        Msg::ReviewDelegateTo => "Delegate to".into(),
        Msg::ReviewReason => "Reason".into(),
        Msg::ReviewDecide => "Decide".into(),
        Msg::ReviewNothingWaiting => "You are not waiting for anyone.".into(),
        Msg::ReviewFollowedUp => "Followed up".into(),
        Msg::ReviewFollowUp => "I followed up".into(),
        Msg::ReviewWentWell => "What went well?".into(),
        Msg::ReviewSlipped => "What slipped?".into(),
        Msg::ReviewToChange => "What will I change?".into(),
        Msg::ReviewPulse => "Energy, from 1 (drained) to 5 (full of energy)".into(),
        Msg::ReviewFinishButton => "Finish the review".into(),
        Msg::ReviewHistoryHeading => "Past reviews".into(),
        Msg::ReviewHistoryLink => "History and trends".into(),
        Msg::ReviewNoReviews => "No finished review yet.".into(),
        Msg::ReviewTrendsHeading => "Trends".into(),
        Msg::ReviewTrendLoad => "Next week's load (%)".into(),
        Msg::ReviewTrendHours => "Hours logged".into(),
        Msg::ReviewTrendDone => "Done".into(),
        Msg::ReviewTrendSlipped => "Slipped".into(),
        Msg::ReviewTrendPulse => "Pulse".into(),
        Msg::ReviewSummary => "Summary to copy (Markdown)".into(),
        Msg::ReviewCopy => "Copy the summary".into(),
        Msg::ReviewCopied => "Copied.".into(),
        Msg::ReviewSnapshot => "My next four weeks, as the review left them".into(),
        Msg::ReviewDecisions => "Decisions".into(),
        Msg::ReviewTriaged => "Requests triaged".into(),
        Msg::ReviewFollowedUpList => "Followed up".into(),
        Msg::ReviewBigRocks => "Big rocks for next week".into(),
        Msg::ReviewReflection => "Reflection".into(),
        Msg::ReviewMakeRoom => "Make room in Look ahead (the relief plan), or accept being over:".into(),
        Msg::MakeRoomHeading => "What would make room for it:".into(),
        Msg::MakeRoom => "Make room: apply these, as one step".into(),
        Msg::NoCounter => "No date within the weeks ahead makes it fit.".into(),
        Msg::Decline => "Decline".into(),
        Msg::DeclineHint => "Declined requests stay on the page of whoever asked.".into(),
        Msg::Understood => "Understood:".into(),
        Msg::QuickAddPlaceholder => "Talk at the meetup 12h by fri @claire !".into(),
        // ── Today and first run ──
        // (its messages follow)
        Msg::GaugeLoad { load, capacity, percent: p, level } => format!(
            "{} planned for {} available ({}), {}",
            hours(load),
            hours(capacity),
            percent(p),
            say(Msg::Level(level))
        ),
        Msg::WeekLevel { week, load, capacity, percent, level } => format!(
            "{}, {}",
            say(Msg::WeekLoad { week, load, capacity, percent }),
            say(Msg::Level(level))
        ),
        Msg::HoursLeft { hours: left, days: open, in_a_row } => {
            let name = |day: &chrono::NaiveDate| fmt::weekday(L, chrono::Datelike::weekday(day));
            let names: Vec<&str> = open.iter().map(name).collect();
            let days = match names.as_slice() {
                [] => return "No working day is left this week.".into(),
                [one] => (*one).to_owned(),
                [first, .., last] if in_a_row && names.len() > 2 => format!("{first} to {last}"),
                [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
            };
            format!("{} left, {days}.", hours(left))
        }
        Msg::WeekRoom { free, over_by } => match (free > 0.0, over_by > 0.0) {
            (true, _) => format!("{} of them free.", hours(free)),
            (_, true) => format!("{} more than that is planned.", hours(over_by)),
            _ => "All of them planned.".into(),
        },
        Msg::GaugeMark => percent(Some(100.0)),
        Msg::HeaviestThisWeek { level, load, capacity, percent: p } => format!(
            "This week is {} ({} planned for {} available, {}); the heaviest:",
            say(Msg::Level(level)),
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::AndMore(count) => format!("and {count} more"),
        Msg::MoreWeeks(1) => "1 more week".into(),
        Msg::MoreWeeks(count) => format!("{count} more weeks"),
        Msg::OpenTitle(title) => format!("Open “{title}”"),
        Msg::SeeReliefPlan => "See the relief plan".into(),
        Msg::OpenInbox => "Open the inbox".into(),
        Msg::SeeTheirWork(name) => format!("See {name}’s work"),
        Msg::SeeMyWork => "See my work, heaviest first".into(),
        Msg::SeeActiveWork => "See the work in progress".into(),
        Msg::Because { because, who } => match because {
            Because::BigRock => "this week's big rock".into(),
            Because::DueIn { days: 0, .. } => "due today".into(),
            Because::DueIn { days: 1, .. } => "due tomorrow".into(),
            Because::DueIn { days: 2..=6, date: day, .. } => {
                format!("due {}", fmt::weekday(L, chrono::Datelike::weekday(day)))
            }
            Because::DueIn { date: day, .. } => format!("due {}", fmt::day_month(L, *day)),
            Because::Overdue { days: late, date: day, .. } => {
                format!("overdue by {} (due {})", days(*late), fmt::weekday_date(L, *day))
            }
            Because::Important => "important".into(),
            Because::Urgent => "flagged urgent".into(),
            Because::DeadlineAtRisk { by, short_by } => format!(
                "deadline at risk: {} short by {}",
                hours(*short_by),
                fmt::weekday_date(L, *by)
            ),
            Because::Momentum { last } => {
                format!("under way (last logged {})", fmt::weekday_date(L, *last))
            }
            Because::TreadingWater { since } => {
                format!("no progress since {}", fmt::day_month(L, *since))
            }
            Because::Waiting { since, .. } => format!(
                "waiting on {} since {}",
                who.unwrap_or("someone"),
                fmt::day_month(L, *since)
            ),
        },
        Msg::ScoreDetails => "Score".into(),
        Msg::ScoreTotal(score) => format!("Score {}:", fmt::number(L, score, 1)),
        Msg::NoTerms => "no term applies (no due date, flag or big rock)".into(),
        Msg::Points { term, points } => {
            let sign = if points >= 0.0 { "+" } else { "" };
            format!("{} {sign}{}", say(Msg::Term(term)), fmt::number(L, points, 1))
        }
        Msg::FocusEmpty => "Nothing active to focus on.".into(),
        Msg::AddWork => "Add work".into(),
        Msg::TodayEmpty => "Nothing is planned yet: add what is on your plate, and Today shows how full your weeks are.".into(),
        Msg::AddFirstCommitment => "Add your first commitment".into(),
        Msg::TickHours(value) => hours(value),
        Msg::LegendPlanned => "Planned, coloured by level".into(),
        Msg::LegendCapacity => "Capacity".into(),
        Msg::ChartKeys => "Left and right arrow keys move between weeks.".into(),
        Msg::WelcomeHeading => "Welcome to Plateful".into(),
        Msg::WelcomeIntro => "Three answers and Plateful can tell you how full your weeks are. Everything stays in this browser.".into(),
        Msg::YourName => "Your name".into(),
        Msg::CapacityHint => "The hours a week you can give to planned work, meetings included.".into(),
        Msg::WelcomeStart => "Start planning".into(),
        Msg::WelcomeSkip => "Skip for now".into(),
        Msg::WelcomeDone(name) => format!("Welcome, {name}. Add what is on your plate."),
        Msg::NoWorkingDay => "Choose at least one working day".into(),
        Msg::SampleHeading => "Or explore a sample plan".into(),
        Msg::SampleOffer => "A manager who said yes too often: about 25 commitments, 3 reports and a few weeks of reviews. It is removed in one click, and what you add meanwhile stays.".into(),
        Msg::ExploreSample => "Explore the sample plan".into(),
        Msg::SampleLoading => "Opening the sample plan…".into(),
        Msg::SampleAdded { commitments: count, people, reviews } => format!(
            "Sample plan added: {count} commitments, {people} people and {reviews} weekly reviews."
        ),
        Msg::SampleFailed("") => "The sample plan could not be opened.".into(),
        Msg::SampleFailed(reason) => format!("The sample plan could not be opened: {reason}."),
        Msg::SampleBanner => "You are exploring the sample plan.".into(),
        Msg::RemoveSample => "Remove the sample plan".into(),
        Msg::SampleRemoved => "The sample plan was removed; what you added stays.".into(),
        Msg::FollowedUpOn(title) => format!("Followed up on “{title}”."),
        Msg::ReliefFrees { frees, after } => {
            format!("Frees {}; the weeks then stand at {after}.", hours(frees))
        }
        Msg::ReliefApplied(what) => format!("Done: {what}."),
        Msg::ReliefAllApplied(count) => format!("Relief plan applied: {count} changes, as one step."),

        // ── Commitments ──
        // (its messages follow)
        Msg::AddWithDetails => "Add with details".into(),
        Msg::SortLabel => "Sort by".into(),
        Msg::Sort(sort) => match sort {
            Sort::Due => "Due date",
            Sort::Load => "Load, next 4 weeks",
            Sort::Changed => "Last change",
        }
        .into(),
        Msg::StatusFilter(choice) => match choice {
            StatusFilter::Open => "Open work".into(),
            StatusFilter::All => "All, done and dropped too".into(),
            StatusFilter::Only(kind) => say(Msg::Status(kind)),
        },
        Msg::NoMatch => "Nothing matches these filters.".into(),
        Msg::ShowOpenWork => "Show all open work".into(),
        Msg::Shown { shown, total } => match (shown, total) {
            (_, 1) => "1 commitment".into(),
            _ if shown == total => format!("{} commitments", fmt::whole(L, total as u64)),
            _ => format!(
                "Showing {} of {} commitments",
                fmt::whole(L, shown as u64),
                fmt::whole(L, total as u64)
            ),
        },
        Msg::ShowMore { count } => format!("Show {} more", fmt::whole(L, count as u64)),
        Msg::ShowAll { total } => format!("Show all {}", fmt::whole(L, total as u64)),
        Msg::More => "More".into(),
        Msg::Move(step) => match step {
            Move::Accept => "Accept",
            Move::Decline => "Decline",
            Move::Done => "Done",
            Move::FollowedUp => "Followed up",
            Move::Resume => "Resume",
            Move::Start => "Start",
            Move::Reopen => "Reopen",
        }
        .into(),
        Msg::Moved { step, title } => match step {
            Move::Accept => format!("Accepted “{title}”."),
            Move::Decline => format!("Declined “{title}”."),
            Move::Done => format!("Marked “{title}” done."),
            Move::FollowedUp => format!("Followed up on “{title}” today."),
            Move::Resume => format!("Resumed “{title}”."),
            Move::Start => format!("Started “{title}”."),
            Move::Reopen => format!("Reopened “{title}”."),
        },
        Msg::StatusNow { kind, title } => {
            format!("“{title}” is now {}.", say(Msg::Status(kind)).to_lowercase())
        }
        Msg::WaitingNow { title, who } => format!("“{title}” is waiting on {who}."),
        Msg::Logged { hours: spent, title } => format!("Logged {} on “{title}”.", hours(spent)),
        Msg::EffortFigures(figures) => effort_figures(figures),
        Msg::DueText { date: due, hard } => {
            if hard {
                format!("due {} (hard deadline)", date(due))
            } else {
                format!("due {}", date(due))
            }
        }
        Msg::Labelled { what, title } => format!("{what}: {title}"),
        Msg::ActOn { what, title } => format!("{what} {title}"),
        Msg::NoSuchCommitment => "No such commitment".into(),
        Msg::NoSuchCommitmentBody => {
            "It may have been deleted, or the link is not quite right.".into()
        }
        Msg::BackToList => "Back to the commitments".into(),
        Msg::DetailsHeading => "Details".into(),
        Msg::ProgressHeading => "Progress log".into(),
        Msg::NoProgress => "No hours logged yet.".into(),
        Msg::EntryDate => "Date".into(),
        Msg::EntryHours => "Hours".into(),
        Msg::EntryNote => "Note".into(),
        Msg::AddEntry => "Add to the log".into(),
        Msg::SpentSoFar(figures) => match figures {
            Figures::OneOff { spent, remaining, .. } => {
                format!("{} logged, {} left", hours(spent), hours(remaining))
            }
            other => format!("{} logged", hours(other.spent())),
        },
        Msg::CorrectEntry { hours: spent, date: on } => {
            format!("Correct the entry of {} on {}", hours(spent), date(on))
        }
        Msg::RemoveEntry { hours: spent, date: on } => {
            format!("Remove the entry of {} on {}", hours(spent), date(on))
        }
        Msg::EntryCorrected { hours: spent, date: on } => {
            format!("Corrected: {} on {}.", hours(spent), date(on))
        }
        Msg::EntryRemoved { hours: spent, date: on, title } => {
            format!("Removed {} logged on {} from “{title}”.", hours(spent), date(on))
        }
        Msg::DoneOn(on) => format!("done on {}", date(on)),
        Msg::DroppedOn { on, reason, declined } => {
            let what = if declined { "declined" } else { "dropped" };
            if reason.is_empty() {
                format!("{what} on {}", date(on))
            } else {
                format!("{what} on {}: {reason}", date(on))
            }
        }
        Msg::Timestamps { created, updated } => format!(
            "Created {} · changed {}",
            fmt::timestamp(L, created),
            fmt::timestamp(L, updated)
        ),
        Msg::DelegatedOwner { owner, by } => format!("{owner}, delegated by {by}"),
        Msg::Flags => "Flags".into(),
        Msg::NoneYet => "none".into(),
        Msg::Nobody => "nobody".into(),
        Msg::PlainDate(on) => date(on),
        Msg::HoursValue(value) => hours(value),
        Msg::DueDateValue { date: due, hard } => {
            if hard {
                format!("{}, hard deadline", date(due))
            } else {
                date(due)
            }
        }
        Msg::EditEntry => "Correct".into(),
        Msg::TagsHeading => "Tags".into(),

        // ── Team and priorities ──
        // (its messages follow)
        Msg::QuadrantName(quadrant) => match quadrant {
            Quadrant::Do => "Do",
            Quadrant::Schedule => "Schedule",
            Quadrant::Delegate => "Delegate",
            Quadrant::Drop => "Drop",
        }
        .into(),
        Msg::QuadrantEmpty => "Nothing here.".into(),
        Msg::MoveKeptUrgent { due, window_days, hard } => {
            let window = match window_days {
                0 => "anything due today or earlier is".to_owned(),
                n => format!("anything due within the next {} is", days(i64::from(n))),
            };
            let promise = if hard {
                " It is a hard deadline: agree on the later date with whoever you promised it to."
            } else {
                ""
            };
            format!("Due {}, so it stays urgent: {window}.{promise}", fmt::weekday_date(L, due))
        }
        Msg::MoveKeptImportant => "It is one of this week's big rocks, so it stays important.".into(),
        Msg::MoveOffer { due: Some(due), off_big_rocks: false } => {
            format!("Move the due date to {}", fmt::weekday_date(L, due))
        }
        Msg::MoveOffer { due: Some(due), off_big_rocks: true } => format!(
            "Take it off this week's big rocks and move the due date to {}",
            fmt::weekday_date(L, due)
        ),
        Msg::MoveOffer { due: None, .. } => "Take it off this week's big rocks".into(),
        Msg::MoveLeave => "Leave it".into(),
        Msg::MatrixMoved { title, to, due, off_big_rocks } => {
            let due = due.map(|due| format!(", now due {}", fmt::weekday_date(L, due)));
            let off = if off_big_rocks { ", and off this week's big rocks" } else { "" };
            format!(
                "Moved “{title}” to {}{}{off}.",
                say(Msg::QuadrantName(to)),
                due.unwrap_or_default()
            )
        }
        Msg::MoveTitleTo(title) => format!("Move “{title}” to"),
        Msg::BigRockBadge => "Big rock".into(),
        Msg::BigRocksChosen { chosen, limit } => format!("{chosen} of {limit} chosen."),
        Msg::BigRockOn(title) => format!("“{title}” is now a big rock."),
        Msg::BigRockOff(title) => format!("“{title}” is no longer a big rock."),
        Msg::PeopleHeading => "People".into(),
        Msg::WeekHeading(week) => fmt::day_month(L, week),
        Msg::YearHeading(year) => year.to_string(),
        Msg::PercentFigure(value) => percent(value),
        Msg::HoursFigure(value) => hours(value),
        Msg::NumberInput(value) => fmt::input_number(L, value),
        Msg::HeatmapCell { who, week, load, capacity, percent: p, level } => format!(
            "{who}, Week of {}: {} planned for {} available ({}), {}",
            date(week),
            hours(load),
            hours(capacity),
            percent(p),
            say(Msg::Level(level))
        ),
        Msg::HeatmapLegend => "Colours".into(),
        Msg::DayShort(day) => fmt::weekday_short(L, day.into()).into(),
        Msg::TimeOffRange { from, to } => time_off(from, to),
        Msg::RemoveTimeOff { from, to } => format!("Remove the time off {}", time_off(from, to)),
        Msg::TimeOffNone => "None planned.".into(),
        Msg::AddTimeOff => "Add time off".into(),
        Msg::TimeOffReversed => "The last day comes before the first".into(),
        Msg::TimeOffAdded { who, from, to } => {
            format!("Time off added for {who}: {}.", time_off(from, to))
        }
        Msg::TimeOffRemoved { who, from, to } => {
            format!("Removed {who}'s time off, {}.", time_off(from, to))
        }
        Msg::RemovePerson(who) => format!("Remove {who}"),
        Msg::PersonRemoved(who) => format!("Removed {who} from the team."),
        Msg::PersonAdded(who) => format!("Added {who} to the team."),
        Msg::RoleChanged { who, role } => {
            let role = match role {
                Role::Me => "me",
                Role::Report => "a report",
                Role::Peer => "a peer",
                Role::Stakeholder => "a stakeholder",
            };
            format!("{who} is now {role}.")
        }
        Msg::BackToTeam => "Back to Team".into(),
        Msg::PersonNotFound => "This person is not in the plan.".into(),
        Msg::PersonThisWeek { load, capacity, percent: p } => format!(
            "This week: {} planned for {} available ({}).",
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::CarriesNoWork => "No weekly capacity: asks for work but carries none.".into(),
        Msg::PersonWeeksHeading => "Week by week".into(),
        Msg::LoadColumn => "Load".into(),
        Msg::AskedWaiting => "What they asked, awaiting my answer".into(),
        Msg::ItemFigures { remaining, per_week, this_week, due, hard } => {
            let mut parts = vec![match (remaining, per_week) {
                (Some(left), _) => format!("{} left", hours(left)),
                (None, Some(per_week)) => fmt::hours_per_week(L, per_week),
                (None, None) => "not estimated".to_owned(),
            }];
            if this_week > 0.0 {
                parts.push(format!("{} this week", hours(this_week)));
            }
            if let Some(due) = due {
                let kind = if hard { " (hard)" } else { "" };
                parts.push(format!("due {}{kind}", fmt::weekday_date(L, due)));
            }
            parts.join(" · ")
        }
        Msg::DeclinedOn(on) => format!("declined on {}", date(on)),

        // ── Review, data and settings ──
        // (its messages follow)
        Msg::ReviewItemFigures { commitment, waiting_on, asked_by } => {
            use plateful_core::{Effort, Status};
            let mut parts = vec![match commitment.effort {
                Effort::OneOff { estimate_hours } if commitment.hours_spent() > 0.0 => format!(
                    "{} · {} spent · {} left",
                    hours(estimate_hours.get()),
                    hours(commitment.hours_spent()),
                    hours(commitment.remaining_hours().unwrap_or_default())
                ),
                Effort::OneOff { estimate_hours } => hours(estimate_hours.get()),
                Effort::Recurring { hours_per_week, .. } => {
                    fmt::hours_per_week(L, hours_per_week.get())
                }
                Effort::Unestimated => say(Msg::Unestimated),
            }];
            if let (Status::Waiting(waiting), Some(who)) = (&commitment.status, waiting_on) {
                let (since, last) = (waiting.since, waiting.last_follow_up);
                parts.push(say(Msg::WaitingOn { who, since, last }));
            }
            if let Some(due) = commitment.due {
                parts.push(format!("due {}", date(due.date)));
            }
            if let Some(who) = asked_by {
                parts.push(say(Msg::AskedBy(who)));
            }
            parts.join(" · ")
        }
        Msg::ReviewDecisionKind(kind) => {
            use plateful_core::DecisionKind;
            match kind {
                DecisionKind::Keep => "Keep",
                DecisionKind::Done => "Done",
                DecisionKind::Defer => "Defer",
                DecisionKind::Renegotiate => "Renegotiate",
                DecisionKind::Delegate => "Delegate",
                DecisionKind::Drop => "Drop",
            }
            .into()
        }
        Msg::ReviewTriage(triage) => match triage {
            plateful_core::Triage::Accept => say(Msg::Accept),
            plateful_core::Triage::Decline => say(Msg::ReviewDecline),
            plateful_core::Triage::Someday => say(Msg::ReviewSomeday),
        },
        Msg::ReviewTriagedLine { title, triage } => {
            format!("{title}: {}", say(Msg::ReviewTriage(triage)))
        }
        Msg::ReviewTriageSaid { title, triage } => match triage {
            plateful_core::Triage::Accept => format!("Accepted “{title}”: it is active work now."),
            plateful_core::Triage::Decline => format!("Declined “{title}”."),
            plateful_core::Triage::Someday => format!("Kept “{title}” for someday."),
        },
        Msg::ReviewDecisionSaid { title, decision, to, logged } => {
            let done = match decision {
                Decision::Keep => format!("Kept “{title}”"),
                Decision::Done => format!("Marked “{title}” done"),
                Decision::Defer { new_due } => format!("Deferred “{title}” to {}", date(*new_due)),
                Decision::Renegotiate { new_due } => {
                    format!("Asked for “{title}” by {} instead", date(*new_due))
                }
                Decision::Delegate { .. } => match to {
                    Some(to) => format!("Delegated “{title}” to {to}"),
                    None => format!("Delegated “{title}”"),
                },
                Decision::Drop { .. } => format!("Dropped “{title}”"),
            };
            if logged > 0.0 {
                format!("{done}, {} logged.", hours(logged))
            } else {
                format!("{done}.")
            }
        }
        Msg::ReviewFollowUpSaid(title) => format!("Followed up on “{title}”."),
        Msg::ReviewStepThrough(done) => format!("{} Nothing left in this step.", say(*done)),
        Msg::ReviewDiscarded => "The review was discarded.".into(),
        Msg::ReviewDraftBack => "The review is back where you left it.".into(),
        Msg::ReviewRecorded => "The review is recorded.".into(),
        Msg::ReviewNotBack => {
            "Another review was started since: the discarded one stays discarded.".into()
        }
        Msg::ReviewNextStep(step) => format!("{}: {}", say(Msg::ReviewNext), step_name(step)),
        Msg::ReviewPulseValue(pulse) => pulse.as_str().into(),
        Msg::ReviewHistoryLine { completed, load_percent, decisions, pulse } => format!(
            "{} · {} {} · {} {decisions} · {} {}",
            say(Msg::Completed(completed)),
            say(Msg::ReviewTrendLoad),
            percent(load_percent),
            say(Msg::ReviewDecisions),
            say(Msg::ReviewTrendPulse),
            pulse.map_or("–".to_owned(), |pulse| format!("{}/5", pulse.get()))
        ),
        Msg::ReviewTrendTitle(series) => {
            use plateful_core::trends::Series;
            say(match series {
                Series::Load => Msg::ReviewTrendLoad,
                Series::HoursLogged => Msg::ReviewTrendHours,
                Series::Done => Msg::ReviewTrendDone,
                Series::Slipped => Msg::ReviewTrendSlipped,
                Series::Pulse => Msg::ReviewTrendPulse,
            })
        }
        Msg::ReviewTrendValue { series, value } => {
            use plateful_core::trends::Series;
            match (series, value) {
                (_, None) => "–".to_owned(),
                (Series::Load, value) => percent(value),
                (Series::HoursLogged, Some(value)) => hours(value),
                (Series::Done | Series::Slipped, Some(value)) => fmt::number(L, value, 0),
                (Series::Pulse, Some(value)) => format!("{}/5", fmt::number(L, value, 0)),
            }
        }
        Msg::ReviewTrendBar { week, series, value } => format!(
            "{}: {}",
            say(Msg::WeekOf(week)),
            say(Msg::ReviewTrendValue { series, value })
        ),
        Msg::ReviewDate(day) => date(day),
        Msg::ReviewDayMonth(day) => fmt::day_month(L, day),
        Msg::ReviewHours(value) => hours(value),
        Msg::ReviewPercent(value) => percent(value),
        Msg::ReviewRecordTitle(week) => {
            format!("{}: {}", say(Msg::ReviewHeading), say(Msg::WeekOf(week)))
        }
        Msg::ReviewRecordHeading { completed, pulse } => match pulse {
            Some(pulse) => format!(
                "{} · {} {}/5",
                say(Msg::Completed(completed)),
                say(Msg::ReviewTrendPulse),
                pulse.get()
            ),
            None => say(Msg::Completed(completed)),
        },
        Msg::StorageUsed(usage) => format!(
            "Your plan, its backups and the review under way take {} of the {} a browser keeps for a site's local storage ({}).",
            fmt::size(L, usage.used as f64),
            fmt::size(L, usage.limit as f64),
            // A few kilobytes read "0%", as if nothing were stored.
            if usage.used > 0 && usage.percent() < 0.5 {
                "under 1%".to_owned()
            } else {
                percent(Some(usage.percent()))
            }
        ),
        Msg::BackupLine { newest, saved_at, commitments: count } => format!(
            "{}: {}, {}",
            say(if newest { Msg::BackupNewest } else { Msg::BackupOlder }),
            fmt::timestamp(L, saved_at),
            commitments(count)
        ),
        Msg::BackupUnreadableLine { newest, error } => format!(
            "{}: unreadable ({})",
            say(if newest { Msg::BackupNewest } else { Msg::BackupOlder }),
            say(Msg::FormatError(error))
        ),
        Msg::RestoreBackup(backup) => format!("Restore {backup}"),
        Msg::BackupRestored(saved_at) => {
            format!("Restored the backup of {}.", fmt::timestamp(L, saved_at))
        }
        Msg::PreviewCommitments(summary) => {
            let statuses: Vec<String> = summary
                .by_status
                .iter()
                .filter(|(_, count)| *count > 0)
                .map(|(kind, count)| format!("{count} {}", say(Msg::Status(*kind)).to_lowercase()))
                .collect();
            if statuses.is_empty() {
                commitments(summary.commitments)
            } else {
                format!("{} ({})", commitments(summary.commitments), statuses.join(", "))
            }
        }
        Msg::PreviewPeople(count) => match count {
            1 => "1 person".into(),
            n => format!("{n} people"),
        },
        Msg::PreviewReviews(count) => match count {
            1 => "1 weekly review".into(),
            n => format!("{n} weekly reviews"),
        },
        Msg::PreviewDates(Some((first, last))) => {
            format!("Dates: {} – {}", date(first), date(last))
        }
        Msg::PreviewDates(None) => "Dates: none".into(),
        Msg::PreviewSavedAt(at) => format!("Saved: {}", fmt::timestamp(L, at)),
        Msg::ImportFileUnreadable => {
            "This file could not be read by the browser. Nothing was changed.".into()
        }
        Msg::RecoveryStoredValue { key, characters } => {
            format!("{key} ({} characters)", fmt::whole(L, characters as u64))
        }
        Msg::CalibrationInEffect(calibration) => {
            let samples = match calibration.samples {
                1 => "1 finished piece of work".to_owned(),
                n => format!("{n} finished pieces of work"),
            };
            let learned = match calibration.learned {
                Some(factor) => format!(
                    "Learned from {samples}: they took {} times their estimate (the median).",
                    num(factor)
                ),
                None => format!(
                    "{samples} so far, {} more before a factor is learned; until then it is 1. People typically underestimate by about 1.6 times (Buehler, Griffin and Ross, 1994).",
                    calibration.samples_needed()
                ),
            };
            match calibration.mode {
                plateful_core::CalibrationMode::Manual => format!(
                    "{learned} Load uses the factor you set: {}.",
                    num(calibration.factor)
                ),
                plateful_core::CalibrationMode::Learned => {
                    format!("{learned} Load uses the learned factor: {}.", num(calibration.factor))
                }
            }
        }
        Msg::SettingInput(value) => fmt::input_number(L, value),

        // ── The shell ──
        // (its messages follow)
        Msg::ShortcutNew => "New commitment (quick add)".into(),
        Msg::ShortcutSearch => "Search commitments".into(),
        Msg::ShortcutHelp => "This list of shortcuts".into(),
        Msg::ShortcutsHeading => "Keyboard shortcuts".into(),
        Msg::Close => "Close".into(),
        Msg::SkipToContent => "Skip to content".into(),
        Msg::MainNavigation => "Main".into(),
        Msg::PageTitle(page) => format!("{page} · Plateful"),
        Msg::Deleted(title) => format!("Deleted “{title}”."),
        Msg::Undone => "Undone.".into(),

        Msg::EffortKindName(kind) => match kind {
            EffortKind::OneOff => "One-off",
            EffortKind::Recurring => "Every week",
            EffortKind::Unestimated => "Not estimated",
        }
        .into(),
        Msg::DayName(day) => {
            let name = fmt::weekday(L, day.into());
            let mut chars = name.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
        Msg::LanguageName(language) => match language {
            Language::En => "English",
            Language::Fr => "Français",
        }
        .into(),
        Msg::SettingsWeeks => "Weeks".into(),
        Msg::WeekStart => "Weeks start on".into(),
        Msg::SettingsNudges => "Work in progress and reminders".into(),
        Msg::CalibrationMode => "Factor in use".into(),
        Msg::SettingsLook => "Language and look".into(),
        Msg::DeclinedFor => "What I declined for them".into(),
        Msg::Status(kind) => match kind {
            StatusKind::Proposed => "Proposed",
            StatusKind::Active => "Active",
            StatusKind::Waiting => "Waiting",
            StatusKind::Someday => "Someday",
            StatusKind::Done => "Done",
            StatusKind::Dropped => "Dropped",
        }
        .into(),
        Msg::Role(role) => match role {
            Role::Me => "Me",
            Role::Report => "Report",
            Role::Peer => "Peer",
            Role::Stakeholder => "Stakeholder",
        }
        .into(),
        Msg::Quadrant(quadrant) => match quadrant {
            Quadrant::Do => "Do: important and urgent",
            Quadrant::Schedule => "Schedule: important, not urgent",
            Quadrant::Delegate => "Delegate: urgent, not important",
            Quadrant::Drop => "Drop: neither",
        }
        .into(),
        Msg::Term(term) => match term {
            Term::BigRock => "this week's big rock",
            Term::Due => "due date",
            Term::Important => "important",
            Term::Urgent => "urgent",
            Term::DeadlineAtRisk => "deadline at risk",
            Term::Momentum => "under way",
            Term::TreadingWater => "no progress lately",
            Term::Waiting => "waiting",
        }
        .into(),
        Msg::Severity(severity) => match severity {
            Severity::Info => "Note",
            Severity::Warning => "Warning",
            Severity::Critical => "Critical",
        }
        .into(),
        Msg::Level(level) => match level {
            LoadLevel::Ok => "within capacity",
            LoadLevel::Full => "full",
            LoadLevel::Over => "over capacity",
            LoadLevel::Critical => "far over capacity",
        }
        .into(),
        Msg::Verdict(verdict) => match verdict {
            Verdict::Fits => "Fits",
            Verdict::Tight => "Tight",
            Verdict::DoesNotFit => "Does not fit",
        }
        .into(),
        Msg::Step(step) => step_name(step).into(),
        Msg::StepHelp(step) => match step {
            Step::GetClear => "Triage each request in the inbox: accept it, decline it, or keep it for someday.",
            Step::GetCurrent => "For each active or waiting commitment, log the hours spent and decide: keep, done, defer, renegotiate, delegate or drop.",
            Step::WaitingFor => "What others owe you. Follow up where it is due.",
            Step::LookAhead => "Your next four weeks with the decisions made so far, their warnings, and the relief plan when a week is over capacity.",
            Step::BigRocks => "Choose at most three commitments that matter most next week.",
            Step::Reflect => "A few words for yourself, and how much energy you have.",
            Step::Finish => "The review ends with next week within capacity, or with the overload accepted.",
        }
        .into(),
        Msg::StepOf(step) => format!(
            "Step {} of {}: {}",
            step.index() + 1,
            Step::ALL.len(),
            step_name(step)
        ),
        Msg::Decision(decision) => say(Msg::ReviewDecisionKind(decision.kind())),
        Msg::Setting(field) => setting_name(field).into(),
        Msg::SettingBounds(field) => {
            let bounds = field.bounds();
            format!("Between {} and {}", num(bounds.min), num(bounds.max))
        }
        Msg::TextError(error) => match error {
            TextError::Empty => "Must not be empty".into(),
            TextError::TooLong { max, actual } => {
                format!("At most {max} characters ({actual} typed)")
            }
            TextError::Whitespace => "One word, without spaces".into(),
        },
        Msg::InputError(error) => match error {
            InputError::Missing => "Required".into(),
            InputError::NotANumber => "Must be a number, like 2.5".into(),
            InputError::NotWhole => "Must be a whole number, like 5".into(),
            InputError::NotADate => "Must be a date, like 2026-12-15".into(),
            InputError::AfterToday => "Must be today or a day before".into(),
            InputError::NotAfterToday => "Must be a day after today".into(),
            InputError::DayFull { logged, room } => {
                if *room == 0.0 {
                    format!("That day is full: {} are logged on it already", hours(*logged))
                } else {
                    format!("At most {} more that day: {} are logged on it already", hours(*room), hours(*logged))
                }
            }
            InputError::Number(error) => number_error(error),
        },
        Msg::DomainError(error) => domain_error(error),
        Msg::SettingError(error) => {
            format!("{}: {}", setting_name(error.field), setting_problem(&error.problem))
        }
        // A place in the file is shown exactly as the file spells it.
        Msg::FormatError(error @ FormatError::Invalid { .. }) => format_error(error),
        Msg::FormatError(error) => capitalised(&format_error(error)),
        Msg::QuickError(error) => quick_error(error),
        Msg::StoreError(error) => store_error(error),
        Msg::FinishError(error) => match error {
            FinishError::OverCapacity { over_by, .. } => format!(
                "Next week is still over capacity by {}: make room in Look ahead, or tick “I accept being over”.",
                hours(*over_by)
            ),
            FinishError::NoOneToReview => "The plan has no “me” to review.".into(),
        },
        Msg::AtField { field, problem } => format!("{field}: {problem}"),
        Msg::WeekLoad { week, load, capacity, percent: p } => format!(
            "Week of {}: {} planned for {} available ({})",
            date(week),
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::WeekOf(week) => format!("Week of {}", date(week)),
        Msg::AllWarnings { total } => format!("Show all {total} warnings"),
        Msg::FewerWarnings { shown } => format!("Show the first {shown} only"),
        Msg::InboxCount { count } => match count {
            0 => "The inbox is empty.".into(),
            1 => "1 request waits for an answer in the inbox.".into(),
            n => format!("{n} requests wait for an answer in the inbox."),
        },
        Msg::StillOver { week, hours: over } => format!(
            "Even then, the week of {} stays over capacity by {}.",
            date(week),
            hours(over)
        ),
        Msg::FileTooLarge { bytes } => format!(
            "This file is {} ({} bytes): Plateful imports plan files of up to {} ({} bytes). Nothing was changed.",
            fmt::megabytes(L, bytes),
            fmt::whole(L, bytes as u64),
            fmt::megabytes(L, plateful_core::format::MAX_FILE_BYTES),
            fmt::whole(L, plateful_core::format::MAX_FILE_BYTES as u64)
        ),
        Msg::ImportRefused(error) => {
            format!("This file cannot be imported: {}. Nothing was changed.", format_error(error))
        }
        Msg::Merged(report) => format!(
            "Merged: {} added, {} updated from the file, {} kept as they were, {} kept deleted, {} deleted by the file; {} people and {} reviews added.",
            commitments(report.added),
            report.updated,
            report.kept,
            report.kept_deleted,
            report.deleted_by_file,
            report.people_added,
            report.reviews_added
        ),
        Msg::WarnOverload { who, week, load, capacity, percent: p, level, titles, others } => {
            let more = if others > 0 { format!(" and {others} more") } else { String::new() };
            format!(
                "{}Week of {}: {} planned for {} available ({}), {}. Heaviest: {titles}{more}.",
                whose(who),
                date(week),
                hours(load),
                hours(capacity),
                percent(p),
                say(Msg::Level(level))
            )
        }
        Msg::WarnDeadline { who, due, demand, supply, short, titles } => format!(
            "{}Deadlines up to {} cannot all be met: {} of work due for {} available, {} short. At risk: {titles}.",
            whose(who),
            date(due),
            hours(demand),
            hours(supply.max(0.0)),
            hours(short)
        ),
        Msg::WarnOverdue { who, titles, due, days: late } => {
            format!("{}{titles} was due {}, {} ago.", whose(who), date(due), days(late))
        }
        Msg::WarnWip { active, limit, per_week, wait_weeks } => {
            let wait = match (per_week, wait_weeks) {
                (Some(rate), Some(weeks)) => format!(
                    " At {} finished a week, a new yes waits about {} weeks.",
                    fmt::number(L, rate, 1),
                    fmt::number(L, weeks, 0)
                ),
                _ => String::new(),
            };
            format!("{active} pieces of work in progress for a limit of {limit}.{wait}")
        }
        Msg::WarnBigRocks { chosen, limit } => {
            format!("{chosen} big rocks this week: keep it to {limit}.")
        }
        Msg::WarnTreading { who, titles, since, days: count } => format!(
            "{}No progress on {titles} since {} ({}): treading water.",
            whose(who),
            date(since),
            days(count)
        ),
        Msg::WarnWaiting { who, titles, since, days: count } => format!(
            "{}{titles} has waited without a follow-up since {} ({}).",
            whose(who),
            date(since),
            days(count)
        ),
        Msg::WarnNoEstimate { who, titles } => {
            format!("{}{titles} has no estimate, so it counts as no load.", whose(who))
        }
        Msg::WarnReviewDue { last: Some(last), days: count } => {
            format!("No weekly review since {} ({}).", date(last), days(count))
        }
        Msg::WarnReviewDue { last: None, .. } => "No weekly review yet.".into(),
        Msg::WarnInbox { count, older_than } => format!(
            "{count} requests older than {} wait in the inbox.",
            days(older_than)
        ),
        Msg::ReliefDelegate { title, to } => format!("Delegate “{title}” to {to}"),
        Msg::ReliefDefer { title, start, due: None } => {
            format!("Defer “{title}” to {}", date(start))
        }
        Msg::ReliefDefer { title, start, due: Some(due) } => {
            format!("Defer “{title}” to {}, now due {}", date(start), date(due))
        }
        Msg::ReliefDeferKeeping { title, start, due } => format!(
            "Start “{title}” on {}, still due {}",
            date(start),
            date(due)
        ),
        Msg::ReliefDrop { title } => format!("Drop “{title}”"),
        Msg::ReliefRenegotiate { title, due } => {
            format!("Ask for more time on “{title}”: due {}", date(due))
        }
        Msg::ReliefEffect { what, frees, after } => {
            format!("{what}. Frees {}; the weeks then stand at {after}.", hours(frees))
        }
        Msg::AnswerWeek { who, week, before, after, capacity, percent_before, percent_after } => {
            format!(
                "Week of {}, {}: {} → {} for {}, {} → {}",
                fmt::day_month(L, week),
                who.unwrap_or("you"),
                hours(before),
                hours(after),
                hours(capacity),
                percent(percent_before),
                percent(percent_after)
            )
        }
        Msg::AnswerDeadline { who, due, hard, short_before, short_after, titles } => {
            let kind = if hard { " (hard deadline)" } else { "" };
            let short = if short_before > 0.0 {
                format!("{} short → {} short", hours(short_before), hours(short_after))
            } else {
                format!("{} short", hours(short_after))
            };
            format!(
                "Due {}{kind}, {}: {short}. At risk: {titles}.",
                fmt::day_month(L, due),
                who.unwrap_or("you")
            )
        }
        Msg::CounterDue { due, start: None } => format!("Yes, by {}", fmt::weekday_date(L, due)),
        Msg::CounterDue { due, start: Some(start) } => format!(
            "Yes, by {}, starting {}",
            fmt::weekday_date(L, due),
            fmt::weekday_date(L, start)
        ),
        Msg::CounterStart(start) => format!("Yes, from the week of {}", fmt::day_month(L, start)),
        Msg::StillFull { week, hours: over, line } => format!(
            "Even then, the week of {} stays full: {} above its {} line.",
            date(week),
            hours(over),
            percent(Some(line))
        ),
        Msg::Quoted(title) => format!("“{title}”"),
        Msg::TagName(tag) => format!("#{tag}"),
        Msg::DueOn(due) => format!("due {}", fmt::weekday_date(L, due)),
        Msg::OwnedBy(who) => format!("for {who}"),
        Msg::Added(title) => format!("Added “{title}”."),
        Msg::AlsoRaises(warnings) => format!("It would also raise: {warnings}"),
        Msg::UndoWhat { label, subject } => format!("Undo {}", undo_what(label, subject)),
        Msg::NoticeLost { what } => format!(
            "Another tab changed the plan, and changes made here could not be kept: {what}."
        ),
        Msg::NoticeUndoRefused { what } => format!(
            "{what}: not done, because it was changed since (in this tab or another) and undoing would lose that change."
        ),
        Msg::ReviewUnderWay(week) => {
            format!("The review of the week of {} is under way.", date(week))
        }
        Msg::LastReview(on) => format!("Last review finished on {}.", date(on)),
        Msg::Gate { load, capacity, percent: share, over_by } => {
            let p = percent(share);
            if over_by > 0.0 {
                format!(
                    "Next week is over capacity by {}: {} planned for {} available ({p}).",
                    hours(over_by),
                    hours(load),
                    hours(capacity)
                )
            } else {
                format!("Next week fits: {} planned for {} available ({p}).", hours(load), hours(capacity))
            }
        }
        Msg::AcceptOver(over) => format!("I accept being over by {} next week", hours(over)),
        Msg::AcceptedOver(over) => format!("Accepted being over by {} next week.", hours(over)),
        Msg::Decided { decision, to, logged } => {
            let name = say(Msg::Decision(decision));
            let detail = match decision {
                Decision::Defer { new_due } | Decision::Renegotiate { new_due } => {
                    format!(" to {}", date(*new_due))
                }
                Decision::Delegate { .. } => to.map(|to| format!(" → {to}")).unwrap_or_default(),
                Decision::Drop { reason } if !reason.is_empty() => {
                    format!(" ({})", reason.as_str())
                }
                _ => String::new(),
            };
            let logged =
                if logged > 0.0 { format!(", {} logged", hours(logged)) } else { String::new() };
            format!("{name}{detail}{logged}")
        }
        Msg::Completed(at) => format!("Finished {}", fmt::timestamp(L, at)),
        Msg::WaitingOn { who, since, last } => {
            let mut text = format!("waiting on {who} since {}", date(since));
            if let Some(last) = last {
                text.push_str(&format!(", last follow-up {}", date(last)));
            }
            text
        }
        Msg::AskedBy(who) => format!("asked by {who}"),
        Msg::DelegatedTo(who) => format!("delegated to {who}"),
        Msg::ReviewUnreadable { reason, kept_under: Some(key) } => format!(
            "The review under way could not be read ({reason}); it was kept aside under {key}. You can start a new one."
        ),
        Msg::ReviewUnreadable { reason, kept_under: None } => format!(
            "The review under way could not be read ({reason}), nor copied aside: it is left as it is, and a new review cannot start until storage has room (see Data)."
        ),
    }
}

/// A range of days off: `4 Dec 2026`, `1 Dec – 5 Dec 2026`, `28 Dec 2026 – 3 Jan 2027`.
fn time_off(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if from == to {
        date(from)
    } else if from.year() == to.year() {
        format!("{} – {}", fmt::day_month(L, from), date(to))
    } else {
        format!("{} – {}", date(from), date(to))
    }
}

/// A sentence that starts with a lower-case clause, standing alone.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn commitments(count: usize) -> String {
    if count == 1 {
        "1 commitment".to_owned()
    } else {
        format!("{count} commitments")
    }
}

fn step_name(step: Step) -> &'static str {
    match step {
        Step::GetClear => "Get clear",
        Step::GetCurrent => "Get current",
        Step::WaitingFor => "Waiting for",
        Step::LookAhead => "Look ahead",
        Step::BigRocks => "Big rocks",
        Step::Reflect => "Reflect",
        Step::Finish => "Finish",
    }
}

fn setting_name(field: SettingField) -> &'static str {
    match field {
        SettingField::FullPercent => "Full at (%)",
        SettingField::OverPercent => "Over above (%)",
        SettingField::CriticalPercent => "Critical above (%)",
        SettingField::WipLimit => "Work in progress limit",
        SettingField::HorizonWeeks => "Weeks ahead",
        SettingField::StaleWeeks => "Weeks without progress before a warning",
        SettingField::WaitingNudgeDays => "Days of waiting before a nudge",
        SettingField::UrgentWindowDays => "Days ahead that make a due date urgent",
        SettingField::CalibrationFactor => "Factor",
    }
}

fn setting_problem(problem: &SettingProblem) -> String {
    match problem {
        SettingProblem::NotFinite => "Must be a number, like 85".into(),
        SettingProblem::NotWhole => "Must be a whole number, like 5".into(),
        SettingProblem::OutOfRange { min, max } => {
            format!("Must be between {} and {}", num(*min), num(*max))
        }
        SettingProblem::MustBeAbove { neighbour, value } => {
            format!("Must be above “{}” ({})", setting_name(*neighbour), num(*value))
        }
        SettingProblem::MustBeBelow { neighbour, value } => {
            format!("Must be below “{}” ({})", setting_name(*neighbour), num(*value))
        }
    }
}

fn number_error(error: &NumberError) -> String {
    match error {
        NumberError::NotFinite => "Must be a number, like 2.5".into(),
        NumberError::NotPositive => "Must be greater than 0".into(),
        NumberError::Negative => "Must not be negative".into(),
        NumberError::TooLarge { max } => format!("At most {}", num(*max)),
        NumberError::OutOfRange { min, max } => {
            format!("Between {} and {}", num(*min), num(*max))
        }
    }
}

/// "20 h · 4.5 h spent · 15.5 h left", "2.5 h/week until 31 Mar 2027", "Not estimated".
fn effort_figures(figures: Figures) -> String {
    let spent = |spent: f64| (spent > 0.0).then(|| format!(" · {} spent", hours(spent)));
    match figures {
        Figures::OneOff { estimate, spent, .. } if spent <= 0.0 => hours(estimate),
        Figures::OneOff { estimate, spent, remaining } => {
            format!("{} · {} spent · {} left", hours(estimate), hours(spent), hours(remaining))
        }
        Figures::Recurring { per_week, until, spent: logged } => {
            let until = until.map(|until| format!(" until {}", date(until))).unwrap_or_default();
            let logged = spent(logged).unwrap_or_default();
            format!("{}{until}{logged}", fmt::hours_per_week(L, per_week))
        }
        Figures::Unestimated { spent: logged } => {
            format!("Not estimated{}", spent(logged).unwrap_or_default())
        }
    }
}

fn domain_error(error: &DomainError) -> String {
    match error {
        DomainError::UnknownCommitment(_) => "This commitment no longer exists".into(),
        DomainError::DuplicateCommitment(_) => "This commitment exists already".into(),
        DomainError::UnknownPerson { .. } => "This person is not in the plan".into(),
        DomainError::OwnerCannotCarryWork(_) => {
            "This person has no weekly capacity, so cannot own work".into()
        }
        DomainError::DueBeforeStart { start, due } => {
            format!("The due date {} is before the start {}", date(*due), date(*start))
        }
        DomainError::RecurringEndsBeforeStart { start, until } => {
            format!("Ends ({}) before it starts ({})", date(*until), date(*start))
        }
        DomainError::TooManyBigRocks { chosen } => {
            format!("A week has at most three big rocks ({chosen} chosen)")
        }
        DomainError::RepeatedBigRock(_) => "Chosen twice as a big rock".into(),
        DomainError::DuplicatePerson(_) => "This person exists already".into(),
        DomainError::OnlyOneMe => "The plan has exactly one “me”".into(),
        DomainError::PersonInUse { commitments: count } => {
            format!("{} refer to this person: give them to someone else first", commitments(*count))
        }
        DomainError::StillOwnsWork { commitments: count } => format!(
            "Still owns {} (finished ones count): give them to someone else first",
            commitments(*count)
        ),
        DomainError::Setting(error) => say(Msg::SettingError(error)),
        DomainError::NotUnderReview(_) => {
            "This commitment is neither active nor waiting: the review does not decide on it".into()
        }
        DomainError::NotARequest(_) => {
            "Only a request waiting for an answer can be declined".into()
        }
        DomainError::DuplicateReview(_) => "This review is recorded already".into(),
        DomainError::UnknownProgress { .. } => {
            "This entry of the log no longer exists: it was changed meanwhile".into()
        }
    }
}

fn format_error(error: &FormatError) -> String {
    match error {
        FormatError::Empty => "the file is empty".into(),
        FormatError::NotJson { line, column, message } => {
            format!("not valid JSON at line {line}, column {column} ({message})")
        }
        FormatError::NotAPlan { found: None } => {
            "not a Plateful plan: the \"format\" field is missing".into()
        }
        FormatError::NotAPlan { found: Some(found) } => {
            format!("not a Plateful plan: \"format\" is {found}")
        }
        FormatError::NewerVersion { found, supported } => format!(
            "written by a newer version of Plateful (file version {found}, this one reads up to {supported})"
        ),
        FormatError::Invalid { path, message } => format!("{path}: {}", detail(message)),
    }
}

/// A message of the file reader in words rather than serde's types (`f64`, `variant`);
/// the others are the reader's own English, as they are.
fn detail(message: &str) -> String {
    let or_list = |items: &[String]| match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    };
    let shape = |shape: &Shape| match shape {
        Shape::Number => "a number".to_owned(),
        Shape::Text => "a text".to_owned(),
        Shape::TrueFalse => "true or false".to_owned(),
        Shape::List => "a list [ ]".to_owned(),
        Shape::Object => "an object { }".to_owned(),
        Shape::Null => "null".to_owned(),
        Shape::Other(words) => words.clone(),
    };
    match Detail::of(message) {
        Detail::UnknownValue { found, expected } => {
            let quoted: Vec<String> = expected.iter().map(|value| format!("\"{value}\"")).collect();
            format!("\"{found}\" is not a value this field takes; it takes {}", or_list(&quoted))
        }
        Detail::WrongType { found, expected } => {
            let found = match (&found.shape, &found.value) {
                (Shape::Text, Some(value)) => format!("the text \"{value}\""),
                (Shape::Number, Some(value)) => format!("the number {value}"),
                (Shape::TrueFalse, Some(value)) => format!("the value {value}"),
                (other, _) => shape(other),
            };
            format!("{found} where {} belongs", shape(&expected))
        }
        _ => message.to_owned(),
    }
}

fn quick_error(error: &QuickError) -> String {
    match error {
        QuickError::Title(error) => format!("Title: {}", say(Msg::TextError(error))),
        QuickError::BadDate(w) => format!("“{w}” is not a date (try fri, 15 Mar or 2026-12-15)"),
        QuickError::AmbiguousDate(w) => {
            format!("“{w}” reads two ways: write the month in letters (15 Mar) or 2026-03-15")
        }
        QuickError::BadHours(w) => format!("“{w}” is not a number of hours (try 12h or 3h/w)"),
        QuickError::UnknownPerson(n) => format!("Nobody in the plan is called “{n}”"),
        QuickError::AmbiguousPerson(n) => {
            format!("Several people match “{n}”: type more of the name")
        }
        QuickError::CannotOwn(n) => format!("{n} has no weekly capacity, so cannot own work"),
        QuickError::BadTag(t) => format!("“{t}” is not a tag"),
        QuickError::Twice(w) => format!("“{w}” says again what the line already said"),
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "This browser gives Plateful no storage: your changes live in this page only and are lost when it closes.".into(),
        StoreError::Full => "Storage is full: your latest changes live in this page only and are not saved.".into(),
        StoreError::Refused(_) => "The browser refused to save: your latest changes live in this page only.".into(),
    }
}

fn undo_what(label: Label, subject: Option<&str>) -> String {
    let t = subject.map_or_else(|| "a commitment".to_owned(), |title| format!("“{title}”"));
    match label {
        Label::Command(kind, _) => match kind {
            CommandKind::AddCommitment => format!("adding {t}"),
            CommandKind::EditCommitment => format!("the changes to {t}"),
            CommandKind::DeleteCommitment => format!("deleting {t}"),
            CommandKind::SetStatus => format!("the new status of {t}"),
            CommandKind::LogProgress => format!("the hours logged on {t}"),
            CommandKind::Delegate => format!("delegating {t}"),
            CommandKind::Reschedule | CommandKind::SetDue => format!("the new dates of {t}"),
            CommandKind::SetFlags => format!("the move of {t} in the matrix"),
            CommandKind::Decide => format!("the review's decision on {t}"),
            CommandKind::FollowUp => format!("the follow-up on {t}"),
            CommandKind::Decline => format!("declining {t}"),
            CommandKind::AddPerson => "adding a person".into(),
            CommandKind::EditPerson => "the change to a person".into(),
            CommandKind::RemovePerson => "removing a person".into(),
            CommandKind::UpdateSettings => "the change of settings".into(),
            CommandKind::SetBigRocks => "the change of big rocks".into(),
            CommandKind::CompleteReview => "finishing the review".into(),
            CommandKind::EditProgress => format!("the correction of the log of {t}"),
            CommandKind::RemoveProgress => format!("the entry removed from the log of {t}"),
        },
        Label::Batch(count) => format!("the {count} changes applied at once"),
        Label::Replace => "replacing the plan".into(),
        Label::Merge => "the merge".into(),
        Label::Undo => "the last undo".into(),
    }
}
