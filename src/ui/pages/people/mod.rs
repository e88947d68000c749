//! People: the person's contacts (who is due a catch-up comes first), the conversations
//! they have had with them (informational interviews among them), and bringing in
//! LinkedIn connections. Rules are in `core::search::people` and `core::search::csv`.

mod contact;
mod conversation;
mod import;
mod list;

use leptos::prelude::*;
use waymark_core::goals::GapKind;
use waymark_core::search::people::{
    contact_list, conversations_newest_first, conversations_with, due_count,
};
use waymark_core::search::{Contact, Conversation};
use waymark_core::Workbook;

use crate::store::{
    clock, locale,
    state::{use_app, AppState},
};
use crate::ui::components::{focus_soon, EmptyState, Icon, PageHeader};
use crate::ui::words::people as words;
use contact::{contact_form, save_contact, ContactFormView, ContactText};
use conversation::{
    conversation_form, gap_value, save_conversation, ConversationFormView, ConversationText,
    LinkChoices,
};
use import::LinkedInImport;
use list::{ContactItem, ContactRow, ConversationItem, RowActions};

fn contacts_of(wb: &mut Workbook) -> &mut Vec<Contact> {
    &mut wb.search.contacts
}

fn conversations_of(wb: &mut Workbook) -> &mut Vec<Conversation> {
    &mut wb.search.conversations
}

/// Takes the first record `matching` out of a list, keeping it (and where it was) for
/// the undo bar, whose button then has focus.
fn take_out<T: Clone + Send + Sync + 'static>(
    app: AppState,
    list: fn(&mut Workbook) -> &mut Vec<T>,
    matching: impl Fn(&T) -> bool,
    kept: RwSignal<Option<(usize, T)>>,
    undo_id: &'static str,
) {
    let mut removed = None;
    app.update(|wb| {
        let records = list(wb);
        if let Some(at) = records.iter().position(&matching) {
            removed = Some((at, records.remove(at)));
        }
    });
    if removed.is_some() {
        kept.set(removed);
        focus_soon(undo_id);
    }
}

/// Puts the kept record back where it was.
fn put_back<T: Clone + Send + Sync + 'static>(
    app: AppState,
    list: fn(&mut Workbook) -> &mut Vec<T>,
    kept: RwSignal<Option<(usize, T)>>,
    then_focus: &'static str,
) {
    if let Some((at, record)) = kept.get_untracked() {
        app.update(|wb| {
            let records = list(wb);
            records.insert(at.min(records.len()), record);
        });
        kept.set(None);
        focus_soon(then_focus);
    }
}

