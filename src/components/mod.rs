//! Widgets shared by several views.

pub mod answer;
pub mod big_rocks;
pub mod chart;
pub mod export;
pub mod field;
pub mod notice;
pub mod page;
pub mod person_row;
pub mod relief;
pub mod save_banner;
pub mod shortcuts;
pub mod toast;
pub mod update_banner;
pub mod warnings;
pub mod weeks_table;
