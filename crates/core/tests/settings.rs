//! Settings: every number has the bounds of SPEC 2.1, checked the same way when the
//! user changes it and when a file is read, and a refusal names its field.

mod support;

use plateful_core::*;
use proptest::prelude::*;
use support::commands::{any_number, saved_at};
use support::strategies::any_settings;
use support::*;

const EXAMPLE: &str = include_str!("../../../docs/format/example-plan.json");

use NumberKind::{Decimal, Whole};
use SettingField::*;

/// SPEC 2.1, written out again here so that the table in the core is checked against
/// the specification rather than against itself.
const SPEC: [(SettingField, f64, f64, NumberKind); 9] = [
    (FullPercent, 1.0, 1000.0, Decimal),
    (OverPercent, 1.0, 1000.0, Decimal),
    (CriticalPercent, 1.0, 1000.0, Decimal),
    (WipLimit, 1.0, 100.0, Whole),
    (HorizonWeeks, 4.0, 52.0, Whole),
    (StaleWeeks, 1.0, 52.0, Whole),
    (WaitingNudgeDays, 1.0, 90.0, Whole),
    (UrgentWindowDays, 0.0, 60.0, Whole),
    (CalibrationFactor, 0.5, 5.0, Decimal),
];

fn refused(field: SettingField, problem: SettingProblem) -> SettingError {
    SettingError { field, problem }
}

fn out_of_range(field: SettingField) -> SettingProblem {
    let SettingBounds { min, max, .. } = field.bounds();
    SettingProblem::OutOfRange { min, max }
}

/// The closest number above `x` (for the positive, finite bounds used here, and 0).
fn next_up(x: f64) -> f64 {
    if x == 0.0 {
        f64::from_bits(1)
    } else {
        f64::from_bits(x.to_bits() + 1)
    }
}

/// The closest number below `x`, for positive `x`.
fn next_down(x: f64) -> f64 {
    f64::from_bits(x.to_bits() - 1)
}

#[test]
fn every_setting_has_the_bounds_of_the_spec() {
    assert_eq!(SettingField::ALL.len(), SPEC.len());
    for (field, min, max, kind) in SPEC {
        assert_eq!(field.bounds(), SettingBounds { min, max, kind }, "{field:?}");
        assert_eq!(SettingField::parse(field.as_str()), Some(field));
    }
    assert_eq!(SettingField::parse("horizon"), None);
    let names: std::collections::HashSet<_> =
        SettingField::ALL.iter().map(|f| f.as_str()).collect();
    assert_eq!(names.len(), SettingField::ALL.len());
}

#[test]
fn each_bound_is_taken_on_the_edge_and_just_inside_and_refused_just_outside() {
    for (field, min, max, kind) in SPEC {
        let (inside, outside) = match kind {
            Whole => ([min, min + 1.0, max - 1.0, max], [min - 1.0, max + 1.0]),
            Decimal => ([min, next_up(min), next_down(max), max], [next_down(min), next_up(max)]),
        };
        for value in inside {
            assert_eq!(field.check(value), Ok(value), "{field:?} {value}");
        }
        for value in outside {
            assert_eq!(field.check(value), Err(out_of_range(field)), "{field:?} {value}");
            // Out of bounds is said before out of order.
            assert_eq!(
                Settings::default().with_field(field, value),
                Err(refused(field, out_of_range(field))),
                "{field:?} {value}"
            );
        }
        if SettingField::THRESHOLDS.contains(&field) {
            continue;
        }
        for value in inside {
            let settings = Settings::default().with_field(field, value);
            assert_eq!(settings.map(|s| s.get(field)), Ok(value), "{field:?} {value}");
        }
    }
}

#[test]
fn thresholds_reach_their_bounds_where_their_order_leaves_room() {
    let wide = Settings::default()
        .with_field(FullPercent, 1.0)
        .and_then(|s| s.with_field(CriticalPercent, 1000.0))
        .expect("1 < 100 < 1000");
    for (field, value) in [
        (FullPercent, next_up(1.0)),
        (OverPercent, next_up(1.0)),
        (OverPercent, next_down(1000.0)),
        (CriticalPercent, next_down(1000.0)),
    ] {
        assert_eq!(wide.with_field(field, value).map(|s| s.get(field)), Ok(value), "{field:?}");
    }
    // On the edge, the neighbour is in the way: Over can be neither 1 nor 1000.
    let above = SettingProblem::MustBeAbove { neighbour: FullPercent, value: 1.0 };
    assert_eq!(wide.with_field(OverPercent, 1.0), Err(refused(OverPercent, above)));
    let below = SettingProblem::MustBeBelow { neighbour: CriticalPercent, value: 1000.0 };
    assert_eq!(wide.with_field(OverPercent, 1000.0), Err(refused(OverPercent, below)));
}

