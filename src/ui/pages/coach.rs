//! Coach tools: building a program and sharing it as a link (`/coach`), opening a
//! program link anywhere in the app (preview, then add or not), the program card on
//! the dashboard, and the read-only review of a client's file (`/coach/review`).
//! The rules live in `waymark_core::program` and `waymark_core::share`.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use waymark_core::{
    checkins::Cadence,
    content,
    goals::TemplateId,
    program::{self, Accepted, Field, NextStep, Program},
    report, share, Workbook,
};

use crate::store::{clock, drafts, state::use_app};
use crate::ui::components::{use_go, Icon, PageHeader, ProgressBar, A};

/// Coach-side state kept in memory only: the program being built and a client's file
/// under review. Neither is ever saved or merged into the workbook.
#[derive(Clone, Copy)]
pub struct CoachState {
    pub review: RwSignal<Option<Review>>,
    draft: Draft,
}

/// A client's workbook opened for review, and the file it came from.
#[derive(Clone, PartialEq)]
pub struct Review {
    pub file: String,
    pub workbook: Workbook,
}

#[derive(Clone, Copy)]
struct Draft {
    coach: RwSignal<String>,
    contact: RwSignal<String>,
    welcome: RwSignal<String>,
    instruments: RwSignal<Vec<String>>,
    questions: RwSignal<Vec<(u32, RwSignal<String>)>>,
    next_question: StoredValue<u32>,
    templates: RwSignal<Vec<String>>,
    cadence: RwSignal<Option<Cadence>>,
    /// The app-wide owner the question fields belong to, so a field made from a button
    /// (add, undo) lives as long as the builder rather than the button.
    owner: StoredValue<Owner>,
}

/// Where the program being built is kept between visits.
const PROGRAM_DRAFT: &str = "program";

impl Draft {
    /// A question field that lives as long as the builder.
    fn question(&self, text: String) -> RwSignal<String> {
        self.owner.with_value(|o| o.with(|| RwSignal::new(text)))
    }

    /// The program as typed so far, and whether nothing has been chosen or written yet.
    fn snapshot(&self) -> (Program, bool) {
        let mut p = Program::new(chrono::DateTime::UNIX_EPOCH);
        p.coach = self.coach.get();
        p.contact = self.contact.get();
        p.welcome = self.welcome.get();
        p.instruments = self.instruments.get();
        p.questions = self
            .questions
            .with(|qs| qs.iter().map(|(_, q)| q.get()).collect());
        p.templates = self.templates.get();
        p.cadence = self.cadence.get();
        let empty = [&p.coach, &p.contact, &p.welcome]
            .iter()
            .all(|t| t.trim().is_empty())
            && p.instruments.is_empty()
            && p.questions.iter().all(|q| q.trim().is_empty())
            && p.templates.is_empty()
            && p.cadence.is_none();
        (p, empty)
    }

    /// Starts from the program kept from an earlier visit, if any.
    fn restored() -> Draft {
        let draft = Draft {
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            coach: RwSignal::new(String::new()),
            contact: RwSignal::new(String::new()),
            welcome: RwSignal::new(String::new()),
            instruments: RwSignal::new(Vec::new()),
            questions: RwSignal::new(Vec::new()),
            next_question: StoredValue::new(0),
            templates: RwSignal::new(Vec::new()),
            cadence: RwSignal::new(None),
        };
        if let Some(kept) = drafts::load::<Program>(PROGRAM_DRAFT) {
            draft.load(kept);
        }
        draft
    }

    /// Fills the builder with `p` (an empty program clears it).
    fn load(&self, p: Program) {
        self.coach.set(p.coach);
        self.contact.set(p.contact);
        self.welcome.set(p.welcome);
        self.instruments.set(p.instruments);
        let first = self.next_question.get_value();
        self.next_question
            .set_value(first + p.questions.len() as u32);
        self.questions.set(
            p.questions
                .into_iter()
                .enumerate()
                .map(|(i, q)| (first + i as u32, self.question(q)))
                .collect(),
        );
        self.templates.set(p.templates);
        self.cadence.set(p.cadence);
    }
}

/// Provides the coach state; called once by the app shell. The program being built is
/// kept on this device, so a coach can come back to it later.
pub fn provide_coach_state() {
    let draft = Draft::restored();
    drafts::keep(PROGRAM_DRAFT, move || draft.snapshot());
    provide_context(CoachState {
        review: RwSignal::new(None),
        draft,
    });
}

