//! Prints a generated plan file, for benchmarks of the app with a large plan:
//!
//!     cargo run --release -p plateful-core --example sample_plan -- 1000 10 2026-11-24

use chrono::NaiveDate;
use plateful_core::format::{write, Layout};
#[path = "../tests/support/generated.rs"]
mod generated;
use generated::generated_plan;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let number = |index: usize, default: usize| {
        args.get(index).and_then(|a| a.parse().ok()).unwrap_or(default)
    };
    let today = args
        .get(2)
        .and_then(|a| NaiveDate::parse_from_str(a, "%Y-%m-%d").ok())
        .unwrap_or_else(|| NaiveDate::from_ymd_opt(2026, 11, 24).unwrap_or_default());
    let plan = generated_plan(number(0, 1000), number(1, 10), today);
    let saved_at = today.and_hms_opt(9, 0, 0).unwrap_or_default().and_utc();
    println!("{}", write(&plan, saved_at, 1, Layout::Compact));
}