#[test]
fn counts_are_whole_numbers() {
    for (field, min, _, kind) in SPEC {
        let value = min + 0.5;
        let expected = match kind {
            Whole => Err(SettingProblem::NotWhole),
            Decimal => Ok(value),
        };
        assert_eq!(field.check(value), expected, "{field:?}");
    }
    let error = Settings::default().with_field(WipLimit, 5.5).unwrap_err();
    assert_eq!(error, refused(WipLimit, SettingProblem::NotWhole));
    assert_eq!(error.to_string(), "wip_limit must be a whole number");
    assert_eq!(Settings::default().with_field(HorizonWeeks, 26.0).unwrap().horizon_weeks, 26);
    // Negative zero is zero days.
    assert_eq!(
        Settings::default().with_field(UrgentWindowDays, -0.0).unwrap().urgent_window_days,
        0
    );
}

#[test]
fn nan_and_infinities_are_refused_everywhere() {
    for field in SettingField::ALL {
        for value in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(field.check(value), Err(SettingProblem::NotFinite), "{field:?}");
            assert_eq!(
                Settings::default().with_field(field, value),
                Err(refused(field, SettingProblem::NotFinite)),
                "{field:?}"
            );
        }
    }
    let mut settings = Settings::default();
    settings.calibration.manual_factor = f64::NAN;
    assert_eq!(settings.check(), Err(refused(CalibrationFactor, SettingProblem::NotFinite)));
}

#[test]
fn thresholds_are_strictly_in_order_and_the_error_names_the_neighbour() {
    let settings = Settings::default(); // 85 < 100 < 125
    let above = |neighbour, value| SettingProblem::MustBeAbove { neighbour, value };
    let below = |neighbour, value| SettingProblem::MustBeBelow { neighbour, value };
    let cases = [
        (FullPercent, 100.0, refused(FullPercent, below(OverPercent, 100.0))),
        (FullPercent, 110.0, refused(FullPercent, below(OverPercent, 100.0))),
        (OverPercent, 85.0, refused(OverPercent, above(FullPercent, 85.0))),
        (OverPercent, 125.0, refused(OverPercent, below(CriticalPercent, 125.0))),
        (CriticalPercent, 100.0, refused(CriticalPercent, above(OverPercent, 100.0))),
        (CriticalPercent, 90.0, refused(CriticalPercent, above(OverPercent, 100.0))),
    ];
    for (field, value, error) in cases {
        assert_eq!(settings.with_field(field, value), Err(error), "{field:?} {value}");
    }
    // Just in order is in order.
    assert!(settings.with_field(FullPercent, next_down(100.0)).is_ok());
    assert!(settings.with_field(CriticalPercent, next_up(100.0)).is_ok());
    let error = settings.with_field(FullPercent, 100.0).unwrap_err();
    assert_eq!(error.to_string(), "full_percent must be less than over_percent (100)");

    // A whole form saved at once: the higher of two equal thresholds is named.
    let mut plan = team_plan();
    let before = plan.clone();
    let mut equal = plan.settings.clone();
    equal.thresholds.over_percent = equal.thresholds.full_percent;
    assert_eq!(
        plan.apply(Command::UpdateSettings(equal)),
        Err(DomainError::Setting(refused(OverPercent, above(FullPercent, 85.0))))
    );
    assert_eq!(plan, before);
}

#[test]
fn a_changed_field_leaves_the_others_as_they_were() {
    let settings = Settings::default();
    let changed = settings.with_field(StaleWeeks, 3.0).unwrap();
    assert_eq!(changed.stale_weeks, 3);
    assert_eq!(Settings { stale_weeks: 2, ..changed }, settings);
}

/// What the app saves must be what it reads: the plan as the user left it.
fn round_trips(plan: &Plan) -> bool {
    let written = format::write(plan, saved_at(), 1, format::Layout::Compact);
    format::parse(&written).map(|envelope| envelope.plan).as_ref() == Ok(plan)
}

