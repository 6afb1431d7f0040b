//! The team (SPEC 3): each person's page (what they carry, what I delegated to them,
//! what I owe them, what they asked, what I declined for them, their weeks), who work
//! can be handed to, and a person's capacity as typed. I am Sam; Alice (2) and Bob (4)
//! report to me, 40 h and 32 h a week; Claire (3) is a peer. Monday 30 November 2026.

mod support;

use plateful_core::input::{self, InputError};
use plateful_core::team::{delegation_candidates, Heatmap, Item, PersonSummary};
use plateful_core::*;
use support::golden::*;
use support::*;

fn team() -> Scenario {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0).with_report(4, "Bob", 32.0);
    s.plan.people.push(peer(3, "Claire"));
    s
}

fn asked_by(n: u8) -> Option<Party> {
    Some(Party::Person(person_id(n)))
}

/// Each item as `title [status] figures`.
fn render(items: &[Item]) -> Vec<String> {
    items
        .iter()
        .map(|item| {
            let mut line = format!("{} [{}]", item.title.as_str(), item.status.as_str());
            if let Some(due) = item.due {
                line += &format!(" due {}", due.date);
            }
            if let Some(remaining) = item.remaining_hours {
                line += &format!(" {remaining:.2} h left");
            }
            if let Some(per_week) = item.hours_per_week {
                line += &format!(" {per_week:.2} h/w");
            }
            line +=
                &format!(", this week {:.2} h of {:.2} h planned", item.this_week, item.planned);
            if let Some(on) = item.closed_on {
                line += &format!(", closed {on}");
            }
            line
        })
        .collect()
}

fn page(s: &Scenario, n: u8) -> PersonSummary {
    s.check();
    let projection = Projection::compute(&s.plan, monday());
    PersonSummary::of(&s.plan, person_id(n), &projection).expect("a person of the plan")
}

#[test]
fn a_reports_page_shows_what_they_carry_and_what_i_delegated_with_their_figures() {
    let mut s = team();
    let c = s.one_off("Migrate CI", 20.0);
    c.owner = person_id(2);
    c.delegated_by = Some(person_id(1));
    c.due = due(11, DueKind::Soft);
    c.progress = vec![ProgressEntry { date: day(-3), hours: hours(4.0), note: Notes::default() }];
    let c = s.recurring("On-call", 4.0);
    c.owner = person_id(2);
    let c = s.one_off("Her own idea", 3.0);
    c.owner = person_id(2);
    c.status = Status::Someday;
    let c = s.one_off("Shipped", 3.0);
    c.owner = person_id(2);
    c.status = Status::Done { on: day(-2) };
    s.one_off("Mine", 5.0);
    let alice = page(&s, 2);
    assert_eq!(
        render(&alice.carries),
        [
            "Migrate CI [active] due 2026-12-11 16.00 h left, this week 8.00 h of 16.00 h planned",
            "Her own idea [someday] 3.00 h left, this week 0.00 h of 0.00 h planned",
            "On-call [active] 4.00 h/w, this week 4.00 h of 48.00 h planned",
        ]
    );
    assert_eq!(
        render(&alice.delegated),
        ["Migrate CI [active] due 2026-12-11 16.00 h left, this week 8.00 h of 16.00 h planned"]
    );
    assert!(alice.owed.is_empty() && alice.asked.is_empty() && alice.declined.is_empty());
    assert_eq!(alice.weeks.len(), 12);
    assert_eq!((alice.weeks[0].load, alice.weeks[0].capacity), (12.0, 40.0));
    assert_eq!(alice.planned_this_week(), 12.0);
}

