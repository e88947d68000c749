//! Recording a conversation (an informational interview among them): the form, what is
//! kept of it between visits, and saving it.

use leptos::prelude::*;
use reactive_stores::{Field, Store};
use serde::{Deserialize, Serialize};
use waymark_core::forms::{date_text, parse_date};
use waymark_core::search::people::{save_conversation as save, ConversationDraft, Problem};
use waymark_core::search::{prefix, Conversation, GapItemRef, Search};

use crate::store::{clock, ids::new_id};
use crate::ui::components::fields::{
    ChoiceField, DateField, FormActions, LongTextField, ProblemSummary, TextField, TextRows,
};
use crate::ui::form::{text_rows, Draft, Form, Problems, TextRow};
use crate::ui::words::people as words;

/// A conversation as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ConversationText {
    /// The conversation being changed; none for a new one.
    pub editing: Option<String>,
    pub date: String,
    /// A contact's id, or empty.
    pub contact: String,
    pub with_whom: String,
    pub informational: bool,
    pub learned: String,
    pub fit_notes: String,
    pub who_next: Vec<TextRow>,
    pub thank_you_sent: bool,
    /// An application's id, or empty.
    pub application: String,
    /// A gap item as `map id/item id`, or empty.
    pub gap_item: String,
}

impl Draft for ConversationText {
    const KEY: &'static str = "conversation";
    fn is_blank(&self) -> bool {
        self.with_whom.trim().is_empty()
            && self.contact.is_empty()
            && self.learned.trim().is_empty()
            && self.fit_notes.trim().is_empty()
            && self.who_next.iter().all(|r| r.text.trim().is_empty())
    }
    fn restored(&mut self) {
        crate::ui::form::renumber(&mut self.who_next);
    }
}

impl ConversationText {
    /// A conversation today, with `contact` when it starts from one.
    pub fn fresh(contact: Option<String>) -> Self {
        ConversationText {
            date: date_text(clock::today()),
            contact: contact.unwrap_or_default(),
            ..Default::default()
        }
    }

    pub fn of(c: &Conversation) -> Self {
        let d = ConversationDraft::of(c);
        ConversationText {
            editing: Some(c.id.clone()),
            date: date_text(d.date),
            contact: d.contact_id.unwrap_or_default(),
            // A linked contact's name is kept for when the contact goes; shown only
            // when it is typed.
            with_whom: if c.contact_id.is_some() {
                String::new()
            } else {
                d.with_whom
            },
            informational: d.informational,
            learned: d.learned,
            fit_notes: d.fit_notes,
            who_next: text_rows(d.who_next),
            thank_you_sent: d.thank_you_sent,
            application: d.application_id.unwrap_or_default(),
            gap_item: d
                .gap_item
                .map(|g| gap_value(&g.map_id, &g.item_id))
                .unwrap_or_default(),
        }
    }
}

/// A gap item as one choice's value.
pub fn gap_value(map_id: &str, item_id: &str) -> String {
    format!("{map_id}/{item_id}")
}

pub type ConversationForm = Form<ConversationText>;

pub fn conversation_form() -> ConversationForm {
    Form::new("conversation-problems", ConversationText::fresh(None))
}

/// Saves the typed conversation into a copy of `search`; on a problem, says what and where.
pub fn save_conversation(form: ConversationForm, mut search: Search) -> Option<Search> {
    let typed = form.value();
    let mut problems = Problems::default();
    let date = parse_date(&typed.date);
    if date.is_none() {
        problems.add("conversation-date", words::PICK_DATE);
    }
    let draft = ConversationDraft {
        date: date.unwrap_or_else(clock::today),
        contact_id: Some(typed.contact).filter(|c| !c.is_empty()),
        with_whom: typed.with_whom,
        informational: typed.informational,
        learned: typed.learned,
        fit_notes: typed.fit_notes,
        who_next: typed.who_next.into_iter().map(|r| r.text).collect(),
        thank_you_sent: typed.thank_you_sent,
        application_id: Some(typed.application).filter(|a| !a.is_empty()),
        gap_item: typed.gap_item.split_once('/').map(|(m, i)| GapItemRef {
            map_id: m.into(),
            item_id: i.into(),
        }),
    };
    let saved = save(
        &mut search,
        typed.editing.as_deref(),
        draft,
        new_id(prefix::CONVERSATION),
        clock::today(),
        clock::now(),
    );
    if let Err(found) = saved {
        for p in found {
            match p {
                Problem::NoOneNamed => problems.add("conversation-who", words::problem(p)),
                Problem::FutureDate => problems.add("conversation-date", words::problem(p)),
                Problem::NoName => problems.add_general(words::problem(p)),
            }
        }
    }
    form.check(problems).then_some(search)
}

