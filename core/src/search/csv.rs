//! Spreadsheets in and out: reading a LinkedIn data export's `Connections.csv` into
//! contacts (previewed, duplicates skipped) and writing tables as RFC 4180 CSV that
//! spreadsheets open safely. Parsing and writing go through the `csv` crate; this module
//! decides what the rows mean. Column names and sentences belong to the caller.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};

use super::people::person_key;
use super::Contact;

/// The most contacts one file may bring (LinkedIn allows 30,000 connections).
pub const MAX_ROWS: usize = 30_000;
/// The longest value a field of a connection may hold, in characters.
pub const MAX_FIELD_CHARS: usize = 2_000;

/// Why a file can't be imported. Line numbers count from 1, as a text editor shows them;
/// a record that spans lines is named by the line it starts on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Nothing in the file but spaces.
    Empty,
    /// No line names both "First Name" and "Last Name".
    NoHeader,
    /// A row with a different number of fields than the header.
    Ragged {
        line: u64,
        found: usize,
        expected: usize,
    },
    /// A field longer than [`MAX_FIELD_CHARS`].
    FieldTooLong { line: u64 },
    /// More than [`MAX_ROWS`] people.
    TooMany,
    /// The CSV reader stopped (a quote that never closes, say).
    Unreadable { line: u64 },
}

/// One person from the file, tidied.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Connection {
    /// The line of the file the person is on.
    pub line: u64,
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub email: String,
    pub link: String,
    pub connected_on: Option<NaiveDate>,
}

/// The columns of a LinkedIn export this reads, by where they are in the header.
#[derive(Default)]
struct Columns {
    first: Option<usize>,
    last: Option<usize>,
    url: Option<usize>,
    email: Option<usize>,
    company: Option<usize>,
    position: Option<usize>,
    connected: Option<usize>,
}

impl Columns {
    /// The columns a header row names; `None` unless it has first and last names.
    fn of(header: &csv::StringRecord) -> Option<Columns> {
        let mut cols = Columns::default();
        for (i, field) in header.iter().enumerate() {
            let name = field
                .trim_start_matches('\u{feff}')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let slot = match name.as_str() {
                "first name" => &mut cols.first,
                "last name" => &mut cols.last,
                "url" | "profile url" => &mut cols.url,
                "email address" | "email" => &mut cols.email,
                "company" => &mut cols.company,
                "position" => &mut cols.position,
                "connected on" => &mut cols.connected,
                _ => continue,
            };
            slot.get_or_insert(i);
        }
        (cols.first.is_some() && cols.last.is_some()).then_some(cols)
    }
}

/// Reads a `Connections.csv`: skips the notes before the header (the first row naming
/// "First Name" and "Last Name"), then reads one person per row. Commas are expected;
/// a file saved with semicolons or tabs is read too. Rows with neither name are left out.
pub fn read_connections(text: &str) -> Result<Vec<Connection>, ImportError> {
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    for delimiter in [b',', b';', b'\t'] {
        match read_with(text, delimiter) {
            Err(ImportError::NoHeader) => continue,
            other => return other,
        }
    }
    Err(ImportError::NoHeader)
}

fn read_with(text: &str, delimiter: u8) -> Result<Vec<Connection>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut columns: Option<(Columns, usize)> = None;
    let mut people = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let start = reader.position().byte();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = line_at(text, e.position().map_or(start, |p| p.byte()));
                // Before the header, a stray quote in the notes just means this isn't
                // the header's delimiter; after it, the file is broken at that line.
                return Err(match columns {
                    Some(_) => ImportError::Unreadable { line },
                    None => ImportError::NoHeader,
                });
            }
        }
        // The reader's own line count skips blank lines; count them as an editor does.
        let line = line_at(text, record.position().map_or(start, |p| p.byte()));
        let Some((cols, width)) = &columns else {
            columns = Columns::of(&record).map(|c| (c, record.len()));
            continue;
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if record.len() != *width {
            return Err(ImportError::Ragged {
                line,
                found: record.len(),
                expected: *width,
            });
        }
        if record.iter().any(|f| f.chars().count() > MAX_FIELD_CHARS) {
            return Err(ImportError::FieldTooLong { line });
        }
        let get = |col: Option<usize>| {
            col.and_then(|i| record.get(i))
                .map(|f| f.split_whitespace().collect::<Vec<_>>().join(" "))
                .unwrap_or_default()
        };
        let name = [get(cols.first), get(cols.last)]
            .into_iter()
            .filter(|n| !n.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if name.is_empty() {
            continue;
        }
        if people.len() == MAX_ROWS {
            return Err(ImportError::TooMany);
        }
        people.push(Connection {
            line,
            name,
            organisation: get(cols.company),
            role: get(cols.position),
            email: get(cols.email),
            link: get(cols.url),
            connected_on: parse_connected_on(&get(cols.connected)),
        });
    }
    if columns.is_none() {
        return Err(ImportError::NoHeader);
    }
    Ok(people)
}

