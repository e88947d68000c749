//! The job search and the people in it: applications moving through stages (with every
//! move kept), interviews under them, contacts with a keep-in-touch rhythm, and
//! conversations (informational interviews among them). Plain records and pure rules;
//! "today" and "now" are parameters. CSV import and export sit beside them.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use serde::{Deserialize, Serialize};

pub mod agenda;
pub mod applications;
pub mod csv;
pub mod linked;
pub mod people;
pub mod stats;
#[cfg(test)]
mod tests;

/// Id prefixes for records made here, for [`crate::ids::make_id`].
pub mod prefix {
    pub const APPLICATION: &str = "a";
    pub const STAGE_CHANGE: &str = "sc";
    pub const INTERVIEW: &str = "iv";
    pub const CONTACT: &str = "pc";
    pub const CONVERSATION: &str = "cv";
}

/// Everything about the search, in one part of the workbook.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Search {
    #[serde(default)]
    pub applications: Vec<Application>,
    #[serde(default)]
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub conversations: Vec<Conversation>,
}

impl Search {
    pub fn is_empty(&self) -> bool {
        self.applications.is_empty() && self.contacts.is_empty() && self.conversations.is_empty()
    }

    pub fn application(&self, id: &str) -> Option<&Application> {
        self.applications.iter().find(|a| a.id == id)
    }

    pub fn application_mut(&mut self, id: &str) -> Option<&mut Application> {
        self.applications.iter_mut().find(|a| a.id == id)
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    pub fn contact_mut(&mut self, id: &str) -> Option<&mut Contact> {
        self.contacts.iter_mut().find(|c| c.id == id)
    }

    pub fn conversation(&self, id: &str) -> Option<&Conversation> {
        self.conversations.iter().find(|c| c.id == id)
    }
}

/// Where an application stands. Any stage may follow any other: moving on is the usual
/// way, going back is allowed and kept in the history like any move.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    #[default]
    Interested,
    Applied,
    Interviewing,
    Offer,
    Accepted,
    Closed,
}

impl Stage {
    /// Every stage in board order.
    pub const ALL: [Stage; 6] = [
        Stage::Interested,
        Stage::Applied,
        Stage::Interviewing,
        Stage::Offer,
        Stage::Accepted,
        Stage::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Stage::Interested => "interested",
            Stage::Applied => "applied",
            Stage::Interviewing => "interviewing",
            Stage::Offer => "offer",
            Stage::Accepted => "accepted",
            Stage::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<Stage> {
        Stage::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The usual next stage ("moving on"); none after accepted or closed.
    pub fn next(self) -> Option<Stage> {
        match self {
            Stage::Interested => Some(Stage::Applied),
            Stage::Applied => Some(Stage::Interviewing),
            Stage::Interviewing => Some(Stage::Offer),
            Stage::Offer => Some(Stage::Accepted),
            Stage::Accepted | Stage::Closed => None,
        }
    }

    /// True once the application has been sent (applied or any later stage but closed
    /// before applying is judged by its history, see [`Application::applied_on`]).
    pub fn is_open(self) -> bool {
        !matches!(self, Stage::Accepted | Stage::Closed)
    }
}

/// Why an application closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ClosedReason {
    Rejected,
    Withdrew,
    NoReply,
    RoleFilled,
}

impl ClosedReason {
    pub const ALL: [ClosedReason; 4] = [
        ClosedReason::Rejected,
        ClosedReason::Withdrew,
        ClosedReason::NoReply,
        ClosedReason::RoleFilled,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ClosedReason::Rejected => "rejected",
            ClosedReason::Withdrew => "withdrew",
            ClosedReason::NoReply => "no_reply",
            ClosedReason::RoleFilled => "role_filled",
        }
    }

    pub fn from_key(key: &str) -> Option<ClosedReason> {
        ClosedReason::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// Where the work is done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Workplace {
    #[default]
    NotSaid,
    OnSite,
    Hybrid,
    Remote,
}

impl Workplace {
    pub const ALL: [Workplace; 4] = [
        Workplace::NotSaid,
        Workplace::OnSite,
        Workplace::Hybrid,
        Workplace::Remote,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Workplace::NotSaid => "not_said",
            Workplace::OnSite => "on_site",
            Workplace::Hybrid => "hybrid",
            Workplace::Remote => "remote",
        }
    }

