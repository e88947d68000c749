//! Versions of the workbook's shape and the numbered migrations between them.
//! Each migration upgrades raw JSON one version; `migrate` runs them in order.
//! Every migration has a stored fixture of the old shape in `core/tests/fixtures/`.

use serde_json::{Map, Value};

/// The shape this build writes.
pub const CURRENT_VERSION: u32 = 2;

/// Why a document could not be brought up to the current shape.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrateError {
    /// Written by a newer build than this one.
    Newer { found: u32 },
    /// A version number this build never wrote.
    Unknown { found: u32 },
    /// The old document lacks something its version always had.
    Malformed(String),
}

/// Upgrades a workbook object of version `from` to [`CURRENT_VERSION`].
pub fn migrate(mut doc: Value, from: u32) -> Result<Value, MigrateError> {
    if from > CURRENT_VERSION {
        return Err(MigrateError::Newer { found: from });
    }
    if from == 0 {
        return Err(MigrateError::Unknown { found: from });
    }
    for version in from..CURRENT_VERSION {
        doc = match version {
            1 => v1_to_v2(doc)?,
            other => return Err(MigrateError::Unknown { found: other }),
        };
    }
    if let Value::Object(map) = &mut doc {
        map.insert("schema_version".into(), Value::from(CURRENT_VERSION));
    }
    Ok(doc)
}

/// Version 1 (the first preview build) kept `profile.first_name` and stored the
/// situation as the words shown on screen. Version 2 names the field `name`, stores
/// situations as stable keys, and records whether the welcome was done.
fn v1_to_v2(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut root) = doc else {
        return Err(MigrateError::Malformed(
            "the workbook is not an object".into(),
        ));
    };
    let mut profile = match root.remove("profile") {
        Some(Value::Object(p)) => p,
        Some(Value::Null) | None => Map::new(),
        Some(_) => {
            return Err(MigrateError::Malformed(
                "the profile is not an object".into(),
            ))
        }
    };
    let name = match profile.remove("first_name") {
        Some(Value::String(s)) => s,
        _ => String::new(),
    };
    let situation = match profile.remove("situation") {
        Some(Value::String(words)) => v1_situation_key(&words).map(Value::from),
        _ => None,
    };
    let welcomed = !name.is_empty() || situation.is_some();
    profile.insert("name".into(), Value::from(name));
    profile.insert("situation".into(), situation.unwrap_or(Value::Null));
    profile.insert("welcomed".into(), Value::from(welcomed));
    root.insert("profile".into(), Value::Object(profile));
    Ok(Value::Object(root))
}

fn v1_situation_key(words: &str) -> Option<&'static str> {
    let w = words.trim().to_lowercase();
    Some(match w.as_str() {
        "changing careers" | "career change" => "changing_careers",
        "early career" => "early_career",
        "stalled" | "feeling stuck" => "stalled",
        "returning after a break" | "returning" => "returning",
        "starting a business" => "starting_business",
        "just exploring" | "exploring" => "exploring",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{profile::Situation, Workbook};

    const V1_FIXTURE: &str = include_str!("../tests/fixtures/workbook-v1.json");

    #[test]
    fn v1_fixture_upgrades_without_losing_name_or_situation() {
        let old: Value = serde_json::from_str(V1_FIXTURE).unwrap();
        let created = old["created_at"].clone();
        let new = migrate(old, 1).unwrap();
        let wb: Workbook = serde_json::from_value(new).unwrap();
        assert_eq!(wb.schema_version, CURRENT_VERSION);
        assert_eq!(wb.profile.name, "Ada");
        assert_eq!(wb.profile.situation, Some(Situation::ChangingCareers));
        assert!(wb.profile.welcomed);
        assert_eq!(serde_json::to_value(wb.created_at).unwrap(), created);
    }

    #[test]
    fn unknown_v1_situation_words_become_none_not_an_error() {
        let old = serde_json::json!({
            "schema_version": 1, "created_at": "2026-01-01T00:00:00Z",
            "updated_at": "2026-01-01T00:00:00Z",
            "profile": {"first_name": "", "situation": "something else"}
        });
        let wb: Workbook = serde_json::from_value(migrate(old, 1).unwrap()).unwrap();
        assert_eq!(wb.profile.situation, None);
        assert!(!wb.profile.welcomed);
    }

    #[test]
    fn newer_versions_are_refused() {
        let doc = serde_json::json!({});
        assert_eq!(
            migrate(doc, CURRENT_VERSION + 1),
            Err(MigrateError::Newer {
                found: CURRENT_VERSION + 1
            })
        );
    }

    #[test]
    fn current_version_passes_through_unchanged() {
        let wb = Workbook::new(crate::workbook::tests::at(2026, 3, 3));
        let doc = serde_json::to_value(&wb).unwrap();
        assert_eq!(migrate(doc.clone(), CURRENT_VERSION).unwrap(), doc);
    }
}
