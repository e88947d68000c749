//! Backup hygiene: whether the person should be reminded to download a backup, and how
//! close the workbook is to the browser's storage limit. Pure: times are parameters.

use chrono::{DateTime, Utc};

/// Reminders start once the last backup is this many days old.
pub const REMIND_AFTER_DAYS: i64 = 30;

/// Where the browser may clear a site's storage after seven days without a visit
/// (Safari, outside a Home Screen web app), reminders start once a backup is a week old.
pub const REMIND_AFTER_A_WEEK_DAYS: i64 = 7;

/// Browsers give a site about five million characters of localStorage.
pub const STORAGE_LIMIT_CHARS: usize = 5_000_000;

/// A warning shows from this share of the limit.
pub const STORAGE_WARN_SHARE: f64 = 0.8;

/// Where the person stands with backups.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupStatus {
    /// Nothing worth backing up yet.
    NothingYet,
    /// Never downloaded a backup of a workbook that has content.
    Never,
    /// Backed up `days` ago, recently enough.
    Recent { days: i64 },
    /// Backed up `days` ago: time for a fresh one.
    Old { days: i64 },
}

impl BackupStatus {
    /// True when the app should nudge the person to download a backup.
    pub fn needs_reminder(&self) -> bool {
        matches!(self, BackupStatus::Never | BackupStatus::Old { .. })
    }

    /// One plain sentence about it.
    pub fn message(&self) -> String {
        match self {
            BackupStatus::NothingYet => "Once you've written something, a backup file keeps it safe.".into(),
            BackupStatus::Never => "You haven't downloaded a backup yet. It takes a second and keeps your work safe if this browser's data is ever cleared.".into(),
            BackupStatus::Recent { days: 0 } => "Your last backup was today.".into(),
            BackupStatus::Recent { days: 1 } => "Your last backup was yesterday.".into(),
            BackupStatus::Recent { days } => format!("Your last backup was {days} days ago."),
            BackupStatus::Old { days } => format!(
                "Your last backup was {days} days ago. A fresh one keeps everything since then safe."
            ),
        }
    }
}

/// The backup status given the last download time, whether there is anything to save,
/// and now.
pub fn backup_status(
    last_backup: Option<DateTime<Utc>>,
    has_content: bool,
    now: DateTime<Utc>,
) -> BackupStatus {
    backup_status_within(last_backup, has_content, now, REMIND_AFTER_DAYS)
}

/// The same, with reminders from a backup `remind_after_days` old.
pub fn backup_status_within(
    last_backup: Option<DateTime<Utc>>,
    has_content: bool,
    now: DateTime<Utc>,
    remind_after_days: i64,
) -> BackupStatus {
    match last_backup {
        None if !has_content => BackupStatus::NothingYet,
        None => BackupStatus::Never,
        Some(at) => {
            let days = (now - at).num_days().max(0);
            if days >= remind_after_days {
                BackupStatus::Old { days }
            } else {
                BackupStatus::Recent { days }
            }
        }
    }
}

/// How full storage is, for the Data page and the warning banner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StorageUse {
    /// Characters Waymark's keys take (the workbook, its backup copy, logs, drafts).
    pub chars: usize,
    /// What the browser allows, in characters (measured, or the usual figure).
    pub limit: usize,
    /// Whether `limit` was measured in this browser.
    pub measured: bool,
    pub share: f64,
    pub near_limit: bool,
}

/// Storage use of `chars` characters (Waymark's) when the whole site uses `site_chars`
/// out of `limit` (the usual limit when unmeasured). The workbook is written whole,
/// beside the copy kept from the last start, so a save needs room for one more copy:
/// the warning comes from 80 % of the site's room, well before that runs out.
pub fn storage_use(chars: usize, site_chars: usize, limit: Option<usize>) -> StorageUse {
    let measured = limit.is_some_and(|l| l > 0);
    let limit = limit.filter(|l| *l > 0).unwrap_or(STORAGE_LIMIT_CHARS);
    let share = site_chars.max(chars) as f64 / limit as f64;
    StorageUse {
        chars,
        limit,
        measured,
        share,
        near_limit: share >= STORAGE_WARN_SHARE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workbook::tests::at;

    #[test]
    fn an_empty_workbook_needs_no_reminder() {
        let s = backup_status(None, false, at(2026, 5, 1));
        assert_eq!(s, BackupStatus::NothingYet);
        assert!(!s.needs_reminder());
    }

    #[test]
    fn content_never_backed_up_is_reminded() {
        assert!(backup_status(None, true, at(2026, 5, 1)).needs_reminder());
    }

    #[test]
    fn reminder_starts_at_thirty_days() {
        let now = at(2026, 5, 31);
        assert_eq!(
            backup_status(Some(at(2026, 5, 2)), true, now),
            BackupStatus::Recent { days: 29 }
        );
        assert_eq!(
            backup_status(Some(at(2026, 5, 1)), true, now),
            BackupStatus::Old { days: 30 }
        );
        assert!(BackupStatus::Old { days: 30 }
            .message()
            .contains("30 days ago"));
    }

    #[test]
    fn where_storage_may_be_cleared_after_a_week_the_reminder_comes_after_a_week() {
        let now = at(2026, 5, 31);
        let within = |last| backup_status_within(Some(last), true, now, REMIND_AFTER_A_WEEK_DAYS);
        assert_eq!(within(at(2026, 5, 25)), BackupStatus::Recent { days: 6 });
        assert_eq!(within(at(2026, 5, 24)), BackupStatus::Old { days: 7 });
        assert!(within(at(2026, 5, 24)).needs_reminder());
        assert!(!backup_status(Some(at(2026, 5, 24)), true, now).needs_reminder());
    }

    #[test]
    fn a_backup_from_the_future_counts_as_today() {
        let s = backup_status(Some(at(2026, 6, 2)), true, at(2026, 6, 1));
        assert_eq!(s, BackupStatus::Recent { days: 0 });
        assert_eq!(s.message(), "Your last backup was today.");
    }

    #[test]
    fn storage_warns_from_eighty_percent() {
        assert!(!storage_use(3_999_999, 0, None).near_limit);
        assert!(storage_use(4_000_000, 0, None).near_limit);
        assert!((storage_use(2_500_000, 0, None).share - 0.5).abs() < 1e-9);
        assert!(storage_use(4_000_000, 0, Some(4_500_000)).near_limit);
        assert!(!storage_use(4_000_000, 0, Some(10_000_000)).near_limit);
        // Another app on the same site filling it counts too.
        assert!(storage_use(100, 8_500_000, Some(10_000_000)).near_limit);
    }
}
