//! The app's reactive state: the workbook signal every page reads and writes, the
//! notices about storage, and the debounced save that runs off the interaction path.

use std::time::Duration;

use leptos::prelude::*;
use waymark_core::{merge, transfer, Workbook};

use super::{clock, storage};

const CANNOT_SAVE: &str = "Changes can't be saved on this device right now. Download a backup from the Data page to keep them.";
const NEWER_AT_START: &str = "Your workbook was saved by a newer version of Waymark, so this version won't save over it. Open the newer version to carry on; anything you change here needs a downloaded backup to be kept.";
const NEWER_ELSEWHERE: &str = "A newer version of Waymark saved your workbook in another tab. So that nothing it wrote is lost, this tab has stopped saving. Reload the page to use the newer version; download a backup first if you changed anything here.";

const REMOVED_ELSEWHERE: &str = "Your workbook was removed from this browser in another tab, so this tab has stopped saving. Reload to start afresh, or download a backup first to keep what is shown here.";

/// What went wrong reading stored data at start-up, for the banner.
#[derive(Debug, Clone)]
pub struct LoadProblem {
    pub reason: String,
    pub raw: String,
    pub recovered: bool,
    pub kept_aside: bool,
}

/// Everything the pages share. Cheap to copy; provided as context by `App`.
#[derive(Clone, Copy)]
pub struct AppState {
    pub workbook: RwSignal<Workbook>,
    pub load_problem: RwSignal<Option<LoadProblem>>,
    pub save_error: RwSignal<Option<String>>,
    /// The workbook as it was before the last import, for one undo.
    pub before_import: RwSignal<Option<Workbook>>,
    /// A short, polite status message ("Saved", "Import undone").
    pub notice: RwSignal<Option<String>>,
    /// When a backup was last downloaded on this device.
    pub last_backup: RwSignal<Option<chrono::DateTime<chrono::Utc>>>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
    /// Changes not yet written, and a count of changes so that a save scheduled for an
    /// older change stands down when a newer one has come in.
    unsaved: StoredValue<bool>,
    change_count: StoredValue<u64>,
    saving_enabled: StoredValue<bool>,
    keys: StoredValue<merge::KeyTracker>,
}

impl AppState {
    /// Loads the workbook from localStorage and starts the save loop.
    pub fn start() -> Self {
        let now = clock::now();
        let mut problem = None;
        let mut saving_enabled = true;
        let mut blocked_because = None;
        let workbook = match storage::local_storage() {
            None => {
                saving_enabled = false;
                problem = Some(LoadProblem {
                    reason: "This browser isn't letting Waymark save anything on this device (this can happen in private windows). You can still work here, but download a backup before you close the tab.".into(),
                    raw: String::new(),
                    recovered: false,
                    kept_aside: false,
                });
                Workbook::new(now)
            }
            Some(store) => match storage::load_from(&store, now) {
                storage::LoadOutcome::Fresh => Workbook::new(now),
                storage::LoadOutcome::Loaded { workbook, .. } => *workbook,
                storage::LoadOutcome::NoStorage => {
                    saving_enabled = false;
                    Workbook::new(now)
                }
                storage::LoadOutcome::Unreadable(u) => {
                    // Never write over text that could not be copied aside, nor over a
                    // newer build's workbook (it may be opened again by that build).
                    saving_enabled = u.kept_key.is_some() && !u.newer;
                    if u.newer {
                        blocked_because = Some(NEWER_AT_START);
                    }
                    problem = Some(LoadProblem {
                        reason: u.reason.clone(),
                        raw: u.raw.clone(),
                        recovered: u.recovered.is_some(),
                        kept_aside: u.kept_key.is_some(),
                    });
                    u.recovered.unwrap_or_else(|| Workbook::new(now))
                }
            },
        };
        let state = AppState {
            workbook: RwSignal::new(workbook),
            load_problem: RwSignal::new(problem),
            save_error: RwSignal::new(if saving_enabled {
                None
            } else {
                Some(blocked_because.unwrap_or(CANNOT_SAVE).into())
            }),
            before_import: RwSignal::new(None),
            notice: RwSignal::new(None),
            last_backup: RwSignal::new(storage::last_backup()),
            pending_save: StoredValue::new(None),
            unsaved: StoredValue::new(false),
            change_count: StoredValue::new(0),
            saving_enabled: StoredValue::new(saving_enabled),
            keys: StoredValue::new(merge::KeyTracker::default()),
        };
        state.watch_and_save();
        state
    }

    /// Changes the workbook and stamps it as updated. Saving follows on its own.
    pub fn update(&self, change: impl FnOnce(&mut Workbook)) {
        let now = clock::now();
        let keys = self.keys;
        self.workbook.update(|wb| {
            // Deletions become tombstones; the tracker only reads every record's key
            // when records came or went, so an edit stays cheap with years of data.
            keys.update_value(|tracker| tracker.change(wb, now, change));
            wb.touch(now);
        });
    }

    /// Replaces the whole workbook (import), keeping the old one for a single undo.
    pub fn replace(&self, incoming: Workbook) {
        let previous = self.workbook.get_untracked();
        self.before_import.set(Some(previous));
        self.workbook.set(incoming);
    }

    /// Puts back the workbook from before the last import.
    pub fn undo_import(&self) -> bool {
        match self.before_import.get_untracked() {
            Some(previous) => {
                self.workbook.set(previous);
                self.before_import.set(None);
                true
            }
            None => false,
        }
    }

