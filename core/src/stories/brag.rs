//! The brag document: the person's evidence for a chosen stretch of time, grouped by
//! what it shows and then by period, as Markdown for a performance review or a
//! promotion case. Every sentence comes from the UI's [`Words`]; everything written
//! into the file is escaped so user text can't turn into formatting.

use chrono::NaiveDate;

use super::evidence::{Evidence, Item, Period, Piece, Precision, Range, Shows};
use crate::report::md_escape;

/// The sentences of a brag document, in the person's language and locale.
pub trait Words {
    /// The document's title.
    fn title(&self) -> String;
    /// The stretch of time covered, and when the file was written.
    fn covers(&self, range: &Range, today: NaiveDate) -> String;
    /// The whole range's counts in a sentence.
    fn summary(&self, wins: usize, stories: usize, shown: usize) -> String;
    /// The heading of a group.
    fn shows(&self, shows: &Shows) -> String;
    /// A group's counts in a sentence, with the counts of its periods that have any.
    fn group_counts(&self, wins: usize, stories: usize, periods: &[(Period, usize)]) -> String;
    /// A period's name ("Jan–Mar 2026", "2025").
    fn period(&self, period: Period) -> String;
    /// A date known to `precision`.
    fn date(&self, date: NaiveDate, precision: Precision) -> String;
    /// The name of a win.
    fn win(&self) -> String;
    /// The name of a story.
    fn story(&self) -> String;
    /// Introduces what a win shows, in the person's words ("What it shows").
    fn what_it_shows(&self) -> String;
    /// Said when the range holds no evidence, with how to start.
    fn nothing(&self) -> String;
}

/// The brag document for `evidence` as Markdown: a title and what it covers, a summary,
/// then one section per group (untagged evidence last) with a subsection per period
/// that has any, newest first.
pub fn to_markdown(evidence: &Evidence<'_>, today: NaiveDate, words: &impl Words) -> String {
    let mut md = format!(
        "# {}\n\n{}\n\n",
        md_escape(&words.title()),
        md_escape(&words.covers(&evidence.range, today))
    );
    if evidence.is_empty() {
        md.push_str(&format!("{}\n", md_escape(&words.nothing())));
        return md;
    }
    md.push_str(&format!(
        "{}\n",
        md_escape(&words.summary(evidence.wins, evidence.stories, evidence.shown()))
    ));
    for group in &evidence.groups {
        let counted = evidence.counted(group);
        md.push_str(&format!(
            "\n## {}\n\n{}\n",
            md_escape(&words.shows(&group.shows)),
            md_escape(&words.group_counts(group.wins(), group.stories(), &counted))
        ));
        for (period, _) in counted.iter().rev() {
            md.push_str(&format!("\n### {}\n\n", md_escape(&words.period(*period))));
            for item in group.in_period(*period) {
                md.push_str(&line(item, words));
            }
        }
    }
    md
}

/// One piece of evidence as a list item.
fn line(item: &Item<'_>, words: &impl Words) -> String {
    let date = md_escape(&words.date(item.date, item.precision));
    match item.piece {
        Piece::Win(w) => {
            let mut text = format!(
                "- **{date}** · {}: {}",
                md_escape(&words.win()),
                md_escape(w.what_happened.trim())
            );
            if !w.what_it_shows.trim().is_empty() {
                text.push_str(&format!(
                    " _({}: {})_",
                    md_escape(&words.what_it_shows()),
                    md_escape(w.what_it_shows.trim())
                ));
            }
            text.push('\n');
            text
        }
        Piece::Story(s) => {
            let title = if s.title.trim().is_empty() {
                s.situation.trim()
            } else {
                s.title.trim()
            };
            let mut text = format!(
                "- **{date}** · {}: **{}**",
                md_escape(&words.story()),
                md_escape(title)
            );
            let result = [s.result.trim(), s.measure.trim()]
                .into_iter()
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>();
            if !result.is_empty() {
                text.push_str(&format!(" — {}", md_escape(&result.join(" · "))));
            }
            text.push('\n');
            text
        }
    }
}

/// The file name of a brag document written on `today`.
pub fn file_name(today: NaiveDate) -> String {
    format!("waymark-brag-document-{today}.md")
}
