//! The weekly review's words, in English and French.

use chrono::NaiveDate;
use plateful_core::{CommitmentId, Decision, Language, Plan, ReviewEntry, Step};

use crate::fmt::{date, hours};
use crate::i18n::{tr, Text};
use crate::sentences::percent;

/// A fixed piece of the review's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum R {
    Nav,
    Heading,
    Intro,
    Start,
    Discard,
    NeverReviewed,
    Back,
    Next,
    Steps,
    Decline,
    Someday,
    InboxEmpty,
    NothingCurrent,
    HoursSpent,
    Decision,
    NewDue,
    DelegateTo,
    Reason,
    Decide,
    NothingWaiting,
    FollowedUp,
    FollowUp,
    WentWell,
    Slipped,
    ToChange,
    Pulse,
    FinishButton,
    HistoryHeading,
    HistoryLink,
    NoReviews,
    TrendsHeading,
    TrendLoad,
    TrendHours,
    TrendDone,
    TrendSlipped,
    TrendPulse,
    Summary,
    Copy,
    Copied,
    Snapshot,
    Decisions,
    Triaged,
    FollowedUpList,
    BigRocks,
    Reflection,
}

pub fn rt(language: Language, text: R) -> &'static str {
    let (en, fr) = match text {
        R::Nav => ("Review", "Revue"),
        R::Heading => ("Weekly review", "Revue hebdomadaire"),
        R::Intro => (
            "Go through your plate step by step: the inbox, what is under way, what you wait for, the weeks ahead, next week's big rocks, and how the week felt. You can leave at any time; the review waits where you left it.",
            "Passez votre assiette en revue pas à pas : la boîte de réception, ce qui est en cours, ce que vous attendez, les semaines à venir, les priorités de la semaine prochaine et votre ressenti. Vous pouvez partir à tout moment ; la revue vous attend là où vous l'avez laissée.",
        ),
        R::Start => ("Start this week's review", "Commencer la revue de la semaine"),
        R::Discard => ("Discard this review", "Abandonner cette revue"),
        R::NeverReviewed => ("No review finished yet.", "Aucune revue terminée pour l'instant."),
        R::Back => ("Back", "Retour"),
        R::Next => ("Next", "Suivant"),
        R::Steps => ("Steps of the review", "Étapes de la revue"),
        R::Decline => ("Decline", "Refuser"),
        R::Someday => ("Someday", "Un jour"),
        R::InboxEmpty => ("The inbox is empty.", "La boîte de réception est vide."),
        R::NothingCurrent => ("Nothing is active or waiting.", "Rien n'est actif ni en attente."),
        R::HoursSpent => ("Hours spent since last logged", "Heures passées depuis la dernière saisie"),
        R::Decision => ("Decision", "Décision"),
        R::NewDue => ("New due date", "Nouvelle échéance"),
        R::DelegateTo => ("Delegate to", "Déléguer à"),
        R::Reason => ("Reason", "Raison"),
        R::Decide => ("Decide", "Décider"),
        R::NothingWaiting => ("You are not waiting for anyone.", "Vous n'attendez personne."),
        R::FollowedUp => ("Followed up", "Relancé"),
        R::FollowUp => ("I followed up", "J'ai relancé"),
        R::WentWell => ("What went well?", "Qu'est-ce qui a bien marché ?"),
        R::Slipped => ("What slipped?", "Qu'est-ce qui a glissé ?"),
        R::ToChange => ("What will I change?", "Que vais-je changer ?"),
        R::Pulse => ("Energy, from 1 (drained) to 5 (full of energy)", "Énergie, de 1 (à plat) à 5 (en pleine forme)"),
        R::FinishButton => ("Finish the review", "Terminer la revue"),
        R::HistoryHeading => ("Past reviews", "Revues passées"),
        R::HistoryLink => ("History and trends", "Historique et tendances"),
        R::NoReviews => ("No finished review yet.", "Aucune revue terminée pour l'instant."),
        R::TrendsHeading => ("Trends", "Tendances"),
        R::TrendLoad => ("Next week's load (%)", "Charge de la semaine suivante (%)"),
        R::TrendHours => ("Hours logged", "Heures saisies"),
        R::TrendDone => ("Done", "Terminés"),
        R::TrendSlipped => ("Slipped", "Glissés"),
        R::TrendPulse => ("Pulse", "Énergie"),
        R::Summary => ("Summary to copy (Markdown)", "Résumé à copier (Markdown)"),
        R::Copy => ("Copy the summary", "Copier le résumé"),
        R::Copied => ("Copied.", "Copié."),
        R::Snapshot => ("My next four weeks, as the review left them", "Mes quatre prochaines semaines, à la fin de la revue"),
        R::Decisions => ("Decisions", "Décisions"),
        R::Triaged => ("Requests triaged", "Demandes triées"),
        R::FollowedUpList => ("Followed up", "Relances"),
        R::BigRocks => ("Big rocks for next week", "Priorités de la semaine prochaine"),
        R::Reflection => ("Reflection", "Bilan"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

pub fn step(language: Language, step: Step) -> &'static str {
    let (en, fr) = match step {
        Step::GetClear => ("Get clear", "Vider l'entrée"),
        Step::GetCurrent => ("Get current", "Faire le point"),
        Step::WaitingFor => ("Waiting for", "En attente de"),
        Step::LookAhead => ("Look ahead", "Voir venir"),
        Step::BigRocks => ("Big rocks", "Priorités"),
        Step::Reflect => ("Reflect", "Bilan"),
        Step::Finish => ("Finish", "Terminer"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// What a step asks of the user.
pub fn step_help(language: Language, step: Step) -> &'static str {
    let (en, fr) = match step {
        Step::GetClear => (
            "Triage each request in the inbox: accept it, decline it, or keep it for someday.",
            "Triez chaque demande : acceptez-la, refusez-la ou gardez-la pour un jour.",
        ),
        Step::GetCurrent => (
            "For each active or waiting commitment, log the hours spent and decide: keep, done, defer, renegotiate, delegate or drop.",
            "Pour chaque engagement actif ou en attente, saisissez les heures passées et décidez : garder, terminé, reporter, renégocier, déléguer ou abandonner.",
        ),
        Step::WaitingFor => (
            "What others owe you. Follow up where it is due.",
            "Ce que les autres vous doivent. Relancez quand il le faut.",
        ),
        Step::LookAhead => (
            "Your next four weeks with the decisions made so far, their warnings, and the relief plan when a week is over capacity.",
            "Vos quatre prochaines semaines avec les décisions déjà prises, leurs alertes et le plan d'allègement quand une semaine déborde.",
        ),
        Step::BigRocks => (
            "Choose at most three commitments that matter most next week.",
            "Choisissez au plus trois engagements qui comptent le plus la semaine prochaine.",
        ),
        Step::Reflect => (
            "A few words for yourself, and how much energy you have.",
            "Quelques mots pour vous, et votre niveau d'énergie.",
        ),
        Step::Finish => (
            "The review ends with next week within capacity, or with the overload accepted.",
            "La revue se termine avec la semaine prochaine dans la capacité, ou avec le dépassement accepté.",
        ),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

pub fn decision_name(language: Language, decision: &Decision) -> &'static str {
    let (en, fr) = match decision {
        Decision::Keep => ("Keep", "Garder"),
        Decision::Done => ("Done", "Terminé"),
        Decision::Defer { .. } => ("Defer", "Reporter"),
        Decision::Renegotiate { .. } => ("Renegotiate", "Renégocier"),
        Decision::Delegate { .. } => ("Delegate", "Déléguer"),
        Decision::Drop { .. } => ("Drop", "Abandonner"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// "Step 2 of 7: Get current".
pub fn step_of(language: Language, step: Step) -> String {
    let (index, total, name) = (step.index() + 1, Step::ALL.len(), self::step(language, step));
    match language {
        Language::En => format!("Step {index} of {total}: {name}"),
        Language::Fr => format!("Étape {index} sur {total} : {name}"),
    }
}

pub fn under_way(language: Language, week: NaiveDate) -> String {
    match language {
        Language::En => format!("The review of the week of {} is under way.", date(language, week)),
        Language::Fr => format!("La revue de la semaine du {} est en cours.", date(language, week)),
    }
}

pub fn week_of(language: Language, week: NaiveDate) -> String {
    match language {
        Language::En => format!("Week of {}", date(language, week)),
        Language::Fr => format!("Semaine du {}", date(language, week)),
    }
}

pub fn last_review(language: Language, on: NaiveDate) -> String {
    match language {
        Language::En => format!("Last review finished on {}.", date(language, on)),
        Language::Fr => format!("Dernière revue terminée le {}.", date(language, on)),
    }
}

/// "Next week: 50 h planned for 40 h available (125%)."
pub fn gate(language: Language, load: f64, capacity: f64, over_by: f64) -> String {
    let pct = percent((capacity > 0.0).then(|| load / capacity * 100.0));
    let (load, capacity) = (hours(language, load), hours(language, capacity));
    match (language, over_by > 0.0) {
        (Language::En, false) => format!("Next week fits: {load} planned for {capacity} available ({pct})."),
        (Language::En, true) => format!(
            "Next week is over capacity by {}: {load} planned for {capacity} available ({pct}).",
            hours(language, over_by)
        ),
        (Language::Fr, false) => format!("La semaine prochaine tient : {load} prévues pour {capacity} disponibles ({pct})."),
        (Language::Fr, true) => format!(
            "La semaine prochaine dépasse la capacité de {} : {load} prévues pour {capacity} disponibles ({pct}).",
            hours(language, over_by)
        ),
    }
}

/// What finishing asks while next week is over.
pub fn make_room(language: Language) -> &'static str {
    match language {
        Language::En => "Make room in Look ahead (the relief plan), or accept being over:",
        Language::Fr => "Faites de la place dans « Voir venir » (le plan d'allègement), ou acceptez le dépassement :",
    }
}

pub fn accept_over(language: Language, over_by: f64) -> String {
    match language {
        Language::En => format!("I accept being over by {} next week", hours(language, over_by)),
        Language::Fr => {
            format!("J'accepte de dépasser de {} la semaine prochaine", hours(language, over_by))
        }
    }
}

pub fn accepted_over(language: Language, over_by: f64) -> String {
    match language {
        Language::En => format!("Accepted being over by {} next week.", hours(language, over_by)),
        Language::Fr => {
            format!("Dépassement accepté de {} la semaine prochaine.", hours(language, over_by))
        }
    }
}

/// A commitment's title, or a dash for one deleted since.
pub fn title_of(plan: &Plan, id: CommitmentId) -> String {
    plan.commitment(id).map(|c| c.title.as_str().to_owned()).unwrap_or_else(|| "–".to_owned())
}

/// "Vendor evaluation: Keep, 4 h logged".
pub fn entry_line(language: Language, plan: &Plan, entry: &ReviewEntry) -> String {
    format!("{}: {}", title_of(plan, entry.commitment), decided(language, plan, entry))
}

/// How a decision reads once made: "Defer to 4 Dec 2026, 2 h logged".
pub fn decided(language: Language, plan: &Plan, entry: &ReviewEntry) -> String {
    let (decision, logged) = (&entry.decision, entry.hours_logged.get());
    let person = match decision {
        Decision::Delegate { to } => plan.person(*to).map(|p| p.name.as_str()),
        _ => None,
    };
    let name = decision_name(language, decision);
    let detail = match decision {
        Decision::Defer { new_due } | Decision::Renegotiate { new_due } => match language {
            Language::En => format!(" to {}", date(language, *new_due)),
            Language::Fr => format!(" au {}", date(language, *new_due)),
        },
        Decision::Delegate { .. } => person.map(|p| format!(" → {p}")).unwrap_or_default(),
        Decision::Drop { reason } if !reason.is_empty() => format!(" ({})", reason.as_str()),
        _ => String::new(),
    };
    let logged = if logged > 0.0 {
        match language {
            Language::En => format!(", {} logged", hours(language, logged)),
            Language::Fr => format!(", {} saisies", hours(language, logged)),
        }
    } else {
        String::new()
    };
    format!("{name}{detail}{logged}")
}

pub fn completed(language: Language, at: chrono::DateTime<chrono::Utc>) -> String {
    match language {
        Language::En => format!("Finished {}", crate::fmt::timestamp(language, at)),
        Language::Fr => format!("Terminée le {}", crate::fmt::timestamp(language, at)),
    }
}

/// A finished review as Markdown, to paste into notes for one's own manager or a 1:1.
pub fn markdown(language: Language, plan: &Plan, review: &plateful_core::Review) -> String {
    use std::fmt::Write as _;
    let title = |id: CommitmentId| title_of(plan, id);
    let mut out = String::new();
    let heading = match language {
        Language::En => "Weekly review",
        Language::Fr => "Revue hebdomadaire",
    };
    let _ = writeln!(out, "# {heading}: {}", week_of(language, review.week));
    let _ = write!(out, "\n{}", completed(language, review.completed_at));
    if let Some(pulse) = review.pulse {
        let _ = write!(out, " · {} {}/5", rt(language, R::TrendPulse), pulse.get());
    }
    out.push('\n');

    let _ = writeln!(out, "\n## {}\n", rt(language, R::Snapshot));
    let [week, planned, available] = snapshot_columns(language);
    let _ = writeln!(out, "| {week} | {planned} | {available} | % |\n|---|---:|---:|---:|");
    for snapshot in &review.snapshot {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            date(language, snapshot.week),
            hours(language, snapshot.load.get()),
            hours(language, snapshot.capacity.get()),
            percent(snapshot.ratio().map(|r| r * 100.0))
        );
    }
    if let Some(over) = review.accepted_overload_hours {
        let _ = writeln!(out, "\n{}", accepted_over(language, over.get()));
    }

    let list = |out: &mut String, heading: R, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "\n## {}\n", rt(language, heading));
            for item in items {
                let _ = writeln!(out, "- {item}");
            }
        }
    };
    let decisions = review.entries.iter().map(|entry| entry_line(language, plan, entry)).collect();
    list(&mut out, R::Decisions, decisions);
    list(&mut out, R::Triaged, review.triaged.iter().map(|id| title(*id)).collect());
    list(&mut out, R::FollowedUpList, review.followed_up.iter().map(|id| title(*id)).collect());
    list(&mut out, R::BigRocks, review.big_rocks.iter().map(|id| title(*id)).collect());

    let reflection = reflection_answers(review);
    if reflection.iter().any(|(_, text)| !text.is_empty()) {
        let _ = writeln!(out, "\n## {}", rt(language, R::Reflection));
        for (question, answer) in reflection.iter().filter(|(_, text)| !text.is_empty()) {
            let _ = writeln!(out, "\n**{}**\n{}", rt(language, *question), answer.as_str());
        }
    }
    out
}

pub fn finish_error(language: Language, error: &plateful_core::FinishError) -> String {
    use plateful_core::FinishError;
    match (language, error) {
        (Language::En, FinishError::OverCapacity { over_by, .. }) => format!(
            "Next week is still over capacity by {}: make room in Look ahead, or tick “I accept being over”.",
            hours(language, *over_by)
        ),
        (Language::Fr, FinishError::OverCapacity { over_by, .. }) => format!(
            "La semaine prochaine dépasse encore la capacité de {} : faites de la place dans « Voir venir », ou cochez « J'accepte de dépasser ».",
            hours(language, *over_by)
        ),
        (Language::En, FinishError::NoOneToReview) => "The plan has no “me” to review.".to_owned(),
        (Language::Fr, FinishError::NoOneToReview) => "Le plan n'a pas de « moi » à passer en revue.".to_owned(),
    }
}

/// The headings of a review's snapshot table.
pub fn snapshot_columns(language: Language) -> [&'static str; 3] {
    [tr(language, Text::Week), tr(language, Text::Planned), tr(language, Text::Available)]
}

/// The three reflection questions with the review's answers.
pub fn reflection_answers(review: &plateful_core::Review) -> [(R, &plateful_core::Notes); 3] {
    [
        (R::WentWell, &review.reflection.went_well),
        (R::Slipped, &review.reflection.slipped),
        (R::ToChange, &review.reflection.to_change),
    ]
}

/// Who a commitment waits on, since when, and when I last asked: "waiting on Legal since
/// 12 Nov 2026, last follow-up 19 Nov 2026".
pub fn waiting_on(
    language: Language,
    who: &str,
    since: NaiveDate,
    last: Option<NaiveDate>,
) -> String {
    let mut text = match language {
        Language::En => format!("waiting on {who} since {}", date(language, since)),
        Language::Fr => format!("en attente de {who} depuis le {}", date(language, since)),
    };
    if let Some(last) = last {
        match language {
            Language::En => text.push_str(&format!(", last follow-up {}", date(language, last))),
            Language::Fr => {
                text.push_str(&format!(", dernière relance le {}", date(language, last)))
            }
        }
    }
    text
}

pub fn asked_by(language: Language, who: &str) -> String {
    match language {
        Language::En => format!("asked by {who}"),
        Language::Fr => format!("demandé par {who}"),
    }
}

pub fn delegated_to(language: Language, who: &str) -> String {
    match language {
        Language::En => format!("delegated to {who}"),
        Language::Fr => format!("délégué à {who}"),
    }
}

/// A review under way that could not be read: where it was kept, or that it could not be.
pub fn unreadable(language: Language, reason: &str, kept_under: Option<&str>) -> String {
    match (language, kept_under) {
        (Language::En, Some(key)) => format!(
            "The review under way could not be read ({reason}); it was kept aside under {key}. You can start a new one."
        ),
        (Language::Fr, Some(key)) => format!(
            "La revue en cours n'a pas pu être lue ({reason}) ; elle a été mise de côté sous {key}. Vous pouvez en commencer une nouvelle."
        ),
        (Language::En, None) => format!(
            "The review under way could not be read ({reason}), nor copied aside: it is left as it is, and a new review cannot start until storage has room (see Data)."
        ),
        (Language::Fr, None) => format!(
            "La revue en cours n'a pas pu être lue ({reason}), ni mise de côté : elle reste telle quelle, et une nouvelle revue ne peut commencer tant que le stockage n'a pas de place (voir Données)."
        ),
    }
}
