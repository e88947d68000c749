//! Motivated skills: 35 transferable skills in seven groups, each rated for how
//! skilled you are and how much you enjoy it, then placed on a 2×2 map. A rating of
//! 4 or 5 counts as high; 1 to 3 as low.

use super::{ENJOYMENT, PROFICIENCY, REFLECTION_NOTE, SKILLS_ID};
use crate::discover::{Dimension, Instrument, Item, ItemKind, Layout, QuadrantText, Scoring};

const fn skill(
    id: &'static str,
    group: &'static str,
    name: &'static str,
    detail: &'static str,
) -> Item {
    Item::new(id, name, ItemKind::Pair(&PROFICIENCY, &ENJOYMENT))
        .dim(group)
        .detail(detail)
}

/// Names and meanings of the four quadrants, in `Quadrant::ALL` order.
pub const QUADRANTS: [QuadrantText; 4] = [
    QuadrantText {
        name: "Motivated strengths",
        meaning: "You are good at these and you enjoy them. They are the heart of work that \
                  energises you: look for roles and projects that use them every week.",
    },
    QuadrantText {
        name: "Burnout risks",
        meaning: "You do these well, but they don't give much back. People often get asked \
                  for them anyway. Notice how much of your week they take, and whether some \
                  could be shared, swapped or kept in proportion.",
    },
    QuadrantText {
        name: "Growth areas",
        meaning: "You enjoy these but haven't built them up yet. Enjoyment makes practice \
                  easier, so these are good candidates for a learning goal.",
    },
    QuadrantText {
        name: "Less central for now",
        meaning: "Neither strong nor enjoyable at the moment. That's fine: no one needs \
                  every skill. These can stay in the background unless a goal calls for one.",
    },
];

pub static SKILLS: Instrument = Instrument {
    id: SKILLS_ID,
    title: "Motivated skills",
    purpose: "See which skills you are good at and also enjoy, and which you'd like to grow.",
    minutes: 12,
    note: REFLECTION_NOTE,
    prompt: "For each skill, rate how skilled you are today and how much you enjoy using \
             it. Think of any part of life, not only paid work.",
    dimensions: &[
        Dimension::new("communication", "Communication")
            .summary("Sharing ideas and information so others understand and respond."),
        Dimension::new("analysis", "Analysis")
            .summary("Making sense of information, problems and evidence."),
        Dimension::new("technical", "Technical")
            .summary("Working with tools, technology and physical or digital systems."),
        Dimension::new("leadership", "Leadership")
            .summary("Setting direction and helping people move together."),
        Dimension::new("creative", "Creative")
            .summary("Imagining, designing and making new things."),
        Dimension::new("organising", "Organising")
            .summary("Planning, coordinating and keeping things on track."),
        Dimension::new("helping", "Helping").summary("Supporting, teaching and caring for people."),
    ],
    items: &[
        skill(
            "writing",
            "communication",
            "Writing clearly",
            "Emails, reports or articles that are easy to follow.",
        ),
        skill(
            "presenting",
            "communication",
            "Speaking to a group",
            "Talks, presentations or leading a meeting.",
        ),
        skill(
            "listening",
            "communication",
            "Listening closely",
            "Hearing what someone means, not only what they say.",
        ),
        skill(
            "explaining",
            "communication",
            "Explaining complex things simply",
            "Turning the complicated into something anyone can follow.",
        ),
        skill(
            "connecting",
            "communication",
            "Building connections",
            "Starting conversations and keeping in touch with people.",
        ),
        skill(
            "researching",
            "analysis",
            "Researching",
            "Finding and checking information from good sources.",
        ),
        skill(
            "numbers",
            "analysis",
            "Working with numbers and data",
            "Calculating, measuring and reading figures.",
        ),
        skill(
            "problem_solving",
            "analysis",
            "Solving problems",
            "Finding the cause of a problem and a way through it.",
        ),
        skill(
            "evaluating",
            "analysis",
            "Weighing evidence",
            "Judging options fairly before deciding.",
        ),
        skill(
            "patterns",
            "analysis",
            "Spotting patterns",
            "Noticing trends, links and what is missing.",
        ),
        skill(
            "digital_tools",
            "technical",
            "Using digital tools",
            "Getting the most out of software and apps.",
        ),
        skill(
            "coding",
            "technical",
            "Coding or automating",
            "Writing code, formulas or scripts that do the work.",
        ),
        skill(
            "repairing",
            "technical",
            "Fixing and maintaining",
            "Keeping equipment, devices or buildings working.",
        ),
        skill(
            "operating",
            "technical",
            "Operating equipment",
            "Using machines, vehicles or specialist tools safely.",
        ),
        skill(
            "troubleshooting",
            "technical",
            "Troubleshooting",
            "Tracking down why something technical isn't working.",
        ),
        skill(
            "motivating",
            "leadership",
            "Motivating others",
            "Helping people find energy and commitment.",
        ),
        skill(
            "deciding",
            "leadership",
            "Making decisions",
            "Choosing a way forward when things are uncertain.",
        ),
        skill(
            "delegating",
            "leadership",
            "Delegating",
            "Handing work over clearly and trusting people with it.",
        ),
        skill(
            "negotiating",
            "leadership",
            "Negotiating",
            "Finding agreements that both sides can live with.",
        ),
        skill(
            "initiating",
            "leadership",
            "Leading change",
            "Starting something new and bringing people along.",
        ),
        skill(
            "ideas",
            "creative",
            "Generating ideas",
            "Coming up with many possibilities quickly.",
        ),
        skill(
            "visual_design",
            "creative",
            "Designing visually",
            "Layouts, images or spaces that look good and work well.",
        ),
        skill(
            "storytelling",
            "creative",
            "Storytelling",
            "Shaping a message so people remember it.",
        ),
        skill(
            "improvising",
            "creative",
            "Improvising",
            "Making something good out of whatever is at hand.",
        ),
        skill(
            "making",
            "creative",
            "Making by hand",
            "Crafting, building or cooking something from scratch.",
        ),
        skill(
            "planning",
            "organising",
            "Planning projects",
            "Breaking a big aim into steps, dates and owners.",
        ),
        skill(
            "time",
            "organising",
            "Managing time",
            "Keeping priorities straight and meeting deadlines.",
        ),
        skill(
            "records",
            "organising",
            "Keeping records",
            "Tracking details accurately so nothing gets lost.",
        ),
        skill(
            "budgeting",
            "organising",
            "Budgeting",
            "Planning and tracking money or other resources.",
        ),
        skill(
            "coordinating",
            "organising",
            "Coordinating events",
            "Bringing people, places and timings together.",
        ),
        skill(
            "teaching",
            "helping",
            "Teaching and coaching",
            "Helping someone learn at their own pace.",
        ),
        skill(
            "caring",
            "helping",
            "Caring for people",
            "Looking after someone's comfort and wellbeing.",
        ),
        skill(
            "mediating",
            "helping",
            "Resolving conflict",
            "Calming tension and finding common ground.",
        ),
        skill(
            "serving",
            "helping",
            "Serving customers",
            "Understanding what someone needs and making it happen.",
        ),
        skill(
            "encouraging",
            "helping",
            "Encouraging",
            "Helping people believe in themselves through change.",
        ),
    ],
    layout: Layout::ByDimension,
    scoring: Scoring::Quadrants {
        high_from: 4,
        texts: &QUADRANTS,
    },
};
