//! Goals: the list of goals with progress, and where new ones start.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn GoalsPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Goals" lead="Clear goals with milestones, a way to measure progress and a plan for what might get in the way." />
            <EmptyState
                icon="flag"
                title="No goals yet"
                body="A goal here is something specific you want to reach by a date you choose. Your goals and their progress will be listed here."
                action_href="/discover"
                action_label="Discover what matters first"
            />
        </div>
    }
}
