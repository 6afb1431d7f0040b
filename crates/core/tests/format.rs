//! The plan file: the documented example is frozen, every released version has a
//! fixture that still opens, and every kind of bad file is refused with its place.

mod schema;

use plateful_core::*;

const EXAMPLE: &str = include_str!("../../../docs/format/example-plan.json");
const SCHEMA: &str = include_str!("../../../docs/format/plan-v3.schema.json");
const SCHEMA_V1: &str = include_str!("../../../docs/format/plan-v1.schema.json");
const SCHEMA_V2: &str = include_str!("../../../docs/format/plan-v2.schema.json");
const FIXTURE_V1: &str = include_str!("fixtures/plan-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/plan-v2.json");
const FIXTURE_V3: &str = include_str!("fixtures/plan-v3.json");

fn error_of(text: &str) -> FormatError {
    format::parse(text).expect_err("the file must be refused")
}

/// The example with one JSON value replaced, addressed by a JSON pointer.
fn example_with(pointer: &str, value: serde_json::Value) -> String {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    *json.pointer_mut(pointer).expect("the pointer exists in the example") = value;
    json.to_string()
}

#[test]
fn the_documented_example_is_written_back_byte_for_byte() {
    let envelope = format::parse(EXAMPLE).expect("the example opens");
    assert_eq!(format!("{}\n", envelope.to_pretty_json()), EXAMPLE);
}

/// What both released fixtures hold in common: version 1's content.
fn assert_version_1_content(plan: &Plan) {
    assert_eq!(plan.people.len(), 4);
    assert_eq!(plan.me().unwrap().name.as_str(), "Sam Rivera");
    assert_eq!(plan.me().unwrap().weekly_capacity.unwrap().get(), 38.0);
    assert_eq!(plan.commitments.len(), 8);
    let kinds: Vec<_> = plan.commitments.iter().map(|c| c.status.kind()).collect();
    use StatusKind::*;
    assert_eq!(kinds, [Proposed, Active, Active, Waiting, Active, Done, Dropped, Someday]);
    let roadmap = &plan.commitments[2];
    assert_eq!(roadmap.title.as_str(), "Q1 roadmap draft");
    assert_eq!(roadmap.remaining_hours(), Some(10.5));
    assert_eq!(roadmap.requested_by, Some(Party::Text(Source::parse("VP Engineering").unwrap())));
    assert_eq!(plan.commitments[4].delegated_by, Some(plan.me().unwrap().id));
    assert_eq!(plan.settings, Settings::default());
}

#[test]
fn the_version_1_fixture_migrates_to_the_current_version_with_all_its_content() {
    let envelope = format::parse(FIXTURE_V1).expect("version 1 files open");
    assert_eq!(envelope.version, CURRENT_VERSION);
    assert_eq!(envelope.revision, 42);
    assert_version_1_content(&envelope.plan);
    assert!(envelope.plan.big_rocks.is_empty());
    assert!(envelope.plan.reviews.is_empty());
    assert!(envelope.plan.tombstones.is_empty());
    // The migrated plan is written in the current version and reads back the same.
    assert_eq!(format::parse(&envelope.to_json()).unwrap(), envelope);
}

#[test]
fn the_version_1_fixture_conforms_to_the_version_1_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA_V1).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(FIXTURE_V1).unwrap();
    assert_eq!(schema::validate(&schema, &fixture), Vec::<String>::new());
}

#[test]
fn the_version_2_fixture_conforms_to_the_version_2_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA_V2).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
    assert_eq!(schema::validate(&schema, &fixture), Vec::<String>::new());
}

#[test]
fn the_version_2_fixture_migrates_with_its_big_rocks_and_review() {
    let envelope = format::parse(FIXTURE_V2).expect("version 2 files open");
    assert_eq!(envelope.version, CURRENT_VERSION);
    assert_version_1_content(&envelope.plan);
    let plan = &envelope.plan;
    assert_eq!(plan.big_rocks_of(support_date(2026, 11, 23)).len(), 2);
    let review = &plan.reviews[0];
    assert_eq!(review.week, support_date(2026, 11, 16));
    assert_eq!(review.entries.len(), 4);
    assert_eq!(
        review.entries[2].decision,
        Decision::Drop { reason: Notes::parse("Clashes with the release week").unwrap() }
    );
    assert_eq!(review.pulse, Some(Pulse::new(3).unwrap()));
    assert_eq!(review.snapshot[0].percent(), Some(31.5 / 38.0 * 100.0));
    assert!(plan.tombstones.is_empty());
    assert!(!plan.commitments[6].status.is_declined(), "dropped in a review, not declined");
    assert_eq!(format::parse(&envelope.to_json()).unwrap(), envelope);
}

