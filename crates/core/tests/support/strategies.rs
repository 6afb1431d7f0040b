//! Strategies that generate valid plans of every shape, for property tests.
#![allow(dead_code)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use plateful_core::*;
use proptest::prelude::*;
use proptest::sample::select;

pub fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..4000).prop_map(|days| super::date(2024, 1, 1) + Duration::days(days))
}

pub fn any_timestamp() -> impl Strategy<Value = DateTime<Utc>> {
    (1_600_000_000i64..1_900_000_000, 0u32..1_000_000_000)
        .prop_map(|(secs, nanos)| Utc.timestamp_opt(secs, nanos).single().expect("in range"))
}

/// Any text, including markup, quotes, accents, emoji and control characters.
pub fn any_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..max).prop_map(|chars| chars.into_iter().collect())
}

pub fn any_title() -> impl Strategy<Value = Title> {
    any_text(60).prop_filter_map("needs a visible character", |text| Title::parse(&text).ok())
}

pub fn any_name() -> impl Strategy<Value = PersonName> {
    any_text(30).prop_filter_map("needs a visible character", |text| PersonName::parse(&text).ok())
}

pub fn any_hours() -> impl Strategy<Value = PositiveHours> {
    (0.001f64..5000.0).prop_map(|h| PositiveHours::new(h).expect("in range"))
}

pub fn any_weekly() -> impl Strategy<Value = WeeklyHours> {
    (0.0f64..=168.0).prop_map(|h| WeeklyHours::new(h).expect("in range"))
}

pub fn any_id<T: 'static + std::fmt::Debug>(make: fn([u8; 16]) -> T) -> impl Strategy<Value = T> {
    any::<[u8; 16]>().prop_map(make)
}

pub fn any_person(role: Role) -> impl Strategy<Value = Person> {
    (
        any_id(PersonId::from_random_bytes),
        any_name(),
        proptest::option::of(any_weekly()),
        any::<u8>(),
        proptest::collection::vec((any_date(), 0i64..30), 0..3),
    )
        .prop_map(move |(id, name, capacity, days, off)| Person {
            id,
            name,
            role,
            weekly_capacity: if role == Role::Me {
                capacity.or(role.default_capacity())
            } else {
                capacity
            },
            working_days: chrono_days(days),
            time_off: off
                .into_iter()
                .map(|(from, len)| {
                    DateRange::new(from, from + Duration::days(len)).expect("ordered")
                })
                .collect(),
        })
}

fn chrono_days(bits: u8) -> WorkingDays {
    use chrono::Weekday::*;
    [Mon, Tue, Wed, Thu, Fri, Sat, Sun]
        .into_iter()
        .enumerate()
        .filter(|(index, _)| bits & (1 << index) != 0)
        .fold(WorkingDays::NONE, |days, (_, day)| days.with(day))
}

pub fn any_people() -> impl Strategy<Value = Vec<Person>> {
    (
        any_person(Role::Me),
        proptest::collection::vec(
            select(vec![Role::Report, Role::Peer, Role::Stakeholder]).prop_flat_map(any_person),
            0..5,
        ),
    )
        .prop_map(|(me, others)| {
            let mut people = vec![me];
            for person in others {
                if people.iter().all(|p| p.id != person.id) {
                    people.push(person);
                }
            }
            people
        })
}

pub fn any_effort() -> impl Strategy<Value = Effort> {
    prop_oneof![
        any_hours().prop_map(|estimate_hours| Effort::OneOff { estimate_hours }),
        (any_weekly().prop_filter("positive", |h| h.get() > 0.0), proptest::option::of(any_date()))
            .prop_map(|(hours_per_week, until)| Effort::Recurring { hours_per_week, until }),
        Just(Effort::Unestimated),
    ]
}

pub fn any_party(people: Vec<PersonId>) -> impl Strategy<Value = Party> {
    prop_oneof![
        select(people).prop_map(Party::Person),
        any_text(40).prop_filter_map("visible", |t| Source::parse(&t).ok()).prop_map(Party::Text),
    ]
}

pub fn any_status(people: Vec<PersonId>) -> impl Strategy<Value = Status> {
    prop_oneof![
        Just(Status::Proposed),
        Just(Status::Active),
        (any_party(people), any_date(), proptest::option::of(any_date())).prop_map(
            |(on, since, last_follow_up)| Status::Waiting(Waiting { on, since, last_follow_up })
        ),
        Just(Status::Someday),
        any_date().prop_map(|on| Status::Done { on }),
        (any_date(), any_text(50), any::<bool>()).prop_map(|(on, reason, declined)| {
            Status::Dropped { on, reason: Notes::parse(&reason).expect("short"), declined }
        }),
    ]
}

