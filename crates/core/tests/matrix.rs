//! Priorities (SPEC 3): the Eisenhower matrix (which of my commitments sit in each
//! quadrant, and what moving one takes when its due date keeps it urgent) and this
//! week's big rocks. Monday 30 November 2026; the urgent window is 7 days, so a due
//! date up to Monday 7 December is urgent and 8 December is the first that is not.

mod support;

use plateful_core::priorities::{
    cells, first_day_not_urgent, matrix_quadrant, neighbour, plan_move, quadrant, BigRockChoice,
    Direction, Layout, Move, Quadrant,
};
use plateful_core::*;
use proptest::prelude::*;
use support::golden::*;
use support::*;

fn render(m: Move) -> String {
    let flags = |important: bool, urgent: bool| {
        format!("{}{}", if important { "I" } else { "-" }, if urgent { "U" } else { "-" })
    };
    match m {
        Move::Flags { important, urgent } => format!("flags {}", flags(important, urgent)),
        Move::NeedsLaterDue { earliest, due_kind, important, urgent, off_big_rocks } => {
            let off = off_big_rocks.map(|week| format!(", off the rocks of {week}"));
            format!(
                "due {earliest} ({due_kind:?}), flags {}{}",
                flags(important, urgent),
                off.unwrap_or_default()
            )
        }
        Move::NeedsOffBigRocks { week, important, urgent } => {
            format!("off the rocks of {week}, flags {}", flags(important, urgent))
        }
    }
}

#[test]
fn the_first_day_a_due_date_is_not_urgent_follows_the_window() {
    let mut settings = Settings::default();
    assert_eq!(first_day_not_urgent(monday(), &settings), day(8));
    settings.urgent_window_days = 0;
    assert_eq!(first_day_not_urgent(monday(), &settings), day(1));
}

/// Every due date the brief names, for every target quadrant.
#[test]
fn a_move_out_of_the_urgent_quadrants_asks_for_a_due_date_past_the_window() {
    let mut s = Scenario::new();
    let c = s.one_off("Slides", 4.0);
    c.important = true;
    c.urgent = true;
    let cases: [(&str, Option<Due>); 7] = [
        ("no due date", None),
        ("overdue", due(-3, DueKind::Hard)),
        ("due today", due(0, DueKind::Soft)),
        ("within the window", due(3, DueKind::Soft)),
        ("on the window's edge", due(7, DueKind::Hard)),
        ("the day after it", due(8, DueKind::Soft)),
        ("well after it", due(20, DueKind::Soft)),
    ];
    let mut lines = Vec::new();
    for (name, due) in cases {
        let mut c = s.plan.commitments[0].clone();
        c.due = due;
        let moves: Vec<String> = Quadrant::ALL
            .into_iter()
            .map(|to| format!("{}: {}", to.as_str(), render(plan_move(&s.plan, &c, to, monday()))))
            .collect();
        lines.push(format!("{name}: {}", moves.join("; ")));
    }
    assert_eq!(
        lines,
        [
            "no due date: do: flags IU; schedule: flags I-; delegate: flags -U; drop: flags --",
            "overdue: do: flags IU; schedule: due 2026-12-08 (Hard), flags I-; delegate: flags -U; drop: due 2026-12-08 (Hard), flags --",
            "due today: do: flags IU; schedule: due 2026-12-08 (Soft), flags I-; delegate: flags -U; drop: due 2026-12-08 (Soft), flags --",
            "within the window: do: flags IU; schedule: due 2026-12-08 (Soft), flags I-; delegate: flags -U; drop: due 2026-12-08 (Soft), flags --",
            "on the window's edge: do: flags IU; schedule: due 2026-12-08 (Hard), flags I-; delegate: flags -U; drop: due 2026-12-08 (Hard), flags --",
            "the day after it: do: flags IU; schedule: flags I-; delegate: flags -U; drop: flags --",
            "well after it: do: flags IU; schedule: flags I-; delegate: flags -U; drop: flags --",
        ]
    );
}

