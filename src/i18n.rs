//! Every sentence the user reads, in English and French. Views ask this table for
//! words; `fmt.rs` formats the figures that go inside them.

use plateful_core::input::InputError;
use plateful_core::sync::{Health, Label, Stop, StoreError};
use plateful_core::CommandKind;
use plateful_core::{DomainError, FormatError, Language, NumberError, StatusKind, TextError};

pub mod review;

/// A fixed piece of interface text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Text {
    Tagline,
    NavCommitments,
    Undo,
    CommitmentsHeading,
    AddHeading,
    EditHeading,
    Title,
    TitlePlaceholder,
    Effort,
    OneOff,
    Recurring,
    Unestimated,
    EstimateHours,
    HoursPerWeek,
    DueDate,
    HardDeadline,
    Important,
    Add,
    Save,
    Cancel,
    Edit,
    Delete,
    Status,
    LogHours,
    Log,
    HoursSpent,
    Empty,
    WaitingOnLabel,
    SetWaiting,
    StorageUnavailable,
    StorageFull,
    StorageRefused,
    RecoveryHeading,
    RecoveryBody,
    RecoveryProblem,
    RecoveryDownload,
    RecoveryStartFresh,
    RecoveryStartFreshNote,
    NotFound,
    Remaining,
    Due,
    StorageUnreadable,
    Export,
    NavData,
    DataHeading,
    ExportHeading,
    ExportNote,
    ImportHeading,
    ImportLabel,
    ImportPreviewHeading,
    Replace,
    Merge,
    ReplaceNote,
    MergeNote,
    Replaced,
    BackupsHeading,
    BackupsNone,
    BackupNewest,
    BackupOlder,
    Restore,
    Restored,
    StorageHeading,
    Persistent,
    NotPersistent,
    EraseHeading,
    EraseButton,
    EraseConfirm,
    EraseYes,
    Erased,
    People,
    Reviews,
    SavedAt,
    Dates,
    Unreadable,
    RecoveryRestore,
    UpdateAvailable,
    NavToday,
    NavPriorities,
    NavTeam,
    NavSettings,
    TodayHeading,
    ThisWeek,
    ChartHeading,
    Week,
    Planned,
    Available,
    Level,
    WarningsHeading,
    NoWarnings,
    FollowedUp,
    Open,
    ReliefHeading,
    ReliefIntro,
    Apply,
    ApplyAll,
    NoticeErased,
    NoticeLost,
    Dismiss,
    DroppedByRelief,
    FocusHeading,
    InboxHeading,
    QuickAddLabel,
    FullForm,
    QuickAddHint,
    AddToInbox,
    Accept,
    CanISayYes,
    Search,
    All,
    Owner,
    Tag,
    Quadrant,
    Urgent,
    Tags,
    PrioritiesHeading,
    MatrixHelp,
    MoveTo,
    BigRocksHeading,
    BigRocksHelp,
    NextBigRocksHeading,
    Until,
    StartDate,
    RequestedBy,
    Notes,
    NextBigRocksHelp,
    TeamHeading,
    HeatmapHeading,
    AddPerson,
    Name,
    Role,
    WeeklyCapacity,
    WorkingDays,
    TimeOff,
    From,
    To,
    Remove,
    Carries,
    Delegated,
    Owed,
    Nothing,
    SettingsHeading,
    MyCapacity,
    Thresholds,
    Full,
    Over,
    Critical,
    WipLimit,
    Calibration,
    CalibrationManual,
    CalibrationLearned,
    CalibrationFactor,
    Language,
    Theme,
    ThemeSystem,
    ThemeLight,
    ThemeDark,
    Saved,
    UpdateNow,
}