#[test]
fn what_i_owe_a_person_is_the_open_work_they_asked_of_me_even_once_handed_over() {
    let mut s = team();
    let c = s.one_off("Talk at the meetup", 12.0);
    c.requested_by = asked_by(3);
    c.due = due(4, DueKind::Hard);
    let c = s.one_off("Waiting on legal", 2.0);
    c.requested_by = asked_by(3);
    c.status = Status::Waiting(Waiting {
        on: Party::Text(Source::parse("Legal").unwrap()),
        since: day(-2),
        last_follow_up: None,
    });
    let c = s.one_off("Later, maybe", 2.0);
    c.requested_by = asked_by(3);
    c.status = Status::Someday;
    // Delegating a promise to Bob does not release me from it.
    let c = s.one_off("Benchmarks", 8.0);
    c.requested_by = asked_by(3);
    c.owner = person_id(4);
    c.delegated_by = Some(person_id(1));
    c.due = due(2, DueKind::Soft);
    // Bob's own work that Claire asked him for is his promise, not mine.
    let c = s.one_off("Bob's favour", 1.0);
    c.requested_by = asked_by(3);
    c.owner = person_id(4);
    let c = s.one_off("Kept", 1.0);
    c.requested_by = asked_by(3);
    c.status = Status::Done { on: day(-1) };
    let c = s.one_off("Alice asked", 1.0);
    c.requested_by = asked_by(2);
    let claire = page(&s, 3);
    assert_eq!(
        render(&claire.owed),
        [
            "Benchmarks [active] due 2026-12-02 8.00 h left, this week 8.00 h of 8.00 h planned",
            "Talk at the meetup [active] due 2026-12-04 12.00 h left, this week 12.00 h of 12.00 h planned",
            "Later, maybe [someday] 2.00 h left, this week 0.00 h of 0.00 h planned",
            "Waiting on legal [waiting] 2.00 h left, this week 0.50 h of 2.00 h planned",
        ]
    );
    assert!(claire.carries.is_empty(), "a peer carries no work");
    assert!(claire.weeks.is_empty());
    assert_eq!(claire.planned_this_week(), 0.0);
}

#[test]
fn what_a_person_asked_awaits_my_answer_and_what_i_declined_shows_the_latest_first() {
    let mut s = team();
    let c = s.request("Review my RFC", one_off(2.0));
    c.requested_by = asked_by(3);
    c.due = due(9, DueKind::Soft);
    let c = s.one_off("Keynote", 20.0);
    c.requested_by = asked_by(3);
    c.status = Status::Dropped { on: day(-10), reason: Notes::default(), declined: true };
    let c = s.one_off("Podcast", 3.0);
    c.requested_by = asked_by(3);
    c.status = Status::Dropped { on: day(-2), reason: Notes::default(), declined: true };
    // Dropped after I had said yes is not declined.
    let c = s.one_off("Dropped later", 3.0);
    c.requested_by = asked_by(3);
    c.status = Status::Dropped { on: day(-1), reason: Notes::default(), declined: false };
    let claire = page(&s, 3);
    assert_eq!(
        render(&claire.asked),
        ["Review my RFC [proposed] due 2026-12-09 2.00 h left, this week 0.00 h of 0.00 h planned"]
    );
    assert_eq!(
        render(&claire.declined),
        [
            "Podcast [dropped] 3.00 h left, this week 0.00 h of 0.00 h planned, closed 2026-11-28",
            "Keynote [dropped] 20.00 h left, this week 0.00 h of 0.00 h planned, closed 2026-11-20",
        ]
    );
    let declined: Vec<CommitmentId> = s.plan.declined_for(person_id(3)).map(|c| c.id).collect();
    let mut listed: Vec<CommitmentId> = claire.declined.iter().map(|item| item.id).collect();
    listed.sort();
    let mut expected = declined.clone();
    expected.sort();
    assert_eq!(listed, expected, "the same requests as Plan::declined_for");
}

#[test]
fn my_own_page_lists_my_work_and_nothing_delegated() {
    let mut s = team();
    s.one_off("Mine", 5.0).delegated_by = None;
    let c = s.one_off("Taken back", 2.0);
    // Handed back to me: no longer delegated.
    c.delegated_by = Some(person_id(1));
    let me = page(&s, 1);
    assert_eq!(me.carries.len(), 2);
    assert!(me.delegated.is_empty());
    let projection = Projection::compute(&s.plan, monday());
    assert_eq!(PersonSummary::of(&s.plan, person_id(9), &projection), None);
}