#[test]
fn a_move_carried_out_lands_where_it_was_asked_in_one_change() {
    let mut s = Scenario::new();
    let c = s.one_off("Slides", 4.0);
    c.due = due(2, DueKind::Hard);
    c.important = true;
    let id = c.id;
    // In Do by its due date alone; the flags cannot take it to Schedule.
    let today = monday();
    assert_eq!(quadrant(&s.plan.commitments[0], today, &s.plan.settings), Quadrant::Do);
    let mut by_flags = s.plan.clone();
    by_flags
        .apply(Command::SetFlags { id, important: true, urgent: false, at: at(2026, 11, 30, 9) })
        .unwrap();
    assert_eq!(quadrant(&by_flags.commitments[0], today, &s.plan.settings), Quadrant::Do);
    // The move says what it takes, and its commands do it, keeping the date hard.
    let m = plan_move(&s.plan, &s.plan.commitments[0], Quadrant::Schedule, today);
    assert!(!m.is_direct());
    let mut plan = s.plan.clone();
    plan.apply_all(m.commands(&s.plan, id, at(2026, 11, 30, 9))).unwrap();
    let moved = plan.commitment(id).unwrap();
    assert_eq!(quadrant(moved, today, &plan.settings), Quadrant::Schedule);
    assert_eq!(moved.due, due(8, DueKind::Hard));
}

type Case = ((Option<i64>, Option<i64>), (bool, bool, bool), u32, usize);

fn any_case() -> impl Strategy<Value = Case> {
    (
        (prop::option::of(-20i64..40), prop::option::of(-20i64..40)),
        (any::<bool>(), any::<bool>(), any::<bool>()),
        0u32..=60,
        0usize..4,
    )
}

proptest! {
    /// Whatever the dates, flags, window and big rocks, carrying out a move puts the
    /// commitment in the quadrant the matrix shows it in, and asks for more than flags
    /// only when flags are not enough.
    #[test]
    fn every_move_lands_in_its_quadrant(
        ((due_offset, start_offset), (important, urgent, rock), window, target) in any_case()
    ) {
        let mut s = Scenario::new();
        s.plan.settings.urgent_window_days = window;
        let c = s.one_off("Work", 4.0);
        c.important = important;
        c.urgent = urgent;
        c.due = due_offset.and_then(|offset| due(offset, DueKind::Soft));
        c.start = start_offset.map(day).filter(|start| c.due.is_none_or(|due| *start <= due.date));
        let id = c.id;
        let other = s.one_off("Other rock", 2.0).id;
        if rock {
            s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![other, id] }];
        }
        let to = Quadrant::ALL[target];
        let m = plan_move(&s.plan, &s.plan.commitments[0], to, day(2));
        let mut plan = s.plan.clone();
        prop_assert!(plan.apply_all(m.commands(&s.plan, id, at(2026, 12, 2, 9))).is_ok());
        let moved = plan.commitment(id).unwrap();
        prop_assert_eq!(matrix_quadrant(&plan, moved, day(2)), to);
        // Only the moved commitment leaves the big rocks.
        let rocks_after = plan.big_rocks_of(monday());
        prop_assert!(!rock || rocks_after.contains(&other));
        let mut flagged = s.plan.commitments[0].clone();
        (flagged.important, flagged.urgent) = to.flags();
        prop_assert_eq!(m.is_direct(), matrix_quadrant(&s.plan, &flagged, day(2)) == to);
    }
}

#[test]
fn the_matrix_holds_my_open_work_by_quadrant_by_due_date_then_title() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0);
    let c = s.one_off("Budget", 2.0);
    c.important = true;
    c.due = due(5, DueKind::Hard);
    let c = s.one_off("Appraisals", 2.0);
    c.important = true;
    c.urgent = true;
    let c = s.one_off("Roadmap", 8.0);
    c.important = true;
    c.due = due(30, DueKind::Soft);
    let c = s.one_off("Strategy", 8.0);
    c.important = true;
    c.status = Status::Someday;
    let c = s.request("Expenses", one_off(1.0));
    c.due = due(1, DueKind::Soft);
    s.one_off("Tidy the wiki", 1.0);
    let c = s.one_off("Alice's", 1.0);
    c.owner = person_id(2);
    let c = s.one_off("Shipped", 1.0);
    c.important = true;
    c.status = Status::Done { on: day(-1) };
    s.check();
    let rendered: Vec<String> = cells(&s.plan, monday())
        .iter()
        .map(|cell| {
            let titles: Vec<&str> = cell.commitments.iter().map(|c| c.title.as_str()).collect();
            format!("{}: {}", cell.quadrant.as_str(), titles.join(", "))
        })
        .collect();
    assert_eq!(
        rendered,
        [
            "do: Budget, Appraisals",
            "schedule: Roadmap, Strategy",
            "delegate: Expenses",
            "drop: Tidy the wiki",
        ]
    );
}