    /// Shows a short status message.
    pub fn tell(&self, message: impl Into<String>) {
        let message = message.into();
        self.notice.set(Some(message.clone()));
        let notice = self.notice;
        set_timeout(
            move || {
                if notice.get_untracked().as_deref() == Some(message.as_str()) {
                    notice.set(None);
                }
            },
            Duration::from_secs(6),
        );
    }

    /// Downloads the workbook as a backup file and remembers when.
    pub fn download_backup(&self) {
        let now = clock::now();
        let text = self
            .workbook
            .with_untracked(|wb| waymark_core::transfer::to_text(wb, now, true));
        let name = waymark_core::transfer::export_file_name(&clock::today().to_string());
        match super::files::download(&name, "application/json", &text) {
            Ok(()) => {
                storage::record_backup(now);
                self.last_backup.set(Some(now));
                self.tell(format!("Downloaded {name}."));
            }
            Err(e) => self.tell(e),
        }
    }

    /// Stops saving and removes everything Waymark stored in this browser. The page is
    /// reloaded straight after by the caller, so nothing in memory is written back.
    pub fn remove_from_this_browser(&self) -> bool {
        super::drafts::stop();
        self.saving_enabled.set_value(false);
        self.cancel_pending_save();
        self.unsaved.set_value(false);
        match storage::local_storage() {
            Some(store) => {
                storage::remove_everything(&store);
                true
            }
            None => false,
        }
    }

    /// Saves now if a change is waiting to be saved (the page is being hidden or left).
    pub fn flush(&self) {
        self.cancel_pending_save();
        if self.unsaved.get_value() {
            self.save_now();
        }
    }

    /// Drops the save timer that is waiting, if any.
    fn cancel_pending_save(&self) {
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
            self.pending_save.set_value(None);
        }
    }

    /// Another tab saved the workbook: merge its copy into ours so neither loses work.
    fn take_from_other_tab(&self, text: &str) {
        let loaded = match transfer::read_text(text) {
            Ok(loaded) => loaded,
            Err(transfer::ReadError::Newer { .. }) => {
                // A newer build is open in another tab: stop saving so we never
                // overwrite what it wrote.
                self.saving_enabled.set_value(false);
                self.save_error.set(Some(NEWER_ELSEWHERE.into()));
                return;
            }
            // Damaged text from elsewhere: ours stays as it is and keeps saving.
            Err(_) => return,
        };
        let merged = self
            .workbook
            .with_untracked(|current| merge::merge(current, &loaded.workbook));
        if self.workbook.with_untracked(|current| *current != merged) {
            self.workbook.set(merged);
            self.tell("Brought in changes you made in another tab.");
        }
    }

    fn save_now(&self) {
        self.unsaved.set_value(false);
        if !self.saving_enabled.get_value() {
            return;
        }
        let Some(store) = storage::local_storage() else {
            return;
        };
        // Another tab may have just been saved by a newer build: never overwrite it.
        if storage::stored_schema_version(&store)
            .is_some_and(|v| v > waymark_core::schema::CURRENT_VERSION)
        {
            self.saving_enabled.set_value(false);
            self.save_error.set(Some(NEWER_ELSEWHERE.into()));
            return;
        }
        let result = super::marks::measure("waymark-save", || {
            self.workbook
                .with_untracked(|wb| storage::save_to(&store, wb, clock::now()))
        });
        match result {
            Ok(()) => {
                if self.save_error.get_untracked().is_some() {
                    self.save_error.set(None);
                }
            }
            Err(message) => self.save_error.set(Some(message)),
        }
    }

    /// After any change, waits for a quiet moment, then saves once: 300 ms after the
    /// last change, in the browser's next idle time (at the latest a second later), so
    /// serialising years of data never holds up a click. Hiding or leaving the page
    /// saves straight away, so nothing is lost.
    fn watch_and_save(self) {
        Effect::new(move |first_run: Option<()>| {
            self.workbook.track();
            if first_run.is_none() {
                return;
            }
            self.unsaved.set_value(true);
            self.change_count.update_value(|n| *n += 1);
            let change = self.change_count.get_value();
            if let Some(handle) = self.pending_save.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(
                move || {
                    self.pending_save.set_value(None);
                    super::idle::when_idle(
                        move || {
                            // A newer change has its own save coming; a flush did it already.
                            if self.change_count.get_value() == change && self.unsaved.get_value() {
                                self.save_now();
                            }
                        },
                        Duration::from_millis(1000),
                    );
                },
                Duration::from_millis(300),
            )
            .ok();
            self.pending_save.set_value(handle);
        });
        let _ = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
            let state = js_sys::Reflect::get(&document(), &"visibilityState".into());
            if state.ok().and_then(|s| s.as_string()).as_deref() == Some("hidden") {
                self.flush();
            }
        });
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(storage::KEY) {
                match ev.new_value() {
                    Some(text) => self.take_from_other_tab(&text),
                    // Removed from this browser in another tab: respect that, and keep
                    // what this tab shows only for a backup download.
                    None => {
                        super::drafts::stop();
                        self.saving_enabled.set_value(false);
                        self.save_error.set(Some(REMOVED_ELSEWHERE.into()));
                    }
                }
            }
        });
    }
}

/// The shared state, from context (provided by `App`).
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
