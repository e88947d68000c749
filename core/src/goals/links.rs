//! What makes a goal matter: links to the person's values, strengths, interests and
//! growth areas from discovery, and to their vision.

use serde::{Deserialize, Serialize};

/// Which kind of discovery result a goal is linked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LinkKind {
    Value,
    Strength,
    Interest,
    GrowthArea,
}

/// What makes a goal matter to the person: ids or labels of values, strengths,
/// interests and growth areas from discovery, and whether it serves their vision.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Links {
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub strengths: Vec<String>,
    #[serde(default)]
    pub interests: Vec<String>,
    /// Skills the person enjoys but has not yet mastered (from motivated skills).
    #[serde(default)]
    pub growth_areas: Vec<String>,
    #[serde(default)]
    pub vision: bool,
}

impl Links {
    /// True when at least one link is set.
    pub fn any(&self) -> bool {
        self.vision
            || [
                &self.values,
                &self.strengths,
                &self.interests,
                &self.growth_areas,
            ]
            .iter()
            .any(|list| list.iter().any(|s| !s.trim().is_empty()))
    }

    fn list(&self, kind: LinkKind) -> &Vec<String> {
        match kind {
            LinkKind::Value => &self.values,
            LinkKind::Strength => &self.strengths,
            LinkKind::Interest => &self.interests,
            LinkKind::GrowthArea => &self.growth_areas,
        }
    }

    fn list_mut(&mut self, kind: LinkKind) -> &mut Vec<String> {
        match kind {
            LinkKind::Value => &mut self.values,
            LinkKind::Strength => &mut self.strengths,
            LinkKind::Interest => &mut self.interests,
            LinkKind::GrowthArea => &mut self.growth_areas,
        }
    }

    /// True when `label` is linked under `kind`.
    pub fn contains(&self, kind: LinkKind, label: &str) -> bool {
        self.list(kind).iter().any(|s| s == label.trim())
    }

    /// Links `label` if it was not linked, unlinks it if it was. Returns whether it
    /// is linked afterwards. Blank labels are ignored (and reported as not linked).
    pub fn toggle(&mut self, kind: LinkKind, label: &str) -> bool {
        let label = label.trim();
        if label.is_empty() {
            return false;
        }
        let list = self.list_mut(kind);
        if let Some(pos) = list.iter().position(|s| s == label) {
            list.remove(pos);
            false
        } else {
            list.push(label.to_owned());
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_toggle_on_and_off_and_ignore_blanks() {
        let mut links = Links::default();
        assert!(!links.any());
        assert!(links.toggle(LinkKind::Strength, " Writing "));
        assert!(links.contains(LinkKind::Strength, "Writing"));
        assert!(links.any());
        assert!(!links.toggle(LinkKind::Strength, "Writing"));
        assert!(!links.any());
        assert!(!links.toggle(LinkKind::Value, "   "));
        assert!(links.values.is_empty());
        links.vision = true;
        assert!(links.any());
    }
}
