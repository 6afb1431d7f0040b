//! Browser tests of views that hold logic of their own, mounted alone on a plan:
//! the chart's bars and levels, the matrix's keyboard moves (following the layout on
//! screen) and the moves it explains, the heatmap's cells and headings.
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
    assert!(label.contains("50\u{a0}h planned for 40\u{a0}h available (125%)"), "{label}");
    let stops = parent.query_selector_all("svg.load-chart g.bar[tabindex=\"0\"]").unwrap();
    assert_eq!(stops.length(), 1, "the bars are one tab stop");
    let ticks = parent.query_selector_all(".chart-axis .tick").unwrap();
    assert_eq!(ticks.length(), 4, "an hours axis: 0, 20, 40 and 60 h");
    let rows = parent.query_selector_all(".visually-hidden table tbody tr").unwrap();
    assert_eq!(rows.length(), 12, "the table says what the chart shows");
    parent.remove();
}

/// Presses an arrow key on an element, as the keyboard would.
fn press(element: &web_sys::HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

/// The element of the commitment titled `title` in `quadrant`, if it is there.
fn matrix_item(
    parent: &web_sys::HtmlElement,
    quadrant: &str,
    title: &str,
) -> Option<web_sys::HtmlElement> {
    let items =
        parent.query_selector_all(&format!("[data-quadrant=\"{quadrant}\"] .matrix-item")).unwrap();
    (0..items.length())
        .filter_map(|i| items.item(i))
        .map(|node| node.unchecked_into::<web_sys::HtmlElement>())
        .find(|el| el.text_content().unwrap_or_default().contains(title))
}

#[wasm_bindgen_test]
async fn the_matrix_arrow_keys_follow_the_layout_on_screen() {
    let parent = container();
    // Two by two, as the stylesheet lays it out where it fits.
    let document = web_sys::window().unwrap().document().unwrap();
    let style = document.create_element("style").unwrap();
    style.set_text_content(Some(".matrix { display: grid; grid-template-columns: 1fr 1fr; }"));
    document.head().unwrap().append_child(&style).unwrap();
    let mounted = mount(parent.clone(), overloaded(), Screen::Priorities);
    let reading = matrix_item(&parent, "drop", "Reading").expect("in Drop at first");
    press(&reading, "ArrowUp");
    settle().await;
    let reading =
        matrix_item(&parent, "schedule", "Reading").expect("up from Drop is Schedule in the grid");
    let plan = mounted.plan();
    let moved = plan.commitments.iter().find(|c| c.title.as_str() == "Reading").unwrap();
    assert!(moved.important && !moved.urgent);
    // Stacked, as on a phone: down from Schedule is the next quadrant, Delegate.
    style.remove();
    settle().await;
    press(&reading, "ArrowDown");
    settle().await;
    assert!(
        matrix_item(&parent, "delegate", "Reading").is_some(),
        "down from Schedule is Delegate when stacked"
    );
    // Left and right lead nowhere when nothing is beside.
    let reading = matrix_item(&parent, "delegate", "Reading").unwrap();
    press(&reading, "ArrowRight");
    settle().await;
    assert!(matrix_item(&parent, "delegate", "Reading").is_some());
    parent.remove();
}

#[wasm_bindgen_test]
async fn a_move_kept_by_its_due_date_says_why_and_offers_the_date_that_frees_it() {
    let parent = container();
    let mut plan = overloaded();
    // "Load tests" is Bob's; give me an important one due in two days.
    let at = chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap();
    let fields = CommitmentFields {
        title: Title::parse("Budget").unwrap(),
        notes: Notes::default(),
        owner: id(1),
        requested_by: None,
        effort: Effort::OneOff { estimate_hours: PositiveHours::new(3.0).unwrap() },
        start: None,
        due: Some(Due { date: today() + Duration::days(2), kind: DueKind::Soft }),
        important: true,
        urgent: false,
        tags: Vec::new(),
    };
    let budget = CommitmentId::from_random_bytes([42; 16]);
    plan.apply(Command::AddCommitment { id: budget, fields, status: Status::Active, at }).unwrap();
    let mounted = mount(parent.clone(), plan, Screen::Priorities);
    let item = matrix_item(&parent, "do", "Budget").expect("due soon: in Do");
    let select: web_sys::HtmlSelectElement =
        item.query_selector("select").unwrap().unwrap().unchecked_into();
    select.set_value("schedule");
    select
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("change", &{
                let init = web_sys::EventInit::new();
                init.set_bubbles(true);
                init
            })
            .unwrap(),
        )
        .unwrap();
    settle().await;
    assert!(matrix_item(&parent, "do", "Budget").is_some(), "it stays in Do");
    assert_eq!(select.value(), "do", "the menu says where it still is");
    let why = parent.query_selector("[data-testid=move-why]").unwrap().expect("it says why");
    assert_eq!(why.get_attribute("role").as_deref(), Some("alert"));
    assert!(why.text_content().unwrap().contains("so it stays urgent"), "{:?}", why.text_content());
    let earliest = today() + Duration::days(8);
    let offer: web_sys::HtmlElement =
        parent.query_selector("[data-testid=move-offer]").unwrap().unwrap().unchecked_into();
    assert!(offer.text_content().unwrap().starts_with("Move the due date to "));
    offer.click();
    settle().await;
    assert!(matrix_item(&parent, "schedule", "Budget").is_some());
    let moved = mounted.plan().commitment(budget).cloned().unwrap();
    assert_eq!(moved.due.map(|d| d.date), Some(earliest));
    assert!(parent.query_selector("[data-testid=move-why]").unwrap().is_none());
    parent.remove();
}

