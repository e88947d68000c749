//! The profile: the latest result of each discovery exercise on one page.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Your profile" lead="One page that brings together what you've learned about yourself: top values, interests, motivated skills, your vision and the beliefs you've reframed." />
            <EmptyState
                icon="person"
                title="Nothing to gather yet"
                body="Your profile fills in as you finish exercises in Discover. Start with any one; each adds a section here."
                action_href="/discover"
                action_label="Go to Discover"
            />
        </div>
    }
}
