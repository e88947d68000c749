//! Adding or changing a contact: the form, what is kept of it between visits, saving.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::{optional_date_text, parse_date};
use waymark_core::search::people::{save_contact as save, ContactDraft, Problem};
use waymark_core::search::{prefix, Contact, KeepInTouch};

use crate::store::{clock, ids::new_id};
use crate::ui::components::fields::{
    ChoiceField, DateField, FormActions, LongTextField, ProblemSummary, TextField,
};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::people as words;

/// A contact as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ContactText {
    /// The contact being changed; none for a new one.
    pub editing: Option<String>,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub how_we_met: String,
    pub email: String,
    pub link: String,
    pub notes: String,
    /// A [`KeepInTouch`] key.
    pub keep_in_touch: String,
    pub last_talked: String,
}

impl Draft for ContactText {
    const KEY: &'static str = "contact";
    fn is_blank(&self) -> bool {
        [
            &self.name,
            &self.organisation,
            &self.role,
            &self.how_we_met,
            &self.email,
            &self.link,
            &self.notes,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

impl ContactText {
    pub fn fresh() -> Self {
        ContactText {
            keep_in_touch: KeepInTouch::None.key().into(),
            ..Default::default()
        }
    }

    pub fn of(c: &Contact) -> Self {
        let d = ContactDraft::of(c);
        ContactText {
            editing: Some(c.id.clone()),
            name: d.name,
            organisation: d.organisation,
            role: d.role,
            how_we_met: d.how_we_met,
            email: d.email,
            link: d.link,
            notes: d.notes,
            keep_in_touch: d.keep_in_touch.key().into(),
            last_talked: optional_date_text(d.last_talked),
        }
    }
}

pub type ContactForm = Form<ContactText>;

pub fn contact_form() -> ContactForm {
    Form::new("contact-problems", ContactText::fresh())
}

/// Saves the typed contact into a copy of `contacts`; on a problem, says what and where.
pub fn save_contact(
    form: ContactForm,
    mut contacts: Vec<Contact>,
) -> Option<(Vec<Contact>, String)> {
    let typed = form.value();
    let mut problems = Problems::default();
    let last_talked = parse_date(&typed.last_talked);
    if !typed.last_talked.trim().is_empty() && last_talked.is_none() {
        problems.add("contact-last", words::PICK_LAST_TALKED);
    }
    let draft = ContactDraft {
        name: typed.name,
        organisation: typed.organisation,
        role: typed.role,
        how_we_met: typed.how_we_met,
        email: typed.email,
        link: typed.link,
        notes: typed.notes,
        keep_in_touch: KeepInTouch::from_key(&typed.keep_in_touch).unwrap_or_default(),
        last_talked,
    };
    let saved = save(
        &mut contacts,
        typed.editing.as_deref(),
        draft,
        new_id(prefix::CONTACT),
        clock::now(),
    );
    let id = match saved {
        Ok(id) => Some(id),
        Err(found) => {
            for p in found {
                match p {
                    Problem::NoName => problems.add("contact-name", words::problem(p)),
                    _ => problems.add_general(words::problem(p)),
                }
            }
            None
        }
    };
    if form.check(problems) {
        id.map(|id| (contacts, id))
    } else {
        None
    }
}

#[component]
pub fn ContactFormView<F>(form: ContactForm, open: RwSignal<bool>, on_submit: F) -> impl IntoView
where
    F: Fn(leptos::ev::SubmitEvent) + 'static,
{
    let f = form.fields;
    let title = move || {
        if f.editing().with(Option::is_some) {
            "Change contact"
        } else {
            "Add someone"
        }
    };
    view! {
        <section class="card people-form" aria-labelledby="contact-form-title">
            <h2 id="contact-form-title" tabindex="-1">{title}</h2>
            <form on:submit=on_submit novalidate>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <TextField id="contact-name" label="Name" value=f.name() problem=form.problem("contact-name") autocomplete="off" />
                <div class="people-form-pair">
                    <TextField id="contact-organisation" label="Organisation" optional=true value=f.organisation() />
                    <TextField id="contact-role" label="Role" optional=true value=f.role() />
                </div>
                <TextField id="contact-met" label="How you met" optional=true value=f.how_we_met() hint="A course, a former team, an introduction from a friend…" maxlength=300 />
                <div class="people-form-pair">
                    <TextField id="contact-email" label="Email" optional=true value=f.email() inputmode="email" autocomplete="off" maxlength=254 />
                    <TextField id="contact-link" label="Profile link" optional=true value=f.link() hint="Kept as text to copy; Waymark never opens it." maxlength=500 />
                </div>
                <div class="people-form-pair">
                    <ChoiceField id="contact-rhythm" label="Keep in touch" value=f.keep_in_touch() options=Signal::derive(words::rhythm_options) />
                    <DateField id="contact-last" label="Last talked" optional=true value=f.last_talked() problem=form.problem("contact-last") hint="Conversations you record here count too." />
                </div>
                <LongTextField id="contact-notes" label="Notes" optional=true value=f.notes() />
                <FormActions save="Save contact" open />
            </form>
        </section>
    }
}