#[test]
fn the_version_3_fixture_opens_with_its_tombstone_and_declined_request() {
    let envelope = format::parse(FIXTURE_V3).expect("version 3 files open");
    assert_eq!(envelope.version, 3);
    let plan = &envelope.plan;
    assert_eq!(plan.commitments.len(), 9);
    let tombstone: CommitmentId = "9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a".parse().unwrap();
    assert_eq!(
        plan.tombstones,
        [Tombstone { id: tombstone, deleted_at: "2026-11-23T08:40:00Z".parse().unwrap() }]
    );
    let claire: PersonId = "c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f".parse().unwrap();
    let declined: Vec<_> = plan.declined_for(claire).map(|c| c.title.as_str()).collect();
    assert_eq!(declined, ["Mentor two summer interns"]);
    assert_eq!(
        plan.commitments[8].status,
        Status::Dropped {
            on: support_date(2026, 11, 20),
            reason: Notes::parse("No room before the Q1 launch").unwrap(),
            declined: true,
        }
    );
}

#[test]
fn the_version_3_fixture_conforms_to_the_version_3_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let fixture: serde_json::Value = serde_json::from_str(FIXTURE_V3).unwrap();
    assert_eq!(schema::validate(&schema, &fixture), Vec::<String>::new());
}

#[test]
fn a_version_1_file_cannot_carry_version_2_fields() {
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V1).unwrap();
    json["plan"]["reviews"] = serde_json::json!([]);
    let error = error_of(&json.to_string());
    assert_eq!(error.to_string(), "plan.reviews: is not part of version 1");
}

#[test]
fn a_version_2_file_cannot_carry_version_3_fields() {
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
    json["plan"]["tombstones"] = serde_json::json!([]);
    assert_eq!(
        error_of(&json.to_string()).to_string(),
        "plan.tombstones: is not part of version 2"
    );
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
    json["plan"]["commitments"][6]["status"]["declined"] = true.into();
    assert_eq!(
        error_of(&json.to_string()).to_string(),
        "plan.commitments[6].status.declined: is not part of version 2"
    );
}

#[test]
fn a_version_1_file_with_version_3_fields_is_told_of_version_1() {
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V1).unwrap();
    json["plan"]["tombstones"] = serde_json::json!([]);
    assert_eq!(
        error_of(&json.to_string()).to_string(),
        "plan.tombstones: is not part of version 1"
    );
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V1).unwrap();
    json["plan"]["commitments"][0]["status"]["declined"] = false.into();
    assert_eq!(
        error_of(&json.to_string()).to_string(),
        "plan.commitments[0].status.declined: is not part of version 1"
    );
}

/// A file of an older version whose settings are out of the bounds version 3 sets:
/// every count below or above its range, thresholds outside 1..=1000, a factor of 0.2.
fn with_settings_out_of_bounds(fixture: &str, settings: serde_json::Value) -> Envelope {
    let mut json: serde_json::Value = serde_json::from_str(fixture).unwrap();
    json["plan"]["settings"] = settings;
    format::parse(&json.to_string()).expect("an old file with odd settings still opens")
}

#[test]
fn migrating_from_version_2_brings_each_setting_to_its_nearest_bound() {
    let low = with_settings_out_of_bounds(
        FIXTURE_V2,
        serde_json::json!({
            "horizon_weeks": 2, "wip_limit": 1, "stale_weeks": 1,
            "waiting_nudge_days": 1, "urgent_window_days": 0,
            "thresholds": {"full_percent": 1, "over_percent": 50, "critical_percent": 1000},
            "calibration": {"mode": "manual", "manual_factor": 0.2},
        }),
    )
    .plan
    .settings;
    assert_eq!(low.horizon_weeks, 4, "2 weeks becomes the minimum, 4");
    assert_eq!((low.wip_limit, low.stale_weeks), (1, 1));
    assert_eq!((low.waiting_nudge_days, low.urgent_window_days), (1, 0));
    assert_eq!(low.calibration.manual_factor, 0.5, "0.2 becomes the minimum, 0.5");
    let t = low.thresholds;
    assert_eq!((t.full_percent, t.over_percent, t.critical_percent), (1.0, 50.0, 1000.0));

    let high = with_settings_out_of_bounds(
        FIXTURE_V2,
        serde_json::json!({
            "horizon_weeks": 52, "wip_limit": 100, "stale_weeks": 52,
            "waiting_nudge_days": 365, "urgent_window_days": 365,
            "thresholds": {"full_percent": 90, "over_percent": 950, "critical_percent": 1000},
            "calibration": {"mode": "learned", "manual_factor": 8.5},
        }),
    )
    .plan
    .settings;
    assert_eq!((high.horizon_weeks, high.wip_limit, high.stale_weeks), (52, 100, 52));
    assert_eq!(high.waiting_nudge_days, 90, "365 days becomes the maximum, 90");
    assert_eq!(high.urgent_window_days, 60, "365 days becomes the maximum, 60");
    assert_eq!(high.calibration.manual_factor, 5.0, "8.5 becomes the maximum, 5");
    assert_eq!(high.calibration.mode, CalibrationMode::Learned);
    let t = high.thresholds;
    assert_eq!((t.full_percent, t.over_percent, t.critical_percent), (90.0, 950.0, 1000.0));
}

