//! The people page's lists: a contact (open it for details and its conversations) and a
//! conversation (with its "who else to talk to" names, each one click from a contact).

use chrono::NaiveDate;
use leptos::prelude::*;
use waymark_core::search::people::{contact_from_name, find_by_name, ContactStatus};
use waymark_core::search::{prefix, Contact, Conversation};

use crate::store::{clock, ids::new_id, locale, state::use_app};
use crate::ui::components::Icon;
use crate::ui::words::people as words;

/// A contact as the list shows it.
#[derive(Clone, PartialEq)]
pub struct ContactRow {
    pub contact: Contact,
    pub status: ContactStatus,
    pub conversations: Vec<Conversation>,
}

impl ContactRow {
    /// Changes whenever anything shown changes, so the row is drawn again.
    pub fn key(&self) -> String {
        let talks: Vec<String> = self
            .conversations
            .iter()
            .map(|c| format!("{}{}", c.id, c.updated_at.timestamp_millis()))
            .collect();
        format!(
            "{}:{}:{}:{}",
            self.contact.id,
            self.contact.updated_at.timestamp_millis(),
            self.status.due,
            talks.join(",")
        )
    }
}

/// "Organisation · Role", or whichever is there.
fn where_they_are(organisation: &str, role: &str) -> String {
    [role, organisation]
        .into_iter()
        .filter(|t| !t.trim().is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// What the list's buttons ask of the page.
#[derive(Clone, Copy)]
pub struct RowActions {
    pub edit: Callback<String>,
    pub delete: Callback<String>,
    pub talk: Callback<String>,
    pub edit_conversation: Callback<String>,
    pub delete_conversation: Callback<String>,
}

#[component]
pub fn ContactItem(row: ContactRow, actions: RowActions) -> impl IntoView {
    let l = locale::current();
    let c = row.contact;
    let id = c.id.clone();
    let (edit_id, delete_id, talk_id) = (id.clone(), id.clone(), id.clone());
    let place = where_they_are(&c.organisation, &c.role);
    let due = words::due_line(&l, &row.status);
    let last = words::last_line(&l, row.status.last_talked);
    let name = c.name.clone();
    let talks = row.conversations;
    let talk_count = talks.len();
    view! {
        <li class="contact" class:contact-due=row.status.due>
            <details>
                <summary>
                    <span class="contact-name" dir="auto">{c.name.clone()}</span>
                    {(!place.is_empty()).then(|| view! { <span class="contact-place muted" dir="auto">{place}</span> })}
                    <span class="contact-when">
                        {due.map(|d| view! {
                            <span class=if row.status.due { "badge badge-due" } else { "badge" }>{d}</span>
                        })}
                        <span class="muted">{last}</span>
                    </span>
                </summary>
                <div class="contact-body">
                    <dl class="contact-facts">
                        {(!c.how_we_met.is_empty()).then(|| view! { <dt>"How we met"</dt><dd dir="auto">{c.how_we_met.clone()}</dd> })}
                        {(!c.email.is_empty()).then(|| view! { <dt>"Email"</dt><dd dir="auto" class="copyable">{c.email.clone()}</dd> })}
                        {(!c.link.is_empty()).then(|| {
                            let label = format!("Profile link for {}", c.name);
                            view! {
                                <dt>"Link"</dt>
                                <dd><input class="copy-text" type="text" readonly aria-label=label value=c.link.clone() on:focus=|ev| {
                                    use wasm_bindgen::JsCast;
                                    if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                                        input.select();
                                    }
                                } /></dd>
                            }
                        })}
                        <dt>"Keep in touch"</dt><dd>{words::rhythm(c.keep_in_touch)}</dd>
                        {c.connected_on.map(|d| view! { <dt>"Connected"</dt><dd>{l.medium_date(d)}</dd> })}
                        {(!c.notes.is_empty()).then(|| view! { <dt>"Notes"</dt><dd dir="auto" class="pre-line">{c.notes.clone()}</dd> })}
                    </dl>
                    <div class="actions">
                        <button class="btn btn-secondary" on:click=move |_| actions.talk.run(talk_id.clone())>
                            <Icon name="plus" />" Record a conversation"
                        </button>
                        <button class="btn btn-quiet" on:click=move |_| actions.edit.run(edit_id.clone())>
                            <Icon name="edit" />" Change"
                        </button>
                        <button class="btn btn-quiet" on:click=move |_| actions.delete.run(delete_id.clone())>
                            <Icon name="trash" />
                            " Delete"
                            <span class="visually-hidden">{format!(" {name}")}</span>
                        </button>
                    </div>
                    <h3 class="contact-talks-title">{format!("Conversations ({talk_count})")}</h3>
                    {if talks.is_empty() {
                        view! { <p class="muted">"None recorded yet."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="talk-list">
                                {talks.into_iter().map(|t| view! { <ConversationItem talk=t actions heading=false /> }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                </div>
            </details>
        </li>
    }
}

/// One "who else to talk to" name: a button that makes it a contact, or a note that it is one.
#[component]
fn WhoNext(name: String, suggested_by: String, on: NaiveDate) -> impl IntoView {
    let app = use_app();
    let known = {
        let name = name.clone();
        Memo::new(move |_| {
            app.workbook
                .with(|wb| find_by_name(&wb.search.contacts, &name).is_some())
        })
    };
    let add = {
        let name = name.clone();
        move |_| {
            let how = words::suggested_by(&locale::current(), &suggested_by, on);
            let contact = contact_from_name(&name, how, new_id(prefix::CONTACT), clock::now());
            let added = contact.name.clone();
            app.update(|wb| wb.search.contacts.push(contact));
            app.tell(format!("{added} is now in your contacts."));
        }
    };
    let label = format!("Add {name} to contacts");
    view! {
        <li>
            <span dir="auto">{name.clone()}</span>
            {move || if known.get() {
                view! { <span class="badge">"In your contacts"</span> }.into_any()
            } else {
                view! {
                    <button class="btn btn-quiet btn-small" on:click=add.clone()>
                        <Icon name="plus" />
                        <span>{format!(" {label}")}</span>
                    </button>
                }.into_any()
            }}
        </li>
    }
}

#[component]
pub fn ConversationItem(talk: Conversation, actions: RowActions, heading: bool) -> impl IntoView {
    let l = locale::current();
    let (edit_id, delete_id) = (talk.id.clone(), talk.id.clone());
    let title = format!("{}, {}", l.medium_date(talk.date), talk.with_whom);
    let with = talk.with_whom.clone();
    let on = talk.date;
    let names = talk.who_next.clone();
    view! {
        <li class="talk">
            <div class="talk-head">
                {if heading {
                    view! { <h3 class="talk-title" dir="auto">{title.clone()}</h3> }.into_any()
                } else {
                    view! { <p class="talk-title" dir="auto"><strong>{title.clone()}</strong></p> }.into_any()
                }}
                <span class="talk-tags">
                    {talk.informational.then(|| view! { <span class="badge">"Informational interview"</span> })}
                    {talk.thank_you_sent.then(|| view! { <span class="badge">"Thank-you sent"</span> })}
                </span>
            </div>
            {(!talk.learned.is_empty()).then(|| view! {
                <p class="pre-line" dir="auto"><span class="talk-label">"Learned: "</span>{talk.learned.clone()}</p>
            })}
            {(!talk.fit_notes.is_empty()).then(|| view! {
                <p class="pre-line" dir="auto"><span class="talk-label">"Fit with my values and vision: "</span>{talk.fit_notes.clone()}</p>
            })}
            {(!names.is_empty()).then(|| view! {
                <div class="talk-next">
                    <p class="talk-label">"Who else to talk to"</p>
                    <ul>
                        {names.into_iter().map(|n| view! { <WhoNext name=n suggested_by=with.clone() on /> }).collect_view()}
                    </ul>
                </div>
            })}
            <div class="actions">
                <button class="btn btn-quiet btn-small" on:click=move |_| actions.edit_conversation.run(edit_id.clone())>
                    <Icon name="edit" />" Change"<span class="visually-hidden">{format!(" the conversation of {title}")}</span>
                </button>
                <button class="btn btn-quiet btn-small" on:click=move |_| actions.delete_conversation.run(delete_id.clone())>
                    <Icon name="trash" />" Delete"<span class="visually-hidden">{format!(" the conversation of {}", l.medium_date(on))}</span>
                </button>
            </div>
        </li>
    }
}
