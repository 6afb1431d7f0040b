//! Prints how long the full assessment (projection, warnings, focus, relief) and the
//! JSON parse take for a generated plan of 10,000 commitments and 50 people over a
//! 12-week horizon. A benchmark that prints figures, not a timed test:
//!
//!     cargo bench -p plateful-core --bench assessment

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use plateful_core::format::{self, write, Layout};
use plateful_core::sample::generated_plan;
use plateful_core::{assess, LoadLevel};

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
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