pub fn any_commitment(people: &[Person]) -> impl Strategy<Value = Commitment> {
    let everyone: Vec<PersonId> = people.iter().map(|p| p.id).collect();
    let owners: Vec<PersonId> = people.iter().filter(|p| p.carries_work()).map(|p| p.id).collect();
    (
        (any_id(CommitmentId::from_random_bytes), any_title(), any_text(200), select(owners)),
        (
            proptest::option::of(any_party(everyone.clone())),
            any_status(everyone.clone()),
            any_effort(),
        ),
        (any_date(), 0i64..200, any::<(bool, bool, bool, bool)>()),
        (
            proptest::collection::vec("[a-z0-9#-]{1,12}", 0..3),
            proptest::option::of(select(everyone)),
            any_timestamp(),
            proptest::collection::vec((any_date(), any_hours(), any_text(30)), 0..4),
        ),
    )
        .prop_map(
            |(
                (id, title, notes, owner),
                (requested_by, status, effort),
                (start, span, flags),
                (tags, delegated_by, created_at, progress),
            )| {
                let (has_start, hard, important, urgent) = flags;
                let due_date = start + Duration::days(span);
                let effort = match effort {
                    Effort::Recurring { hours_per_week, until } => Effort::Recurring {
                        hours_per_week,
                        until: until.map(|until| until.max(start)),
                    },
                    other => other,
                };
                Commitment {
                    id,
                    title,
                    notes: Notes::parse(&notes).expect("short"),
                    owner,
                    requested_by,
                    status,
                    effort,
                    start: has_start.then_some(start),
                    due: (span % 3 != 0).then_some(Due {
                        date: due_date,
                        kind: if hard { DueKind::Hard } else { DueKind::Soft },
                    }),
                    important,
                    urgent,
                    tags: tags.iter().map(|t| Tag::parse(t).expect("no spaces")).collect(),
                    delegated_by,
                    created_at,
                    updated_at: created_at + Duration::minutes(span),
                    progress: progress
                        .into_iter()
                        .map(|(date, hours, note)| ProgressEntry {
                            date,
                            hours,
                            note: Notes::parse(&note).expect("short"),
                        })
                        .collect(),
                }
            },
        )
}

/// Valid settings anywhere within their bounds, thresholds strictly in order.
pub fn any_settings() -> impl Strategy<Value = Settings> {
    (
        4u32..=52,
        (1.0f64..100.0, 0.001f64..50.0, 0.001f64..50.0),
        1u32..=100,
        (any::<bool>(), 0.5f64..=5.0),
        (1u32..=52, 1u32..=90, 0u32..=60),
        any::<(bool, u8)>(),
    )
        .prop_map(
            |(
                horizon_weeks,
                (full, over, critical),
                wip_limit,
                (learned, factor),
                (stale_weeks, waiting_nudge_days, urgent_window_days),
                (fr, theme),
            )| Settings {
                week_start: DayName::Mon,
                horizon_weeks,
                thresholds: Thresholds {
                    full_percent: full,
                    over_percent: full + over,
                    critical_percent: full + over + critical,
                },
                wip_limit,
                calibration: Calibration {
                    mode: if learned { CalibrationMode::Learned } else { CalibrationMode::Manual },
                    manual_factor: factor,
                },
                stale_weeks,
                waiting_nudge_days,
                urgent_window_days,
                language: if fr { Language::Fr } else { Language::En },
                theme: [Theme::Light, Theme::Dark, Theme::System][usize::from(theme % 3)],
            },
        )
}

pub fn any_decision(people: Vec<PersonId>) -> impl Strategy<Value = Decision> {
    prop_oneof![
        Just(Decision::Keep),
        Just(Decision::Done),
        any_date().prop_map(|new_due| Decision::Defer { new_due }),
        any_date().prop_map(|new_due| Decision::Renegotiate { new_due }),
        select(people).prop_map(|to| Decision::Delegate { to }),
        any_text(40).prop_map(|reason| Decision::Drop { reason: Notes::parse(&reason).unwrap() }),
    ]
}

