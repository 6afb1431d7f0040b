//! Every message in French, with French typography: a non-breaking space before
//! `:` `;` `?` `!` and inside « », added to every message by [`typography`].

use plateful_core::filter::{Sort, StatusFilter};
use plateful_core::focus::{Because, Term};
use plateful_core::input::InputError;
use plateful_core::item::{Figures, Move};
use plateful_core::priorities::Quadrant;
use plateful_core::quick::QuickError;
use plateful_core::settings::SettingProblem;
use plateful_core::sync::{Label, StoreError};
use plateful_core::whatif::Verdict;
use plateful_core::{
    CommandKind, Decision, DomainError, EffortKind, FinishError, FormatError, Language, LoadLevel,
    NumberError, Role, SettingField, Severity, StatusKind, Step, TextError,
};

use plateful_core::detail::{Detail, Holder, Shape};

use super::Msg;
use crate::fmt;

const L: Language = Language::Fr;

fn hours(value: f64) -> String {
    fmt::hours(L, value)
}

fn date(value: chrono::NaiveDate) -> String {
    fmt::date(L, value)
}

fn percent(value: Option<f64>) -> String {
    fmt::percent(L, value)
}

fn num(value: f64) -> String {
    fmt::number(L, value, 2)
}

/// "Alice : " for someone else, nothing for me.
fn whose(who: Option<&str>) -> String {
    who.map(|who| format!("{who} : ")).unwrap_or_default()
}

/// "1 jour", "3 jours".
fn days(count: i64) -> String {
    if count == 1 || count == 0 {
        format!("{count} jour")
    } else {
        format!("{count} jours")
    }
}

/// French spacing around punctuation: a non-breaking space (narrow before `;` `?` `!`)
/// where an ordinary one or none was typed, so that no line starts with a colon.
pub fn typography(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' if matches!(chars.peek(), Some(':')) => out.push('\u{a0}'),
            ' ' if matches!(chars.peek(), Some(';' | '?' | '!' | '»')) => {
                out.push(if chars.peek() == Some(&'»') { '\u{a0}' } else { '\u{202f}' })
            }
            '«' => {
                out.push('«');
                // Idempotent: a quote already followed by its space keeps one.
                while matches!(chars.peek(), Some(' ' | '\u{a0}' | '\u{202f}')) {
                    chars.next();
                }
                out.push('\u{a0}');
            }
            _ => out.push(c),
        }
    }
    out
}

/// The message in French. The match names every message: one without its French
/// wording does not compile.
pub fn say(msg: Msg) -> String {
    typography(&words(msg))
}

