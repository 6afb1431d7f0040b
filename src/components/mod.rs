//! Widgets shared by several views.

pub mod save_banner;
pub mod update_banner;
