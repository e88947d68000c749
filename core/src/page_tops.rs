//! What the top of each page looked like when the person last saw it (its header, a
//! standing note, a first-run card), kept on this device so that on the next visit the
//! page shell in `index.html` can paint it while the app loads. Never part of the
//! workbook: a picture of the screen, replaced by the app within moments.
//!
//! The shell reads the same list (`scripts/postbuild.mjs`): the page's `path`, the class
//! of its `.page` element, the `html` of its top and, for a top that speaks of today
//! ("due tomorrow", today's date), the `day` it is true on. The shell paints a dated top
//! only on that day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The most characters of page tops kept at once: the most recently seen pages first.
pub const MAX_CHARS: usize = 60_000;

/// One page's top, as last seen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageTop {
    /// The page's address within the app (`/goals`), without the site's base path.
    pub path: String,
    /// The class of the page's `.page` element (its layout).
    pub class: String,
    /// The top of the page, as markup.
    pub html: String,
    /// The day the top is true on, when it speaks of dates relative to today.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<NaiveDate>,
}

impl PageTop {
    fn chars(&self) -> usize {
        self.path.len() + self.class.len() + self.html.len()
    }
}

/// The stored list; anything unreadable reads as nothing kept.
pub fn read(text: &str) -> Vec<PageTop> {
    serde_json::from_str(text).unwrap_or_default()
}

/// The list as stored.
pub fn write(list: &[PageTop]) -> String {
    // Kept in storage beside the workbook: in the form that loads fastest.
    crate::transfer::one_byte_form(serde_json::to_string(list).unwrap_or_else(|_| "[]".into()))
}

/// The list after seeing the page at `path` with `top` (`None`: nothing to keep there,
/// and its earlier top is dropped). The page just seen comes first; older pages are
/// dropped once the list would pass [`MAX_CHARS`]; a top larger than that alone is not
/// kept.
pub fn keep(list: Vec<PageTop>, path: &str, top: Option<PageTop>) -> Vec<PageTop> {
    let mut out: Vec<PageTop> = Vec::with_capacity(list.len() + 1);
    let mut used = 0;
    let rest = list.into_iter().filter(|t| t.path != path);
    for t in top.into_iter().chain(rest) {
        used += t.chars();
        if used > MAX_CHARS {
            break;
        }
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn top(path: &str, html: &str) -> PageTop {
        PageTop {
            path: path.into(),
            class: "page".into(),
            html: html.into(),
            day: None,
        }
    }

    #[test]
    fn the_page_just_seen_comes_first_and_replaces_its_old_top() {
        let list = vec![top("/goals", "old goals"), top("/", "home")];
        let list = keep(list, "/goals", Some(top("/goals", "new goals")));
        assert_eq!(list, vec![top("/goals", "new goals"), top("/", "home")]);
    }

    #[test]
    fn nothing_to_keep_drops_the_pages_old_top() {
        let list = vec![top("/goals", "goals"), top("/", "home")];
        assert_eq!(keep(list, "/goals", None), vec![top("/", "home")]);
    }

    #[test]
    fn the_oldest_pages_go_first_when_the_list_is_full() {
        let big = "x".repeat(MAX_CHARS / 3);
        let list = vec![top("/a", &big), top("/b", &big), top("/c", &big)];
        let list = keep(list, "/d", Some(top("/d", &big)));
        let paths: Vec<_> = list.iter().map(|t| t.path.as_str()).collect();
        assert_eq!(paths, ["/d", "/a"]);
    }

    #[test]
    fn a_top_too_large_to_keep_is_not_kept_and_drops_the_old_one() {
        let list = vec![top("/goals", "goals")];
        let list = keep(
            list,
            "/goals",
            Some(top("/goals", &"x".repeat(MAX_CHARS + 1))),
        );
        assert!(list.is_empty());
    }

    #[test]
    fn unreadable_text_reads_as_nothing_kept_and_a_day_round_trips() {
        assert!(read("not json").is_empty());
        assert!(read(r#"{"path":"/"}"#).is_empty());
        let dated = PageTop {
            day: NaiveDate::from_ymd_opt(2026, 11, 30),
            ..top("/", "home")
        };
        let text = write(std::slice::from_ref(&dated));
        assert!(text.contains(r#""day":"2026-11-30""#));
        assert_eq!(read(&text), vec![dated]);
        assert!(!write(&[top("/", "home")]).contains("day"));
    }

    proptest! {
        #[test]
        fn the_list_stays_within_its_size_with_one_top_per_page_the_newest_first(
            seen in prop::collection::vec((0usize..6, 0usize..30_000), 1..40),
        ) {
            let mut list = Vec::new();
            for (page, size) in &seen {
                let path = format!("/p{page}");
                list = keep(list, &path, Some(top(&path, &"x".repeat(*size))));
                prop_assert!(list.iter().map(PageTop::chars).sum::<usize>() <= MAX_CHARS);
                let mut paths: Vec<_> = list.iter().map(|t| t.path.clone()).collect();
                if let Some(first) = list.first() {
                    prop_assert_eq!(&first.path, &path);
                }
                paths.sort();
                paths.dedup();
                prop_assert_eq!(paths.len(), list.len());
            }
        }
    }
}
