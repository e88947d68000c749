//! Practice questions for interviews: common questions in our own words, grouped by
//! theme, each naming the motivated skills (keys of [`super::SKILLS`]) a good answer
//! would show. Data only; [`crate::stories::suggest`] matches stories to them.

/// What a question is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Theme {
    AboutYou,
    Teamwork,
    Conflict,
    Failure,
    Leadership,
    Change,
    Motivation,
    Strengths,
}

impl Theme {
    pub const ALL: [Theme; 8] = [
        Theme::AboutYou,
        Theme::Teamwork,
        Theme::Conflict,
        Theme::Failure,
        Theme::Leadership,
        Theme::Change,
        Theme::Motivation,
        Theme::Strengths,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Theme::AboutYou => "about_you",
            Theme::Teamwork => "teamwork",
            Theme::Conflict => "conflict",
            Theme::Failure => "failure",
            Theme::Leadership => "leadership",
            Theme::Change => "change",
            Theme::Motivation => "motivation",
            Theme::Strengths => "strengths",
        }
    }

    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// Skills that answers on this theme tend to show.
    pub fn skills(self) -> &'static [&'static str] {
        match self {
            Theme::AboutYou => &["storytelling", "presenting", "connecting"],
            Theme::Teamwork => &["coordinating", "listening", "encouraging", "connecting"],
            Theme::Conflict => &["mediating", "negotiating", "listening"],
            Theme::Failure => &["problem_solving", "evaluating", "troubleshooting"],
            Theme::Leadership => &["motivating", "deciding", "delegating", "initiating"],
            Theme::Change => &["improvising", "ideas", "initiating", "planning"],
            Theme::Motivation => &["initiating", "serving", "caring"],
            Theme::Strengths => &["evaluating", "teaching", "problem_solving"],
        }
    }

    /// The questions on this theme, in list order.
    pub fn questions(self) -> impl Iterator<Item = &'static Question> {
        QUESTIONS.iter().filter(move |q| q.theme == self)
    }
}

/// One practice question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    /// Stable id, stored with each practice. Never change it.
    pub id: &'static str,
    pub theme: Theme,
    pub text: &'static str,
    /// Skills a good answer would show.
    pub skills: &'static [&'static str],
}

const fn q(
    id: &'static str,
    theme: Theme,
    text: &'static str,
    skills: &'static [&'static str],
) -> Question {
    Question {
        id,
        theme,
        text,
        skills,
    }
}

use Theme::*;