#[test]
fn big_rocks_are_chosen_among_my_active_and_waiting_work_and_a_chosen_one_stays_listed() {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0);
    let c = s.one_off("Hiring plan", 4.0);
    c.due = due(4, DueKind::Soft);
    let hiring = c.id;
    let c = s.one_off("Budget", 4.0);
    c.due = due(2, DueKind::Soft);
    let budget = c.id;
    let c = s.one_off("Waiting on finance", 2.0);
    c.status = Status::Waiting(Waiting {
        on: Party::Text(Source::parse("Finance").unwrap()),
        since: day(-1),
        last_follow_up: None,
    });
    let waiting = c.id;
    let c = s.one_off("Finished already", 2.0);
    c.status = Status::Done { on: day(0) };
    let finished = c.id;
    s.one_off("Someday", 2.0).status = Status::Someday;
    s.request("Asked", one_off(1.0));
    s.one_off("Alice's", 1.0).owner = person_id(2);
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![finished, hiring] }];
    s.check();
    let choice = BigRockChoice::of(&s.plan, monday());
    let listed: Vec<String> = choice
        .candidates
        .iter()
        .map(|c| format!("{}{}", c.commitment.title.as_str(), if c.chosen { " [x]" } else { "" }))
        .collect();
    assert_eq!(
        listed,
        ["Budget", "Hiring plan [x]", "Finished already [x]", "Waiting on finance"],
        "the finished rock stays so that it can be unchecked"
    );
    assert!(!choice.is_full());
    assert_eq!(choice.toggled(budget, true), [finished, hiring, budget]);
    assert_eq!(choice.toggled(finished, false), [hiring]);
    // Full: only the chosen can change.
    let mut plan = s.plan.clone();
    plan.apply(Command::SetBigRocks { week: monday(), commitments: choice.toggled(budget, true) })
        .unwrap();
    let full = BigRockChoice::of(&plan, monday());
    assert!(full.is_full());
    assert!(!full.can_toggle(waiting));
    assert!(full.can_toggle(finished));
    // Next week's choice is its own.
    assert!(BigRockChoice::of(&plan, day(7)).chosen.is_empty());
}

#[test]
fn a_big_rock_of_the_week_is_important_in_the_matrix_and_never_in_drop() {
    let mut s = Scenario::new();
    // A hard deadline three weeks out, not flagged important: Drop by its flags.
    let c = s.one_off("Architecture RFC", 12.0);
    c.due = due(21, DueKind::Hard);
    let rfc = c.id;
    let c = s.one_off("Expenses", 1.0);
    c.due = due(2, DueKind::Soft);
    let expenses = c.id;
    s.one_off("Tidy the wiki", 1.0);
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![rfc, expenses] }];
    s.check();
    let rfc_commitment = s.plan.commitment(rfc).unwrap();
    assert_eq!(quadrant(rfc_commitment, day(3), &s.plan.settings), Quadrant::Drop);
    let rendered: Vec<String> = cells(&s.plan, day(3))
        .iter()
        .map(|cell| {
            let titles: Vec<&str> = cell.commitments.iter().map(|c| c.title.as_str()).collect();
            format!("{}: {}", cell.quadrant.as_str(), titles.join(", "))
        })
        .collect();
    assert_eq!(
        rendered,
        ["do: Expenses", "schedule: Architecture RFC", "delegate: ", "drop: Tidy the wiki"],
        "this week's big rocks are important, due soon or not"
    );
    // The list's quadrant filter agrees with the matrix.
    let in_quadrant = |q: Quadrant| filter::Filter { quadrant: Some(q), ..Default::default() };
    assert!(in_quadrant(Quadrant::Schedule).matches(&s.plan, rfc_commitment, day(3)));
    assert!(!in_quadrant(Quadrant::Drop).matches(&s.plan, rfc_commitment, day(3)));
    // Next week, when it is no longer a big rock, its flags decide again.
    assert_eq!(matrix_quadrant(&s.plan, rfc_commitment, day(7)), Quadrant::Drop);
}

