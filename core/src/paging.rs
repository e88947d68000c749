//! Long lists drawn a page at a time ("Show older entries").

/// How many of a list to draw at first, `page` at a time, so that the item at `position`
/// (one a link points at, such as `/journal#win-…`) is among them.
pub fn shown_to_include(position: Option<usize>, page: usize) -> usize {
    let page = page.max(1);
    match position {
        Some(i) => (i / page + 1) * page,
        None => page,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_at_first_or_as_many_pages_as_reach_the_item_pointed_at() {
        assert_eq!(shown_to_include(None, 15), 15);
        assert_eq!(shown_to_include(Some(0), 15), 15);
        assert_eq!(shown_to_include(Some(14), 15), 15);
        assert_eq!(shown_to_include(Some(15), 15), 30);
        assert_eq!(shown_to_include(Some(44), 15), 45);
        assert_eq!(shown_to_include(Some(3), 0), 4);
    }
}