fn words(msg: Msg) -> String {
    match msg {
        Msg::Tagline => "Voyez ce qui est dans votre assiette avant de dire oui.".into(),
        Msg::NavCommitments => "Engagements".into(),
        Msg::Undo => "Annuler".into(),
        Msg::CommitmentsHeading => "Engagements".into(),
        Msg::AddHeading => "Ajouter un engagement".into(),
        Msg::EditHeading => "Modifier l'engagement".into(),
        Msg::Title => "Titre".into(),
        Msg::Effort => "Effort".into(),
        Msg::Unestimated => "Non estimé".into(),
        Msg::EstimateHours => "Estimation (heures)".into(),
        Msg::HoursPerWeek => "Heures par semaine".into(),
        Msg::DueDate => "Échéance".into(),
        Msg::HardDeadline => "Échéance ferme".into(),
        Msg::Important => "Important".into(),
        Msg::Add => "Ajouter".into(),
        Msg::Save => "Enregistrer".into(),
        Msg::Cancel => "Annuler".into(),
        Msg::Edit => "Modifier".into(),
        Msg::Delete => "Supprimer".into(),
        Msg::StatusLabel => "Statut".into(),
        Msg::LogHours => "Heures passées".into(),
        Msg::Log => "Noter".into(),
        Msg::Empty => "Rien dans votre assiette pour l'instant. Ajoutez ci-dessus ce à quoi vous avez dit oui.".into(),
        Msg::WaitingOnLabel => "En attente de qui ?".into(),
        Msg::SetWaiting => "Marquer en attente".into(),
        Msg::RecoveryHeading => "Votre plan enregistré n'a pas pu être ouvert".into(),
        Msg::RecoveryBody => "Plateful a trouvé un plan enregistré qu'il ne sait pas lire. Il est laissé tel quel : rien ne sera écrit par-dessus.".into(),
        Msg::RecoveryProblem => "Le problème".into(),
        Msg::RecoveryDownload => "Télécharger la valeur enregistrée".into(),
        Msg::RecoveryStartFresh => "Commencer un nouveau plan".into(),
        Msg::RecoveryStartFreshNote => "La valeur illisible est d'abord conservée sous une clé à part.".into(),
        Msg::NotFound => "Cette page n'existe pas.".into(),
        Msg::StorageUnreadable => "Le plan enregistré est devenu illisible, peut-être à cause d'un autre onglet : il est conservé tel quel et vos modifications ici ne sont pas enregistrées. Exportez-les.".into(),
        Msg::Export => "Exporter".into(),
        Msg::SaveAgain => "Réessayer d’enregistrer".into(),
        Msg::NavData => "Données".into(),
        Msg::DataHeading => "Vos données".into(),
        Msg::ExportHeading => "Exporter".into(),
        Msg::ExportNote => "Un fichier JSON à garder, à ouvrir dans un autre navigateur ou à réimporter.".into(),
        Msg::ImportHeading => "Importer".into(),
        Msg::ImportLabel => "Fichier de plan (.json, 5 Mo au plus)".into(),
        Msg::ImportPreviewHeading => "Dans ce fichier".into(),
        Msg::Replace => "Remplacer mon plan".into(),
        Msg::Merge => "Fusionner avec mon plan".into(),
        Msg::ReplaceNote => "Votre plan actuel est d'abord gardé en sauvegarde, et Annuler le rétablit.".into(),
        Msg::MergeNote => "Rapprochés par identifiant : pour un engagement présent des deux côtés, la copie modifiée en dernier l'emporte.".into(),
        Msg::Replaced => "Votre plan a été remplacé par le fichier.".into(),
        Msg::BackupsHeading => "Sauvegardes".into(),
        Msg::BackupsNone => "Pas encore de sauvegarde. Une est gardée quand l'application ouvre un plan avec des engagements, et avant chaque import ou restauration.".into(),
        Msg::BackupNewest => "Sauvegarde la plus récente".into(),
        Msg::BackupOlder => "Sauvegarde plus ancienne".into(),
        Msg::Restore => "Restaurer".into(),
        Msg::StorageHeading => "Stockage".into(),
        Msg::Persistent => "Persistant : le navigateur ne l'effacera pas pour libérer de la place.".into(),
        Msg::NotPersistent => "Non persistant : le navigateur peut l'effacer s'il manque de place. Exportez régulièrement.".into(),
        Msg::EraseHeading => "Tout effacer".into(),
        Msg::EraseButton => "Effacer toutes les données…".into(),
        Msg::EraseConfirm => "Cela supprime votre plan et ses sauvegardes de ce navigateur. Exportez d'abord si vous pourriez en avoir besoin.".into(),
        Msg::EraseYes => "Oui, tout effacer".into(),
        Msg::Erased => "Tout a été effacé. Vous repartez d'un plan vide.".into(),
        Msg::NavToday => "Aujourd'hui".into(),
        Msg::NavPriorities => "Priorités".into(),
        Msg::NavTeam => "Équipe".into(),
        Msg::NavSettings => "Réglages".into(),
        Msg::TodayHeading => "Aujourd'hui".into(),
        Msg::ThisWeek => "Cette semaine".into(),
        Msg::ChartHeading => "Charge et capacité, semaine par semaine".into(),
        Msg::Week => "Semaine".into(),
        Msg::Planned => "Prévu".into(),
        Msg::Available => "Disponible".into(),
        Msg::WarningsHeading => "Alertes".into(),
        Msg::NoWarnings => "Rien d'inquiétant.".into(),
        Msg::FollowedUp => "J'ai relancé".into(),
        Msg::ReliefHeading => "Plan d'allègement".into(),
        Msg::ReliefIntro => "Pour ramener chacune des prochaines semaines dans la capacité. Maintenant :".into(),
        Msg::Apply => "Appliquer".into(),
        Msg::ApplyAll => "Tout appliquer, en une étape".into(),
        Msg::NoticeErased => "Tout a été effacé dans un autre onglet : celui-ci repart d'un plan vide.".into(),
        Msg::Dismiss => "Fermer".into(),
        Msg::DroppedByRelief => "Abandonné pour ramener ma semaine dans la capacité".into(),
        Msg::FocusHeading => "Priorité maintenant".into(),
        Msg::InboxHeading => "Boîte de réception".into(),
        Msg::QuickAddLabel => "Ajout rapide".into(),
        Msg::QuickAddHint => "Titre, puis 12h ou 3h/sem, pour ven, le 15 mars ou demain, @personne qui demande, ! pour important, #étiquette. Les mots entre guillemets restent dans le titre.".into(),
        Msg::AddToInbox => "Mettre en attente de réponse".into(),
        Msg::CanISayYes => "Puis-je dire oui ?".into(),
        Msg::Accept => "Accepter".into(),
        Msg::Search => "Rechercher".into(),
        Msg::All => "Tous".into(),
        Msg::Owner => "Responsable".into(),
        Msg::Tag => "Étiquette".into(),
        Msg::QuadrantLabel => "Quadrant".into(),
        Msg::Urgent => "Urgent".into(),
        Msg::Tags => "Étiquettes (séparées par des espaces)".into(),
        Msg::PrioritiesHeading => "Priorités".into(),
        Msg::MatrixHelp => "Déplacez un engagement avec les flèches quand il a le focus, avec son menu, ou en le faisant glisser vers un autre quadrant.".into(),
        Msg::BigRocksHeading => "Les priorités de la semaine".into(),
        Msg::Until => "Jusqu'au (facultatif)".into(),
        Msg::StartDate => "Date de début".into(),
        Msg::RequestedBy => "Demandé par".into(),
        Msg::Notes => "Notes".into(),
        Msg::NextBigRocksHeading => "Les priorités de la semaine prochaine".into(),
        Msg::NextBigRocksHelp => "Trois au plus : ce qui doit avancer la semaine prochaine.".into(),
        Msg::BigRocksHelp => "Trois au plus : ce qui doit avancer cette semaine.".into(),
        Msg::TeamHeading => "Équipe".into(),
        Msg::HeatmapHeading => "Charge par personne et par semaine".into(),
        Msg::AddPerson => "Ajouter une personne".into(),
        Msg::Name => "Nom".into(),
        Msg::RoleLabel => "Rôle".into(),
        Msg::WeeklyCapacity => "Heures par semaine".into(),
        Msg::WorkingDays => "Jours travaillés".into(),
        Msg::TimeOff => "Absences".into(),
        Msg::From => "Du".into(),
        Msg::To => "Au".into(),
        Msg::Remove => "Retirer".into(),
        Msg::Carries => "Ce qu'il ou elle porte".into(),
        Msg::ICarry => "Ce que je porte".into(),
        Msg::Delegated => "Ce que je lui ai délégué".into(),
        Msg::Owed => "Ce que je lui dois".into(),
        Msg::Nothing => "Rien.".into(),
        Msg::SettingsHeading => "Réglages".into(),
        Msg::MyCapacity => "Ma capacité".into(),
        Msg::Thresholds => "Seuils (% de la capacité)".into(),
        Msg::Calibration => "Calibrage".into(),
        Msg::CalibrationManual => "Un facteur que je fixe".into(),
        Msg::CalibrationLearned => "Appris du travail terminé".into(),
        Msg::Language => "Langue".into(),
        Msg::Theme => "Thème".into(),
        Msg::ThemeSystem => "Comme le système".into(),
        Msg::ThemeLight => "Clair".into(),
        Msg::ThemeDark => "Sombre".into(),
        Msg::Saved => "Enregistré.".into(),
        Msg::UpdateAvailable => "Mise à jour disponible : une nouvelle version de Plateful est prête.".into(),
        Msg::UpdateNow => "Recharger".into(),
        Msg::RecoveryRestore => "Restaurer cette sauvegarde".into(),
        Msg::ReviewNav => "Revue".into(),
        Msg::ReviewHeading => "Revue hebdomadaire".into(),
        Msg::ReviewIntro => "Passez votre assiette en revue pas à pas : la boîte de réception, ce qui est en cours, ce que vous attendez, les semaines à venir, les priorités de la semaine prochaine et votre ressenti. Vous pouvez partir à tout moment ; la revue vous attend là où vous l'avez laissée.".into(),
        Msg::ReviewStart => "Commencer la revue de la semaine".into(),
        Msg::ReviewDiscard => "Abandonner cette revue".into(),
        Msg::ReviewNeverReviewed => "Aucune revue terminée pour l'instant.".into(),
        Msg::ReviewBack => "Retour".into(),
        Msg::ReviewNext => "Suivant".into(),
        Msg::ReviewSteps => "Étapes de la revue".into(),
        Msg::ReviewDecline => "Refuser".into(),
        Msg::ReviewSomeday => "Un jour".into(),
        Msg::ReviewInboxEmpty => "La boîte de réception est vide.".into(),
        Msg::ReviewNothingCurrent => "Rien n'est actif ni en attente.".into(),
        Msg::ReviewHoursSpent => "Heures passées depuis la dernière saisie".into(),
        Msg::DecisionIs(text) => format!("Décision : {text}"),
        Msg::ReviewDecision => "Décision".into(),
        Msg::ReviewNewDue => "Nouvelle échéance".into(),
        Msg::ReviewDelegateTo => "Déléguer à".into(),
        Msg::ReviewReason => "Raison".into(),
        Msg::ReviewDecide => "Décider".into(),
        Msg::ReviewNothingWaiting => "Vous n'attendez personne.".into(),
        Msg::ReviewFollowedUp => "Relancé".into(),
        Msg::ReviewFollowUp => "J'ai relancé".into(),
        Msg::ReviewWentWell => "Qu'est-ce qui a bien marché ?".into(),
        Msg::ReviewSlipped => "Qu'est-ce qui a glissé ?".into(),
        Msg::ReviewToChange => "Que vais-je changer ?".into(),
        Msg::ReviewPulse => "Énergie, de 1 (à plat) à 5 (en pleine forme)".into(),
        Msg::ReviewFinishButton => "Terminer la revue".into(),
        Msg::ReviewHistoryHeading => "Revues passées".into(),
        Msg::ReviewHistoryLink => "Historique et tendances".into(),
        Msg::ReviewNoReviews => "Aucune revue terminée pour l'instant.".into(),
        Msg::ReviewTrendsHeading => "Tendances".into(),
        Msg::ReviewTrendLoad => "Charge de la semaine suivante (%)".into(),
        Msg::ReviewTrendHours => "Heures saisies".into(),
        Msg::ReviewTrendDone => "Terminés".into(),
        Msg::ReviewTrendSlipped => "Glissés".into(),
        Msg::ReviewTrendPulse => "Énergie".into(),
        Msg::ReviewSummary => "Résumé à copier (Markdown)".into(),
        Msg::ReviewCopy => "Copier le résumé".into(),
        Msg::ReviewCopied => "Copié.".into(),
        Msg::ReviewSnapshot => "Mes quatre prochaines semaines, à la fin de la revue".into(),
        Msg::ReviewDecisions => "Décisions".into(),
        Msg::ReviewTriaged => "Demandes triées".into(),
        Msg::ReviewFollowedUpList => "Relances".into(),
        Msg::ReviewBigRocks => "Priorités de la semaine prochaine".into(),
        Msg::ReviewReflection => "Bilan".into(),
        Msg::ReviewMakeRoom => "Faites de la place dans « Voir venir » (le plan d'allègement), ou acceptez le dépassement :".into(),
        Msg::MakeRoomHeading => "Ce qui lui ferait de la place :".into(),
        Msg::MakeRoom => "Faire de la place : appliquer tout cela, en une étape".into(),
        Msg::NoCounter => "Aucune date dans les semaines à venir ne le fait rentrer.".into(),
        Msg::Decline => "Refuser".into(),
        Msg::DeclineHint => "Les demandes refusées restent sur la page de la personne qui a demandé.".into(),
        Msg::Understood => "Compris :".into(),
        Msg::QuickAddPlaceholder => "Préparer le budget 6h pour ven @claire !".into(),
        // ── Today and first run ──
        // (its messages follow)
        Msg::GaugeLoad { load, capacity, percent: p, level } => format!(
            "{} prévues pour {} disponibles ({}), {}",
            hours(load),
            hours(capacity),
            percent(p),
            words(Msg::Level(level))
        ),
        Msg::WeekLevel { week, load, capacity, percent, level } => format!(
            "{}, {}",
            words(Msg::WeekLoad { week, load, capacity, percent }),
            words(Msg::Level(level))
        ),
        Msg::HoursLeft { hours: left, days: open, in_a_row } => {
            let name = |day: &chrono::NaiveDate| fmt::weekday(L, chrono::Datelike::weekday(day));
            let names: Vec<&str> = open.iter().map(name).collect();
            let days = match names.as_slice() {
                [] => return "Plus aucun jour travaillé cette semaine.".into(),
                [one] => (*one).to_owned(),
                [first, .., last] if in_a_row && names.len() > 2 => format!("du {first} au {last}"),
                [rest @ .., last] => format!("{} et {last}", rest.join(", ")),
            };
            format!("{} restantes, {days}.", hours(left))
        }
        Msg::WeekRoom { free, over_by } => match (free > 0.0, over_by > 0.0) {
            (true, _) => format!("Dont {} libres.", hours(free)),
            (_, true) => format!("{} de plus y sont prévues.", hours(over_by)),
            _ => "Toutes sont prévues.".into(),
        },
        Msg::GaugeMark => percent(Some(100.0)),
        Msg::HeaviestThisWeek { level, load, capacity, percent: p } => format!(
            "Cette semaine est {} ({} prévues pour {} disponibles, {}) ; ce qui pèse le plus :",
            words(Msg::Level(level)),
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::AndMore(1) => "et 1 autre".into(),
        Msg::AndMore(count) => format!("et {count} autres"),
        Msg::MoreWeeks(1) => "1 semaine de plus".into(),
        Msg::MoreWeeks(count) => format!("{count} semaines de plus"),
        Msg::OpenTitle(title) => format!("Ouvrir « {title} »"),
        Msg::SeeReliefPlan => "Voir le plan d'allègement".into(),
        Msg::OpenInbox => "Ouvrir la boîte de réception".into(),
        Msg::SeeTheirWork(name) => format!("Voir le travail de {name}"),
        Msg::SeeMyWork => "Voir mon travail, le plus lourd d'abord".into(),
        Msg::SeeActiveWork => "Voir le travail en cours".into(),
        Msg::Because { because, who } => match because {
            Because::BigRock => "priorité de la semaine".into(),
            Because::DueIn { days: 0, .. } => "à rendre aujourd'hui".into(),
            Because::DueIn { days: 1, .. } => "à rendre demain".into(),
            Because::DueIn { days: 2..=6, date: day, .. } => {
                format!("à rendre {}", fmt::weekday(L, chrono::Datelike::weekday(day)))
            }
            Because::DueIn { date: day, .. } => format!("à rendre le {}", fmt::day_month(L, *day)),
            Because::Overdue { days: late, date: day, .. } => {
                format!("en retard de {} (prévu le {})", days(*late), fmt::weekday_date(L, *day))
            }
            Because::Important => "important".into(),
            Because::Urgent => "marqué urgent".into(),
            Because::DeadlineAtRisk { by, short_by } => format!(
                "échéance en danger : il manque {} d'ici le {}",
                hours(*short_by),
                fmt::weekday_date(L, *by)
            ),
            Because::Momentum { last } => {
                format!("en cours (dernier temps noté le {})", fmt::weekday_date(L, *last))
            }
            Because::TreadingWater { since } => {
                format!("pas d'avancée depuis le {}", fmt::day_month(L, *since))
            }
            Because::Waiting { since, .. } => format!(
                "en attente de {} depuis le {}",
                who.unwrap_or("quelqu'un"),
                fmt::day_month(L, *since)
            ),
        },
        Msg::ScoreDetails => "Score".into(),
        Msg::ScoreTotal(score) => format!("Score {} :", fmt::number(L, score, 1)),
        Msg::NoTerms => {
            "aucun terme ne s'applique (ni échéance, ni drapeau, ni priorité de la semaine)".into()
        }
        Msg::Points { term, points } => {
            let sign = if points >= 0.0 { "+" } else { "" };
            format!("{} {sign}{}", words(Msg::Term(term)), fmt::number(L, points, 1))
        }
        Msg::FocusEmpty => "Rien d'actif sur quoi se concentrer.".into(),
        Msg::AddWork => "Ajouter du travail".into(),
        Msg::TodayEmpty => "Rien n'est prévu pour l'instant : ajoutez ce qui est dans votre assiette, et Aujourd'hui montre à quel point vos semaines sont pleines.".into(),
        Msg::AddFirstCommitment => "Ajouter un premier engagement".into(),
        Msg::TickHours(value) => hours(value),
        Msg::LegendPlanned => "Prévu, coloré selon le niveau".into(),
        Msg::LegendCapacity => "Capacité".into(),
        Msg::ChartKeys => "Les flèches gauche et droite passent d'une semaine à l'autre.".into(),
        Msg::WelcomeHeading => "Bienvenue dans Plateful".into(),
        Msg::WelcomeIntro => "Trois réponses, et Plateful peut vous dire à quel point vos semaines sont pleines. Tout reste dans ce navigateur.".into(),
        Msg::YourName => "Votre nom".into(),
        Msg::CapacityHint => "Les heures par semaine que vous pouvez donner au travail prévu, réunions comprises.".into(),
        Msg::WelcomeStart => "Commencer".into(),
        Msg::WelcomeSkip => "Plus tard".into(),
        Msg::WelcomeDone(name) => format!("Bienvenue, {name}. Ajoutez ce qui est dans votre assiette."),
        Msg::NoWorkingDay => "Choisissez au moins un jour travaillé".into(),
        Msg::SampleHeading => "Ou explorez un plan d'exemple".into(),
        Msg::SampleOffer => "Une responsable qui a trop souvent dit oui : environ 25 engagements, 3 personnes dans son équipe et quelques semaines de revues. Il se retire en un clic, et ce que vous ajoutez entre-temps reste.".into(),
        Msg::ExploreSample => "Explorer le plan d'exemple".into(),
        Msg::SampleLoading => "Ouverture du plan d'exemple…".into(),
        Msg::SampleAdded { commitments: count, people, reviews } => format!(
            "Plan d'exemple ajouté : {count} engagements, {people} personnes et {reviews} revues hebdomadaires."
        ),
        Msg::SampleFailed("") => "Le plan d'exemple n'a pas pu être ouvert.".into(),
        Msg::SampleFailed(reason) => format!("Le plan d'exemple n'a pas pu être ouvert : {reason}."),
        Msg::SampleBanner => "Vous explorez le plan d'exemple.".into(),
        Msg::RemoveSample => "Retirer le plan d'exemple".into(),
        Msg::SampleRemoved => "Le plan d'exemple a été retiré ; ce que vous avez ajouté reste.".into(),
        Msg::FollowedUpOn(title) => format!("Relance notée pour « {title} »."),
        Msg::ReliefFrees { frees, after } => {
            format!("Libère {} ; les semaines passent alors à {after}.", hours(frees))
        }
        Msg::ReliefApplied(what) => format!("Fait : {what}."),
        Msg::ReliefAllApplied(count) => format!("Plan d'allègement appliqué : {count} changements, en une étape."),

        // ── Commitments ──
        // (its messages follow)
        Msg::AddWithDetails => "Ajouter avec tous les détails".into(),
        Msg::SortLabel => "Trier par".into(),
        Msg::Sort(sort) => match sort {
            Sort::Due => "Échéance",
            Sort::Load => "Charge des 4 prochaines semaines",
            Sort::Changed => "Dernière modification",
        }
        .into(),
        Msg::StatusFilter(choice) => match choice {
            StatusFilter::Open => "En cours".into(),
            StatusFilter::All => "Tous, faits et abandonnés compris".into(),
            StatusFilter::Only(kind) => words(Msg::Status(kind)),
        },
        Msg::NoMatch => "Rien ne correspond à ces filtres.".into(),
        Msg::ShowOpenWork => "Voir tout le travail en cours".into(),
        Msg::Shown { shown, total } => match (shown, total) {
            (_, 0 | 1) => format!("{total} engagement"),
            _ if shown == total => format!("{} engagements", fmt::whole(L, total as u64)),
            _ => format!(
                "{} engagements affichés sur {}",
                fmt::whole(L, shown as u64),
                fmt::whole(L, total as u64)
            ),
        },
        Msg::ShowMore { count } => format!("En afficher {} de plus", fmt::whole(L, count as u64)),
        Msg::ShowAll { total } => format!("Tout afficher ({})", fmt::whole(L, total as u64)),
        Msg::More => "Plus".into(),
        Msg::Move(step) => match step {
            Move::Accept => "Accepter",
            Move::Decline => "Refuser",
            Move::Done => "Fait",
            Move::FollowedUp => "Relancé",
            Move::Resume => "Reprendre",
            Move::Start => "Commencer",
            Move::Reopen => "Rouvrir",
        }
        .into(),
        Msg::Moved { step, title } => match step {
            Move::Accept => format!("« {title} » accepté."),
            Move::Decline => format!("« {title} » refusé."),
            Move::Done => format!("« {title} » marqué comme fait."),
            Move::FollowedUp => format!("Relance de « {title} » notée aujourd'hui."),
            Move::Resume => format!("« {title} » repris."),
            Move::Start => format!("« {title} » commencé."),
            Move::Reopen => format!("« {title} » rouvert."),
        },
        Msg::StatusNow { kind, title } => {
            format!("Statut de « {title} » : {}.", words(Msg::Status(kind)))
        }
        Msg::WaitingNow { title, who } => format!("« {title} » est en attente de {who}."),
        Msg::Logged { hours: spent, title } => {
            format!("{} notées sur « {title} ».", hours(spent))
        }
        Msg::EffortFigures(figures) => effort_figures(figures),
        Msg::DueText { date: due, hard } => {
            if hard {
                format!("échéance ferme le {}", date(due))
            } else {
                format!("échéance le {}", date(due))
            }
        }
        Msg::Labelled { what, title } => format!("{what} : {title}"),
        Msg::ActOn { what, title } => format!("{what} {title}"),
        Msg::NoSuchCommitment => "Cet engagement n'existe pas".into(),
        Msg::NoSuchCommitmentBody => {
            "Il a peut-être été supprimé, ou le lien n'est pas tout à fait juste.".into()
        }
        Msg::BackToList => "Retour aux engagements".into(),
        Msg::DetailsHeading => "Détails".into(),
        Msg::ProgressHeading => "Journal d'avancement".into(),
        Msg::NoProgress => "Aucune heure notée pour l'instant.".into(),
        Msg::EntryDate => "Date".into(),
        Msg::EntryHours => "Heures".into(),
        Msg::EntryNote => "Note".into(),
        Msg::AddEntry => "Ajouter au journal".into(),
        Msg::SpentSoFar(figures) => match figures {
            Figures::OneOff { spent, remaining, .. } => {
                format!("{} notées, {} restantes", hours(spent), hours(remaining))
            }
            other => format!("{} notées", hours(other.spent())),
        },
        Msg::CorrectEntry { hours: spent, date: on } => {
            format!("Corriger l'entrée de {} du {}", hours(spent), date(on))
        }
        Msg::RemoveEntry { hours: spent, date: on } => {
            format!("Retirer l'entrée de {} du {}", hours(spent), date(on))
        }
        Msg::EntryCorrected { hours: spent, date: on } => {
            format!("Corrigé : {} le {}.", hours(spent), date(on))
        }
        Msg::EntryRemoved { hours: spent, date: on, title } => {
            format!("{} du {} retirées de « {title} ».", hours(spent), date(on))
        }
        Msg::DoneOn(on) => format!("fait le {}", date(on)),
        Msg::DroppedOn { on, reason, declined } => {
            let what = if declined { "refusé" } else { "abandonné" };
            if reason.is_empty() {
                format!("{what} le {}", date(on))
            } else {
                format!("{what} le {} : {reason}", date(on))
            }
        }
        Msg::Timestamps { created, updated } => format!(
            "Créé le {} · modifié le {}",
            fmt::timestamp(L, created),
            fmt::timestamp(L, updated)
        ),
        Msg::DelegatedOwner { owner, by } => format!("{owner}, délégué par {by}"),
        Msg::Flags => "Urgence, importance".into(),
        Msg::NoneYet => "aucune".into(),
        Msg::Nobody => "personne".into(),
        Msg::PlainDate(on) => date(on),
        Msg::HoursValue(value) => hours(value),
        Msg::DueDateValue { date: due, hard } => {
            if hard {
                format!("{}, échéance ferme", date(due))
            } else {
                date(due)
            }
        }
        Msg::EditEntry => "Corriger".into(),
        Msg::TagsHeading => "Étiquettes".into(),

        // ── Team and priorities ──
        // (its messages follow)
        Msg::QuadrantName(quadrant) => match quadrant {
            Quadrant::Do => "Faire",
            Quadrant::Schedule => "Planifier",
            Quadrant::Delegate => "Déléguer",
            Quadrant::Drop => "Abandonner",
        }
        .into(),
        Msg::QuadrantEmpty => "Rien ici.".into(),
        Msg::MoveKeptUrgent { due, window_days, hard } => {
            let window = match window_days {
                0 => "tout ce qui est dû aujourd'hui ou avant l'est".to_owned(),
                n => format!("tout ce qui est dû dans les {} qui viennent l'est", days(i64::from(n))),
            };
            let promise = if hard {
                " C'est une échéance ferme : convenez de la nouvelle date avec la personne à qui vous l'avez promise."
            } else {
                ""
            };
            format!("Dû le {}, il reste donc urgent : {window}.{promise}", fmt::weekday_date(L, due))
        }
        Msg::MoveKeptImportant => {
            "C'est une des priorités de la semaine, il reste donc important.".into()
        }
        Msg::MoveOffer { due: Some(due), off_big_rocks: false } => {
            format!("Reporter l'échéance au {}", fmt::weekday_date(L, due))
        }
        Msg::MoveOffer { due: Some(due), off_big_rocks: true } => format!(
            "Le retirer des priorités de la semaine et reporter l'échéance au {}",
            fmt::weekday_date(L, due)
        ),
        Msg::MoveOffer { due: None, .. } => "Le retirer des priorités de la semaine".into(),
        Msg::MoveLeave => "Le laisser".into(),
        Msg::MatrixMoved { title, to, due, off_big_rocks } => {
            let due = due.map(|due| format!(", échéance au {}", fmt::weekday_date(L, due)));
            let off = if off_big_rocks { ", et retiré des priorités de la semaine" } else { "" };
            format!(
                "« {title} » déplacé vers {}{}{off}.",
                words(Msg::QuadrantName(to)),
                due.unwrap_or_default()
            )
        }
        Msg::MoveTitleTo(title) => format!("Déplacer « {title} » vers"),
        Msg::BigRockBadge => "Priorité".into(),
        Msg::BigRocksChosen { chosen, limit } => format!("{chosen} sur {limit} choisies."),
        Msg::BigRockOn(title) => format!("« {title} » est maintenant une priorité."),
        Msg::BigRockOff(title) => format!("« {title} » n'est plus une priorité."),
        Msg::PeopleHeading => "Personnes".into(),
        Msg::WeekHeading(week) => fmt::day_month(L, week),
        Msg::YearHeading(year) => year.to_string(),
        Msg::PercentFigure(value) => percent(value),
        Msg::HoursFigure(value) => hours(value),
        Msg::NumberInput(value) => fmt::input_number(L, value),
        Msg::HeatmapCell { who, week, load, capacity, percent: p, level } => format!(
            "{who}, semaine du {} : {} prévues pour {} disponibles ({}), {}",
            date(week),
            hours(load),
            hours(capacity),
            percent(p),
            words(Msg::Level(level))
        ),
        Msg::HeatmapLegend => "Couleurs".into(),
        Msg::DayShort(day) => fmt::weekday_short(L, day.into()).into(),
        Msg::TimeOffRange { from, to } => time_off(from, to),
        Msg::RemoveTimeOff { from, to } => format!("Retirer l'absence {}", time_off(from, to)),
        Msg::TimeOffNone => "Aucune prévue.".into(),
        Msg::AddTimeOff => "Ajouter une absence".into(),
        Msg::TimeOffReversed => "Le dernier jour est avant le premier".into(),
        Msg::TimeOffAdded { who, from, to } => {
            format!("Absence ajoutée pour {who} : {}.", time_off(from, to))
        }
        Msg::TimeOffRemoved { who, from, to } => {
            format!("Absence de {who} retirée : {}.", time_off(from, to))
        }
        Msg::RemovePerson(who) => format!("Retirer {who}"),
        Msg::PersonRemoved(who) => format!("{who} a été retiré·e de l'équipe."),
        Msg::PersonAdded(who) => format!("{who} a été ajouté·e à l'équipe."),
        Msg::RoleChanged { who, role } => {
            let role = match role {
                Role::Me => "moi",
                Role::Report => "dans mon équipe",
                Role::Peer => "un pair",
                Role::Stakeholder => "une partie prenante",
            };
            format!("{who} est maintenant {role}.")
        }
        Msg::BackToTeam => "Retour à l'équipe".into(),
        Msg::PersonNotFound => "Cette personne n'est pas dans le plan.".into(),
        Msg::PersonThisWeek { load, capacity, percent: p } => format!(
            "Cette semaine : {} prévues pour {} disponibles ({}).",
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::CarriesNoWork => {
            "Pas de capacité hebdomadaire : demande du travail sans en porter.".into()
        }
        Msg::PersonWeeksHeading => "Semaine par semaine".into(),
        Msg::LoadColumn => "Charge".into(),
        Msg::AskedWaiting => "Ce qu'il ou elle a demandé, en attente de ma réponse".into(),
        Msg::ItemFigures { remaining, per_week, this_week, due, hard } => {
            let mut parts = vec![match (remaining, per_week) {
                (Some(left), _) => format!("reste {}", hours(left)),
                (None, Some(per_week)) => fmt::hours_per_week(L, per_week),
                (None, None) => "non estimé".to_owned(),
            }];
            if this_week > 0.0 {
                parts.push(format!("{} cette semaine", hours(this_week)));
            }
            if let Some(due) = due {
                let kind = if hard { " (ferme)" } else { "" };
                parts.push(format!("pour le {}{kind}", fmt::weekday_date(L, due)));
            }
            parts.join(" · ")
        }
        Msg::DeclinedOn(on) => format!("refusé le {}", date(on)),

        // ── Review, data and settings ──
        // (its messages follow)
        Msg::ReviewItemFigures { commitment, waiting_on, asked_by } => {
            use plateful_core::{Effort, Status};
            let mut parts = vec![match commitment.effort {
                Effort::OneOff { estimate_hours } if commitment.hours_spent() > 0.0 => format!(
                    "{} · {} passées · {} restantes",
                    hours(estimate_hours.get()),
                    hours(commitment.hours_spent()),
                    hours(commitment.remaining_hours().unwrap_or_default())
                ),
                Effort::OneOff { estimate_hours } => hours(estimate_hours.get()),
                Effort::Recurring { hours_per_week, .. } => {
                    fmt::hours_per_week(L, hours_per_week.get())
                }
                Effort::Unestimated => words(Msg::Unestimated),
            }];
            if let (Status::Waiting(waiting), Some(who)) = (&commitment.status, waiting_on) {
                let (since, last) = (waiting.since, waiting.last_follow_up);
                parts.push(words(Msg::WaitingOn { who, since, last }));
            }
            if let Some(due) = commitment.due {
                parts.push(format!("échéance le {}", date(due.date)));
            }
            if let Some(who) = asked_by {
                parts.push(words(Msg::AskedBy(who)));
            }
            parts.join(" · ")
        }
        Msg::ReviewDecisionKind(kind) => {
            use plateful_core::DecisionKind;
            match kind {
                DecisionKind::Keep => "Garder",
                DecisionKind::Done => "Terminé",
                DecisionKind::Defer => "Reporter",
                DecisionKind::Renegotiate => "Renégocier",
                DecisionKind::Delegate => "Déléguer",
                DecisionKind::Drop => "Abandonner",
            }
            .into()
        }
        Msg::ReviewTriage(triage) => match triage {
            plateful_core::Triage::Accept => words(Msg::Accept),
            plateful_core::Triage::Decline => words(Msg::ReviewDecline),
            plateful_core::Triage::Someday => words(Msg::ReviewSomeday),
        },
        Msg::ReviewTriagedLine { title, triage } => {
            format!("{title} : {}", words(Msg::ReviewTriage(triage)))
        }
        Msg::ReviewTriageSaid { title, triage } => match triage {
            plateful_core::Triage::Accept => {
                format!("« {title} » accepté : c'est maintenant du travail en cours.")
            }
            plateful_core::Triage::Decline => format!("« {title} » refusé."),
            plateful_core::Triage::Someday => format!("« {title} » gardé pour un jour."),
        },
        Msg::ReviewDecisionSaid { title, decision, to, logged } => {
            let done = match decision {
                Decision::Keep => format!("« {title} » gardé"),
                Decision::Done => format!("« {title} » terminé"),
                Decision::Defer { new_due } => {
                    format!("« {title} » reporté au {}", date(*new_due))
                }
                Decision::Renegotiate { new_due } => {
                    format!("« {title} » demandé pour le {} à la place", date(*new_due))
                }
                Decision::Delegate { .. } => match to {
                    Some(to) => format!("« {title} » délégué à {to}"),
                    None => format!("« {title} » délégué"),
                },
                Decision::Drop { .. } => format!("« {title} » abandonné"),
            };
            if logged > 0.0 {
                format!("{done}, {} saisies.", hours(logged))
            } else {
                format!("{done}.")
            }
        }
        Msg::ReviewFollowUpSaid(title) => format!("Relance faite pour « {title} »."),
        Msg::ReviewStepThrough(done) => {
            format!("{} Plus rien à voir dans cette étape.", words(*done))
        }
        Msg::ReviewDiscarded => "La revue a été abandonnée.".into(),
        Msg::ReviewDraftBack => "La revue est revenue là où vous l'aviez laissée.".into(),
        Msg::ReviewRecorded => "La revue est enregistrée.".into(),
        Msg::ReviewNotBack => {
            "Une autre revue a commencé depuis : celle qui a été abandonnée le reste.".into()
        }
        Msg::ReviewNextStep(step) => format!("{} : {}", words(Msg::ReviewNext), step_name(step)),
        Msg::ReviewPulseValue(pulse) => pulse.as_str().into(),
        Msg::ReviewHistoryLine { completed, load_percent, decisions, pulse } => format!(
            "{} · {} {} · {} {decisions} · {} {}",
            words(Msg::Completed(completed)),
            words(Msg::ReviewTrendLoad),
            percent(load_percent),
            words(Msg::ReviewDecisions),
            words(Msg::ReviewTrendPulse),
            pulse.map_or("–".to_owned(), |pulse| format!("{}/5", pulse.get()))
        ),
        Msg::ReviewTrendTitle(series) => {
            use plateful_core::trends::Series;
            words(match series {
                Series::Load => Msg::ReviewTrendLoad,
                Series::HoursLogged => Msg::ReviewTrendHours,
                Series::Done => Msg::ReviewTrendDone,
                Series::Slipped => Msg::ReviewTrendSlipped,
                Series::Pulse => Msg::ReviewTrendPulse,
            })
        }
        Msg::ReviewTrendValue { series, value } => {
            use plateful_core::trends::Series;
            match (series, value) {
                (_, None) => "–".to_owned(),
                (Series::Load, value) => percent(value),
                (Series::HoursLogged, Some(value)) => hours(value),
                (Series::Done | Series::Slipped, Some(value)) => fmt::number(L, value, 0),
                (Series::Pulse, Some(value)) => format!("{}/5", fmt::number(L, value, 0)),
            }
        }
        Msg::ReviewTrendBar { week, series, value } => format!(
            "{} : {}",
            words(Msg::WeekOf(week)),
            words(Msg::ReviewTrendValue { series, value })
        ),
        Msg::ReviewDate(day) => date(day),
        Msg::ReviewDayMonth(day) => fmt::day_month(L, day),
        Msg::ReviewHours(value) => hours(value),
        Msg::ReviewPercent(value) => percent(value),
        Msg::ReviewRecordTitle(week) => {
            format!("{} : {}", words(Msg::ReviewHeading), words(Msg::WeekOf(week)))
        }
        Msg::ReviewRecordHeading { completed, pulse } => match pulse {
            Some(pulse) => format!(
                "{} · {} {}/5",
                words(Msg::Completed(completed)),
                words(Msg::ReviewTrendPulse),
                pulse.get()
            ),
            None => words(Msg::Completed(completed)),
        },
        Msg::StorageUsed(usage) => format!(
            "Votre plan, ses sauvegardes et la revue en cours occupent {} des {} qu'un navigateur garde pour le stockage local d'un site ({}).",
            fmt::size(L, usage.used as f64),
            fmt::size(L, usage.limit as f64),
            // A few kilobytes read "0%", as if nothing were stored.
            if usage.used > 0 && usage.percent() < 0.5 {
                format!("moins de 1{}%", fmt::NBSP)
            } else {
                percent(Some(usage.percent()))
            }
        ),
        Msg::BackupLine { newest, saved_at, commitments: count } => format!(
            "{} : {}, {}",
            words(if newest { Msg::BackupNewest } else { Msg::BackupOlder }),
            fmt::timestamp(L, saved_at),
            commitments(count)
        ),
        Msg::BackupUnreadableLine { newest, error } => format!(
            "{} : illisible ({})",
            words(if newest { Msg::BackupNewest } else { Msg::BackupOlder }),
            words(Msg::FormatError(error))
        ),
        Msg::RestoreBackup(backup) => format!("Restaurer {backup}"),
        Msg::BackupRestored(saved_at) => {
            format!("La sauvegarde du {} a été restaurée.", fmt::timestamp(L, saved_at))
        }
        Msg::PreviewCommitments(summary) => {
            let statuses: Vec<String> = summary
                .by_status
                .iter()
                .filter(|(_, count)| *count > 0)
                .map(|(kind, count)| format!("{count} {}", status_counted(*kind, *count)))
                .collect();
            if statuses.is_empty() {
                commitments(summary.commitments)
            } else {
                format!("{} ({})", commitments(summary.commitments), statuses.join(", "))
            }
        }
        Msg::PreviewPeople(count) => match count {
            0 | 1 => format!("{count} personne"),
            n => format!("{n} personnes"),
        },
        Msg::PreviewReviews(count) => match count {
            0 | 1 => format!("{count} revue hebdomadaire"),
            n => format!("{n} revues hebdomadaires"),
        },
        Msg::PreviewDates(Some((first, last))) => {
            format!("Dates : du {} au {}", date(first), date(last))
        }
        Msg::PreviewDates(None) => "Dates : aucune".into(),
        Msg::PreviewSavedAt(at) => format!("Enregistré le {}", fmt::timestamp(L, at)),
        Msg::ImportFileUnreadable => {
            "Le navigateur n'a pas pu lire ce fichier. Rien n'a été modifié.".into()
        }
        Msg::RecoveryStoredValue { key, characters } => {
            format!("{key} ({} caractères)", fmt::whole(L, characters as u64))
        }
        Msg::CalibrationInEffect(calibration) => {
            let samples = match calibration.samples {
                0 | 1 => format!("{} travail terminé", calibration.samples),
                n => format!("{n} travaux terminés"),
            };
            let learned = match calibration.learned {
                Some(factor) => format!(
                    "Appris de {samples} : ils ont pris {} fois leur estimation (la médiane).",
                    num(factor)
                ),
                None => format!(
                    "{samples} pour l'instant, encore {} avant d'apprendre un facteur ; en attendant il vaut 1. On sous-estime d'environ 1,6 fois en général (Buehler, Griffin et Ross, 1994).",
                    calibration.samples_needed()
                ),
            };
            match calibration.mode {
                plateful_core::CalibrationMode::Manual => format!(
                    "{learned} La charge utilise le facteur que vous avez fixé : {}.",
                    num(calibration.factor)
                ),
                plateful_core::CalibrationMode::Learned => format!(
                    "{learned} La charge utilise le facteur appris : {}.",
                    num(calibration.factor)
                ),
            }
        }
        Msg::SettingInput(value) => fmt::input_number(L, value),

        // ── The shell ──
        // (its messages follow)
        Msg::ShortcutNew => "Nouvel engagement (ajout rapide)".into(),
        Msg::ShortcutSearch => "Rechercher dans les engagements".into(),
        Msg::ShortcutHelp => "Cette liste de raccourcis".into(),
        Msg::ShortcutsHeading => "Raccourcis clavier".into(),
        Msg::Close => "Fermer".into(),
        Msg::SkipToContent => "Aller au contenu".into(),
        Msg::MainNavigation => "Principale".into(),
        Msg::PageTitle(page) => format!("{page} · Plateful"),
        Msg::Deleted(title) => format!("« {title} » supprimé."),
        Msg::Undone => "Annulé.".into(),

        Msg::EffortKindName(kind) => match kind {
            EffortKind::OneOff => "Ponctuel",
            EffortKind::Recurring => "Chaque semaine",
            EffortKind::Unestimated => "Non estimé",
        }
        .into(),
        Msg::DayName(day) => {
            let name = fmt::weekday(L, day.into());
            let mut chars = name.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
        }
        Msg::LanguageName(language) => match language {
            Language::En => "English",
            Language::Fr => "Français",
        }
        .into(),
        Msg::SettingsWeeks => "Semaines".into(),
        Msg::WeekStart => "Les semaines commencent le".into(),
        Msg::SettingsNudges => "Travaux en cours et rappels".into(),
        Msg::CalibrationMode => "Facteur utilisé".into(),
        Msg::SettingsLook => "Langue et apparence".into(),
        Msg::DeclinedFor => "Ce que je lui ai refusé".into(),
        Msg::Status(kind) => match kind {
            StatusKind::Proposed => "Proposé",
            StatusKind::Active => "Actif",
            StatusKind::Waiting => "En attente",
            StatusKind::Someday => "Un jour",
            StatusKind::Done => "Fait",
            StatusKind::Dropped => "Abandonné",
        }
        .into(),
        Msg::Role(role) => match role {
            Role::Me => "Moi",
            Role::Report => "Collaborateur",
            Role::Peer => "Pair",
            Role::Stakeholder => "Partie prenante",
        }
        .into(),
        Msg::Quadrant(quadrant) => match quadrant {
            Quadrant::Do => "Faire : important et urgent",
            Quadrant::Schedule => "Planifier : important, pas urgent",
            Quadrant::Delegate => "Déléguer : urgent, pas important",
            Quadrant::Drop => "Abandonner : ni l'un ni l'autre",
        }
        .into(),
        Msg::Term(term) => match term {
            Term::BigRock => "priorité de la semaine",
            Term::Due => "échéance",
            Term::Important => "important",
            Term::Urgent => "urgent",
            Term::DeadlineAtRisk => "échéance en danger",
            Term::Momentum => "en cours",
            Term::TreadingWater => "pas d'avancée récente",
            Term::Waiting => "en attente",
        }
        .into(),
        Msg::Severity(severity) => match severity {
            Severity::Info => "Note",
            Severity::Warning => "Attention",
            Severity::Critical => "Critique",
        }
        .into(),
        Msg::Level(level) => match level {
            LoadLevel::Ok => "dans la capacité",
            LoadLevel::Full => "plein",
            LoadLevel::Over => "au-delà de la capacité",
            LoadLevel::Critical => "très au-delà de la capacité",
        }
        .into(),
        Msg::Verdict(verdict) => match verdict {
            Verdict::Fits => "Ça rentre",
            Verdict::Tight => "C'est juste",
            Verdict::DoesNotFit => "Ça ne rentre pas",
        }
        .into(),
        Msg::Step(step) => step_name(step).into(),
        Msg::StepHelp(step) => match step {
            Step::GetClear => "Triez chaque demande : acceptez-la, refusez-la ou gardez-la pour un jour.",
            Step::GetCurrent => "Pour chaque engagement actif ou en attente, saisissez les heures passées et décidez : garder, terminé, reporter, renégocier, déléguer ou abandonner.",
            Step::WaitingFor => "Ce que les autres vous doivent. Relancez quand il le faut.",
            Step::LookAhead => "Vos quatre prochaines semaines avec les décisions déjà prises, leurs alertes et le plan d'allègement quand une semaine déborde.",
            Step::BigRocks => "Choisissez au plus trois engagements qui comptent le plus la semaine prochaine.",
            Step::Reflect => "Quelques mots pour vous, et votre niveau d'énergie.",
            Step::Finish => "La revue se termine avec la semaine prochaine dans la capacité, ou avec le dépassement accepté.",
        }
        .into(),
        Msg::StepOf(step) => format!(
            "Étape {} sur {} : {}",
            step.index() + 1,
            Step::ALL.len(),
            step_name(step)
        ),
        Msg::Decision(decision) => words(Msg::ReviewDecisionKind(decision.kind())),
        Msg::Setting(field) => setting_name(field).into(),
        Msg::SettingBounds(field) => {
            let bounds = field.bounds();
            format!("Entre {} et {}", num(bounds.min), num(bounds.max))
        }
        Msg::TextError(error) => match error {
            TextError::Empty => "Ne peut pas être vide".into(),
            TextError::TooLong { max, actual } => {
                format!("{max} caractères au plus ({actual} saisis)")
            }
            TextError::Whitespace => "Un seul mot, sans espace".into(),
        },
        Msg::InputError(error) => match error {
            InputError::Missing => "Obligatoire".into(),
            InputError::NotANumber => "Doit être un nombre, par exemple 2,5".into(),
            InputError::NotWhole => "Doit être un nombre entier, par exemple 5".into(),
            InputError::NotADate => "Doit être une date, par exemple 2026-12-15".into(),
            InputError::AfterToday => "Doit être aujourd'hui ou un jour passé".into(),
            InputError::NotAfterToday => "Doit être un jour après aujourd'hui".into(),
            InputError::DayFull { logged, room } => {
                if *room == 0.0 {
                    format!("Ce jour est plein : {} y sont déjà notées", hours(*logged))
                } else {
                    format!("Au plus {} de plus ce jour-là : {} y sont déjà notées", hours(*room), hours(*logged))
                }
            }
            InputError::Number(error) => number_error(error),
        },
        Msg::DomainError(error) => domain_error(error),
        Msg::SettingError(error) => {
            format!("{} : {}", setting_name(error.field), setting_problem(&error.problem))
        }
        // A place in the file is shown exactly as the file spells it.
        Msg::FormatError(error @ FormatError::Invalid { .. }) => format_error(error),
        Msg::FormatError(error) => capitalised(&format_error(error)),
        Msg::QuickError(error) => quick_error(error),
        Msg::StoreError(error) => store_error(error),
        Msg::FinishError(error) => match error {
            FinishError::OverCapacity { over_by, .. } => format!(
                "La semaine prochaine dépasse encore la capacité de {} : faites de la place dans « Voir venir », ou cochez « J'accepte de dépasser ».",
                hours(*over_by)
            ),
            FinishError::NoOneToReview => "Le plan n'a pas de « moi » à passer en revue.".into(),
        },
        Msg::AtField { field, problem } => format!("{field} : {problem}"),
        Msg::WeekLoad { week, load, capacity, percent: p } => format!(
            "Semaine du {} : {} prévues pour {} disponibles ({})",
            date(week),
            hours(load),
            hours(capacity),
            percent(p)
        ),
        Msg::WeekOf(week) => format!("Semaine du {}", date(week)),
        Msg::AllWarnings { total } => format!("Afficher les {total} alertes"),
        Msg::FewerWarnings { shown } => format!("N'afficher que les {shown} premières"),
        Msg::InboxCount { count } => match count {
            0 => "La boîte de réception est vide.".into(),
            1 => "1 demande attend une réponse.".into(),
            n => format!("{n} demandes attendent une réponse."),
        },
        Msg::StillOver { week, hours: over } => format!(
            "Même ainsi, la semaine du {} dépasse encore la capacité de {}.",
            date(week),
            hours(over)
        ),
        Msg::FileTooLarge { bytes } => format!(
            "Ce fichier fait {} ({} octets) : Plateful importe des fichiers de plan de {} au plus ({} octets). Rien n'a été modifié.",
            fmt::megabytes(L, bytes),
            fmt::whole(L, bytes as u64),
            fmt::megabytes(L, plateful_core::format::MAX_FILE_BYTES),
            fmt::whole(L, plateful_core::format::MAX_FILE_BYTES as u64)
        ),
        Msg::ImportRefused(error) => format!(
            "Ce fichier ne peut pas être importé : {}. Rien n'a été modifié.",
            format_error(error)
        ),
        Msg::Merged(report) => format!(
            "Fusion faite : {} ajoutés, {} mis à jour depuis le fichier, {} gardés tels quels, {} gardés supprimés, {} supprimés par le fichier ; {} personnes et {} revues ajoutées.",
            commitments(report.added),
            report.updated,
            report.kept,
            report.kept_deleted,
            report.deleted_by_file,
            report.people_added,
            report.reviews_added
        ),
        Msg::WarnOverload { who, week, load, capacity, percent: p, level, titles, others } => {
            let more = match others {
                0 => String::new(),
                1 => " et 1 autre".to_owned(),
                others => format!(" et {others} autres"),
            };
            format!(
                "{}Semaine du {} : {} prévues pour {} disponibles ({}), {}. Ce qui pèse le plus : {titles}{more}.",
                whose(who),
                date(week),
                hours(load),
                hours(capacity),
                percent(p),
                words(Msg::Level(level))
            )
        }
        Msg::WarnDeadline { who, due, demand, supply, short, titles } => format!(
            "{}Les échéances jusqu'au {} ne peuvent pas toutes être tenues : {} de travail pour {} disponibles, il manque {}. En danger : {titles}.",
            whose(who),
            date(due),
            hours(demand),
            hours(supply.max(0.0)),
            hours(short)
        ),
        Msg::WarnOverdue { who, titles, due, days: late } => format!(
            "{}{titles} était dû le {}, il y a {}.",
            whose(who),
            date(due),
            days(late)
        ),
        Msg::WarnWip { active, limit, per_week, wait_weeks } => {
            let wait = match (per_week, wait_weeks) {
                (Some(rate), Some(weeks)) => format!(
                    " Au rythme de {} terminés par semaine, un nouveau oui attend environ {} semaines.",
                    fmt::number(L, rate, 1),
                    fmt::number(L, weeks, 0)
                ),
                _ => String::new(),
            };
            format!("{active} travaux en cours pour une limite de {limit}.{wait}")
        }
        Msg::WarnBigRocks { chosen, limit } => {
            format!("{chosen} priorités cette semaine : gardez-en {limit} au plus.")
        }
        Msg::WarnTreading { who, titles, since, days: count } => format!(
            "{}Aucun progrès sur {titles} depuis le {} ({}) : on fait du surplace.",
            whose(who),
            date(since),
            days(count)
        ),
        Msg::WarnWaiting { who, titles, since, days: count } => format!(
            "{}{titles} attend sans relance depuis le {} ({}).",
            whose(who),
            date(since),
            days(count)
        ),
        Msg::WarnNoEstimate { who, titles } => {
            format!("{}{titles} n'a pas d'estimation : il ne compte pour aucune charge.", whose(who))
        }
        Msg::WarnReviewDue { last: Some(last), days: count } => {
            format!("Pas de revue hebdomadaire depuis le {} ({}).", date(last), days(count))
        }
        Msg::WarnReviewDue { last: None, .. } => "Pas encore de revue hebdomadaire.".into(),
        Msg::WarnInbox { count, older_than } => format!(
            "{count} demandes de plus de {} attendent dans la boîte de réception.",
            days(older_than)
        ),
        Msg::ReliefDelegate { title, to } => format!("Déléguer « {title} » à {to}"),
        Msg::ReliefDefer { title, start, due: None } => {
            format!("Reporter « {title} » au {}", date(start))
        }
        Msg::ReliefDefer { title, start, due: Some(due) } => {
            format!("Reporter « {title} » au {}, désormais pour le {}", date(start), date(due))
        }
        Msg::ReliefDeferKeeping { title, start, due } => format!(
            "Commencer « {title} » le {}, toujours pour le {}",
            date(start),
            date(due)
        ),
        Msg::ReliefDrop { title } => format!("Abandonner « {title} »"),
        Msg::ReliefRenegotiate { title, due } => {
            format!("Demander plus de temps pour « {title} » : échéance au {}", date(due))
        }
        Msg::ReliefEffect { what, frees, after } => format!(
            "{what}. Libère {} ; les semaines passent alors à {after}.",
            hours(frees)
        ),
        Msg::AnswerWeek { who, week, before, after, capacity, percent_before, percent_after } => {
            format!(
                "Semaine du {}, {} : {} → {} pour {}, {} → {}",
                fmt::day_month(L, week),
                who.unwrap_or("vous"),
                hours(before),
                hours(after),
                hours(capacity),
                percent(percent_before),
                percent(percent_after)
            )
        }
        Msg::AnswerDeadline { who, due, hard, short_before, short_after, titles } => {
            let kind = if hard { " (échéance ferme)" } else { "" };
            let short = if short_before > 0.0 {
                format!("il manque {} → {}", hours(short_before), hours(short_after))
            } else {
                format!("il manque {}", hours(short_after))
            };
            format!(
                "Pour le {}{kind}, {} : {short}. En danger : {titles}.",
                fmt::day_month(L, due),
                who.unwrap_or("vous")
            )
        }
        Msg::CounterDue { due, start: None } => {
            format!("Oui, pour le {}", fmt::weekday_date(L, due))
        }
        Msg::CounterDue { due, start: Some(start) } => format!(
            "Oui, pour le {}, en commençant le {}",
            fmt::weekday_date(L, due),
            fmt::weekday_date(L, start)
        ),
        Msg::CounterStart(start) => {
            format!("Oui, à partir de la semaine du {}", fmt::day_month(L, start))
        }
        Msg::StillFull { week, hours: over, line } => format!(
            "Même ainsi, la semaine du {} reste pleine : {} au-dessus de son seuil de {}.",
            date(week),
            hours(over),
            percent(Some(line))
        ),
        Msg::Quoted(title) => format!("« {title} »"),
        Msg::TagName(tag) => format!("#{tag}"),
        Msg::DueOn(due) => format!("pour le {}", fmt::weekday_date(L, due)),
        Msg::OwnedBy(who) => format!("confié à {who}"),
        Msg::Added(title) => format!("« {title} » ajouté."),
        Msg::AlsoRaises(warnings) => format!("Cela déclencherait aussi : {warnings}"),
        Msg::UndoWhat { label, subject } => format!("Annuler {}", undo_what(label, subject)),
        Msg::NoticeLost { what } => format!(
            "Un autre onglet a modifié le plan, et des modifications faites ici n'ont pas pu être gardées : {what}."
        ),
        Msg::NoticeUndoRefused { what } => format!(
            "{what} : pas fait, car cela a été modifié depuis (ici ou dans un autre onglet) et l'annulation perdrait cette modification."
        ),
        Msg::ReviewUnderWay(week) => {
            format!("La revue de la semaine du {} est en cours.", date(week))
        }
        Msg::LastReview(on) => format!("Dernière revue terminée le {}.", date(on)),
        Msg::Gate { load, capacity, percent: share, over_by } => {
            let p = percent(share);
            if over_by > 0.0 {
                format!(
                    "La semaine prochaine dépasse la capacité de {} : {} prévues pour {} disponibles ({p}).",
                    hours(over_by),
                    hours(load),
                    hours(capacity)
                )
            } else {
                format!(
                    "La semaine prochaine tient : {} prévues pour {} disponibles ({p}).",
                    hours(load),
                    hours(capacity)
                )
            }
        }
        Msg::AcceptOver(over) => {
            format!("J'accepte de dépasser de {} la semaine prochaine", hours(over))
        }
        Msg::AcceptedOver(over) => {
            format!("Dépassement accepté de {} la semaine prochaine.", hours(over))
        }
        Msg::Decided { decision, to, logged } => {
            let name = words(Msg::Decision(decision));
            let detail = match decision {
                Decision::Defer { new_due } | Decision::Renegotiate { new_due } => {
                    format!(" au {}", date(*new_due))
                }
                Decision::Delegate { .. } => to.map(|to| format!(" → {to}")).unwrap_or_default(),
                Decision::Drop { reason } if !reason.is_empty() => {
                    format!(" ({})", reason.as_str())
                }
                _ => String::new(),
            };
            let logged =
                if logged > 0.0 { format!(", {} saisies", hours(logged)) } else { String::new() };
            format!("{name}{detail}{logged}")
        }
        Msg::Completed(at) => format!("Terminée le {}", fmt::timestamp(L, at)),
        Msg::WaitingOn { who, since, last } => {
            let mut text = format!("en attente de {who} depuis le {}", date(since));
            if let Some(last) = last {
                text.push_str(&format!(", dernière relance le {}", date(last)));
            }
            text
        }
        Msg::AskedBy(who) => format!("demandé par {who}"),
        Msg::DelegatedTo(who) => format!("délégué à {who}"),
        Msg::ReviewUnreadable { reason, kept_under: Some(key) } => format!(
            "La revue en cours n'a pas pu être lue ({reason}) ; elle a été mise de côté sous {key}. Vous pouvez en commencer une nouvelle."
        ),
        Msg::ReviewUnreadable { reason, kept_under: None } => format!(
            "La revue en cours n'a pas pu être lue ({reason}), ni mise de côté : elle reste telle quelle, et une nouvelle revue ne peut commencer tant que le stockage n'a pas de place (voir Données)."
        ),
    }
}

/// A sentence that starts with a lower-case clause, standing alone.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Days off: `4 déc. 2026`, `1 déc. – 5 déc. 2026`, `28 déc. 2026 – 3 janv. 2027`.
fn time_off(from: chrono::NaiveDate, to: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    if from == to {
        date(from)
    } else if from.year() == to.year() {
        format!("{} – {}", fmt::day_month(L, from), date(to))
    } else {
        format!("{} – {}", date(from), date(to))
    }
}

fn commitments(count: usize) -> String {
    if count <= 1 {
        format!("{count} engagement")
    } else {
        format!("{count} engagements")
    }
}

fn step_name(step: Step) -> &'static str {
    match step {
        Step::GetClear => "Vider l'entrée",
        Step::GetCurrent => "Faire le point",
        Step::WaitingFor => "En attente de",
        Step::LookAhead => "Voir venir",
        Step::BigRocks => "Priorités",
        Step::Reflect => "Bilan",
        Step::Finish => "Terminer",
    }
}

fn setting_name(field: SettingField) -> &'static str {
    match field {
        SettingField::FullPercent => "Plein à (%)",
        SettingField::OverPercent => "Dépassé au-delà de (%)",
        SettingField::CriticalPercent => "Critique au-delà de (%)",
        SettingField::WipLimit => "Limite de travaux en cours",
        SettingField::HorizonWeeks => "Semaines à l'avance",
        SettingField::StaleWeeks => "Semaines sans progrès avant une alerte",
        SettingField::WaitingNudgeDays => "Jours d'attente avant une relance",
        SettingField::UrgentWindowDays => "Jours avant l'échéance qui rendent urgent",
        SettingField::CalibrationFactor => "Facteur",
    }
}

