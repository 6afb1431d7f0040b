//! Commands of every kind against a given plan, reaching the edges: ids the plan does
//! not know, people who cannot carry work, dates a day apart in either order, odd
//! capacities and hours, settings drawn from the whole range of numbers.
//!
//! `kind_of` matches on [`Command`] without a wildcard, and `command_of` on [`Kind`]
//! the same way: a new variant of `Command` does not compile until it has a kind, and
//! then until it has a generator. The tally's floors then require each kind to be
//! both accepted and refused.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Duration, NaiveDate};
use plateful_core::hours::MAX_HOURS;
use plateful_core::*;
use proptest::prelude::*;
use proptest::sample::select;

use super::strategies::*;

macro_rules! kinds {
    ($($kind:ident),* $(,)?) => {
        /// One per variant of [`Command`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Kind {
            $($kind),*
        }

        impl Kind {
            pub const ALL: &'static [Kind] = &[$(Kind::$kind),*];
        }
    };
}

kinds! {
    AddCommitment,
    EditCommitment,
    DeleteCommitment,
    SetStatus,
    LogProgress,
    Decline,
    Delegate,
    Reschedule,
    SetDue,
    SetFlags,
    AddPerson,
    EditPerson,
    RemovePerson,
    UpdateSettings,
    SetBigRocks,
    Decide,
    FollowUp,
    CompleteReview,
    EditProgress,
    RemoveProgress,
}

/// The kind of a command. No wildcard, on purpose (see the module's comment).
pub fn kind_of(command: &Command) -> Kind {
    match command {
        Command::AddCommitment { .. } => Kind::AddCommitment,
        Command::EditCommitment { .. } => Kind::EditCommitment,
        Command::DeleteCommitment { .. } => Kind::DeleteCommitment,
        Command::SetStatus { .. } => Kind::SetStatus,
        Command::LogProgress { .. } => Kind::LogProgress,
        Command::Decline { .. } => Kind::Decline,
        Command::Delegate { .. } => Kind::Delegate,
        Command::Reschedule { .. } => Kind::Reschedule,
        Command::SetDue { .. } => Kind::SetDue,
        Command::SetFlags { .. } => Kind::SetFlags,
        Command::AddPerson(_) => Kind::AddPerson,
        Command::EditPerson(_) => Kind::EditPerson,
        Command::RemovePerson(_) => Kind::RemovePerson,
        Command::UpdateSettings(_) => Kind::UpdateSettings,
        Command::SetBigRocks { .. } => Kind::SetBigRocks,
        Command::Decide { .. } => Kind::Decide,
        Command::FollowUp { .. } => Kind::FollowUp,
        Command::CompleteReview(_) => Kind::CompleteReview,
        Command::EditProgress { .. } => Kind::EditProgress,
        Command::RemoveProgress { .. } => Kind::RemoveProgress,
    }
}

/// A plan and a command of any kind against it, every kind equally likely.
pub fn any_plan_and_command() -> impl Strategy<Value = (Plan, Command)> {
    (any_plan(), select(Kind::ALL)).prop_flat_map(|(plan, kind)| {
        let command = command_of(kind, &plan);
        (Just(plan), command)
    })
}

