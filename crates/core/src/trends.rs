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
    /// that were missed: done after the date, or past it (before today) and neither
    /// done nor dropped. A date still to come, today's included, is not missed yet.
    pub slipped: usize,
    pub pulse: Option<u8>,
}

/// One point per review, oldest week first, as of `today`.
pub fn trends(plan: &Plan, today: NaiveDate) -> Vec<TrendPoint> {
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
                    _ => c.due.is_some_and(|due| due.date < today),
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

/// What a trend chart shows of each reviewed week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Series {
    /// Next week's planned load, in percent of capacity.
    Load,
    HoursLogged,
    Done,
    Slipped,
    Pulse,
}

impl Series {
    pub const ALL: [Series; 5] =
        [Series::Load, Series::HoursLogged, Series::Done, Series::Slipped, Series::Pulse];

    /// Its name in the page (a `data-series` attribute).
    pub fn as_str(self) -> &'static str {
        match self {
            Series::Load => "load",
            Series::HoursLogged => "hours",
            Series::Done => "done",
            Series::Slipped => "slipped",
            Series::Pulse => "pulse",
        }
    }

    /// The week's figure, if it has one (no capacity, no pulse given).
    pub fn value(self, point: &TrendPoint) -> Option<f64> {
        match self {
            Series::Load => point.load_percent,
            Series::HoursLogged => Some(point.hours_logged),
            Series::Done => Some(point.done as f64),
            Series::Slipped => Some(point.slipped as f64),
            Series::Pulse => point.pulse.map(f64::from),
        }
    }

    /// The least the scale reaches: the capacity line always shows on the load chart,
    /// the pulse is read against its top, and a week of zeros draws flat, not full.
    fn floor(self) -> f64 {
        match self {
            Series::Load => 100.0,
            Series::Pulse => 5.0,
            Series::HoursLogged | Series::Done | Series::Slipped => 1.0,
        }
    }
}

/// Where a trend chart is drawn, in SVG units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChartFrame {
    pub width: f64,
    /// The height the tallest possible bar may take.
    pub height: f64,
    /// Room above the bars for their figures.
    pub above: f64,
    /// Room below them for the week labels.
    pub below: f64,
    /// The widest a week's slot gets, so that a few reviews do not make slabs.
    pub max_slot: f64,
}

/// One week's bar, placed.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendBar {
    pub week: NaiveDate,
    pub value: Option<f64>,
    /// The bar's rectangle (no height when the week has no figure).
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
    /// The middle of its slot, where its figure and label are centred.
    pub middle: f64,
    /// The baseline of its figure, just above the bar.
    pub figure_y: f64,
    /// The baseline of its week label, under the bars.
    pub label_y: f64,
}

/// A trend as bars, scaled so that the largest figure (or the series' floor) takes
/// most of the height and leaves room for its figure.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendChart {
    pub series: Series,
    pub bars: Vec<TrendBar>,
    /// The height of the 100% line, on the load chart.
    pub limit_y: Option<f64>,
    pub frame: ChartFrame,
}

/// Headroom over the largest figure.
const HEADROOM: f64 = 1.1;

impl TrendChart {
    pub fn of(points: &[TrendPoint], series: Series, frame: ChartFrame) -> TrendChart {
        let largest = points.iter().filter_map(|point| series.value(point)).fold(0.0, f64::max);
        let top = largest.max(series.floor()) * HEADROOM;
        let base = frame.above + frame.height;
        let slot = (frame.width / points.len().max(1) as f64).min(frame.max_slot);
        let bars = points
            .iter()
            .enumerate()
            .map(|(index, point)| {
                let value = series.value(point);
                let height = value.map_or(0.0, |value| value.max(0.0) / top * frame.height);
                let left = index as f64 * slot;
                TrendBar {
                    week: point.week,
                    value,
                    x: left + slot * 0.15,
                    y: base - height,
                    width: slot * 0.7,
                    height,
                    middle: left + slot / 2.0,
                    figure_y: base - height - 3.0,
                    label_y: base + 12.0,
                }
            })
            .collect();
        let limit_y = (series == Series::Load).then(|| base - 100.0 / top * frame.height);
        TrendChart { series, bars, limit_y, frame }
    }

    /// The SVG `viewBox`: the whole frame.
    pub fn view_box(&self) -> String {
        let frame = &self.frame;
        format!("0 0 {} {}", frame.width, frame.above + frame.height + frame.below)
    }
}
