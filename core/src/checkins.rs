//! Accountability: the check-in cadence, check-ins and commitments.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Accountability {}

impl Accountability {
    pub fn is_empty(&self) -> bool {
        true
    }
    pub fn checkin_count(&self) -> usize {
        0
    }
}