fn setting_problem(problem: &SettingProblem) -> String {
    match problem {
        SettingProblem::NotFinite => "Doit être un nombre, par exemple 85".into(),
        SettingProblem::NotWhole => "Doit être un nombre entier, par exemple 5".into(),
        SettingProblem::OutOfRange { min, max } => {
            format!("Doit être entre {} et {}", num(*min), num(*max))
        }
        SettingProblem::MustBeAbove { neighbour, value } => {
            format!("Doit être au-dessus de « {} » ({})", setting_name(*neighbour), num(*value))
        }
        SettingProblem::MustBeBelow { neighbour, value } => {
            format!("Doit être en dessous de « {} » ({})", setting_name(*neighbour), num(*value))
        }
    }
}

fn number_error(error: &NumberError) -> String {
    match error {
        NumberError::NotFinite => "Doit être un nombre, par exemple 2,5".into(),
        NumberError::NotPositive => "Doit être supérieur à 0".into(),
        NumberError::Negative => "Ne peut pas être négatif".into(),
        NumberError::TooLarge { max } => format!("Au plus {}", num(*max)),
        NumberError::OutOfRange { min, max } => format!("Entre {} et {}", num(*min), num(*max)),
    }
}

/// "20 h · 4,5 h passées · 15,5 h restantes", "2,5 h/sem. jusqu'au 31 mars 2027".
fn effort_figures(figures: Figures) -> String {
    let spent = |spent: f64| (spent > 0.0).then(|| format!(" · {} passées", hours(spent)));
    match figures {
        Figures::OneOff { estimate, spent, .. } if spent <= 0.0 => hours(estimate),
        Figures::OneOff { estimate, spent, remaining } => format!(
            "{} · {} passées · {} restantes",
            hours(estimate),
            hours(spent),
            hours(remaining)
        ),
        Figures::Recurring { per_week, until, spent: logged } => {
            let until = until.map(|until| format!(" jusqu'au {}", date(until))).unwrap_or_default();
            let logged = spent(logged).unwrap_or_default();
            format!("{}{until}{logged}", fmt::hours_per_week(L, per_week))
        }
        Figures::Unestimated { spent: logged } => {
            format!("Non estimé{}", spent(logged).unwrap_or_default())
        }
    }
}

