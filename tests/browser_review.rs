//! Browser tests of the weekly review's own logic: the decision form refuses bad input
//! with a message that names the field and leaves the plan alone, a decision is kept in
//! the stored draft, and a finished review reads as Markdown.
#![cfg(target_arch = "wasm32")]
// The tests read what the app stored, which only the app's storage module may do.
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, Duration, NaiveDate, Utc};
use plateful::storage::REVIEW_KEY;
use plateful::testing::{mount, review_markdown, Screen};
use plateful_core::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

mod support;

use support::{container, settle, today};

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap()
}

fn person(n: u8) -> PersonId {
    PersonId::from_random_bytes([n; 16])
}

fn commitment(n: u8) -> CommitmentId {
    CommitmentId::from_random_bytes([n + 10; 16])
}

/// Me, Alice, and one active commitment of 12 hours.
fn plan() -> Plan {
    let mut plan = Plan::new(Person::new(person(1), PersonName::parse("Sam").unwrap(), Role::Me));
    plan.people.push(Person::new(person(2), PersonName::parse("Alice").unwrap(), Role::Report));
    let fields = CommitmentFields {
        title: Title::parse("Vendor evaluation").unwrap(),
        notes: Notes::default(),
        owner: person(1),
        requested_by: None,
        effort: Effort::OneOff { estimate_hours: PositiveHours::new(12.0).unwrap() },
        start: None,
        due: None,
        important: false,
        urgent: false,
        tags: Vec::new(),
    };
    plan.apply(Command::AddCommitment {
        id: commitment(1),
        fields,
        status: Status::Active,
        at: now(),
    })
    .unwrap();
    plan
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Sets a field's value as typing or choosing would, and tells the page.
fn enter(parent: &web_sys::HtmlElement, selector: &str, value: &str, event: &str) {
    let field = parent.query_selector(selector).unwrap().expect(selector);
    js_sys::Reflect::set(&field, &JsValue::from_str("value"), &JsValue::from_str(value)).unwrap();
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    field.dispatch_event(&web_sys::Event::new_with_event_init_dict(event, &init).unwrap()).unwrap();
}

fn text(parent: &web_sys::HtmlElement, selector: &str) -> Option<String> {
    parent.query_selector(selector).unwrap().and_then(|el| el.text_content())
}

#[wasm_bindgen_test]
async fn a_decision_with_bad_input_is_refused_with_the_field_named_and_the_plan_unchanged() {
    let plan = plan();
    let mut draft = ReviewDraft::start(&plan, ReviewId::from_random_bytes([5; 16]), today(), now());
    draft.step = Step::GetCurrent;
    storage().set_item(REVIEW_KEY, &serde_json::to_string(&draft).unwrap()).unwrap();
    let parent = container();
    let mounted = mount(parent.clone(), plan.clone(), Screen::Review);
    settle().await;
    assert_eq!(
        text(&parent, "#step-heading").as_deref(),
        Some("Step 2 of 7: Get current"),
        "the stored draft is resumed at its step"
    );
    let submit = |parent: &web_sys::HtmlElement| {
        let button: web_sys::HtmlElement = parent
            .query_selector("form.decide button[type=submit]")
            .unwrap()
            .unwrap()
            .unchecked_into();
        button.click();
    };

    let field = |name: &str| format!("#decide-{}-{name}", commitment(1));
    enter(&parent, "form.decide input", "two", "input");
    submit(&parent);
    settle().await;
    assert_eq!(
        text(&parent, &format!("{}-error", field("hours"))).as_deref(),
        Some("Must be a number, like 2.5"),
        "the message is at its field"
    );
    let hours = parent.query_selector(&field("hours")).unwrap().unwrap();
    assert_eq!(hours.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        hours.get_attribute("aria-describedby"),
        Some(format!("decide-{}-hours-error", commitment(1)))
    );
    assert_eq!(mounted.plan(), plan);

    enter(&parent, "form.decide input", "2,5", "input");
    enter(&parent, "form.decide select", "defer", "change");
    settle().await;
    submit(&parent);
    settle().await;
    assert_eq!(text(&parent, &format!("{}-error", field("due"))).as_deref(), Some("Required"));
    assert_eq!(
        text(&parent, &format!("{}-error", field("hours"))).as_deref(),
        Some(""),
        "the hours are right now"
    );
    assert_eq!(mounted.plan(), plan);
    // The menu's values are the core's names, not translated words.
    let values: Vec<String> = {
        let options = parent.query_selector_all("form.decide select option").unwrap();
        (0..options.length())
            .filter_map(|i| options.item(i))
            .map(|o| o.unchecked_into::<web_sys::HtmlOptionElement>().value())
            .collect()
    };
    assert_eq!(values, ["keep", "done", "defer", "renegotiate", "delegate", "drop"]);

    let new_due = today() + Duration::days(14);
    enter(&parent, "form.decide input[type=date]", &new_due.to_string(), "input");
    submit(&parent);
    settle().await;
    assert_eq!(parent.query_selector("form.decide").unwrap(), None, "decided");
    let after = mounted.plan();
    let decided = after.commitment(commitment(1)).unwrap();
    assert_eq!(decided.due, Some(Due { date: new_due, kind: DueKind::Soft }));
    assert_eq!(decided.hours_spent(), 2.5);
    let stored: ReviewDraft =
        serde_json::from_str(&storage().get_item(REVIEW_KEY).unwrap().unwrap()).unwrap();
    let noted: Vec<ReviewEntry> = stored.entries.iter().map(|n| n.entry.clone()).collect();
    assert_eq!(
        noted,
        vec![ReviewEntry {
            commitment: commitment(1),
            hours_logged: WeeklyHours::new(2.5).unwrap(),
            decision: Decision::Defer { new_due },
        }]
    );
    assert!(stored.entry(&after, commitment(1)).is_some(), "the decision holds in the plan");
    storage().remove_item(REVIEW_KEY).unwrap();
    parent.remove();
}

/// Waits for the page's next frames, where the focus moves.
async fn frames() {
    for _ in 0..5 {
        settle().await;
    }
}

fn focused_id() -> String {
    let document = web_sys::window().unwrap().document().unwrap();
    document.active_element().map(|element| element.id()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn after_a_decision_the_focus_goes_to_the_next_item_then_to_the_step_heading() {
    let mut plan = plan();
    let mut second = plan.commitment(commitment(1)).unwrap().clone();
    second.id = commitment(2);
    second.title = Title::parse("Architecture RFC").unwrap();
    plan.apply(Command::AddCommitment {
        id: commitment(2),
        fields: CommitmentFields {
            title: second.title.clone(),
            notes: Notes::default(),
            owner: person(1),
            requested_by: None,
            effort: second.effort.clone(),
            start: None,
            due: None,
            important: false,
            urgent: false,
            tags: Vec::new(),
        },
        status: Status::Active,
        at: now(),
    })
    .unwrap();
    let mut draft = ReviewDraft::start(&plan, ReviewId::from_random_bytes([7; 16]), today(), now());
    draft.step = Step::GetCurrent;
    storage().set_item(REVIEW_KEY, &serde_json::to_string(&draft).unwrap()).unwrap();
    let parent = container();
    let _mounted = mount(parent.clone(), plan, Screen::Review);
    frames().await;
    assert_eq!(focused_id(), "step-heading", "a step opens on its heading");

    let submit = |parent: &web_sys::HtmlElement| {
        let button: web_sys::HtmlElement = parent
            .query_selector("form.decide button[type=submit]")
            .unwrap()
            .unwrap()
            .unchecked_into();
        button.click();
    };
    submit(&parent);
    frames().await;
    assert_eq!(focused_id(), format!("item-{}", commitment(2)), "on to the next item");
    submit(&parent);
    frames().await;
    assert_eq!(focused_id(), "step-heading", "nothing left: back to the step");
    storage().remove_item(REVIEW_KEY).unwrap();
    parent.remove();
}

#[wasm_bindgen_test]
fn a_finished_review_reads_as_markdown_in_either_language() {
    let mut plan = plan();
    plan.apply(Command::Decide {
        id: commitment(1),
        hours: Some(PositiveHours::new(3.5).unwrap()),
        decision: Decision::Delegate { to: person(2) },
        today: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        at: now(),
    })
    .unwrap();
    let week = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let review = Review {
        id: ReviewId::from_random_bytes([6; 16]),
        week: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        completed_at: DateTime::from_timestamp(1_795_626_000, 0).unwrap(),
        entries: vec![ReviewEntry {
            commitment: commitment(1),
            hours_logged: WeeklyHours::new(3.5).unwrap(),
            decision: Decision::Delegate { to: person(2) },
        }],
        followed_up: Vec::new(),
        triaged: Vec::new(),
        big_rocks: vec![commitment(1)],
        reflection: Reflection {
            went_well: Notes::parse("Shipped the RFC").unwrap(),
            ..Reflection::default()
        },
        pulse: Some(Pulse::new(3).unwrap()),
        snapshot: vec![WeekSnapshot {
            week,
            capacity: Hours::new(40.0).unwrap(),
            load: Hours::new(44.0).unwrap(),
        }],
        accepted_overload_hours: Some(Hours::new(4.0).unwrap()),
    };
    let english = review_markdown(Language::En, &plan, &review);
    // The time is the reader's local time: 17:00 UTC is 18:00 in Paris.
    let local =
        js_sys::Date::new(&JsValue::from_f64(review.completed_at.timestamp_millis() as f64));
    let finished = format!(
        "Finished {} Nov 2026, {:02}:{:02} · Pulse 3/5",
        local.get_date(),
        local.get_hours(),
        local.get_minutes()
    );
    assert_eq!(
        // Figures and dates keep their non-breaking spaces; read here as plain ones.
        english.replace('\u{a0}', " ").replace(&finished, "Finished (local time) · Pulse 3/5"),
        "# Weekly review: Week of 23 Nov 2026\n\
         \n\
         Finished (local time) · Pulse 3/5\n\
         \n\
         ## My next four weeks, as the review left them\n\
         \n\
         | Week | Planned | Available | % |\n\
         |---|---:|---:|---:|\n\
         | 30 Nov 2026 | 44 h | 40 h | 110% |\n\
         \n\
         Accepted being over by 4 h next week.\n\
         \n\
         ## Decisions\n\
         \n\
         - Vendor evaluation: Delegate → Alice, 3.5 h logged\n\
         \n\
         ## Big rocks for next week\n\
         \n\
         - Vendor evaluation\n\
         \n\
         ## Reflection\n\
         \n\
         **What went well?**\n\
         Shipped the RFC\n"
    );
    // French typography: non-breaking spaces before a colon, a unit, inside a date.
    let french = review_markdown(Language::Fr, &plan, &review).replace('\u{a0}', "~");
    assert!(french.starts_with("# Revue hebdomadaire~: Semaine du 23~nov.~2026\n"), "{french}");
    assert!(french.contains("| 30~nov.~2026 | 44~h | 40~h | 110~% |"), "{french}");
    assert!(french.contains("- Vendor evaluation~: Déléguer → Alice, 3,5~h saisies"), "{french}");
    assert!(french.contains("Dépassement accepté de 4~h la semaine prochaine."), "{french}");
}
