//! The journal's entries, newest first: a win or a session note each.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::components::{Icon, A};
use crate::ui::pages::checkins::{goal_href, input_date, nice_date};

#[derive(Clone, PartialEq)]
pub enum Row {
    Win {
        id: String,
        date: NaiveDate,
        what_happened: String,
        what_it_shows: String,
        goal: Option<(String, String)>,
    },
    Session {
        id: String,
        date: NaiveDate,
        agenda: String,
        notes: String,
        actions: Vec<String>,
    },
}

impl Row {
    pub fn key(&self) -> String {
        match self {
            Row::Win { id, .. } => format!("w:{id}"),
            Row::Session { id, .. } => format!("s:{id}"),
        }
    }
}

#[component]
pub fn EntryView(row: Row) -> impl IntoView {
    match row {
        Row::Win {
            id,
            date,
            what_happened,
            what_it_shows,
            goal,
        } => view! {
            <li class="entry entry-win" id=format!("win-{id}")>
                <article aria-label=format!("Win on {}", nice_date(date))>
                    <p class="entry-kind"><Icon name="star" />" Win · " <time datetime=input_date(date)>{nice_date(date)}</time></p>
                    <p class="entry-text" dir="auto">{what_happened}</p>
                    {(!what_it_shows.is_empty()).then(|| view! {
                        <p class="entry-shows"><span class="muted">"What it shows: "</span><span dir="auto">{what_it_shows}</span></p>
                    })}
                    {goal.map(|(gid, title)| view! {
                        <p class="item-meta">"Goal: " <A href=goal_href(&gid)><span dir="auto">{title}</span></A></p>
                    })}
                    <p class="entry-actions">
                        <A href=format!("/stories/new?win={id}")><Icon name="book" />" Turn into a story"</A>
                    </p>
                </article>
            </li>
        }
        .into_any(),
        Row::Session {
            id,
            date,
            agenda,
            notes,
            actions,
        } => view! {
            <li class="entry entry-session" id=format!("session-{id}")>
                <article aria-label=format!("Session notes from {}", nice_date(date))>
                    <p class="entry-kind"><Icon name="people" />" Coaching session · " <time datetime=input_date(date)>{nice_date(date)}</time></p>
                    {(!agenda.is_empty()).then(|| view! {
                        <p><span class="muted">"Agenda: "</span><span dir="auto" class="pre">{agenda}</span></p>
                    })}
                    {(!notes.is_empty()).then(|| view! { <p class="entry-text pre" dir="auto">{notes}</p> })}
                    {(!actions.is_empty()).then(|| view! {
                        <p class="muted">"Agreed actions (now commitments):"</p>
                        <ul class="plain-list">
                            {actions.into_iter().map(|a| view! { <li dir="auto">{a}</li> }).collect_view()}
                        </ul>
                    })}
                </article>
            </li>
        }
        .into_any(),
    }
}
