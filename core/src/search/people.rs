//! Rules for contacts: when the person last talked with someone and when the chosen
//! keep-in-touch rhythm says to be in touch again.

use chrono::{Months, NaiveDate};

use super::{Contact, Conversation};

/// The last day the person talked with `contact`: the date they noted, or a recorded
/// conversation with them, whichever is later.
pub fn last_talked(contact: &Contact, conversations: &[Conversation]) -> Option<NaiveDate> {
    conversations
        .iter()
        .filter(|c| c.contact_id.as_deref() == Some(contact.id.as_str()))
        .map(|c| c.date)
        .chain(contact.last_talked)
        .max()
}

/// The day to be in touch again: the rhythm's months after the last conversation (or
/// after the contact was added, when they have not talked yet). None with no rhythm.
pub fn next_due(contact: &Contact, conversations: &[Conversation]) -> Option<NaiveDate> {
    let months = contact.keep_in_touch.months()?;
    let from = last_talked(contact, conversations)
        .or(contact.connected_on)
        .unwrap_or_else(|| contact.created_at.date_naive());
    from.checked_add_months(Months::new(months))
}
