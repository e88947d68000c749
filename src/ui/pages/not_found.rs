//! The page for addresses Waymark doesn't have.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Page not found" lead="There's nothing at this address." />
            <EmptyState
                icon="map"
                title="This page isn't here"
                body="The link may be old or mistyped. Your workbook is safe — head back home to carry on."
                action_href="/"
                action_label="Go to your workbook"
            />
        </div>
    }
}
