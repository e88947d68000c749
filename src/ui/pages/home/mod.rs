//! Home: the first-run welcome, then a greeting and the dashboard: what's due, what's
//! waiting, the next check-in, goals behind pace (with a "my why" reminder), recent wins
//! and the streak. While the workbook is quiet it shows the three-step journey instead.

use leptos::prelude::*;
use waymark_core::dashboard::{JourneyProgress, JourneyStep};
use waymark_core::home;
use waymark_core::profile::Situation;

use super::checkins::{goal_href, goal_label, nice_date, streak_words};
use crate::store::{clock, state::use_app};
use crate::ui::components::{drawn_after, Icon, Later, SituationChoices, A};
use crate::ui::{with_shell_down, PageLoadError};

mod data;
use data::{home_data, Comeback, DueRow, HomeData};

/// The home page: the welcome on a first run, then a greeting. While the workbook plainly
/// has nothing to show ([`home::plainly_quiet`]: a first visit's, say) the journey is drawn
/// at once from the main wasm; otherwise the greeting and dashboard come from the `home`
/// group's file and the page shell stays up until they are drawn.
#[component]
pub fn HomePage() -> impl IntoView {
    let app = use_app();
    let shown = Memo::new(move |_| {
        app.workbook.with(|wb| {
            if !wb.profile.welcomed {
                Shown::Welcome
            } else if home::plainly_quiet(wb) {
                Shown::Quiet
            } else {
                Shown::Worked
            }
        })
    });
    view! {
        <div class="page">
            {move || match shown.get() {
                Shown::Welcome => with_shell_down(view! { <Welcome /> }.into_any()),
                Shown::Quiet => with_shell_down(view! { <QuietGreeting /> }.into_any()),
                Shown::Worked => view! { <GreetingWhenLoaded /> }.into_any(),
            }}
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Welcome,
    /// Plainly nothing to show yet: the journey.
    Quiet,
    /// Worked out from the workbook, by the `home` group.
    Worked,
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
            <h1 id="welcome-title">{crate::ui::words::pages::WELCOME.0}</h1>
            <p class="lead">{crate::ui::words::pages::WELCOME.1}</p>
            <ul class="promise">
                <li><Icon name="device" />" Everything you write stays in this browser, on this device."</li>
                <li><Icon name="people" />" No account, no tracking. Nothing is sent anywhere."</li>
                <li><Icon name="save" />" Download a backup file whenever you like."</li>
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
                    <SituationChoices
                        name="situation"
                        selected=situation
                        on_pick=Callback::new(move |s| situation.set(Some(s)))
                    />
                </fieldset>
                <div class="actions">
                    <button type="submit" class="btn btn-primary">"Start my workbook"</button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| finish(false)>"Skip for now"</button>
                </div>
            </form>
        </section>
    }
}

/// The greeting, with nothing yet to show but the journey.
#[component]
fn QuietGreeting() -> impl IntoView {
    let app = use_app();
    let journey = Memo::new(move |_| app.workbook.with(JourneyProgress::of));
    view! {
        <GreetingHeader quiet=Signal::stored(true) journey=journey />
        <Journey progress=journey />
    }
}

/// The greeting's heading and lead: the person's name, then today's date over a
/// dashboard, or the journey's next step while the workbook is quiet.
#[component]
fn GreetingHeader(
    #[prop(into)] quiet: Signal<bool>,
    #[prop(into)] journey: Signal<JourneyProgress>,
) -> impl IntoView {
    let app = use_app();
    let situation = Memo::new(move |_| app.workbook.with(|wb| wb.profile.situation));
    let lead = move || {
        if !quiet.get() {
            return format!(
                "Here's where things stand today, {}.",
                nice_date(clock::today())
            );
        }
        match journey.with(JourneyProgress::next_step) {
            Some(JourneyStep::Discover) | None => situation
                .get()
                .map(|s| s.suggested_start())
                .unwrap_or("A good first step is the work values sort: it takes about ten minutes and shapes everything after it.")
                .to_string(),
            Some(JourneyStep::Goals) => "You've made a start on getting to know what matters to you. A good next step is to turn it into a goal with a few milestones.".to_string(),
            Some(JourneyStep::CheckIns) => "Your goals are written down. Now choose how often you'd like to check in, so they keep moving.".to_string(),
        }
    };
    view! {
        // Kept for the next visit's page shell (src/ui/page_tops.rs); the dashboard's
        // lead names today's date.
        <header class="page-header" data-shell=move || if quiet.get() { "" } else { "today" }>
            <h1><Hello /></h1>
            <p class="lead">{lead}</p>
        </header>
    }
}

