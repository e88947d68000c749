//! The wins journal and coaching session notes.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Journal {}

impl Journal {
    pub fn is_empty(&self) -> bool {
        true
    }
    pub fn entry_count(&self) -> usize {
        0
    }
}
