//! What the people page and the spreadsheet downloads say: keep-in-touch rhythms, when
//! someone is due, why a contact, a conversation or a LinkedIn file can't be taken in,
//! and the columns of the CSV tables. Dates are in the person's locale (CSV cells keep
//! ISO dates, which every spreadsheet reads).

use chrono::NaiveDate;
use waymark_core::search::csv::{date_cell, ImportError, ImportPlan, MAX_FIELD_CHARS, MAX_ROWS};
use waymark_core::search::people::{self, ContactStatus, Problem};
use waymark_core::search::{Application, Contact, Conversation, KeepInTouch, Workplace};

use super::count_of;
use crate::store::locale::Locale;

pub const EMPTY_TITLE: &str = "The people in your search";
pub const EMPTY_BODY: &str = "Most career moves happen through people. Keep the people you meet here, note what you learn when you talk, and see at a glance who it's time to be in touch with again. Start by adding someone you know, recording a conversation you've had, or bringing in your LinkedIn connections below.";
pub const PICK_DATE: &str = "Pick the date of this conversation.";
pub const PICK_LAST_TALKED: &str = "Pick a date, or leave it empty.";
pub const LINKEDIN_HOW_WE_MET: &str = "LinkedIn connection";
pub const CSV_HINT: &str = "CSV files open in any spreadsheet (Excel, Numbers, LibreOffice, Google Sheets). A cell that starts with =, +, - or @ gets a ' in front, so the spreadsheet shows it as text instead of running it as a formula.";

/// A keep-in-touch rhythm as a choice.
pub fn rhythm(k: KeepInTouch) -> &'static str {
    match k {
        KeepInTouch::None => "No set rhythm",
        KeepInTouch::Monthly => "Every month",
        KeepInTouch::Quarterly => "Every three months",
        KeepInTouch::TwiceAYear => "Twice a year",
    }
}

/// Every rhythm as the choice field's options.
pub fn rhythm_options() -> Vec<(String, String)> {
    KeepInTouch::ALL
        .into_iter()
        .map(|k| (k.key().to_owned(), rhythm(k).to_owned()))
        .collect()
}

/// Why a contact or a conversation can't be saved.
pub fn problem(p: Problem) -> &'static str {
    match p {
        Problem::NoName => "Write their name, even just a first name.",
        Problem::NoOneNamed => "Pick who you talked with, or write their name.",
        Problem::FutureDate => "This date is after today. Pick the day you talked.",
    }
}

/// When to be in touch, for a contact in the list; `None` with no rhythm.
pub fn due_line(l: &Locale, s: &ContactStatus) -> Option<String> {
    let due = s.next_due?;
    Some(if s.due {
        format!("Time to be in touch (since {})", l.medium_date(due))
    } else {
        format!("Next in touch by {}", l.medium_date(due))
    })
}

/// When they last talked.
pub fn last_line(l: &Locale, last: Option<NaiveDate>) -> String {
    match last {
        Some(d) => format!("Last talked {}", l.medium_date(d)),
        None => "No conversation noted yet".into(),
    }
}

/// How a suggested person came to be a contact.
pub fn suggested_by(l: &Locale, with_whom: &str, on: NaiveDate) -> String {
    format!(
        "Suggested by {with_whom} in a conversation on {}",
        l.medium_date(on)
    )
}

/// How many contacts are due, for the list's heading.
pub fn due_summary(l: &Locale, due: usize) -> String {
    match due {
        0 => "No one is due a catch-up right now.".into(),
        n => format!(
            "{} due to be in touch, listed first.",
            count_of(l, n, "person is", "people are")
        ),
    }
}

