//! A small language for golden scenarios: build a plan in a few lines, and render
//! warnings, focus and relief as sentences with their figures, so that a scenario
//! states exactly what it expects.
#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use plateful_core::focus::{Because, Scored};
use plateful_core::relief::{ReliefGoal, ReliefKind, ReliefPlan};
use plateful_core::warnings::{Severity, Warning, WarningKind};
use plateful_core::whatif::{what_if, CounterOffer, Verdict, WhatIf};
use plateful_core::*;

use super::*;

/// Monday 30 November 2026: week 0 is a whole week.
pub fn monday() -> NaiveDate {
    date(2026, 11, 30)
}

pub struct Scenario {
    pub plan: Plan,
    next: u8,
}

impl Scenario {
    /// Me (Sam, 40 h, Monday to Friday) and nobody else.
    pub fn new() -> Self {
        Scenario { plan: Plan::new(me()), next: 1 }
    }

    pub fn with_report(mut self, n: u8, name: &str, capacity: f64) -> Self {
        let mut person = report(n, name);
        person.weekly_capacity = Some(WeeklyHours::new(capacity).unwrap());
        self.plan.people.push(person);
        self
    }

    pub fn person_mut(&mut self, n: u8) -> &mut Person {
        self.plan
            .people
            .iter_mut()
            .find(|p| p.id == person_id(n))
            .expect("a person of the scenario")
    }

    /// Adds a commitment and returns a handle to adjust it.
    pub fn add(&mut self, title: &str, effort: Effort) -> &mut Commitment {
        let id = commitment_id(self.next);
        self.next += 1;
        self.plan.commitments.push(Commitment {
            id,
            title: Title::parse(title).unwrap(),
            notes: Notes::default(),
            owner: person_id(1),
            requested_by: None,
            status: Status::Active,
            effort,
            start: None,
            due: None,
            important: false,
            urgent: false,
            tags: Vec::new(),
            delegated_by: None,
            created_at: at(2026, 11, 27, 9),
            updated_at: at(2026, 11, 27, 9),
            progress: Vec::new(),
        });
        self.plan.commitments.last_mut().unwrap()
    }

    pub fn one_off(&mut self, title: &str, hours: f64) -> &mut Commitment {
        self.add(title, one_off(hours))
    }

    pub fn recurring(&mut self, title: &str, per_week: f64) -> &mut Commitment {
        self.add(
            title,
            Effort::Recurring { hours_per_week: WeeklyHours::new(per_week).unwrap(), until: None },
        )
    }

    pub fn title_of(&self, id: CommitmentId) -> String {
        self.plan
            .commitment(id)
            .map(|c| c.title.as_str().to_owned())
            .unwrap_or_else(|| id.to_string())
    }

    pub fn name_of(&self, id: Option<PersonId>) -> String {
        id.and_then(|id| self.plan.person(id))
            .map(|p| p.name.as_str().to_owned())
            .unwrap_or("-".into())
    }

    pub fn check(&self) {
        assert_eq!(self.plan.check(), Ok(()), "the scenario's plan is valid");
    }

    /// The assessment's warnings, as sentences.
    pub fn warnings(&self, today: NaiveDate) -> Vec<String> {
        self.check();
        let assessment = assess(&self.plan, today);
        assessment.warnings.iter().map(|w| self.render(w)).collect()
    }