#[test]
fn moving_a_big_rock_out_of_the_important_quadrants_takes_it_off_the_weeks_rocks() {
    let mut s = Scenario::new();
    let c = s.one_off("Architecture RFC", 12.0);
    c.due = due(21, DueKind::Hard);
    let rfc = c.id;
    let c = s.one_off("Expenses", 1.0);
    c.due = due(2, DueKind::Hard);
    let expenses = c.id;
    let hiring = s.one_off("Hiring plan", 4.0).id;
    s.plan.big_rocks = vec![WeekRocks { week: monday(), commitments: vec![hiring, rfc, expenses] }];
    s.check();
    let moves: Vec<String> = [rfc, expenses]
        .into_iter()
        .flat_map(|id| {
            let plan = &s.plan;
            Quadrant::ALL.into_iter().map(move |to| {
                let c = plan.commitment(id).unwrap();
                format!(
                    "{} to {}: {}",
                    c.title.as_str(),
                    to.as_str(),
                    render(plan_move(plan, c, to, day(3)))
                )
            })
        })
        .collect();
    assert_eq!(
        moves,
        [
            "Architecture RFC to do: flags IU",
            "Architecture RFC to schedule: flags I-",
            "Architecture RFC to delegate: off the rocks of 2026-11-30, flags -U",
            "Architecture RFC to drop: off the rocks of 2026-11-30, flags --",
            "Expenses to do: flags IU",
            "Expenses to schedule: due 2026-12-11 (Hard), flags I-",
            "Expenses to delegate: off the rocks of 2026-11-30, flags -U",
            "Expenses to drop: due 2026-12-11 (Hard), flags --, off the rocks of 2026-11-30",
        ]
    );
    // Carried out, the move lands and leaves the other rocks as they were, in order.
    let rfc_commitment = s.plan.commitment(rfc).unwrap();
    let m = plan_move(&s.plan, rfc_commitment, Quadrant::Drop, day(3));
    let mut plan = s.plan.clone();
    plan.apply_all(m.commands(&s.plan, rfc, at(2026, 12, 3, 9))).unwrap();
    assert_eq!(plan.big_rocks_of(monday()), [hiring, expenses]);
    assert_eq!(matrix_quadrant(&plan, plan.commitment(rfc).unwrap(), day(3)), Quadrant::Drop);
}

/// Every arrow from every quadrant, in both layouts: what is on screen decides.
#[test]
fn the_arrow_keys_follow_the_layout_on_screen() {
    let table = |layout: Layout| -> Vec<String> {
        Quadrant::ALL
            .into_iter()
            .map(|from| {
                let to: Vec<String> = Direction::ALL
                    .into_iter()
                    .map(|d| neighbour(from, d, layout).map_or("-", Quadrant::as_str).to_owned())
                    .collect();
                format!("{}: {}", from.as_str(), to.join(" "))
            })
            .collect()
    };
    // Left, right, up, down. Two by two: Do Schedule / Delegate Drop.
    assert_eq!(
        table(Layout::Grid),
        [
            "do: - schedule - delegate",
            "schedule: do - - drop",
            "delegate: - drop do -",
            "drop: delegate - schedule -",
        ]
    );
    // Stacked: one column, in order.
    assert_eq!(
        table(Layout::Stacked),
        [
            "do: - - - schedule",
            "schedule: - - do delegate",
            "delegate: - - schedule drop",
            "drop: - - delegate -",
        ]
    );
}
