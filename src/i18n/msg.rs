//! Every message the user can read: one key space. Fixed texts are plain variants;
//! messages with figures or names carry them as data, and each language words them
//! (`en.rs`, `fr.rs`), figures through `crate::fmt`.

use chrono::{DateTime, NaiveDate, Utc};
use plateful_core::focus::Term;
use plateful_core::input::InputError;
use plateful_core::merge::MergeReport;
use plateful_core::priorities::Quadrant;
use plateful_core::quick::QuickError;
use plateful_core::sync::{Label, StoreError};
use plateful_core::whatif::Verdict;
use plateful_core::{
    DayName, Decision, DomainError, EffortKind, FinishError, FormatError, Language, LoadLevel,
    Role, SettingError, SettingField, Severity, StatusKind, Step, TextError,
};

/// A message, with what it says. It has no `Debug`: a derived one is a match over every
/// variant with their names as strings, 14 KiB of wasm for nothing a user reads.
#[derive(Clone, Copy)]
pub enum Msg<'a> {
    // Fixed texts.
    Tagline,
    NavCommitments,
    Undo,
    CommitmentsHeading,
    AddHeading,
    EditHeading,
    Title,
    Effort,
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
    StatusLabel,
    LogHours,
    Log,
    HoursSpent,
    Empty,
    WaitingOnLabel,
    SetWaiting,
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
    LevelLabel,
    WarningsHeading,
    NoWarnings,
    FollowedUp,
    Open,
    ReliefHeading,
    ReliefIntro,
    Apply,
    ApplyAll,
    NoticeErased,
    Dismiss,
    DroppedByRelief,
    FocusHeading,
    InboxHeading,
    FullForm,
    QuickAddLabel,
    QuickAddHint,
    AddToInbox,
    CanISayYes,
    Accept,
    Search,
    All,
    Owner,
    Tag,
    QuadrantLabel,
    Urgent,
    Tags,
    PrioritiesHeading,
    MatrixHelp,
    MoveTo,
    BigRocksHeading,
    Until,
    StartDate,
    RequestedBy,
    Notes,
    NextBigRocksHeading,
    NextBigRocksHelp,
    BigRocksHelp,
    TeamHeading,
    HeatmapHeading,
    AddPerson,
    Name,
    RoleLabel,
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
    Calibration,
    CalibrationManual,
    CalibrationLearned,
    Language,
    Theme,
    ThemeSystem,
    ThemeLight,
    ThemeDark,
    Saved,
    UpdateAvailable,
    UpdateNow,
    RecoveryRestore,
    ReviewNav,
    ReviewHeading,
    ReviewIntro,
    ReviewStart,
    ReviewDiscard,
    ReviewNeverReviewed,
    ReviewBack,
    ReviewNext,
    ReviewSteps,
    ReviewDecline,
    ReviewSomeday,
    ReviewInboxEmpty,
    ReviewNothingCurrent,
    ReviewHoursSpent,
    ReviewDecision,
    ReviewNewDue,
    ReviewDelegateTo,
    ReviewReason,
    ReviewDecide,
    ReviewNothingWaiting,
    ReviewFollowedUp,
    ReviewFollowUp,
    ReviewWentWell,
    ReviewSlipped,
    ReviewToChange,
    ReviewPulse,
    ReviewFinishButton,
    ReviewHistoryHeading,
    ReviewHistoryLink,
    ReviewNoReviews,
    ReviewTrendsHeading,
    ReviewTrendLoad,
    ReviewTrendHours,
    ReviewTrendDone,
    ReviewTrendSlipped,
    ReviewTrendPulse,
    ReviewSummary,
    ReviewCopy,
    ReviewCopied,
    ReviewSnapshot,
    ReviewDecisions,
    ReviewTriaged,
    ReviewFollowedUpList,
    ReviewBigRocks,
    ReviewReflection,
    ReviewMakeRoom,
    MakeRoomHeading,
    MakeRoom,
    NoCounter,
    Decline,
    DeclineHint,
    Understood,
    QuickAddPlaceholder,
    SettingsWeeks,
    WeekStart,
    SettingsNudges,
    CalibrationMode,
    SettingsLook,
    DeclinedFor,

    // ── Today and first run ──
    // (its messages follow)

    // ── Commitments ──
    // (its messages follow)

    // ── Team and priorities ──
    // (its messages follow)

    // ── Review, data and settings ──
    // (its messages follow)

    // ── The shell ──
    // (its messages follow)
    ShortcutNew,
    ShortcutSearch,
    ShortcutHelp,
    ShortcutsHeading,
    Close,
    SkipToContent,
    MainNavigation,
    /// The browser tab's title of a page: "Today · Plateful".
    PageTitle(&'a str),
    /// "Deleted “Budget”."
    Deleted(&'a str),
    Undone,

    // Names of things.
    Status(StatusKind),
    DayName(DayName),
    LanguageName(Language),
    EffortKindName(EffortKind),
    Role(Role),
    Quadrant(Quadrant),
    Term(Term),
    Severity(Severity),
    Level(LoadLevel),
    Verdict(Verdict),
    Step(Step),
    StepHelp(Step),
    /// "Step 2 of 7: Get current".
    StepOf(Step),
    Decision(&'a Decision),
    Setting(SettingField),
    /// What a setting is and its bounds: "Between 1 and 100".
    SettingBounds(SettingField),

    // What went wrong, worded from the core's data.
    TextError(&'a TextError),
    InputError(&'a InputError),
    DomainError(&'a DomainError),
    SettingError(&'a SettingError),
    FormatError(&'a FormatError),
    QuickError(&'a QuickError),
    /// The storage banner's words for a refusal.
    StoreError(&'a StoreError),
    FinishError(&'a FinishError),
    /// A field and what is wrong with it: "Title: Must not be empty".
    AtField {
        field: &'a str,
        problem: &'a str,
    },

    // Figures.
    /// "Week of 9 Dec: 52 h planned for 38 h available (137%)".
    WeekLoad {
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
    },
    WeekOf(NaiveDate),
    AllWarnings {
        total: usize,
    },
    FewerWarnings {
        shown: usize,
    },
    InboxCount {
        count: usize,
    },
    StillOver {
        week: NaiveDate,
        hours: f64,
    },
    CalibrationNote {
        learned: Option<f64>,
        samples: usize,
        needed: usize,
    },
    FileTooLarge {
        bytes: f64,
    },
    ImportRefused(&'a FormatError),
    Merged(&'a MergeReport),
    StorageUsage {
        used: f64,
        quota: f64,
    },

    // Warnings, as sentences. `who` is someone else's name (nothing for me).
    WarnOverload {
        who: Option<&'a str>,
        week: NaiveDate,
        load: f64,
        capacity: f64,
        percent: Option<f64>,
        level: LoadLevel,
        titles: &'a str,
        others: usize,
    },
    WarnDeadline {
        who: Option<&'a str>,
        due: NaiveDate,
        demand: f64,
        supply: f64,
        short: f64,
        titles: &'a str,
    },
    WarnOverdue {
        who: Option<&'a str>,
        titles: &'a str,
        due: NaiveDate,
        days: i64,
    },
    WarnWip {
        active: usize,
        limit: u32,
        per_week: Option<f64>,
        wait_weeks: Option<f64>,
    },
    WarnBigRocks {
        chosen: usize,
        limit: usize,
    },
    WarnTreading {
        who: Option<&'a str>,
        titles: &'a str,
        since: NaiveDate,
        days: i64,
    },
    WarnWaiting {
        who: Option<&'a str>,
        titles: &'a str,
        since: NaiveDate,
        days: i64,
    },
    WarnNoEstimate {
        who: Option<&'a str>,
        titles: &'a str,
    },
    WarnReviewDue {
        last: Option<NaiveDate>,
        days: i64,
    },
    WarnInbox {
        count: usize,
        older_than: i64,
    },

    // The relief plan.
    ReliefDelegate {
        title: &'a str,
        to: &'a str,
    },
    ReliefDefer {
        title: &'a str,
        start: NaiveDate,
    },
    /// A hard due date kept: only the start moves.
    ReliefDeferKeeping {
        title: &'a str,
        start: NaiveDate,
        due: NaiveDate,
    },
    ReliefDrop {
        title: &'a str,
    },
    ReliefRenegotiate {
        title: &'a str,
        due: NaiveDate,
    },
    /// "{what}. Frees 6 h; the next weeks then stand at 98% · 80%."
    ReliefEffect {
        what: &'a str,
        frees: f64,
        after: &'a str,
    },

    // "Can I say yes?"
    /// "Week of 30 Nov, you: 40.6 h → 42.6 h for 38 h, 107% → 112%".
    AnswerWeek {
        who: Option<&'a str>,
        week: NaiveDate,
        before: f64,
        after: f64,
        capacity: f64,
        percent_before: Option<f64>,
        percent_after: Option<f64>,
    },
    /// "Due 18 Dec (hard), you: 2 h short → 6 h short. At risk: “A”, “B”."
    AnswerDeadline {
        who: Option<&'a str>,
        due: NaiveDate,
        hard: bool,
        short_before: f64,
        short_after: f64,
        titles: &'a str,
    },
    /// "Yes, by 18 Dec" (and "starting 7 Dec" when it must start later).
    CounterDue {
        due: NaiveDate,
        start: Option<NaiveDate>,
    },
    /// "Yes, from the week of 14 Dec".
    CounterStart(NaiveDate),
    /// What quick add read: "due Fri 27 Nov".
    DueOn(NaiveDate),
    /// Who will own it: "for Alice".
    OwnedBy(&'a str),
    /// A title in quotes: “Budget”, « Budget ».
    Quoted(&'a str),
    /// A tag as typed: #budget.
    TagName(&'a str),
    /// "Added “Budget”."
    Added(&'a str),
    /// Other warnings a request would raise, as sentences.
    AlsoRaises(&'a str),
    /// Room that the relief plan of a request leaves still short, week by week.
    StillFull {
        week: NaiveDate,
        hours: f64,
    },

    // Undo and other tabs.
    UndoWhat {
        label: Label,
        subject: Option<&'a str>,
    },
    NoticeLost {
        what: &'a str,
    },
    NoticeUndoRefused {
        what: &'a str,
    },

    // The weekly review.
    ReviewUnderWay(NaiveDate),
    LastReview(NaiveDate),
    Gate {
        load: f64,
        capacity: f64,
        over_by: f64,
    },
    AcceptOver(f64),
    AcceptedOver(f64),
    /// How a decision reads once made: "Defer to 4 Dec 2026, 2 h logged".
    Decided {
        decision: &'a Decision,
        to: Option<&'a str>,
        logged: f64,
    },
    Completed(DateTime<Utc>),
    WaitingOn {
        who: &'a str,
        since: NaiveDate,
        last: Option<NaiveDate>,
    },
    AskedBy(&'a str),
    DelegatedTo(&'a str),
    ReviewUnreadable {
        reason: &'a str,
        kept_under: Option<&'a str>,
    },
}
