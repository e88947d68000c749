//! Evidence (`/stories/evidence`): wins and stories grouped by the skill or strength they
//! show, each with its counts over time as small bars and a sentence, and a brag
//! document of a chosen stretch of time to download. Grouping and counting are
//! `core::stories::evidence`; the Markdown is `core::stories::brag`.

use leptos::prelude::*;
use reactive_stores::Store;
use serde::{Deserialize, Serialize};
use waymark_core::forms::parse_date;
use waymark_core::stories::brag;
use waymark_core::stories::evidence::{self, Group, Item, Piece, Range, Shows, Span};

use crate::store::{clock, files, locale, state::use_app};
use crate::ui::components::fields::{DateField, ProblemSummary};
use crate::ui::components::{EmptyState, Icon, A};
use crate::ui::form::{Draft, Form, Problems};
use crate::ui::words::evidence as w;

use super::SubPageHeader;

/// One piece of evidence as a group lists it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Line {
    date: String,
    win: bool,
    text: String,
    href: String,
}

/// One group as the page shows it.
#[derive(Clone, PartialEq, Eq, Hash)]
struct Card {
    key: String,
    name: String,
    sentence: String,
    counts: Vec<usize>,
    wins: usize,
    stories: usize,
    lines: Vec<Line>,
    untagged: bool,
}

/// The whole view: a summary, how it is counted, the period names and the groups.
#[derive(Clone, PartialEq, Default)]
struct Overview {
    empty: bool,
    summary: String,
    counted: String,
    most: usize,
    cards: Vec<Card>,
}

fn line(l: &locale::Locale, item: &Item<'_>) -> Line {
    let date = w::date(l, item.date, item.precision);
    match item.piece {
        Piece::Win(win) => Line {
            date,
            win: true,
            text: win.what_happened.clone(),
            href: format!("/journal#win-{}", win.id),
        },
        Piece::Story(s) => Line {
            date,
            win: false,
            text: if s.title.trim().is_empty() {
                s.situation.clone()
            } else {
                s.title.clone()
            },
            href: format!("/stories/{}", s.id),
        },
    }
}

fn card(l: &locale::Locale, e: &evidence::Evidence<'_>, g: &Group<'_>) -> Card {
    let counted = e.counted(g);
    Card {
        key: match &g.shows {
            Shows::Skill(k) => format!("skill:{k}"),
            Shows::Own(t) => format!("own:{}", t.to_lowercase()),
            Shows::Untagged => "untagged".into(),
        },
        name: w::shows(&g.shows),
        sentence: w::group_counts(l, g.wins(), g.stories(), &counted),
        counts: g.counts.clone(),
        wins: g.wins(),
        stories: g.stories(),
        lines: g.items.iter().map(|i| line(l, i)).collect(),
        untagged: g.shows == Shows::Untagged,
    }
}

#[component]
pub fn EvidencePage() -> impl IntoView {
    let app = use_app();
    let overview = Memo::new(move |_| {
        let l = locale::current();
        app.workbook.with(|wb| {
            let e = evidence::evidence(
                &wb.journal.wins,
                &wb.stories,
                Range::everything(clock::today()),
            );
            if e.is_empty() {
                return Overview {
                    empty: true,
                    ..Default::default()
                };
            }
            let (first, last) = (e.periods.first().copied(), e.periods.last().copied());
            Overview {
                empty: false,
                summary: w::summary(&l, e.wins, e.stories, e.shown()),
                counted: first
                    .zip(last)
                    .map(|(a, b)| w::counted_per(e.step, a, b))
                    .unwrap_or_default(),
                most: e
                    .groups
                    .iter()
                    .flat_map(|g| g.counts.iter().copied())
                    .max()
                    .unwrap_or(0),
                cards: e.groups.iter().map(|g| card(&l, &e, g)).collect(),
            }
        })
    });
    let empty = Memo::new(move |_| overview.with(|o| o.empty));

    view! {
        <div class="page stories evidence">
            <SubPageHeader path="/stories/evidence" />
            <Show
                when=move || !empty.get()
                fallback=|| view! {
                    <EmptyState icon="chart" title=w::EMPTY_TITLE body=w::EMPTY_BODY action_href="/journal" action_label="Log a win" />
                }
            >
                <section class="card evidence-summary" aria-labelledby="evidence-title">
                    <h2 id="evidence-title">"What your evidence shows"</h2>
                    <p>{move || overview.with(|o| o.summary.clone())}</p>
                    <p class="muted">{move || overview.with(|o| o.counted.clone())}</p>
                    <ul class="evidence-groups">
                        <For each=move || overview.with(|o| o.cards.clone()) key=|c| c.clone() let:card>
                            <GroupView card=card most=Signal::derive(move || overview.with(|o| o.most)) />
                        </For>
                    </ul>
                </section>
                <BragSection />
            </Show>
        </div>
    }
}

/// One group: its name, its counts as bars and in a sentence, and what it holds.
#[component]
fn GroupView(card: Card, most: Signal<usize>) -> impl IntoView {
    let see = w::see(&locale::current(), card.wins, card.stories);
    let bars = card.counts.clone();
    view! {
        <li class="evidence-group" class:untagged=card.untagged>
            <section aria-label=card.name.clone()>
                <h3 dir="auto">{card.name.clone()}</h3>
                <p class="evidence-sentence">{card.sentence.clone()}</p>
                {move || bar_chart(&bars, most.get())}
                {card.untagged.then(|| view! { <p class="muted">{w::UNTAGGED_HINT}</p> })}
                <details class="evidence-items">
                    <summary>{see}</summary>
                    <ul class="plain-list">
                        {card.lines.into_iter().map(|l| view! {
                            <li>
                                <span class="evidence-kind">
                                    <Icon name=if l.win { "star" } else { "book" } />
                                    {if l.win { " Win · " } else { " Story · " }}
                                    {l.date}
                                </span>
                                " "
                                <A href=l.href><span dir="auto">{l.text}</span></A>
                            </li>
                        }).collect_view()}
                    </ul>
                </details>
            </section>
        </li>
    }
}