/// Returns the text in the language.
pub fn tr(language: Language, text: Text) -> &'static str {
    let (en, fr) = match text {
        Text::Tagline => ("See what is on your plate before you say yes.", "Voyez ce qui est dans votre assiette avant de dire oui."),
        Text::NavCommitments => ("Commitments", "Engagements"),
        Text::Undo => ("Undo", "Annuler"),
        Text::CommitmentsHeading => ("Commitments", "Engagements"),
        Text::AddHeading => ("Add a commitment", "Ajouter un engagement"),
        Text::EditHeading => ("Edit the commitment", "Modifier l'engagement"),
        Text::Title => ("Title", "Titre"),
        Text::TitlePlaceholder => ("Talk at the meetup", "Présentation au meetup"),
        Text::Effort => ("Effort", "Effort"),
        Text::OneOff => ("One-off", "Ponctuel"),
        Text::Recurring => ("Every week", "Chaque semaine"),
        Text::Unestimated => ("Not estimated", "Non estimé"),
        Text::EstimateHours => ("Estimate (hours)", "Estimation (heures)"),
        Text::HoursPerWeek => ("Hours per week", "Heures par semaine"),
        Text::DueDate => ("Due date", "Échéance"),
        Text::HardDeadline => ("Hard deadline", "Échéance ferme"),
        Text::Important => ("Important", "Important"),
        Text::Add => ("Add", "Ajouter"),
        Text::Save => ("Save", "Enregistrer"),
        Text::Cancel => ("Cancel", "Annuler"),
        Text::Edit => ("Edit", "Modifier"),
        Text::Delete => ("Delete", "Supprimer"),
        Text::Status => ("Status", "Statut"),
        Text::LogHours => ("Hours spent", "Heures passées"),
        Text::Log => ("Log", "Noter"),
        Text::HoursSpent => ("spent", "passées"),
        Text::Empty => ("Nothing on your plate yet. Add what you said yes to above.", "Rien dans votre assiette pour l'instant. Ajoutez ci-dessus ce à quoi vous avez dit oui."),
        Text::WaitingOnLabel => ("Waiting on whom?", "En attente de qui ?"),
        Text::SetWaiting => ("Mark as waiting", "Marquer en attente"),
        Text::StorageUnavailable => ("This browser gives Plateful no storage: your changes live in this page only and are lost when it closes.", "Ce navigateur ne donne pas de stockage à Plateful : vos modifications restent dans cette page et seront perdues à sa fermeture."),
        Text::StorageFull => ("Storage is full: your latest changes live in this page only and are not saved.", "Le stockage est plein : vos dernières modifications restent dans cette page et ne sont pas enregistrées."),
        Text::StorageRefused => ("The browser refused to save: your latest changes live in this page only.", "Le navigateur a refusé l'enregistrement : vos dernières modifications restent dans cette page."),
        Text::RecoveryHeading => ("Your saved plan could not be opened", "Votre plan enregistré n'a pas pu être ouvert"),
        Text::RecoveryBody => ("Plateful found a stored plan it cannot read. It has been left exactly as it was: nothing will be written over it.", "Plateful a trouvé un plan enregistré qu'il ne sait pas lire. Il est laissé tel quel : rien ne sera écrit par-dessus."),
        Text::RecoveryProblem => ("What is wrong", "Le problème"),
        Text::RecoveryDownload => ("Download the stored value", "Télécharger la valeur enregistrée"),
        Text::RecoveryStartFresh => ("Start a new plan", "Commencer un nouveau plan"),
        Text::RecoveryStartFreshNote => ("The unreadable value is kept under a key of its own first.", "La valeur illisible est d'abord conservée sous une clé à part."),
        Text::NotFound => ("This page does not exist.", "Cette page n'existe pas."),
        Text::Remaining => ("left", "restantes"),
        Text::Due => ("due", "échéance"),
        Text::StorageUnreadable => ("The stored plan was changed into something Plateful cannot read, perhaps by another tab: it is kept as it is, and your changes here are not saved. Export them.", "Le plan enregistré est devenu illisible, peut-être à cause d'un autre onglet : il est conservé tel quel et vos modifications ici ne sont pas enregistrées. Exportez-les."),
        Text::Export => ("Export", "Exporter"),
        Text::NavData => ("Data", "Données"),
        Text::DataHeading => ("Your data", "Vos données"),
        Text::ExportHeading => ("Export", "Exporter"),
        Text::ExportNote => ("A JSON file you can keep, open in another browser or import again.", "Un fichier JSON à garder, à ouvrir dans un autre navigateur ou à réimporter."),
        Text::ImportHeading => ("Import", "Importer"),
        Text::ImportLabel => ("Plan file (.json, up to 5 MB)", "Fichier de plan (.json, 5 Mo au plus)"),
        Text::ImportPreviewHeading => ("In this file", "Dans ce fichier"),
        Text::Replace => ("Replace my plan", "Remplacer mon plan"),
        Text::Merge => ("Merge into my plan", "Fusionner avec mon plan"),
        Text::ReplaceNote => ("Your current plan is kept as a backup first, and Undo brings it back.", "Votre plan actuel est d'abord gardé en sauvegarde, et Annuler le rétablit."),
        Text::MergeNote => ("Matched by id: for a commitment in both, the copy changed last wins.", "Rapprochés par identifiant : pour un engagement présent des deux côtés, la copie modifiée en dernier l'emporte."),
        Text::Replaced => ("Your plan was replaced by the file.", "Votre plan a été remplacé par le fichier."),
        Text::BackupsHeading => ("Backups", "Sauvegardes"),
        Text::BackupsNone => ("No backup yet. One is kept when the app opens a plan with commitments, and before each import or restore.", "Pas encore de sauvegarde. Une est gardée quand l'application ouvre un plan avec des engagements, et avant chaque import ou restauration."),
        Text::BackupNewest => ("Newest backup", "Sauvegarde la plus récente"),
        Text::BackupOlder => ("Older backup", "Sauvegarde plus ancienne"),
        Text::Restore => ("Restore", "Restaurer"),
        Text::Restored => ("The backup was restored.", "La sauvegarde a été restaurée."),
        Text::StorageHeading => ("Storage", "Stockage"),
        Text::Persistent => ("Persistent: the browser will not clear it to free space.", "Persistant : le navigateur ne l'effacera pas pour libérer de la place."),
        Text::NotPersistent => ("Not persistent: the browser may clear it when space runs low. Export regularly.", "Non persistant : le navigateur peut l'effacer s'il manque de place. Exportez régulièrement."),
        Text::EraseHeading => ("Erase everything", "Tout effacer"),
        Text::EraseButton => ("Erase all data…", "Effacer toutes les données…"),
        Text::EraseConfirm => ("This deletes your plan and its backups from this browser. Export first if you may want them back.", "Cela supprime votre plan et ses sauvegardes de ce navigateur. Exportez d'abord si vous pourriez en avoir besoin."),
        Text::EraseYes => ("Yes, erase everything", "Oui, tout effacer"),
        Text::Erased => ("Everything was erased. You start with an empty plan.", "Tout a été effacé. Vous repartez d'un plan vide."),
        Text::People => ("people", "personnes"),
        Text::Reviews => ("reviews", "revues"),
        Text::SavedAt => ("Saved", "Enregistré"),
        Text::Dates => ("Dates", "Dates"),
        Text::Unreadable => ("Unreadable", "Illisible"),
        Text::NavToday => ("Today", "Aujourd'hui"),
        Text::NavPriorities => ("Priorities", "Priorités"),
        Text::NavTeam => ("Team", "Équipe"),
        Text::NavSettings => ("Settings", "Réglages"),
        Text::TodayHeading => ("Today", "Aujourd'hui"),
        Text::ThisWeek => ("This week", "Cette semaine"),
        Text::ChartHeading => ("Load against capacity, week by week", "Charge et capacité, semaine par semaine"),
        Text::Week => ("Week", "Semaine"),
        Text::Planned => ("Planned", "Prévu"),
        Text::Available => ("Available", "Disponible"),
        Text::Level => ("Level", "Niveau"),
        Text::WarningsHeading => ("Warnings", "Alertes"),
        Text::NoWarnings => ("Nothing to worry about.", "Rien d'inquiétant."),
        Text::FollowedUp => ("I followed up", "J'ai relancé"),
        Text::Open => ("Open", "Ouvrir"),
        Text::ReliefHeading => ("Relief plan", "Plan d'allègement"),
        Text::ReliefIntro => ("To bring each of the next weeks back within capacity. Now:", "Pour ramener chacune des prochaines semaines dans la capacité. Maintenant :"),
        Text::Apply => ("Apply", "Appliquer"),
        Text::ApplyAll => ("Apply all, as one step", "Tout appliquer, en une étape"),
        Text::NoticeErased => ("Everything was erased in another tab: this one starts again from an empty plan.", "Tout a été effacé dans un autre onglet : celui-ci repart d'un plan vide."),
        Text::NoticeLost => ("Another tab changed the plan, and some changes made here could not be kept:", "Un autre onglet a modifié le plan, et certaines modifications faites ici n'ont pas pu être gardées :"),
        Text::Dismiss => ("Dismiss", "Fermer"),
        Text::DroppedByRelief => ("Dropped to bring my week back within capacity", "Abandonné pour ramener ma semaine dans la capacité"),
        Text::FocusHeading => ("Focus now", "Priorité maintenant"),
        Text::InboxHeading => ("Inbox", "Boîte de réception"),
        Text::FullForm => ("Full form", "Formulaire complet"),
        Text::QuickAddLabel => ("Quick add", "Ajout rapide"),
        Text::QuickAddHint => ("Title, then 12h or 3h/w, by 2026-12-15 or by fri, @person, ! for important, #tag", "Titre, puis 12h ou 3h/w, by 2026-12-15 ou by fri, @personne, ! pour important, #étiquette"),
        Text::AddToInbox => ("Add to inbox", "Mettre en attente de réponse"),
        Text::CanISayYes => ("Can I say yes?", "Puis-je dire oui ?"),
        Text::Accept => ("Accept", "Accepter"),
        Text::Search => ("Search", "Rechercher"),
        Text::All => ("All", "Tous"),
        Text::Owner => ("Owner", "Responsable"),
        Text::Tag => ("Tag", "Étiquette"),
        Text::Quadrant => ("Quadrant", "Quadrant"),
        Text::Urgent => ("Urgent", "Urgent"),
        Text::Tags => ("Tags (space-separated)", "Étiquettes (séparées par des espaces)"),
        Text::PrioritiesHeading => ("Priorities", "Priorités"),
        Text::MatrixHelp => ("Move a commitment with the arrow keys when it has focus, with Move to, or by dragging it to another quadrant.", "Déplacez un engagement avec les flèches quand il a le focus, avec Déplacer vers, ou en le faisant glisser."),
        Text::MoveTo => ("Move to", "Déplacer vers"),
        Text::BigRocksHeading => ("This week's big rocks", "Les priorités de la semaine"),
        Text::Until => ("Until (optional)", "Jusqu'au (facultatif)"),
        Text::StartDate => ("Start date", "Date de début"),
        Text::RequestedBy => ("Asked by", "Demandé par"),
        Text::Notes => ("Notes", "Notes"),
        Text::NextBigRocksHeading => ("Next week's big rocks", "Les priorités de la semaine prochaine"),
        Text::NextBigRocksHelp => ("At most three: what must move forward next week.", "Trois au plus : ce qui doit avancer la semaine prochaine."),
        Text::BigRocksHelp => ("At most three: what must move forward this week.", "Trois au plus : ce qui doit avancer cette semaine."),
        Text::TeamHeading => ("Team", "Équipe"),
        Text::HeatmapHeading => ("Load by person and week", "Charge par personne et par semaine"),
        Text::AddPerson => ("Add a person", "Ajouter une personne"),
        Text::Name => ("Name", "Nom"),
        Text::Role => ("Role", "Rôle"),
        Text::WeeklyCapacity => ("Hours a week", "Heures par semaine"),
        Text::WorkingDays => ("Working days", "Jours travaillés"),
        Text::TimeOff => ("Time off", "Absences"),
        Text::From => ("From", "Du"),
        Text::To => ("To", "Au"),
        Text::Remove => ("Remove", "Retirer"),
        Text::Carries => ("What they carry", "Ce qu'il ou elle porte"),
        Text::Delegated => ("What I delegated to them", "Ce que je lui ai délégué"),
        Text::Owed => ("What I owe them", "Ce que je lui dois"),
        Text::Nothing => ("Nothing.", "Rien."),
        Text::SettingsHeading => ("Settings", "Réglages"),
        Text::MyCapacity => ("My capacity", "Ma capacité"),
        Text::Thresholds => ("Thresholds (% of capacity)", "Seuils (% de la capacité)"),
        Text::Full => ("Full at", "Plein à"),
        Text::Over => ("Over above", "Dépassé au-delà de"),
        Text::Critical => ("Critical above", "Critique au-delà de"),
        Text::WipLimit => ("Work in progress limit", "Limite de travaux en cours"),
        Text::Calibration => ("Calibration", "Calibrage"),
        Text::CalibrationManual => ("A factor I set", "Un facteur que je fixe"),
        Text::CalibrationLearned => ("Learned from finished work", "Appris du travail terminé"),
        Text::CalibrationFactor => ("Factor", "Facteur"),
        Text::Language => ("Language", "Langue"),
        Text::Theme => ("Theme", "Thème"),
        Text::ThemeSystem => ("As the system", "Comme le système"),
        Text::ThemeLight => ("Light", "Clair"),
        Text::ThemeDark => ("Dark", "Sombre"),
        Text::Saved => ("Saved.", "Enregistré."),
        Text::UpdateAvailable => ("Update available: a new version of Plateful is ready.", "Mise à jour disponible : une nouvelle version de Plateful est prête."),
        Text::UpdateNow => ("Reload into it", "Recharger"),
        Text::RecoveryRestore => ("Restore this backup", "Restaurer cette sauvegarde"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

pub fn status_name(language: Language, status: StatusKind) -> &'static str {
    let (en, fr) = match status {
        StatusKind::Proposed => ("Proposed", "Proposé"),
        StatusKind::Active => ("Active", "Actif"),
        StatusKind::Waiting => ("Waiting", "En attente"),
        StatusKind::Someday => ("Someday", "Un jour"),
        StatusKind::Done => ("Done", "Fait"),
        StatusKind::Dropped => ("Dropped", "Abandonné"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

pub fn text_error(language: Language, error: &TextError) -> String {
    match (language, error) {
        (Language::En, _) => capitalise(&error.to_string()),
        (Language::Fr, TextError::Empty) => "Ne peut pas être vide".into(),
        (Language::Fr, TextError::TooLong { max, actual }) => {
            format!("{max} caractères au plus ({actual} saisis)")
        }
        (Language::Fr, TextError::Whitespace) => "Sans espace".into(),
    }
}

pub fn input_error(language: Language, error: &InputError) -> String {
    match (language, error) {
        (Language::En, _) => capitalise(&error.to_string()),
        (Language::Fr, InputError::Missing) => "Obligatoire".into(),
        (Language::Fr, InputError::NotWhole) => "Doit être un nombre entier, par exemple 5".into(),
        (Language::Fr, InputError::NotANumber) => "Doit être un nombre, par exemple 2,5".into(),
        (Language::Fr, InputError::NotADate) => "Doit être une date, par exemple 2026-12-15".into(),
        (Language::Fr, InputError::Number(number)) => number_error_fr(number),
    }
}

fn number_error_fr(error: &NumberError) -> String {
    match error {
        NumberError::NotFinite => "Doit être un nombre fini".into(),
        NumberError::NotPositive => "Doit être supérieur à 0".into(),
        NumberError::Negative => "Ne peut pas être négatif".into(),
        NumberError::TooLarge { max } => format!("Au plus {max}"),
        NumberError::OutOfRange { min, max } => format!("Entre {min} et {max}"),
    }
}

pub fn domain_error(language: Language, error: &DomainError) -> String {
    match (language, error) {
        (Language::En, _) => capitalise(&error.to_string()),
        (Language::Fr, DomainError::UnknownCommitment(_)) => "Cet engagement n'existe plus".into(),
        (Language::Fr, DomainError::DuplicateCommitment(_)) => "Cet engagement existe déjà".into(),
        (Language::Fr, DomainError::UnknownPerson { .. }) => "Cette personne n'existe pas".into(),
        (Language::Fr, DomainError::OwnerCannotCarryWork(_)) => {
            "Cette personne n'a pas de capacité hebdomadaire".into()
        }
        (Language::Fr, DomainError::DueBeforeStart { start, due }) => {
            format!("L'échéance {due} précède le début {start}")
        }
        (Language::Fr, DomainError::RecurringEndsBeforeStart { start, until }) => {
            format!("Se termine ({until}) avant de commencer ({start})")
        }
        (Language::Fr, DomainError::TooManyBigRocks { chosen }) => {
            format!("Trois priorités au plus par semaine ({chosen} choisies)")
        }
        (Language::Fr, DomainError::RepeatedBigRock(_)) => "Priorité choisie deux fois".into(),
        (Language::Fr, DomainError::DuplicatePerson(_)) => "Cette personne existe déjà".into(),
        (Language::Fr, DomainError::OnlyOneMe) => "Le plan a exactement un « moi »".into(),
        (Language::Fr, DomainError::PersonInUse { commitments }) => {
            format!("{commitments} engagements font référence à cette personne : réattribuez-les d'abord")
        }
        (Language::Fr, DomainError::ThresholdsOutOfOrder) => {
            "Les seuils doivent être dans l'ordre : plein <= dépassé <= critique".into()
        }
        (Language::Fr, DomainError::NotUnderReview(_)) => {
            "Cet engagement n'est ni actif ni en attente : la revue ne le traite pas".into()
        }
        (Language::Fr, DomainError::NotARequest(_)) => {
            "Seule une demande en attente de réponse peut être refusée".into()
        }
        (Language::Fr, DomainError::DuplicateReview(_)) => {
            "Cette revue est déjà enregistrée".into()
        }
    }
}

/// A file or stored value that cannot be opened. The place in the file is shown as
/// it is written in the file, in both languages.
pub fn format_error(language: Language, error: &FormatError) -> String {
    match (language, error) {
        // A path is shown exactly as the file spells it.
        (_, FormatError::Invalid { path, message }) => format!("{path}: {message}"),
        (Language::En, _) => capitalise(&error.to_string()),
        (Language::Fr, FormatError::NotJson { line, column, message }) => {
            format!("JSON invalide ligne {line}, colonne {column} : {message}")
        }
        (Language::Fr, FormatError::Empty) => "Le fichier est vide".into(),
        (Language::Fr, FormatError::NotAPlan { .. }) => "Ce n'est pas un plan Plateful".into(),
        (Language::Fr, FormatError::NewerVersion { found, supported }) => format!(
            "Écrit par une version plus récente de Plateful (version {found} du fichier, celle-ci lit jusqu'à {supported})"
        ),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub fn all_warnings(language: Language, total: usize) -> String {
    match language {
        Language::En => format!("Show all {total} warnings"),
        Language::Fr => format!("Afficher les {total} alertes"),
    }
}

pub fn fewer_warnings(language: Language, shown: usize) -> String {
    match language {
        Language::En => format!("Show the first {shown} only"),
        Language::Fr => format!("N'afficher que les {shown} premières"),
    }
}

/// Why storage took no write, and the browser's own words when it gave some: the
/// storage banner's words, used wherever storage refuses something.
pub fn store_error(language: Language, error: &StoreError) -> (&'static str, String) {
    match error {
        StoreError::Unavailable(reason) => (tr(language, Text::StorageUnavailable), reason.clone()),
        StoreError::Full => (tr(language, Text::StorageFull), String::new()),
        StoreError::Refused(reason) => (tr(language, Text::StorageRefused), reason.clone()),
    }
}

/// [`store_error`] as one sentence.
pub fn store_error_sentence(language: Language, error: &StoreError) -> String {
    let (text, detail) = store_error(language, error);
    if detail.is_empty() {
        text.to_owned()
    } else {
        format!("{text} ({detail})")
    }
}

/// What the banner says while the plan on screen is not in storage; nothing when it is.
pub fn health(language: Language, health: &Health) -> Option<(&'static str, String)> {
    match health {
        Health::Saved => None,
        Health::Failing(error) | Health::Stopped(Stop::Unavailable(error)) => {
            Some(store_error(language, error))
        }
        Health::Stopped(Stop::Unreadable(_)) => {
            Some((tr(language, Text::StorageUnreadable), String::new()))
        }
    }
}

/// A file refused for its size, before it is read.
pub fn file_too_large(language: Language, bytes: f64) -> String {
    let size = crate::fmt::megabytes(language, bytes);
    match language {
        Language::En => format!("This file is {size}: Plateful imports plan files of up to 5 MB. Nothing was changed."),
        Language::Fr => format!("Ce fichier fait {size} : Plateful importe des fichiers de plan de 5 Mo au plus. Rien n'a été modifié."),
    }
}

/// A file that could not be opened as a plan.
pub fn import_refused(language: Language, error: &FormatError) -> String {
    let reason = format_error(language, error);
    match language {
        Language::En => format!("This file cannot be imported: {reason}. Nothing was changed."),
        Language::Fr => {
            format!("Ce fichier ne peut pas être importé : {reason}. Rien n'a été modifié.")
        }
    }
}

/// What a merge did.
pub fn merged(language: Language, report: &plateful_core::merge::MergeReport) -> String {
    match language {
        Language::En => format!(
            "Merged: {} commitments added, {} updated from the file, {} kept as they were; {} people and {} reviews added.",
            report.added, report.updated, report.kept, report.people_added, report.reviews_added
        ),
        Language::Fr => format!(
            "Fusion faite : {} engagements ajoutés, {} mis à jour depuis le fichier, {} gardés tels quels ; {} personnes et {} revues ajoutées.",
            report.added, report.updated, report.kept, report.people_added, report.reviews_added
        ),
    }
}

/// Storage used against the quota.
pub fn storage_usage(language: Language, used: f64, quota: f64) -> String {
    let (used, quota) =
        (crate::fmt::megabytes(language, used), crate::fmt::megabytes(language, quota));
    match language {
        Language::En => format!("{used} used of {quota} available to this site."),
        Language::Fr => format!("{used} utilisés sur {quota} disponibles pour ce site."),
    }
}

/// "3 requests in the inbox".
pub fn inbox_count(language: Language, count: usize) -> String {
    match (language, count) {
        (Language::En, 0) => "The inbox is empty.".into(),
        (Language::En, 1) => "1 request waits for an answer in the inbox.".into(),
        (Language::En, n) => format!("{n} requests wait for an answer in the inbox."),
        (Language::Fr, 0) => "La boîte de réception est vide.".into(),
        (Language::Fr, 1) => "1 demande attend une réponse.".into(),
        (Language::Fr, n) => format!("{n} demandes attendent une réponse."),
    }
}

/// A week the relief plan cannot bring back within capacity.
pub fn still_over(language: Language, week: chrono::NaiveDate, hours: f64) -> String {
    let (week, hours) = (crate::fmt::date(language, week), crate::fmt::hours(language, hours));
    match language {
        Language::En => format!("Even then, the week of {week} stays over capacity by {hours}."),
        Language::Fr => {
            format!("Même ainsi, la semaine du {week} dépasse encore la capacité de {hours}.")
        }
    }
}

/// A term of the focus score.
pub fn term(language: Language, term: plateful_core::focus::Term) -> &'static str {
    use plateful_core::focus::Term;
    let (en, fr) = match term {
        Term::BigRock => ("big rock", "priorité"),
        Term::Due => ("due date", "échéance"),
        Term::Important => ("important", "important"),
        Term::Urgent => ("urgent", "urgent"),
        Term::DeadlineAtRisk => ("deadline at risk", "échéance en danger"),
        Term::Momentum => ("momentum", "élan"),
        Term::TreadingWater => ("treading water", "surplace"),
        Term::Waiting => ("waiting", "en attente"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// A quadrant of the matrix.
pub fn quadrant(language: Language, quadrant: plateful_core::priorities::Quadrant) -> &'static str {
    use plateful_core::priorities::Quadrant;
    let (en, fr) = match quadrant {
        Quadrant::Do => ("Do: important and urgent", "Faire : important et urgent"),
        Quadrant::Schedule => {
            ("Schedule: important, not urgent", "Planifier : important, pas urgent")
        }
        Quadrant::Delegate => {
            ("Delegate: urgent, not important", "Déléguer : urgent, pas important")
        }
        Quadrant::Drop => ("Drop: neither", "Abandonner : ni l'un ni l'autre"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// A role, for people.
pub fn role(language: Language, role: plateful_core::Role) -> &'static str {
    use plateful_core::Role;
    let (en, fr) = match role {
        Role::Me => ("Me", "Moi"),
        Role::Report => ("Report", "Collaborateur"),
        Role::Peer => ("Peer", "Pair"),
        Role::Stakeholder => ("Stakeholder", "Partie prenante"),
    };
    match language {
        Language::En => en,
        Language::Fr => fr,
    }
}

/// A quick-add line that cannot be read.
pub fn quick_error(language: Language, error: &plateful_core::quick::QuickError) -> String {
    use plateful_core::quick::QuickError;
    match (language, error) {
        (Language::En, _) => capitalise(&error.to_string()),
        (Language::Fr, QuickError::Title(e)) => format!("Titre : {}", text_error(language, e)),
        (Language::Fr, QuickError::BadDate(w)) => {
            format!("« {w} » n'est pas une date (essayez 2026-12-15 ou fri)")
        }
        (Language::Fr, QuickError::BadHours(w)) => {
            format!("« {w} » n'est pas un nombre d'heures (essayez 12h ou 3h/w)")
        }
        (Language::Fr, QuickError::UnknownPerson(n)) => {
            format!("Personne ne s'appelle « {n} » dans le plan")
        }
        (Language::Fr, QuickError::AmbiguousPerson(n)) => {
            format!("Plusieurs personnes correspondent à « {n} »")
        }
        (Language::Fr, QuickError::CannotOwn(n)) => format!("{n} n'a pas de capacité hebdomadaire"),
        (Language::Fr, QuickError::BadTag(t)) => format!("« {t} » n'est pas une étiquette"),
    }
}

/// What calibration knows so far, with the research behind the default.
pub fn calibration_note(
    language: Language,
    learned: Option<f64>,
    samples: usize,
    needed: usize,
) -> String {
    match (language, learned) {
        (Language::En, Some(factor)) => format!(
            "Learned from {samples} finished pieces of work: they took {factor:.2} times their estimate (the median)."
        ),
        (Language::En, None) => format!(
            "{samples} of the {needed} finished pieces of work needed to learn a factor; until then it is 1.0. People typically underestimate by about 1.6x (Buehler, Griffin and Ross, 1994)."
        ),
        (Language::Fr, Some(factor)) => format!(
            "Appris de {samples} travaux terminés : ils ont pris {factor:.2} fois leur estimation (la médiane)."
        ),
        (Language::Fr, None) => format!(
            "{samples} des {needed} travaux terminés nécessaires pour apprendre un facteur ; en attendant il vaut 1,0. On sous-estime d'environ 1,6 fois en général (Buehler, Griffin et Ross, 1994)."
        ),
    }
}

/// What Undo will take back: "Undo the hours logged on “Budget”".
pub fn undo_words(language: Language, label: Label, subject: Option<&str>) -> String {
    let en = language == Language::En;
    let t = match (subject, en) {
        (Some(title), true) => format!("“{title}”"),
        (Some(title), false) => format!("« {title} »"),
        (None, true) => "a commitment".to_owned(),
        (None, false) => "un engagement".to_owned(),
    };
    let (english, french) = match label {
        Label::Command(kind, _) => match kind {
            CommandKind::AddCommitment => (format!("adding {t}"), format!("l'ajout de {t}")),
            CommandKind::EditCommitment => {
                (format!("the changes to {t}"), format!("les modifications de {t}"))
            }
            CommandKind::DeleteCommitment => {
                (format!("deleting {t}"), format!("la suppression de {t}"))
            }
            CommandKind::SetStatus => {
                (format!("the new status of {t}"), format!("le nouveau statut de {t}"))
            }
            CommandKind::LogProgress => {
                (format!("the hours logged on {t}"), format!("les heures notées sur {t}"))
            }
            CommandKind::Delegate => (format!("delegating {t}"), format!("la délégation de {t}")),
            CommandKind::Reschedule | CommandKind::SetDue => {
                (format!("the new dates of {t}"), format!("les nouvelles dates de {t}"))
            }
            CommandKind::SetFlags => {
                (format!("the move of {t} in the matrix"), format!("le déplacement de {t}"))
            }
            CommandKind::Decide => {
                (format!("the review's decision on {t}"), format!("la décision de revue sur {t}"))
            }
            CommandKind::FollowUp => {
                (format!("the follow-up on {t}"), format!("la relance de {t}"))
            }
            CommandKind::Decline => (format!("declining {t}"), format!("le refus de {t}")),
            CommandKind::AddPerson => ("adding a person".into(), "l'ajout d'une personne".into()),
            CommandKind::EditPerson => {
                ("the change to a person".into(), "la modification d'une personne".into())
            }
            CommandKind::RemovePerson => {
                ("removing a person".into(), "le retrait d'une personne".into())
            }
            CommandKind::UpdateSettings => {
                ("the change of settings".into(), "le changement de réglages".into())
            }
            CommandKind::SetBigRocks => {
                ("the change of big rocks".into(), "le changement de priorités".into())
            }
            CommandKind::CompleteReview => {
                ("finishing the review".into(), "la fin de la revue".into())
            }
        },
        Label::Batch(count) => (
            format!("the {count} changes applied at once"),
            format!("les {count} modifications appliquées ensemble"),
        ),
        Label::Replace => ("replacing the plan".into(), "le remplacement du plan".into()),
        Label::Merge => ("the merge".into(), "la fusion".into()),
        Label::Undo => ("the last undo".into(), "la dernière annulation".into()),
    };
    if en {
        format!("Undo {english}")
    } else {
        format!("Annuler {french}")
    }
}

/// A notice about other tabs, as one sentence.
pub fn notice(language: Language, notice: &crate::state::Notice) -> String {
    use crate::state::Notice;
    match notice {
        Notice::ErasedElsewhere => tr(language, Text::NoticeErased).to_owned(),
        Notice::Lost(lost) => {
            let what: Vec<String> = lost
                .iter()
                .map(|(label, _)| {
                    let words = undo_words(language, *label, None);
                    let cut = words.find(' ').map_or(0, |space| space + 1);
                    words[cut..].to_owned()
                })
                .collect();
            format!("{} {}.", tr(language, Text::NoticeLost), what.join(", "))
        }
        Notice::UndoRefused(label, subject) => {
            let words = undo_words(language, *label, subject.as_deref());
            match language {
                Language::En => format!("{words}: not done, because it was changed since (in this tab or another) and undoing would lose that change."),
                Language::Fr => format!("{words} : pas fait, car cela a été modifié depuis (ici ou dans un autre onglet) et l'annulation perdrait cette modification."),
            }
        }
    }
}
