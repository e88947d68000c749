//! Self-discovery: questionnaire sessions and their dated results.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Discovery {}

impl Discovery {
    pub fn is_empty(&self) -> bool {
        true
    }
    pub fn result_count(&self) -> usize {
        0
    }
}