/// Why a LinkedIn file wasn't taken in.
pub fn import_error(l: &Locale, e: &ImportError) -> String {
    match e {
        ImportError::Empty => "The file is empty.".into(),
        ImportError::NoHeader => "No header with First Name and Last Name was found. Pick the Connections.csv file from your LinkedIn data export.".into(),
        ImportError::Ragged { line, found, expected } => format!(
            "Line {} has {} where the header has {}. The file may have been changed by hand or cut short.",
            l.number(*line as f64, 0),
            count_of(l, *found, "field", "fields"),
            l.number(*expected as f64, 0),
        ),
        ImportError::FieldTooLong { line } => format!(
            "Line {} has a value longer than {} characters, which doesn't look like a connection.",
            l.number(*line as f64, 0),
            l.number(MAX_FIELD_CHARS as f64, 0),
        ),
        ImportError::TooMany => format!(
            "The file holds more than {} people, more than LinkedIn allows.",
            l.number(MAX_ROWS as f64, 0)
        ),
        ImportError::Unreadable { line } => format!(
            "Line {} couldn't be read (a quote may not be closed).",
            l.number(*line as f64, 0)
        ),
    }
}

/// What an import would do, in a sentence.
pub fn import_preview(l: &Locale, plan: &ImportPlan) -> String {
    let new = count_of(l, plan.new.len(), "new contact", "new contacts");
    if plan.skipped() == 0 {
        return format!("{new} to add.");
    }
    let mut why = Vec::new();
    if plan.already_contacts > 0 {
        why.push(format!(
            "{} already in your contacts",
            l.number(plan.already_contacts as f64, 0)
        ));
    }
    if plan.repeated_in_file > 0 {
        why.push(format!(
            "{} listed twice in the file",
            l.number(plan.repeated_in_file as f64, 0)
        ));
    }
    format!(
        "{new} to add; {} skipped as {} ({}).",
        l.number(plan.skipped() as f64, 0),
        super::noun(plan.skipped(), "a duplicate", "duplicates"),
        why.join(", ")
    )
}

/// Where the work is done, for a spreadsheet cell (blank when not said).
fn workplace(w: Workplace) -> &'static str {
    match w {
        Workplace::NotSaid => "",
        w => super::search::workplace_name(w),
    }
}

/// The applications as a table: its header and one row each.
pub fn applications_table(apps: &[Application]) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "Organisation",
        "Role",
        "Stage",
        "Closed because",
        "Applied on",
        "Found via",
        "Link",
        "Location",
        "Workplace",
        "Salary",
        "Next action",
        "Next action due",
        "Interviews",
        "Notes",
    ];
    let rows = apps
        .iter()
        .map(|a| {
            vec![
                a.organisation.clone(),
                a.role.clone(),
                super::search::stage_name(a.stage).into(),
                a.closed_reason
                    .map(super::search::reason_name)
                    .unwrap_or("")
                    .into(),
                date_cell(a.applied_on()),
                a.found_via.clone(),
                a.link.clone(),
                a.location.clone(),
                workplace(a.workplace).into(),
                a.salary.clone(),
                a.next_action.clone(),
                date_cell(a.next_action_due),
                a.interviews.len().to_string(),
                a.notes.clone(),
            ]
        })
        .collect();
    (header, rows)
}

/// The contacts as a table: its header and one row each.
pub fn contacts_table(
    contacts: &[Contact],
    conversations: &[Conversation],
) -> (Vec<&'static str>, Vec<Vec<String>>) {
    let header = vec![
        "Name",
        "Organisation",
        "Role",
        "How we met",
        "Email",
        "Link",
        "Keep in touch",
        "Last talked",
        "Next in touch by",
        "Connected on",
        "Conversations",
        "Notes",
    ];
    let talks = people::Talks::new(conversations);
    let rows = contacts
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.organisation.clone(),
                c.role.clone(),
                c.how_we_met.clone(),
                c.email.clone(),
                c.link.clone(),
                rhythm(c.keep_in_touch).into(),
                date_cell(talks.last_talked(c)),
                date_cell(talks.next_due(c)),
                date_cell(c.connected_on),
                people::conversations_with(&c.id, conversations)
                    .len()
                    .to_string(),
                c.notes.clone(),
            ]
        })
        .collect();
    (header, rows)
}