pub fn any_review(
    people: Vec<PersonId>,
    commitments: Vec<CommitmentId>,
) -> impl Strategy<Value = Review> {
    let some =
        move || proptest::sample::subsequence(commitments.clone(), 0..=commitments.len().min(3));
    (
        (any_id(ReviewId::from_random_bytes), any_date(), any_timestamp()),
        proptest::collection::vec((0.0f64..40.0, any_decision(people)), 0..4),
        (some(), some(), some()),
        (any_text(30), any_text(30), any_text(30), proptest::option::of(1i64..=5)),
        proptest::collection::vec((0.0f64..60.0, 0.0f64..90.0), 0..=4),
        proptest::option::of(0.0f64..30.0),
    )
        .prop_map(
            |(
                (id, week, completed_at),
                entries,
                (followed_up, triaged, big_rocks),
                (well, slipped, change, pulse),
                snapshot,
                accepted,
            )| {
                let ids = followed_up.clone();
                Review {
                    id,
                    week,
                    completed_at,
                    entries: entries
                        .into_iter()
                        .zip(ids.iter().cycle())
                        .map(|((hours, decision), commitment)| ReviewEntry {
                            commitment: *commitment,
                            hours_logged: WeeklyHours::new(hours).unwrap(),
                            decision,
                        })
                        .collect(),
                    followed_up,
                    triaged,
                    big_rocks,
                    reflection: Reflection {
                        went_well: Notes::parse(&well).unwrap(),
                        slipped: Notes::parse(&slipped).unwrap(),
                        to_change: Notes::parse(&change).unwrap(),
                    },
                    pulse: pulse.map(|p| Pulse::new(p).unwrap()),
                    snapshot: snapshot
                        .into_iter()
                        .enumerate()
                        .map(|(index, (capacity, load))| WeekSnapshot {
                            week: week + Duration::weeks(index as i64 + 1),
                            capacity: Hours::new(capacity).unwrap(),
                            load: Hours::new(load).unwrap(),
                        })
                        .collect(),
                    accepted_overload_hours: accepted.map(|h| Hours::new(h).unwrap()),
                }
            },
        )
}

/// The tombstone of a commitment deleted at any time.
pub fn any_tombstone() -> impl Strategy<Value = Tombstone> {
    (any_id(CommitmentId::from_random_bytes), any_timestamp())
        .prop_map(|(id, deleted_at)| Tombstone { id, deleted_at })
}

pub fn any_plan() -> impl Strategy<Value = Plan> {
    (any_people(), any_settings()).prop_flat_map(|(people, settings)| {
        let commitments = proptest::collection::vec(any_commitment(&people), 0..12);
        (Just(people), commitments, Just(settings)).prop_flat_map(
            |(people, commitments, settings)| {
                let mut unique: Vec<Commitment> = Vec::new();
                for commitment in commitments {
                    if unique.iter().all(|c| c.id != commitment.id) {
                        unique.push(commitment);
                    }
                }
                let ids: Vec<CommitmentId> = unique.iter().map(|c| c.id).collect();
                let person_ids: Vec<PersonId> = people.iter().map(|p| p.id).collect();
                let rocks = proptest::collection::vec(
                    (0i64..5, proptest::sample::subsequence(ids.clone(), 0..=ids.len().min(3))),
                    0..3,
                );
                let reviews = proptest::collection::vec(any_review(person_ids, ids), 0..3);
                let tombstones = proptest::collection::vec(any_tombstone(), 0..4);
                (Just(people), Just(unique), Just(settings), rocks, reviews, tombstones).prop_map(
                    |(people, commitments, settings, rocks, reviews, tombstones)| {
                        let mut big_rocks: Vec<WeekRocks> = Vec::new();
                        for (offset, chosen) in rocks {
                            let week = super::date(2026, 11, 23) + Duration::weeks(offset);
                            if !chosen.is_empty() && big_rocks.iter().all(|r| r.week != week) {
                                big_rocks.push(WeekRocks { week, commitments: chosen });
                            }
                        }
                        let mut unique_reviews: Vec<Review> = Vec::new();
                        for review in reviews {
                            if unique_reviews.iter().all(|r| r.id != review.id) {
                                unique_reviews.push(review);
                            }
                        }
                        let mut unique_tombstones: Vec<Tombstone> = Vec::new();
                        for tombstone in tombstones {
                            if commitments.iter().all(|c| c.id != tombstone.id)
                                && unique_tombstones.iter().all(|t| t.id != tombstone.id)
                            {
                                unique_tombstones.push(tombstone);
                            }
                        }
                        Plan {
                            people,
                            commitments,
                            settings,
                            big_rocks,
                            reviews: unique_reviews,
                            tombstones: unique_tombstones,
                        }
                    },
                )
            },
        )
    })
}

