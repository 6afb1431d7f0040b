//! How much of the browser's local storage the app takes (SPEC 4: the plan, its
//! backups and the review under way all live in localStorage, which browsers cap per
//! site).
//!
//! Browsers count localStorage in UTF-16 code units, key and value alike: Chromium
//! allows 10 MiB at two bytes a unit (5 Mi units), Firefox 5 Mi units, Safari about
//! 5 MB of text. What the app stores is JSON, nearly all ASCII, where a unit is a
//! character and weighs one byte in an exported file; so the use is counted in units
//! and shown as megabytes at one byte each, against 5,000,000: the least every one of
//! those browsers holds, and the import limit, so that the figure means the same on
//! the Data page wherever it is read.

/// The limit the use is measured against, in UTF-16 code units.
pub const LOCAL_STORAGE_LIMIT: u64 = 5_000_000;

/// What the app's keys take of local storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StorageUse {
    /// UTF-16 code units of every key and value the app stores.
    pub used: u64,
    pub limit: u64,
}

impl StorageUse {
    /// The use of these keys and values, against [`LOCAL_STORAGE_LIMIT`].
    pub fn of<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> StorageUse {
        let units = |text: &str| text.encode_utf16().count() as u64;
        let used = entries.into_iter().map(|(key, value)| units(key) + units(value)).sum();
        StorageUse { used, limit: LOCAL_STORAGE_LIMIT }
    }

    /// The share of the limit used, in percent (over 100 when a browser allows more
    /// than the limit and the app took it).
    pub fn percent(&self) -> f64 {
        self.used as f64 / self.limit as f64 * 100.0
    }

    /// What is left before the limit.
    pub fn left(&self) -> u64 {
        self.limit.saturating_sub(self.used)
    }
}
