//! One set of form fields for every form: a label, an optional hint, the control and an
//! error line, wired the same way everywhere. A field's id names its parts: the hint is
//! `<id>-hint`, the error line `<id>-error`, and both are announced with the control.
//! Each control edits one field of a form's [`Store`](reactive_stores::Store), passed
//! as a [`Field`], so typing redraws only what reads that field.

use leptos::prelude::*;
use reactive_stores::Field;
use waymark_core::forms::is_not_a_number;

use super::{focus_soon, Icon};
use crate::ui::form::{next_key, position, TextRow};

/// The ids a control is described by: its hint, and its error line while it has one.
fn described_by(
    id: &str,
    has_hint: bool,
    problem: Option<Signal<Option<String>>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    let (hint, error) = (format!("{id}-hint"), format!("{id}-error"));
    move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push(hint.clone());
        }
        if problem.is_some_and(|p| p.with(Option::is_some)) {
            ids.push(error.clone());
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

fn invalid(problem: Option<Signal<Option<String>>>) -> impl Fn() -> Option<&'static str> {
    move || {
        problem
            .is_some_and(|p| p.with(Option::is_some))
            .then_some("true")
    }
}

/// A field's label, with "(optional)" when it may stay empty.
#[component]
fn Label(#[prop(into)] id: String, #[prop(into)] text: String, optional: bool) -> impl IntoView {
    view! {
        <label for=id>
            {text}
            {optional.then(|| view! { " " <span class="optional">"(optional)"</span> })}
        </label>
    }
}

/// A short line under a field's label saying what to write.
#[component]
fn Hint(#[prop(into)] id: String, text: Option<String>) -> impl IntoView {
    text.map(|t| view! { <p id=format!("{id}-hint") class="hint">{t}</p> })
}

/// What is wrong with a field, under it; empty (and hidden) while nothing is.
#[component]
pub fn ErrorLine(#[prop(into)] id: String, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p id=id class="field-error">
            {move || message.get().map(|m| view! { <Icon name="warn" /> " " {m} })}
        </p>
    }
}

/// Everything that stops a form from saving, at its top; nothing while all is well.
/// Focus moves here when saving finds a problem.
#[component]
pub fn ProblemSummary(
    #[prop(into)] id: String,
    problems: Signal<Vec<String>>,
    #[prop(default = "Before saving:")] heading: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || problems.with(|p| !p.is_empty())>
            <div id=id.clone() class="message message-error" role="alert" tabindex="-1">
                <strong>{heading}</strong>
                <ul>{move || problems.get().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                <p>"Everything you typed is still here."</p>
            </div>
        </Show>
    }
}

/// What every field has around its control: the label, the hint and the error line.
#[component]
fn Frame(
    id: String,
    label: String,
    optional: bool,
    hint: Option<String>,
    problem: Option<Signal<Option<String>>>,
    children: Children,
) -> impl IntoView {
    let error = problem.map(|p| view! { <ErrorLine id=format!("{id}-error") message=p /> });
    view! {
        <div class="field">
            <Label id=id.clone() text=label optional />
            <Hint id=id text=hint />
            {children()}
            {error}
        </div>
    }
}

/// A one-line text field.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] problem: Option<Signal<Option<String>>>,
    #[prop(default = 160)] maxlength: u32,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional, into)] placeholder: Option<String>,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some(), problem);
    view! {
        <Frame id=id.clone() label optional hint problem>
            <input
                id=id.clone()
                type="text"
                dir="auto"
                maxlength=maxlength
                inputmode=inputmode
                autocomplete=autocomplete
                placeholder=placeholder
                aria-describedby=described
                aria-invalid=invalid(problem)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
        </Frame>
    }
}

/// A number typed as text (so "2.5" and "2,5" both work), which says so when what is
/// typed isn't a number.
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<String>,
) -> impl IntoView {
    let problem = Signal::derive(move || {
        value
            .with(|t| is_not_a_number(t))
            .then(|| crate::ui::words::NOT_A_NUMBER.to_string())
    });
    view! {
        <TextField id label value problem inputmode="decimal" maxlength=40 />
    }
}

/// A text field of several lines.
#[component]
pub fn LongTextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] problem: Option<Signal<Option<String>>>,
    #[prop(default = 3)] rows: u32,
    #[prop(optional)] maxlength: Option<u32>,
    /// Ids of further descriptions (a shared error line, a character count).
    #[prop(optional, into)]
    described_by_also: Option<String>,
) -> impl IntoView {
    let own = described_by(&id, hint.is_some(), problem);
    let described = move || {
        let ids: Vec<String> = own().into_iter().chain(described_by_also.clone()).collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <Frame id=id.clone() label optional hint problem>
            <textarea
                id=id.clone()
                rows=rows
                dir="auto"
                maxlength=maxlength
                aria-describedby=described
                aria-invalid=invalid(problem)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            ></textarea>
        </Frame>
    }
}

