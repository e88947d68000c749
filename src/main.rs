//! Entry point: takes down the page shell painted from the HTML (see
//! `scripts/postbuild.mjs`) and mounts the Waymark app into the page.

fn main() {
    console_error_panic_hook::set_once();
    if let Some(shell) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        shell.remove();
    }
    leptos::mount::mount_to_body(waymark::App);
}
