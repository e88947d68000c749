//! An application as typed: the form for adding one (its draft kept on this device) and
//! for changing one on its page, with the checks that stop saving.

use std::collections::BTreeMap;

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::discover::Named;
use waymark_core::forms::{optional_date_text, parse_date};
use waymark_core::search::applications::application_problems;
use waymark_core::search::{prefix, Application, Stage, Workplace};

use crate::store::{clock, ids::new_id};
use crate::ui::components::fields::{
    ChoiceField, DateField, LongTextField, ProblemSummary, TextField,
};
use crate::ui::components::A;
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::search as w;

/// An application as typed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct ApplicationText {
    pub organisation: String,
    pub role: String,
    pub found_via: String,
    pub link: String,
    pub location: String,
    /// A [`Workplace`] key.
    pub workplace: String,
    pub salary: String,
    /// A [`Stage`] key (the starting stage when adding).
    pub stage: String,
    pub next_action: String,
    pub next_action_due: String,
    pub notes: String,
    /// Value id → "1" to "5", or empty for not rated.
    pub fit: BTreeMap<String, String>,
}

impl Draft for ApplicationText {
    const KEY: &'static str = "application";
    fn is_blank(&self) -> bool {
        [
            &self.organisation,
            &self.role,
            &self.found_via,
            &self.link,
            &self.location,
            &self.salary,
            &self.next_action,
            &self.notes,
        ]
        .iter()
        .all(|t| t.trim().is_empty())
    }
}

impl ApplicationText {
    pub fn fresh() -> Self {
        ApplicationText {
            workplace: Workplace::NotSaid.key().into(),
            stage: Stage::Interested.key().into(),
            ..Default::default()
        }
    }

    pub fn of(a: &Application) -> Self {
        ApplicationText {
            organisation: a.organisation.clone(),
            role: a.role.clone(),
            found_via: a.found_via.clone(),
            link: a.link.clone(),
            location: a.location.clone(),
            workplace: a.workplace.key().into(),
            salary: a.salary.clone(),
            stage: a.stage.key().into(),
            next_action: a.next_action.clone(),
            next_action_due: optional_date_text(a.next_action_due),
            notes: a.notes.clone(),
            fit: a
                .fit
                .iter()
                .map(|(k, v)| (k.clone(), v.to_string()))
                .collect(),
        }
    }
}

pub type ApplicationForm = Form<ApplicationText>;

/// The checked parts of a typed application, or what stops it (shown in the form).
fn checked(form: ApplicationForm) -> Option<(ApplicationText, Option<chrono::NaiveDate>)> {
    let typed = form.value();
    let mut problems = Problems::default();
    for p in application_problems(&typed.organisation, &typed.role) {
        problems.add("app-org", w::problem(p));
    }
    let due = parse_date(&typed.next_action_due);
    if !typed.next_action_due.trim().is_empty() && due.is_none() {
        problems.add("app-due", w::BAD_DATE);
    }
    form.check(problems).then_some((typed, due))
}

/// Copies the typed fields (not the stage: moves go through the history) onto `a`.
fn fill(a: &mut Application, typed: &ApplicationText, due: Option<chrono::NaiveDate>) {
    a.organisation = typed.organisation.trim().to_owned();
    a.role = typed.role.trim().to_owned();
    a.found_via = typed.found_via.trim().to_owned();
    a.link = typed.link.trim().to_owned();
    a.location = typed.location.trim().to_owned();
    a.workplace = Workplace::from_key(&typed.workplace).unwrap_or_default();
    a.salary = typed.salary.trim().to_owned();
    a.next_action = typed.next_action.trim().to_owned();
    a.next_action_due = due;
    a.notes = typed.notes.trim().to_owned();
    a.fit = typed
        .fit
        .iter()
        .filter_map(|(k, v)| {
            v.parse::<u8>()
                .ok()
                .filter(|n| (1..=5).contains(n))
                .map(|n| (k.clone(), n))
        })
        .collect();
}

/// A new application from the form, or `None` (with the problems shown).
pub fn new_application(form: ApplicationForm) -> Option<Application> {
    let (typed, due) = checked(form)?;
    let now = clock::now();
    let stage = Stage::from_key(&typed.stage).unwrap_or_default();
    let mut a = Application::new(
        new_id(prefix::APPLICATION),
        new_id(prefix::STAGE_CHANGE),
        &typed.organisation,
        &typed.role,
        stage,
        clock::today(),
        now,
    );
    fill(&mut a, &typed, due);
    Some(a)
}

