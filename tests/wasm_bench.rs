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
#[path = "../crates/core/tests/support/generated.rs"]
mod generated;
use generated::generated_plan;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn median_ms<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    std::hint::black_box(f());
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = now();
            std::hint::black_box(f());
            now() - start
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