fn domain_error(error: &DomainError) -> String {
    match error {
        DomainError::UnknownCommitment(_) => "Cet engagement n'existe plus".into(),
        DomainError::DuplicateCommitment(_) => "Cet engagement existe déjà".into(),
        DomainError::UnknownPerson { .. } => "Cette personne n'est pas dans le plan".into(),
        DomainError::OwnerCannotCarryWork(_) => {
            "Cette personne n'a pas de capacité hebdomadaire : elle ne peut pas porter de travail"
                .into()
        }
        DomainError::DueBeforeStart { start, due } => {
            format!("L'échéance du {} précède le début du {}", date(*due), date(*start))
        }
        DomainError::RecurringEndsBeforeStart { start, until } => {
            format!("Se termine ({}) avant de commencer ({})", date(*until), date(*start))
        }
        DomainError::TooManyBigRocks { chosen } => {
            format!("Trois priorités au plus par semaine ({chosen} choisies)")
        }
        DomainError::RepeatedBigRock(_) => "Priorité choisie deux fois".into(),
        DomainError::DuplicatePerson(_) => "Cette personne existe déjà".into(),
        DomainError::OnlyOneMe => "Le plan a exactement un « moi »".into(),
        DomainError::PersonInUse { commitments: count } => format!(
            "{} font référence à cette personne : confiez-les d'abord à quelqu'un d'autre",
            commitments(*count)
        ),
        DomainError::StillOwnsWork { commitments: count } => format!(
            "Porte encore {} (les terminés comptent) : confiez-les d'abord à quelqu'un d'autre",
            commitments(*count)
        ),
        DomainError::Setting(error) => words(Msg::SettingError(error)),
        DomainError::NotUnderReview(_) => {
            "Cet engagement n'est ni actif ni en attente : la revue ne le traite pas".into()
        }
        DomainError::NotARequest(_) => {
            "Seule une demande en attente de réponse peut être refusée".into()
        }
        DomainError::DuplicateReview(_) => "Cette revue est déjà enregistrée".into(),
        DomainError::UnknownProgress { .. } => {
            "Cette entrée du journal n'existe plus : elle a changé entre-temps".into()
        }
    }
}

