//! The profile: the person's details (editable at any time), their pitch, and the
//! latest result of each discovery exercise on one calm page a person (or their coach)
//! reads first, with an invitation for each one not done.

mod details;
mod pitch;

use crate::ui::components::A;
use leptos::prelude::*;
use waymark_core::discover::{latest_profile, Named, NamedScore, ProfileSummary};

use crate::store::state::use_app;
use crate::ui::components::{EmptyState, PageHeader};
use crate::ui::pages::discover::charts::{Bar, Bars, ChartValue, RadarChart, WheelChart};
use crate::ui::pages::discover::{date_label, results_href, take_href, Sr};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let app = use_app();
    let profile = Memo::new(move |_| app.workbook.with(|wb| latest_profile(&wb.discovery)));
    let empty = Memo::new(move |_| profile.with(ProfileSummary::is_empty));

    view! {
        <div class="page disc-profile">
            <PageHeader
                title=crate::ui::words::pages::title("/profile")
                lead=crate::ui::words::pages::lead("/profile")
            />
            <details::Details />
            <pitch::PitchSection />
            <h2 class="profile-found">"What you've found so far"</h2>
            <Show
                when=move || !empty.get()
                fallback=|| {
                    view! {
                        <EmptyState
                            icon="person"
                            title="Nothing to gather yet"
                            body="Your profile fills in as you finish exercises in Discover. Start with any one; each adds a section here."
                            action_href="/discover"
                            action_label="Go to Discover"
                        />
                    }
                }
            >
                {move || profile.with(|p| p.my_why()).map(|why| view! {
                    <section class="card profile-why" aria-labelledby="why-title">
                        <h2 id="why-title">"Your why"</h2>
                        <p dir="auto">{why}</p>
                    </section>
                })}
                <div class="profile-grid">
                    {move || profile.with(sections)}
                </div>
                {move || profile.with(missing)}
            </Show>
        </div>
    }
}

/// A section's heading, date and link to the full results.
fn part_header(id: &'static str, title: &'static str, taken: String) -> impl IntoView {
    let heading = format!("profile-{id}");
    view! {
        <div class="profile-part-head">
            <h2 id=heading>{title}</h2>
            <p class="muted">
                {format!("From {taken} · ")}
                <A href=results_href(id)>
                    "See results"
                    <Sr text=format!(" for {}", title.to_lowercase()) />
                </A>
            </p>
        </div>
    }
}

fn names_list(list: &[Named], ordered: bool) -> AnyView {
    let items = list
        .iter()
        .map(|n| {
            view! {
                <li>
                    <strong>{n.name.clone()}</strong>
                    {(!n.detail.is_empty()).then(|| view! { <span class="muted">{format!(" — {}", n.detail)}</span> })}
                </li>
            }
        })
        .collect_view();
    if ordered {
        view! { <ol class="profile-list">{items}</ol> }.into_any()
    } else {
        view! { <ul class="profile-list">{items}</ul> }.into_any()
    }
}

/// Names only, for the longer lists (details are on the results page).
fn short_list(list: &[Named]) -> AnyView {
    view! { <ul class="profile-list">{list.iter().map(|n| view! { <li>{n.name.clone()}</li> }).collect_view()}</ul> }
        .into_any()
}

fn chart_values(scores: &[NamedScore]) -> Vec<ChartValue> {
    scores
        .iter()
        .map(|s| ChartValue {
            label: s.name.clone(),
            value: f64::from(s.value),
        })
        .collect()
}

