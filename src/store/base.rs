//! The path this copy of Waymark is served under, from `<base href>`.

/// The base path without a trailing slash: `""` at a site's root, `/coaching/waymark`
/// under a sub-path.
pub fn base_path() -> String {
    let href = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("base[href]").ok().flatten())
        .and_then(|b| b.get_attribute("href"))
        .unwrap_or_default();
    let path = href
        .split("://")
        .nth(1)
        .and_then(|rest| rest.find('/').map(|i| rest[i..].to_string()))
        .unwrap_or(href);
    path.trim_end_matches('/').to_string()
}
