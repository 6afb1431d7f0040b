//! Browser tests of the storage module and the lock, against the real localStorage and
//! Web Locks of headless Chromium: run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]
// The tests read what the app stored, which only the app's storage module may do.
#![allow(clippy::disallowed_methods)]

use std::cell::RefCell;
use std::rc::Rc;

use plateful::locks::with_lock;
use plateful::storage::{self, LocalStore, BACKUP_KEYS, JOURNAL_PREFIX, PLAN_KEY, REVISION_KEY};
use plateful_core::format::{self, write, Layout};
use plateful_core::sync::{Moment, Opening, Store, Tab, TabId};
use plateful_core::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLE: &str = include_str!("../docs/format/example-plan.json");

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clean() {
    local().clear().unwrap();
}

fn open() -> Opening {
    let me = || {
        Plan::new(Person::new(
            PersonId::from_random_bytes([1; 16]),
            PersonName::parse("Me").unwrap(),
            Role::Me,
        ))
    };
    Tab::open(TabId::from_random_bytes([7; 16]), &LocalStore, me)
}

fn moment() -> Moment {
    Moment { now: chrono::DateTime::from_timestamp(1_795_000_000, 0).unwrap(), random: [9; 16] }
}

#[wasm_bindgen_test]
fn an_empty_storage_is_a_first_run_that_writes_its_plan_once_saved() {
    clean();
    let Opening::Ready(mut tab) = open() else { panic!("a first run is not corrupt") };
    assert_eq!(local().length().unwrap(), 0, "opening writes nothing");
    assert!(tab.unsaved(), "a first run is saved at once");
    tab.save(&mut LocalStore, moment());
    let stored = format::parse(&local().get_item(PLAN_KEY).unwrap().unwrap()).unwrap();
    assert_eq!(&stored.plan, tab.plan());
    assert_eq!(stored.revision, 1);
    let key = local().get_item(REVISION_KEY).unwrap().unwrap();
    assert!(key.starts_with("1 "), "the revision key names its writer: {key}");
}

#[wasm_bindgen_test]
fn a_stored_plan_opens_unchanged() {
    clean();
    let envelope = format::parse(EXAMPLE).unwrap();
    let json = write(&envelope.plan, envelope.saved_at, 43, Layout::Compact);
    LocalStore.write(&json, "43").unwrap();
    let Opening::Ready(tab) = open() else { panic!("the example opens") };
    assert_eq!(tab.plan(), &envelope.plan);
    assert_eq!(tab.revision(), 43);
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(json.as_str()));
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_reported_with_its_place_and_kept_byte_for_byte() {
    clean();
    let corrupt = EXAMPLE.replace("\"estimate_hours\": 12.0", "\"estimate_hours\": -1");
    local().set_item(PLAN_KEY, &corrupt).unwrap();
    match open() {
        Opening::Corrupt { raw, error } => {
            assert_eq!(raw, corrupt);
            assert_eq!(
                error.to_string(),
                "plan.commitments[0].effort.estimate_hours: must be greater than 0"
            );
        }
        Opening::Ready(_) => panic!("expected a corrupt value"),
    }
    assert_eq!(local().get_item(PLAN_KEY).unwrap(), Some(corrupt));
    assert_eq!(local().length().unwrap(), 1, "nothing else was written");
}

#[wasm_bindgen_test]
fn a_truncated_value_is_corrupt_not_a_first_run() {
    clean();
    let truncated = &EXAMPLE[..200];
    local().set_item(PLAN_KEY, truncated).unwrap();
    assert!(matches!(open(), Opening::Corrupt { .. }));
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(truncated));
}

#[wasm_bindgen_test]
fn setting_aside_copies_reads_back_and_only_then_frees_the_key() {
    clean();
    local().set_item(PLAN_KEY, "not json at all").unwrap();
    let key = storage::set_aside("not json at all", "20261124T100000Z").unwrap();
    assert!(key.starts_with(storage::SET_ASIDE_PREFIX));
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some("not json at all"));
    assert_eq!(local().get_item(PLAN_KEY).unwrap(), None);
    assert!(matches!(open(), Opening::Ready(_)), "a fresh plan can start");
}

fn plan_with(commitments: usize, revision: u64) -> String {
    let mut plan = format::parse(EXAMPLE).unwrap().plan;
    plan.commitments.truncate(commitments);
    plan.big_rocks.clear();
    let saved_at = format::parse(EXAMPLE).unwrap().saved_at;
    write(&plan, saved_at, revision, Layout::Compact)
}

