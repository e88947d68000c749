//! Versions of the workbook's shape and the numbered migrations between them.
//! Each migration upgrades raw JSON one version; [`MIGRATIONS`] lists them in order and
//! `migrate` runs them. Every version has a stored fixture of its shape in
//! `core/tests/fixtures/workbook-v{N}.json` (a test checks the table and the fixtures).

use serde_json::{Map, Value};

/// The shape this build writes.
pub const CURRENT_VERSION: u32 = 4;

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

/// One numbered step: upgrades a workbook object of version `from` to version `to`.
#[derive(Debug, Clone, Copy)]
pub struct Migration {
    pub from: u32,
    pub to: u32,
    /// What changes, in a line.
    pub description: &'static str,
    pub run: fn(Value) -> Result<Value, MigrateError>,
}

/// Every migration, oldest first: 1→2, 2→3, … up to [`CURRENT_VERSION`], no gaps.
pub const MIGRATIONS: &[Migration] = &[
    Migration {
        from: 1,
        to: 2,
        description:
            "profile.first_name becomes name, situations are stored as keys, welcomed is recorded",
        run: v1_to_v2,
    },
    Migration {
        from: 2,
        to: 3,
        description: "the job search is added (applications, contacts, conversations); coach \
            programs may carry goals with a why, an engagement and feedback",
        run: v2_to_v3,
    },
    Migration {
        from: 3,
        to: 4,
        description: "pitch versions, setbacks and outcomes are added, and two situations \
            (retired or semi-retired, a portfolio career)",
        run: v3_to_v4,
    },
];

/// Upgrades a workbook object of version `from` to [`CURRENT_VERSION`].
pub fn migrate(mut doc: Value, from: u32) -> Result<Value, MigrateError> {
    if from > CURRENT_VERSION {
        return Err(MigrateError::Newer { found: from });
    }
    if from == 0 {
        return Err(MigrateError::Unknown { found: from });
    }
    for version in from..CURRENT_VERSION {
        let step = MIGRATIONS
            .iter()
            .find(|m| m.from == version)
            .ok_or(MigrateError::Unknown { found: version })?;
        doc = (step.run)(doc)?;
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

/// Version 3 adds the job search beside the journal. A version 2 document has none, so
/// it starts empty. One that already has a `search` part (written by hand or by another
/// tool) keeps it, and the load checks it like any other part.
fn v2_to_v3(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut root) = doc else {
        return Err(MigrateError::Malformed(
            "the workbook is not an object".into(),
        ));
    };
    if matches!(root.get("search"), None | Some(Value::Null)) {
        root.insert("search".into(), Value::Object(Map::new()));
    }
    Ok(Value::Object(root))
}

/// Version 4 adds the person's pitch versions, setbacks and outcomes, and two
/// situations. A version 3 document has none of them, so each starts empty; a part that
/// is already there (written by hand or by another tool) is kept and checked on loading.
/// Nothing else changes shape: the bump is what stops a build of version 3 from opening
/// a workbook whose situation or records it could not keep.
fn v3_to_v4(doc: Value) -> Result<Value, MigrateError> {
    let Value::Object(mut root) = doc else {
        return Err(MigrateError::Malformed(
            "the workbook is not an object".into(),
        ));
    };
    for part in ["pitches", "setbacks"] {
        if matches!(root.get(part), Some(Value::Null)) {
            root.remove(part);
        }
    }
    if matches!(root.get("outcomes"), Some(Value::Null)) {
        root.remove("outcomes");
    }
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
    fn v2_fixture_upgrades_with_an_empty_search_and_everything_else_kept() {
        let text = include_str!("../tests/fixtures/workbook-v2.json");
        let root: Value = serde_json::from_str(text).unwrap();
        let old = root.get("workbook").unwrap_or(&root).clone();
        let new = migrate(old.clone(), 2).unwrap();
        assert_eq!(new["search"], serde_json::json!({}));
        for key in ["profile", "goals", "journal", "checkins", "discovery"] {
            assert_eq!(new.get(key), old.get(key), "{key} changed");
        }
        let wb: Workbook = serde_json::from_value(new).unwrap();
        assert!(wb.search.is_empty());
    }

    #[test]
    fn v3_fixture_upgrades_with_everything_kept_and_the_new_parts_empty() {
        let text = include_str!("../tests/fixtures/workbook-v3.json");
        let root: Value = serde_json::from_str(text).unwrap();
        let old = root.get("workbook").unwrap_or(&root).clone();
        let new = migrate(old.clone(), 3).unwrap();
        for key in [
            "profile",
            "goals",
            "journal",
            "checkins",
            "discovery",
            "search",
            "stories",
        ] {
            assert_eq!(new.get(key), old.get(key), "{key} changed");
        }
        let wb: Workbook = serde_json::from_value(new).unwrap();
        assert!(wb.pitches.is_empty() && wb.setbacks.is_empty() && wb.outcomes.is_empty());
        // A null part, as another tool might write it, reads as empty.
        let mut nulls = old;
        nulls["setbacks"] = Value::Null;
        nulls["outcomes"] = Value::Null;
        let wb: Workbook = serde_json::from_value(migrate(nulls, 3).unwrap()).unwrap();
        assert!(wb.setbacks.is_empty() && wb.outcomes.is_empty());
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
    fn migrations_run_one_version_at_a_time_from_1_to_the_current_version() {
        let mut expected_from = 1;
        for m in MIGRATIONS {
            assert_eq!(
                m.from, expected_from,
                "migrations must be in order, no gaps or repeats"
            );
            assert_eq!(m.to, m.from + 1, "each migration moves exactly one version");
            assert!(!m.description.trim().is_empty());
            expected_from = m.to;
        }
        assert_eq!(
            expected_from, CURRENT_VERSION,
            "the last migration must reach the current version"
        );
    }

    /// Every version this build can read has a fixture of its shape, which loads and
    /// comes out at the current version.
    #[test]
    fn every_version_has_a_fixture_that_loads_at_the_current_version() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        for version in 1..=CURRENT_VERSION {
            let path = format!("{dir}/workbook-v{version}.json");
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("no fixture for version {version} at {path}: {e}"));
            let root: Value = serde_json::from_str(&text).unwrap();
            let doc = root.get("workbook").unwrap_or(&root).clone();
            assert_eq!(
                doc["schema_version"], version,
                "{path} is not version {version}"
            );
            let migrated = migrate(doc, version).unwrap();
            assert_eq!(migrated["schema_version"], CURRENT_VERSION);
            let loaded = crate::transfer::read_text(&text)
                .unwrap_or_else(|e| panic!("{path} does not load: {e:?}"));
            assert_eq!(loaded.workbook.schema_version, CURRENT_VERSION);
            let expected = (version != CURRENT_VERSION).then_some(version);
            assert_eq!(loaded.migrated_from, expected);
        }
    }

    #[test]
    fn current_version_passes_through_unchanged() {
        let wb = Workbook::new(crate::workbook::tests::at(2026, 3, 3));
        let doc = serde_json::to_value(&wb).unwrap();
        assert_eq!(migrate(doc.clone(), CURRENT_VERSION).unwrap(), doc);
    }
}