/// Every question, grouped by theme.
pub static QUESTIONS: &[Question] = &[
    q("you-walk", AboutYou, "Walk me through your path so far and what brings you to this role.", &["storytelling", "presenting"]),
    q("you-proud", AboutYou, "Which piece of work are you proudest of, and why that one?", &["storytelling", "making"]),
    q("you-friends", AboutYou, "How would the people you work with closest describe you?", &["connecting", "encouraging"]),
    q("you-outside", AboutYou, "What do you do outside work that shapes how you work?", &["ideas", "making", "serving"]),
    q("you-learned", AboutYou, "Tell me about something you taught yourself recently.", &["researching", "digital_tools"]),
    q("you-day", AboutYou, "Describe a day at work that left you full of energy.", &["storytelling", "initiating"]),
    q("team-good", Teamwork, "Tell me about a team you were part of that worked really well. What was your part in that?", &["coordinating", "connecting"]),
    q("team-help", Teamwork, "Describe a time you stepped in to help a colleague who was struggling.", &["caring", "encouraging", "teaching"]),
    q("team-remote", Teamwork, "How have you kept people working together when they weren't in the same place?", &["coordinating", "digital_tools", "writing"]),
    q("team-credit", Teamwork, "Give an example of sharing credit for something you did a lot of the work on.", &["encouraging", "connecting"]),
    q("team-new", Teamwork, "Tell me about joining a group where you knew nobody. How did you find your feet?", &["connecting", "listening"]),
    q("conflict-disagree", Conflict, "Tell me about a time you disagreed with a decision. What did you do?", &["negotiating", "explaining"]),
    q("conflict-two", Conflict, "Describe a time you helped two people who weren't getting on.", &["mediating", "listening"]),
    q("conflict-customer", Conflict, "Tell me about dealing with someone who was upset or angry with you or your work.", &["serving", "listening", "mediating"]),
    q("conflict-no", Conflict, "When have you had to say no to someone senior, and how did you go about it?", &["negotiating", "deciding"]),
    q("conflict-feedback", Conflict, "Tell me about giving someone feedback they didn't want to hear.", &["explaining", "caring"]),
    q("fail-mistake", Failure, "Tell me about a mistake you made at work. What happened next?", &["troubleshooting", "evaluating"]),
    q("fail-missed", Failure, "Describe a deadline you missed, or nearly missed. What did you learn?", &["time", "planning"]),
    q("fail-project", Failure, "Tell me about something you tried that didn't work out the way you hoped.", &["evaluating", "ideas"]),
    q("fail-wrong", Failure, "When did you realise you'd been wrong about something, and what did you change?", &["evaluating", "researching"]),
    q("fail-pressure", Failure, "Tell me about a time pressure got the better of you, and how you recovered.", &["problem_solving", "time"]),
    q("lead-without", Leadership, "Tell me about a time you led something without being put in charge.", &["initiating", "motivating"]),
    q("lead-decision", Leadership, "Describe a hard call you made with too little information.", &["deciding", "evaluating"]),
    q("lead-grow", Leadership, "Tell me about helping someone else get better at their work.", &["teaching", "encouraging"]),
    q("lead-hand", Leadership, "How have you decided what to hand over to others and what to keep?", &["delegating", "planning"]),
    q("lead-morale", Leadership, "Describe a time a group's spirits were low. What did you do about it?", &["motivating", "encouraging"]),
    q("change-sudden", Change, "Tell me about a time plans changed at the last minute.", &["improvising", "problem_solving"]),
    q("change-better", Change, "Describe a way of working you improved. How did you get others on board?", &["ideas", "initiating", "explaining"]),
    q("change-new-tool", Change, "Tell me about learning a new tool or system quickly.", &["digital_tools", "researching"]),
    q("change-resist", Change, "When have you been asked to do something differently and felt unsure about it?", &["listening", "evaluating"]),
    q("change-unclear", Change, "Describe working on something where the goal wasn't clear at the start.", &["planning", "improvising"]),
    q("motive-why", Motivation, "What draws you to this kind of work?", &["storytelling", "serving"]),
    q("motive-keep", Motivation, "Tell me about a long piece of work where you had to keep yourself going.", &["time", "initiating"]),
    q("motive-extra", Motivation, "Describe something you did that went beyond what was asked of you.", &["initiating", "serving"]),
    q("motive-matter", Motivation, "Tell me about work that mattered to you. What made it matter?", &["caring", "serving"]),
    q("motive-next", Motivation, "Where would you like your work to take you in the next few years?", &["planning", "storytelling"]),
    q("strength-best", Strengths, "What are you best at, and can you show me with an example?", &["storytelling", "problem_solving"]),
    q("strength-weak", Strengths, "What is something you are working to get better at, and how?", &["evaluating", "teaching"]),
    q("strength-praise", Strengths, "Tell me about the last time someone thanked you for your work.", &["serving", "caring"]),
    q("strength-numbers", Strengths, "Give an example of using evidence or numbers to make a case.", &["numbers", "researching", "explaining"]),
    q("strength-fix", Strengths, "Tell me about a problem you solved that others had given up on.", &["problem_solving", "troubleshooting"]),
    q("strength-organise", Strengths, "Describe a time you brought order to something messy.", &["records", "coordinating"]),
];

/// The question with `id`.
pub fn find(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|q| q.id == id)
}
