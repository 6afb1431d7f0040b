//! Generated plans of any size, for tests, benchmarks and load tests (never in the app). Deterministic: the same
//! arguments always give the same plan (a fixed-seed xorshift, not a random source).

use chrono::{DateTime, Duration, NaiveDate, Utc};

use plateful_core::commitment::{
    Commitment, Due, DueKind, Effort, Party, ProgressEntry, Status, Waiting,
};
use plateful_core::hours::{PositiveHours, WeeklyHours};
use plateful_core::ids::{CommitmentId, PersonId};
use plateful_core::person::{DateRange, Person, Role};
use plateful_core::plan::Plan;
use plateful_core::text::{Notes, PersonName, Source, Tag, Title};

struct Xorshift(u64);

impl Xorshift {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn hours(&mut self, low: f64, high: f64) -> f64 {
        let steps = ((high - low) * 4.0) as u64;
        low + self.below(steps + 1) as f64 / 4.0
    }

    fn bytes(&mut self) -> [u8; 16] {
        let (a, b) = (self.next(), self.next());
        let mut bytes = [0; 16];
        bytes[..8].copy_from_slice(&a.to_le_bytes());
        bytes[8..].copy_from_slice(&b.to_le_bytes());
        bytes
    }
}

/// A plan with `people` people who carry work (me and reports, one in five with a week
/// off) plus a few peers, and `commitments` commitments of every kind and status
/// around `today`.
pub fn generated_plan(commitments: usize, people: usize, today: NaiveDate) -> Plan {
    let mut random = Xorshift(0x9E37_79B9_7F4A_7C15);
    let name = |text: String| PersonName::parse(&text).unwrap_or_else(|_| unreachable!());
    let mut me =
        Person::new(PersonId::from_random_bytes(random.bytes()), name("Me".into()), Role::Me);
    me.weekly_capacity = WeeklyHours::new(40.0).ok();
    let mut plan = Plan::new(me);
    for n in 1..people.max(1) {
        let mut person = Person::new(
            PersonId::from_random_bytes(random.bytes()),
            name(format!("Report {n}")),
            Role::Report,
        );
        person.weekly_capacity = WeeklyHours::new(random.hours(24.0, 40.0)).ok();
        if n % 5 == 0 {
            let from = today + Duration::days(random.below(60) as i64);
            person.time_off = DateRange::new(from, from + Duration::days(6)).into_iter().collect();
        }
        plan.people.push(person);
    }
    for n in 0..3 {
        plan.people.push(Person::new(
            PersonId::from_random_bytes(random.bytes()),
            name(format!("Peer {n}")),
            Role::Peer,
        ));
    }
    let carriers: Vec<PersonId> =
        plan.people.iter().filter(|p| p.carries_work()).map(|p| p.id).collect();
    let me = carriers[0];
    let at = |date: NaiveDate| -> DateTime<Utc> {
        date.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc()
    };
    for n in 0..commitments {
        let owner = carriers[random.below(carriers.len() as u64) as usize];
        let created = today - Duration::days(random.below(90) as i64);
        let effort = match random.below(20) {
            0..=13 => Effort::OneOff {
                estimate_hours: PositiveHours::new(random.hours(1.0, 40.0))
                    .unwrap_or_else(|_| unreachable!()),
            },
            14..=17 => Effort::Recurring {
                hours_per_week: WeeklyHours::new(random.hours(0.5, 4.0))
                    .unwrap_or_else(|_| unreachable!()),
                until: (random.below(2) == 0)
                    .then(|| today + Duration::days(random.below(120) as i64)),
            },
            _ => Effort::Unestimated,
        };
        let status = match random.below(20) {
            0..=11 => Status::Active,
            12..=13 => Status::Waiting(Waiting {
                on: Party::Text(Source::parse("Vendor").unwrap_or_else(|_| unreachable!())),
                since: created,
                last_follow_up: None,
            }),
            14..=15 => Status::Proposed,
            16..=17 => Status::Done { on: today - Duration::days(random.below(40) as i64) },
            18 => Status::Someday,
            _ => Status::Dropped {
                on: today - Duration::days(random.below(40) as i64),
                reason: Notes::default(),
                declined: false,
            },
        };
        let due = match random.below(10) {
            0..=1 => None,
            offset => Some(Due {
                date: today + Duration::days(offset as i64 * 9 - 20 + random.below(10) as i64),
                kind: if random.below(3) == 0 { DueKind::Hard } else { DueKind::Soft },
            }),
        };
        let start = due
            .filter(|_| random.below(4) == 0)
            .map(|due| (today + Duration::days(random.below(14) as i64)).min(due.date));
        let effort = match effort {
            Effort::Recurring { hours_per_week, until } => Effort::Recurring {
                hours_per_week,
                until: until.map(|until| until.max(start.unwrap_or(until))),
            },
            other => other,
        };
        let progress = (0..random.below(4))
            .map(|_| ProgressEntry {
                date: today - Duration::days(random.below(30) as i64),
                hours: PositiveHours::new(random.hours(0.5, 4.0))
                    .unwrap_or_else(|_| unreachable!()),
                note: Notes::default(),
            })
            .collect();
        plan.commitments.push(Commitment {
            id: CommitmentId::from_random_bytes(random.bytes()),
            title: Title::parse(&format!("Commitment {n}")).unwrap_or_else(|_| unreachable!()),
            notes: Notes::default(),
            owner,
            requested_by: None,
            status,
            effort,
            start,
            due,
            important: random.below(3) == 0,
            urgent: random.below(5) == 0,
            tags: vec![Tag::parse(&format!("area{}", n % 7)).unwrap_or_else(|_| unreachable!())],
            delegated_by: (owner != me && random.below(2) == 0).then_some(me),
            created_at: at(created),
            updated_at: at(created),
            progress,
        });
    }
    plan
}