fn use_coach() -> CoachState {
    expect_context::<CoachState>()
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

// ---------------------------------------------------------------------------------------
// /coach: build a program
// ---------------------------------------------------------------------------------------

#[component]
pub fn CoachPage() -> impl IntoView {
    let coach = use_coach();
    let d = coach.draft;
    let program = Memo::new(move |_| d.snapshot().0);
    // created_at changes on every edit; the link uses a stable time per page visit.
    let started = StoredValue::new(clock::now());
    let shared = Memo::new(move |_| {
        let mut p = program.get().tidied();
        p.created_at = started.get_value();
        p
    });
    let problems = Memo::new(move |_| shared.with(|p| p.problems()));
    let raw_problems = Memo::new(move |_| program.with(|p| p.problems()));
    let problem_for = move |f: Field| {
        raw_problems.with(|ps| {
            ps.iter()
                .filter(|p| p.field == f)
                .map(|p| p.message.clone())
                .collect::<Vec<_>>()
                .join(" ")
        })
    };
    let link = Memo::new(move |_| {
        problems
            .with(|ps| ps.is_empty())
            .then(|| share::link(&app_address(), &shared.get()))
    });

    view! {
        <div class="page coach-page">
            <PageHeader
                title="For coaches"
                lead="Prepare a program for your clients and share it as one link, or open a client's backup file to read it. Nothing leaves this device unless you send it."
            />
            <div class="coach-layout">
                <form class="card coach-builder" aria-labelledby="builder-title" on:submit=|ev| ev.prevent_default()>
                    <h2 id="builder-title">"Build a program"</h2>
                    <div class="field">
                        <label for="coach-name">"Your name"</label>
                        <input id="coach-name" type="text" autocomplete="name" maxlength="120"
                            aria-describedby="coach-name-error"
                            prop:value=move || d.coach.get()
                            on:input=move |ev| d.coach.set(event_target_value(&ev)) />
                        <p id="coach-name-error" class="field-error">{move || problem_for(Field::Coach)}</p>
                    </div>
                    <div class="field">
                        <label for="coach-contact">"How clients can reach you " <span class="optional">"(optional)"</span></label>
                        <input id="coach-contact" type="text" maxlength="200"
                            aria-describedby="coach-contact-error"
                            placeholder="An email address, a phone number or a booking page"
                            prop:value=move || d.contact.get()
                            on:input=move |ev| d.contact.set(event_target_value(&ev)) />
                        <p id="coach-contact-error" class="field-error">{move || problem_for(Field::Contact)}</p>
                    </div>
                    <div class="field">
                        <label for="coach-welcome">"Welcome message"</label>
                        <textarea id="coach-welcome" rows="5"
                            aria-describedby="coach-welcome-count coach-welcome-error"
                            prop:value=move || d.welcome.get()
                            on:input=move |ev| d.welcome.set(event_target_value(&ev))></textarea>
                        <p id="coach-welcome-count" class="muted small">
                            {move || format!("{} of {} characters", d.welcome.with(|w| w.chars().count()), program::MAX_WELCOME)}
                        </p>
                        <p id="coach-welcome-error" class="field-error">{move || problem_for(Field::Welcome)}</p>
                    </div>
                    <InstrumentPicker instruments=d.instruments />
                    <QuestionsEditor d=d problem_for=problem_for />
                    <fieldset class="field choices">
                        <legend>"Goal templates to suggest"</legend>
                        {TemplateId::ALL.into_iter().map(|t| {
                            let key = t.key().to_string();
                            let k2 = key.clone();
                            view! {
                                <label class="choice">
                                    <input type="checkbox"
                                        prop:checked=move || d.templates.with(|l| l.contains(&key))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            d.templates.update(|l| {
                                                l.retain(|x| x != &k2);
                                                if on {
                                                    l.push(k2.clone());
                                                }
                                            });
                                        } />
                                    <span>{t.template().label}</span>
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <fieldset class="field choices">
                        <legend>"Suggested check-in rhythm"</legend>
                        <label class="choice">
                            <input type="radio" name="coach-cadence"
                                prop:checked=move || d.cadence.get().is_none()
                                on:change=move |_| d.cadence.set(None) />
                            <span>"No suggestion"</span>
                        </label>
                        {Cadence::ALL.into_iter().map(|c| view! {
                            <label class="choice">
                                <input type="radio" name="coach-cadence" value=c.key()
                                    prop:checked=move || d.cadence.get() == Some(c)
                                    on:change=move |_| d.cadence.set(Some(c)) />
                                <span>{c.label()}</span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <StartAfresh d />
                </form>

                <div class="coach-side">
                    <section class="card coach-share" aria-labelledby="share-title">
                        <h2 id="share-title">"Share it"</h2>
                        {move || match link.get() {
                            Some(url) => view! { <ShareLink url=url /> }.into_any(),
                            None => view! {
                                <div class="message" role="status">
                                    <p>"The link appears here once the program is ready:"</p>
                                    <ul>
                                        {problems.get().into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}
                                    </ul>
                                </div>
                            }.into_any(),
                        }}
                    </section>
                    <section class="card coach-preview" aria-labelledby="preview-title">
                        <h2 id="preview-title">"What your client will see"</h2>
                        {move || view! { <ProgramView program=shared.get() /> }}
                    </section>
                </div>
            </div>
            <ReviewOpener />
        </div>
    }
}

#[component]
fn InstrumentPicker(instruments: RwSignal<Vec<String>>) -> impl IntoView {
    let move_by = move |id: String, delta: isize| {
        instruments.update(|l| {
            if let Some(i) = l.iter().position(|x| *x == id) {
                let j = i as isize + delta;
                if j >= 0 && (j as usize) < l.len() {
                    l.swap(i, j as usize);
                }
            }
        });
    };
    view! {
        <fieldset class="field choices">
            <legend>"Exercises, in the order to do them"</legend>
            {content::ALL.iter().map(|inst| {
                let id = inst.id.to_string();
                let id2 = id.clone();
                view! {
                    <label class="choice">
                        <input type="checkbox"
                            prop:checked=move || instruments.with(|l| l.contains(&id))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                instruments.update(|l| {
                                    l.retain(|x| x != &id2);
                                    if on {
                                        l.push(id2.clone());
                                    }
                                });
                            } />
                        <span>{inst.title}<span class="muted">{format!(" · about {} min", inst.minutes)}</span></span>
                    </label>
                }
            }).collect_view()}
            <Show when=move || instruments.with(|l| l.len() > 1)>
                <p class="muted small" id="order-help">"Your order:"</p>
                <ol class="coach-order" aria-describedby="order-help">
                    <For each=move || instruments.get() key=|id| id.clone() let:id>
                        {
                            let title = content::instrument(&id).map_or("", |i| i.title);
                            let (up, down) = (id.clone(), id.clone());
                            let first = { let id = id.clone(); move || instruments.with(|l| l.first() == Some(&id)) };
                            let last = { let id = id.clone(); move || instruments.with(|l| l.last() == Some(&id)) };
                            view! {
                                <li>
                                    <span class="coach-order-title">{title}</span>
                                    <button type="button" class="btn btn-quiet icon-btn" aria-label=format!("Move {title} earlier")
                                        disabled=first on:click=move |_| move_by(up.clone(), -1)><Icon name="up" /></button>
                                    <button type="button" class="btn btn-quiet icon-btn" aria-label=format!("Move {title} later")
                                        disabled=last on:click=move |_| move_by(down.clone(), 1)><Icon name="down" /></button>
                                </li>
                            }
                        }
                    </For>
                </ol>
            </Show>
            <p class="field-error">{move || {
                let l = instruments.get();
                let mut p = Program::new(clock::now());
                p.instruments = l;
                p.problems().into_iter().filter(|x| x.field == Field::Instruments).map(|x| x.message).collect::<Vec<_>>().join(" ")
            }}</p>
        </fieldset>
    }
}

#[component]
fn QuestionsEditor(
    d: Draft,
    problem_for: impl Fn(Field) -> String + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let add = move |_| {
        let n = d.next_question.get_value();
        d.next_question.set_value(n + 1);
        d.questions
            .update(|qs| qs.push((n, d.question(String::new()))));
        // Put the cursor in the new question.
        set_timeout(
            move || {
                if let Some(el) = window()
                    .and_then(|w| w.document())
                    .and_then(|doc| doc.get_element_by_id(&format!("coach-q-{n}")))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            },
            std::time::Duration::from_millis(0),
        );
    };
    view! {
        <fieldset class="field coach-questions">
            <legend>"Your own reflection questions"</legend>
            <p class="muted small">"Your client answers these in their workbook. Up to " {program::MAX_QUESTIONS} "."</p>
            <ol>
                <For each=move || d.questions.get() key=|(n, _)| *n let:q>
                    {
                        let (n, text) = q;
                        let position = move || d.questions.with(|qs| qs.iter().position(|(m, _)| *m == n).unwrap_or(0));
                        view! {
                            <li class="coach-question">
                                <label for=format!("coach-q-{n}") class="visually-hidden">{move || format!("Question {}", position() + 1)}</label>
                                <input id=format!("coach-q-{n}") type="text" maxlength="400"
                                    aria-describedby=format!("coach-q-{n}-error")
                                    prop:value=move || text.get()
                                    on:input=move |ev| text.set(event_target_value(&ev)) />
                                <button type="button" class="btn btn-quiet icon-btn"
                                    aria-label=move || format!("Remove question {}", position() + 1)
                                    on:click=move |_| d.questions.update(|qs| qs.retain(|(m, _)| *m != n))>
                                    <Icon name="trash" />
                                </button>
                                <p id=format!("coach-q-{n}-error") class="field-error">{move || problem_for(Field::Question(position()))}</p>
                            </li>
                        }
                    }
                </For>
            </ol>
            <p class="field-error">{move || problem_for(Field::Questions)}</p>
            <button type="button" class="btn btn-secondary" on:click=add
                disabled=move || d.questions.with(|q| q.len() >= program::MAX_QUESTIONS)>
                <Icon name="plus" />" Add a question"
            </button>
        </fieldset>
    }
}

/// Empties the builder for the next client's program, after asking; the program as it
/// was can be brought back straight afterwards.
#[component]
fn StartAfresh(d: Draft) -> impl IntoView {
    let asking = RwSignal::new(false);
    let previous = RwSignal::new(None::<Program>);
    let clear = move |_| {
        let (before, _) = d.snapshot();
        d.load(Program::new(chrono::DateTime::UNIX_EPOCH));
        previous.set(Some(before));
        asking.set(false);
        crate::ui::components::focus_soon("undo-afresh");
    };
    let undo = move |_| {
        if let Some(p) = previous.get_untracked() {
            d.load(p);
        }
        previous.set(None);
        crate::ui::components::focus_soon("start-afresh");
    };
    // Only whether the builder is empty, so typing doesn't redraw this part.
    let empty = Memo::new(move |_| d.snapshot().1);
    view! {
        <div class="coach-afresh">
            {move || {
                if previous.with(Option::is_some) {
                    view! {
                        <div class="message undo-bar">
                            <p>"The builder is empty and ready for the next program."</p>
                            <button id="undo-afresh" type="button" class="btn btn-secondary" on:click=undo><Icon name="undo" />" Undo"</button>
                        </div>
                    }.into_any()
                } else if asking.get() {
                    view! {
                        <div class="message" role="group" aria-label="Start a new program">
                            <p>"Clear everything in this program to start a new one? Links you already shared keep working."</p>
                            <div class="actions">
                                <button id="confirm-afresh" type="button" class="btn btn-danger" on:click=clear>"Yes, clear it"</button>
                                <button type="button" class="btn btn-quiet" on:click=move |_| {
                                    asking.set(false);
                                    crate::ui::components::focus_soon("start-afresh");
                                }>"Keep it"</button>
                            </div>
                        </div>
                    }.into_any()
                } else if empty.get() {
                    view! {
                        <p class="muted">"What you put together here is kept on this device until you clear it."</p>
                    }.into_any()
                } else {
                    view! {
                        <p class="muted">"What you put together here is kept on this device until you clear it."</p>
                        <button id="start-afresh" type="button" class="btn btn-quiet" on:click=move |_| {
                            asking.set(true);
                            crate::ui::components::focus_soon("confirm-afresh");
                        }>"Start a new program…"</button>
                    }.into_any()
                }
            }}
        </div>
    }
}

/// The link in a read-only field, its length, and a copy button with a fallback.
#[component]
fn ShareLink(url: String) -> impl IntoView {
    let field = NodeRef::<leptos::html::Input>::new();
    let status = RwSignal::new(String::new());
    let len = url.chars().count();
    let url2 = url.clone();
    let select_field = move || {
        if let Some(input) = field.get_untracked() {
            let _ = input.focus();
            input.select();
        }
    };
    let copy = move |_| {
        let text = url2.clone();
        let clipboard = window()
            .map(|w| JsValue::from(w.navigator()))
            .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("clipboard")).ok())
            .filter(|c| !c.is_undefined() && !c.is_null());
        let write = clipboard.as_ref().and_then(|c| {
            js_sys::Reflect::get(c, &JsValue::from_str("writeText"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()
        });
        match (clipboard, write) {
            (Some(c), Some(f)) => match f.call1(&c, &JsValue::from_str(&text)) {
                Ok(promise) => {
                    let promise = js_sys::Promise::resolve(&promise);
                    leptos::task::spawn_local(async move {
                        match wasm_bindgen_futures::JsFuture::from(promise).await {
                            Ok(_) => status.set(
                                "Copied. Paste it into an email or message to your client.".into(),
                            ),
                            Err(_) => {
                                select_field();
                                status.set("Your browser didn't allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
                            }
                        }
                    });
                }
                Err(_) => {
                    select_field();
                    status.set("Your browser didn't allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
                }
            },
            _ => {
                select_field();
                status.set("The link is selected: press Ctrl+C (or ⌘C) to copy it.".into());
            }
        }
    };
    view! {
        <div class="field">
            <label for="program-link">"Program link"</label>
            <input id="program-link" type="text" readonly prop:value=url.clone()
                aria-describedby="program-link-length"
                on:focus=move |_| select_field() />
            <p id="program-link-length" class="muted small">{format!("{len} characters — short enough for an email.")}</p>
        </div>
        <div class="actions">
            <button type="button" class="btn btn-primary" on:click=copy><Icon name="save" />" Copy link"</button>
        </div>
        <p role="status" class="coach-copy-status">{move || status.get()}</p>
        <p class="muted small">"The program travels inside the link itself. When your client opens it, Waymark shows them what's in it and asks before adding anything."</p>
    }
}

/// A program as the client sees it: who it's from, the welcome and every step.
#[component]
fn ProgramView(program: Program, #[prop(default = 2)] heading_level: u8) -> impl IntoView {
    let h = move |text: String| -> AnyView {
        if heading_level <= 2 {
            view! { <h3>{text}</h3> }.into_any()
        } else {
            view! { <h4>{text}</h4> }.into_any()
        }
    };
    let from = format!("From {}", program.coach_label());
    let exercises = program.known_instruments();
    let templates = program.known_templates();
    view! {
        <div class="program-view">
            <p class="program-from"><strong dir="auto">{from}</strong></p>
            {(!program.contact.is_empty()).then(|| view! { <p class="muted" dir="auto">{program.contact.clone()}</p> })}
            {(!program.welcome.is_empty()).then(|| view! { <p class="program-welcome" dir="auto">{program.welcome.clone()}</p> })}
            {(!exercises.is_empty()).then(|| view! {
                {h("Exercises".into())}
                <ol>{exercises.iter().map(|i| view! { <li>{i.title}<span class="muted">{format!(" · about {} min", i.minutes)}</span></li> }).collect_view()}</ol>
            })}
            {(!program.questions.is_empty()).then(|| view! {
                {h("Questions to reflect on".into())}
                <ul>{program.questions.iter().map(|q| view! { <li dir="auto">{q.clone()}</li> }).collect_view()}</ul>
            })}
            {(!templates.is_empty()).then(|| view! {
                {h("Goals to consider".into())}
                <ul>{templates.iter().map(|t| view! { <li>{t.template().label}</li> }).collect_view()}</ul>
            })}
            {program.cadence.map(|c| view! {
                {h("Check-ins".into())}
                <p>{format!("Suggested rhythm: {}", c.label().to_lowercase())}</p>
            })}
            {program.has_no_steps().then(|| view! { <p class="muted">"No steps yet. Choose exercises, questions, goal templates or a check-in rhythm."</p> })}
        </div>
    }
}

// ---------------------------------------------------------------------------------------
// Opening a program link anywhere in the app
// ---------------------------------------------------------------------------------------

/// Whether the address carries a coach's program (`#program=…`).
pub fn has_program_link() -> bool {
    share::find_in_hash(&current_hash()).is_some()
}

fn current_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address without adding a history entry.
fn clear_hash() {
    let Some(w) = window() else { return };
    let loc = w.location();
    let path = loc.pathname().unwrap_or_default() + &loc.search().unwrap_or_default();
    let replaced = js_sys::Reflect::get(&w, &JsValue::from_str("history"))
        .ok()
        .and_then(|h| {
            let f = js_sys::Reflect::get(&h, &JsValue::from_str("replaceState"))
                .ok()?
                .dyn_into::<js_sys::Function>()
                .ok()?;
            f.call3(
                &h,
                &JsValue::NULL,
                &JsValue::from_str(""),
                &JsValue::from_str(&path),
            )
            .ok()
        })
        .is_some();
    if !replaced {
        let _ = loc.set_hash("");
    }
}

#[derive(Clone, PartialEq)]
enum Incoming {
    Ready(Program),
    Broken(String),
}

/// Watches the address for `#program=…` (at start and on every change) and shows the
/// program for the person to accept or not. Mounted once by the app shell.
#[component]
pub fn ProgramInbox() -> impl IntoView {
    let app = use_app();
    let go = use_go();
    let incoming = RwSignal::new(None::<Incoming>);
    let check = move || {
        let hash = current_hash();
        if let Some(text) = share::find_in_hash(&hash) {
            incoming.set(Some(match share::decode(text) {
                Ok(p) => Incoming::Ready(p),
                Err(e) => Incoming::Broken(e.to_string()),
            }));
        }
    };
    check();
    let _ = window_event_listener(leptos::ev::hashchange, move |_| check());

    let dialog = NodeRef::<leptos::html::Dialog>::new();
    Effect::new(move |_| {
        let open = incoming.with(|i| i.is_some());
        if let Some(d) = dialog.get() {
            // The inbox arrives under Suspense: its dialog may not be in the document yet, and
            // only a dialog in the document can open. Wait a frame for it.
            request_animation_frame(move || {
                if open && !d.open() && d.is_connected() {
                    let _ = d.show_modal();
                } else if !open && d.open() {
                    d.close();
                }
            });
        }
    });
    let dismiss = move || {
        incoming.set(None);
        clear_hash();
    };
    let accept = move |p: Program| {
        let mut outcome = None;
        app.update(|wb| outcome = Some(program::accept(wb, &p, clock::now())));
        incoming.set(None);
        clear_hash();
        match outcome {
            Some(Accepted::AlreadyThere { .. }) => {
                app.tell("This program is already in your workbook, so nothing changed.")
            }
            _ => app.tell(format!(
                "Added the program from {} to your workbook.",
                p.coach_label()
            )),
        }
        go("/");
    };

    view! {
        <dialog node_ref=dialog class="program-dialog card" aria-labelledby="program-dialog-title"
            on:cancel=move |ev: leptos::ev::Event| { ev.prevent_default(); dismiss(); }>
            {move || match incoming.get() {
                None => ().into_any(),
                Some(Incoming::Ready(p)) => {
                    let p2 = p.clone();
                    let accept = accept.clone();
                    view! {
                        <h2 id="program-dialog-title">"A program from your coach"</h2>
                        <p class="muted">"Here's what's in it. Adding it keeps everything already in your workbook just as it is; you can do the steps at your own pace."</p>
                        <ProgramView program=p heading_level=2 />
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=move |_| accept(p2.clone())>"Add to my workbook"</button>
                            <button type="button" class="btn btn-quiet" on:click=move |_| dismiss()>"Not now"</button>
                        </div>
                    }.into_any()
                }
                Some(Incoming::Broken(message)) => view! {
                    <h2 id="program-dialog-title">"This program link can't be opened"</h2>
                    <div class="message message-error" role="alert"><p>{message}</p></div>
                    <p>"Nothing in your workbook has changed."</p>
                    <div class="actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| dismiss()>"Close"</button>
                    </div>
                }.into_any(),
            }}
        </dialog>
    }
}

// ---------------------------------------------------------------------------------------
// The dashboard card
// ---------------------------------------------------------------------------------------

#[derive(Clone, PartialEq)]
struct CardData {
    id: String,
    program: Program,
    progress: program::ProgramProgress,
    answers: Vec<String>,
}

/// "Your program from …" on the home dashboard: the next step, the coach's questions,
/// suggested goals and rhythm. Shows nothing when no program has been added.
#[component]
pub fn ProgramCards() -> impl IntoView {
    let app = use_app();
    let cards = Memo::new(move |_| {
        app.workbook.with(|wb| {
            wb.programs
                .iter()
                .map(|a| CardData {
                    id: a.id.clone(),
                    program: a.program.clone(),
                    progress: program::progress(a, wb),
                    answers: (0..a.program.questions.len())
                        .map(|i| a.answer(i).to_string())
                        .collect(),
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <For each=move || cards.get() key=|c| c.id.clone() let:c>
            <ProgramCard id=c.id.clone() cards=cards />
        </For>
    }
}

#[component]
fn ProgramCard(id: String, cards: Memo<Vec<CardData>>) -> impl IntoView {
    let app = use_app();
    let id = StoredValue::new(id);
    let data =
        Memo::new(move |_| cards.with(|l| l.iter().find(|c| c.id == id.get_value()).cloned()));
    let title_id = format!("program-{}", id.get_value());
    let labelled = title_id.clone();
    let static_part = data.get_untracked().map(|c| c.program);
    let Some(program) = static_part else {
        return ().into_any();
    };
    let coach = program.coach_label().to_string();
    let questions = program.questions.clone();
    let templates = program.known_templates();
    let cadence = program.cadence;
    let done = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map_or((0, 0), |d| (d.progress.done, d.progress.total))
        })
    });
    let next = Memo::new(move |_| data.with(|d| d.as_ref().map(|d| d.progress.next.clone())));
    let exercises = Memo::new(move |_| {
        data.with(|d| {
            d.as_ref()
                .map(|d| d.progress.exercises.clone())
                .unwrap_or_default()
        })
    });
    let cadence_set =
        Memo::new(move |_| data.with(|d| d.as_ref().is_some_and(|d| d.progress.cadence_set)));
    let drafts: Vec<RwSignal<String>> = data
        .get_untracked()
        .map(|d| d.answers)
        .unwrap_or_default()
        .into_iter()
        .map(RwSignal::new)
        .collect();
    let drafts = StoredValue::new(drafts);
    let answers_status = RwSignal::new(String::new());
    let save_answers = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let texts: Vec<String> =
            drafts.with_value(|d| d.iter().map(|s| s.get_untracked()).collect());
        let mut error = None;
        app.update(|wb| {
            for (i, t) in texts.iter().enumerate() {
                if let Err(e) = program::set_answer(wb, &id.get_value(), i, t, clock::now()) {
                    error = Some(e.to_string());
                }
            }
        });
        answers_status
            .set(error.unwrap_or_else(|| "Your answers are saved in your workbook.".into()));
    };

    view! {
        <section class="card program-card" aria-labelledby=labelled>
            <h2 id=title_id.clone()><Icon name="people" />" Your program from " <span dir="auto">{coach.clone()}</span></h2>
            <ProgressBar
                fraction=Signal::derive(move || { let (d, t) = done.get(); if t == 0 { 0.0 } else { d as f64 / t as f64 } })
                label=Signal::derive(move || { let (d, t) = done.get(); format!("{d} of {t} steps under way") })
            />
            <div class="program-next">
                {move || match next.get() {
                    Some(NextStep::Exercise { id, title }) => view! {
                        <p><strong>"Next: "</strong>{title}</p>
                        <A href=format!("/discover/{id}") attr:class="btn btn-primary">{format!("Start {title}")}</A>
                    }.into_any(),
                    Some(NextStep::Questions) => view! {
                        <p><strong>"Next: "</strong>"answer your coach's questions below."</p>
                    }.into_any(),
                    Some(NextStep::Cadence(c)) => view! {
                        <p><strong>"Next: "</strong>{format!("choose a check-in rhythm — your coach suggests {}.", c.label().to_lowercase())}</p>
                        <A href="/checkins" attr:class="btn btn-primary">"Plan check-ins"</A>
                    }.into_any(),
                    Some(NextStep::Goal) => view! {
                        <p><strong>"Next: "</strong>"set your first goal, perhaps from one your coach suggests below."</p>
                    }.into_any(),
                    Some(NextStep::Done) | None => view! {
                        <p>"Every step is under way. Well done — keep going at your own pace."</p>
                    }.into_any(),
                }}
            </div>
            <Show when=move || exercises.with(|e| !e.is_empty())>
                <h3>"Exercises"</h3>
                <ol class="program-steps">
                    <For each=move || exercises.get() key=|e| (e.id, e.done) let:e>
                        <li class:done=e.done>
                            <span aria-hidden="true">{if e.done { "✓ " } else { "○ " }}</span>
                            <A href=format!("/discover/{}", e.id)>{e.title}</A>
                            <span class="muted">{if e.done { " — done" } else { " — to do" }}</span>
                        </li>
                    </For>
                </ol>
            </Show>
            {(!questions.is_empty()).then(|| {
                let list = questions.clone();
                view! {
                    <form class="program-questions" on:submit=save_answers>
                        <h3>"Your coach's questions"</h3>
                        {list.into_iter().enumerate().map(|(i, q)| {
                            let field_id = format!("{}-a{i}", id.get_value());
                            let draft = drafts.with_value(|d| d.get(i).copied()).unwrap_or_else(|| RwSignal::new(String::new()));
                            view! {
                                <div class="field">
                                    <label for=field_id.clone() dir="auto">{q}</label>
                                    <textarea id=field_id rows="3" maxlength="4000"
                                        prop:value=move || draft.get()
                                        on:input=move |ev| draft.set(event_target_value(&ev))></textarea>
                                </div>
                            }
                        }).collect_view()}
                        <div class="actions">
                            <button type="submit" class="btn btn-secondary">"Save my answers"</button>
                        </div>
                        <p role="status" class="muted small">{move || answers_status.get()}</p>
                    </form>
                }
            })}
            {(!templates.is_empty()).then(move || view! {
                <h3>"Goals your coach suggests"</h3>
                <ul class="program-templates">
                    {templates.into_iter().map(|t| view! {
                        <li><A href=format!("/goals/new?template={}", t.key())>{t.template().label}</A></li>
                    }).collect_view()}
                </ul>
            })}
            {cadence.map(|c| view! {
                <p>
                    {format!("Suggested check-ins: {}. ", c.label().to_lowercase())}
                    {move || if cadence_set.get() { "You've set a rhythm. " } else { "" }}
                    <A href="/checkins">"Go to check-ins"</A>
                </p>
            })}
            {(!program.contact.is_empty()).then(|| view! {
                <p class="muted small">"Reach " <span dir="auto">{coach.clone()}</span> ": " <span dir="auto">{program.contact.clone()}</span></p>
            })}
            {(!program.welcome.is_empty()).then(|| view! {
                <details class="program-welcome-again">
                    <summary>"Read the welcome message again"</summary>
                    <p dir="auto">{program.welcome.clone()}</p>
                </details>
            })}
        </section>
    }
    .into_any()
}

// ---------------------------------------------------------------------------------------
// Review mode
// ---------------------------------------------------------------------------------------

#[component]
fn ReviewOpener() -> impl IntoView {
    let coach = use_coach();
    let go = use_go();
    let error = RwSignal::new(None::<(String, String)>);
    let reading = RwSignal::new(false);
    let on_pick = move |ev: leptos::ev::Event| {
        let Some((name, read)) = crate::ui::components::picked_workbook(&ev) else {
            return;
        };
        error.set(None);
        reading.set(true);
        let go = go.clone();
        leptos::task::spawn_local(async move {
            let result = read.await;
            reading.set(false);
            match result {
                Ok(loaded) => {
                    coach.review.set(Some(Review {
                        file: name,
                        workbook: loaded.workbook,
                    }));
                    go("/coach/review");
                }
                Err(m) => error.set(Some((name, m))),
            }
        });
    };
    view! {
        <section class="card coach-review-open" aria-labelledby="review-open-title">
            <h2 id="review-open-title"><Icon name="book" />" Review a client's file"</h2>
            <p>"Open a backup file a client sent you to read their profile, goals and check-ins. It's shown read-only and kept only while you look at it: it isn't saved here and never mixes with your own workbook."</p>
            <div class="field">
                <label for="review-file">"Client's backup file"</label>
                <input id="review-file" type="file" accept=".json,application/json" on:change=on_pick />
            </div>
            {move || reading.get().then(|| view! { <p role="status">"Reading the file…"</p> })}
            {move || error.get().map(|(file, message)| view! {
                <div class="message message-error" role="alert">
                    <strong>{format!("{file} couldn't be opened.")}</strong>
                    <p>{message}</p>
                    <p>"Nothing was changed."</p>
                </div>
            })}
        </section>
    }
}

/// `/coach/review`: a client's workbook, read-only, from memory only.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let coach = use_coach();
    let go = use_go();
    // Leaving review mode (any navigation away) forgets the client's file.
    on_cleanup(move || coach.review.set(None));
    let close = {
        let go = go.clone();
        move |_| {
            coach.review.set(None);
            go("/coach");
        }
    };
    view! {
        <div class="page review-page">
            {move || match coach.review.get() {
                None => view! {
                    <PageHeader title="Review a client's file" lead="No file is open. Open a client's backup file from the coach page to read it here." />
                    <A href="/coach" attr:class="btn btn-primary">"Go to the coach page"</A>
                }.into_any(),
                Some(r) => {
                    let summary = r.workbook.summary();
                    let who = summary.name.clone().unwrap_or_else(|| "Your client".into());
                    let built = report::build_with(&r.workbook, clock::today(), report::Scope::Everything);
                    let programs = r.workbook.programs.clone();
                    view! {
                        <div class="review-banner" role="region" aria-label="Review mode">
                            <Icon name="info" />
                            <p>
                                <strong>"Reviewing " <span dir="auto">{who.clone()}</span>"'s workbook. "</strong>
                                "Read-only — not saved to your workbook."
                            </p>
                            <button type="button" class="btn btn-secondary" on:click=close.clone()>"Close review"</button>
                        </div>
                        <header class="page-header">
                            <h1><span dir="auto">{who.clone()}</span>"'s workbook"</h1>
                            <p class="lead">
                                {format!(
                                    "From {}, last changed {}. {} results, {} goals with {} milestones, {} check-ins, {} journal entries.",
                                    r.file,
                                    crate::store::locale::local_date(summary.updated_at),
                                    summary.results, summary.goals, summary.milestones, summary.checkins, summary.journal_entries
                                )}
                            </p>
                        </header>
                        <article class="report-sheet card" aria-label="Client's workbook">
                            <header class="report-title">
                                <h2 dir="auto">{built.title.clone()}</h2>
                            </header>
                            {built.sections.into_iter().map(|s| view! {
                                <section class="report-section">
                                    <h3>{s.heading}</h3>
                                    {s.blocks.into_iter().map(super::report::render_block).collect_view()}
                                </section>
                            }).collect_view()}
                            {programs.into_iter().map(|a| {
                                let answers: Vec<(String, String)> = a.program.questions.iter().enumerate()
                                    .map(|(i, q)| (q.clone(), a.answer(i).to_string())).collect();
                                view! {
                                    <section class="report-section">
                                        <h3>"Answers for the program from " <span dir="auto">{a.program.coach_label().to_string()}</span></h3>
                                        {answers.is_empty().then(|| view! { <p class="muted">"No questions in this program."</p> })}
                                        <dl class="review-answers">
                                            {answers.into_iter().map(|(q, ans)| view! {
                                                <dt dir="auto">{q}</dt>
                                                <dd dir="auto">{if ans.is_empty() { "Not answered yet".to_string() } else { ans }}</dd>
                                            }).collect_view()}
                                        </dl>
                                    </section>
                                }
                            }).collect_view()}
                        </article>
                        <div class="actions">
                            <button type="button" class="btn btn-primary" on:click=close.clone()>"Close review"</button>
                        </div>
                    }.into_any()
                }
            }}
        </div>
    }
}