/// A command of the given kind against `plan`.
pub fn command_of(kind: Kind, plan: &Plan) -> BoxedStrategy<Command> {
    let target = commitment_target(plan);
    let person = person_target(plan);
    let people = person_ids(plan);
    match kind {
        Kind::AddCommitment => {
            // Mostly a new id, sometimes one the plan has or had (a tombstone's).
            let deleted: Vec<CommitmentId> = plan.tombstones.iter().map(|t| t.id).collect();
            let id = if deleted.is_empty() {
                prop_oneof![4 => any_id(CommitmentId::from_random_bytes), 1 => target].boxed()
            } else {
                prop_oneof![
                    8 => any_id(CommitmentId::from_random_bytes),
                    2 => target,
                    1 => select(deleted),
                ]
                .boxed()
            };
            (id, any_fields(plan), any_status(people), any_timestamp())
                .prop_map(|(id, fields, status, at)| Command::AddCommitment {
                    id,
                    fields,
                    status,
                    at,
                })
                .boxed()
        }
        Kind::EditCommitment => (target, any_fields(plan), any_timestamp())
            .prop_map(|(id, fields, at)| Command::EditCommitment { id, fields, at })
            .boxed(),
        Kind::DeleteCommitment => (target, any_timestamp())
            .prop_map(|(id, at)| Command::DeleteCommitment { id, at })
            .boxed(),
        Kind::SetStatus => (target, any_status(people), any_timestamp())
            .prop_map(|(id, status, at)| Command::SetStatus { id, status, at })
            .boxed(),
        Kind::LogProgress => (target, near_date(), edge_hours(), any_text(30), any_timestamp())
            .prop_map(|(id, date, hours, note, at)| Command::LogProgress {
                id,
                entry: ProgressEntry { date, hours, note: Notes::parse(&note).expect("short") },
                at,
            })
            .boxed(),
        Kind::EditProgress => {
            (progress_target(plan), near_date(), edge_hours(), any_text(30), any_timestamp())
                .prop_map(|((id, index), date, hours, note, at)| Command::EditProgress {
                    id,
                    index,
                    entry: ProgressEntry { date, hours, note: Notes::parse(&note).expect("short") },
                    at,
                })
                .boxed()
        }
        Kind::RemoveProgress => (progress_target(plan), any_timestamp())
            .prop_map(|((id, index), at)| Command::RemoveProgress { id, index, at })
            .boxed(),
        Kind::Decline => {
            // Mostly a request (Proposed), which is what can be declined.
            let requests: Vec<CommitmentId> = plan
                .commitments
                .iter()
                .filter(|c| c.status == Status::Proposed)
                .map(|c| c.id)
                .collect();
            let target = if requests.is_empty() {
                target
            } else {
                prop_oneof![3 => select(requests), 1 => target].boxed()
            };
            (target, near_date(), any_timestamp())
                .prop_map(|(id, on, at)| Command::Decline { id, on, at })
                .boxed()
        }
        Kind::Delegate => (target, person, any_timestamp())
            .prop_map(|(id, to, at)| Command::Delegate { id, to, at })
            .boxed(),
        Kind::Reschedule => (target, start_and_due(), any_timestamp())
            .prop_map(|(id, (start, due), at)| Command::Reschedule { id, start, due, at })
            .boxed(),
        Kind::SetDue => (target, start_and_due(), any_timestamp())
            .prop_map(|(id, (_, due), at)| Command::SetDue { id, due, at })
            .boxed(),
        Kind::SetFlags => (target, any::<(bool, bool)>(), any_timestamp())
            .prop_map(|(id, (important, urgent), at)| Command::SetFlags {
                id,
                important,
                urgent,
                at,
            })
            .boxed(),
        Kind::AddPerson => {
            let id = prop_oneof![4 => any_id(PersonId::from_random_bytes), 1 => person];
            edge_person(id).prop_map(Command::AddPerson).boxed()
        }
        Kind::EditPerson => {
            // Mostly someone of the plan keeping their role; sometimes a change of role,
            // to or from "me", which is refused.
            let roles: Vec<(PersonId, Role)> = plan.people.iter().map(|p| (p.id, p.role)).collect();
            let known =
                (select(roles), proptest::option::weighted(0.25, select(Role::ALL.to_vec())))
                    .prop_map(|((id, role), new_role)| (id, new_role.unwrap_or(role)));
            let stranger = (any_id(PersonId::from_random_bytes), select(Role::ALL.to_vec()));
            let who = prop_oneof![6 => known, 1 => stranger];
            (who, edge_person(Just(PersonId::from_random_bytes([0; 16]))))
                .prop_map(|((id, role), person)| Command::EditPerson(Person { id, role, ..person }))
                .boxed()
        }
        Kind::RemovePerson => {
            // Mostly someone other than me, often someone no commitment refers to.
            let others: Vec<PersonId> =
                plan.people.iter().filter(|p| p.role != Role::Me).map(|p| p.id).collect();
            let free: Vec<PersonId> = others
                .iter()
                .copied()
                .filter(|id| !plan.commitments.iter().any(|c| refers_to(c, *id)))
                .collect();
            let mut choices = vec![(1, person)];
            if !others.is_empty() {
                choices.push((2, select(others).boxed()));
            }
            if !free.is_empty() {
                choices.push((3, select(free).boxed()));
            }
            proptest::strategy::Union::new_weighted(choices).prop_map(Command::RemovePerson).boxed()
        }
        Kind::UpdateSettings => {
            any_settings_change(&plan.settings).prop_map(Command::UpdateSettings).boxed()
        }
        Kind::SetBigRocks => {
            let ids: Vec<CommitmentId> = plan.commitments.iter().map(|c| c.id).collect();
            let chosen = proptest::collection::vec(target, 0..=5);
            (
                near_monday(),
                chosen,
                proptest::sample::subsequence(ids.clone(), 0..=ids.len().min(4)),
                any::<bool>(),
            )
                .prop_map(|(week, chosen, distinct, use_distinct)| Command::SetBigRocks {
                    week,
                    commitments: if use_distinct { distinct } else { chosen },
                })
                .boxed()
        }
        Kind::Decide => {
            // Mostly work under review (Active or Waiting), which a decision is for.
            let reviewed: Vec<CommitmentId> = plan
                .commitments
                .iter()
                .filter(|c| matches!(c.status, Status::Active | Status::Waiting(_)))
                .map(|c| c.id)
                .collect();
            let target = if reviewed.is_empty() {
                target
            } else {
                prop_oneof![3 => select(reviewed), 1 => target].boxed()
            };
            let hours = proptest::option::of(edge_hours());
            (target, hours, any_decision_near(people), near_date(), any_timestamp())
                .prop_map(|(id, hours, decision, today, at)| Command::Decide {
                    id,
                    hours,
                    decision,
                    today,
                    at,
                })
                .boxed()
        }
        Kind::FollowUp => (target, near_date(), any_timestamp())
            .prop_map(|(id, on, at)| Command::FollowUp { id, on, at })
            .boxed(),
        Kind::CompleteReview => {
            let ids: Vec<CommitmentId> = plan.commitments.iter().map(|c| c.id).collect();
            let existing: Vec<ReviewId> = plan.reviews.iter().map(|r| r.id).collect();
            let reuse = if existing.is_empty() {
                Just(None).boxed()
            } else {
                prop_oneof![3 => Just(None), 1 => select(existing).prop_map(Some)].boxed()
            };
            let extra = proptest::collection::vec(any_id(CommitmentId::from_random_bytes), 0..=2);
            (any_review(people, ids), reuse, extra, any::<bool>())
                .prop_map(|(mut review, reuse, extra, more_rocks)| {
                    if let Some(id) = reuse {
                        review.id = id;
                    }
                    if more_rocks {
                        review.big_rocks.extend(extra);
                    }
                    Command::CompleteReview(Box::new(review))
                })
                .boxed()
        }
    }
}

