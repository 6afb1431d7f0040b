//! Nothing here: the checks are the tests in `tests/tidy.rs`.