/// A status after a count of commitments (masculine): « 1 actif », « 3 actifs ».
fn status_counted(kind: StatusKind, count: usize) -> &'static str {
    let plural = count > 1;
    match kind {
        StatusKind::Proposed if plural => "proposés",
        StatusKind::Proposed => "proposé",
        StatusKind::Active if plural => "actifs",
        StatusKind::Active => "actif",
        StatusKind::Waiting => "en attente",
        StatusKind::Someday => "un jour",
        StatusKind::Done if plural => "faits",
        StatusKind::Done => "fait",
        StatusKind::Dropped if plural => "abandonnés",
        StatusKind::Dropped => "abandonné",
    }
}

fn format_error(error: &FormatError) -> String {
    match error {
        FormatError::Empty => "le fichier est vide".into(),
        FormatError::NotJson { line, column, message } => {
            format!("JSON invalide ligne {line}, colonne {column} ({})", detail(message))
        }
        FormatError::NotAPlan { found: None } => {
            "ce n'est pas un plan Plateful : le champ « format » manque".into()
        }
        FormatError::NotAPlan { found: Some(found) } => {
            format!("ce n'est pas un plan Plateful : « format » vaut {found}")
        }
        FormatError::NewerVersion { found, supported } => format!(
            "écrit par une version plus récente de Plateful (version {found} du fichier, celle-ci lit jusqu'à la {supported})"
        ),
        // The place is shown exactly as the file spells it.
        FormatError::Invalid { path, message } => format!("{path} : {}", detail(message)),
    }
}