/// Whether a commitment names the person anywhere (a person it names cannot go).
fn refers_to(commitment: &Commitment, id: PersonId) -> bool {
    let party = |party: &Party| matches!(party, Party::Person(p) if *p == id);
    commitment.owner == id
        || commitment.delegated_by == Some(id)
        || commitment.requested_by.as_ref().is_some_and(party)
        || matches!(&commitment.status, Status::Waiting(waiting) if party(&waiting.on))
}

/// Mostly a commitment of the plan, sometimes an id it does not know.
fn commitment_target(plan: &Plan) -> BoxedStrategy<CommitmentId> {
    let ids: Vec<CommitmentId> = plan.commitments.iter().map(|c| c.id).collect();
    if ids.is_empty() {
        return any_id(CommitmentId::from_random_bytes).boxed();
    }
    prop_oneof![6 => select(ids), 1 => any_id(CommitmentId::from_random_bytes)].boxed()
}

/// Mostly an entry of a commitment's progress log; sometimes an index past its end, or
/// any index of any target (a commitment with no log, or one the plan does not know).
fn progress_target(plan: &Plan) -> BoxedStrategy<(CommitmentId, usize)> {
    let logged: Vec<(CommitmentId, usize)> = plan
        .commitments
        .iter()
        .filter(|c| !c.progress.is_empty())
        .map(|c| (c.id, c.progress.len()))
        .collect();
    let anywhere = (commitment_target(plan), 0usize..6).boxed();
    if logged.is_empty() {
        return anywhere;
    }
    let within = select(logged.clone()).prop_flat_map(|(id, len)| (Just(id), 0..len));
    let past_end = select(logged).prop_map(|(id, len)| (id, len));
    prop_oneof![6 => within, 1 => past_end, 1 => anywhere].boxed()
}

