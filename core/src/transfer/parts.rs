//! Reading a stored workbook in parts, so that a slow phone can answer a tap between
//! them: five years of goals, applications and check-ins take a quarter of a second to
//! read there in one go. [`PartRead`] first finds where each large part sits in the
//! text (one quick pass), then each [`PartRead::step`] cuts a list into slices, or reads
//! one slice or one whole part, and [`PartRead::finish`] reads the rest and puts the
//! parts in place.
//!
//! The result is exactly what [`read_text`] gives. Only this build's own shape is read
//! in parts; anything else (an older shape, damage, a repeated key) is read by
//! [`read_text`] at the end, which migrates it or names what is wrong.

use std::ops::Range;

use serde::de::{DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};
use serde_json::value::RawValue;

use super::{read_text, Loaded, ReadError, FORMAT, MAX_IMPORT_BYTES};
use crate::checkins::Accountability;
use crate::discover::Discovery;
use crate::goals::Goal;
use crate::journal::Journal;
use crate::search::{Application, Contact, Conversation};
use crate::sync::SyncState;
use crate::{schema, Workbook};

/// About how many bytes of text one step reads: a few milliseconds on a phone.
pub const STEP_BYTES: usize = 64 * 1024;

/// A workbook's text being read in parts. Making one reads nothing: the first step finds
/// the parts (one quick pass over the text), each later step reads one.
pub struct PartRead {
    text: String,
    plan: Planned,
}

enum Planned {
    NotYet,
    Parts(Box<Plan>),
    /// The text has no parts this reader can take: [`PartRead::finish`] reads it whole.
    Whole,
}

struct Plan {
    sync: Option<SyncState>,
    /// The workbook's own entries other than the ones read in parts, as (key, text).
    rest: Vec<(String, Range<usize>)>,
    jobs: Vec<Job>,
    parts: Parts,
    /// The workbook put together, once the last job has read the rest.
    whole: Option<Workbook>,
}

#[derive(Default)]
struct Parts {
    goals: Option<Vec<Goal>>,
    applications: Option<Vec<Application>>,
    contacts: Option<Vec<Contact>>,
    conversations: Option<Vec<Conversation>>,
    checkins: Option<Accountability>,
    journal: Option<Journal>,
    discovery: Option<Discovery>,
}

/// One step's work: a slice of a list's elements, or a whole part.
enum Job {
    Goals(Vec<Range<usize>>),
    Applications(Vec<Range<usize>>),
    Contacts(Vec<Range<usize>>),
    Conversations(Vec<Range<usize>>),
    Checkins(Range<usize>),
    Journal(Range<usize>),
    Discovery(Range<usize>),
    /// A list still to be cut into slices (a step of its own: with years of goals, cutting
    /// them up takes about as long as reading a slice).
    Cut(List, Range<usize>),
    /// The job search's lists, still to be found.
    Search(Range<usize>),
    /// The workbook's other entries, read and put together with the parts.
    Rest,
}

/// The lists read a slice at a time.
#[derive(Clone, Copy)]
enum List {
    Goals,
    Applications,
    Contacts,
    Conversations,
}

impl List {
    fn job(self, slice: Vec<Range<usize>>) -> Job {
        match self {
            List::Goals => Job::Goals(slice),
            List::Applications => Job::Applications(slice),
            List::Contacts => Job::Contacts(slice),
            List::Conversations => Job::Conversations(slice),
        }
    }
}

#[derive(Deserialize)]
struct Envelope<'a> {
    format: String,
    schema_version: u32,
    #[serde(default)]
    sync: Option<SyncState>,
    #[serde(borrow)]
    workbook: Entries<'a>,
}

/// An object's entries in order, each value left as text; `None` when a key repeats
/// (the careful read decides what that means).
struct Entries<'a>(Option<Vec<(String, &'a RawValue)>>);

