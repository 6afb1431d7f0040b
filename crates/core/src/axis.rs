//! The hours axis of a load chart: a scale from zero to a round number of hours just
//! above the largest figure drawn, with ticks at round steps, so that a chart reads
//! "0 h, 20 h, 40 h, 60 h" rather than a bare bar of unknown height.

/// Steps between ticks, in hours, tried in order (then ten times as large, and so on).
const STEPS: [f64; 4] = [1.0, 2.0, 5.0, 10.0];

/// At most this many intervals between ticks: five labels fit the height of a phone's
/// chart.
const MAX_INTERVALS: f64 = 5.0;

/// Room left above the largest figure, so that a bar at the top of the scale still
/// shows where it ends.
const HEADROOM: f64 = 1.05;

/// A chart's hours axis.
#[derive(Clone, Debug, PartialEq)]
pub struct HourAxis {
    /// The hours at the top of the scale.
    pub top: f64,
    /// The hours of each tick, from 0 up to `top`.
    pub ticks: Vec<f64>,
}

impl HourAxis {
    /// The axis for figures up to `largest` hours (loads and capacities). With nothing
    /// to draw, the scale still runs to one hour.
    pub fn up_to(largest: f64) -> HourAxis {
        let wanted = (largest.max(0.0) * HEADROOM).max(1.0);
        let mut scale = 1.0;
        let step = loop {
            match STEPS.iter().map(|s| s * scale).find(|s| (wanted / s).ceil() <= MAX_INTERVALS) {
                Some(step) => break step,
                None => scale *= 10.0,
            }
        };
        let intervals = (wanted / step).ceil() as u32;
        HourAxis {
            top: f64::from(intervals) * step,
            ticks: (0..=intervals).map(|i| f64::from(i) * step).collect(),
        }
    }

    /// The axis for every figure of a chart (each week's load and capacity).
    pub fn fitting(figures: impl IntoIterator<Item = f64>) -> HourAxis {
        HourAxis::up_to(figures.into_iter().fold(0.0, f64::max))
    }

    /// Where `hours` sits, as a share of the axis's height from the bottom (0 to 1;
    /// more than the top is drawn at the top).
    pub fn share(&self, hours: f64) -> f64 {
        (hours / self.top).clamp(0.0, 1.0)
    }
}
