//! Rules for contacts: when the person last talked with someone and when the chosen
//! keep-in-touch rhythm says to be in touch again.

use chrono::{DateTime, Months, NaiveDate, Utc};

use super::{Contact, Conversation, GapItemRef, KeepInTouch, Search};

/// The last day the person talked with `contact`: the date they noted, or a recorded
/// conversation with them, whichever is later.
pub fn last_talked(contact: &Contact, conversations: &[Conversation]) -> Option<NaiveDate> {
    Talks::new(conversations).last_talked(contact)
}

/// The day to be in touch again: the rhythm's months after the last conversation (or
/// after the contact was added, when they have not talked yet). None with no rhythm.
pub fn next_due(contact: &Contact, conversations: &[Conversation]) -> Option<NaiveDate> {
    Talks::new(conversations).next_due(contact)
}

/// The latest recorded conversation with each contact, read in one pass over the
/// conversations, so a list of every contact costs one pass rather than one per contact.
pub struct Talks<'a>(std::collections::HashMap<&'a str, NaiveDate>);

impl<'a> Talks<'a> {
    pub fn new(conversations: &'a [Conversation]) -> Self {
        let mut latest = std::collections::HashMap::new();
        for c in conversations {
            if let Some(id) = c.contact_id.as_deref() {
                let day = latest.entry(id).or_insert(c.date);
                *day = (*day).max(c.date);
            }
        }
        Talks(latest)
    }

    /// See [`last_talked`].
    pub fn last_talked(&self, contact: &Contact) -> Option<NaiveDate> {
        self.0
            .get(contact.id.as_str())
            .copied()
            .into_iter()
            .chain(contact.last_talked)
            .max()
    }

    /// See [`next_due`].
    pub fn next_due(&self, contact: &Contact) -> Option<NaiveDate> {
        let months = contact.keep_in_touch.months()?;
        let from = self
            .last_talked(contact)
            .or(contact.connected_on)
            .unwrap_or_else(|| contact.created_at.date_naive());
        from.checked_add_months(Months::new(months))
    }
}

/// Where a contact stands in the list: when they are next due and when they last talked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactStatus {
    /// The contact's place in the workbook's list.
    pub index: usize,
    pub next_due: Option<NaiveDate>,
    pub last_talked: Option<NaiveDate>,
    /// True when the rhythm says to be in touch by today or earlier.
    pub due: bool,
}

/// Every contact matching `query` (by name or organisation, any case; empty matches
/// everyone), those due to be in touch first (longest overdue first), then the rest
/// by name.
pub fn contact_list(
    contacts: &[Contact],
    conversations: &[Conversation],
    query: &str,
    today: NaiveDate,
) -> Vec<ContactStatus> {
    let query = fold(query);
    let talks = Talks::new(conversations);
    let mut rows: Vec<ContactStatus> = contacts
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            query.is_empty()
                || fold(&c.name).contains(&query)
                || fold(&c.organisation).contains(&query)
        })
        .map(|(index, c)| {
            let next_due = talks.next_due(c);
            ContactStatus {
                index,
                next_due,
                last_talked: talks.last_talked(c),
                due: next_due.is_some_and(|d| d <= today),
            }
        })
        .collect();
    let keys: std::collections::BTreeMap<usize, (String, String)> = rows
        .iter()
        .map(|r| {
            let c = &contacts[r.index];
            (r.index, (fold(&c.name), fold(&c.organisation)))
        })
        .collect();
    crate::sort::sort_by_key(&mut rows, |r| {
        (
            !r.due,
            if r.due { r.next_due } else { None },
            keys.get(&r.index),
            r.index,
        )
    });
    rows
}

/// How many contacts are due to be in touch by `today`.
pub fn due_count(contacts: &[Contact], conversations: &[Conversation], today: NaiveDate) -> usize {
    let talks = Talks::new(conversations);
    contacts
        .iter()
        .filter(|c| talks.next_due(c).is_some_and(|d| d <= today))
        .count()
}