impl<'de: 'a, 'a> Deserialize<'de> for Entries<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Seen<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for Seen<'a> {
            type Value = Entries<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Self::Value, M::Error> {
                let mut entries: Vec<(String, &'a RawValue)> = Vec::new();
                let mut unique = true;
                while let Some((key, value)) = map.next_entry::<String, &'a RawValue>()? {
                    unique &= entries.iter().all(|(k, _)| *k != key);
                    entries.push((key, value));
                }
                Ok(Entries(unique.then_some(entries)))
            }
        }
        d.deserialize_map(Seen(std::marker::PhantomData))
    }
}

/// Where `part` sits in `text` (it is a slice of it).
fn range_in(text: &str, part: &str) -> Range<usize> {
    let start = part.as_ptr() as usize - text.as_ptr() as usize;
    start..start + part.len()
}

/// A list's elements grouped into slices of about [`STEP_BYTES`] each.
fn slices(text: &str, list: &str) -> Option<Vec<Vec<Range<usize>>>> {
    let elements: Vec<&RawValue> = serde_json::from_str(list).ok()?;
    let mut out: Vec<Vec<Range<usize>>> = Vec::new();
    let mut size = STEP_BYTES;
    for element in elements {
        let range = range_in(text, element.get());
        if size >= STEP_BYTES {
            out.push(Vec::new());
            size = 0;
        }
        size += range.len();
        out.last_mut()?.push(range);
    }
    Some(out)
}

fn read_all<T: DeserializeOwned>(text: &str, ranges: &[Range<usize>]) -> Option<Vec<T>> {
    ranges
        .iter()
        .map(|r| serde_json::from_str(&text[r.clone()]).ok())
        .collect()
}

fn extend<T>(into: &mut Option<Vec<T>>, more: Vec<T>) {
    into.get_or_insert_with(Vec::new).extend(more);
}

impl Plan {
    fn of(text: &str) -> Option<Plan> {
        if text.len() > MAX_IMPORT_BYTES
            || super::peek_schema_version(text) != Some(schema::CURRENT_VERSION)
        {
            return None;
        }
        let envelope: Envelope = serde_json::from_str(text).ok()?;
        if envelope.format != FORMAT || envelope.schema_version != schema::CURRENT_VERSION {
            return None;
        }
        let mut plan = Plan {
            sync: envelope.sync,
            rest: Vec::new(),
            jobs: Vec::new(),
            parts: Parts::default(),
            whole: None,
        };
        for (key, value) in envelope.workbook.0? {
            let range = range_in(text, value.get());
            match key.as_str() {
                "goals" => plan.jobs.push(Job::Cut(List::Goals, range)),
                "checkins" => plan.jobs.push(Job::Checkins(range)),
                "journal" => plan.jobs.push(Job::Journal(range)),
                "discovery" => plan.jobs.push(Job::Discovery(range)),
                "search" => plan.jobs.push(Job::Search(range)),
                _ => plan.rest.push((key, range)),
            }
        }
        // Last, the rest, and the parts put in place (checking ids is left to `finish`).
        plan.jobs.push(Job::Rest);
        plan.jobs.reverse();
        Some(plan)
    }

    /// Does the next job; `None` when one could not be read.
    fn step(&mut self, text: &str) -> Option<()> {
        let parts = &mut self.parts;
        match self.jobs.pop()? {
            Job::Goals(r) => extend(&mut parts.goals, read_all(text, &r)?),
            Job::Applications(r) => extend(&mut parts.applications, read_all(text, &r)?),
            Job::Contacts(r) => extend(&mut parts.contacts, read_all(text, &r)?),
            Job::Conversations(r) => extend(&mut parts.conversations, read_all(text, &r)?),
            Job::Checkins(r) => parts.checkins = Some(serde_json::from_str(&text[r]).ok()?),
            Job::Journal(r) => parts.journal = Some(serde_json::from_str(&text[r]).ok()?),
            Job::Discovery(r) => parts.discovery = Some(serde_json::from_str(&text[r]).ok()?),
            Job::Cut(list, r) => {
                let jobs = slices(text, &text[r])?.into_iter().map(|s| list.job(s));
                self.jobs.extend(jobs.rev());
            }
            Job::Rest => self.whole = Some(self.assemble(text)?),
            Job::Search(r) => {
                let mut lists = Vec::new();
                for (part, value) in Entries::of(&text[r])? {
                    let list = match part.as_str() {
                        "applications" => List::Applications,
                        "contacts" => List::Contacts,
                        "conversations" => List::Conversations,
                        _ => return None,
                    };
                    lists.push(Job::Cut(list, range_in(text, value.get())));
                }
                self.jobs.extend(lists.into_iter().rev());
            }
        }
        Some(())
    }