/// Two copies of one plan that went separate ways: on each side, some commitments
/// changed and some deleted, each at any time.
pub fn related_plans() -> impl Strategy<Value = (Plan, Plan)> {
    let change = (any::<bool>(), any::<prop::sample::Index>(), any::<bool>(), any_timestamp());
    (any_plan(), proptest::collection::vec(change, 0..10)).prop_map(|(base, changes)| {
        let mut sides = [base.clone(), base];
        for (side, pick, delete, at) in changes {
            let plan = &mut sides[usize::from(side)];
            if plan.commitments.is_empty() {
                continue;
            }
            let id = plan.commitments[pick.index(plan.commitments.len())].id;
            let command = if delete {
                Command::DeleteCommitment { id, at }
            } else {
                Command::SetFlags { id, important: true, urgent: false, at }
            };
            plan.apply(command).expect("the commitment exists");
        }
        let [current, incoming] = sides;
        (current, incoming)
    })
}

/// A day around the generated plans' dates, to assess them on.
pub fn any_today() -> impl Strategy<Value = NaiveDate> {
    (0i64..1500).prop_map(|days| super::date(2024, 6, 1) + Duration::days(days))
}

/// A plan whose work is active, so that it loads people, with reports to delegate to.
pub fn busy_plan() -> impl Strategy<Value = Plan> {
    (any_plan(), proptest::collection::vec(0.0f64..=60.0, 1..4)).prop_map(
        |(mut plan, capacities)| {
            for (n, capacity) in capacities.into_iter().enumerate() {
                let mut person = super::report(50 + n as u8, &format!("Report {n}"));
                person.weekly_capacity = Some(WeeklyHours::new(capacity).unwrap());
                plan.people.push(person);
            }
            let me = plan.me().unwrap().id;
            for (n, commitment) in plan.commitments.iter_mut().enumerate() {
                if n % 3 != 2 {
                    commitment.status = Status::Active;
                    commitment.owner = me;
                    commitment.delegated_by = None;
                }
            }
            plan
        },
    )
}

/// A busy plan, a day, and a valid request in it (see [`with_request`]).
pub fn plan_with_request() -> impl Strategy<Value = (Plan, NaiveDate, Commitment)> {
    with_request((busy_plan(), any_today()))
}

/// A crowded plan around a day, and a valid request in it (see [`with_request`]): me
/// and up to two reports, each with up to a week off, and a handful of commitments
/// that start and are due within weeks of the day, so that weeks are often Full or
/// Over and deadlines tight: where counter-offers and relief have work to do.
pub fn crowded_plan_with_request() -> impl Strategy<Value = (Plan, NaiveDate, Commitment)> {
    let person = || (20.0f64..=40.0, proptest::option::of((0i64..40, 0i64..7)));
    let commitment = || {
        (
            (0usize..3, 0u8..10, 1.0f64..50.0, 1.0f64..12.0),
            (proptest::option::of(-5i64..20), proptest::option::of(-3i64..50), any::<bool>()),
            (proptest::option::of(0i64..60), 0u8..10),
        )
    };
    let plan = (
        any_today(),
        proptest::option::of((0i64..40, 0i64..7)),
        proptest::collection::vec(person(), 0..3),
        proptest::collection::vec(commitment(), 1..9),
    )
        .prop_map(|(today, my_time_off, reports, commitments)| {
            let off = |range: Option<(i64, i64)>| -> Vec<DateRange> {
                range
                    .map(|(from, len)| {
                        let from = today + Duration::days(from);
                        DateRange::new(from, from + Duration::days(len)).unwrap()
                    })
                    .into_iter()
                    .collect()
            };
            let mut me = super::me();
            me.time_off = off(my_time_off);
            let mut plan = Plan::new(me);
            for (n, (capacity, time_off)) in reports.into_iter().enumerate() {
                let mut person = super::report(10 + n as u8, &format!("Report {n}"));
                person.weekly_capacity = Some(WeeklyHours::new(capacity).unwrap());
                person.time_off = off(time_off);
                plan.people.push(person);
            }
            for (n, ((owner, kind, hours, weekly), (start, due, hard), (until, status))) in
                commitments.into_iter().enumerate()
            {
                let start = start.map(|days| today + Duration::days(days));
                let effort = if kind < 7 {
                    Effort::OneOff { estimate_hours: PositiveHours::new(hours).unwrap() }
                } else {
                    Effort::Recurring {
                        hours_per_week: WeeklyHours::new(weekly).unwrap(),
                        until: until.map(|days| start.unwrap_or(today) + Duration::days(days)),
                    }
                };
                let mut fields = super::fields(&format!("Work {n}"), effort);
                fields.owner = plan.people[owner % plan.people.len()].id;
                fields.start = start;
                fields.due = due.map(|days| Due {
                    date: (today + Duration::days(days)).max(start.unwrap_or(NaiveDate::MIN)),
                    kind: if hard { DueKind::Hard } else { DueKind::Soft },
                });
                let status = match status {
                    0 => Status::Proposed,
                    1 => Status::Waiting(Waiting {
                        on: Party::Person(plan.people[0].id),
                        since: today,
                        last_follow_up: None,
                    }),
                    _ => Status::Active,
                };
                let id = CommitmentId::from_random_bytes([n as u8 + 1; 16]);
                plan.commitments.push(Commitment::new(
                    id,
                    fields,
                    status,
                    super::at(2024, 5, 1, 9),
                ));
            }
            (plan, today)
        });
    with_request(plan)
}

