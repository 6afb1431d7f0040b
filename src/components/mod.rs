//! Widgets shared by several views.

pub mod answer;
pub mod field;
pub mod notice;
pub mod save_banner;
pub mod update_banner;