    /// The rest of the workbook read, and the parts put in place.
    fn assemble(&mut self, text: &str) -> Option<Workbook> {
        let mut rest = String::with_capacity(
            self.rest
                .iter()
                .map(|(k, r)| k.len() + r.len() + 4)
                .sum::<usize>()
                + 2,
        );
        rest.push('{');
        for (i, (key, range)) in self.rest.iter().enumerate() {
            if i > 0 {
                rest.push(',');
            }
            rest.push_str(&serde_json::to_string(key).ok()?);
            rest.push(':');
            rest.push_str(&text[range.clone()]);
        }
        rest.push('}');
        let mut workbook: Workbook = serde_json::from_str(&rest).ok()?;
        if workbook.schema_version != schema::CURRENT_VERSION {
            return None;
        }
        let parts = std::mem::take(&mut self.parts);
        workbook.goals = parts.goals.unwrap_or_default();
        if let Some(c) = parts.checkins {
            workbook.checkins = c;
        }
        if let Some(j) = parts.journal {
            workbook.journal = j;
        }
        if let Some(d) = parts.discovery {
            workbook.discovery = d;
        }
        workbook.search.applications = parts.applications.unwrap_or_default();
        workbook.search.contacts = parts.contacts.unwrap_or_default();
        workbook.search.conversations = parts.conversations.unwrap_or_default();
        Some(workbook)
    }

    /// The workbook, its ids checked (every job done).
    fn finish(self) -> Option<Loaded> {
        let mut workbook = self.whole?;
        let repaired_ids = crate::ids::repair_ids(&mut workbook);
        Some(Loaded {
            workbook,
            migrated_from: None,
            sync: self.sync.unwrap_or_default(),
            repaired_ids,
        })
    }
}

impl<'a> Entries<'a> {
    fn of(text: &'a str) -> Option<Vec<(String, &'a RawValue)>> {
        serde_json::from_str::<Entries>(text).ok()?.0
    }
}

impl PartRead {
    /// The text to read; nothing is read yet.
    pub fn new(text: String) -> PartRead {
        PartRead {
            text,
            plan: Planned::NotYet,
        }
    }

    /// Reads the next part (the first step finds the parts); `true` while parts remain
    /// (then call again, or finish).
    pub fn step(&mut self) -> bool {
        let plan = match &mut self.plan {
            Planned::NotYet => {
                self.plan =
                    Plan::of(&self.text).map_or(Planned::Whole, |p| Planned::Parts(Box::new(p)));
                return matches!(&self.plan, Planned::Parts(p) if !p.jobs.is_empty());
            }
            Planned::Parts(plan) => plan,
            Planned::Whole => return false,
        };
        if plan.jobs.is_empty() {
            return false;
        }
        if plan.step(&self.text).is_none() {
            self.plan = Planned::Whole;
            return false;
        }
        !plan.jobs.is_empty()
    }

    /// The workbook: the parts put together, or (when they could not be) the careful
    /// read of the whole text, which always gives what [`read_text`] gives.
    pub fn finish(self) -> Result<Loaded, ReadError> {
        let PartRead { text, plan } = self;
        let mut plan = match plan {
            Planned::Parts(plan) => *plan,
            Planned::NotYet => match Plan::of(&text) {
                Some(plan) => plan,
                None => return read_text(&text),
            },
            Planned::Whole => return read_text(&text),
        };
        while !plan.jobs.is_empty() {
            if plan.step(&text).is_none() {
                return read_text(&text);
            }
        }
        plan.finish().map_or_else(|| read_text(&text), Ok)
    }
}
