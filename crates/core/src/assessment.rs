//! The whole assessment of a plan on a day: projection, warnings, focus and relief.

use chrono::NaiveDate;

use crate::focus::{focus_now, ScoreContext, Scored};
use crate::plan::Plan;
use crate::projection::Projection;
use crate::relief::{relief_plan, ReliefPlan};
use crate::warnings::{warnings, Warning};

/// Everything the Today view shows, computed from the plan and the day alone.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment {
    pub projection: Projection,
    /// Most severe first.
    pub warnings: Vec<Warning>,
    pub focus: Vec<Scored>,
    /// When one of my next four weeks is over capacity.
    pub relief: Option<ReliefPlan>,
}

/// Assesses the plan on `today`.
pub fn assess(plan: &Plan, today: NaiveDate) -> Assessment {
    let projection = Projection::compute(plan, today);
    let warnings = warnings(plan, &projection);
    let scores = ScoreContext::new(plan, &projection, &warnings);
    let focus = focus_now(plan, &scores);
    let relief = relief_plan(plan, &projection, &scores, None);
    Assessment { projection, warnings, focus, relief }
}
