//! Home: the first-run welcome, then a greeting and where to go next.

use leptos::prelude::*;
use leptos_router::components::A;
use waymark_core::profile::Situation;

use crate::store::state::use_app;
use crate::ui::components::Icon;

#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let welcomed = Memo::new(move |_| app.workbook.with(|wb| wb.profile.welcomed));
    view! {
        <div class="page">
            <Show when=move || welcomed.get() fallback=Welcome>
                <Greeting />
            </Show>
        </div>
    }
}

/// First run: what Waymark is, that data stays here, and two optional questions.
#[component]
fn Welcome() -> impl IntoView {
    let app = use_app();
    let name = RwSignal::new(String::new());
    let situation = RwSignal::new(None::<Situation>);
    let finish = move |save: bool| {
        app.update(|wb| {
            if save {
                wb.profile.name = name.get_untracked().trim().to_string();
                wb.profile.situation = situation.get_untracked();
            }
            wb.profile.welcomed = true;
        });
    };

    view! {
        <section class="welcome card" aria-labelledby="welcome-title">
            <h1 id="welcome-title">"Welcome to Waymark"</h1>
            <p class="lead">
                "A private workbook for your career. Get to know what matters to you, turn it into goals you can actually reach, and check in with yourself as you go."
            </p>
            <ul class="promise">
                <li><Icon name="save" />" Everything you write stays in this browser, on this device."</li>
                <li><Icon name="people" />" No account, no tracking. Nothing is sent anywhere."</li>
                <li><Icon name="upload" />" Download a backup file whenever you like."</li>
            </ul>
            <form on:submit=move |ev| {
                ev.prevent_default();
                finish(true);
            }>
                <div class="field">
                    <label for="first-name">"What should we call you? " <span class="optional">"(optional)"</span></label>
                    <input
                        id="first-name"
                        type="text"
                        autocomplete="given-name"
                        maxlength="60"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </div>
                <fieldset class="field choices">
                    <legend>"Which of these sounds most like you right now? " <span class="optional">"(optional)"</span></legend>
                    {Situation::ALL
                        .into_iter()
                        .map(|s| {
                            view! {
                                <label class="choice">
                                    <input
                                        type="radio"
                                        name="situation"
                                        value=s.key()
                                        prop:checked=move || situation.get() == Some(s)
                                        on:change=move |_| situation.set(Some(s))
                                    />
                                    <span>{s.label()}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Start my workbook"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| finish(false)>"Skip for now"</button>
                </div>
            </form>
        </section>
    }
}

/// After the welcome: a greeting, the suggested start and the three steps of the journey.
#[component]
fn Greeting() -> impl IntoView {
    let app = use_app();
    let profile = Memo::new(move |_| app.workbook.with(|wb| wb.profile.clone()));
    let hello = move || match profile.with(|p| p.greeting_name().map(str::to_owned)) {
        Some(n) => format!("Hello, {n}"),
        None => "Hello again".to_string(),
    };
    let suggestion = move || {
        profile
            .with(|p| p.situation)
            .map(|s| s.suggested_start())
            .unwrap_or("A good first step is the work values sort: it takes about ten minutes and shapes everything after it.")
    };

    view! {
        <header class="page-header">
            <h1>{hello}</h1>
            <p class="lead">{suggestion}</p>
        </header>
        <ol class="journey">
            <li class="card">
                <span class="step-number" aria-hidden="true">"1"</span>
                <h2>"Discover"</h2>
                <p>"Short reflection exercises on your values, interests, skills and what you want from work."</p>
                <A href="/discover" attr:class="btn btn-primary">"Start discovering"</A>
            </li>
            <li class="card">
                <span class="step-number" aria-hidden="true">"2"</span>
                <h2>"Set goals"</h2>
                <p>"Turn what you learn into clear goals with milestones, and plan for what might get in the way."</p>
                <A href="/goals" attr:class="btn btn-secondary">"Go to goals"</A>
            </li>
            <li class="card">
                <span class="step-number" aria-hidden="true">"3"</span>
                <h2>"Check in"</h2>
                <p>"A few minutes every week or two to notice progress, keep promises to yourself and adjust."</p>
                <A href="/checkins" attr:class="btn btn-secondary">"Plan check-ins"</A>
            </li>
        </ol>
    }
}