/// A shape of a value, with its article: « un nombre », « une liste ».
fn shape_fr(shape: &Shape, un: &str, une: &str, null: &str) -> String {
    match shape {
        Shape::Number => format!("{un} nombre"),
        Shape::Text => format!("{un} texte"),
        Shape::TrueFalse => "true ou false".to_owned(),
        Shape::List => format!("{une} liste [ ]"),
        Shape::Object => format!("{un} objet {{ }}"),
        Shape::Null => null.to_owned(),
        Shape::Other(words) => format!("« {words} »"),
    }
}

/// « a », « a ou b », « a, b ou c ».
fn or_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} ou {last}", rest.join(", ")),
    }
}

/// What the file reader says is wrong, in French; a message it does not know stays as
/// it is. Field names, values and types are quoted as the file spells them.
fn detail(message: &str) -> String {
    match Detail::of(message) {
        Detail::MissingField(field) => format!("le champ `{field}` manque"),
        Detail::UnknownField(field) => format!("le champ `{field}` n'existe pas ici"),
        Detail::DuplicateField(field) => format!("le champ `{field}` apparaît deux fois"),
        Detail::UnknownValue { found, expected } => {
            let quoted: Vec<String> = expected.iter().map(|value| format!("« {value} »")).collect();
            format!(
                "la valeur « {found} » n'est pas prévue ici ; valeurs possibles : {}",
                or_list(&quoted)
            )
        }
        Detail::WrongType { found, expected } => {
            let found = match (&found.shape, &found.value) {
                (Shape::Text, Some(value)) => format!("le texte « {value} »"),
                (Shape::Number, Some(value)) => format!("le nombre {value}"),
                (Shape::TrueFalse, Some(value)) => format!("la valeur {value}"),
                (shape, _) => shape_fr(shape, "un", "une", "rien (null)"),
            };
            format!("{found} là où il faut {}", shape_fr(&expected, "un", "une", "rien"))
        }
        Detail::WrongValue { found, expected } => {
            format!("valeur inattendue ({found}), attendu : {expected}")
        }
        Detail::Needs { kind, field } => format!("« {kind} » demande `{field}`"),
        Detail::HasNo { kind, field } => format!("« {kind} » n'a pas de `{field}`"),
        Detail::HasOnly { kind, field } => format!("« {kind} » n'a que `{field}`"),
        Detail::NoFigures => "un effort non estimé n'a pas de chiffres".into(),
        Detail::DateOutOfRange => "cette date n'existe pas".into(),
        Detail::NotADate => "ce n'est pas une date de la forme AAAA-MM-JJ".into(),
        Detail::NotAnId => "ce n'est pas un identifiant (UUID)".into(),
        Detail::Empty => "ne doit pas être vide".into(),
        Detail::TooLong { max, found } => {
            format!("{max} caractères au plus ({found} ici)")
        }
        Detail::Spaces => "ne doit pas contenir d'espace".into(),
        Detail::NotFinite => "doit être un nombre fini".into(),
        Detail::NotPositive => "doit être supérieur à 0".into(),
        Detail::Negative => "ne doit pas être négatif".into(),
        Detail::AtMost(max) => format!("doit valoir au plus {max}"),
        Detail::Between { min, max } => format!("doit être entre {min} et {max}"),
        Detail::NotWhole => "doit être un nombre entier".into(),
        Detail::Above { field, value } => format!("doit être supérieur à {field} ({value})"),
        Detail::Below { field, value } => format!("doit être inférieur à {field} ({value})"),
        Detail::ListedMoreThanOnce(day) => format!("cite « {day} » plus d'une fois"),
        Detail::EndsBeforeStart { end, start } => {
            format!("finit ({end}) avant de commencer ({start})")
        }
        Detail::NotAVersion => "doit être un nombre entier d'au moins 1".into(),
        Detail::NotInVersion(version) => format!("n'existe pas dans la version {version}"),
        Detail::OneMe { found } => {
            format!("une seule personne doit avoir le rôle « me » (il y en a {found})")
        }
        Detail::UsedTwice { id, by } => {
            let by = match by {
                Holder::Person => "une autre personne",
                Holder::Commitment => "un autre engagement",
                Holder::Review => "une autre revue",
            };
            format!("{id} est déjà l'identifiant d'{by}")
        }
        Detail::CapacityForMe => "doit être renseignée pour moi (le rôle « me » du fichier)".into(),
        Detail::NoSuchPerson(id) => format!("aucune personne n'a l'identifiant {id}"),
        Detail::NoSuchCommitment(id) => format!("aucun engagement n'a l'identifiant {id}"),
        Detail::CannotOwnWork(name) => {
            format!("{name} n'a pas de capacité hebdomadaire et ne peut donc pas porter de travail")
        }
        Detail::BeforeStart { date, start } => {
            format!("{date} est avant la date de début {start}")
        }
        Detail::WeekListedTwice(week) => format!("la semaine du {week} apparaît deux fois"),
        Detail::ListedTwice(id) => format!("{id} apparaît deux fois"),
        Detail::DeletedYetThere(id) => {
            format!("{id} est supprimé, mais reste un engagement du plan")
        }
        Detail::EndsEarly => "le texte s'arrête avant la fin du JSON".into(),
        Detail::ExpectedValue => "une valeur JSON était attendue".into(),
        Detail::Expected(what) => format!("{what} attendu"),
        Detail::TrailingComma => "virgule en trop".into(),
        Detail::TrailingCharacters => "du texte suit la fin du JSON".into(),
        Detail::KeyNotAString => "une clé doit être une chaîne".into(),
        Detail::BadNumber => "nombre invalide".into(),
        Detail::BadString => "chaîne invalide (caractère de contrôle ou échappement)".into(),
        Detail::TooDeep => "imbriqué trop profondément".into(),
        Detail::Other(message) => message,
    }
}