/// A valid request in the plan of `plan` (with its day): new, or in place of a
/// commitment of the plan (in the inbox, or already counted, as when editing); owned
/// by anyone who carries work; a one-off, recurring work or unestimated; with or
/// without a start and a due date around the day.
pub fn with_request(
    plan: impl Strategy<Value = (Plan, NaiveDate)>,
) -> impl Strategy<Value = (Plan, NaiveDate, Commitment)> {
    plan.prop_flat_map(|(plan, today)| {
        let owners: Vec<PersonId> =
            plan.people.iter().filter(|p| p.carries_work()).map(|p| p.id).collect();
        let effort = prop_oneof![
            4 => (0.25f64..60.0).prop_map(|h| Effort::OneOff {
                estimate_hours: PositiveHours::new(h).unwrap()
            }),
            2 => (0.5f64..30.0, proptest::option::of(0i64..90)).prop_map(|(h, until)| {
                Effort::Recurring {
                    hours_per_week: WeeklyHours::new(h).unwrap(),
                    // Days after the start (or today): made a date below.
                    until: until.map(|days| NaiveDate::MIN + Duration::days(days)),
                }
            }),
            1 => Just(Effort::Unestimated),
        ];
        (
            Just(plan),
            Just(today),
            select(owners),
            effort,
            (proptest::option::of(-10i64..40), proptest::option::of(-5i64..90), any::<bool>()),
            (proptest::option::of(any::<proptest::sample::Index>()), any::<bool>()),
        )
    })
    .prop_map(|(mut plan, today, owner, effort, (start, due, hard), (replace, counted))| {
        let start = start.map(|days| today + Duration::days(days));
        let due = due.map(|days| {
            let date = today + Duration::days(days);
            Due {
                date: start.map_or(date, |start| date.max(start)),
                kind: if hard { DueKind::Hard } else { DueKind::Soft },
            }
        });
        let effort = match effort {
            Effort::Recurring { hours_per_week, until } => Effort::Recurring {
                hours_per_week,
                until: until.map(|u| start.unwrap_or(today) + (u - NaiveDate::MIN)),
            },
            other => other,
        };
        let id = match replace.filter(|_| !plan.commitments.is_empty()) {
            Some(index) => {
                let count = plan.commitments.len();
                let existing = &mut plan.commitments[index.index(count)];
                // In the inbox, or (as when editing) already counted as load.
                existing.status = if counted { Status::Active } else { Status::Proposed };
                existing.id
            }
            None => CommitmentId::from_random_bytes([0xEE; 16]),
        };
        let mut fields = super::fields("The request", effort);
        fields.owner = owner;
        fields.start = start;
        fields.due = due;
        let request = Commitment::new(id, fields, Status::Proposed, super::at(2024, 5, 1, 9));
        (plan, today, request)
    })
}
