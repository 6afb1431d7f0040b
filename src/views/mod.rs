//! One module per view.

pub mod commitments;
pub mod recovery;
