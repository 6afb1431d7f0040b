//! Calibration: how much longer work takes than its estimate, learned from finished
//! work or set by hand.

use crate::commitment::{Effort, Status};
use crate::order;
use crate::plan::Plan;
use crate::settings::CalibrationMode;

/// How many of the most recent samples the learned factor looks at.
pub const WINDOW: usize = 20;
/// How many samples the learned factor needs before it is used.
pub const MIN_SAMPLES: usize = 5;

/// The factor applied to remaining estimates, and where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct CalibrationInEffect {
    /// Multiplies every one-off's remaining hours.
    pub factor: f64,
    pub mode: CalibrationMode,
    /// The median of the recent samples, once there are enough.
    pub learned: Option<f64>,
    /// How many samples there are (at most [`WINDOW`] are used).
    pub samples: usize,
}

impl CalibrationInEffect {
    /// How many more samples the learned factor waits for (0 once it is learned).
    pub fn samples_needed(&self) -> usize {
        MIN_SAMPLES.saturating_sub(self.samples)
    }
}

/// `spent / estimate` of my finished one-offs, oldest first. A one-off finished with
/// no hours logged gives no sample: nothing says how long it took.
pub fn samples(plan: &Plan) -> Vec<f64> {
    let Some(me) = plan.me().map(|me| me.id) else {
        return Vec::new();
    };
    let mut finished: Vec<_> = plan
        .commitments
        .iter()
        .filter(|commitment| commitment.owner == me)
        .filter_map(|commitment| match (&commitment.status, &commitment.effort) {
            (Status::Done { on }, Effort::OneOff { estimate_hours }) => {
                let spent = commitment.hours_spent();
                (spent > 0.0).then(|| (*on, commitment.id, spent / estimate_hours.get()))
            }
            _ => None,
        })
        .collect();
    order::sort_by_key(&mut finished, |sample| (sample.0, sample.1));
    finished.into_iter().map(|(_, _, ratio)| ratio).collect()
}

/// The median of the last [`WINDOW`] samples, once there are [`MIN_SAMPLES`].
pub fn learned_factor(samples: &[f64]) -> Option<f64> {
    if samples.len() < MIN_SAMPLES {
        return None;
    }
    let mut recent: Vec<f64> = samples[samples.len().saturating_sub(WINDOW)..].to_vec();
    order::sort_by(&mut recent, f64::total_cmp);
    let middle = recent.len() / 2;
    Some(if recent.len() % 2 == 1 {
        recent[middle]
    } else {
        (recent[middle - 1] + recent[middle]) / 2.0
    })
}

/// The factor the projection uses: the manual one, or the learned one (1.0 until
/// there are enough samples), with the learned factor and the number of samples
/// whatever the mode, so that Settings can show both from this one call (the
/// assessment holds it as `projection.calibration`).
pub fn in_effect(plan: &Plan) -> CalibrationInEffect {
    let samples = samples(plan);
    let learned = learned_factor(&samples);
    let mode = plan.settings.calibration.mode;
    let factor = match mode {
        CalibrationMode::Manual => plan.settings.calibration.manual_factor,
        CalibrationMode::Learned => learned.unwrap_or(1.0),
    };
    CalibrationInEffect { factor, mode, learned, samples: samples.len() }
}
