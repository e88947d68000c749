//! Coach tools: building programs and reviewing a client's file.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn CoachPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="For coaches" lead="Prepare a program for your clients and share it as a link, or open a client's exported file to review it." />
            <EmptyState
                icon="people"
                title="Programs will be built here"
                body="Choose a welcome note, exercises, goal templates and a check-in rhythm, then share one link. Your clients' data never leaves their device unless they send you a file."
                action_href="/data"
                action_label="See how backups work"
            />
        </div>
    }
}
