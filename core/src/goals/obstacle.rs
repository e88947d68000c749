//! Obstacles and if-then plans: what could get in the way of a goal, and what the person
//! will do if it does.

use serde::{Deserialize, Serialize};

/// Something that could get in the way, and what the person will do if it does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Obstacle {
    pub id: String,
    #[serde(default)]
    pub if_this: String,
    #[serde(default)]
    pub then_i_will: String,
}

impl Obstacle {
    /// A plan from the two halves, with any "If" / "then I will" the person typed
    /// themselves taken off so it is not said twice.
    pub fn new(id: String, if_this: &str, then_i_will: &str) -> Obstacle {
        Obstacle {
            id,
            if_this: strip_lead(if_this, &["if"]),
            then_i_will: strip_lead(then_i_will, &["then i will", "then i'll", "i will", "i'll"]),
        }
    }

    /// The plan as one sentence: "If I miss a week, then I will book a slot on Monday."
    /// Empty when either half is missing.
    pub fn sentence(&self) -> String {
        let when = self.if_this.trim().trim_end_matches(['.', ',']);
        let then = self.then_i_will.trim().trim_end_matches(['.', ',']);
        if when.is_empty() || then.is_empty() {
            return String::new();
        }
        format!("If {when}, then I will {then}.")
    }
}

/// Trims `text`, then removes the first matching lead-in word(s) (case-insensitive,
/// whole words only) and a comma or full stop at the end.
fn strip_lead(text: &str, leads: &[&str]) -> String {
    let text = text.trim();
    let mut rest = text;
    for lead in leads {
        let head_matches = text
            .get(..lead.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(lead));
        let after = text.get(lead.len()..).unwrap_or_default();
        if head_matches && (after.is_empty() || after.starts_with(char::is_whitespace)) {
            rest = after;
            break;
        }
    }
    rest.trim()
        .trim_end_matches(['.', ','])
        .trim_end()
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_then_plan_reads_as_one_sentence_without_doubled_words() {
        let plan = Obstacle::new(
            "ob".into(),
            "If I get a rejection,",
            "then I will ask for feedback.",
        );
        assert_eq!(plan.if_this, "I get a rejection");
        assert_eq!(plan.then_i_will, "ask for feedback");
        assert_eq!(
            plan.sentence(),
            "If I get a rejection, then I will ask for feedback."
        );
        let plain = Obstacle::new("ob".into(), "iffy weather stops my run", "walk instead");
        assert_eq!(
            plain.if_this, "iffy weather stops my run",
            "only a whole word 'if' is removed"
        );
        assert_eq!(Obstacle::new("ob".into(), "", "rest").sentence(), "");
    }
}