#[test]
fn work_can_be_handed_to_anyone_who_carries_work_but_its_owner() {
    let mut s = team();
    let mine = s.one_off("Mine", 5.0).clone();
    let names = |people: Vec<&Person>| -> Vec<String> {
        people.iter().map(|p| p.name.as_str().to_owned()).collect()
    };
    assert_eq!(names(delegation_candidates(&s.plan, &mine)), ["Alice", "Bob"]);
    let mut alices = mine.clone();
    alices.owner = person_id(2);
    assert_eq!(names(delegation_candidates(&s.plan, &alices)), ["Sam", "Bob"]);
    // Every candidate is one Command::Delegate accepts.
    for person in delegation_candidates(&s.plan, &mine) {
        let mut plan = s.plan.clone();
        plan.apply(Command::Delegate { id: mine.id, to: person.id, at: at(2026, 11, 30, 9) })
            .expect("a candidate can take the work");
    }
    // A peer given a capacity can carry work, and so can be handed it.
    s.person_mut(3).weekly_capacity = Some(WeeklyHours::new(5.0).unwrap());
    assert_eq!(names(delegation_candidates(&s.plan, &mine)), ["Alice", "Bob", "Claire"]);
}

#[test]
fn a_capacity_left_blank_is_none_only_for_those_who_only_ask_for_work() {
    assert_eq!(input::capacity("", Role::Report), Err(InputError::Missing), "nothing wiped");
    assert_eq!(input::capacity("  ", Role::Peer), Ok(None));
    assert_eq!(input::capacity("", Role::Me), Err(InputError::Missing));
    assert_eq!(input::capacity("32,5", Role::Report), Ok(Some(WeeklyHours::new(32.5).unwrap())));
    assert_eq!(input::capacity("0", Role::Me), Ok(Some(WeeklyHours::new(0.0).unwrap())));
    assert!(matches!(input::capacity("169", Role::Stakeholder), Err(InputError::Number(_))));
    assert!(Role::Me.needs_capacity());
    assert!(Role::ALL.into_iter().filter(|role| role.needs_capacity()).eq([Role::Me]));
}

#[test]
fn the_plan_still_refuses_what_the_capacity_field_lets_through() {
    // A report who owns work cannot lose their capacity; the field does not decide that.
    let mut s = team();
    s.one_off("Alice's", 2.0).owner = person_id(2);
    let mut alice = s.plan.person(person_id(2)).unwrap().clone();
    alice.weekly_capacity = None;
    assert_eq!(
        s.plan.clone().apply(Command::EditPerson(alice)),
        Err(DomainError::StillOwnsWork { commitments: 1 })
    );
    // Nor can I, whatever a caller builds.
    let mut me = s.plan.me().unwrap().clone();
    me.weekly_capacity = None;
    assert_eq!(
        s.plan.clone().apply(Command::EditPerson(me)),
        Err(DomainError::OwnerCannotCarryWork(person_id(1)))
    );
    // Bob, who owns nothing, can.
    let mut bob = s.plan.person(person_id(4)).unwrap().clone();
    bob.weekly_capacity = None;
    assert_eq!(s.plan.apply(Command::EditPerson(bob)), Ok(()));
}

