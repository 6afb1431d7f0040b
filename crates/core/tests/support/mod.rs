//! Builders shared by the core's integration tests.
#![allow(dead_code)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use plateful_core::*;

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a valid test date")
}

pub fn at(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).single().expect("a valid test timestamp")
}

pub fn person_id(n: u8) -> PersonId {
    PersonId::from_random_bytes([n; 16])
}

pub fn commitment_id(n: u8) -> CommitmentId {
    CommitmentId::from_random_bytes([n.wrapping_add(100); 16])
}

pub fn hours(h: f64) -> PositiveHours {
    PositiveHours::new(h).expect("positive test hours")
}

pub fn me() -> Person {
    Person::new(person_id(1), PersonName::parse("Sam").unwrap(), Role::Me)
}

pub fn report(n: u8, name: &str) -> Person {
    Person::new(person_id(n), PersonName::parse(name).unwrap(), Role::Report)
}

pub fn peer(n: u8, name: &str) -> Person {
    Person::new(person_id(n), PersonName::parse(name).unwrap(), Role::Peer)
}

/// Me, a report (Alice, 2) and a peer (Claire, 3).
pub fn team_plan() -> Plan {
    let mut plan = Plan::new(me());
    plan.people.push(report(2, "Alice"));
    plan.people.push(peer(3, "Claire"));
    plan
}

pub fn fields(title: &str, effort: Effort) -> CommitmentFields {
    CommitmentFields {
        title: Title::parse(title).unwrap(),
        notes: Notes::default(),
        owner: person_id(1),
        requested_by: None,
        effort,
        start: None,
        due: None,
        important: false,
        urgent: false,
        tags: Vec::new(),
    }
}

pub fn one_off(h: f64) -> Effort {
    Effort::OneOff { estimate_hours: hours(h) }
}

pub fn add(plan: &mut Plan, n: u8, title: &str, effort: Effort) {
    plan.apply(Command::AddCommitment {
        id: commitment_id(n),
        fields: fields(title, effort),
        status: Status::Active,
        at: at(2026, 11, 2, 9),
    })
    .expect("the test commitment is valid");
}
pub mod commands;
pub mod generated;
pub mod golden;
pub mod strategies;
