//! The printable report of the whole workbook.

use leptos::prelude::*;

use crate::ui::components::{EmptyState, PageHeader};

#[component]
pub fn ReportPage() -> impl IntoView {
    view! {
        <div class="page">
            <PageHeader title="Report" lead="A printable summary of your workbook to share with a coach or keep on paper." />
            <EmptyState
                icon="print"
                title="Nothing to print yet"
                body="Once you've taken an exercise or set a goal, a tidy summary will be ready here to print or save as a PDF."
                action_href="/discover"
                action_label="Start with Discover"
            />
        </div>
    }
}