/// "Hello, Sam": the name is the person's own words, isolated so a right-to-left name
/// reads right.
#[component]
fn Hello() -> impl IntoView {
    let app = use_app();
    let name = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.profile.greeting_name().map(str::to_owned))
    });
    move || match name.get() {
        Some(n) => view! { "Hello, " <bdi dir="auto">{n}</bdi> }.into_any(),
        None => "Hello again".into_any(),
    }
}

/// The three steps of the journey, marking what's done and pointing at what's next.
#[component]
fn Journey(#[prop(into)] progress: Signal<JourneyProgress>) -> impl IntoView {
    let steps = [
        (
            JourneyStep::Discover,
            "1",
            "Discover",
            "Short reflection exercises on your values, interests, skills and what you want from work.",
            "/discover",
            "Start discovering",
            "See your exercises",
        ),
        (
            JourneyStep::Goals,
            "2",
            "Set goals",
            "Turn what you learn into clear goals with milestones, and plan for what might get in the way.",
            "/goals",
            "Go to goals",
            "See your goals",
        ),
        (
            JourneyStep::CheckIns,
            "3",
            "Check in",
            "A few minutes every week or two to notice progress, keep promises to yourself and adjust.",
            "/checkins",
            "Plan check-ins",
            "Go to check-ins",
        ),
    ];
    view! {
        <ol class="journey">
            {steps
                .into_iter()
                .map(|(step, number, title, body, href, start_label, done_label)| {
                    let done = move || progress.with(|p| p.is_done(step));
                    let is_next = move || progress.with(|p| p.next_step() == Some(step));
                    view! {
                        <li class="card" class:journey-next=is_next class:journey-done=done>
                            <span class="step-number" aria-hidden="true">{number}</span>
                            <h2>{title}</h2>
                            {move || {
                                if done() {
                                    Some(view! { <p class="journey-badge"><Icon name="check" />" Under way"</p> }.into_any())
                                } else if is_next() {
                                    Some(view! { <p class="journey-badge next"><Icon name="flag" />" Your next step"</p> }.into_any())
                                } else {
                                    None
                                }
                            }}
                            <p>{body}</p>
                            <A
                                href=href
                                attr:class=move || if is_next() { "btn btn-primary" } else { "btn btn-secondary" }
                            >
                                {move || if done() { done_label } else { start_label }}
                            </A>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}

/// The greeting worked out from the workbook, and the dashboard: code of its own in
/// release builds (the `home` group), which a first visit never runs. A returning
/// person's route hint asks for it with the main wasm; until it is drawn the page shell
/// stays up, and if it can't be fetched the page says so.
#[component]
fn GreetingWhenLoaded() -> impl IntoView {
    view! {
        <Suspense>
            {Suspend::new(async move {
                with_shell_down(drawn_after(greeting()).await.unwrap_or_else(|PageLoadError| {
                    view! { <DashboardDidNotLoad /> }.into_any()
                }))
            })}
        </Suspense>
    }
}

#[cfg(not(debug_assertions))]
#[leptos::wasm_split::wasm_split(home, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload_home))]
pub(crate) fn greeting() -> Result<AnyView, PageLoadError> {
    Ok(view! { <Greeting /> }.into_any())
}

#[cfg(debug_assertions)]
async fn greeting() -> Result<AnyView, PageLoadError> {
    Ok(view! { <Greeting /> }.into_any())
}

#[component]
fn DashboardDidNotLoad() -> impl IntoView {
    let (title, text) = crate::ui::words::pages::DASHBOARD_MISSING;
    view! {
        <header class="page-header">
            <h1><Hello /></h1>
        </header>
        <section class="card" aria-labelledby="dash-missing-title">
            <h2 id="dash-missing-title"><Icon name="map" />" " {title}</h2>
            <p>{text}</p>
            <button class="btn btn-primary" on:click=|_| crate::ui::reload()>{crate::ui::words::pages::RELOAD}</button>
        </section>
    }
}

/// The greeting, the coach's program cards and the dashboard (or the journey, when all
/// the workbook holds is quiet).
#[component]
fn Greeting() -> impl IntoView {
    let app = use_app();
    let data = Memo::new(move |_| {
        let today = clock::today();
        app.workbook.with(|wb| home_data(wb, today))
    });
    let quiet = Memo::new(move |_| data.with(|d| d.quiet));
    let journey = Memo::new(move |_| data.with(|d| d.journey));
    view! {
        <GreetingHeader quiet=quiet journey=journey />
        <super::coach::ProgramCards />
        <Show when=move || quiet.get() fallback=move || view! { <Later><Dashboard data=data /></Later> }>
            <Journey progress=journey />
        </Show>
    }
}

#[component]
fn Dashboard(data: Memo<HomeData>) -> impl IntoView {
    let due_this_week = Memo::new(move |_| data.with(|d| d.due_this_week.clone()));
    let overdue = Memo::new(move |_| data.with(|d| d.overdue.clone()));
    let behind = Memo::new(move |_| data.with(|d| d.goals_behind.clone()));
    let wins = Memo::new(move |_| data.with(|d| d.recent_wins.clone()));
    let next = Memo::new(move |_| data.with(|d| d.next_checkin));
    let streak = Memo::new(move |_| data.with(|d| d.streak));
    let why = Memo::new(move |_| data.with(|d| d.my_why.clone()));
    let search_week = Memo::new(move |_| data.with(|d| d.search_week.clone()));
    let comeback = Memo::new(move |_| data.with(|d| d.comeback.clone()));

    view! {
        {move || comeback.get().map(|c| view! { <ComebackCard c /> })}
        <div class="dash-grid">
            <super::coach::SessionCard />
            <section class="card dash-next" aria-labelledby="dash-next-title">
                <h2 id="dash-next-title"><Icon name="calendar" />" Next check-in"</h2>
                {move || match next.get() {
                    Some(n) => view! {
                        <p class="dash-big">{nice_date(n.due)}</p>
                        <p class:dash-overdue=n.is_overdue()>{n.summary()}</p>
                        <A href="/checkins?checkin=now" attr:class="btn btn-primary">"Check in now"</A>
                    }.into_any(),
                    None => view! {
                        <p>"You haven't chosen how often to check in yet. A short, regular check-in is what keeps goals moving."</p>
                        <A href="/checkins" attr:class="btn btn-secondary">"Choose a rhythm"</A>
                    }.into_any(),
                }}
            </section>

            <section class="card dash-streak" aria-labelledby="dash-streak-title">
                <h2 id="dash-streak-title"><Icon name="check" />" Your streak"</h2>
                <p class="dash-big">{move || streak.get()}</p>
                <p>{move || streak_words(streak.get())}</p>
                <A href="/checkins">"See your check-ins"</A>
            </section>

            <section class="card dash-week" aria-labelledby="dash-week-title">
                <h2 id="dash-week-title"><Icon name="flag" />" Due this week"</h2>
                <Show
                    when=move || due_this_week.with(|l| !l.is_empty())
                    fallback=|| view! { <p class="muted">"Nothing is due between today and Sunday. A good week to get ahead, or to rest."</p> }
                >
                    <DueList rows=due_this_week />
                </Show>
            </section>

            <Show when=move || search_week.with(|l| !l.is_empty())>
                <section class="card dash-search" aria-labelledby="dash-search-title">
                    <h2 id="dash-search-title"><Icon name="people" />" Your job search this week"</h2>
                    <DueList rows=search_week />
                    <A href="/search">"See your applications"</A>
                </section>
            </Show>

            <Show when=move || overdue.with(|l| !l.is_empty())>
                <section class="card dash-overdue-card" aria-labelledby="dash-overdue-title">
                    <h2 id="dash-overdue-title"><Icon name="info" />" Still open from before"</h2>
                    <p class="muted">"These dates have passed. Finish them, pick a new date, or let them go: all fine choices."</p>
                    <DueList rows=overdue />
                </section>
            </Show>

            <Show when=move || behind.with(|l| !l.is_empty())>
                <section class="card dash-behind" aria-labelledby="dash-behind-title">
                    <h2 id="dash-behind-title"><Icon name="map" />" Goals behind your pace"</h2>
                    <p class="muted">"Behind isn't failing. It's a prompt to take one small step, or to adjust the plan."</p>
                    <ul class="item-list">
                        <For each=move || behind.get() key=|g| g.id.clone() let:g>
                            <li class="item">
                                <A href=goal_href(&g.id) attr:class="item-title"><span dir="auto">{goal_label(&g.title)}</span></A>
                            </li>
                        </For>
                    </ul>
                </section>
            </Show>

            {move || why.get().map(|text| view! {
                <section class="card dash-why" aria-labelledby="dash-why-title">
                    <h2 id="dash-why-title"><Icon name="compass" />" Remember your why"</h2>
                    {match text {
                        Some(t) => view! { <p class="why-text" dir="auto">{t}</p> }.into_any(),
                        None => view! {
                            <p>"When a goal slips, it helps to remember why it matters. Do the work values sort or the vision exercise, and your reasons will show here."</p>
                            <A href="/discover">"Go to discover"</A>
                        }.into_any(),
                    }}
                </section>
            })}

            <section class="card dash-wins" aria-labelledby="dash-wins-title">
                <h2 id="dash-wins-title"><Icon name="star" />" Recent wins"</h2>
                <Show
                    when=move || wins.with(|l| !l.is_empty())
                    fallback=|| view! {
                        <p class="muted">"No wins logged in the last month. Something small counts: a message sent, a page written, a question asked."</p>
                        <A href="/journal" attr:class="btn btn-secondary">"Log a win"</A>
                    }
                >
                    <ul class="item-list">
                        <For each=move || wins.get() key=|w| w.id.clone() let:w>
                            <li class="item">
                                <A href="/journal" attr:class="item-title"><span dir="auto">{w.text.clone()}</span></A>
                                <span class="item-meta">
                                    {nice_date(w.date)}
                                    {w.goal.clone().map(|g| view! { " · " <span dir="auto">{g}</span> })}
                                </span>
                            </li>
                        </For>
                    </ul>
                    <A href="/journal">"See your journal"</A>
                </Show>
            </section>
        </div>
    }
}

/// How many dated items a dashboard list shows before "Show all": years of open steps
/// would otherwise make the home page long and slow to draw and to leave.
const DUE_SHOWN: usize = 10;

/// An element id for a dashboard item's link.
fn due_link_id(key: &str) -> String {
    let safe: String = key
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("due-{safe}")
}

#[component]
fn DueList(rows: Memo<Vec<DueRow>>) -> impl IntoView {
    let all = RwSignal::new(false);
    let shown = move || {
        let limit = if all.get() { usize::MAX } else { DUE_SHOWN };
        rows.with(|r| r.iter().take(limit).cloned().collect::<Vec<_>>())
    };
    let show_all = move |_| {
        all.set(true);
        // Keyboard focus moves to the first item that was just added.
        if let Some(key) = rows.with_untracked(|r| r.get(DUE_SHOWN).map(|r| r.key.clone())) {
            let id = due_link_id(&key);
            request_animation_frame(move || {
                use wasm_bindgen::JsCast;
                if let Some(el) = document()
                    .get_element_by_id(&id)
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
            });
        }
    };
    view! {
        <ul class="item-list">
            <For each=shown key=|r| r.key.clone() let:r>
                <li class="item">
                    <A href=r.href.clone() attr:id=due_link_id(&r.key) attr:class="item-title"><span dir="auto">{r.title.clone()}</span></A>
                    <span class="item-meta" dir="auto">{r.context.clone()}</span>
                    <span class="item-meta">{r.when.clone()}</span>
                </li>
            </For>
        </ul>
        <Show when=move || !all.get() && rows.with(|r| r.len() > DUE_SHOWN)>
            <p class="due-more">
                <button type="button" class="btn btn-quiet" on:click=show_all>
                    {move || format!("Show all {}", rows.with(Vec::len))}
                </button>
            </p>
        </Show>
    }
}

/// After a setback: the person's own recent wins and stories, and why they started.
#[component]
fn ComebackCard(c: Comeback) -> impl IntoView {
    let has_evidence = !c.wins.is_empty() || !c.stories.is_empty();
    let has_why = c.why.is_some() || !c.goals.is_empty();
    view! {
        <section class="card dash-comeback" aria-labelledby="dash-comeback-title">
            <h2 id="dash-comeback-title"><Icon name="sparkle" />" A setback isn't the whole story"</h2>
            <p>
                "You wrote about a setback on " {nice_date(c.date)} ". It's a part of the road, not the end of it. Here is what you've already shown, in your own words."
            </p>
            <div class="comeback-grid">
                <div>
                    <h3>"Your own evidence"</h3>
                    {if has_evidence {
                        view! {
                            <ul class="item-list comeback-evidence">
                                {c.wins.into_iter().map(|w| view! {
                                    <li class="item">
                                        <span class="item-title" dir="auto"><Icon name="star" />" " {w.text}</span>
                                        <span class="item-meta">"Win · " {nice_date(w.date)}</span>
                                    </li>
                                }).collect_view()}
                                {c.stories.into_iter().map(|(id, title)| view! {
                                    <li class="item">
                                        <A href=format!("/stories/{id}") attr:class="item-title"><Icon name="book" />" " <span dir="auto">{title}</span></A>
                                        <span class="item-meta">"Story"</span>
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    } else {
                        view! {
                            <p>"Think of one thing you've done that you're quietly proud of, and log it as a win. It will be here next time."</p>
                            <A href="/journal" attr:class="btn btn-secondary">"Log a win"</A>
                        }.into_any()
                    }}
                </div>
                <div>
                    <h3>"Your why"</h3>
                    {c.why.map(|w| view! { <p class="why-text" dir="auto">{w}</p> })}
                    {(!c.goals.is_empty()).then(|| view! {
                        <ul class="item-list">
                            {c.goals.into_iter().map(|(id, title, outcome)| view! {
                                <li class="item">
                                    <A href=goal_href(&id) attr:class="item-title"><span dir="auto">{title}</span></A>
                                    {(!outcome.is_empty()).then(|| view! { <span class="item-meta" dir="auto">{outcome}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!has_why).then(|| view! {
                        <p>"Your reasons will show here once you've done the values sort or the vision exercise."</p>
                        <A href="/discover">"Go to discover"</A>
                    })}
                </div>
            </div>
            {(!c.try_next.is_empty()).then(|| view! {
                <p class="comeback-next"><strong>"What you said you'd try next: "</strong><span dir="auto">{c.try_next}</span></p>
            })}
            <A href=format!("/journal#setback-{}", c.setback_id)>"See what you wrote"</A>
        </section>
    }
}