    pub fn from_key(key: &str) -> Option<Workplace> {
        Workplace::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One move of an application to a stage, on a day. The first entry is where it began.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StageChange {
    #[serde(default)]
    pub id: String,
    pub stage: Stage,
    /// Set when `stage` is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<ClosedReason>,
    #[serde(deserialize_with = "crate::stamps::date")]
    pub on: NaiveDate,
    /// When the move was recorded, so two moves on one day keep their order.
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub at: DateTime<Utc>,
}

/// An application for a role, from "interested" to an outcome.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Application {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
    /// Where the person found it (a job board, a referral, a newsletter…).
    #[serde(default)]
    pub found_via: String,
    /// The posting's address, kept as text: Waymark never fetches it.
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub location: String,
    #[serde(default)]
    pub workplace: Workplace,
    /// The pay as the posting or the person put it ("£45–50k", "$38/hour").
    #[serde(default)]
    pub salary: String,
    #[serde(default)]
    pub stage: Stage,
    /// Why it closed, while `stage` is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed_reason: Option<ClosedReason>,
    /// Every stage it has been in, oldest first.
    #[serde(default)]
    pub history: Vec<StageChange>,
    #[serde(default)]
    pub next_action: String,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub next_action_due: Option<NaiveDate>,
    #[serde(default)]
    pub notes: String,
    /// How well it fits each of the person's top values (value key → 1 to 5).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fit: BTreeMap<String, u8>,
    #[serde(default)]
    pub interviews: Vec<Interview>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// The kind of an interview.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum InterviewKind {
    Phone,
    #[default]
    Video,
    OnSite,
    Task,
}

impl InterviewKind {
    pub const ALL: [InterviewKind; 4] = [
        InterviewKind::Phone,
        InterviewKind::Video,
        InterviewKind::OnSite,
        InterviewKind::Task,
    ];

    pub fn key(self) -> &'static str {
        match self {
            InterviewKind::Phone => "phone",
            InterviewKind::Video => "video",
            InterviewKind::OnSite => "on_site",
            InterviewKind::Task => "task",
        }
    }

    pub fn from_key(key: &str) -> Option<InterviewKind> {
        InterviewKind::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One interview round for an application.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Interview {
    #[serde(default)]
    pub id: String,
    /// The round as the person names it ("first", "2", "final").
    #[serde(default)]
    pub round: String,
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    /// Local time of day, when known.
    #[serde(default)]
    pub time: Option<NaiveTime>,
    #[serde(default)]
    pub kind: InterviewKind,
    /// Who the person meets.
    #[serde(default)]
    pub with_whom: String,
    #[serde(default)]
    pub preparation: String,
    #[serde(default)]
    pub questions: String,
    #[serde(default)]
    pub how_it_went: String,
    #[serde(default)]
    pub follow_up_sent: bool,
}

/// How often the person means to be in touch with someone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum KeepInTouch {
    #[default]
    None,
    Monthly,
    Quarterly,
    TwiceAYear,
}

impl KeepInTouch {
    pub const ALL: [KeepInTouch; 4] = [
        KeepInTouch::None,
        KeepInTouch::Monthly,
        KeepInTouch::Quarterly,
        KeepInTouch::TwiceAYear,
    ];

    pub fn key(self) -> &'static str {
        match self {
            KeepInTouch::None => "none",
            KeepInTouch::Monthly => "monthly",
            KeepInTouch::Quarterly => "quarterly",
            KeepInTouch::TwiceAYear => "twice_a_year",
        }
    }

    pub fn from_key(key: &str) -> Option<KeepInTouch> {
        KeepInTouch::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Months between conversations; none when no rhythm is set.
    pub fn months(self) -> Option<u32> {
        match self {
            KeepInTouch::None => None,
            KeepInTouch::Monthly => Some(1),
            KeepInTouch::Quarterly => Some(3),
            KeepInTouch::TwiceAYear => Some(6),
        }
    }
}

/// Someone in the person's network.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Contact {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub organisation: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub how_we_met: String,
    #[serde(default)]
    pub email: String,
    /// A profile address, kept as text (never fetched).
    #[serde(default)]
    pub link: String,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub keep_in_touch: KeepInTouch,
    /// The last time they talked, as the person remembers it (conversations recorded in
    /// Waymark count too, see [`people::last_talked`]).
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub last_talked: Option<NaiveDate>,
    /// When they connected, where a file said so (LinkedIn's "Connected On").
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::date_opt")]
    pub connected_on: Option<NaiveDate>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}

/// Where a conversation leads back to in the gap map: a map and one of its items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GapItemRef {
    pub map_id: String,
    pub item_id: String,
}

/// A conversation with someone: an informational interview, a coffee, a call.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Conversation {
    #[serde(default)]
    pub id: String,
    #[serde(deserialize_with = "crate::stamps::date")]
    pub date: NaiveDate,
    /// The contact it was with, when they are in the person's contacts.
    #[serde(default)]
    pub contact_id: Option<String>,
    /// Who it was with, in the person's words (kept even when a contact is linked, so
    /// the conversation still reads right if the contact is deleted).
    #[serde(default)]
    pub with_whom: String,
    /// An informational interview: a conversation to learn about a role or a field.
    #[serde(default)]
    pub informational: bool,
    #[serde(default)]
    pub learned: String,
    /// How it fits the person's values and vision.
    #[serde(default)]
    pub fit_notes: String,
    /// Names of people suggested to talk to next, one per line.
    #[serde(default)]
    pub who_next: Vec<String>,
    #[serde(default)]
    pub thank_you_sent: bool,
    #[serde(default)]
    pub application_id: Option<String>,
    #[serde(default)]
    pub gap_item: Option<GapItemRef>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(default)]
    #[serde(deserialize_with = "crate::stamps::utc")]
    pub updated_at: DateTime<Utc>,
}