/// Mostly a person of the plan, sometimes an id it does not know.
fn person_target(plan: &Plan) -> BoxedStrategy<PersonId> {
    prop_oneof![6 => select(person_ids(plan)), 1 => any_id(PersonId::from_random_bytes)].boxed()
}

/// The plan's people and one stranger, for references that may dangle.
fn person_ids(plan: &Plan) -> Vec<PersonId> {
    let mut ids: Vec<PersonId> = plan.people.iter().map(|p| p.id).collect();
    ids.push(PersonId::from_random_bytes([0xee; 16]));
    ids
}

/// Around the week the plans' big rocks are in, a day or two apart; now and then
/// anywhere in ten years, or the first or last date there is.
pub fn near_date() -> impl Strategy<Value = NaiveDate> {
    prop_oneof![
        16 => (-21i64..=21).prop_map(|days| super::date(2026, 11, 23) + Duration::days(days)),
        4 => any_date(),
        1 => select(vec![NaiveDate::MIN, NaiveDate::MAX]),
    ]
}

/// `days` after `date`, or `date` itself past the end of the calendar.
fn after(date: NaiveDate, days: i64) -> NaiveDate {
    date.checked_add_signed(Duration::days(days)).unwrap_or(date)
}

fn near_monday() -> impl Strategy<Value = NaiveDate> {
    (-2i64..=5).prop_map(|weeks| super::date(2026, 11, 23) + Duration::weeks(weeks))
}

/// A start and a due date close to each other, in either order, either one missing.
fn start_and_due() -> impl Strategy<Value = (Option<NaiveDate>, Option<Due>)> {
    (
        proptest::option::weighted(0.7, near_date()),
        proptest::option::weighted(0.7, -3i64..=30),
        any::<bool>(),
        near_date(),
    )
        .prop_map(|(start, gap, hard, alone)| {
            let kind = if hard { DueKind::Hard } else { DueKind::Soft };
            let date = match (start, gap) {
                (Some(start), Some(gap)) => Some(after(start, gap)),
                (None, Some(_)) => Some(alone),
                (_, None) => None,
            };
            (start, date.map(|date| Due { date, kind }))
        })
}

/// Hours from the smallest positive number to the largest the app takes.
fn edge_hours() -> impl Strategy<Value = PositiveHours> {
    prop_oneof![
        3 => any_hours(),
        1 => Just(hours_of(MAX_HOURS)),
        1 => Just(hours_of(f64::MIN_POSITIVE)),
        1 => Just(hours_of(1e-9)),
        1 => Just(hours_of(0.1 + 0.2)),
    ]
}

fn hours_of(value: f64) -> PositiveHours {
    PositiveHours::new(value).expect("a positive number of hours")
}

/// A weekly capacity, including none, zero, a whole week and a sliver.
fn odd_capacity() -> impl Strategy<Value = Option<WeeklyHours>> {
    let weekly = |h: f64| Some(WeeklyHours::new(h).expect("within a week"));
    prop_oneof![
        2 => Just(None),
        1 => Just(weekly(0.0)),
        1 => Just(weekly(168.0)),
        1 => Just(weekly(f64::MIN_POSITIVE)),
        1 => Just(weekly(167.999_999_999)),
        3 => any_weekly().prop_map(Some),
    ]
}

/// Anyone, "me" included, with an odd capacity and time off of any length.
fn edge_person(id: impl Strategy<Value = PersonId>) -> impl Strategy<Value = Person> {
    (
        id,
        any_name(),
        select(Role::ALL.to_vec()),
        odd_capacity(),
        any::<u8>(),
        proptest::collection::vec((near_date(), 0i64..30), 0..3),
    )
        .prop_map(|(id, name, role, weekly_capacity, days, off)| Person {
            id,
            name,
            role,
            weekly_capacity,
            working_days: working_days(days),
            time_off: off
                .into_iter()
                .map(|(from, len)| DateRange::new(from, after(from, len)).expect("ordered"))
                .collect(),
        })
}