/// Puts the form's fields onto `a`; false (with the problems shown) when they can't be.
pub fn edit_application(form: ApplicationForm, a: &mut Application) -> bool {
    let Some((typed, due)) = checked(form) else {
        return false;
    };
    fill(a, &typed, due);
    a.updated_at = clock::now();
    true
}

fn options<T: Copy>(
    all: &[T],
    key: fn(T) -> &'static str,
    name: fn(T) -> &'static str,
) -> Signal<Vec<(String, String)>> {
    let list: Vec<(String, String)> = all
        .iter()
        .map(|t| (key(*t).to_owned(), name(*t).to_owned()))
        .collect();
    Signal::derive(move || list.clone())
}

/// The application's fields. `starting` shows the stage to start at (adding only).
#[component]
pub fn ApplicationFields(
    form: ApplicationForm,
    starting: bool,
    #[prop(into)] top_values: Signal<Vec<Named>>,
) -> impl IntoView {
    let f = form.fields;
    view! {
        <ProblemSummary id=form.summary_id() problems=form.summary() />
        <div class="field-grid">
            <TextField id="app-org" label="Organisation" value=f.organisation() problem=form.problem("app-org")
                hint="The organisation or the role is enough to start." autocomplete="organization" />
            <TextField id="app-role" label="Role" value=f.role() optional=true />
        </div>
        <div class="field-grid">
            <TextField id="app-found" label="Where you found it" value=f.found_via() optional=true
                hint="A job board, a friend, a newsletter…" />
            <TextField id="app-link" label="Link to the posting" value=f.link() optional=true maxlength=2000
                hint="Kept as text. Waymark never opens it for you." inputmode="url" />
        </div>
        <div class="field-grid">
            <TextField id="app-location" label="Location" value=f.location() optional=true />
            <ChoiceField id="app-workplace" label="Where the work is done" value=f.workplace()
                options=options(&Workplace::ALL, Workplace::key, w::workplace_name) />
        </div>
        <div class="field-grid">
            <TextField id="app-salary" label="Pay" value=f.salary() optional=true
                hint="As the posting puts it, such as \u{201c}£45–50k\u{201d}." />
            {starting.then(|| view! {
                <ChoiceField id="app-stage" label="Where it stands now" value=f.stage()
                    options=options(&Stage::ALL[..5], Stage::key, w::stage_name) />
            })}
        </div>
        <div class="field-grid">
            <TextField id="app-next" label="Next action" value=f.next_action() optional=true
                hint="The one next step, such as \u{201c}Ask Sam for a referral\u{201d}." />
            <DateField id="app-due" label="Do it by" value=f.next_action_due() optional=true problem=form.problem("app-due") />
        </div>
        <LongTextField id="app-notes" label="Notes" value=f.notes() optional=true rows=3 />
        <FitFields form top_values />
    }
}

/// One to five for each of the person's top values, or a pointer to the values sort.
#[component]
fn FitFields(form: ApplicationForm, top_values: Signal<Vec<Named>>) -> impl IntoView {
    let fit = form.fields.fit();
    view! {
        <fieldset class="fit-fields">
            <legend>"How well it fits your values " <span class="optional">"(optional)"</span></legend>
            <Show
                when=move || top_values.with(|v| !v.is_empty())
                fallback=|| view! {
                    <p class="muted">
                        "Once you've done the values sort, you can rate how well each role fits your top values here. "
                        <A href="/discover/values">"Do the values sort"</A>
                    </p>
                }
            >
                <p class="hint">"1 is a poor fit, 5 a great one. Leave any you can't judge yet."</p>
                <div class="fit-grid">
                    {move || top_values.get().into_iter().map(|v| {
                        let id = format!("fit-{}", v.id);
                        let key = StoredValue::new(v.id.clone());
                        view! {
                            <div class="field">
                                <label for=id.clone()>{v.name.clone()}</label>
                                <select id=id
                                    prop:value=move || key.with_value(|k| fit.with(|f| f.get(k).cloned().unwrap_or_default()))
                                    on:change=move |ev| {
                                        let value = event_target_value(&ev);
                                        key.with_value(|k| fit.update(|f| { f.insert(k.clone(), value); }));
                                    }>
                                    <option value="">"Not rated"</option>
                                    {(1..=5).map(|n| {
                                        let selected = key.with_value(|k| fit.with_untracked(|f| f.get(k).map(String::as_str) == Some(n.to_string().as_str())));
                                        view! { <option value=n.to_string() selected=selected>{n.to_string()}</option> }
                                    }).collect_view()}
                                </select>
                            </div>
                        }
                    }).collect_view()}
                </div>
            </Show>
        </fieldset>
    }
}