#[test]
fn migrating_thresholds_that_are_not_strictly_in_order_restores_the_defaults() {
    for (full, over, critical) in [(100.0, 100.0, 125.0), (85.0, 130.0, 120.0), (0.5, 0.2, 0.1)] {
        let settings = with_settings_out_of_bounds(
            FIXTURE_V2,
            serde_json::json!({"thresholds": {
                "full_percent": full, "over_percent": over, "critical_percent": critical,
            }}),
        )
        .plan
        .settings;
        assert_eq!(settings.thresholds, Thresholds::default(), "{full} {over} {critical}");
        let t = settings.thresholds;
        assert_eq!((t.full_percent, t.over_percent, t.critical_percent), (85.0, 100.0, 125.0));
    }
    // Clamped first: 1500 becomes 1000, still above 900, so the order holds.
    let settings = with_settings_out_of_bounds(
        FIXTURE_V2,
        serde_json::json!({"thresholds": {
            "full_percent": 0, "over_percent": 900, "critical_percent": 1500,
        }}),
    )
    .plan
    .settings;
    let t = settings.thresholds;
    assert_eq!((t.full_percent, t.over_percent, t.critical_percent), (1.0, 900.0, 1000.0));
}

#[test]
fn migrating_from_version_1_also_brings_settings_within_bounds() {
    let envelope = with_settings_out_of_bounds(
        FIXTURE_V1,
        serde_json::json!({
            "horizon_weeks": 1, "waiting_nudge_days": 200, "urgent_window_days": 90,
            "thresholds": {"full_percent": 100, "over_percent": 90, "critical_percent": 125},
            "calibration": {"mode": "manual", "manual_factor": 9.5},
        }),
    );
    assert_eq!(envelope.version, CURRENT_VERSION);
    assert!(envelope.plan.big_rocks.is_empty() && envelope.plan.tombstones.is_empty());
    let settings = envelope.plan.settings;
    assert_eq!(settings.horizon_weeks, 4, "1 week becomes 4");
    assert_eq!(settings.waiting_nudge_days, 90, "200 days becomes 90");
    assert_eq!(settings.urgent_window_days, 60, "90 days becomes 60");
    assert_eq!(settings.calibration.manual_factor, 5.0, "9.5 becomes 5");
    assert_eq!(settings.thresholds, Thresholds::default(), "100 > 90: the defaults");
    // Settings within bounds are left as they were.
    let untouched = format::parse(FIXTURE_V1).unwrap().plan.settings;
    assert_eq!(untouched, Settings::default());
}

#[test]
fn migrating_leaves_a_count_that_is_not_whole_for_the_parser_to_refuse() {
    // Out of range or not, a fraction was never a count: 2.5 weeks does not become 4.
    for (field, value, message) in [
        ("horizon_weeks", 2.5, "must be between 4 and 52"),
        ("horizon_weeks", 12.5, "must be a whole number"),
        ("waiting_nudge_days", 120.5, "must be between 1 and 90"),
        ("urgent_window_days", -0.5, "must be between 0 and 60"),
    ] {
        for fixture in [FIXTURE_V1, FIXTURE_V2] {
            let mut json: serde_json::Value = serde_json::from_str(fixture).unwrap();
            json["plan"]["settings"][field] = value.into();
            assert_eq!(
                error_of(&json.to_string()).to_string(),
                format!("plan.settings.{field}: {message}")
            );
        }
    }
    // A whole count written with a decimal point is a count.
    let settings =
        with_settings_out_of_bounds(FIXTURE_V2, serde_json::json!({"horizon_weeks": 2.0}));
    assert_eq!(settings.plan.settings.horizon_weeks, 4);
}

