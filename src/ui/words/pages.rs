//! Each page with a fixed header: its address, its title and what it is for, in one
//! line. The page shell in `index.html` reads this table too (`scripts/postbuild.mjs`
//! parses it at build time), so on a slow phone the page's title and purpose show while
//! the app is still loading. Keep each entry on one line, in plain double quotes.

/// `(address, title, lead)`.
pub const PAGES: &[(&str, &str, &str)] = &[
    ("/discover", "Discover", "Seven short exercises to help you see what matters to you at work, what draws you in, and where you'd like to go next."),
    ("/profile", "Your profile", "Who you are and where you want to go, on one page: your details, your pitch in your own words, and what you've learned about yourself: values, interests, skills, satisfaction, work style, vision and reframed beliefs."),
    ("/stories", "Your stories", "Short, true stories of things you've done, ready for an interview, a review or a day when you doubt yourself."),
    ("/stories/evidence", "Your evidence", "Your wins and stories grouped by the skill or strength they show, and how often each comes up: proof you can come back to, and a brag document for your next review."),
    ("/stories/practice", "Practise for an interview", "Pick a question, choose a story that fits, tell it out loud and note what to change next time."),
    ("/goals", "Goals", "Clear goals with steps, a way to see progress and a plan for what might get in the way."),
    ("/goals/new", "New goal", "A few short steps to a goal you can aim at: what it is, how you'll know, whether it's within reach, why it matters and by when."),
    ("/goals/gaps", "Gap maps", "For a role you're aiming at: what it asks for, where you are now, and which gaps to close first."),
    ("/goals/skills", "Skills you're building", "Every skill your active and paused goals are growing, with how far each goal has come."),
    ("/checkins", "Check-ins", "A regular few minutes with yourself: what you did, what got in the way, what comes next, and how you feel about it."),
    ("/outcomes", "How far you've come", "Where you started and where you are now: your role, pay, hours, confidence and satisfaction, with the promotions, offers and changes along the way."),
    ("/journal", "Journal", "Your wins, big and small, notes from coaching sessions and the setbacks you learned from. Looking back at real progress is one of the best ways to grow your confidence."),
    ("/timeline", "Timeline", "Your milestones and check-ins on one line, a month at a time, so you can see the shape of what's behind you and what's coming."),
    ("/search", "Job search", "Every role you're weighing or have applied for, where each one stands, and what to do next."),
    ("/people", "People", "The people in your network, the conversations you've had and who to be in touch with next."),
    ("/data", "Your data", "Your workbook lives only in this browser. Download a backup now and then, and use it to move to another device or browser."),
    ("/report/closing", "Where I started and where I am", "A look back over your coaching: your satisfaction wheel and confidence at the start and now, the goals you reached and the wins you logged. Print it or save it as a PDF."),
    ("/coach/group", "Your clients side by side", "Open several clients' backup files at once to see how each is doing. They're read here and kept only while this page is open."),
    ("/coach", "For coaches", "Prepare a program for your clients and share it as one link, or open a client's backup file to read it. Nothing leaves this device unless you send it."),
];

/// The first-run welcome on the home page: its title and what Waymark is, in a line.
/// The page shell paints these too for a first visit (`scripts/postbuild.mjs` reads this
/// line), so a coach's link shows them while the app loads. Keep it on one line.
pub const WELCOME: (&str, &str) = ("Welcome to Waymark", "A private workbook for your career. Get to know what matters to you, turn it into goals you can actually reach, and check in with yourself as you go.");

/// A page's standing note under its header, where it has one: painted by the page shell
/// too (`scripts/postbuild.mjs` reads this table), with the "info" icon. One line each.
pub const NOTES: &[(&str, &str)] = &[
    ("/discover", "These are reflection aids, not tests. There are no right or wrong answers, and nothing here measures your worth. Keep what rings true, question what doesn't, and come back whenever you like: everything saves as you go."),
];

/// The standing note of the page at `path`, if it has one.
pub fn note(path: &str) -> Option<&'static str> {
    NOTES.iter().find(|(p, _)| *p == path).map(|(_, n)| *n)
}

fn find(path: &str) -> (&'static str, &'static str) {
    PAGES
        .iter()
        .find(|(p, _, _)| *p == path)
        .map_or(("", ""), |(_, title, lead)| (*title, *lead))
}

/// The title of the page at `path`.
pub fn title(path: &str) -> &'static str {
    find(path).0
}

/// What the page at `path` is for, in a line.
pub fn lead(path: &str) -> &'static str {
    find(path).1
}

/// The home dashboard's own file could not be fetched (`pages::home`).
pub const DASHBOARD_MISSING: (&str, &str) = (
    "Your overview didn't load",
    "Waymark couldn't fetch the part of this page that shows what's due, your streak and recent wins. Your workbook is safe in this browser, and every other page works. Reloading usually fixes it.",
);

/// The button that reloads the app when part of it didn't arrive.
pub const RELOAD: &str = "Reload Waymark";