/// What was just done, with the button that takes it back.
#[component]
pub fn UndoBar(
    id: &'static str,
    message: String,
    label: &'static str,
    on_undo: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="message undo-bar">
            <p dir="auto">{message}</p>
            <button id=id class="btn btn-secondary" on:click=move |_| on_undo.run(())>
                <Icon name="undo" />
                {format!(" {label}")}
            </button>
        </div>
    }
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let app = use_app();
    let contact = contact_form();
    let conversation = conversation_form();
    let contact_open = RwSignal::new(false);
    let conversation_open = RwSignal::new(false);
    let query = RwSignal::new(String::new());
    let deleted = RwSignal::new(None::<(usize, Contact)>);
    let deleted_talk = RwSignal::new(None::<(usize, Conversation)>);

    let mut restored = false;
    if contact.restore() {
        contact_open.set(true);
        restored = true;
    }
    if conversation.restore() {
        conversation_open.set(true);
        restored = true;
    }
    if restored {
        app.tell("What you were writing is just as you left it.");
    }
    contact.keep();
    conversation.keep();

    let today = clock::today();
    let any = Memo::new(move |_| {
        app.workbook
            .with(|wb| !wb.search.contacts.is_empty() || !wb.search.conversations.is_empty())
    });
    let has_contacts = Memo::new(move |_| app.workbook.with(|wb| !wb.search.contacts.is_empty()));
    let due = Memo::new(move |_| {
        app.workbook
            .with(|wb| due_count(&wb.search.contacts, &wb.search.conversations, today))
    });
    let rows = Memo::new(move |_| {
        let q = query.get();
        app.workbook.with(|wb| {
            let s = &wb.search;
            contact_list(&s.contacts, &s.conversations, &q, today)
                .into_iter()
                .map(|status| {
                    let contact = s.contacts[status.index].clone();
                    let conversations = conversations_with(&contact.id, &s.conversations)
                        .into_iter()
                        .cloned()
                        .collect();
                    ContactRow {
                        contact,
                        status,
                        conversations,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let talks = Memo::new(move |_| {
        app.workbook.with(|wb| {
            conversations_newest_first(&wb.search.conversations)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let choices = Memo::new(move |_| {
        app.workbook.with(|wb| {
            let mut contacts: Vec<(String, String)> = wb
                .search
                .contacts
                .iter()
                .map(|c| {
                    let label = if c.organisation.is_empty() {
                        c.name.clone()
                    } else {
                        format!("{} ({})", c.name, c.organisation)
                    };
                    (c.id.clone(), label)
                })
                .collect();
            waymark_core::sort::sort_by_key(&mut contacts, |(_, l)| l.to_lowercase());
            LinkChoices {
                contacts,
                applications: wb
                    .search
                    .applications
                    .iter()
                    .map(|a| (a.id.clone(), format!("{} at {}", a.role, a.organisation)))
                    .collect(),
                gap_items: wb
                    .gap_maps
                    .iter()
                    .flat_map(|m| {
                        m.items
                            .iter()
                            .filter(|i| i.kind == GapKind::Network)
                            .map(move |i| {
                                (gap_value(&m.id, &i.id), format!("{}: {}", m.role, i.name))
                            })
                    })
                    .collect(),
            }
        })
    });

    let save_contact_now = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let contacts = app.workbook.with_untracked(|wb| wb.search.contacts.clone());
        let Some((contacts, _)) = save_contact(contact, contacts) else {
            return;
        };
        let edited = contact.fields.with_untracked(|c| c.editing.is_some());
        app.update(|wb| wb.search.contacts = contacts);
        contact.clear(ContactText::fresh());
        contact_open.set(false);
        app.tell(if edited {
            "Contact saved."
        } else {
            "Contact added."
        });
        focus_soon("contacts-title");
    };
    let save_conversation_now = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let search = app.workbook.with_untracked(|wb| wb.search.clone());
        let Some(search) = save_conversation(conversation, search) else {
            return;
        };
        app.update(|wb| wb.search = search);
        conversation.clear(ConversationText::fresh(None));
        conversation_open.set(false);
        app.tell("Conversation saved.");
        focus_soon("talks-title");
    };

    let open_contact = move |text: ContactText| {
        contact.fields.set(text);
        contact.problems.set(Default::default());
        contact_open.set(true);
        focus_soon("contact-form-title");
    };
    let open_conversation = move |text: ConversationText| {
        conversation.fields.set(text);
        conversation.problems.set(Default::default());
        conversation_open.set(true);
        focus_soon("conversation-form-title");
    };
    let actions = RowActions {
        edit: Callback::new(move |id: String| {
            if let Some(c) = app
                .workbook
                .with_untracked(|wb| wb.search.contact(&id).cloned())
            {
                open_contact(ContactText::of(&c));
            }
        }),
        delete: Callback::new(move |id: String| {
            take_out(
                app,
                contacts_of,
                move |c: &Contact| c.id == id,
                deleted,
                "undo-contact",
            )
        }),
        talk: Callback::new(move |id: String| open_conversation(ConversationText::fresh(Some(id)))),
        edit_conversation: Callback::new(move |id: String| {
            if let Some(c) = app
                .workbook
                .with_untracked(|wb| wb.search.conversation(&id).cloned())
            {
                open_conversation(ConversationText::of(&c));
            }
        }),
        delete_conversation: Callback::new(move |id: String| {
            take_out(
                app,
                conversations_of,
                move |c: &Conversation| c.id == id,
                deleted_talk,
                "undo-conversation",
            )
        }),
    };
    let undo_contact =
        Callback::new(move |_| put_back(app, contacts_of, deleted, "contacts-title"));
    let undo_talk =
        Callback::new(move |_| put_back(app, conversations_of, deleted_talk, "talks-title"));

    view! {
        <div class="page people">
            <PageHeader
                title=crate::ui::words::pages::title("/people")
                lead=crate::ui::words::pages::lead("/people")
            >
                <Show when=move || !contact_open.get()>
                    <button type="button" class="btn btn-primary" on:click=move |_| open_contact(ContactText::fresh())>
                        <Icon name="plus" />
                        " Add someone"
                    </button>
                </Show>
                <Show when=move || !conversation_open.get()>
                    <button type="button" class="btn btn-secondary" on:click=move |_| open_conversation(ConversationText::fresh(None))>
                        <Icon name="people" />
                        " Record a conversation"
                    </button>
                </Show>
            </PageHeader>

            <Show when=move || contact_open.get()>
                <ContactFormView form=contact open=contact_open on_submit=save_contact_now />
            </Show>
            <Show when=move || conversation_open.get()>
                <ConversationFormView form=conversation open=conversation_open choices on_submit=save_conversation_now />
            </Show>

            {move || deleted.with(|d| d.as_ref().map(|(_, c)| view! {
                <UndoBar id="undo-contact" message=format!("Deleted \u{201c}{}\u{201d}.", c.name) label="Undo" on_undo=undo_contact />
            }))}
            {move || deleted_talk.with(Option::is_some).then(|| view! {
                <UndoBar id="undo-conversation" message="Conversation deleted.".to_string() label="Undo" on_undo=undo_talk />
            })}

            <Show
                when=move || any.get()
                fallback=|| view! {
                    <EmptyState icon="people" title=words::EMPTY_TITLE body=words::EMPTY_BODY />
                }
            >
                <section class="card" aria-labelledby="contacts-title">
                    <h2 id="contacts-title" tabindex="-1">"Contacts"</h2>
                    <Show
                        when=move || has_contacts.get()
                        fallback=|| view! { <p class="muted">"No contacts yet. Add someone, or bring in your LinkedIn connections below."</p> }
                    >
                        <p class="muted" data-testid="due-summary">{move || words::due_summary(&locale::current(), due.get())}</p>
                        <div class="field people-search">
                            <label for="people-search">"Find someone"</label>
                            <input
                                id="people-search"
                                type="search"
                                dir="auto"
                                placeholder="Name or organisation"
                                prop:value=move || query.get()
                                on:input=move |ev| query.set(event_target_value(&ev))
                            />
                        </div>
                        <Show
                            when=move || rows.with(|r| !r.is_empty())
                            fallback=|| view! { <p class="muted" role="status">"No one matches that name or organisation."</p> }
                        >
                            <ul class="contact-list">
                                <For each=move || rows.get() key=ContactRow::key let:row>
                                    <ContactItem row actions />
                                </For>
                            </ul>
                        </Show>
                    </Show>
                </section>

                <section class="card" aria-labelledby="talks-title">
                    <h2 id="talks-title" tabindex="-1">"Conversations"</h2>
                    <Show
                        when=move || talks.with(|t| !t.is_empty())
                        fallback=|| view! { <p class="muted">"No conversations recorded yet. After a coffee, a call or an informational interview, note what you learned and who they suggested you talk to next."</p> }
                    >
                        <ul class="talk-list">
                            <For
                                each=move || talks.get()
                                key=|t| format!("{}:{}", t.id, t.updated_at.timestamp_millis())
                                let:talk
                            >
                                <ConversationItem talk actions heading=true />
                            </For>
                        </ul>
                    </Show>
                </section>
            </Show>

            <LinkedInImport />
        </div>
    }
}
