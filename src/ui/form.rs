//! The one way a form holds what is typed. A form's fields are one plain serde struct
//! (its *draft*), held in a [`Store`] so each field is its own reactive value: typing in
//! one field redraws only what reads that field. The same struct is what is kept on
//! this device between visits (see [`crate::store::drafts`]), so a reload, a closed tab
//! or a wander to another page never loses a word.
//!
//! A form's life: [`Form::new`] with a fresh draft, [`Form::restore`] what was kept,
//! [`Form::keep`] it as it changes, then on saving [`Form::check`] the problems the core
//! found (each beside its field and all in a summary at the top), and [`Form::clear`]
//! once saved. The field components in [`crate::ui::components::fields`] take a field
//! of the store and the form's problem for it.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::store::{drafts, state::AppState};
use crate::ui::components::focus_soon;

/// A form's draft: every field exactly as typed.
pub trait Draft: Serialize + DeserializeOwned + Clone + Send + Sync + 'static {
    /// The name the kept copy goes by on this device (`waymark.draft.<KEY>`).
    const KEY: &'static str;
    /// True when nothing worth keeping has been typed (the kept copy is then removed).
    fn is_blank(&self) -> bool;
    /// Tidies a draft read back from this device (rows kept by an older build get keys).
    fn restored(&mut self) {}
}

/// What stops a form from saving, in the order found: each message with the field it
/// belongs to (the field's element id), or with none when it is about the whole form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problems(Vec<(Option<String>, String)>);

impl Problems {
    /// A problem with one field.
    pub fn add(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.0.push((Some(field.into()), message.into()));
    }

    /// A problem with the form as a whole.
    pub fn add_general(&mut self, message: impl Into<String>) {
        self.0.push((None, message.into()));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every message, for the summary at the top of the form.
    pub fn messages(&self) -> Vec<String> {
        self.0.iter().map(|(_, m)| m.clone()).collect()
    }

    /// What is wrong with one field, in one line; `None` when nothing is.
    pub fn for_field(&self, field: &str) -> Option<String> {
        let found: Vec<&str> = self
            .0
            .iter()
            .filter(|(f, _)| f.as_deref() == Some(field))
            .map(|(_, m)| m.as_str())
            .collect();
        (!found.is_empty()).then(|| found.join(" "))
    }

    /// Forgets what was said about one field (after it was removed from the form).
    pub fn drop_field(&mut self, field: &str) {
        self.0.retain(|(f, _)| f.as_deref() != Some(field));
    }
}

/// A form: its draft in a store, and the problems found the last time it was saved.
pub struct Form<T: Send + Sync + 'static> {
    pub fields: Store<T>,
    pub problems: RwSignal<Problems>,
    /// The id of the problem summary, where focus goes when saving finds problems.
    summary_id: &'static str,
}

impl<T: Send + Sync + 'static> Clone for Form<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Form<T> {}

impl<T: Draft> Form<T> {
    pub fn new(summary_id: &'static str, fresh: T) -> Self {
        Form {
            fields: Store::new(fresh),
            problems: RwSignal::new(Problems::default()),
            summary_id,
        }
    }

    /// Puts back the draft kept from an earlier visit; true when there was one.
    pub fn restore(&self) -> bool {
        match drafts::load::<T>(T::KEY) {
            Some(mut kept) => {
                kept.restored();
                self.fields.set(kept);
                true
            }
            None => false,
        }
    }

    /// Keeps the draft on this device as it changes, until it is saved or emptied.
    pub fn keep(&self) {
        let fields = self.fields;
        let app = use_context::<AppState>();
        Effect::new(move |_| {
            fields.with(|d| {
                if app.is_none_or(|a| a.keeps_drafts()) {
                    drafts::store(T::KEY, d, d.is_blank());
                }
            })
        });
    }

    /// The draft as it stands, without subscribing to it.
    pub fn value(&self) -> T {
        self.fields.get_untracked()
    }

    /// Changes the draft in place (for a button that fills several fields at once).
    pub fn edit(&self, change: impl FnOnce(&mut T)) {
        self.fields.update(change);
    }

    /// Starts over with `fresh` and forgets the kept copy (after saving).
    pub fn clear(&self, fresh: T) {
        self.fields.set(fresh);
        self.problems.set(Problems::default());
        drafts::forget(T::KEY);
    }

    /// Shows what stops saving (focus moves to the summary) and says whether all is
    /// well. Nothing typed is touched either way.
    pub fn check(&self, problems: Problems) -> bool {
        let ok = problems.is_empty();
        self.problems.set(problems);
        if !ok {
            focus_soon(self.summary_id);
        }
        ok
    }

    /// What is wrong with one field, as its error line shows it.
    pub fn problem(&self, field: impl Into<String>) -> Signal<Option<String>> {
        let (problems, field) = (self.problems, field.into());
        Signal::derive(move || problems.with(|p| p.for_field(&field)))
    }

    /// Every message, for the form's [`ProblemSummary`](crate::ui::components::fields::ProblemSummary).
    pub fn summary(&self) -> Signal<Vec<String>> {
        let problems = self.problems;
        Signal::derive(move || problems.with(Problems::messages))
    }

    pub fn summary_id(&self) -> &'static str {
        self.summary_id
    }
}

/// A growing list of rows in a draft (agreed actions, commitments, questions): each row
/// has a key of its own, so a row keeps its place and focus while others come and go.
pub trait Keyed {
    fn key(&self) -> u32;
    fn set_key(&mut self, key: u32);
}

/// The key for a new row: one past the highest in use.
pub fn next_key<R: Keyed>(rows: &[R]) -> u32 {
    rows.iter().map(Keyed::key).max().map_or(1, |k| k + 1)
}

/// The 1-based position of the row with `key`, for labels such as "Commitment 2".
pub fn position<R: Keyed>(rows: &[R], key: u32) -> usize {
    rows.iter()
        .position(|r| r.key() == key)
        .map_or(0, |i| i + 1)
}

/// Gives rows the keys 1, 2, 3… (rows kept by an older build came without keys).
pub fn renumber<R: Keyed>(rows: &mut [R]) {
    for (i, row) in rows.iter_mut().enumerate() {
        row.set_key(i as u32 + 1);
    }
}

/// One line of a growing list, such as an agreed action or a coach's question.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "KeptRow")]
pub struct TextRow {
    pub key: u32,
    pub text: String,
}

impl TextRow {
    pub fn new(key: u32, text: impl Into<String>) -> Self {
        TextRow {
            key,
            text: text.into(),
        }
    }
}

/// A row as kept: older builds kept the text alone.
#[derive(Deserialize)]
#[serde(untagged)]
enum KeptRow {
    Text(String),
    Row {
        #[serde(default)]
        key: u32,
        #[serde(default)]
        text: String,
    },
}

impl From<KeptRow> for TextRow {
    fn from(kept: KeptRow) -> Self {
        match kept {
            KeptRow::Text(text) => TextRow { key: 0, text },
            KeptRow::Row { key, text } => TextRow { key, text },
        }
    }
}

impl Keyed for TextRow {
    fn key(&self) -> u32 {
        self.key
    }
    fn set_key(&mut self, key: u32) {
        self.key = key;
    }
}

/// Rows made from texts, keyed 1, 2, 3…
pub fn text_rows(texts: impl IntoIterator<Item = String>) -> Vec<TextRow> {
    texts
        .into_iter()
        .enumerate()
        .map(|(i, t)| TextRow::new(i as u32 + 1, t))
        .collect()
}