/// Bars of equal width, one per period, scaled to the most in any period of any group;
/// the sentence beside them says the same in words, so the drawing is hidden from
/// screen readers.
fn bar_chart(counts: &[usize], most: usize) -> impl IntoView {
    const H: f64 = 48.0;
    const W: f64 = 24.0;
    const GAP: f64 = 6.0;
    let n = counts.len().max(1) as f64;
    let width = n * (W + GAP) - GAP;
    let most = most.max(1) as f64;
    let bars = counts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let h = if *c == 0 {
                1.5
            } else {
                (*c as f64 / most * H).max(4.0)
            };
            let x = i as f64 * (W + GAP);
            let class = if *c == 0 {
                "evidence-bar-none"
            } else {
                "evidence-bar"
            };
            view! { <rect class=class x=x y=H - h width=W height=h rx="2" /> }
        })
        .collect_view();
    view! {
        <div class="evidence-chart" aria-hidden="true">
            <svg viewBox=format!("0 0 {width} {H}") width=width height=H>
                {bars}
            </svg>
        </div>
    }
}

/// The brag document's period, as chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, Store)]
#[serde(default)]
pub struct BragText {
    pub span: String,
    pub from: String,
    pub to: String,
}

impl Default for BragText {
    fn default() -> Self {
        BragText {
            span: "year".into(),
            from: String::new(),
            to: String::new(),
        }
    }
}

impl Draft for BragText {
    const KEY: &'static str = "brag";
    fn is_blank(&self) -> bool {
        *self == BragText::default()
    }
}

impl BragText {
    fn span(&self) -> Span {
        match self.span.as_str() {
            "half" => Span::HalfYear,
            "all" => Span::Everything,
            "custom" => Span::Custom {
                from: parse_date(&self.from),
                to: parse_date(&self.to),
            },
            _ => Span::Year,
        }
    }
}

/// The period to cover, what it would hold, and the download.
#[component]
fn BragSection() -> impl IntoView {
    let app = use_app();
    let form: Form<BragText> = Form::new("brag-problems", BragText::default());
    form.restore();
    form.keep();
    let f = form.fields;
    // (wins, stories) in the chosen range, or nothing while the dates don't make one.
    let holds = Memo::new(move |_| {
        let range = f.with(|t| t.span().range(clock::today())).ok()?;
        Some(app.workbook.with(|wb| {
            let e = evidence::evidence(&wb.journal.wins, &wb.stories, range);
            (e.wins, e.stories)
        }))
    });
    let download = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = form.value();
        let today = clock::today();
        let mut problems = Problems::default();
        if typed.span == "custom" {
            for (id, text) in [("brag-from", &typed.from), ("brag-to", &typed.to)] {
                if !text.trim().is_empty() && parse_date(text).is_none() {
                    problems.add(id, "Enter a whole date, or leave it empty.");
                }
            }
        }
        let range = match typed.span().range(today) {
            Ok(r) => Some(r),
            Err(p) => {
                let (field, message) = w::span_problem(p);
                problems.add(field, message);
                None
            }
        };
        if !form.check(problems) {
            return;
        }
        let Some(range) = range else { return };
        let l = locale::current();
        let text = app.workbook.with_untracked(|wb| {
            let e = evidence::evidence(&wb.journal.wins, &wb.stories, range);
            let words = w::BragWords {
                locale: &l,
                name: wb.profile.name.clone(),
            };
            brag::to_markdown(&e, today, &words)
        });
        let name = brag::file_name(today);
        match files::download(&name, "text/markdown", &text) {
            Ok(()) => app.tell(format!("Downloaded {name}.")),
            Err(e) => app.tell(e),
        }
    };
    let custom = move || f.span().with(|s| s == "custom");
    view! {
        <section class="card brag" aria-labelledby="brag-title">
            <h2 id="brag-title">{w::BRAG_TITLE}</h2>
            <p class="muted">{w::BRAG_LEAD}</p>
            <form novalidate on:submit=download>
                <ProblemSummary id=form.summary_id() problems=form.summary() />
                <fieldset class="field choices brag-spans">
                    <legend>{w::SPAN_LEGEND}</legend>
                    {w::SPANS.into_iter().map(|(key, words)| view! {
                        <label class="choice">
                            <input type="radio" name="brag-span" value=key
                                prop:checked=move || f.span().with(|s| s == key)
                                on:change=move |_| f.span().set(key.to_string()) />
                            <span>{words}</span>
                        </label>
                    }).collect_view()}
                </fieldset>
                <Show when=custom>
                    <div class="brag-dates">
                        <DateField id="brag-from" label="From" value=f.from() optional=true hint="Empty: from your first entry." problem=form.problem("brag-from") />
                        <DateField id="brag-to" label="To" value=f.to() optional=true hint="Empty: up to today." problem=form.problem("brag-to") />
                    </div>
                </Show>
                <p class="brag-holds" aria-live="polite">
                    {move || holds.get().map(|(wins, stories)| w::will_hold(&locale::current(), wins, stories)).unwrap_or_default()}
                </p>
                <div class="actions">
                    <button type="submit" class="btn btn-primary"><Icon name="save" />" " {w::BRAG_DOWNLOAD}</button>
                </div>
            </form>
        </section>
    }
}