/// The inputs that once saved a plan the app could not open again: `1e400` reads as
/// infinity, which JSON writes as null.
#[test]
fn zero_2000_minus_5_and_1e400_are_refused_at_their_threshold_and_change_nothing() {
    let plan = team_plan();
    for field in SettingField::THRESHOLDS {
        for (text, problem) in [
            ("0", out_of_range(field)),
            ("2000", out_of_range(field)),
            ("-5", out_of_range(field)),
            ("1e400", SettingProblem::NotFinite),
        ] {
            let value = input::number(text).unwrap();
            let error = refused(field, problem);
            // As the form checks each field while it is typed.
            assert_eq!(plan.settings.with_field(field, value), Err(error), "{field:?} {text}");
            // As a form that saved them without asking would.
            let mut settings = plan.settings.clone();
            support::commands::set_raw(&mut settings, field, value);
            let mut after = plan.clone();
            let result = after.apply(Command::UpdateSettings(settings));
            assert_eq!(result, Err(DomainError::Setting(error)), "{field:?} {text}");
            assert_eq!(after, plan);
            assert!(round_trips(&after));
        }
    }
    // All four at once, as the report that found them typed them: the first is named.
    let mut settings = plan.settings.clone();
    settings.thresholds =
        Thresholds { full_percent: 0.0, over_percent: 2000.0, critical_percent: f64::INFINITY };
    settings.calibration.manual_factor = -5.0;
    let mut after = plan.clone();
    assert_eq!(
        after.apply(Command::UpdateSettings(settings)),
        Err(DomainError::Setting(refused(FullPercent, out_of_range(FullPercent))))
    );
    assert_eq!(after, plan);
}

/// The example plan file with one setting replaced.
fn example_with(field: SettingField, value: serde_json::Value) -> String {
    let mut json: serde_json::Value = serde_json::from_str(EXAMPLE).unwrap();
    let pointer = format!("/plan/settings/{}", field.path().replace('.', "/"));
    *json.pointer_mut(&pointer).expect("the example has every setting") = value;
    json.to_string()
}

#[test]
fn the_file_parser_names_the_setting_and_says_what_the_form_says() {
    let cases = [
        (HorizonWeeks, serde_json::json!(3), "must be between 4 and 52"),
        (WipLimit, serde_json::json!(5.5), "must be a whole number"),
        (WaitingNudgeDays, serde_json::json!(91), "must be between 1 and 90"),
        (UrgentWindowDays, serde_json::json!(-1), "must be between 0 and 60"),
        (CalibrationFactor, serde_json::json!(0.4), "must be between 0.5 and 5"),
        (CriticalPercent, serde_json::json!(1000.5), "must be between 1 and 1000"),
        (CriticalPercent, serde_json::json!(null), "invalid type: null, expected f64"),
    ];
    for (field, value, message) in cases {
        let error = format::parse(&example_with(field, value)).unwrap_err();
        assert_eq!(
            error,
            FormatError::Invalid {
                path: format!("plan.settings.{}", field.path()),
                message: message.into()
            }
        );
    }
    // Typed into a file by hand, 1e400 is refused too, wherever the reader stops.
    let text = example_with(CriticalPercent, serde_json::json!(125))
        .replace("\"critical_percent\":125", "\"critical_percent\":1e400");
    assert!(text.contains("1e400"));
    assert!(format::parse(&text).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// What the form accepts, the plan accepts and the file keeps; what it refuses, it
    /// refuses at the field being typed in.
    #[test]
    fn what_the_form_accepts_the_plan_takes_and_keeps(
        settings in any_settings(),
        field in proptest::sample::select(SettingField::ALL.to_vec()),
        value in any_number(),
    ) {
        let mut plan = team_plan();
        plan.settings = settings;
        match plan.settings.with_field(field, value) {
            Ok(changed) => {
                prop_assert_eq!(changed.get(field), value);
                prop_assert_eq!(plan.apply(Command::UpdateSettings(changed.clone())), Ok(()));
                prop_assert_eq!(&plan.settings, &changed);
                prop_assert!(round_trips(&plan));
            }
            Err(error) => prop_assert_eq!(error.field, field),
        }
    }

    /// The file parser and the form draw the same line, for every field and number.
    #[test]
    fn a_file_holds_a_setting_exactly_when_the_form_takes_it(
        field in proptest::sample::select(SettingField::ALL.to_vec()),
        value in any_number(),
    ) {
        let base = format::parse(EXAMPLE).unwrap().plan.settings;
        let by_form = base.with_field(field, value);
        let by_file = format::parse(&example_with(field, serde_json::json!(value)));
        prop_assert_eq!(by_form.is_ok(), by_file.is_ok(), "{:?} {:?}", by_form, by_file);
        if let (Ok(settings), Ok(envelope)) = (by_form, by_file) {
            prop_assert_eq!(envelope.plan.settings, settings);
        }
    }
}
