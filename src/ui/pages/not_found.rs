//! The page for addresses Waymark doesn't have.

use leptos::prelude::*;

use crate::ui::components::EmptyState;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="page">
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