fn working_days(bits: u8) -> WorkingDays {
    use chrono::Weekday::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .enumerate()
        .filter(|(index, _)| bits & (1 << index) != 0)
        .fold(WorkingDays::NONE, |days, (_, day)| days.with(day))
}

/// Work of every kind, with a recurring end close to the start.
fn edge_effort() -> impl Strategy<Value = Effort> {
    prop_oneof![
        edge_hours().prop_map(|estimate_hours| Effort::OneOff { estimate_hours }),
        (
            prop_oneof![
                any_weekly().prop_filter("positive", |h| h.get() > 0.0),
                Just(WeeklyHours::new(168.0).unwrap())
            ],
            proptest::option::of(near_date())
        )
            .prop_map(|(hours_per_week, until)| Effort::Recurring { hours_per_week, until }),
        Just(Effort::Unestimated),
    ]
}

/// The form's fields, with an owner who may not carry work or not exist, and a party
/// who may not exist.
fn any_fields(plan: &Plan) -> impl Strategy<Value = CommitmentFields> {
    let people = person_ids(plan);
    let carriers: Vec<PersonId> =
        plan.people.iter().filter(|p| p.carries_work()).map(|p| p.id).collect();
    let owner = prop_oneof![3 => select(carriers), 1 => select(people.clone())];
    (
        (any_title(), any_text(200), owner),
        (proptest::option::of(any_party(people)), edge_effort(), start_and_due()),
        (any::<(bool, bool)>(), proptest::collection::vec("[a-z0-9#-]{1,12}", 0..3)),
    )
        .prop_map(
            |(
                (title, notes, owner),
                (requested_by, effort, (start, due)),
                ((important, urgent), tags),
            )| {
                CommitmentFields {
                    title,
                    notes: Notes::parse(&notes).expect("short"),
                    owner,
                    requested_by,
                    effort,
                    start,
                    due,
                    important,
                    urgent,
                    tags: tags.iter().map(|t| Tag::parse(t).expect("no spaces")).collect(),
                }
            },
        )
}

/// A review decision with its new due date near the commitment's dates.
fn any_decision_near(people: Vec<PersonId>) -> impl Strategy<Value = Decision> {
    prop_oneof![
        Just(Decision::Keep),
        Just(Decision::Done),
        near_date().prop_map(|new_due| Decision::Defer { new_due }),
        near_date().prop_map(|new_due| Decision::Renegotiate { new_due }),
        select(people).prop_map(|to| Decision::Delegate { to }),
        any_text(40).prop_map(|reason| Decision::Drop { reason: Notes::parse(&reason).unwrap() }),
    ]
}

/// Any number a form could turn typed text into: NaN, infinities, zero of either
/// sign, negatives, the largest and the tiniest, each field's bounds and their
/// neighbours, and ordinary values.
pub fn any_number() -> impl Strategy<Value = f64> {
    let mut edges = vec![
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        "1e400".parse::<f64>().expect("infinity"),
        0.0,
        -0.0,
        -5.0,
        2000.0,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        1e15,
        f64::from(u32::MAX) + 1.0,
    ];
    for field in SettingField::ALL {
        let SettingBounds { min, max, .. } = field.bounds();
        edges.extend([min, max, min - 1.0, max + 1.0, min + 0.5, max - 0.5]);
        edges.extend([next_down(min), next_up(max)]);
    }
    prop_oneof![
        2 => any::<f64>(),
        2 => select(edges),
        3 => -10.0f64..1100.0,
        3 => (-10i64..1100).prop_map(|n| n as f64),
    ]
}

fn next_up(x: f64) -> f64 {
    if x == 0.0 {
        f64::from_bits(1)
    } else {
        f64::from_bits(if x > 0.0 { x.to_bits() + 1 } else { x.to_bits() - 1 })
    }
}

fn next_down(x: f64) -> f64 {
    -next_up(-x)
}