/// Every conversation with `contact_id`, newest first.
pub fn conversations_with<'a>(
    contact_id: &str,
    conversations: &'a [Conversation],
) -> Vec<&'a Conversation> {
    let mut found: Vec<&Conversation> = conversations
        .iter()
        .filter(|c| c.contact_id.as_deref() == Some(contact_id))
        .collect();
    crate::sort::sort_by(&mut found, |a, b| {
        b.date.cmp(&a.date).then(b.created_at.cmp(&a.created_at))
    });
    found
}

/// Every conversation, newest first.
pub fn conversations_newest_first(conversations: &[Conversation]) -> Vec<&Conversation> {
    let mut all: Vec<&Conversation> = conversations.iter().collect();
    crate::sort::sort_by(&mut all, |a, b| {
        b.date.cmp(&a.date).then(b.created_at.cmp(&a.created_at))
    });
    all
}

/// Text folded for matching: trimmed, spaces collapsed, lower case.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What makes two contacts the same person for an import: name and organisation, any
/// case, spaces collapsed.
pub fn person_key(name: &str, organisation: &str) -> (String, String) {
    (fold(name), fold(organisation))
}

/// The contact already in `contacts` with this name (any case), if there is one.
pub fn find_by_name<'a>(contacts: &'a [Contact], name: &str) -> Option<&'a Contact> {
    let name = fold(name);
    (!name.is_empty())
        .then(|| contacts.iter().find(|c| fold(&c.name) == name))
        .flatten()
}

/// A new contact for a name someone suggested talking to, with how the person came to
/// it (written by the caller, such as "Suggested by Maya on 3 Mar 2026").
pub fn contact_from_name(
    name: &str,
    how_we_met: String,
    id: String,
    now: DateTime<Utc>,
) -> Contact {
    Contact {
        id,
        name: name.split_whitespace().collect::<Vec<_>>().join(" "),
        how_we_met,
        created_at: now,
        updated_at: now,
        ..Contact::default()
    }
}

/// What stops a contact or a conversation from being saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A contact needs a name.
    NoName,
    /// A conversation needs someone it was with: a contact or a name.
    NoOneNamed,
    /// A conversation can't be dated after today.
    FutureDate,
}

/// A contact as typed, to add or to change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContactDraft {
    pub name: String,
    pub organisation: String,
    pub role: String,
    pub how_we_met: String,
    pub email: String,
    pub link: String,
    pub notes: String,
    pub keep_in_touch: KeepInTouch,
    pub last_talked: Option<NaiveDate>,
}

impl ContactDraft {
    /// The draft of an existing contact, to edit it.
    pub fn of(c: &Contact) -> ContactDraft {
        ContactDraft {
            name: c.name.clone(),
            organisation: c.organisation.clone(),
            role: c.role.clone(),
            how_we_met: c.how_we_met.clone(),
            email: c.email.clone(),
            link: c.link.clone(),
            notes: c.notes.clone(),
            keep_in_touch: c.keep_in_touch,
            last_talked: c.last_talked,
        }
    }
}

/// Adds a contact (`id` empty) or changes the one with `id`; returns its id, or what
/// stops it.
pub fn save_contact(
    contacts: &mut Vec<Contact>,
    id: Option<&str>,
    draft: ContactDraft,
    new_id: String,
    now: DateTime<Utc>,
) -> Result<String, Vec<Problem>> {
    let name = draft.name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(vec![Problem::NoName]);
    }
    let fill = |c: &mut Contact| {
        c.name = name.clone();
        c.organisation = draft.organisation.trim().to_owned();
        c.role = draft.role.trim().to_owned();
        c.how_we_met = draft.how_we_met.trim().to_owned();
        c.email = draft.email.trim().to_owned();
        c.link = draft.link.trim().to_owned();
        c.notes = draft.notes.trim_end().to_owned();
        c.keep_in_touch = draft.keep_in_touch;
        c.last_talked = draft.last_talked;
        c.updated_at = now;
    };
    if let Some(c) = id.and_then(|id| contacts.iter_mut().find(|c| c.id == id)) {
        fill(c);
        return Ok(c.id.clone());
    }
    let mut c = Contact {
        id: new_id,
        created_at: now,
        ..Contact::default()
    };
    fill(&mut c);
    let id = c.id.clone();
    contacts.push(c);
    Ok(id)
}

