//! Reading a backup file picked in a file input, for import and for a coach's review.

use std::future::Future;

use wasm_bindgen::JsCast;
use waymark_core::transfer;

use crate::store::{files, locale};
use crate::ui::words;

/// The workbook file picked in `ev`'s file input: its name at once, and then the
/// workbook in it, or a plain message saying why not (too large, unreadable, not a
/// workbook). The input is cleared so the same file can be picked again.
pub fn picked_workbook(
    ev: &leptos::ev::Event,
) -> Option<(
    String,
    impl Future<Output = Result<transfer::Loaded, String>>,
)> {
    let input = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    let name = file.name();
    let size = file.size() as usize;
    let read = async move {
        let error = |e: &transfer::ReadError| words::read_error(&locale::current(), e);
        if size > transfer::MAX_IMPORT_BYTES {
            return Err(error(&transfer::ReadError::TooLarge { bytes: size }));
        }
        let text = files::read_text(file).await?;
        transfer::read_text(&text).map_err(|e| error(&e))
    };
    Some((name, read))
}
