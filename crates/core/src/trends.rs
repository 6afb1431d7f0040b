//! Review trends: week by week, how the plan and its owner fared (SPEC 2.4).

use chrono::{Duration, NaiveDate};

use crate::commitment::Status;
use crate::order;
use crate::plan::Plan;

/// One reviewed week.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    /// The first day of the reviewed week.
    pub week: NaiveDate,
    /// My planned load over capacity for the week after, as the review left it.
    pub load_percent: Option<f64>,
    /// Hours I logged on my commitments during the week.
    pub hours_logged: f64,
    /// My commitments finished during the week.
    pub done: usize,
    /// Due dates moved in the review (defer, renegotiate) plus my due dates of the week
    /// that were missed (not done by then, and not dropped).
    pub slipped: usize,
    pub pulse: Option<u8>,
}

/// One point per review, oldest week first.
pub fn trends(plan: &Plan) -> Vec<TrendPoint> {
    let Some(me) = plan.me().map(|me| me.id) else {
        return Vec::new();
    };
    let mine: Vec<_> = plan.commitments.iter().filter(|c| c.owner == me).collect();
    let mut points: Vec<TrendPoint> = plan
        .reviews
        .iter()
        .map(|review| {
            let start = review.week;
            let end = start + Duration::days(6);
            let within = |date: NaiveDate| start <= date && date <= end;
            let hours_logged = mine
                .iter()
                .flat_map(|c| c.progress.iter())
                .filter(|entry| within(entry.date))
                .map(|entry| entry.hours.get())
                .sum();
            let done = mine
                .iter()
                .filter(|c| matches!(c.status, Status::Done { on } if within(on)))
                .count();
            let moved = review.entries.iter().filter(|entry| entry.decision.slips()).count();
            let missed = mine
                .iter()
                .filter(|c| c.due.is_some_and(|due| within(due.date)))
                .filter(|c| match c.status {
                    Status::Done { on } => c.due.is_some_and(|due| on > due.date),
                    Status::Dropped { .. } => false,
                    _ => true,
                })
                .count();
            TrendPoint {
                week: start,
                load_percent: review.snapshot.first().and_then(|week| week.percent()),
                hours_logged,
                done,
                slipped: moved + missed,
                pulse: review.pulse.map(|pulse| pulse.get()),
            }
        })
        .collect();
    order::sort_by_key(&mut points, |point| point.week);
    points
}
