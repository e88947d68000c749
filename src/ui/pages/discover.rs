//! Self-discovery: the exercises and their results.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn DiscoverPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Discover" lead="Seven short reflection exercises to help you see what matters to you at work. They are prompts for thinking, not tests: there are no right answers." />
            <EmptyState
                icon="compass"
                title="Your exercises will appear here"
                body="Each exercise saves as you go, so you can stop and come back. Your results and their history will be listed here once you've taken one."
                action_href="/"
                action_label="Back to home"
            />
        </div>
    }
}