/// A conversation as typed, to add or to change.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ConversationDraft {
    pub date: NaiveDate,
    pub contact_id: Option<String>,
    pub with_whom: String,
    pub informational: bool,
    pub learned: String,
    pub fit_notes: String,
    pub who_next: Vec<String>,
    pub thank_you_sent: bool,
    pub application_id: Option<String>,
    pub gap_item: Option<GapItemRef>,
}

impl ConversationDraft {
    pub fn of(c: &Conversation) -> ConversationDraft {
        ConversationDraft {
            date: c.date,
            contact_id: c.contact_id.clone(),
            with_whom: c.with_whom.clone(),
            informational: c.informational,
            learned: c.learned.clone(),
            fit_notes: c.fit_notes.clone(),
            who_next: c.who_next.clone(),
            thank_you_sent: c.thank_you_sent,
            application_id: c.application_id.clone(),
            gap_item: c.gap_item.clone(),
        }
    }
}

/// Adds a conversation (`id` none) or changes the one with `id`. A picked contact's
/// name is kept as "with whom" so the conversation reads right if the contact goes.
pub fn save_conversation(
    search: &mut Search,
    id: Option<&str>,
    draft: ConversationDraft,
    new_id: String,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<String, Vec<Problem>> {
    let contact_id = draft.contact_id.filter(|cid| search.contact(cid).is_some());
    let typed = draft
        .with_whom
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let with_whom = match contact_id.as_deref().and_then(|cid| search.contact(cid)) {
        Some(c) if typed.is_empty() => c.name.clone(),
        _ => typed,
    };
    let mut problems = Vec::new();
    if with_whom.is_empty() {
        problems.push(Problem::NoOneNamed);
    }
    if draft.date > today {
        problems.push(Problem::FutureDate);
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let fill = |c: &mut Conversation| {
        c.date = draft.date;
        c.contact_id = contact_id.clone();
        c.with_whom = with_whom.clone();
        c.informational = draft.informational;
        c.learned = draft.learned.trim_end().to_owned();
        c.fit_notes = draft.fit_notes.trim_end().to_owned();
        c.who_next = draft
            .who_next
            .iter()
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty())
            .collect();
        c.thank_you_sent = draft.thank_you_sent;
        c.application_id = draft.application_id.clone().filter(|a| !a.is_empty());
        c.gap_item = draft.gap_item.clone();
        c.updated_at = now;
    };
    if let Some(c) = id.and_then(|id| search.conversations.iter_mut().find(|c| c.id == id)) {
        fill(c);
        return Ok(c.id.clone());
    }
    let mut c = Conversation {
        id: new_id,
        date: draft.date,
        created_at: now,
        ..Conversation::default()
    };
    fill(&mut c);
    let id = c.id.clone();
    search.conversations.push(c);
    Ok(id)
}

#[cfg(test)]
mod rules {
    use chrono::TimeZone;

    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 1, 1, 9, 0, 0).single().unwrap()
    }

    fn person(
        id: &str,
        name: &str,
        org: &str,
        rhythm: KeepInTouch,
        last: Option<NaiveDate>,
    ) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            organisation: org.into(),
            keep_in_touch: rhythm,
            last_talked: last,
            created_at: now(),
            ..Contact::default()
        }
    }

    #[test]
    fn the_list_puts_who_is_due_first_then_everyone_by_name() {
        let contacts = vec![
            person("1", "zoe", "Acme", KeepInTouch::None, None),
            person(
                "2",
                "Bea",
                "Globex",
                KeepInTouch::Monthly,
                Some(day(2026, 3, 1)),
            ),
            person(
                "3",
                "Cal",
                "Acme",
                KeepInTouch::Monthly,
                Some(day(2026, 1, 15)),
            ),
            person(
                "4",
                "Ada",
                "Initech",
                KeepInTouch::Quarterly,
                Some(day(2026, 3, 20)),
            ),
        ];
        let today = day(2026, 4, 10);
        let order: Vec<_> = contact_list(&contacts, &[], "", today)
            .iter()
            .map(|r| contacts[r.index].name.as_str())
            .collect();
        assert_eq!(order, ["Cal", "Bea", "Ada", "zoe"]);
        assert_eq!(due_count(&contacts, &[], today), 2);
        let acme: Vec<_> = contact_list(&contacts, &[], " ACME", today)
            .iter()
            .map(|r| contacts[r.index].name.as_str())
            .collect();
        assert_eq!(acme, ["Cal", "zoe"]);
        let row = &contact_list(&contacts, &[], "bea", today)[0];
        assert!(row.due);
        assert_eq!(row.next_due, Some(day(2026, 4, 1)));
        assert_eq!(row.last_talked, Some(day(2026, 3, 1)));
    }

    #[test]
    fn a_suggested_name_becomes_a_contact_saying_where_it_came_from() {
        let c = contact_from_name(
            "  Maya   Okafor ",
            "Suggested by Ana".into(),
            "pc-9".into(),
            now(),
        );
        assert_eq!(c.name, "Maya Okafor");
        assert_eq!(c.how_we_met, "Suggested by Ana");
        assert_eq!(c.id, "pc-9");
        assert_eq!(
            find_by_name(std::slice::from_ref(&c), "maya okafor").map(|f| &f.id),
            Some(&c.id)
        );
        assert!(find_by_name(&[c], "  ").is_none());
    }

    #[test]
    fn a_contact_needs_a_name_and_edits_keep_its_id() {
        let mut contacts = Vec::new();
        assert_eq!(
            save_contact(
                &mut contacts,
                None,
                ContactDraft::default(),
                "pc-1".into(),
                now()
            ),
            Err(vec![Problem::NoName])
        );
        let draft = ContactDraft {
            name: " Ana  Silva ".into(),
            keep_in_touch: KeepInTouch::Quarterly,
            ..ContactDraft::default()
        };
        let id = save_contact(&mut contacts, None, draft.clone(), "pc-1".into(), now()).unwrap();
        let again = ContactDraft {
            organisation: "Acme".into(),
            ..draft
        };
        assert_eq!(
            save_contact(&mut contacts, Some(&id), again, "pc-2".into(), now()),
            Ok(id)
        );
        assert_eq!(contacts.len(), 1);
        assert_eq!(contacts[0].name, "Ana Silva");
        assert_eq!(contacts[0].organisation, "Acme");
    }

    #[test]
    fn a_conversation_needs_someone_and_keeps_the_contacts_name() {
        let mut search = Search {
            contacts: vec![person("pc-1", "Ana", "", KeepInTouch::Monthly, None)],
            ..Search::default()
        };
        let today = day(2026, 4, 10);
        let empty = ConversationDraft {
            date: day(2026, 4, 11),
            ..ConversationDraft::default()
        };
        assert_eq!(
            save_conversation(&mut search, None, empty, "cv-1".into(), today, now()),
            Err(vec![Problem::NoOneNamed, Problem::FutureDate])
        );
        let draft = ConversationDraft {
            date: day(2026, 4, 2),
            contact_id: Some("pc-1".into()),
            who_next: vec!["  Maya ".into(), " ".into()],
            application_id: Some(String::new()),
            ..ConversationDraft::default()
        };
        save_conversation(&mut search, None, draft, "cv-1".into(), today, now()).unwrap();
        let c = &search.conversations[0];
        assert_eq!(c.with_whom, "Ana");
        assert_eq!(c.who_next, ["Maya"]);
        assert_eq!(c.application_id, None);
        let contact = &search.contacts[0];
        assert_eq!(
            last_talked(contact, &search.conversations),
            Some(day(2026, 4, 2))
        );
        assert_eq!(
            next_due(contact, &search.conversations),
            Some(day(2026, 5, 2))
        );
        assert_eq!(conversations_with("pc-1", &search.conversations).len(), 1);
    }
}