fn sections(p: &ProfileSummary) -> AnyView {
    let values = p.values.as_ref().map(|v| {
        view! {
            <section class="card profile-part" aria-labelledby="profile-values">
                {part_header("values", "Top values", date_label(v.taken_at))}
                {if v.top.is_empty() {
                    view! { <p>"No values ranked this time."</p> }.into_any()
                } else {
                    names_list(&v.top, true)
                }}
            </section>
        }
    });
    let interests = p.interests.as_ref().map(|i| {
        let names = i.top_types.iter().map(|t| t.name.clone()).collect::<Vec<_>>().join(" · ");
        view! {
            <section class="card profile-part" aria-labelledby="profile-interests">
                {part_header("interests", "Interests", date_label(i.taken_at))}
                <p class="disc-big">{format!("Your code: {}", i.code)}</p>
                <p>{names}</p>
                {i.flat.then(|| view! { <p class="muted">"Your scores are close together, so treat the code lightly: your interests are broad."</p> })}
                <div class="disc-chart-row">
                    <RadarChart title="Interest scores" values=chart_values(&i.scores) max=100.0 />
                    <div class="disc-chart-text">
                        <h3>"Scores out of 100"</h3>
                        <ul class="disc-numbers">
                            {i.scores.iter().map(|s| view! { <li>{format!("{}: {}", s.name, s.value)}</li> }).collect_view()}
                        </ul>
                    </div>
                </div>
            </section>
        }
    });
    let skills = p.skills.as_ref().map(|s| {
        view! {
            <section class="card profile-part" aria-labelledby="profile-skills">
                {part_header("skills", "Motivated skills", date_label(s.taken_at))}
                <div class="profile-columns">
                    <div>
                        <h3>"Motivated strengths"</h3>
                        {if s.strengths.is_empty() {
                            view! { <p class="muted">"None rated high on both skill and enjoyment this time."</p> }.into_any()
                        } else {
                            short_list(&s.strengths)
                        }}
                    </div>
                    {(!s.growth_areas.is_empty()).then(|| view! {
                        <div>
                            <h3>"Growth areas"</h3>
                            {short_list(&s.growth_areas)}
                        </div>
                    })}
                    {(!s.burnout_risks.is_empty()).then(|| view! {
                        <div>
                            <h3>"Good at, but draining"</h3>
                            {short_list(&s.burnout_risks)}
                        </div>
                    })}
                </div>
            </section>
        }
    });
    let wheel = p.wheel.as_ref().map(|w| {
        let max = w.scores.first().map_or(10.0, |s| f64::from(s.max));
        let focus = w.focus.as_ref().map(|f| view! { <p>{format!("Where you want to start: {}", f.name)}</p> });
        view! {
            <section class="card profile-part" aria-labelledby="profile-wheel">
                {part_header("wheel", "Satisfaction wheel", date_label(w.taken_at))}
                <div class="disc-chart-row">
                    <WheelChart title="Satisfaction wheel" values=chart_values(&w.scores) max />
                    <div class="disc-chart-text">
                        <p class="disc-big">{crate::ui::words::show_headline(&w.headline)}</p>
                        {focus}
                        <ul class="disc-numbers">
                            {w.scores.iter().map(|s| view! { <li>{format!("{}: {} of {}", s.name, s.value, s.max)}</li> }).collect_view()}
                        </ul>
                    </div>
                </div>
            </section>
        }
    });
    let style = p.style.as_ref().map(|s| {
        let bars = s
            .scores
            .iter()
            .map(|x| {
                let dim = waymark_core::content::STYLE.dimension(&x.id);
                Bar {
                    label: x.name.clone(),
                    value: x.value,
                    max: x.max,
                    low: dim.map_or("", |d| d.low_pole).to_string(),
                    high: dim.map_or("", |d| d.high_pole).to_string(),
                }
            })
            .collect();
        view! {
            <section class="card profile-part" aria-labelledby="profile-style">
                {part_header("style", "Work style", date_label(s.taken_at))}
                <Bars bars />
            </section>
        }
    });
    let vision = p.vision.as_ref().map(|v| {
        view! {
            <section class="card profile-part" aria-labelledby="profile-vision">
                {part_header("vision", "Vision", date_label(v.taken_at))}
                <blockquote class="profile-vision" dir="auto">{v.statement.clone()}</blockquote>
            </section>
        }
    });
    let beliefs = p.beliefs.as_ref().map(|b| {
        let list = b
            .reframed
            .iter()
            .map(|r| {
                view! {
                    <li>
                        <p class="belief-old">
                            <span class="belief-label">"Old thought"</span>
                            <span dir="auto">{r.belief.clone()}</span>
                        </p>
                        <p class="belief-new">
                            <span class="belief-label">"Reframed"</span>
                            <span dir="auto">{r.reframe.clone()}</span>
                        </p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="card profile-part" aria-labelledby="profile-beliefs">
                {part_header("beliefs", "Reframed beliefs", date_label(b.taken_at))}
                {if b.reframed.is_empty() {
                    view! { <p class="muted">"No reframes written yet."</p> }.into_any()
                } else {
                    view! { <ul class="beliefs">{list}</ul> }.into_any()
                }}
            </section>
        }
    });
    view! { {values} {interests} {skills} {wheel} {style} {vision} {beliefs} }.into_any()
}

fn missing(p: &ProfileSummary) -> Option<AnyView> {
    let missing = p.missing();
    if missing.is_empty() {
        return None;
    }
    let items = missing
        .into_iter()
        .map(|inst| {
            view! {
                <li>
                    <div>
                        <strong>{inst.title}</strong>
                        <span class="muted">{format!(" — {} About {} minutes.", inst.purpose, inst.minutes)}</span>
                    </div>
                    <A href=take_href(inst.id) attr:class="btn btn-secondary">
                        "Start"
                        <Sr text=format!(" the {}", inst.title.to_lowercase()) />
                    </A>
                </li>
            }
        })
        .collect_view();
    Some(
        view! {
            <section class="card profile-missing" aria-labelledby="missing-title">
                <h2 id="missing-title">"Still to explore"</h2>
                <p>"Each of these adds another piece to this page, whenever you're ready."</p>
                <ul class="profile-invites">{items}</ul>
            </section>
        }
        .into_any(),
    )
}
