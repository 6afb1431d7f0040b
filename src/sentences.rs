//! Warnings, relief actions and verdicts as sentences, with their figures, in the
//! user's language. Part of the translation table (`i18n.rs` holds the fixed words).

use chrono::NaiveDate;
use plateful_core::relief::{ReliefAction, ReliefKind};
use plateful_core::warnings::{Severity, Warning, WarningKind};
use plateful_core::whatif::{Verdict, WhatIf};
use plateful_core::{CommitmentId, Language, LoadLevel, PersonId, Plan};

use crate::fmt::{date, hours};

fn title(plan: &Plan, id: CommitmentId) -> String {
    plan.commitment(id).map(|c| format!("“{}”", c.title.as_str())).unwrap_or_default()
}

fn titles(plan: &Plan, ids: &[CommitmentId]) -> String {
    ids.iter().map(|id| title(plan, *id)).collect::<Vec<_>>().join(", ")
}

/// "Alice: " for someone else, nothing for me.
fn whose(plan: &Plan, person: Option<PersonId>) -> String {
    match person.and_then(|id| plan.person(id)) {
        Some(p) if Some(p.id) != plan.me().map(|me| me.id) => format!("{}: ", p.name.as_str()),
        _ => String::new(),
    }
}

pub fn percent(value: Option<f64>) -> String {
    value.map_or("–".into(), |p| format!("{:.0}%", p))
}

pub fn severity(language: Language, severity: Severity) -> &'static str {
    match (language, severity) {
        (Language::En, Severity::Info) => "Note",
        (Language::En, Severity::Warning) => "Warning",
        (Language::En, Severity::Critical) => "Critical",
        (Language::Fr, Severity::Info) => "Note",
        (Language::Fr, Severity::Warning) => "Attention",
        (Language::Fr, Severity::Critical) => "Critique",
    }
}

pub fn level(language: Language, level: LoadLevel) -> &'static str {
    match (language, level) {
        (Language::En, LoadLevel::Ok) => "within capacity",
        (Language::En, LoadLevel::Full) => "full",
        (Language::En, LoadLevel::Over) => "over capacity",
        (Language::En, LoadLevel::Critical) => "far over capacity",
        (Language::Fr, LoadLevel::Ok) => "dans la capacité",
        (Language::Fr, LoadLevel::Full) => "plein",
        (Language::Fr, LoadLevel::Over) => "au-delà de la capacité",
        (Language::Fr, LoadLevel::Critical) => "très au-delà de la capacité",
    }
}

/// "Week of 9 Dec: 52 h planned for 38 h available (137%)".
pub fn week_load(
    language: Language,
    week: NaiveDate,
    load: f64,
    capacity: f64,
    percent_value: Option<f64>,
) -> String {
    let (week, load, capacity, pct) = (
        date(language, week),
        hours(language, load),
        hours(language, capacity),
        percent(percent_value),
    );
    match language {
        Language::En => format!("Week of {week}: {load} planned for {capacity} available ({pct})"),
        Language::Fr => {
            format!("Semaine du {week} : {load} prévues pour {capacity} disponibles ({pct})")
        }
    }
}

