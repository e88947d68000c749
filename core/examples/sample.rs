//! Prints a deterministic sample workbook as an export file:
//! `cargo run -p waymark-core --release --example sample -- five-years [seed] [YYYY-MM-DD]`
//! (or `small`). Used by `make bench` and to refresh test data. With `--as-stored`, the
//! text is written as this browser's storage keeps it (characters above U+00FF as JSON
//! escapes when that is smaller, `transfer::one_byte_form`): what `make bench` seeds, as
//! the app itself would have stored it.

use chrono::NaiveDate;
use waymark_core::{sample, transfer};

fn main() {
    let (flags, args): (Vec<String>, Vec<String>) =
        std::env::args().skip(1).partition(|a| a.starts_with("--"));
    let as_stored = flags.iter().any(|f| f == "--as-stored");
    let size = match args.first().map(String::as_str) {
        Some("small") => sample::Size::SMALL,
        Some("five-years") | None => sample::Size::FIVE_YEARS,
        Some(other) => {
            eprintln!("unknown size {other:?}: use small or five-years");
            std::process::exit(2);
        }
    };
    let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2026);
    let end = args
        .get(2)
        .and_then(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok())
        .unwrap_or(NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default());
    let wb = sample::workbook(seed, size, end);
    let text = transfer::to_text(&wb, wb.updated_at, false);
    print!(
        "{}",
        if as_stored {
            transfer::one_byte_form(text)
        } else {
            text
        }
    );
}
