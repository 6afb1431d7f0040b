//! Browser tests of the storage module, against the real localStorage of headless
//! Chromium: run with `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use plateful::storage::{self, Loaded, BACKUP_KEYS, PLAN_KEY, SET_ASIDE_PREFIX};
use plateful_core::format::{self, write, Layout};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const EXAMPLE: &str = include_str!("../docs/format/example-plan.json");

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clean() {
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn an_empty_storage_is_a_first_run() {
    clean();
    assert_eq!(storage::load(), Loaded::FirstRun);
    assert_eq!(local().length().unwrap(), 0, "loading writes nothing");
}

#[wasm_bindgen_test]
fn a_saved_plan_loads_back_unchanged() {
    clean();
    let envelope = format::parse(EXAMPLE).unwrap();
    let json = write(&envelope.plan, envelope.saved_at, 43, Layout::Compact);
    storage::save(&json, 43).unwrap();
    assert_eq!(storage::stored_revision(), Some(43));
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some(json.as_str()));
    match storage::load() {
        Loaded::Plan(loaded) => {
            assert_eq!(loaded.plan, envelope.plan);
            assert_eq!(loaded.revision, 43);
        }
        other => panic!("expected the plan, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_corrupt_value_is_reported_with_its_place_and_kept_byte_for_byte() {
    clean();
    let corrupt = EXAMPLE.replace("\"estimate_hours\": 12.0", "\"estimate_hours\": -1");
    local().set_item(PLAN_KEY, &corrupt).unwrap();
    match storage::load() {
        Loaded::Corrupt { raw, error } => {
            assert_eq!(raw, corrupt);
            assert_eq!(
                error.to_string(),
                "plan.commitments[0].effort.estimate_hours: must be greater than 0"
            );
        }
        other => panic!("expected a corrupt value, got {other:?}"),
    }
    assert_eq!(local().get_item(PLAN_KEY).unwrap(), Some(corrupt));
    assert_eq!(local().length().unwrap(), 1, "nothing else was written");
}

#[wasm_bindgen_test]
fn a_truncated_value_is_corrupt_not_a_first_run() {
    clean();
    let truncated = &EXAMPLE[..200];
    local().set_item(PLAN_KEY, truncated).unwrap();
    assert!(matches!(storage::load(), Loaded::Corrupt { .. }));
    assert_eq!(storage::raw().as_deref(), Some(truncated));
}

#[wasm_bindgen_test]
fn setting_aside_copies_the_value_before_anything_replaces_it() {
    clean();
    local().set_item(PLAN_KEY, "not json at all").unwrap();
    let key = storage::set_aside("not json at all", "20261124T100000Z").unwrap();
    assert!(key.starts_with(SET_ASIDE_PREFIX));
    assert_eq!(local().get_item(&key).unwrap().as_deref(), Some("not json at all"));
    assert_eq!(local().get_item(PLAN_KEY).unwrap().as_deref(), Some("not json at all"));
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

    storage::save(&plan_with(0, 1), 1).unwrap();
    assert_eq!(storage::back_up(), Ok(false), "an empty plan is not worth a backup");
    assert_eq!(backup(0), None);

    let first = plan_with(3, 2);
    storage::save(&first, 2).unwrap();
    assert_eq!(storage::back_up(), Ok(true));
    assert_eq!(storage::back_up(), Ok(false), "the same plan is not kept twice");
    let second = plan_with(5, 3);
    storage::save(&second, 3).unwrap();
    assert_eq!(storage::back_up(), Ok(true));
    assert_eq!(backup(0).as_deref(), Some(second.as_str()));
    assert_eq!(backup(1).as_deref(), Some(first.as_str()));

    local().set_item(PLAN_KEY, "{ not a plan").unwrap();
    assert_eq!(storage::back_up(), Ok(false), "an invalid plan never replaces a backup");
    assert_eq!(backup(0).as_deref(), Some(second.as_str()));
    assert_eq!(backup(1).as_deref(), Some(first.as_str()));

    let listed = storage::backups();
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0].content.as_ref().unwrap().plan.commitments.len(), 5);
    assert_eq!(listed[1].content.as_ref().unwrap().plan.commitments.len(), 3);
}

#[wasm_bindgen_test]
fn erasing_removes_every_key_of_the_app_and_only_those() {
    clean();
    storage::save(&plan_with(2, 1), 1).unwrap();
    storage::back_up().unwrap();
    storage::set_aside("broken", "20261124T100000Z").unwrap();
    local().set_item("another.app", "keep me").unwrap();
    storage::erase_all().unwrap();
    assert_eq!(local().length().unwrap(), 1);
    assert_eq!(local().get_item("another.app").unwrap().as_deref(), Some("keep me"));
    assert_eq!(storage::load(), Loaded::FirstRun);
}
