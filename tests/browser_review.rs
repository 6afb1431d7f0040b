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

    enter(&parent, "form.decide input", "two", "input");
    submit(&parent);
    settle().await;
    assert_eq!(
        text(&parent, "form.decide .field-error").as_deref(),
        Some("Hours spent since last logged: Must be a number, like 2.5")
    );
    assert_eq!(mounted.plan(), plan);

    enter(&parent, "form.decide input", "2,5", "input");
    enter(&parent, "form.decide select", "defer", "change");
    settle().await;
    submit(&parent);
    settle().await;
    assert_eq!(
        text(&parent, "form.decide .field-error").as_deref(),
        Some("New due date: Is required")
    );
    assert_eq!(mounted.plan(), plan);

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
    assert_eq!(
        english,
        "# Weekly review: Week of 23 Nov 2026\n\
         \n\
         Finished 25 Nov 2026, 17:00 UTC · Pulse 3/5\n\
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
    let french = review_markdown(Language::Fr, &plan, &review);
    assert!(french.starts_with("# Revue hebdomadaire: Semaine du 23 nov. 2026\n"), "{french}");
    assert!(french.contains("| 30 nov. 2026 | 44 h | 40 h | 110% |"), "{french}");
    assert!(french.contains("- Vendor evaluation: Déléguer → Alice, 3,5 h saisies"), "{french}");
    assert!(french.contains("Dépassement accepté de 4 h la semaine prochaine."), "{french}");
}