fn quick_error(error: &QuickError) -> String {
    match error {
        QuickError::Title(error) => format!("Titre : {}", words(Msg::TextError(error))),
        QuickError::BadDate(w) => {
            format!("« {w} » n'est pas une date (essayez ven, 15 mars ou 2026-12-15)")
        }
        QuickError::AmbiguousDate(w) => {
            format!("« {w} » se lit de deux façons : écrivez le mois en lettres")
        }
        QuickError::BadHours(w) => {
            format!("« {w} » n'est pas un nombre d'heures (essayez 12h ou 3h/sem)")
        }
        QuickError::UnknownPerson(n) => format!("Personne ne s'appelle « {n} » dans le plan"),
        QuickError::AmbiguousPerson(n) => {
            format!("Plusieurs personnes correspondent à « {n} » : tapez davantage du nom")
        }
        QuickError::CannotOwn(n) => {
            format!("{n} n'a pas de capacité hebdomadaire : ne peut pas porter de travail")
        }
        QuickError::BadTag(t) => format!("« {t} » n'est pas une étiquette"),
        QuickError::Twice(w) => format!("« {w} » redit ce que la ligne disait déjà"),
    }
}

fn store_error(error: &StoreError) -> String {
    match error {
        StoreError::Unavailable(_) => "Ce navigateur ne donne pas de stockage à Plateful : vos modifications restent dans cette page et seront perdues à sa fermeture.".into(),
        StoreError::Full => "Le stockage est plein : vos dernières modifications restent dans cette page et ne sont pas enregistrées.".into(),
        StoreError::Refused(_) => "Le navigateur a refusé l'enregistrement : vos dernières modifications restent dans cette page.".into(),
    }
}

