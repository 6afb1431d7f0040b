//! One module per view.

pub mod commitments;
pub mod data;
pub mod recovery;