    pub fn render(&self, warning: &Warning) -> String {
        let severity = match warning.severity {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        };
        let who = self.name_of(warning.person);
        let titles: Vec<String> = warning.commitments.iter().map(|id| self.title_of(*id)).collect();
        let titles = titles.join(", ");
        let week = warning.week.map(|w| w.to_string()).unwrap_or_default();
        match &warning.kind {
            WarningKind::Overload { level, load, capacity, percent, others } => format!(
                "{severity} overload {who} week {week}: {load:.2} h of {capacity:.2} h ({}) {level:?} [{titles}{}]",
                percent.map_or("no capacity".into(), |p| format!("{p:.1}%")),
                if *others > 0 { format!(" and {others} more") } else { String::new() }
            ),
            WarningKind::DeadlineAtRisk { due, demand, supply, short_by } => format!(
                "{severity} deadline {who} by {due}: {demand:.2} h due, {supply:.2} h available, {short_by:.2} h short [{titles}]"
            ),
            WarningKind::Overdue { due, days_overdue } => {
                format!("{severity} overdue {who}: {titles} due {due}, {days_overdue} days ago")
            }
            WarningKind::TooMuchWip { active, limit, done_per_week, wait_weeks } => format!(
                "{severity} wip {who}: {active} active for a limit of {limit}, done/week {}, wait {}",
                done_per_week.map_or("-".into(), |d| format!("{d:.2}")),
                wait_weeks.map_or("-".into(), |w| format!("{w:.1} weeks"))
            ),
            WarningKind::TooManyBigRocks { chosen, limit } => {
                format!("{severity} big rocks week {week}: {chosen} chosen, limit {limit}")
            }
            WarningKind::TreadingWater { since, days, stale_weeks } => format!(
                "{severity} treading water {who}: {titles} no progress since {since} ({days} days, limit {stale_weeks} weeks)"
            ),
            WarningKind::WaitingTooLong { since, days, nudge_days } => format!(
                "{severity} waiting {who}: {titles} no follow-up since {since} ({days} days, nudge after {nudge_days})"
            ),
            WarningKind::NoEstimate => format!("{severity} no estimate {who}: {titles}"),
            WarningKind::ReviewDue { last, days } => format!(
                "{severity} review due: last {}, {days} days ago",
                last.map_or("never".into(), |d| d.to_string())
            ),
            WarningKind::InboxPiling { count, older_than_days, limit } => format!(
                "{severity} inbox: {count} proposed older than {older_than_days} days (limit {limit})"
            ),
        }
    }

    /// My (or anyone's) load, week by week, as `load/capacity`.
    pub fn loads(&self, today: NaiveDate, n: u8, weeks: usize) -> Vec<String> {
        let projection = Projection::compute(&self.plan, today);
        let person = projection.person(person_id(n)).expect("a person who carries work");
        person.weeks[..weeks].iter().map(|w| format!("{:.2}/{:.2}", w.load, w.capacity)).collect()
    }

    pub fn focus(&self, today: NaiveDate) -> Vec<String> {
        let assessment = assess(&self.plan, today);
        assessment.focus.iter().map(|scored| self.render_scored(scored)).collect()
    }

    pub fn render_scored(&self, scored: &Scored) -> String {
        let reasons: Vec<String> =
            scored.reasons.iter().map(|r| format!("{:?} {:+.2}", r.term, r.points)).collect();
        format!("{} {:.2}: {}", self.title_of(scored.commitment), scored.score, reasons.join(", "))
    }

    /// Focus now as it is said: each commitment with its reasons in words' data.
    pub fn focus_in_words(&self, today: NaiveDate) -> Vec<String> {
        let assessment = assess(&self.plan, today);
        assessment
            .focus
            .iter()
            .map(|scored| {
                let words: Vec<String> =
                    scored.because.iter().map(|because| self.render_because(because)).collect();
                format!("{}: {}", self.title_of(scored.commitment), words.join(", "))
            })
            .collect()
    }

    pub fn render_because(&self, because: &Because) -> String {
        match because {
            Because::BigRock => "this week's big rock".into(),
            Because::DueIn { days: 0, date, kind } => format!("due today {date} ({kind:?})"),
            Because::DueIn { days, date, kind } => format!("due in {days} days {date} ({kind:?})"),
            Because::Overdue { days, date, kind } => {
                format!("overdue by {days} days {date} ({kind:?})")
            }
            Because::Important => "important".into(),
            Because::Urgent => "flagged urgent".into(),
            Because::DeadlineAtRisk { by, short_by } => {
                format!("at risk: {short_by:.2} h short by {by}")
            }
            Because::Momentum { last } => format!("progress on {last}"),
            Because::TreadingWater { since } => format!("no progress since {since}"),
            Because::Waiting { on, since } => {
                let who = match on {
                    Party::Person(id) => self.name_of(Some(*id)),
                    Party::Text(text) => text.as_str().to_owned(),
                };
                format!("waiting on {who} since {since}")
            }
        }
    }

    pub fn relief(&self, today: NaiveDate) -> Option<Vec<String>> {
        assess(&self.plan, today).relief.map(|plan| self.render_relief(&plan))
    }

