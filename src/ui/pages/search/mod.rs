//! The search page (being built).

use leptos::prelude::*;

use crate::ui::components::PageHeader;

#[component]
pub fn SearchPage() -> impl IntoView {
    view! {
        <div class="page search">
            <PageHeader
                title=crate::ui::words::pages::title("/search")
                lead=crate::ui::words::pages::lead("/search")
            />
        </div>
    }
}
