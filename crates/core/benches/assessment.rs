//! Prints how long the full assessment (projection, warnings, focus, relief) and the
//! JSON parse take for a generated plan of 10,000 commitments and 50 people over a
//! 12-week horizon, and how long "Can I say yes?" takes (the whole what-if with its
//! relief and counter-offer, which the app runs on every keystroke of quick add) on
//! plans of 1,000 and 10,000 commitments. A benchmark that prints figures, not a
//! timed test:
//!
//!     cargo bench -p plateful-core --bench assessment

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{Duration as Days, NaiveDate};
use plateful_core::format::{self, write, Layout};
#[path = "../tests/support/generated.rs"]
mod generated;
use generated::generated_plan;
use plateful_core::whatif::{what_if, what_if_assessed};
use plateful_core::{
    assess, Commitment, CommitmentFields, CommitmentId, Due, DueKind, Effort, LoadLevel, Notes,
    PositiveHours, Status, Title, WeeklyHours,
};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    // One run to warm caches and the allocator.
    black_box(f());
    median(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed()
            })
            .collect(),
    )
}

fn main() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).expect("a valid date");
    let plan = generated_plan(10_000, 50, today);
    let json = write(&plan, today.and_hms_opt(9, 0, 0).unwrap().and_utc(), 1, Layout::Compact);
    let assessment = assess(&plan, today);
    let over = assessment
        .projection
        .people
        .iter()
        .flat_map(|p| p.weeks.iter())
        .filter(|w| w.level(&plan.settings.thresholds) >= LoadLevel::Over)
        .count();
    println!(
        "plan: {} commitments, {} people ({} carry work), {} weeks; {} warnings, {} over person-weeks, relief: {} actions; JSON {:.1} KiB",
        plan.commitments.len(),
        plan.people.len(),
        assessment.projection.people.len(),
        assessment.projection.horizon(),
        assessment.warnings.len(),
        over,
        assessment.relief.as_ref().map_or(0, |r| r.actions.len()),
        json.len() as f64 / 1024.0
    );
    let mut kinds: std::collections::BTreeMap<&str, usize> = Default::default();
    for warning in &assessment.warnings {
        *kinds.entry(warning.kind.name()).or_default() += 1;
    }
    println!("warnings by kind: {kinds:?}");
    let runs = 31;
    let assess_time = time(runs, || assess(&plan, today));
    let parse_time = time(runs, || format::parse(&json).expect("the generated plan parses"));
    println!(
        "assessment (projection, warnings, focus, relief): median {:.2} ms over {runs} runs",
        ms(assess_time)
    );
    println!("JSON parse and check: median {:.2} ms over {runs} runs", ms(parse_time));
    let projection = plateful_core::Projection::compute(&plan, today);
    let warnings = plateful_core::warnings::warnings(&plan, &projection);
    let scores = plateful_core::focus::ScoreContext::new(&plan, &projection, &warnings);
    println!(
        "  of which: projection {:.2} ms, warnings {:.2} ms, focus {:.2} ms, relief {:.2} ms",
        ms(time(runs, || plateful_core::Projection::compute(&plan, today))),
        ms(time(runs, || plateful_core::warnings::warnings(&plan, &projection))),
        ms(time(runs, || plateful_core::focus::focus_now(
            &plan,
            &plateful_core::focus::ScoreContext::new(&plan, &projection, &warnings)
        ))),
        ms(time(runs, || plateful_core::relief::relief_plan(&plan, &projection, &scores, None))),
    );
    println!("assessment / parse: {:.2}", ms(assess_time) / ms(parse_time));
    for (commitments, people) in [(1_000, 10), (10_000, 50)] {
        what_if_figures(commitments, people, today, runs);
    }
}

/// The what-if of a few requests of mine on a generated plan. Its "me" is overloaded,
/// as the plan's people are, so no date within the horizon fits and the counter-offer
/// tries every schedule: the slowest case.
fn what_if_figures(commitments: usize, people: usize, today: NaiveDate, runs: usize) {
    let plan = generated_plan(commitments, people, today);
    let me = plan.me().expect("a generated plan has me").id;
    let request = |title: &str, effort: Effort, due: Option<i64>| {
        let fields = CommitmentFields {
            title: Title::parse(title).expect("a title"),
            notes: Notes::default(),
            owner: me,
            requested_by: None,
            effort,
            start: None,
            due: due.map(|days| Due { date: today + Days::days(days), kind: DueKind::Hard }),
            important: false,
            urgent: false,
            tags: Vec::new(),
        };
        let at = today.and_hms_opt(9, 0, 0).expect("a time").and_utc();
        Commitment::new(CommitmentId::from_random_bytes([7; 16]), fields, Status::Proposed, at)
    };
    let hours = |h: f64| Effort::OneOff { estimate_hours: PositiveHours::new(h).expect("hours") };
    let weekly =
        Effort::Recurring { hours_per_week: WeeklyHours::new(3.0).expect("hours"), until: None };
    let requests = [
        ("12 h talk due in 3 weeks", request("Talk at the Rust meetup", hours(12.0), Some(21))),
        ("3 h a week from today", request("On-call", weekly, None)),
        ("2 h with no due date", request("Review the RFC", hours(2.0), None)),
    ];
    println!(
        "what-if on a plan of {} commitments, {} people (median of {runs} runs):",
        plan.commitments.len(),
        plan.people.len()
    );
    let assessment = assess(&plan, today);
    for (name, request) in &requests {
        let answer = what_if(&plan, today, request);
        let alone = time(runs, || what_if(&plan, today, request));
        let given = time(runs, || what_if_assessed(&plan, &assessment, request));
        println!(
            "  {name}: {:.2} ms ({:.2} ms given the assessment); {:?}, {} weeks changed, {} deadlines worsened, relief {} actions, counter-offer {:?}",
            ms(alone),
            ms(given),
            answer.verdict,
            answer.weeks.len(),
            answer.deadlines.len(),
            answer.relief.as_ref().map_or(0, |r| r.actions.len()),
            answer.counter_offer
        );
    }
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