#[test]
fn a_report_who_becomes_a_peer_stops_carrying_work_unless_they_still_own_some() {
    let mut s = team();
    let c = s.one_off("Alice's", 2.0);
    c.owner = person_id(2);
    c.status = Status::Done { on: day(-3) };
    s.check();
    let alice = s.plan.person(person_id(2)).unwrap().clone();
    let as_peer = alice.with_role(Role::Peer);
    assert_eq!((as_peer.role, as_peer.weekly_capacity), (Role::Peer, None));
    // Finished work is still hers: she cannot stop carrying work while she owns it.
    assert_eq!(
        s.plan.clone().apply(Command::EditPerson(as_peer)),
        Err(DomainError::StillOwnsWork { commitments: 1 })
    );
    // Bob owns nothing: he becomes a stakeholder, and back a report with the default week.
    let bob = s.plan.person(person_id(4)).unwrap().clone();
    let stakeholder = bob.with_role(Role::Stakeholder);
    assert_eq!(stakeholder.weekly_capacity, None);
    s.plan.apply(Command::EditPerson(stakeholder.clone())).unwrap();
    let report = stakeholder.with_role(Role::Report);
    assert_eq!(report.weekly_capacity, Some(WeeklyHours::new(40.0).unwrap()));
    // Between two roles that only ask, and for a peer who was given a capacity, the
    // capacity stays as it was.
    let mut claire = s.plan.person(person_id(3)).unwrap().clone();
    assert_eq!(claire.with_role(Role::Stakeholder).weekly_capacity, None);
    claire.weekly_capacity = Some(WeeklyHours::new(5.0).unwrap());
    assert_eq!(claire.with_role(Role::Report).weekly_capacity, claire.weekly_capacity);
    // The role menu's values read back.
    assert!(Role::ALL.into_iter().all(|role| Role::parse(role.as_str()) == Some(role)));
    assert_eq!(Role::parse("manager"), None);
    // "Me" keeps its role, and nobody becomes "me".
    let me = s.plan.me().unwrap().clone();
    assert_eq!(me.with_role(Role::Peer), me);
    assert_eq!(bob.with_role(Role::Me), bob);
}

#[test]
fn time_off_is_kept_in_date_order_and_removed_range_by_range() {
    let s = team();
    let alice = s.plan.person(person_id(2)).unwrap().clone();
    let range = |from: i64, to: i64| DateRange::new(day(from), day(to)).unwrap();
    let alice = alice
        .with_time_off(range(14, 18))
        .with_time_off(range(2, 2))
        .with_time_off(range(2, 4))
        .with_time_off(range(14, 18));
    assert_eq!(alice.time_off, [range(2, 2), range(2, 4), range(14, 18)], "no range twice");
    let alice = alice.without_time_off(range(2, 4));
    assert_eq!(alice.time_off, [range(2, 2), range(14, 18)]);
    let mut plan = s.plan.clone();
    plan.apply(Command::EditPerson(alice.without_time_off(range(2, 2)))).unwrap();
    assert_eq!(plan.person(person_id(2)).unwrap().time_off, [range(14, 18)]);
}

#[test]
fn the_heatmap_has_a_row_per_person_who_carries_work_and_says_each_year_once() {
    let mut s = team();
    // Twelve weeks from 30 November 2026 cross into 2027 on 4 January.
    s.plan.settings.horizon_weeks = 12;
    let c = s.one_off("Alice's", 60.0);
    c.owner = person_id(2);
    c.start = Some(monday());
    c.due = due(4, DueKind::Soft);
    s.check();
    let projection = Projection::compute(&s.plan, monday());
    let heatmap = Heatmap::of(&projection);
    let headings: Vec<String> = heatmap
        .columns
        .iter()
        .map(|column| match column.year {
            Some(year) => format!("{} {year}", column.start.format("%d %b")),
            None => column.start.format("%d %b").to_string(),
        })
        .collect();
    assert_eq!(
        headings,
        [
            "30 Nov 2026",
            "07 Dec",
            "14 Dec",
            "21 Dec",
            "28 Dec",
            "04 Jan 2027",
            "11 Jan",
            "18 Jan",
            "25 Jan",
            "01 Feb",
            "08 Feb",
            "15 Feb",
        ]
    );
    let rows: Vec<String> = heatmap
        .rows
        .iter()
        .map(|row| {
            let name = s.plan.person(row.person).unwrap().name.as_str();
            format!("{name}: {} {}", row.weeks.len(), row.weeks[0].level.as_str())
        })
        .collect();
    assert_eq!(rows, ["Sam: 12 ok", "Alice: 12 critical", "Bob: 12 ok"], "Claire only asks");
}