/// The 1-based line of `text` that a record starting at byte `at` is on. The reader's
/// positions sit just after the previous record (before its line end, and before any
/// blank lines it skipped), so line ends there are passed over first.
fn line_at(text: &str, at: u64) -> u64 {
    let bytes = text.as_bytes();
    let mut at = usize::try_from(at).unwrap_or(usize::MAX).min(bytes.len());
    while at < bytes.len() && matches!(bytes[at], b'\r' | b'\n') {
        at += 1;
    }
    1 + bytes[..at].iter().filter(|b| **b == b'\n').count() as u64
}

/// A "Connected On" date as LinkedIn writes it ("12 Mar 2024", "12-Mar-24"), or ISO.
pub fn parse_connected_on(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    [
        "%d %b %Y", "%d-%b-%y", "%d-%b-%Y", "%d %b %y", "%Y-%m-%d", "%d %B %Y",
    ]
    .iter()
    .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// What an import would do: the people to add and how many are skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportPlan {
    pub new: Vec<Connection>,
    /// Already a contact (same name and organisation, any case).
    pub already_contacts: usize,
    /// Earlier in the same file.
    pub repeated_in_file: usize,
}

impl ImportPlan {
    pub fn skipped(&self) -> usize {
        self.already_contacts + self.repeated_in_file
    }
}

/// Sorts the file's people into new ones and duplicates of contacts or of each other.
pub fn plan_import(people: Vec<Connection>, contacts: &[Contact]) -> ImportPlan {
    let known: HashSet<(String, String)> = contacts
        .iter()
        .map(|c| person_key(&c.name, &c.organisation))
        .collect();
    let mut seen = HashSet::new();
    let mut plan = ImportPlan::default();
    for p in people {
        let key = person_key(&p.name, &p.organisation);
        if known.contains(&key) {
            plan.already_contacts += 1;
        } else if !seen.insert(key) {
            plan.repeated_in_file += 1;
        } else {
            plan.new.push(p);
        }
    }
    plan
}

impl Connection {
    /// The contact this person becomes, with `id` (how they met is the caller's words).
    pub fn into_contact(self, id: String, how_we_met: String, now: DateTime<Utc>) -> Contact {
        Contact {
            id,
            name: self.name,
            organisation: self.organisation,
            role: self.role,
            how_we_met,
            email: self.email,
            link: self.link,
            connected_on: self.connected_on,
            created_at: now,
            updated_at: now,
            ..Contact::default()
        }
    }
}

/// A cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a `'` in front, so it shows as the text it is.
pub fn defuse(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// A table as CSV for spreadsheets: RFC 4180 (fields with commas, quotes or line breaks
/// quoted, quotes doubled), CRLF line ends, UTF-8 with a byte-order mark so spreadsheet
/// programs read accents right, the header first, formula-looking cells defused.
pub fn write_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .quote_style(csv::QuoteStyle::Necessary)
        .flexible(true)
        .from_writer(Vec::new());
    let lines = std::iter::once(header.iter().map(|h| defuse(h)).collect::<Vec<_>>())
        .chain(rows.iter().map(|r| r.iter().map(|c| defuse(c)).collect()));
    for line in lines {
        // Writing to memory can't fail.
        let _ = writer.write_record(&line);
    }
    let bytes = writer.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}