#[wasm_bindgen_test]
fn backups_keep_two_generations_and_never_an_empty_or_invalid_plan() {
    clean();
    let backup = |n: usize| local().get_item(BACKUP_KEYS[n]).unwrap();
    assert_eq!(storage::back_up(), Ok(false), "nothing stored, nothing to keep");

    LocalStore.write(&plan_with(0, 1), "1").unwrap();
    assert_eq!(storage::back_up(), Ok(false), "an empty plan is not worth a backup");
    assert_eq!(backup(0), None);

    let first = plan_with(3, 2);
    LocalStore.write(&first, "2").unwrap();
    assert_eq!(storage::back_up(), Ok(true));
    assert_eq!(storage::back_up(), Ok(false), "the same plan is not kept twice");
    let second = plan_with(5, 3);
    LocalStore.write(&second, "3").unwrap();
    assert_eq!(storage::back_up(), Ok(true));
    assert_eq!(backup(0).as_deref(), Some(second.as_str()));
    assert_eq!(backup(1).as_deref(), Some(first.as_str()));

    local().set_item(PLAN_KEY, "{ not a plan").unwrap();
    assert_eq!(storage::back_up(), Ok(false), "an invalid plan never replaces a backup");
    assert_eq!(backup(0).as_deref(), Some(second.as_str()));
    assert_eq!(backup(1).as_deref(), Some(first.as_str()));

    let listed = storage::backups();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].as_ref().unwrap().plan.commitments.len(), 5);
    assert_eq!(listed[1].as_ref().unwrap().plan.commitments.len(), 3);
}

#[wasm_bindgen_test]
fn what_a_closing_page_leaves_is_kept_under_its_own_key_and_listed() {
    clean();
    LocalStore.write_journal("tab.3", "{\"left\": 1}").unwrap();
    assert_eq!(
        local().get_item(&format!("{JOURNAL_PREFIX}tab.3")).unwrap().as_deref(),
        Some("{\"left\": 1}")
    );
    assert_eq!(
        LocalStore.journals().unwrap(),
        vec![("tab.3".to_owned(), "{\"left\": 1}".to_owned())]
    );
    LocalStore.remove_journal("tab.3").unwrap();
    assert!(LocalStore.journals().unwrap().is_empty());
}

#[wasm_bindgen_test]
fn erasing_removes_every_key_of_the_app_and_only_those() {
    clean();
    LocalStore.write(&plan_with(2, 1), "1").unwrap();
    storage::back_up().unwrap();
    storage::set_aside("broken", "20261124T100000Z").unwrap();
    LocalStore.write_journal("tab.1", "{}").unwrap();
    local().set_item("another.app", "keep me").unwrap();
    storage::erase_all().unwrap();
    assert_eq!(local().length().unwrap(), 1);
    assert_eq!(local().get_item("another.app").unwrap().as_deref(), Some("keep me"));
    assert!(matches!(open(), Opening::Ready(tab) if tab.revision() == 0));
}

#[wasm_bindgen_test]
async fn the_plan_lock_lets_one_holder_at_a_time() {
    // Two requests made back to back: the second runs only after the first returned,
    // and the callbacks never overlap.
    let log = Rc::new(RefCell::new(Vec::new()));
    let (done, wait) = futures_channel();
    for n in 0..2 {
        let log = Rc::clone(&log);
        let done = done.clone();
        with_lock("plateful.test", move || {
            log.borrow_mut().push(format!("start {n}"));
            log.borrow_mut().push(format!("end {n}"));
            if n == 1 {
                done();
            }
        });
    }
    wait.await.unwrap();
    assert_eq!(*log.borrow(), ["start 0", "end 0", "start 1", "end 1"]);
}

/// A one-shot signal for the lock test: `done()` resolves the future.
fn futures_channel() -> (Rc<dyn Fn()>, wasm_bindgen_futures::JsFuture) {
    let resolve = Rc::new(RefCell::new(None::<js_sys::Function>));
    let slot = Rc::clone(&resolve);
    let promise = js_sys::Promise::new(&mut move |ok, _| {
        *slot.borrow_mut() = Some(ok);
    });
    let done = move || {
        if let Some(ok) = resolve.borrow().as_ref() {
            ok.call0(&wasm_bindgen::JsValue::NULL).unwrap();
        }
    };
    (Rc::new(done), wasm_bindgen_futures::JsFuture::from(promise))
}
