//! What the app's keys take of local storage, counted as browsers count it.

use plateful_core::quota::{StorageUse, LOCAL_STORAGE_LIMIT};

#[test]
fn keys_and_values_count_in_utf16_units_against_five_million() {
    let nothing = StorageUse::of([]);
    assert_eq!(nothing, StorageUse { used: 0, limit: 5_000_000 });
    assert_eq!(nothing.percent(), 0.0);

    // Key and value both count; ASCII is one unit a character.
    let plan = "x".repeat(1_250_000);
    let used = StorageUse::of([("plateful.plan", plan.as_str())]);
    assert_eq!(used.used, 13 + 1_250_000);
    assert_eq!(used.left(), LOCAL_STORAGE_LIMIT - 1_250_013);

    // An accented letter is one unit, an emoji two (a surrogate pair), as browsers
    // count them; not their UTF-8 bytes (2 and 4).
    let text = StorageUse::of([("k", "é"), ("k", "🍽")]);
    assert_eq!(text.used, 2 + 1 + 2);

    // Half the limit reads 50%; beyond it, over 100%, and nothing is left.
    let half = "y".repeat(2_499_990);
    assert_eq!(StorageUse::of([("0123456789", half.as_str())]).percent(), 50.0);
    let over = "z".repeat(5_000_001);
    let over = StorageUse::of([("", over.as_str())]);
    assert!(over.percent() > 100.0);
    assert_eq!(over.left(), 0);
}
