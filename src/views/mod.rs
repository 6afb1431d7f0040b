//! One module per view.

pub mod commitments;
pub mod data;
pub mod first_run;
pub mod priorities;
pub mod recovery;
pub mod review;
pub mod settings;
pub mod team;
pub mod today;
