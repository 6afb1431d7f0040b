//! Browser tests of views that hold logic of their own, mounted alone on a plan:
//! the chart's bars and levels, the matrix's keyboard moves, the heatmap's cells.
#![cfg(target_arch = "wasm32")]

use chrono::{Datelike, Duration, NaiveDate};
use plateful::testing::{mount, Screen};
use plateful_core::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod support;

use support::{container, settle, today};

wasm_bindgen_test_configure!(run_in_browser);

fn next_monday() -> NaiveDate {
    let t = today();
    t + Duration::days(7 - i64::from(t.weekday().num_days_from_monday()))
}

fn id(n: u8) -> PersonId {
    PersonId::from_random_bytes([n; 16])
}

/// Me (40 h) with 50 h of work next week, and a report with 30 h for 20 h available.
fn overloaded() -> Plan {
    let mut plan = Plan::new(Person::new(id(1), PersonName::parse("Sam").unwrap(), Role::Me));
    let mut bob = Person::new(id(2), PersonName::parse("Bob").unwrap(), Role::Report);
    bob.weekly_capacity = Some(WeeklyHours::new(20.0).unwrap());
    plan.people.push(bob);
    let monday = next_monday();
    let at = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap();
    for (n, (title, owner, hours)) in
        [("Vendor evaluation", 1, 50.0), ("Load tests", 2, 30.0), ("Reading", 1, 1.0)]
            .into_iter()
            .enumerate()
    {
        let fields = CommitmentFields {
            title: Title::parse(title).unwrap(),
            notes: Notes::default(),
            owner: id(owner),
            requested_by: None,
            effort: if n < 2 {
                Effort::OneOff { estimate_hours: PositiveHours::new(hours).unwrap() }
            } else {
                Effort::Unestimated
            },
            start: (n < 2).then_some(monday),
            due: (n < 2).then_some(Due { date: monday + Duration::days(4), kind: DueKind::Soft }),
            important: false,
            urgent: false,
            tags: Vec::new(),
        };
        plan.apply(Command::AddCommitment {
            id: CommitmentId::from_random_bytes([n as u8 + 10; 16]),
            fields,
            status: Status::Active,
            at,
        })
        .unwrap();
    }
    plan
}

#[wasm_bindgen_test]
fn the_chart_has_a_bar_per_week_coloured_by_its_level_and_a_text_alternative() {
    let parent = container();
    let _mounted = mount(parent.clone(), overloaded(), Screen::Chart);
    let bars = parent.query_selector_all("svg.load-chart g.bar").unwrap();
    assert_eq!(bars.length(), 12);
    let second: web_sys::Element = bars.item(1).unwrap().unchecked_into();
    assert_eq!(
        second.get_attribute("class").as_deref(),
        Some("bar level-over"),
        "125 % is Over; Critical is above it"
    );
    let label = second.get_attribute("aria-label").unwrap();
    assert!(label.contains("50 h planned for 40 h available (125%)"), "{label}");
    let stops = parent.query_selector_all("svg.load-chart g.bar[tabindex=\"0\"]").unwrap();
    assert_eq!(stops.length(), 1, "the bars are one tab stop");
    let ticks = parent.query_selector_all(".chart-axis .tick").unwrap();
    assert_eq!(ticks.length(), 4, "an hours axis: 0, 20, 40 and 60 h");
    let rows = parent.query_selector_all(".visually-hidden table tbody tr").unwrap();
    assert_eq!(rows.length(), 12, "the table says what the chart shows");
    parent.remove();
}

#[wasm_bindgen_test]
async fn the_matrix_moves_an_item_with_arrow_keys() {
    let parent = container();
    let mounted = mount(parent.clone(), overloaded(), Screen::Priorities);
    let item = |quadrant: &str| {
        let items = parent
            .query_selector_all(&format!("[data-quadrant=\"{quadrant}\"] .matrix-item"))
            .unwrap();
        (0..items.length())
            .filter_map(|i| items.item(i))
            .map(|node| node.unchecked_into::<web_sys::Element>())
            .find(|el| el.text_content().unwrap_or_default().contains("Reading"))
    };
    let reading: web_sys::HtmlElement = item("drop").expect("in Drop at first").unchecked_into();
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowUp");
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    reading.dispatch_event(&event).unwrap();
    settle().await;
    assert!(item("schedule").is_some(), "moved up to Schedule");
    let plan = mounted.plan();
    let moved = plan.commitments.iter().find(|c| c.title.as_str() == "Reading").unwrap();
    assert!(moved.important && !moved.urgent);
    parent.remove();
}

#[wasm_bindgen_test]
fn the_heatmap_marks_each_person_week_by_level() {
    let parent = container();
    let _mounted = mount(parent.clone(), overloaded(), Screen::Team);
    let cells = parent.query_selector_all("table.heatmap tbody tr").unwrap();
    assert_eq!(cells.length(), 2, "one row per person who carries work");
    let bob: web_sys::Element = cells.item(1).unwrap().unchecked_into();
    let next_week =
        bob.query_selector_all("td").unwrap().item(1).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(next_week.get_attribute("data-level").as_deref(), Some("critical"));
    assert_eq!(next_week.text_content().as_deref(), Some("150%"));
    parent.remove();
}

#[wasm_bindgen_test]
async fn many_warnings_show_the_ten_most_severe_and_the_rest_on_request() {
    let mut plan = overloaded();
    let at = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap();
    for n in 0..12u8 {
        let fields = CommitmentFields {
            title: Title::parse(&format!("Idea {n}")).unwrap(),
            notes: Notes::default(),
            owner: id(1),
            requested_by: None,
            effort: Effort::Unestimated,
            start: None,
            due: None,
            important: false,
            urgent: false,
            tags: Vec::new(),
        };
        let id = CommitmentId::from_random_bytes([n + 100; 16]);
        plan.apply(Command::AddCommitment { id, fields, status: Status::Active, at }).unwrap();
    }
    let total = assess(&plan, today()).warnings.len();
    assert!(total > 12, "{total} warnings");
    let parent = container();
    let _mounted = mount(parent.clone(), plan, Screen::Warnings);
    let items = |parent: &web_sys::HtmlElement| {
        parent.query_selector_all("[data-testid=warnings] li").unwrap().length() as usize
    };
    assert_eq!(items(&parent), 10);
    let first = parent.query_selector("[data-testid=warnings] li").unwrap().unwrap();
    let first = first.text_content().unwrap();
    assert!(!first.starts_with("Note"), "the most severe first, not {first}");
    let button: web_sys::HtmlElement =
        parent.query_selector("section button").unwrap().unwrap().unchecked_into();
    assert_eq!(button.text_content().unwrap(), format!("Show all {total} warnings"));
    button.click();
    settle().await;
    assert_eq!(items(&parent), total);
    parent.remove();
}
