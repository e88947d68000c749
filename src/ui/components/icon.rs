//! Inline SVG icons drawn with a few strokes; decorative, so hidden from screen readers.

use leptos::prelude::*;

fn path_for(name: &str) -> &'static str {
    match name {
        "home" => "M4 11 12 4l8 7M6 10v9h4v-5h4v5h4v-9",
        "compass" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm3.5 5.5-2 5-5 2 2-5z",
        "person" => "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8a7 7 0 0 1 14 0",
        "flag" => "M5 21V4m0 0h11l-2 4 2 4H5",
        "check" => "M4 12.5l5 5L20 6.5",
        "book" => "M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zm0 0v16",
        "print" => "M7 9V3h10v6M7 17H4v-8h16v8h-3M7 14h10v7H7z",
        "save" => "M12 3v12m0 0-4-4m4 4 4-4M4 17v3h16v-3",
        "device" => "M4 4h16v11H4zM12 15v5M8 20h8",
        "people" => "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zm-6 9a6 6 0 0 1 12 0m2-9a3 3 0 1 0 0-6m1.5 15H21a5 5 0 0 0-4-5",
        "menu" => "M4 7h16M4 12h16M4 17h16",
        "warn" => "M12 3 2 20h20zM12 10v4m0 3v.5",
        "info" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 8v6m0-9v.5",
        "upload" => "M12 16V4m0 0-4 4m4-4 4 4M4 17v3h16v-3",
        "undo" => "M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3",
        "sparkle" => "M12 3v5m0 8v5M3 12h5m8 0h5M6 6l3 3m6 6 3 3m0-12-3 3m-6 6-3 3",
        "calendar" => "M4 6h16v14H4zM4 10h16M8 3v5m8-5v5",
        "map" => "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2zM9 4v14m6-12v14",
        "plus" => "M12 5v14M5 12h14",
        "chevron-left" => "M15 5l-7 7 7 7",
        "chevron-right" => "M9 5l7 7-7 7",
        "chevron-down" => "M6 9l6 6 6-6",
        "briefcase" => "M4 8h16v11H4zM9 8V5h6v3M4 13h16",
        "clipboard" => "M9 3h6v3H9zM9 4.5H5V21h14V4.5h-4M8 11h8M8 15h5",
        "star" => "M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1L3.2 9.5l6.1-.9z",
        "circle" => "M12 5a7 7 0 1 0 0 14 7 7 0 0 0 0-14z",
        "up" => "M12 19V5m0 0-6 6m6-6 6 6",
        "down" => "M12 5v14m0 0-6-6m6 6 6-6",
        "trash" => "M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13",
        "edit" => "M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4",
        "grip" => "M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01",
        "clock" => "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 4v5l3 3",
        "chart" => "M4 4v16h16M7 15l4-4 3 3 5-6",
        "skill" => "M12 3 3 8l9 5 9-5zM7 10.5V16c0 1.5 2.5 3 5 3s5-1.5 5-3v-5.5",
        _ => "M12 12h.01",
    }
}

/// An icon by name; unknown names draw a dot rather than failing.
#[component]
pub fn Icon(#[prop(into)] name: String) -> impl IntoView {
    view! {
        // Size and strokes come from the stylesheet (`.icon` in style/main.css): a page
        // draws dozens of icons, and each attribute set here is a call out of the wasm.
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
            <path d=path_for(&name) />
        </svg>
    }
}