fn undo_what(label: Label, subject: Option<&str>) -> String {
    let t = subject.map_or_else(|| "un engagement".to_owned(), |title| format!("« {title} »"));
    match label {
        Label::Command(kind, _) => match kind {
            CommandKind::AddCommitment => format!("l'ajout de {t}"),
            CommandKind::EditCommitment => format!("les modifications de {t}"),
            CommandKind::DeleteCommitment => format!("la suppression de {t}"),
            CommandKind::SetStatus => format!("le nouveau statut de {t}"),
            CommandKind::LogProgress => format!("les heures notées sur {t}"),
            CommandKind::Delegate => format!("la délégation de {t}"),
            CommandKind::Reschedule | CommandKind::SetDue => format!("les nouvelles dates de {t}"),
            CommandKind::SetFlags => format!("le déplacement de {t}"),
            CommandKind::Decide => format!("la décision de revue sur {t}"),
            CommandKind::FollowUp => format!("la relance de {t}"),
            CommandKind::Decline => format!("le refus de {t}"),
            CommandKind::AddPerson => "l'ajout d'une personne".into(),
            CommandKind::EditPerson => "la modification d'une personne".into(),
            CommandKind::RemovePerson => "le retrait d'une personne".into(),
            CommandKind::UpdateSettings => "le changement de réglages".into(),
            CommandKind::SetBigRocks => "le changement de priorités".into(),
            CommandKind::CompleteReview => "la fin de la revue".into(),
            CommandKind::EditProgress => format!("la correction du journal de {t}"),
            CommandKind::RemoveProgress => format!("l'entrée retirée du journal de {t}"),
        },
        Label::Batch(count) => format!("les {count} modifications appliquées ensemble"),
        Label::Replace => "le remplacement du plan".into(),
        Label::Merge => "la fusion".into(),
        Label::Undo => "la dernière annulation".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::typography;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn french_spacing_is_set_once_even_when_a_sentence_quotes_a_worded_one() {
        let once = typography("« Budget » : 3 h ; prêt ? oui !");
        assert_eq!(once, "«\u{a0}Budget\u{a0}»\u{a0}: 3 h\u{202f}; prêt\u{202f}? oui\u{202f}!");
        // A warning hands a worded title to another message: worded twice, it reads the same.
        assert_eq!(typography(&once), once);
        assert_eq!(typography(&format!("Échéance : {once}")), format!("Échéance\u{a0}: {once}"));
    }
}