/// One warning as a sentence, figures included.
pub fn warning(language: Language, plan: &Plan, warning: &Warning) -> String {
    let who = whose(plan, warning.person);
    let en = language == Language::En;
    match &warning.kind {
        WarningKind::Overload { level: l, load, capacity, percent: p, others } => {
            let week = warning.week.unwrap_or_default();
            let more = if *others > 0 {
                if en {
                    format!(" and {others} more")
                } else {
                    format!(" et {others} autres")
                }
            } else {
                String::new()
            };
            format!(
                "{who}{}, {}. {}{}{more}.",
                week_load(language, week, *load, *capacity, *p),
                level(language, *l),
                if en { "Heaviest: " } else { "Les plus lourds : " },
                titles(plan, &warning.commitments)
            )
        }
        WarningKind::DeadlineAtRisk { due, demand, supply, short_by } => {
            let (due, demand, supply, short) = (
                date(language, *due),
                hours(language, *demand),
                hours(language, supply.max(0.0)),
                hours(language, *short_by),
            );
            let list = titles(plan, &warning.commitments);
            if en {
                format!("{who}Deadlines up to {due} cannot all be met: {demand} of work due for {supply} available, {short} short. At risk: {list}.")
            } else {
                format!("{who}Les échéances jusqu'au {due} ne peuvent pas toutes être tenues : {demand} de travail pour {supply} disponibles, il manque {short}. En danger : {list}.")
            }
        }
        WarningKind::Overdue { due, days_overdue } => {
            let (t, d) = (titles(plan, &warning.commitments), date(language, *due));
            if en {
                format!("{who}{t} was due {d}, {days_overdue} days ago.")
            } else {
                format!("{who}{t} était dû le {d}, il y a {days_overdue} jours.")
            }
        }
        WarningKind::TooMuchWip { active, limit, done_per_week, wait_weeks } => {
            let wait = match (done_per_week, wait_weeks) {
                (Some(rate), Some(weeks)) if en => {
                    format!(
                        " At {rate:.1} finished a week, a new yes waits about {weeks:.0} weeks."
                    )
                }
                (Some(rate), Some(weeks)) => {
                    format!(" Au rythme de {rate:.1} terminés par semaine, un nouveau oui attend environ {weeks:.0} semaines.")
                }
                _ => String::new(),
            };
            if en {
                format!("{active} pieces of work in progress for a limit of {limit}.{wait}")
            } else {
                format!("{active} travaux en cours pour une limite de {limit}.{wait}")
            }
        }
        WarningKind::TooManyBigRocks { chosen, limit } => {
            if en {
                format!("{chosen} big rocks this week: keep it to {limit}.")
            } else {
                format!("{chosen} priorités cette semaine : gardez-en {limit} au plus.")
            }
        }
        WarningKind::TreadingWater { since, days, .. } => {
            let (t, d) = (titles(plan, &warning.commitments), date(language, *since));
            if en {
                format!("{who}No progress on {t} since {d} ({days} days): treading water.")
            } else {
                format!("{who}Aucun progrès sur {t} depuis le {d} ({days} jours) : on fait du surplace.")
            }
        }
        WarningKind::WaitingTooLong { since, days, .. } => {
            let (t, d) = (titles(plan, &warning.commitments), date(language, *since));
            if en {
                format!("{who}{t} has waited without a follow-up since {d} ({days} days).")
            } else {
                format!("{who}{t} attend sans relance depuis le {d} ({days} jours).")
            }
        }
        WarningKind::NoEstimate => {
            let t = titles(plan, &warning.commitments);
            if en {
                format!("{who}{t} has no estimate, so it counts as no load.")
            } else {
                format!("{who}{t} n'a pas d'estimation : il ne compte pour aucune charge.")
            }
        }
        WarningKind::ReviewDue { last, days } => match (last, en) {
            (Some(last), true) => {
                format!("No weekly review since {} ({days} days).", date(language, *last))
            }
            (Some(last), false) => format!(
                "Pas de revue hebdomadaire depuis le {} ({days} jours).",
                date(language, *last)
            ),
            (None, true) => "No weekly review yet.".into(),
            (None, false) => "Pas encore de revue hebdomadaire.".into(),
        },
        WarningKind::InboxPiling { count, older_than_days, .. } => {
            if en {
                format!("{count} requests older than {older_than_days} days wait in the inbox.")
            } else {
                format!("{count} demandes de plus de {older_than_days} jours attendent dans la boîte de réception.")
            }
        }
    }
}

/// One relief action, with what it frees and the ratios it leaves.
pub fn relief_action(language: Language, plan: &Plan, action: &ReliefAction) -> String {
    let t = title(plan, action.commitment);
    let en = language == Language::En;
    let what = match &action.kind {
        ReliefKind::Delegate { to } => {
            let name = plan.person(*to).map(|p| p.name.as_str().to_owned()).unwrap_or_default();
            if en {
                format!("Delegate {t} to {name}")
            } else {
                format!("Déléguer {t} à {name}")
            }
        }
        ReliefKind::Defer { start, .. } => {
            if en {
                format!("Defer {t} to {}", date(language, *start))
            } else {
                format!("Reporter {t} au {}", date(language, *start))
            }
        }
        ReliefKind::Drop => {
            if en {
                format!("Drop {t}")
            } else {
                format!("Abandonner {t}")
            }
        }
        ReliefKind::Renegotiate { due } => {
            if en {
                format!("Ask for more time on {t}: due {}", date(language, due.date))
            } else {
                format!(
                    "Demander plus de temps pour {t} : échéance au {}",
                    date(language, due.date)
                )
            }
        }
    };
    let after = action.percents_after.iter().map(|p| percent(*p)).collect::<Vec<_>>().join(" · ");
    if en {
        format!(
            "{what}. Frees {}; the next weeks then stand at {after}.",
            hours(language, action.frees)
        )
    } else {
        format!(
            "{what}. Libère {} ; les prochaines semaines passent à {after}.",
            hours(language, action.frees)
        )
    }
}

/// "Does not fit: …" with the figures of the week it changes most.
pub fn verdict(language: Language, answer: &WhatIf) -> String {
    let en = language == Language::En;
    let head = match (answer.verdict, en) {
        (Verdict::Fits, true) => "Fits",
        (Verdict::Tight, true) => "Tight",
        (Verdict::DoesNotFit, true) => "Does not fit",
        (Verdict::Fits, false) => "Ça rentre",
        (Verdict::Tight, false) => "C'est juste",
        (Verdict::DoesNotFit, false) => "Ça ne rentre pas",
    };
    let worst = answer
        .weeks
        .iter()
        .zip(answer.after.iter().zip(&answer.before))
        .filter(|(_, (after, before))| after.load > before.load + 1e-9)
        .max_by(|a, b| {
            let ratio = |w: &plateful_core::WeekLoad| w.percent().unwrap_or(f64::INFINITY);
            ratio(a.1 .0).total_cmp(&ratio(b.1 .0))
        });
    match worst {
        Some((week, (after, _))) => format!(
            "{head}: {}",
            week_load(language, *week, after.load, after.capacity, after.percent())
        ),
        None => head.to_owned(),
    }
}
