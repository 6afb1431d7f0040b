//! Every message the user can read: one key space. Fixed texts are plain variants;
//! messages with figures or names carry them as data, and each language words them
//! (`en.rs`, `fr.rs`), figures through `crate::fmt`.

use chrono::{DateTime, NaiveDate, Utc};
use plateful_core::filter::{Sort, StatusFilter};
use plateful_core::focus::{Because, Term};
use plateful_core::input::InputError;
use plateful_core::item::{Figures, Move};
use plateful_core::merge::MergeReport;
use plateful_core::priorities::Quadrant;
use plateful_core::quick::QuickError;
use plateful_core::sync::{Label, StoreError};
use plateful_core::whatif::Verdict;
use plateful_core::{
    DayName, Decision, DomainError, EffortKind, FinishError, FormatError, Language, LoadLevel,
    Role, SettingError, SettingField, Severity, StatusKind, Step, TextError,
};

/// A message, with what it says. It has no `Debug`: a derived one is a match over every
/// variant with their names as strings, 14 KiB of wasm for nothing a user reads.
#[derive(Clone, Copy)]
pub enum Msg<'a> {
    // Fixed texts.
    Tagline,
    NavCommitments,
    Undo,
    CommitmentsHeading,
    AddHeading,
    EditHeading,
    Title,
    Effort,
    Unestimated,
    EstimateHours,
    HoursPerWeek,
    DueDate,
    HardDeadline,
    Important,
    Add,
    Save,
    Cancel,
    Edit,
    Delete,
    StatusLabel,
    LogHours,
    Log,
    Empty,
    WaitingOnLabel,
    SetWaiting,
    RecoveryHeading,
    RecoveryBody,
    RecoveryProblem,
    RecoveryDownload,
    RecoveryStartFresh,
    RecoveryStartFreshNote,
    NotFound,
    StorageUnreadable,
    Export,
    /// The storage banner's button that saves again at once.
    SaveAgain,
    NavData,
    DataHeading,
    ExportHeading,
    ExportNote,
    ImportHeading,
    ImportLabel,
    ImportPreviewHeading,
    Replace,
    Merge,
    ReplaceNote,
    MergeNote,
    Replaced,
    BackupsHeading,
    BackupsNone,
    BackupNewest,
    BackupOlder,
    Restore,
    StorageHeading,
    Persistent,
    NotPersistent,
    EraseHeading,
    EraseButton,
    EraseConfirm,
    EraseYes,
    Erased,
    NavToday,
    NavPriorities,
    NavTeam,
    NavSettings,
    TodayHeading,
    ThisWeek,
    ChartHeading,
    Week,
    Planned,
    Available,
    WarningsHeading,
    NoWarnings,
    FollowedUp,
    ReliefHeading,
    ReliefIntro,
    Apply,
    ApplyAll,
    NoticeErased,
    Dismiss,
    DroppedByRelief,
    FocusHeading,
    InboxHeading,
    QuickAddLabel,
    QuickAddHint,
    AddToInbox,
    CanISayYes,
    Accept,
    Search,
    All,
    Owner,
    Tag,
    QuadrantLabel,
    Urgent,
    Tags,
    PrioritiesHeading,
    MatrixHelp,
    BigRocksHeading,
    Until,
    StartDate,
    RequestedBy,
    Notes,
    NextBigRocksHeading,
    NextBigRocksHelp,
    BigRocksHelp,
    TeamHeading,
    HeatmapHeading,
    AddPerson,
    Name,
    RoleLabel,
    WeeklyCapacity,
    WorkingDays,
    TimeOff,
    From,
    To,
    Remove,
    Carries,
    /// My own page's list of what I carry.
    ICarry,
    Delegated,
    Owed,
    Nothing,
    SettingsHeading,
    MyCapacity,
    Thresholds,
    Calibration,
    CalibrationManual,
    CalibrationLearned,
    Language,
    Theme,
    ThemeSystem,
    ThemeLight,
    ThemeDark,
    Saved,
    UpdateAvailable,
    UpdateNow,
    RecoveryRestore,
    ReviewNav,
    ReviewHeading,
    ReviewIntro,
    ReviewStart,
    ReviewDiscard,
    ReviewNeverReviewed,
    ReviewBack,
    ReviewNext,
    ReviewSteps,
    ReviewDecline,
    ReviewSomeday,
    ReviewInboxEmpty,
    ReviewNothingCurrent,
    ReviewHoursSpent,
    ReviewDecision,
    /// The decision made on a commitment, as its row says it.
    DecisionIs(&'a str),
    ReviewNewDue,
    ReviewDelegateTo,
    ReviewReason,
    ReviewDecide,
    ReviewNothingWaiting,
    ReviewFollowedUp,
    ReviewFollowUp,
    ReviewWentWell,
    ReviewSlipped,
    ReviewToChange,
    ReviewPulse,
    ReviewFinishButton,
    ReviewHistoryHeading,
    ReviewHistoryLink,
    ReviewNoReviews,
    ReviewTrendsHeading,
    ReviewTrendLoad,
    ReviewTrendHours,
    ReviewTrendDone,
    ReviewTrendSlipped,
    ReviewTrendPulse,
    ReviewSummary,
    ReviewCopy,
    ReviewCopied,
    ReviewSnapshot,
    ReviewDecisions,
    ReviewTriaged,
    ReviewFollowedUpList,
    ReviewBigRocks,
    ReviewReflection,
    ReviewMakeRoom,
    MakeRoomHeading,
    MakeRoom,
    NoCounter,
    Decline,
    DeclineHint,
    Understood,
    QuickAddPlaceholder,
    SettingsWeeks,
    WeekStart,
    SettingsNudges,
    CalibrationMode,
    SettingsLook,
    DeclinedFor,

    // ── Today and first run ──
    // (its messages follow)
    /// "42.8 h planned for 40 h available (107%), over capacity": this week, beside
    /// the gauge.
    GaugeLoad {
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        level: LoadLevel,
    },
    /// "Week of 30 Nov 2026: 50 h planned for 40 h available (125%), over capacity": a
    /// week of the chart.
    WeekLevel {
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        level: LoadLevel,
    },
    /// "22.8 h left, Thursday and Friday.": the hours left this week and the open days
    /// they come from (a span when `in_a_row`, else a list).
    HoursLeft {
        hours: f64,
        days: &'a [NaiveDate],
        in_a_row: bool,
    },
    /// "10 h of them free", "2.8 h more than that is planned", or exactly full.
    WeekRoom {
        free: f64,
        over_by: f64,
    },
    /// The gauge's mark at capacity: "100%".
    GaugeMark,
    /// "This week is over capacity (45 h planned for 40 h available, 113%); the
    /// heaviest:", before the commitments named.
    HeaviestThisWeek {
        level: LoadLevel,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
    },
    /// "and 2 more".
    AndMore(usize),
    /// The weeks a request changes past those listed: "3 more weeks".
    MoreWeeks(usize),
    /// A link to a commitment's own page: "Open “Budget”".
    OpenTitle(&'a str),
    SeeReliefPlan,
    OpenInbox,
    /// A link to someone's work in the list, heaviest first.
    SeeTheirWork(&'a str),
    SeeMyWork,
    SeeActiveWork,
    /// A reason a commitment is in focus; `who` names the party of a wait.
    Because {
        because: &'a Because,
        who: Option<&'a str>,
    },
    /// The disclosure of the score's terms.
    ScoreDetails,
    /// "Score 23.2:".
    ScoreTotal(f64),
    /// A score of no term at all: said, rather than left blank.
    NoTerms,
    /// One signed term: "this week's big rock +15".
    Points {
        term: Term,
        points: f64,
    },
    FocusEmpty,
    AddWork,
    TodayEmpty,
    AddFirstCommitment,
    /// The chart's axis and legend.
    TickHours(f64),
    LegendPlanned,
    LegendCapacity,
    ChartKeys,
    WelcomeHeading,
    WelcomeIntro,
    YourName,
    CapacityHint,
    WelcomeStart,
    WelcomeSkip,
    /// "Welcome, Sam."
    WelcomeDone(&'a str),
    NoWorkingDay,
    SampleHeading,
    SampleOffer,
    ExploreSample,
    SampleLoading,
    /// What the sample added.
    SampleAdded {
        commitments: usize,
        people: usize,
        reviews: usize,
    },
    /// The sample could not be fetched or read, and why.
    SampleFailed(&'a str),
    SampleBanner,
    RemoveSample,
    SampleRemoved,
    /// "Followed up on “Budget”."
    FollowedUpOn(&'a str),
    /// What a relief action frees and leaves: "Frees 30 h; the weeks then stand at
    /// 98% · 80%."
    ReliefFrees {
        frees: f64,
        after: &'a str,
    },
    /// "Done: Delegate “Budget” to Alice."
    ReliefApplied(&'a str),
    /// The whole relief plan applied, in so many actions.
    ReliefAllApplied(usize),

    // ── Commitments ──
    // (its messages follow)
    /// The disclosure of the full form.
    AddWithDetails,
    SortLabel,
    Sort(Sort),
    StatusFilter(StatusFilter),
    /// Nothing matches the list's filters.
    NoMatch,
    /// The link back to the default list.
    ShowOpenWork,
    /// How many commitments the list shows: all `total`, or `shown` of them drawn.
    Shown {
        shown: usize,
        total: usize,
    },
    /// The button that draws the list's next rows.
    ShowMore {
        count: usize,
    },
    /// The button that draws the whole list.
    ShowAll {
        total: usize,
    },
    More,
    /// The button of a one-click change of status.
    Move(Move),
    /// What a move did: "Marked “Budget” done.".
    Moved {
        step: Move,
        title: &'a str,
    },
    /// What the status menu did: "“Budget” is now Someday.".
    StatusNow {
        kind: StatusKind,
        title: &'a str,
    },
    /// "“Budget” is waiting on Legal.".
    WaitingNow {
        title: &'a str,
        who: &'a str,
    },
    /// "Logged 2 h on “Budget”.".
    Logged {
        hours: f64,
        title: &'a str,
    },
    /// The effort's figures: "20 h · 4.5 h spent · 15.5 h left".
    EffortFigures(Figures),
    /// "due 15 Mar 2027", with "(hard deadline)".
    DueText {
        date: NaiveDate,
        hard: bool,
    },
    /// A control's label with the commitment it acts on: "Hours spent: Budget".
    Labelled {
        what: &'a str,
        title: &'a str,
    },
    /// A button's name with its commitment: "Edit Budget".
    ActOn {
        what: &'a str,
        title: &'a str,
    },
    NoSuchCommitment,
    NoSuchCommitmentBody,
    BackToList,
    DetailsHeading,
    ProgressHeading,
    NoProgress,
    EntryDate,
    EntryHours,
    EntryNote,
    AddEntry,
    /// The spent and remaining figures of the page: "4.5 h logged, 15.5 h left".
    SpentSoFar(Figures),
    /// "Correct the entry of 2 h on 3 Dec 2026".
    CorrectEntry {
        hours: f64,
        date: NaiveDate,
    },
    /// "Remove the entry of 2 h on 3 Dec 2026".
    RemoveEntry {
        hours: f64,
        date: NaiveDate,
    },
    EntryCorrected {
        hours: f64,
        date: NaiveDate,
    },
    /// "Removed 2 h logged on 3 Dec 2026 from “Budget”.".
    EntryRemoved {
        hours: f64,
        date: NaiveDate,
        title: &'a str,
    },
    /// "done on 3 Dec 2026".
    DoneOn(NaiveDate),
    /// "dropped on 3 Dec 2026: no budget", or declined.
    DroppedOn {
        on: NaiveDate,
        reason: &'a str,
        declined: bool,
    },
    /// "Created 2 Dec 2026, 09:00 · changed 3 Dec 2026, 10:00".
    Timestamps {
        created: DateTime<Utc>,
        updated: DateTime<Utc>,
    },
    /// "Alice, delegated by Sam".
    DelegatedOwner {
        owner: &'a str,
        by: &'a str,
    },
    Flags,
    NoneYet,
    /// Who asked, when nobody did.
    Nobody,
    /// A date alone: "3 Dec 2026".
    PlainDate(NaiveDate),
    /// Hours alone: "2.5 h".
    HoursValue(f64),
    /// A due date on its own line: "15 Mar 2027, hard deadline".
    DueDateValue {
        date: NaiveDate,
        hard: bool,
    },
    EditEntry,
    TagsHeading,

    // ── Team and priorities ──
    // (its messages follow)
    /// A quadrant's short name: "Schedule".
    QuadrantName(Quadrant),
    /// An empty quadrant.
    QuadrantEmpty,
    /// Why a move did not happen: the due date keeps it urgent. "Due Thu 3 Dec, so it
    /// stays urgent: anything due within the next 7 days is."
    MoveKeptUrgent {
        due: NaiveDate,
        window_days: u32,
        hard: bool,
    },
    /// Why a move did not happen: it is one of this week's big rocks.
    MoveKeptImportant,
    /// What would make the move happen, in one click: "Move the due date to Tue 8 Dec".
    MoveOffer {
        due: Option<NaiveDate>,
        off_big_rocks: bool,
    },
    /// Leave the commitment where it is.
    MoveLeave,
    /// What a move did: "Moved “Reading list” to Schedule, now due Tue 8 Dec."
    MatrixMoved {
        title: &'a str,
        to: Quadrant,
        due: Option<NaiveDate>,
        off_big_rocks: bool,
    },
    /// "Move “Reading list” to", the name of an item's quadrant menu.
    MoveTitleTo(&'a str),
    /// The mark of a big rock in the matrix.
    BigRockBadge,
    /// "2 of 3 chosen."
    BigRocksChosen {
        chosen: usize,
        limit: usize,
    },
    /// "“Budget” is now a big rock." and the other way.
    BigRockOn(&'a str),
    BigRockOff(&'a str),
    /// The people editor's heading.
    PeopleHeading,
    /// A column of the heatmap: "30 Nov", and its year when it changes.
    WeekHeading(NaiveDate),
    YearHeading(i32),
    /// A percentage alone: "150%".
    PercentFigure(Option<f64>),
    /// Hours alone: "30 h".
    HoursFigure(f64),
    /// A number as typed back into a field: "32.5".
    NumberInput(f64),
    /// A heatmap cell's full name: "Bob Chen, Week of 7 Dec 2026: 30 h planned for
    /// 20 h available (150%), far over capacity".
    HeatmapCell {
        who: &'a str,
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        level: LoadLevel,
    },
    HeatmapLegend,
    /// A weekday's short name, for the working-days editor: "Mon".
    DayShort(DayName),
    /// "1 Dec – 5 Dec 2026", or one day.
    TimeOffRange {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The name of the button that removes one range of time off.
    RemoveTimeOff {
        from: NaiveDate,
        to: NaiveDate,
    },
    TimeOffNone,
    AddTimeOff,
    /// A range of time off whose last day is before its first.
    TimeOffReversed,
    TimeOffAdded {
        who: &'a str,
        from: NaiveDate,
        to: NaiveDate,
    },
    TimeOffRemoved {
        who: &'a str,
        from: NaiveDate,
        to: NaiveDate,
    },
    /// "Remove Alice Martin".
    RemovePerson(&'a str),
    PersonRemoved(&'a str),
    PersonAdded(&'a str),
    /// "Alice Martin is now a peer."
    RoleChanged {
        who: &'a str,
        role: Role,
    },
    BackToTeam,
    PersonNotFound,
    /// "This week: 30 h planned for 20 h available (150%)."
    PersonThisWeek {
        load: f64,
        capacity: f64,
        percent: Option<f64>,
    },
    CarriesNoWork,
    PersonWeeksHeading,
    /// The column of a week's load against capacity, in percent.
    LoadColumn,
    AskedWaiting,
    /// An item's figures: "12 h left · 8 h this week · due Fri 4 Dec (hard)", or
    /// "3 h/week", "not estimated"; hours this week only when there are some.
    ItemFigures {
        remaining: Option<f64>,
        per_week: Option<f64>,
        this_week: f64,
        due: Option<NaiveDate>,
        hard: bool,
    },
    /// "declined on 3 Dec 2026".
    DeclinedOn(NaiveDate),

    // ── Review, data and settings ──
    // (its messages follow)
    /// What a commitment stands at in the review: "12 h · 2 h spent · 10 h left ·
    /// waiting on Legal since 1 Dec 2026 · due 4 Dec 2026 · asked by Claire".
    ReviewItemFigures {
        commitment: &'a plateful_core::Commitment,
        waiting_on: Option<&'a str>,
        asked_by: Option<&'a str>,
    },
    /// A decision's name in the menu.
    ReviewDecisionKind(plateful_core::DecisionKind),
    /// A triage's name on its button.
    ReviewTriage(plateful_core::Triage),
    /// A request triaged: "Conference talk: Decline".
    ReviewTriagedLine {
        title: &'a str,
        triage: plateful_core::Triage,
    },
    /// What the live region says after a triage: "Declined “Conference talk”."
    ReviewTriageSaid {
        title: &'a str,
        triage: plateful_core::Triage,
    },
    /// After a decision: "Kept “Budget”, 4 h logged."
    ReviewDecisionSaid {
        title: &'a str,
        decision: &'a Decision,
        to: Option<&'a str>,
        logged: f64,
    },
    /// After a follow-up: "Followed up on “Legal sign-off”."
    ReviewFollowUpSaid(&'a str),
    /// What was just done, and that the step has nothing left to go through.
    ReviewStepThrough(&'a Msg<'a>),
    /// The Undo notice of a discarded review.
    ReviewDiscarded,
    /// Said when a discarded review is brought back.
    ReviewDraftBack,
    /// Said once the review is recorded.
    ReviewRecorded,
    /// Said when a discarded review cannot come back: another was started since.
    ReviewNotBack,
    /// The button to the next step: "Next: Get current".
    ReviewNextStep(Step),
    /// A pulse's label on its radio button.
    ReviewPulseValue(plateful_core::Pulse),
    /// One finished review in the history: "Finished 25 Nov 2026, 17:00 · Next week's
    /// load (%) 108% · Decisions 4 · Pulse 4/5".
    ReviewHistoryLine {
        completed: DateTime<Utc>,
        load_percent: Option<f64>,
        decisions: usize,
        pulse: Option<plateful_core::Pulse>,
    },
    /// A trend chart's title.
    ReviewTrendTitle(plateful_core::trends::Series),
    /// A week's figure on a trend chart: "108%", "32 h", "3", "4/5".
    ReviewTrendValue {
        series: plateful_core::trends::Series,
        value: Option<f64>,
    },
    /// A week's bar, read aloud: "Week of 23 Nov 2026: 32 h".
    ReviewTrendBar {
        week: NaiveDate,
        series: plateful_core::trends::Series,
        value: Option<f64>,
    },
    /// Figures in the review's tables: a date, a short date, hours, a percentage.
    ReviewDate(NaiveDate),
    ReviewDayMonth(NaiveDate),
    ReviewHours(f64),
    ReviewPercent(Option<f64>),
    /// A finished review's page: "Weekly review: Week of 23 Nov 2026".
    ReviewRecordTitle(NaiveDate),
    /// "Finished 25 Nov 2026, 17:00 · Pulse 4/5".
    ReviewRecordHeading {
        completed: DateTime<Utc>,
        pulse: Option<plateful_core::Pulse>,
    },
    /// What the app's keys take of local storage, against its limit.
    StorageUsed(plateful_core::quota::StorageUse),
    /// "Newest backup: 24 Nov 2026, 17:05, 9 commitments".
    BackupLine {
        newest: bool,
        saved_at: DateTime<Utc>,
        commitments: usize,
    },
    /// A backup that cannot be read, and why.
    BackupUnreadableLine {
        newest: bool,
        error: &'a FormatError,
    },
    /// The Restore button of a backup, named with it.
    RestoreBackup(&'a str),
    /// The Undo notice of a restored backup.
    BackupRestored(DateTime<Utc>),
    /// What an imported file holds: "9 commitments (1 proposed, 3 active)".
    PreviewCommitments(&'a plateful_core::merge::Summary),
    PreviewPeople(usize),
    PreviewReviews(usize),
    PreviewDates(Option<(NaiveDate, NaiveDate)>),
    PreviewSavedAt(DateTime<Utc>),
    /// The browser could not read the chosen file.
    ImportFileUnreadable,
    /// The stored value on the recovery screen: "plateful.plan (1,234 characters)".
    RecoveryStoredValue {
        key: &'a str,
        characters: usize,
    },
    /// Where calibration stands, from the projection's calibration.
    CalibrationInEffect(&'a plateful_core::calibration::CalibrationInEffect),
    /// A setting's value as typed back into its field: `2.5`, `2,5`.
    SettingInput(f64),

    // ── The shell ──
    // (its messages follow)
    ShortcutNew,
    ShortcutSearch,
    ShortcutHelp,
    ShortcutsHeading,
    Close,
    SkipToContent,
    MainNavigation,
    /// The browser tab's title of a page: "Today · Plateful".
    PageTitle(&'a str),
    /// "Deleted “Budget”."
    Deleted(&'a str),
    Undone,

    // Names of things.
    Status(StatusKind),
    DayName(DayName),
    LanguageName(Language),
    EffortKindName(EffortKind),
    Role(Role),
    Quadrant(Quadrant),
    Term(Term),
    Severity(Severity),
    Level(LoadLevel),
    Verdict(Verdict),
    Step(Step),
    StepHelp(Step),
    /// "Step 2 of 7: Get current".
    StepOf(Step),
    Decision(&'a Decision),
    Setting(SettingField),
    /// What a setting is and its bounds: "Between 1 and 100".
    SettingBounds(SettingField),

    // What went wrong, worded from the core's data.
    TextError(&'a TextError),
    InputError(&'a InputError),
    DomainError(&'a DomainError),
    SettingError(&'a SettingError),
    FormatError(&'a FormatError),
    QuickError(&'a QuickError),
    /// The storage banner's words for a refusal.
    StoreError(&'a StoreError),
    FinishError(&'a FinishError),
    /// A field and what is wrong with it: "Title: Must not be empty".
    AtField {
        field: &'a str,
        problem: &'a str,
    },

    // Figures.
    /// "Week of 9 Dec: 52 h planned for 38 h available (137%)".
    WeekLoad {
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
    },
    WeekOf(NaiveDate),
    AllWarnings {
        total: usize,
    },
    FewerWarnings {
        shown: usize,
    },
    InboxCount {
        count: usize,
    },
    StillOver {
        week: NaiveDate,
        hours: f64,
    },
    FileTooLarge {
        bytes: f64,
    },
    ImportRefused(&'a FormatError),
    Merged(&'a MergeReport),

    // Warnings, as sentences. `who` is someone else's name (nothing for me).
    WarnOverload {
        who: Option<&'a str>,
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        level: LoadLevel,
        titles: &'a str,
        others: usize,
    },
    WarnDeadline {
        who: Option<&'a str>,
        due: NaiveDate,
        demand: f64,
        supply: f64,
        short: f64,
        titles: &'a str,
    },
    WarnOverdue {
        who: Option<&'a str>,
        titles: &'a str,
        due: NaiveDate,
        days: i64,
    },
    WarnWip {
        active: usize,
        limit: u32,
        per_week: Option<f64>,
        wait_weeks: Option<f64>,
    },
    WarnBigRocks {
        chosen: usize,
        limit: usize,
    },
    WarnTreading {
        who: Option<&'a str>,
        titles: &'a str,
        since: NaiveDate,
        days: i64,
    },
    WarnWaiting {
        who: Option<&'a str>,
        titles: &'a str,
        since: NaiveDate,
        days: i64,
    },
    WarnNoEstimate {
        who: Option<&'a str>,
        titles: &'a str,
    },
    WarnReviewDue {
        last: Option<NaiveDate>,
        days: i64,
    },
    WarnInbox {
        count: usize,
        older_than: i64,
    },

    // The relief plan.
    ReliefDelegate {
        title: &'a str,
        to: &'a str,
    },
    /// Work without a hard due date starts later; its soft due date, if any, moves by
    /// as much, and is said.
    ReliefDefer {
        title: &'a str,
        start: NaiveDate,
        due: Option<NaiveDate>,
    },
    /// A hard due date kept: only the start moves.
    ReliefDeferKeeping {
        title: &'a str,
        start: NaiveDate,
        due: NaiveDate,
    },
    ReliefDrop {
        title: &'a str,
    },
    ReliefRenegotiate {
        title: &'a str,
        due: NaiveDate,
    },
    /// "{what}. Frees 6 h; the next weeks then stand at 98% · 80%."
    ReliefEffect {
        what: &'a str,
        frees: f64,
        after: &'a str,
    },

    // "Can I say yes?"
    /// "Week of 30 Nov, you: 40.6 h → 42.6 h for 38 h, 107% → 112%".
    AnswerWeek {
        who: Option<&'a str>,
        week: NaiveDate,
        before: f64,
        after: f64,
        capacity: f64,
        percent_before: Option<f64>,
        percent_after: Option<f64>,
    },
    /// "Due 18 Dec (hard), you: 2 h short → 6 h short. At risk: “A”, “B”."
    AnswerDeadline {
        who: Option<&'a str>,
        due: NaiveDate,
        hard: bool,
        short_before: f64,
        short_after: f64,
        titles: &'a str,
    },
    /// "Yes, by 18 Dec" (and "starting 7 Dec" when it must start later).
    CounterDue {
        due: NaiveDate,
        start: Option<NaiveDate>,
    },
    /// "Yes, from the week of 14 Dec".
    CounterStart(NaiveDate),
    /// What quick add read: "due Fri 27 Nov".
    DueOn(NaiveDate),
    /// Who will own it: "for Alice".
    OwnedBy(&'a str),
    /// A title in quotes: “Budget”, « Budget ».
    Quoted(&'a str),
    /// A tag as typed: #budget.
    TagName(&'a str),
    /// "Added “Budget”."
    Added(&'a str),
    /// Other warnings a request would raise, as sentences.
    AlsoRaises(&'a str),
    /// Room that the relief plan of a request leaves still short, week by week.
    /// A week the room made for a request leaves at or above the Full line (`line`,
    /// in percent), by `hours`.
    StillFull {
        week: NaiveDate,
        hours: f64,
        line: f64,
    },

    // Undo and other tabs.
    UndoWhat {
        label: Label,
        subject: Option<&'a str>,
    },
    NoticeLost {
        what: &'a str,
    },
    NoticeUndoRefused {
        what: &'a str,
    },

    // The weekly review.
    ReviewUnderWay(NaiveDate),
    LastReview(NaiveDate),
    Gate {
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        over_by: f64,
    },
    AcceptOver(f64),
    AcceptedOver(f64),
    /// How a decision reads once made: "Defer to 4 Dec 2026, 2 h logged".
    Decided {
        decision: &'a Decision,
        to: Option<&'a str>,
        logged: f64,
    },
    Completed(DateTime<Utc>),
    WaitingOn {
        who: &'a str,
        since: NaiveDate,
        last: Option<NaiveDate>,
    },
    AskedBy(&'a str),
    DelegatedTo(&'a str),
    ReviewUnreadable {
        reason: &'a str,
        kept_under: Option<&'a str>,
    },
}
