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
    picked_workbooks(ev).into_iter().next()
}

/// Every workbook file picked in `ev`'s file input (one with `multiple`), in the order
/// given: each file's name at once, then its workbook or why not, as
/// [`picked_workbook`]. The input is cleared.
pub fn picked_workbooks(
    ev: &leptos::ev::Event,
) -> Vec<(
    String,
    impl Future<Output = Result<transfer::Loaded, String>>,
)> {
    picked_files(ev).into_iter().map(read_workbook).collect()
}

/// The files picked in `ev`'s file input, in the order given. The input is cleared so
/// the same file can be picked again.
pub fn picked_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let Some(list) = input.files() else {
        return Vec::new();
    };
    let picked: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
    input.set_value("");
    picked
}

/// One file's name, and then the workbook in it or a plain message saying why not.
fn read_workbook(
    file: web_sys::File,
) -> (
    String,
    impl Future<Output = Result<transfer::Loaded, String>>,
) {
    let name = file.name();
    let size = file.size() as usize;
    let read = async move {
        let error = |e: &transfer::ReadError| words::read_error(&locale::current(), e);
        if size > transfer::MAX_IMPORT_BYTES {
            return Err(error(&transfer::ReadError::TooLarge { bytes: size }));
        }
        let text = files::read_text(file).await?;
        match crate::store::reader::workbook_later(&text).await {
            Ok(read) => read.map_err(|e| error(&e)),
            Err(_) => Err(words::READER_MISSING.to_string()),
        }
    };
    (name, read)
}
