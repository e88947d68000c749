//! Logging a win: the form, what is kept of it between visits, and saving it.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::{date_text, parse_date};
use waymark_core::journal::{prefix, Journal, Problem, WinDraft};

use crate::store::{clock, ids::new_id, locale};
use crate::ui::components::fields::{
    ChoiceField, DateField, FormActions, LongTextField, ProblemSummary, TextField,
};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words;

/// A win as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct WinText {
    pub date: String,
    pub what_happened: String,
    pub what_it_shows: String,
    /// A goal's id, or empty for none.
    pub goal: String,
    /// The finished milestone this win celebrates, if it came from one.
    pub milestone: Option<String>,
}

impl Draft for WinText {
    const KEY: &'static str = "win";
    fn is_blank(&self) -> bool {
        self.what_happened.trim().is_empty() && self.what_it_shows.trim().is_empty()
    }
}

impl WinText {
    /// An empty win dated today.
    pub fn fresh() -> Self {
        WinText::from(WinDraft {
            date: clock::today(),
            ..Default::default()
        })
    }
}

impl From<WinDraft> for WinText {
    fn from(d: WinDraft) -> Self {
        WinText {
            date: date_text(d.date),
            what_happened: d.what_happened,
            what_it_shows: d.what_it_shows,
            goal: d.goal_id.unwrap_or_default(),
            milestone: d.milestone_id,
        }
    }
}

pub type WinForm = Form<WinText>;

pub fn win_form() -> WinForm {
    Form::new("win-problems", WinText::fresh())
}

/// Adds the win to a copy of `journal`; on a problem, says what and where instead.
pub fn save_win(form: WinForm, mut journal: Journal) -> Option<Journal> {
    let typed = form.value();
    let mut problems = Problems::default();
    let date = parse_date(&typed.date);
    if date.is_none() {
        problems.add("win-date", words::PICK_WIN_DATE);
    }
    let draft = WinDraft {
        date: date.unwrap_or_else(clock::today),
        what_happened: typed.what_happened,
        what_it_shows: typed.what_it_shows,
        goal_id: Some(typed.goal).filter(|g| !g.is_empty()),
        milestone_id: typed.milestone,
    };
    if let Err(found) = journal.add_win(new_id(prefix::WIN), draft, clock::now()) {
        for p in found {
            let message = words::journal_problem(&locale::current(), &p);
            match p {
                Problem::EmptyWin => problems.add("win-what", message),
                Problem::FutureDate(_) => problems.add("win-date", message),
                _ => problems.add_general(message),
            }
        }
    }
    form.check(problems).then_some(journal)
}

#[component]
pub fn WinFormView<F>(
    form: WinForm,
    open: RwSignal<bool>,
    goal_options: Memo<Vec<(String, String)>>,
    on_submit: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    view! {
        <section class="card journal-form" aria-labelledby="win-form-title">
            <h2 id="win-form-title" tabindex="-1">"Log a win"</h2>
            <p class="muted">"Anything that moved you forward counts: a conversation, a draft, a brave email, a lesson learned."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <DateField id="win-date" label="When" value=f.date() problem=form.problem("win-date") />
                <LongTextField id="win-what" label="What happened?" value=f.what_happened() problem=form.problem("win-what") />
                <TextField
                    id="win-shows"
                    label="What does it show about you?"
                    optional=true
                    maxlength=300
                    value=f.what_it_shows()
                    hint="A skill, a strength or a quality, such as patience, courage or clear writing."
                />
                <ChoiceField id="win-goal" label="For a goal" optional=true none="No particular goal" value=f.goal() options=goal_options />
                <FormActions save="Save win" open />
            </form>
        </section>
    }
}