#[test]
fn settings_that_are_not_numbers_are_still_refused_at_their_place() {
    let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
    json["plan"]["settings"] = serde_json::json!({"horizon_weeks": "twelve"});
    match error_of(&json.to_string()) {
        FormatError::Invalid { path, .. } => assert_eq!(path, "plan.settings.horizon_weeks"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn requests_the_weekly_review_declined_migrate_as_declined() {
    for reason in ["Declined in the weekly review", "Refusé pendant la revue hebdomadaire"] {
        let mut json: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
        let request = &mut json["plan"]["commitments"][0];
        request["status"] =
            serde_json::json!({"state": "dropped", "on": "2026-11-20", "reason": reason});
        let plan = format::parse(&json.to_string()).unwrap().plan;
        assert_eq!(
            plan.commitments[0].status,
            Status::Dropped {
                on: support_date(2026, 11, 20),
                reason: Notes::default(),
                declined: true
            },
            "{reason}"
        );
        let claire: PersonId = "c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f".parse().unwrap();
        assert_eq!(plan.declined_for(claire).count(), 1, "who asked is kept");
    }
    // Any other reason is a drop, not a refusal.
    let plan = format::parse(FIXTURE_V2).unwrap().plan;
    assert!(plan.commitments.iter().all(|c| !c.status.is_declined()));
}

fn support_date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn the_example_conforms_to_the_json_schema() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let example: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    assert_eq!(schema::validate(&schema, &example), Vec::<String>::new());
}

#[test]
fn the_schema_refuses_what_the_app_refuses() {
    let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
    let cases = [
        ("/plan/commitments/0/effort/estimate_hours", serde_json::json!(0)),
        ("/plan/commitments/0/title", serde_json::json!("")),
        ("/plan/commitments/0/status", serde_json::json!({"state": "done"})),
        ("/plan/people/0/role", serde_json::json!("boss")),
        ("/plan/settings/horizon_weeks", serde_json::json!(53)),
        ("/plan/settings/horizon_weeks", serde_json::json!(3)),
        ("/plan/settings/waiting_nudge_days", serde_json::json!(91)),
        ("/plan/settings/urgent_window_days", serde_json::json!(61)),
        ("/plan/settings/calibration/manual_factor", serde_json::json!(0.4)),
        ("/plan/settings/thresholds/critical_percent", serde_json::json!(null)),
        ("/version", serde_json::json!(4)),
        ("/plan/tombstones/0/deleted_at", serde_json::json!("yesterday")),
        ("/plan/tombstones/0", serde_json::json!({"id": "9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a"})),
        ("/plan/commitments/8/status/declined", serde_json::json!("yes")),
        ("/plan/commitments/0/status", serde_json::json!({"state": "proposed", "declined": true})),
        ("/plan/reviews/0/pulse", serde_json::json!(6)),
        ("/plan/reviews/0/entries/0/decision", serde_json::json!({"kind": "defer"})),
    ];
    for (pointer, value) in cases {
        let broken: serde_json::Value =
            serde_json::from_str(&example_with(pointer, value.clone())).unwrap();
        assert_ne!(schema::validate(&schema, &broken), Vec::<String>::new(), "{pointer} = {value}");
        assert!(format::parse(&broken.to_string()).is_err(), "{pointer} = {value}");
    }
}

#[test]
fn a_zero_estimate_is_refused_at_its_exact_place() {
    let error = error_of(&example_with("/plan/commitments/3/effort/estimate_hours", 0.into()));
    assert_eq!(
        error,
        FormatError::Invalid {
            path: "plan.commitments[3].effort.estimate_hours".into(),
            message: "must be greater than 0".into(),
        }
    );
    assert_eq!(
        error.to_string(),
        "plan.commitments[3].effort.estimate_hours: must be greater than 0"
    );
}

#[test]
fn an_empty_title_is_refused_at_its_place() {
    let error = error_of(&example_with("/plan/commitments/1/title", "   ".into()));
    assert_eq!(error.to_string(), "plan.commitments[1].title: must not be empty");
}

#[test]
fn a_status_without_the_date_it_needs_is_refused() {
    let error =
        error_of(&example_with("/plan/commitments/5/status", serde_json::json!({"state": "done"})));
    assert_eq!(error.to_string(), "plan.commitments[5].status: a done status needs `on`");
}

#[test]
fn an_unknown_field_is_named() {
    let error = error_of(&example_with(
        "/plan/commitments/0/effort",
        serde_json::json!({"kind": "one_off", "estimate_hours": 2, "hours": 3}),
    ));
    match error {
        FormatError::Invalid { path, message } => {
            assert_eq!(path, "plan.commitments[0].effort.hours");
            assert!(message.contains("unknown field `hours`"), "{message}");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_badly_written_date_is_refused_at_its_place() {
    let error = error_of(&example_with("/plan/commitments/2/due/date", "15/03/2027".into()));
    match error {
        FormatError::Invalid { path, .. } => assert_eq!(path, "plan.commitments[2].due.date"),
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn a_plan_without_exactly_one_me_is_refused() {
    let error = error_of(&example_with("/plan/people/1/role", "me".into()));
    assert_eq!(
        error.to_string(),
        "plan.people: exactly one person must have the role \"me\" (found 2)"
    );
}

#[test]
fn an_owner_who_does_not_exist_or_cannot_carry_work_is_refused() {
    let error = error_of(&example_with(
        "/plan/commitments/1/owner",
        "00000000-0000-4000-8000-000000000000".into(),
    ));
    assert_eq!(
        error.to_string(),
        "plan.commitments[1].owner: no person has the id 00000000-0000-4000-8000-000000000000"
    );
    let claire = "c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f";
    let error = error_of(&example_with("/plan/commitments/1/owner", claire.into()));
    assert_eq!(
        error.to_string(),
        "plan.commitments[1].owner: Claire Dubois has no weekly capacity, so cannot own work"
    );
}

#[test]
fn duplicate_ids_are_refused() {
    let first = "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d";
    let error = error_of(&example_with("/plan/commitments/4/id", first.into()));
    assert_eq!(
        error.to_string(),
        format!("plan.commitments[4].id: {first} is used by another commitment")
    );
}

#[test]
fn thresholds_out_of_order_are_refused() {
    let error = error_of(&example_with("/plan/settings/thresholds/full_percent", 110.into()));
    assert_eq!(
        error.to_string(),
        "plan.settings.thresholds.over_percent: must be greater than full_percent (110)"
    );
    let error = error_of(&example_with("/plan/settings/thresholds/full_percent", 100.into()));
    assert_eq!(
        error.to_string(),
        "plan.settings.thresholds.over_percent: must be greater than full_percent (100)"
    );
}

#[test]
fn a_tombstone_listed_twice_or_of_a_commitment_still_there_is_refused() {
    let deleted = "9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a";
    let twice = serde_json::json!([
        {"id": deleted, "deleted_at": "2026-11-23T08:40:00Z"},
        {"id": deleted, "deleted_at": "2026-11-24T08:40:00Z"},
    ]);
    assert_eq!(
        error_of(&example_with("/plan/tombstones", twice)).to_string(),
        format!("plan.tombstones[1].id: {deleted} is listed twice")
    );
    let roadmap = "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f";
    assert_eq!(
        error_of(&example_with("/plan/tombstones/0/id", roadmap.into())).to_string(),
        format!("plan.tombstones[0].id: {roadmap} is deleted, yet still a commitment of the plan")
    );
}

#[test]
fn declined_is_only_for_a_dropped_status() {
    let error = error_of(&example_with(
        "/plan/commitments/0/status",
        serde_json::json!({"state": "proposed", "declined": true}),
    ));
    assert_eq!(
        error.to_string(),
        "plan.commitments[0].status: a proposed status has no `declined`"
    );
    // Written only when true, read as false when absent or false.
    let plan = format::parse(&example_with("/plan/commitments/8/status/declined", false.into()))
        .unwrap()
        .plan;
    assert!(!plan.commitments[8].status.is_declined());
}

#[test]
fn text_that_is_not_json_gives_its_line_and_column() {
    let truncated = &EXAMPLE[..EXAMPLE.len() / 2];
    match error_of(truncated) {
        FormatError::NotJson { line, .. } => assert!(line > 1),
        other => panic!("unexpected {other:?}"),
    }
    match error_of("{\"format\": \"plateful-plan\",\n  oops}") {
        FormatError::NotJson { line, column, message } => {
            assert_eq!((line, column), (2, 3));
            assert_eq!(message, "key must be a string");
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn an_empty_file_says_it_is_empty() {
    for text in ["", " ", "\n", "\r\n\r\n", "\t  \n  \t", "\u{a0}\u{2003}\n"] {
        let error = error_of(text);
        assert_eq!(error, FormatError::Empty, "{text:?}");
        assert_eq!(error.to_string(), "the file is empty", "{text:?}");
    }
    // Anything that is not whitespace is no longer empty, however little of it there is.
    assert!(matches!(error_of("{"), FormatError::NotJson { line: 1, column: 1, .. }));
    assert!(matches!(error_of(" \n x"), FormatError::NotJson { line: 2, column: 2, .. }));
}

#[test]
fn json_that_is_not_a_plan_says_so() {
    assert_eq!(error_of("[1, 2, 3]"), FormatError::NotAPlan { found: None });
    assert_eq!(error_of("{\"plan\": {}}"), FormatError::NotAPlan { found: None });
    assert_eq!(
        error_of("{\"format\": \"todo-list\", \"version\": 1}"),
        FormatError::NotAPlan { found: Some("\"todo-list\"".into()) }
    );
}

#[test]
fn a_file_from_a_newer_version_is_refused_and_says_which() {
    let error = error_of(&example_with("/version", 4.into()));
    assert_eq!(error, FormatError::NewerVersion { found: 4, supported: 3 });
    assert_eq!(
        error.to_string(),
        "written by a newer version of Plateful (file version 4, this one reads up to 3)"
    );
}

#[test]
fn a_version_that_is_not_a_whole_number_is_refused() {
    for version in [
        serde_json::json!(0),
        serde_json::json!("1"),
        serde_json::json!(1.5),
        serde_json::Value::Null,
    ] {
        let error = error_of(&example_with("/version", version.clone()));
        assert_eq!(
            error,
            FormatError::Invalid {
                path: "version".into(),
                message: "must be a whole number of at least 1".into()
            },
            "{version}"
        );
    }
}

#[test]
fn compact_and_indented_output_open_to_the_same_plan() {
    let envelope = format::parse(EXAMPLE).unwrap();
    assert_eq!(format::parse(&envelope.to_json()).unwrap(), envelope);
    assert!(envelope.to_json().len() < envelope.to_pretty_json().len());
}

#[test]
fn missing_optional_fields_take_their_defaults() {
    let minimal = r#"{"format":"plateful-plan","version":3,"saved_at":"2026-11-24T10:00:00Z","plan":{
        "people":[{"id":"6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c","name":"Me","role":"me","weekly_capacity":40}],
        "commitments":[{"id":"0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d","title":"Something","owner":"6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c",
          "status":{"state":"active"},"effort":{"kind":"unestimated"},"created_at":"2026-11-24T10:00:00Z","updated_at":"2026-11-24T10:00:00Z"}]}}"#;
    let envelope = format::parse(minimal).unwrap();
    assert_eq!(envelope.revision, 0);
    assert_eq!(envelope.plan.settings, Settings::default());
    assert!(envelope.plan.tombstones.is_empty());
    assert_eq!(envelope.plan.people[0].working_days, WorkingDays::default());
    let commitment = &envelope.plan.commitments[0];
    assert!(commitment.tags.is_empty() && commitment.progress.is_empty() && !commitment.important);
}

#[test]
fn settings_or_a_reflection_written_as_an_array_are_refused_not_reset() {
    // Every field of these has a default, so an array would otherwise open as "all
    // defaults" and the user's settings would be gone without a word.
    for (pointer, path) in [
        ("/plan/settings", "plan.settings"),
        ("/plan/reviews/0/reflection", "plan.reviews[0].reflection"),
    ] {
        for value in [serde_json::json!([]), serde_json::json!(["tue", 4])] {
            assert_eq!(
                error_of(&example_with(pointer, value.clone())),
                FormatError::Invalid {
                    path: path.into(),
                    message: "invalid type: sequence, expected an object".into()
                },
                "{pointer} = {value}"
            );
        }
    }
    // The place of an error inside them is still named.
    let error = error_of(&example_with("/plan/settings/wip_limit", 0.into()));
    assert_eq!(error.to_string(), "plan.settings.wip_limit: must be between 1 and 100");
}

#[test]
fn a_header_field_written_twice_is_named_not_called_missing() {
    let twice = EXAMPLE.replacen("\"version\": 3,", "\"version\": 3,\n  \"version\": 3,", 1);
    assert_eq!(
        error_of(&twice),
        FormatError::Invalid { path: ".".into(), message: "duplicate field `version`".into() }
    );
    let twice = EXAMPLE.replacen("\"revision\": 42,", "\"revision\": 42,\n  \"revision\": 42,", 1);
    assert_eq!(
        error_of(&twice),
        FormatError::Invalid { path: ".".into(), message: "duplicate field `revision`".into() }
    );
}

#[test]
fn a_decision_is_read_field_by_field_and_refuses_what_it_does_not_have() {
    let decision = "/plan/reviews/0/entries/0/decision";
    let invalid = |path: &str, message: &str| FormatError::Invalid {
        path: path.into(),
        message: message.into(),
    };
    // A keep has no fields: an unknown one used to pass unseen.
    let error = error_of(&example_with(decision, serde_json::json!({"kind": "keep", "note": 1})));
    assert_eq!(
        error.to_string().split(':').next(),
        Some("plan.reviews[0].entries[0].decision.note")
    );
    let error = error_of(&example_with(
        decision,
        serde_json::json!({"kind": "done", "new_due": "2026-12-04"}),
    ));
    assert_eq!(
        error,
        invalid("plan.reviews[0].entries[0].decision", "a done decision has no `new_due`")
    );
    let error = error_of(&example_with(decision, serde_json::json!({"kind": "defer"})));
    assert_eq!(
        error,
        invalid("plan.reviews[0].entries[0].decision", "a defer decision needs `new_due`")
    );
    // A bad value is named at its own field, not at the decision.
    let error = error_of(&example_with(
        decision,
        serde_json::json!({"kind": "renegotiate", "new_due": "4 Dec"}),
    ));
    match error {
        FormatError::Invalid { path, .. } => {
            assert_eq!(path, "plan.reviews[0].entries[0].decision.new_due")
        }
        other => panic!("unexpected {other:?}"),
    }
}

#[test]
fn every_decision_is_written_as_before() {
    let people = [PersonId::from_random_bytes([1; 16])];
    let on = support_date(2026, 12, 4);
    for (decision, json) in [
        (Decision::Keep, serde_json::json!({"kind": "keep"})),
        (Decision::Done, serde_json::json!({"kind": "done"})),
        (
            Decision::Defer { new_due: on },
            serde_json::json!({"kind": "defer", "new_due": "2026-12-04"}),
        ),
        (
            Decision::Renegotiate { new_due: on },
            serde_json::json!({"kind": "renegotiate", "new_due": "2026-12-04"}),
        ),
        (
            Decision::Delegate { to: people[0] },
            serde_json::json!({"kind": "delegate", "to": people[0].to_string()}),
        ),
        (
            Decision::Drop { reason: Notes::default() },
            serde_json::json!({"kind": "drop", "reason": ""}),
        ),
    ] {
        assert_eq!(serde_json::to_value(&decision).unwrap(), json);
        assert_eq!(serde_json::from_value::<Decision>(json).unwrap(), decision);
    }
}

#[test]
fn no_hours_a_week_is_named_at_the_field() {
    let error = error_of(&example_with("/plan/commitments/1/effort/hours_per_week", 0.into()));
    assert_eq!(
        error.to_string(),
        "plan.commitments[1].effort.hours_per_week: must be greater than 0"
    );
}

#[test]
fn a_version_1_file_without_a_plan_says_so_as_a_version_2_file_does() {
    for fixture in [FIXTURE_V1, FIXTURE_V2] {
        let mut json: serde_json::Value = serde_json::from_str(fixture).unwrap();
        json.as_object_mut().unwrap().remove("plan");
        assert_eq!(
            error_of(&json.to_string()),
            FormatError::Invalid { path: ".".into(), message: "missing field `plan`".into() }
        );
        json["plan"] = serde_json::json!([]);
        match error_of(&json.to_string()) {
            FormatError::Invalid { path, .. } => assert_eq!(path, "plan"),
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[test]
fn an_import_reads_files_of_up_to_5_mb_not_5_mib() {
    assert!(!format::too_large(5_000_000.0));
    assert!(format::too_large(5_000_001.0));
    // The 5.16 MB file once accepted (under 5 MiB) is refused.
    assert!(format::too_large(5_160_000.0));
}

/// The same JSON with `blank` around every colon, comma and bracket outside strings.
fn spaced(json: &str, blank: &str) -> String {
    let mut out = String::new();
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
            out.push(c);
            continue;
        }
        match c {
            ':' | ',' | '{' | '}' | '[' | ']' => {
                out.push_str(blank);
                out.push(c);
                out.push_str(blank);
            }
            '"' => {
                in_string = true;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// The place is named from where the parser stopped in the text, so it must not depend
/// on how the file is laid out, nor on whether the refused value is the last of its
/// object.
#[test]
fn every_kind_of_error_is_named_at_its_place_whatever_the_layout() {
    use serde_json::json;
    let long_note = "n".repeat(10_001);
    let person = "c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f";
    let cases = [
        (
            "/plan/commitments/3/effort/estimate_hours",
            json!(0),
            "plan.commitments[3].effort.estimate_hours",
        ),
        (
            "/plan/commitments/1/effort/hours_per_week",
            json!(0),
            "plan.commitments[1].effort.hours_per_week",
        ),
        (
            "/plan/commitments/2/progress/0/hours",
            json!(-1),
            "plan.commitments[2].progress[0].hours",
        ),
        (
            "/plan/commitments/2/progress/1/note",
            json!(long_note),
            "plan.commitments[2].progress[1].note",
        ),
        ("/plan/commitments/0/tags", json!(["one", "two words"]), "plan.commitments[0].tags[1]"),
        ("/plan/commitments/1/title", json!(7), "plan.commitments[1].title"),
        ("/plan/commitments/2/due", json!({"date": "2027-03-15"}), "plan.commitments[2].due"),
        ("/plan/commitments/2/due/date", json!("2027-02-30"), "plan.commitments[2].due.date"),
        ("/plan/commitments/5/status", json!({"state": "done"}), "plan.commitments[5].status"),
        (
            "/plan/commitments/0/effort",
            json!({"kind": "one_off", "estimate_hours": 2, "hours": 3}),
            "plan.commitments[0].effort.hours",
        ),
        (
            "/plan/commitments/0/requested_by",
            json!({"person": person, "text": "HR"}),
            "plan.commitments[0].requested_by",
        ),
        (
            "/plan/commitments/0/requested_by",
            json!({"someone": person}),
            "plan.commitments[0].requested_by",
        ),
        (
            "/plan/commitments/0/requested_by",
            json!({"text": ""}),
            "plan.commitments[0].requested_by.text",
        ),
        (
            "/plan/people/0/working_days",
            json!(["mon", "tue", "mon"]),
            "plan.people[0].working_days",
        ),
        ("/plan/people/0/working_days", json!({}), "plan.people[0].working_days"),
        (
            "/plan/people/0/time_off/0",
            json!({"from": "2026-12-02", "to": "2026-12-01"}),
            "plan.people[0].time_off[0]",
        ),
        ("/plan/settings", json!([]), "plan.settings"),
        ("/plan/settings/wip_limit", json!(0), "plan.settings.wip_limit"),
        (
            "/plan/settings/thresholds/over_percent",
            json!(2000),
            "plan.settings.thresholds.over_percent",
        ),
        ("/plan/reviews/0/pulse", json!(6), "plan.reviews[0].pulse"),
        (
            "/plan/reviews/0/entries/0/decision",
            json!({"kind": "defer"}),
            "plan.reviews[0].entries[0].decision",
        ),
        (
            "/plan/reviews/0/reflection",
            json!({"went_well": 1}),
            "plan.reviews[0].reflection.went_well",
        ),
    ];
    // Laid out compactly, and indented as people write files.
    let mut files: Vec<(String, &str)> = Vec::new();
    for (pointer, value, path) in &cases {
        let file = example_with(pointer, value.clone());
        let value: serde_json::Value = serde_json::from_str(&file).unwrap();
        files.push((serde_json::to_string_pretty(&value).unwrap(), path));
        files.push((file, path));
    }
    // What a JSON value cannot hold: a key twice, a number too large for a float.
    let compact = format::parse(EXAMPLE).unwrap().to_json();
    files.push((
        compact.replacen("\"title\":", "\"title\":\"x\",\"title\":", 1),
        "plan.commitments[0]",
    ));
    files.push((
        compact.replacen("\"wip_limit\":5", "\"wip_limit\":1e400", 1),
        "plan.settings.wip_limit",
    ));
    for (file, path) in files {
        let expected = match error_of(&file) {
            FormatError::Invalid { path: found, message } => {
                assert_eq!(found, path, "{message}");
                FormatError::Invalid { path: found, message }
            }
            other => panic!("{path}: unexpected {other:?}"),
        };
        // Blanks around every bracket, colon and comma, up to lines of their own.
        let layouts = [spaced(&file, " "), spaced(&file, "\r\n\t"), spaced(&file, "\n  ")];
        for layout in layouts {
            assert_eq!(error_of(&layout), expected, "{layout}");
        }
    }
}

#[test]
fn a_party_is_an_object_of_one_key_person_or_text() {
    let at = "/plan/commitments/0/requested_by";
    let expected = "an object with one key, `person` or `text`";
    for (value, message) in [
        (serde_json::json!({}), format!("invalid length 0, expected {expected}")),
        (
            serde_json::json!({"person": "c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f", "text": 2, "x": 3}),
            format!("invalid length 3, expected {expected}"),
        ),
        (
            serde_json::json!("person"),
            format!("invalid type: string \"person\", expected {expected}"),
        ),
        (serde_json::json!({"x": 1}), "unknown variant `x`, expected `person` or `text`".into()),
    ] {
        assert_eq!(
            error_of(&example_with(at, value.clone())),
            FormatError::Invalid { path: "plan.commitments[0].requested_by".into(), message },
            "{value}"
        );
    }
}

/// A check made after serde_json has read a value, as serde's `try_from` makes it, is
/// placed wherever the parser has got to by then, and its error named at the wrong
/// place: the core's types check their values as they are read (its `checked` module).
#[test]
fn no_type_of_the_core_is_read_through_serde_try_from() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(src).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("try_from = \""),
            "{} reads a type through try_from",
            path.display()
        );
    }
}
