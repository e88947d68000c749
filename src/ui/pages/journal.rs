//! The wins journal and coaching session notes.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn JournalPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Journal" lead="Your wins, big and small, and notes from coaching sessions. Evidence of progress is the best fuel for confidence." />
            <EmptyState
                icon="book"
                title="Your journal is empty"
                body="Wins you log and notes from sessions with a coach will gather here, newest first."
                action_href="/goals"
                action_label="See your goals"
            />
        </div>
    }
}
