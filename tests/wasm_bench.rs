//! The assessment benchmark in the browser: the same generated plan as the native
//! bench (10,000 commitments, 50 people, 12 weeks), timed in headless Chromium. It prints
//! figures and asserts nothing about time; it is ignored by the test run and started by
//! `bench/run`:
//!
//!     cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --include-ignored --nocapture
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use plateful_core::assess;
use plateful_core::format::{self, write, Layout};
use plateful_core::sync::Tab;
#[path = "../crates/core/tests/support/generated.rs"]
mod generated;
use generated::generated_plan;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    std::hint::black_box(f());
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now_ms();
            std::hint::black_box(f());
            now_ms() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

#[wasm_bindgen_test]
#[ignore]
fn assessment_of_10000_commitments_in_the_browser() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let plan = generated_plan(10_000, 50, today);
    let json = write(&plan, today.and_hms_opt(9, 0, 0).unwrap().and_utc(), 1, Layout::Compact);
    let runs = 21;
    let assessment = median_ms(runs, || assess(&plan, today));
    let parse = median_ms(runs, || format::parse(&json).unwrap());
    console_log!("wasm assessment (projection, warnings, focus, relief): median {assessment:.2} ms over {runs} runs");
    console_log!("wasm JSON parse and check: median {parse:.2} ms over {runs} runs");
    console_log!("wasm assessment / parse: {:.2}", assessment / parse);
}

/// Saving as the app does after a change: `Tab::save` reads the stored revision, writes
/// the whole plan (serialised) and its revision to localStorage. One hour logged before
/// each save, outside the timing; 1,000 and 10,000 commitments.
#[wasm_bindgen_test]
#[ignore]
fn saving_a_plan_in_the_browser() {
    use plateful::storage::LocalStore;
    use plateful_core::sync::{Change, Moment, Opening, Saved, Store, TabId};
    use plateful_core::{Command, Notes, PositiveHours, ProgressEntry};

    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let now = today.and_hms_opt(9, 0, 0).unwrap().and_utc();
    for (commitments, people) in [(1_000, 10), (10_000, 50)] {
        let mut store = LocalStore;
        store.erase().unwrap();
        let plan = generated_plan(commitments, people, today);
        let id = plan.commitments[0].id;
        let opening = Tab::open(TabId::from_random_bytes([7; 16]), &store, || plan.clone());
        let Opening::Ready(mut tab) = opening else { panic!("an empty store opens") };
        let moment = Moment { now, random: [9; 16] };
        let hour = PositiveHours::new(0.25).unwrap();
        let runs = 21;
        let mut times = Vec::with_capacity(runs);
        let mut failed = None;
        for _ in 0..=runs {
            let entry = ProgressEntry { date: today, hours: hour, note: Notes::default() };
            let command = Command::LogProgress { id, entry, at: now };
            tab.apply(Change::Command(command), &store).unwrap();
            let start = now_ms();
            let (_, saved) = tab.save(&mut store, moment);
            times.push(now_ms() - start);
            if let Saved::Failed(error) = saved {
                failed = Some(error);
                break;
            }
        }
        let size = store.plan().unwrap().map_or(0, |text| text.len());
        let serialise =
            median_ms(runs, || format::write(tab.plan(), now, 1, Layout::Compact).len());
        console_log!(
            "wasm serialise of {commitments} commitments: median {serialise:.2} ms over {runs} runs"
        );
        // The first save is left out, as the first run of the other figures is.
        times.remove(0);
        times.sort_by(f64::total_cmp);
        match failed {
            Some(error) => console_log!("wasm save of {commitments} commitments: refused by localStorage ({error:?})"),
            None => console_log!(
                "wasm save (read revision, serialise, write) of {commitments} commitments, {:.0} KiB: median {:.2} ms over {runs} runs (max {:.2})",
                size as f64 / 1024.0,
                times[times.len() / 2],
                times[times.len() - 1]
            ),
        }
        store.erase().unwrap();
    }
}