/// A date for a spreadsheet cell (ISO, which every spreadsheet reads as a date).
pub fn date_cell(date: Option<NaiveDate>) -> String {
    date.map(crate::forms::date_text).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const NOTES: &str = "Notes:\r\n\"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download it. You can learn more here: https://www.linkedin.com/help/linkedin/answer/261\"\r\n\r\n";
    const HEADER: &str = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n";

    fn file(rows: &str) -> String {
        format!("\u{feff}{NOTES}{HEADER}{rows}")
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn contact(name: &str, org: &str) -> Contact {
        Contact {
            name: name.into(),
            organisation: org.into(),
            ..Contact::default()
        }
    }

    #[test]
    fn reads_a_linkedin_export_past_its_notes() {
        let text = file(
            "Ana,Silva,https://www.linkedin.com/in/ana,ana@example.org,\"Acme, Inc.\",Designer,12 Mar 2024\r\n\
             Bo,Li,,,Globex,\"Head of \"\"Ops\"\"\nand more\",05-Jan-23\r\n",
        );
        let people = read_connections(&text).unwrap();
        assert_eq!(people.len(), 2);
        assert_eq!(people[0].name, "Ana Silva");
        assert_eq!(people[0].organisation, "Acme, Inc.");
        assert_eq!(people[0].link, "https://www.linkedin.com/in/ana");
        assert_eq!(people[0].email, "ana@example.org");
        assert_eq!(people[0].connected_on, Some(day(2024, 3, 12)));
        assert_eq!(people[0].line, 5);
        assert_eq!(people[1].role, "Head of \"Ops\" and more");
        assert_eq!(people[1].connected_on, Some(day(2023, 1, 5)));
    }

    #[test]
    fn a_short_row_is_named_by_its_line_and_nothing_is_read() {
        let text = file("Ana,Silva,,,Acme,Designer,12 Mar 2024\r\nBo,Li,Globex\r\n");
        assert_eq!(
            read_connections(&text),
            Err(ImportError::Ragged {
                line: 6,
                found: 3,
                expected: 7
            })
        );
    }

    #[test]
    fn hostile_files_get_a_reason_not_a_panic() {
        assert_eq!(read_connections(""), Err(ImportError::Empty));
        assert_eq!(
            read_connections("\u{feff}  \r\n\n"),
            Err(ImportError::Empty)
        );
        assert_eq!(read_connections(NOTES), Err(ImportError::NoHeader));
        let junk: String = (0u8..=255).cycle().take(5000).map(char::from).collect();
        assert_eq!(read_connections(&junk), Err(ImportError::NoHeader));
        assert_eq!(
            read_connections("Name,Company\r\nAna,Acme\r\n"),
            Err(ImportError::NoHeader)
        );
        let huge = "x".repeat(MAX_FIELD_CHARS + 1);
        assert_eq!(
            read_connections(&file(&format!("Ana,Silva,,,{huge},,\r\n"))),
            Err(ImportError::FieldTooLong { line: 5 })
        );
        assert_eq!(
            read_connections(&file("Ana,Silva,,,\"Acme,Designer,\r\n")),
            Err(ImportError::Ragged {
                line: 5,
                found: 5,
                expected: 7
            })
        );
    }

    #[test]
    fn missing_columns_are_left_empty() {
        let people = read_connections("Last Name,First Name\nSilva,Ana\n").unwrap();
        assert_eq!(people[0].name, "Ana Silva");
        assert_eq!(people[0].organisation, "");
        assert_eq!(people[0].connected_on, None);
    }

    #[test]
    fn semicolons_and_tabs_are_read_too() {
        let semi = "First Name;Last Name;Company\nAna;Silva;Acme, Inc.\n";
        assert_eq!(
            read_connections(semi).unwrap()[0].organisation,
            "Acme, Inc."
        );
        let tabs = "First Name\tLast Name\tCompany\nAna\tSilva\tAcme\n";
        assert_eq!(read_connections(tabs).unwrap()[0].organisation, "Acme");
    }

    #[test]
    fn rows_without_a_name_and_blank_rows_are_left_out() {
        let people = read_connections(&file(",,,,Acme,,\r\n,,,,,,\r\nAna,,,,,,\r\n")).unwrap();
        assert_eq!(people.len(), 1);
        assert_eq!(people[0].name, "Ana");
    }

    #[test]
    fn duplicates_by_name_and_organisation_are_skipped_in_any_case() {
        let people = read_connections(&file(
            "Ana,Silva,,,Acme,,\r\nANA, silva ,,,acme,,\r\nBo,Li,,,Globex,,\r\nBo,Li,,,Initech,,\r\nCy,Ng,,,Umbrella,,\r\n",
        ))
        .unwrap();
        let plan = plan_import(people, &[contact("Cy  Ng", "UMBRELLA")]);
        let names: Vec<_> = plan.new.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["Ana Silva", "Bo Li", "Bo Li"]);
        assert_eq!(plan.repeated_in_file, 1);
        assert_eq!(plan.already_contacts, 1);
        assert_eq!(plan.skipped(), 2);
    }

    #[test]
    fn connected_on_reads_linkedins_date_shapes() {
        assert_eq!(parse_connected_on("12 Mar 2024"), Some(day(2024, 3, 12)));
        assert_eq!(parse_connected_on("12-Mar-24"), Some(day(2024, 3, 12)));
        assert_eq!(parse_connected_on("2024-03-12"), Some(day(2024, 3, 12)));
        assert_eq!(parse_connected_on("soon"), None);
        assert_eq!(parse_connected_on(""), None);
    }

    fn read_back(text: &str) -> Vec<Vec<String>> {
        assert!(text.starts_with('\u{feff}'));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        reader
            .records()
            .map(|r| r.unwrap().iter().map(String::from).collect())
            .collect()
    }

    #[test]
    fn a_table_reads_back_field_for_field() {
        let rows = vec![
            vec![
                "Acme, Inc.".into(),
                "She said \"hi\"".into(),
                "two\nlines".into(),
            ],
            vec!["=SUM(A1)".into(), "+44 20".into(), "@me".into()],
            vec!["-5".into(), "".into(), "Zoë".into()],
        ];
        let text = write_table(&["Organisation", "Quote", "Notes"], &rows);
        assert!(text.contains("\"She said \"\"hi\"\"\""));
        assert!(text.ends_with("\r\n"));
        assert!(!text
            .replace("\r\n", "")
            .replace("two\nlines", "")
            .contains('\n'));
        let back = read_back(&text);
        assert_eq!(back[0], ["Organisation", "Quote", "Notes"]);
        assert_eq!(back[1], rows[0]);
        assert_eq!(back[2], ["'=SUM(A1)", "'+44 20", "'@me"]);
        assert_eq!(back[3], ["'-5", "", "Zoë"]);
    }

    proptest! {
        #[test]
        fn reading_any_text_never_panics(text in "\\PC{0,400}") {
            let _ = read_connections(&text);
        }

        #[test]
        fn reading_csv_shaped_text_never_panics(
            rows in proptest::collection::vec(
                proptest::collection::vec("[a-zA-Z \",\r\n;\t-]{0,12}", 0..9), 0..12)
        ) {
            let body: String = rows.iter().map(|r| r.join(",") + "\r\n").collect();
            let _ = read_connections(&file(&body));
            let _ = read_connections(&body);
        }

        #[test]
        fn any_table_reads_back_defused(
            rows in proptest::collection::vec(
                proptest::collection::vec("\\PC{0,20}", 3), 0..8)
        ) {
            let text = write_table(&["A", "B", "C"], &rows);
            let back = read_back(&text);
            prop_assert_eq!(back.len(), rows.len() + 1);
            for (row, got) in rows.iter().zip(&back[1..]) {
                let want: Vec<String> = row.iter().map(|c| defuse(c)).collect();
                prop_assert_eq!(&want, got);
            }
        }
    }
}
