//! Check-ins: the cadence, the check-in form and its history.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn CheckinsPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Check-ins" lead="A regular few minutes with yourself: what you did, what got in the way, what comes next." />
            <EmptyState
                icon="check"
                title="No check-ins yet"
                body="Once you have a goal, pick how often you'd like to check in. Each check-in and how your confidence changes over time will show here."
                action_href="/goals"
                action_label="Go to goals"
            />
        </div>
    }
}
