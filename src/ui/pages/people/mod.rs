//! The people page (being built).

use leptos::prelude::*;

use crate::ui::components::PageHeader;

#[component]
pub fn PeoplePage() -> impl IntoView {
    view! {
        <div class="page people">
            <PageHeader
                title=crate::ui::words::pages::title("/people")
                lead=crate::ui::words::pages::lead("/people")
            />
        </div>
    }
}
