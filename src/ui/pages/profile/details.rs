//! The person's details on the profile: their name and situation, the next step that
//! situation suggests, and a form to change them at any time (a kept draft, like every
//! form).

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::profile::{Profile, Situation};

use crate::store::state::use_app;
use crate::ui::components::fields::{ProblemSummary, TextField};
use crate::ui::components::{focus_soon, Icon, SituationChoices};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::profile as w;

/// The details as typed: the name, and the situation's key (empty for none).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct DetailsText {
    pub name: String,
    pub situation: String,
}

impl Draft for DetailsText {
    const KEY: &'static str = "profile";
    fn is_blank(&self) -> bool {
        self.name.trim().is_empty() && self.situation.is_empty()
    }
}

impl From<&Profile> for DetailsText {
    fn from(p: &Profile) -> Self {
        DetailsText {
            name: p.name.clone(),
            situation: p.situation.map(|s| s.key().to_string()).unwrap_or_default(),
        }
    }
}

#[component]
pub fn Details() -> impl IntoView {
    let app = use_app();
    let profile = Memo::new(move |_| app.workbook.with(|wb| wb.profile.clone()));
    let form: Form<DetailsText> = Form::new("details-problems", DetailsText::default());
    // A change left unsaved comes back open, just as it was.
    let open = RwSignal::new(form.restore());
    form.keep();
    let f = form.fields;

    let edit = move |_| {
        // A change put aside with "Not now" is still held; otherwise start from the profile.
        if form.value() == DetailsText::default() {
            form.edit(|d| *d = DetailsText::from(&profile.get_untracked()));
        }
        open.set(true);
        focus_soon("details-name");
    };
    let close = move |_| {
        // Closing without a change keeps nothing; a change stays kept for next time.
        if form.value() == DetailsText::from(&profile.get_untracked()) {
            form.clear(DetailsText::default());
        }
        open.set(false);
        focus_soon("details-edit");
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = form.value();
        let situation = Situation::from_key(&typed.situation);
        let mut problems = Problems::default();
        if situation.is_none() && !typed.situation.is_empty() {
            problems.add_general(w::SITUATION_LEGEND);
        }
        if !form.check(problems) {
            return;
        }
        app.update(|wb| {
            wb.profile.name = typed.name.trim().to_string();
            wb.profile.situation = situation;
            wb.profile.welcomed = true;
        });
        form.clear(DetailsText::default());
        open.set(false);
        app.tell(w::DETAILS_SAVED);
        focus_soon("details-edit");
    };

    let name = move || profile.with(|p| p.greeting_name().map(str::to_owned));
    let situation = move || profile.with(|p| p.situation);
    let picked = Signal::derive(move || Situation::from_key(&f.situation().get()));

    view! {
        <section class="card profile-details" aria-labelledby="details-title">
            <h2 id="details-title">{w::DETAILS_TITLE}</h2>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <dl class="profile-facts">
                        <div>
                            <dt>"Name"</dt>
                            <dd>{move || match name() {
                                Some(n) => view! { <bdi dir="auto">{n}</bdi> }.into_any(),
                                None => view! { <span class="muted">{w::NAME_NONE}</span> }.into_any(),
                            }}</dd>
                        </div>
                        <div>
                            <dt>"Where you are now"</dt>
                            <dd>{move || match situation() {
                                Some(s) => view! { <span>{s.label()}</span> }.into_any(),
                                None => view! { <span class="muted">{w::SITUATION_NONE}</span> }.into_any(),
                            }}</dd>
                        </div>
                    </dl>
                    <button id="details-edit" type="button" class="btn btn-secondary" on:click=edit>
                        <Icon name="edit" />
                        " " {w::DETAILS_EDIT}
                    </button>
                }
            >
                <form on:submit=save novalidate aria-labelledby="details-title">
                    <ProblemSummary id=form.summary_id() problems=form.summary() />
                    <TextField
                        id="details-name"
                        label=w::NAME_LABEL
                        optional=true
                        maxlength=60
                        autocomplete="given-name"
                        value=f.name()
                        hint=w::NAME_HINT
                    />
                    <fieldset class="field choices">
                        <legend>{w::SITUATION_LEGEND} " " <span class="optional">"(optional)"</span></legend>
                        <SituationChoices
                            name="details-situation"
                            selected=picked
                            on_pick=Callback::new(move |s: Situation| f.situation().set(s.key().to_string()))
                        />
                        <label class="choice">
                            <input
                                type="radio"
                                name="details-situation"
                                value=""
                                prop:checked=move || f.situation().with(String::is_empty)
                                on:change=move |_| f.situation().set(String::new())
                            />
                            <span>{w::SITUATION_CLEAR}</span>
                        </label>
                    </fieldset>
                    <div class="actions">
                        <button type="submit" class="btn btn-primary">{w::DETAILS_SAVE}</button>
                        <button type="button" class="btn btn-quiet" on:click=close>"Not now"</button>
                    </div>
                </form>
            </Show>
            <div class="profile-next" aria-live="polite">
                <h3>{w::NEXT_STEP}</h3>
                <p>{move || situation().map_or(w::NEXT_STEP_NONE, Situation::suggested_start)}</p>
            </div>
        </section>
    }
}