/// A yes/no box with its label.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<bool>,
) -> impl IntoView {
    view! {
        <div class="field check-field">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=move || value.get()
                on:change=move |ev| value.set(event_target_checked(&ev))
            />
            <label for=id>{label}</label>
        </div>
    }
}

fn who_next_label(n: usize) -> String {
    format!("Person to talk to {n}")
}

fn remove_who_next(n: usize) -> String {
    format!("Remove person to talk to {n}")
}

/// The choices a conversation can link to: contacts, applications, gap-map items.
#[derive(Clone, Default, PartialEq)]
pub struct LinkChoices {
    pub contacts: Vec<(String, String)>,
    pub applications: Vec<(String, String)>,
    pub gap_items: Vec<(String, String)>,
}

#[component]
pub fn ConversationFormView<F>(
    form: ConversationForm,
    open: RwSignal<bool>,
    choices: Memo<LinkChoices>,
    on_submit: F,
) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    let title = move || {
        if f.editing().with(Option::is_some) {
            "Change conversation"
        } else {
            "Record a conversation"
        }
    };
    let contacts = Signal::derive(move || choices.with(|c| c.contacts.clone()));
    let applications = Signal::derive(move || choices.with(|c| c.applications.clone()));
    let gap_items = Signal::derive(move || choices.with(|c| c.gap_items.clone()));
    view! {
        <section class="card people-form" aria-labelledby="conversation-form-title">
            <h2 id="conversation-form-title" tabindex="-1">{title}</h2>
            <p class="muted">"A coffee, a call, an informational interview: what you learn from people is worth keeping."</p>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <DateField id="conversation-date" label="When" value=f.date() problem=form.problem("conversation-date") />
                <div class="people-form-pair">
                    <ChoiceField id="conversation-contact" label="With one of your contacts" optional=true none="Someone not in my contacts" value=f.contact() options=contacts />
                    <TextField id="conversation-who" label="Or their name" optional=true value=f.with_whom() problem=form.problem("conversation-who") hint="For someone not in your contacts." />
                </div>
                <CheckField id="conversation-informational" label="An informational interview (a conversation to learn about a role or a field)" value=f.informational() />
                <LongTextField id="conversation-learned" label="What I learned" optional=true value=f.learned() rows=4 />
                <LongTextField id="conversation-fit" label="How it fits my values and vision" optional=true value=f.fit_notes() />
                <fieldset class="field">
                    <legend>"Who else to talk to " <span class="optional">"(optional)"</span></legend>
                    <p class="hint">"Names they suggested. You can add each one to your contacts later with one click."</p>
                    <TextRows id="conversation-next" rows=f.who_next() row_label=who_next_label remove_label=remove_who_next add_label="Add a name" maxlength=160 most=20 />
                </fieldset>
                <CheckField id="conversation-thanks" label="Thank-you sent" value=f.thank_you_sent() />
                <div class="people-form-pair">
                    <ChoiceField id="conversation-application" label="About an application" optional=true none="None" value=f.application() options=applications />
                    <ChoiceField id="conversation-gap" label="For a gap-map item" optional=true none="None" value=f.gap_item() options=gap_items />
                </div>
                <FormActions save="Save conversation" open />
            </form>
        </section>
    }
}
