//! Coach tools: building a program and sharing it as a link (`/coach`, [`builder`]),
//! opening a program link anywhere in the app ([`inbox`]), the program card on the
//! dashboard ([`card`]), and the read-only review of a client's file ([`review`]).
//! The rules live in `waymark_core::program` and `waymark_core::share`.

mod builder;
mod card;
mod closing;
mod feedback_inbox;
mod feedback_writer;
mod group;
mod inbox;
mod program_view;
mod review;
mod sessions;
mod share_link;

pub use builder::CoachPage;
pub use card::ProgramCards;
pub use closing::ClosingPage;
pub use group::GroupPage;
pub use inbox::{has_coach_link, CoachInbox};
pub use review::ReviewPage;
pub use sessions::SessionCard;

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::{
    checkins::Cadence,
    program::{CoachGoal, Program},
    Workbook,
};

use crate::ui::form::{renumber, Draft, Form, Keyed, TextRow};
use program_view::ProgramView;

/// Coach-side state kept in memory only: the program being built and a client's file
/// under review. Neither is ever saved or merged into the workbook.
#[derive(Clone, Copy)]
pub struct CoachState {
    pub review: RwSignal<Option<Review>>,
    draft: Form<ProgramText>,
}

/// A client's workbook opened for review, and the file it came from.
#[derive(Clone, PartialEq)]
pub struct Review {
    pub file: String,
    pub workbook: Workbook,
}

/// The program being built, as typed. Kept on this device between visits (older
/// builds kept a whole [`Program`]; its fields read the same).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
struct ProgramText {
    coach: String,
    contact: String,
    welcome: String,
    /// Instrument ids in the order to do them.
    instruments: Vec<String>,
    questions: Vec<TextRow>,
    /// Goal template keys.
    templates: Vec<String>,
    /// Goals in the coach's own words, each with its why.
    custom_goals: Vec<GoalRow>,
    cadence: Option<Cadence>,
    /// Planned sessions, as typed (see [`sessions::SessionsText`]).
    sessions: sessions::SessionsText,
}

impl Draft for ProgramText {
    const KEY: &'static str = "program";
    fn is_blank(&self) -> bool {
        [&self.coach, &self.contact, &self.welcome]
            .iter()
            .all(|t| t.trim().is_empty())
            && self.instruments.is_empty()
            && self.questions.iter().all(|q| q.text.trim().is_empty())
            && self.templates.is_empty()
            && self
                .custom_goals
                .iter()
                .all(|g| g.text.trim().is_empty() && g.why.trim().is_empty())
            && self.cadence.is_none()
            && !self.sessions.on
    }
    fn restored(&mut self) {
        renumber(&mut self.questions);
        renumber(&mut self.custom_goals);
    }
}

impl ProgramText {
    /// The program as typed so far (not yet tidied for sharing).
    fn program(&self) -> Program {
        let mut p = Program::new(chrono::DateTime::UNIX_EPOCH);
        p.coach = self.coach.clone();
        p.contact = self.contact.clone();
        p.welcome = self.welcome.clone();
        p.instruments = self.instruments.clone();
        p.questions = self.questions.iter().map(|q| q.text.clone()).collect();
        p.templates = self.templates.clone();
        p.custom_goals = self
            .custom_goals
            .iter()
            .map(|g| CoachGoal::new(g.text.clone(), g.why.clone()))
            .collect();
        p.cadence = self.cadence;
        p.engagement = self.sessions.engagement();
        p
    }
}

/// One of the coach's own goals as typed: its title and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "KeptGoalRow")]
struct GoalRow {
    key: u32,
    text: String,
    why: String,
}

/// A goal row as kept: older builds kept the title alone, or a row without a why.
#[derive(Deserialize)]
#[serde(untagged)]
enum KeptGoalRow {
    Text(String),
    Row {
        #[serde(default)]
        key: u32,
        #[serde(default)]
        text: String,
        #[serde(default)]
        why: String,
    },
}

impl From<KeptGoalRow> for GoalRow {
    fn from(kept: KeptGoalRow) -> Self {
        match kept {
            KeptGoalRow::Text(text) => GoalRow {
                text,
                ..GoalRow::default()
            },
            KeptGoalRow::Row { key, text, why } => GoalRow { key, text, why },
        }
    }
}

impl Keyed for GoalRow {
    fn key(&self) -> u32 {
        self.key
    }
    fn set_key(&mut self, key: u32) {
        self.key = key;
    }
}

/// Where the coach state lives; provided once by the app shell. The state itself (the
/// program being built, kept on this device so a coach can come back to it later) is
/// made the first time a coach page asks for it, so its code is in the coach pages' file,
/// not in the first download; it belongs to the app, not to the page that made it.
#[derive(Clone)]
struct CoachSlot {
    app: Owner,
    state: StoredValue<Option<CoachState>>,
}

/// Provides the coach state's place; called once by the app shell.
pub fn provide_coach_state() {
    if let Some(app) = Owner::current() {
        provide_context(CoachSlot {
            app,
            state: StoredValue::new(None),
        });
    }
}

fn use_coach() -> CoachState {
    let slot = expect_context::<CoachSlot>();
    if let Some(state) = slot.state.get_value() {
        return state;
    }
    let state = slot.app.with(|| {
        let draft = Form::new("program-problems", ProgramText::default());
        draft.restore();
        draft.keep();
        CoachState {
            review: RwSignal::new(None),
            draft,
        }
    });
    slot.state.set_value(Some(state));
    state
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The app's own address (respecting the folder it is hosted in), without a fragment.
fn app_address() -> String {
    let from_doc = window()
        .and_then(|w| w.document())
        .and_then(|d| d.base_uri().ok().flatten());
    from_doc
        .unwrap_or_else(|| crate::ui::components::with_base("/"))
        .split('#')
        .next()
        .unwrap_or_default()
        .to_string()
}