/// A date, as the browser's date picker gives it (`YYYY-MM-DD`, kept as typed).
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<String>,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional, into)] problem: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let described = described_by(&id, hint.is_some(), problem);
    view! {
        <Frame id=id.clone() label optional hint problem>
            <input
                id=id.clone()
                type="date"
                aria-describedby=described
                aria-invalid=invalid(problem)
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
                on:change=move |ev| value.set(event_target_value(&ev))
            />
        </Frame>
    }
}

/// One choice from a list: each option is a value and its words. `none` is the first
/// option's words when nothing needs choosing (its value is empty).
#[component]
pub fn ChoiceField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Field<String>,
    #[prop(into)] options: Signal<Vec<(String, String)>>,
    #[prop(optional)] none: Option<&'static str>,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    view! {
        <Frame id=id.clone() label optional hint=None problem=None>
            <select
                id=id
                prop:value=move || value.get()
                on:change=move |ev| value.set(event_target_value(&ev))
            >
                {none.map(|n| view! { <option value="">{n}</option> })}
                {move || options.get().into_iter().map(|(key, words)| {
                    let selected = value.with_untracked(|v| *v == key);
                    view! { <option value=key selected=selected dir="auto">{words}</option> }
                }).collect_view()}
            </select>
        </Frame>
    }
}

/// A growing list of one-line texts (agreed actions, a coach's questions): a field per
/// row with a remove button, and a button that adds a row and puts the cursor in it.
/// Row `n`'s field has the id `<id>-<key>` and its error line `<id>-<key>-error`.
#[component]
pub fn TextRows(
    #[prop(into)] id: String,
    #[prop(into)] rows: Field<Vec<TextRow>>,
    /// The row's label from its 1-based position, such as "Agreed action 2".
    row_label: fn(usize) -> String,
    /// The remove button's words for the row at a 1-based position.
    remove_label: fn(usize) -> String,
    /// The add button's words.
    add_label: &'static str,
    #[prop(default = 200)] maxlength: u32,
    /// Rows the list may hold.
    #[prop(default = usize::MAX)]
    most: usize,
    /// What is wrong with the row at a 1-based position, if anything.
    #[prop(optional)]
    problem: Option<Callback<usize, Option<String>>>,
) -> impl IntoView {
    let prefix = StoredValue::new(id);
    let add = move |_| {
        let mut key = 0;
        rows.update(|r| {
            key = next_key(r);
            r.push(TextRow::new(key, ""));
        });
        focus_soon(prefix.with_value(|p| format!("{p}-{key}")));
    };
    view! {
        <ol class="text-rows">
            <For each=move || rows.with(|r| r.iter().map(|row| row.key).collect::<Vec<_>>()) key=|k| *k let:key>
                {
                    let field_id = prefix.with_value(|p| format!("{p}-{key}"));
                    let error_id = format!("{field_id}-error");
                    let at = move || rows.with(|r| position(r, key));
                    let message = Signal::derive(move || problem.and_then(|p| p.run(at())));
                    view! {
                        <li class="text-row">
                            <label for=field_id.clone() class="visually-hidden">{move || row_label(at())}</label>
                            <input
                                id=field_id
                                type="text"
                                dir="auto"
                                maxlength=maxlength
                                aria-describedby=move || message.with(Option::is_some).then(|| error_id.clone())
                                aria-invalid=move || message.with(Option::is_some).then_some("true")
                                prop:value=move || rows.with(|r| r.iter().find(|x| x.key == key).map(|x| x.text.clone()).unwrap_or_default())
                                on:input=move |ev| {
                                    let text = event_target_value(&ev);
                                    rows.update(|r| {
                                        if let Some(row) = r.iter_mut().find(|x| x.key == key) {
                                            row.text = text;
                                        }
                                    });
                                }
                            />
                            <button type="button" class="btn btn-quiet" on:click=move |_| rows.update(|r| r.retain(|x| x.key != key))>
                                <Icon name="trash" />
                                <span class="visually-hidden">{move || remove_label(at())}</span>
                            </button>
                            {problem.map(|_| view! { <ErrorLine id=prefix.with_value(|p| format!("{p}-{key}-error")) message /> })}
                        </li>
                    }
                }
            </For>
        </ol>
        <button type="button" class="btn btn-quiet" on:click=add disabled=move || rows.with(|r| r.len() >= most)>
            <Icon name="plus" />
            {format!(" {add_label}")}
        </button>
    }
}

/// A form's buttons: save, and "Not now", which closes the form and keeps what is typed.
#[component]
pub fn FormActions(save: &'static str, open: RwSignal<bool>) -> impl IntoView {
    view! {
        <div class="actions">
            <button type="submit" class="btn btn-primary">{save}</button>
            <button type="button" class="btn btn-quiet" on:click=move |_| {
                open.set(false);
                focus_soon("main");
            }>"Not now"</button>
        </div>
    }
}
