//! Waymark's browser app: the store adapters and the Leptos UI over the pure core.

pub mod store;
pub mod ui;

pub use ui::App;
