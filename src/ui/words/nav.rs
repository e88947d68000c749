//! The main navigation's words: the home link, the phone's menu button, and the groups
//! the pages sit in, ordered the way a career journey goes: getting to know yourself,
//! making a plan, keeping it going, then sharing and keeping what you have.

/// The direct link to the start page.
pub const HOME: &str = "Home";

/// The button that opens the navigation on a narrow screen.
pub const MENU: &str = "Menu";

/// The name of the navigation landmark.
pub const LANDMARK: &str = "Main";

/// A group of pages: its title and its links, `(address, label)`.
pub type Group = (&'static str, &'static [(&'static str, &'static str)]);

/// The groups, in the order they are shown.
pub const GROUPS: &[Group] = &[
    (
        "Know yourself",
        &[
            ("/discover", "Discover"),
            ("/profile", "Profile"),
            ("/stories", "Stories"),
        ],
    ),
    (
        "Plan",
        &[
            ("/goals", "Goals"),
            ("/goals/gaps", "Gap maps"),
            ("/goals/skills", "Skills"),
        ],
    ),
    (
        "Keep going",
        &[
            ("/checkins", "Check-ins"),
            ("/journal", "Journal"),
            ("/outcomes", "Outcomes"),
            ("/search", "Job search"),
            ("/people", "People"),
        ],
    ),
    (
        "Share & save",
        &[
            ("/report", "Report"),
            ("/coach", "For coaches"),
            ("/data", "Your data"),
        ],
    ),
];
