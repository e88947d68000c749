//! Files in and out: offering text as a download, and reading a picked file as text.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` to the person as a file download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |_: JsValue| {
        "Your browser didn't allow the download. Try again, or use another browser.".to_string()
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "The page isn't ready yet.".to_string())?;
    let anchor: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "The page isn't ready yet.".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.set_attribute("hidden", "").map_err(fail)?;
    if let Some(body) = document.body() {
        body.append_child(&anchor).map_err(fail)?;
        anchor.click();
        anchor.remove();
    }
    // Let the download start before the address is released.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// Reads the whole of a picked file as text (UTF-8).
pub async fn read_text(file: web_sys::File) -> Result<String, String> {
    let promise = file.text();
    let value = wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .map_err(|_| "Your browser couldn't read that file. Try picking it again.".to_string())?;
    value
        .as_string()
        .ok_or_else(|| "That file couldn't be read as text.".to_string())
}