    pub fn render_relief(&self, relief: &ReliefPlan) -> Vec<String> {
        let percents = |ps: &[Option<f64>]| {
            ps.iter()
                .map(|p| p.map_or("-".into(), |p| format!("{p:.0}%")))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut lines = vec![format!("before: {}", percents(&relief.percents_before))];
        for action in &relief.actions {
            let what = match &action.kind {
                ReliefKind::Delegate { to } => format!("delegate to {}", self.name_of(Some(*to))),
                ReliefKind::Defer { start, due, keeps_due: false } => format!(
                    "defer to {start}{}",
                    due.map_or(String::new(), |due| format!(", due {}", due.date))
                ),
                ReliefKind::Defer { start, due, keeps_due: true } => format!(
                    "defer to {start}{}",
                    due.map_or(String::new(), |due| format!(", still due {}", due.date))
                ),
                ReliefKind::Drop => "drop".into(),
                ReliefKind::Renegotiate { due } => format!("renegotiate to {}", due.date),
            };
            lines.push(format!(
                "{} {}: frees {:.2} h, then {}",
                what,
                self.title_of(action.commitment),
                action.frees,
                percents(&action.percents_after)
            ));
        }
        for (week, hours) in &relief.still_over {
            lines.push(format!("still over week {week} by {hours:.2} h"));
        }
        lines
    }
}

/// "Can I say yes?" in the scenario language.
impl Scenario {
    /// Adds a request to the inbox (Proposed, asked by Claire) and returns a handle to
    /// adjust it; `request.clone()` is what the what-if is asked about.
    pub fn request(&mut self, title: &str, effort: Effort) -> &mut Commitment {
        let c = self.add(title, effort);
        c.status = Status::Proposed;
        c.requested_by = Some(Party::Text(Source::parse("Claire").unwrap()));
        c
    }

    /// The what-if of `request` on a valid plan.
    pub fn what_if(&self, today: NaiveDate, request: &Commitment) -> WhatIf {
        self.check();
        what_if(&self.plan, today, request)
    }

    /// The whole answer, one line per figure: the verdict, each week it changes, each
    /// deadline it worsens, the counter-offer, the relief plan and the new warnings.
    pub fn render_what_if(&self, answer: &WhatIf) -> Vec<String> {
        let percent = |p: Option<f64>| p.map_or("no capacity".into(), |p| format!("{p:.1}%"));
        let mut lines = vec![format!("{:?}", answer.verdict)];
        for w in &answer.weeks {
            lines.push(format!(
                "week {} {}: {:.2} h -> {:.2} h of {:.2} h, {} -> {} {:?} ({:?})",
                w.week,
                self.name_of(Some(w.person)),
                w.before.load,
                w.after.load,
                w.after.capacity,
                percent(w.percent_before),
                percent(w.percent_after),
                w.level_after,
                w.verdict,
            ));
        }
        for d in &answer.deadlines {
            let titles: Vec<String> = d.commitments.iter().map(|id| self.title_of(*id)).collect();
            lines.push(format!(
                "deadline {} by {}{}: {:.2} h short -> {:.2} h short, {:.2} h due, {:.2} h available [{}]",
                self.name_of(Some(d.person)),
                d.due,
                if d.hard { " (hard)" } else { "" },
                d.short_before,
                d.short_after,
                d.demand,
                d.supply,
                titles.join(", "),
            ));
        }
        match answer.counter_offer {
            Some(CounterOffer::Due { due, start }) => lines.push(format!(
                "counter-offer: by {} ({:?}){}",
                due.date,
                due.kind,
                start.map_or(String::new(), |start| format!(", starting {start}"))
            )),
            Some(CounterOffer::Start(start)) => lines.push(format!("counter-offer: from {start}")),
            None if answer.verdict != Verdict::Fits => {
                lines.push("counter-offer: none within the horizon".into())
            }
            None => {}
        }
        if let Some(relief) = &answer.relief {
            let weeks: Vec<String> = relief.weeks.iter().map(|w| w.to_string()).collect();
            lines.push(format!(
                "relief for {}, {}: weeks {}",
                self.name_of(Some(relief.person)),
                match relief.goal {
                    ReliefGoal::WithinCapacity => "within capacity",
                    ReliefGoal::BelowFull => "below Full",
                },
                weeks.join(" ")
            ));
            lines.extend(
                self.render_relief(relief).into_iter().map(|line| format!("relief {line}")),
            );
        }
        lines.extend(answer.new_warnings.iter().map(|w| format!("new {}", self.render(w))));
        lines
    }
}

pub fn day(offset: i64) -> NaiveDate {
    monday() + Duration::days(offset)
}

pub fn due(offset: i64, kind: DueKind) -> Option<Due> {
    Some(Due { date: day(offset), kind })
}
