//! The page for addresses Waymark doesn't have, and the one for a page that didn't load.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, Icon, PageHeader};

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

/// Shown in place of a page whose code couldn't be fetched. Nothing is lost: the workbook is
/// saved in this browser, and a reload fetches the current copy of Waymark.
#[component]
pub fn PageDidNotLoad() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="This page didn't load" lead="Your workbook is safe in this browser." />
            <section class="empty card">
                <div class="empty-icon" aria-hidden="true"><Icon name="map" /></div>
                <h2>"Waymark couldn't fetch this page"</h2>
                <p>
                    "This can happen when you're offline before Waymark has finished saving itself for "
                    "offline use, or when the copy you're using has just been updated. Reloading usually fixes it."
                </p>
                <button class="btn btn-primary" on:click=|_| crate::ui::reload()>{crate::ui::words::pages::RELOAD}</button>
            </section>
        </div>
    }
}
