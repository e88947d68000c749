//! A result's chart, with its numbers as text, for each kind of outcome (sorted groups,
//! scores, a skills map, the wheel, ratings, beliefs), and the labels it shows.

use leptos::prelude::*;
use waymark_core::discover::{Instrument, InstrumentResult, Outcome, Quadrant, Ratings, Scoring};

use super::charts::{Bar, Bars, ChartValue, MapPoint, RadarChart, SkillsMap, WheelChart};
use super::{goal_href, Sr};
use crate::ui::components::A;

pub(super) fn name(inst: &Instrument, id: &str) -> String {
    inst.label(id).unwrap_or(id).to_string()
}

/// The wheel's area ratings in content order (the focus choice is not an area).
pub(crate) fn wheel_values(inst: &Instrument, r: &Ratings) -> Vec<ChartValue> {
    r.scores
        .iter()
        .map(|s| ChartValue {
            label: name(inst, &s.id),
            value: f64::from(s.value),
        })
        .collect()
}

/// The largest point on the instrument's rating scale (10 for the wheel).
pub(crate) fn rating_max(inst: &Instrument) -> f64 {
    inst.items
        .iter()
        .find_map(|i| i.kind.scale().map(|s| f64::from(s.max)))
        .unwrap_or(10.0)
}

/// The chart and its numbers as text for one result.
pub(super) fn chart(
    inst: &'static Instrument,
    r: &InstrumentResult,
    earlier: Vec<(String, Vec<f64>)>,
) -> AnyView {
    match &r.outcome {
        Outcome::Sorted(s) => {
            let groups = s
                .groups
                .iter()
                .map(|g| {
                    let heading = name(inst, &g.id);
                    let items = g
                        .items
                        .iter()
                        .map(|id| view! { <li>{name(inst, id)}</li> })
                        .collect_view();
                    let count = g.items.len();
                    view! {
                        <div class="disc-group">
                            <h3>{format!("{heading} ({count})")}</h3>
                            <ul>{items}</ul>
                        </div>
                    }
                })
                .collect_view();
            let top = s
                .top
                .iter()
                .map(|id| view! { <li>{name(inst, id)}</li> })
                .collect_view();
            view! {
                <div class="disc-top">
                    <h3>"Your top five, in order"</h3>
                    <ol class="disc-top-list">{top}</ol>
                </div>
                <div class="disc-groups">{groups}</div>
            }
            .into_any()
        }
        Outcome::Scores(s) if !s.code.is_empty() => {
            let values: Vec<ChartValue> = s
                .scores
                .iter()
                .map(|d| ChartValue {
                    label: name(inst, &d.id),
                    value: f64::from(d.score),
                })
                .collect();
            let list = values
                .iter()
                .map(|v| view! { <li>{format!("{}: {} of 100", v.label, v.value)}</li> })
                .collect_view();
            view! {
                <div class="disc-chart-row">
                    <RadarChart title="Your interest scores" values=values.clone() max=100.0 />
                    <div class="disc-chart-text">
                        <h3>"Scores out of 100"</h3>
                        <ul class="disc-numbers">{list}</ul>
                    </div>
                </div>
            }
            .into_any()
        }
        Outcome::Scores(s) => {
            let bars = s
                .scores
                .iter()
                .map(|d| {
                    let dim = inst.dimension(&d.id);
                    Bar {
                        label: name(inst, &d.id),
                        value: d.score,
                        max: 100,
                        low: dim.map_or("", |x| x.low_pole).to_string(),
                        high: dim.map_or("", |x| x.high_pole).to_string(),
                    }
                })
                .collect();
            view! { <Bars bars /> }.into_any()
        }
        Outcome::Quadrants(q) => {
            let (high_from, texts) = match inst.scoring {
                Scoring::Quadrants { high_from, texts } => {
                    (high_from, texts.map(|t| t.name.to_string()))
                }
                _ => (4, Quadrant::ALL.map(|_| String::new())),
            };
            let points = q
                .points
                .iter()
                .map(|p| MapPoint {
                    label: name(inst, &p.id),
                    x: p.proficiency,
                    y: p.enjoyment,
                })
                .collect();
            let counts = Quadrant::ALL.map(|quad| q.list(quad).len());
            let (min, max) = inst
                .items
                .iter()
                .find_map(|i| match i.kind {
                    waymark_core::discover::ItemKind::Pair(a, _) => Some((a.min, a.max)),
                    _ => None,
                })
                .unwrap_or((1, 5));
            view! {
                <SkillsMap title="Your skills map" points min max high_from names=texts counts />
                <p class="muted">
                    "Each dot is a skill. Further right means more skilled; higher up means you enjoy it more. The lists below name every skill in each part of the map."
                </p>
            }
            .into_any()
        }
        Outcome::Ratings(w) => {
            let values = wheel_values(inst, w);
            let max = rating_max(inst);
            let legend = (!earlier.is_empty()).then(|| {
                let dates = earlier
                    .iter()
                    .map(|(d, _)| d.clone())
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <p class="disc-legend">
                        <span class="legend-swatch is-filled" aria-hidden="true"></span>
                        " Filled: this wheel. "
                        <span class="legend-swatch is-dashed" aria-hidden="true"></span>
                        {format!(" Dashed outlines: earlier wheels ({dates}).")}
                    </p>
                }
            });
            let earlier_text = earlier.clone();
            let rows = values
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let before = earlier_text
                        .last()
                        .and_then(|(_, vals)| vals.get(i))
                        .map(|x| format!(" (before: {x})"))
                        .unwrap_or_default();
                    view! { <li>{format!("{}: {} of {max}{before}", v.label, v.value)}</li> }
                })
                .collect_view();
            view! {
                <div class="disc-chart-row">
                    <div>
                        <WheelChart title="Your satisfaction wheel" values=values.clone() max earlier />
                        {legend}
                    </div>
                    <div class="disc-chart-text">
                        <h3>"Your ratings"</h3>
                        <ul class="disc-numbers">{rows}</ul>
                    </div>
                </div>
            }
            .into_any()
        }
        Outcome::Beliefs(b) => {
            if b.records.is_empty() {
                return view! { <p>"No beliefs were written down this time."</p> }.into_any();
            }
            let cards = b
                .records
                .iter()
                .map(|rec| {
                    let experiment = rec.experiment.clone();
                    view! {
                        <li class="belief">
                            <p class="belief-old">
                                <span class="belief-label">"The old thought"</span>
                                <span dir="auto">{rec.belief.clone()}</span>
                            </p>
                            <p class="belief-new">
                                <span class="belief-label">"A more balanced view"</span>
                                <span dir="auto">
                                    {if rec.reframe.is_empty() { "Not written yet.".to_string() } else { rec.reframe.clone() }}
                                </span>
                            </p>
                            {(!rec.evidence_for.is_empty() || !rec.evidence_against.is_empty())
                                .then(|| {
                                    view! {
                                        <dl class="belief-evidence">
                                            {(!rec.evidence_for.is_empty())
                                                .then(|| view! { <dt>"What seemed to support it"</dt><dd dir="auto">{rec.evidence_for.clone()}</dd> })}
                                            {(!rec.evidence_against.is_empty())
                                                .then(|| view! { <dt>"What didn't fit it"</dt><dd dir="auto">{rec.evidence_against.clone()}</dd> })}
                                        </dl>
                                    }
                                })}
                            {(!experiment.is_empty())
                                .then(|| {
                                    view! {
                                        <div class="belief-experiment">
                                            <p>
                                                <span class="belief-label">"A small experiment"</span>
                                                <span dir="auto">{experiment.clone()}</span>
                                            </p>
                                            <A href=goal_href(&experiment, "other", None) attr:class="btn btn-secondary">
                                                "Make this a goal"
                                                <Sr text=format!(" from the experiment: {experiment}") />
                                            </A>
                                        </div>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view();
            view! { <ul class="beliefs">{cards}</ul> }.into_any()
        }
        Outcome::Statement(_) => ().into_any(),
    }
}