#[wasm_bindgen_test]
fn the_heatmap_marks_each_person_week_by_level_and_says_the_year_once() {
    let parent = container();
    let _mounted = mount(parent.clone(), overloaded(), Screen::Team);
    let cells = parent.query_selector_all("table.heatmap tbody tr").unwrap();
    assert_eq!(cells.length(), 2, "one row per person who carries work");
    let bob: web_sys::Element = cells.item(1).unwrap().unchecked_into();
    let next_week =
        bob.query_selector_all("td").unwrap().item(1).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(next_week.get_attribute("data-level").as_deref(), Some("critical"));
    assert_eq!(next_week.get_attribute("class").as_deref(), Some("cell level-critical"));
    assert_eq!(next_week.text_content().as_deref(), Some("150%"));
    let label = next_week.get_attribute("aria-label").unwrap();
    assert!(
        label.starts_with("Bob, Week of ")
            && label
                .ends_with("30\u{a0}h planned for 20\u{a0}h available (150%), far over capacity"),
        "{label}"
    );
    let years = parent.query_selector_all("table.heatmap thead .year").unwrap().length();
    let new_years = {
        let weeks: Vec<NaiveDate> =
            (0..12).map(|w| next_monday() - Duration::days(7) + Duration::days(7 * w)).collect();
        1 + weeks.windows(2).filter(|pair| pair[0].year() != pair[1].year()).count() as u32
    };
    assert_eq!(years, new_years, "the year once, and again only when it changes");
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

/// Figures as people read them: thousands grouped (never in a field, which takes a
/// number back as typed), a load just over capacity never shown as 100%, and a date
/// far from today with its year.
#[wasm_bindgen_test]
fn figures_group_thousands_and_far_dates_carry_their_year() {
    use plateful::fmt;
    assert_eq!(fmt::hours(Language::En, 25006.0), "25,006\u{a0}h");
    assert_eq!(fmt::hours(Language::Fr, 25006.5), "25\u{202f}006,5\u{a0}h");
    assert_eq!(fmt::hours(Language::En, 999.5), "999.5\u{a0}h");
    assert_eq!(fmt::hours(Language::En, -1200.0), "-1,200\u{a0}h");
    assert_eq!(fmt::percent(Language::En, Some(65805.0)), "65,805%");
    assert_eq!(fmt::percent(Language::En, Some(100.2)), "100.2%");
    assert_eq!(fmt::percent(Language::Fr, Some(99.6)), "100\u{a0}%");
    assert_eq!(fmt::input_number(Language::En, 25006.0), "25006");
    let far = today() - Duration::days(400);
    assert!(fmt::weekday_date(Language::En, far).ends_with(&far.year().to_string()));
    let near = today() + Duration::days(10);
    assert_eq!(fmt::weekday_date(Language::En, near).split('\u{a0}').count(), 3, "Mon 7 Dec");
    let first = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    assert_eq!(fmt::date(Language::Fr, first), "1er\u{a0}déc.\u{a0}2026");
    assert_eq!(fmt::date(Language::En, first), "1\u{a0}Dec\u{a0}2026");
}
