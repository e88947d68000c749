//! The situations as one radio group, shared by the first-run welcome and the profile's
//! details form.

use leptos::prelude::*;
use waymark_core::profile::Situation;

/// A radio for every situation, in the core's order. `selected` is the one picked,
/// `on_pick` is told each new pick.
#[component]
pub fn SituationChoices(
    /// The radio group's name (one per page).
    name: &'static str,
    #[prop(into)] selected: Signal<Option<Situation>>,
    on_pick: Callback<Situation>,
) -> impl IntoView {
    Situation::ALL
        .into_iter()
        .map(|s| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=s.key()
                        prop:checked=move || selected.get() == Some(s)
                        on:change=move |_| on_pick.run(s)
                    />
                    <span>{s.label()}</span>
                </label>
            }
        })
        .collect_view()
}