/// A number within the field's bounds (whole where it counts), which the thresholds'
/// order may still refuse.
fn within(field: SettingField) -> BoxedStrategy<f64> {
    let SettingBounds { min, max, kind } = field.bounds();
    match kind {
        NumberKind::Whole => (min as i64..=max as i64).prop_map(|n| n as f64).boxed(),
        NumberKind::Decimal => (min..=max).boxed(),
    }
}

/// Puts a number into settings as it is, the way a careless form would: a whole
/// field takes it cast (NaN to 0, infinity and anything huge to `u32::MAX`, `5.5`
/// to 5), a decimal field takes it unchanged.
pub fn set_raw(settings: &mut Settings, field: SettingField, value: f64) {
    let whole = value as u32;
    match field {
        SettingField::FullPercent => settings.thresholds.full_percent = value,
        SettingField::OverPercent => settings.thresholds.over_percent = value,
        SettingField::CriticalPercent => settings.thresholds.critical_percent = value,
        SettingField::WipLimit => settings.wip_limit = whole,
        SettingField::HorizonWeeks => settings.horizon_weeks = whole,
        SettingField::StaleWeeks => settings.stale_weeks = whole,
        SettingField::WaitingNudgeDays => settings.waiting_nudge_days = whole,
        SettingField::UrgentWindowDays => settings.urgent_window_days = whole,
        SettingField::CalibrationFactor => settings.calibration.manual_factor = value,
    }
}

/// New settings: the current ones with one number changed, as the form saves them
/// (through `Settings::with_field` when it accepts the number, as it is when it does
/// not), or with every number drawn anew; the other choices at random.
pub fn any_settings_change(current: &Settings) -> impl Strategy<Value = Settings> {
    let current = current.clone();
    let one = select(SettingField::ALL.to_vec())
        .prop_flat_map(|field| (Just(field), prop_oneof![any_number(), within(field)]))
        .prop_map(Some);
    let every = Just(None);
    (
        prop_oneof![3 => one, 1 => every],
        proptest::collection::vec(any_number(), SettingField::ALL.len()),
        (any::<bool>(), any::<bool>(), select(vec![Theme::Light, Theme::Dark, Theme::System])),
    )
        .prop_map(move |(change, numbers, (learned, fr, theme))| {
            let mut settings = match change {
                Some((field, value)) => current.with_field(field, value).unwrap_or_else(|_| {
                    let mut settings = current.clone();
                    set_raw(&mut settings, field, value);
                    settings
                }),
                None => {
                    let mut settings = current.clone();
                    for (field, value) in SettingField::ALL.into_iter().zip(numbers) {
                        set_raw(&mut settings, field, value);
                    }
                    settings
                }
            };
            settings.calibration.mode =
                if learned { CalibrationMode::Learned } else { CalibrationMode::Manual };
            settings.language = if fr { Language::Fr } else { Language::En };
            settings.theme = theme;
            settings
        })
}

/// How many commands of each kind were accepted and refused.
#[derive(Default)]
pub struct Tally(RefCell<BTreeMap<Kind, (u32, u32)>>);

impl Tally {
    pub fn record(&self, kind: Kind, accepted: bool) {
        let mut counts = self.0.borrow_mut();
        let entry = counts.entry(kind).or_default();
        if accepted {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }

    pub fn counts(&self, kind: Kind) -> (u32, u32) {
        self.0.borrow().get(&kind).copied().unwrap_or_default()
    }

    /// The kinds accepted or refused fewer times than the floors.
    pub fn below(&self, accepted: u32, refused: u32) -> Vec<Kind> {
        Kind::ALL
            .iter()
            .copied()
            .filter(|kind| {
                let (a, r) = self.counts(*kind);
                a < accepted || r < refused
            })
            .collect()
    }
}

impl fmt::Display for Tally {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{:<18} {:>8} {:>8}", "command", "accepted", "refused")?;
        for kind in Kind::ALL {
            let (accepted, refused) = self.counts(*kind);
            writeln!(f, "{:<18} {accepted:>8} {refused:>8}", format!("{kind:?}"))?;
        }
        Ok(())
    }
}

/// A fixed moment for the envelope: the plan is what is compared.
pub fn saved_at() -> DateTime<chrono::Utc> {
    super::at(2026, 11, 25, 9)
}
