//! Browser tests of the form model: a draft is kept on this device as it changes, comes
//! back on the next visit, and is forgotten once saved; problems sit beside their field
//! and all show in the summary; rows keep their keys while others come and go.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;
use waymark::store::storage;
use waymark::ui::form::{next_key, position, renumber, Draft, Form, Keyed, Problems, TextRow};

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Clone, Default, Serialize, Deserialize, Store, PartialEq, Debug)]
struct Note {
    text: String,
    rows: Vec<Row>,
}

#[derive(Clone, Default, Serialize, Deserialize, PartialEq, Debug)]
struct Row {
    key: u32,
    text: String,
}

impl Keyed for Row {
    fn key(&self) -> u32 {
        self.key
    }
    fn set_key(&mut self, key: u32) {
        self.key = key;
    }
}

impl Draft for Note {
    const KEY: &'static str = "test-note";
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

fn kept() -> Option<String> {
    storage::local_storage()
        .unwrap()
        .get_item("waymark.draft.test-note")
        .unwrap()
}

async fn settle() {
    // Effects run on the next tick of the microtask queue.
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

#[wasm_bindgen_test]
async fn a_draft_is_kept_as_typed_restored_and_forgotten_once_saved() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    storage::local_storage().unwrap().clear().unwrap();
    let owner = Owner::new();
    owner.set();
    let form = Form::new("note-problems", Note::default());
    form.keep();
    form.fields.text().set("Called the hiring manager".into());
    settle().await;
    let text = kept().expect("the draft is kept as it changes");
    assert!(text.contains("Called the hiring manager"));

    // The next visit finds it again.
    let again = Form::new("note-problems", Note::default());
    assert!(again.restore());
    assert_eq!(again.value().text, "Called the hiring manager");

    // Saved: the kept copy goes, and an emptied form keeps nothing.
    form.clear(Note::default());
    settle().await;
    assert_eq!(kept(), None);
    let empty = Form::new("note-problems", Note::default());
    assert!(!empty.restore());
}

#[wasm_bindgen_test]
fn problems_sit_by_their_field_and_all_show_in_the_summary() {
    let mut p = Problems::default();
    assert!(p.is_empty());
    p.add("date", "Pick a date.");
    p.add_general("Something else.");
    p.add("date", "Not in the future.");
    assert_eq!(
        p.for_field("date").as_deref(),
        Some("Pick a date. Not in the future.")
    );
    assert_eq!(p.for_field("text"), None);
    assert_eq!(p.messages().len(), 3);
    p.drop_field("date");
    assert_eq!(p.messages(), vec!["Something else.".to_string()]);
}

#[wasm_bindgen_test]
fn rows_get_fresh_keys_and_know_their_place() {
    let row = |key| Row {
        key,
        text: String::new(),
    };
    assert_eq!(next_key::<Row>(&[]), 1);
    let rows = [row(3), row(1)];
    assert_eq!(next_key(&rows), 4);
    assert_eq!(position(&rows, 1), 2);
    assert_eq!(position(&rows, 9), 0);
}

#[wasm_bindgen_test]
fn rows_kept_by_an_older_build_as_plain_text_come_back_with_keys() {
    let mut rows: Vec<TextRow> =
        serde_json::from_str(r#"["Send the CV", {"key": 7, "text": "Call Sam"}]"#).unwrap();
    assert_eq!(rows[0].text, "Send the CV");
    assert_eq!(rows[1].key, 7);
    renumber(&mut rows);
    assert_eq!(rows.iter().map(|r| r.key).collect::<Vec<_>>(), vec![1, 2]);
}
