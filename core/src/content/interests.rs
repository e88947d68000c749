//! Interests in Holland's six types (R, I, A, S, E, C): 42 original activities, seven
//! per type, rated like / not sure / dislike. Items cycle through the types so each
//! screen of six holds one of each.

use super::{INTERESTS_ID, REFLECTION_NOTE};
use crate::discover::{Bands, Dimension, Instrument, Item, ItemKind, Layout, Scoring};

const fn act(id: &'static str, dimension: &'static str, text: &'static str) -> Item {
    Item::new(id, text, ItemKind::Preference).dim(dimension)
}

pub static INTERESTS: Instrument = Instrument {
    id: INTERESTS_ID,
    title: "Interests",
    purpose: "Notice which kinds of activity draw you in, grouped into six broad types.",
    minutes: 8,
    note: REFLECTION_NOTE,
    prompt: "Would you like doing this, whether or not you have done it before? Skip \
             thinking about pay or training; just notice your reaction.",
    dimensions: &[
        Dimension::new("R", "Realistic")
            .nickname("the Doer")
            .summary("Hands-on, practical work with tools, materials, machines, plants or animals.")
            .paragraph(
                "You are drawn to work you can see and touch. Making, fixing, growing and \
                 operating things gives you a clear sense of progress: at the end of the day \
                 something works, stands or grows that didn't before. Roles that get you \
                 moving, outdoors or using your hands tend to suit this side of you.",
            )
            .examples(&[
                "Building, construction and skilled trades",
                "Mechanics, repair and maintenance",
                "Farming, forestry and conservation",
                "Transport, logistics and driving",
                "Engineering technology and manufacturing",
                "Sport, fitness and outdoor activity leadership",
            ]),
        Dimension::new("I", "Investigative")
            .nickname("the Thinker")
            .summary("Curious, careful work that explores how and why things happen.")
            .paragraph(
                "You enjoy figuring things out. A puzzle, a strange result or a question no \
                 one has answered well tends to hold your attention, and you would rather \
                 understand something properly than guess. Work that gives you time to \
                 research, test ideas and follow the evidence can feel deeply satisfying.",
            )
            .examples(&[
                "Science and laboratory research",
                "Medicine, pharmacy and health sciences",
                "Data analysis and statistics",
                "Software engineering and computing research",
                "Environmental and earth sciences",
                "Market, policy and user research",
            ]),
        Dimension::new("A", "Artistic")
            .nickname("the Creator")
            .summary("Expressive, original work with ideas, words, images, sound or design.")
            .paragraph(
                "You like to make something that wasn't there before and to put your own \
                 stamp on it. Open briefs, room to experiment and a chance to express \
                 ideas through words, images, sound or movement bring out your best. You \
                 may find rigid routines draining and freedom energising.",
            )
            .examples(&[
                "Writing, editing and content creation",
                "Graphic, product and interior design",
                "Photography, film and animation",
                "Music, theatre and performance",
                "Architecture and landscape design",
                "Advertising and brand work",
            ]),
        Dimension::new("S", "Social")
            .nickname("the Helper")
            .summary("Work with people: teaching, supporting, caring and bringing others together.")
            .paragraph(
                "You come alive when you are helping someone learn, heal or find their way. \
                 Listening well, explaining patiently and noticing how people feel are \
                 strengths you may take for granted. Work where your effort makes a \
                 difference to a real person tends to feel worth doing.",
            )
            .examples(&[
                "Teaching, training and tutoring",
                "Nursing, therapy and care work",
                "Social work and community support",
                "Coaching, mentoring and careers guidance",
                "Human resources and people development",
                "Customer success and support",
            ]),
        Dimension::new("E", "Enterprising")
            .nickname("the Persuader")
            .summary("Leading, persuading and making things happen with and through people.")
            .paragraph(
                "You like to set things in motion. Pitching an idea, rallying a group and \
                 turning a plan into results give you energy, and you are comfortable \
                 taking a calculated risk. Roles with targets, influence and room to take \
                 the lead tend to suit you.",
            )
            .examples(&[
                "Starting or running a business",
                "Sales, business development and fundraising",
                "Management and team leadership",
                "Marketing and public relations",
                "Law, politics and advocacy",
                "Events, hospitality and project leadership",
            ]),
        Dimension::new("C", "Conventional")
            .nickname("the Organiser")
            .summary("Orderly, accurate work with information, systems, numbers and plans.")
            .paragraph(
                "You bring order to things. Clear processes, tidy records and numbers that \
                 add up give you quiet satisfaction, and other people rely on you to catch \
                 what they miss. Work with well-defined goals and a chance to keep systems \
                 running smoothly tends to suit you.",
            )
            .examples(&[
                "Accounting, bookkeeping and payroll",
                "Administration and office management",
                "Operations and supply chain planning",
                "Quality assurance and compliance",
                "Banking, insurance and finance operations",
                "Records, data management and libraries",
            ]),
    ],
    items: &[
        act("r1", "R", "Fix a bike, an appliance or a leaking tap"),
        act(
            "i1",
            "I",
            "Work out why an experiment gave an unexpected result",
        ),
        act("a1", "A", "Write a short story, a song or a poem"),
        act(
            "s1",
            "S",
            "Teach someone a new skill and watch them improve",
        ),
        act("e1", "E", "Pitch an idea to people who could fund it"),
        act("c1", "C", "Keep records accurate and up to date"),
        act("r2", "R", "Build a piece of furniture from wood or metal"),
        act(
            "i2",
            "I",
            "Read about new discoveries in science or medicine",
        ),
        act("a2", "A", "Design a poster, a logo or a web page"),
        act(
            "s2",
            "S",
            "Listen to someone who is going through a hard time",
        ),
        act(
            "e2",
            "E",
            "Start a small business or a side project that earns money",
        ),
        act(
            "c2",
            "C",
            "Set up a spreadsheet or filing system that others can use",
        ),
        act(
            "r3",
            "R",
            "Work outdoors, in a garden, on a farm or in a park",
        ),
        act(
            "i3",
            "I",
            "Dig into data to find a pattern nobody has noticed",
        ),
        act("a3", "A", "Take photographs or make short films"),
        act("s3", "S", "Help a new colleague settle in and feel welcome"),
        act("e3", "E", "Lead a team toward an ambitious target"),
        act("c3", "C", "Check a long document carefully for mistakes"),
        act("r4", "R", "Drive or operate a large vehicle or machine"),
        act("i4", "I", "Solve a tricky logic puzzle"),
        act("a4", "A", "Perform on a stage, in music, theatre or dance"),
        act("s4", "S", "Volunteer for a project in your local community"),
        act("e4", "E", "Negotiate a deal or a better price"),
        act("c4", "C", "Plan a budget and track spending against it"),
        act(
            "r5",
            "R",
            "Install and wire up equipment so it runs reliably",
        ),
        act(
            "i5",
            "I",
            "Research a question in depth before forming a view",
        ),
        act(
            "a5",
            "A",
            "Rearrange a room so it looks and feels just right",
        ),
        act("s5", "S", "Coach a team or a group of learners"),
        act("e5", "E", "Persuade people to back a change you believe in"),
        act(
            "c5",
            "C",
            "Follow a clear procedure to get a job exactly right",
        ),
        act("r6", "R", "Cook for a crowd in a busy kitchen"),
        act("i6", "I", "Test an idea by measuring what actually happens"),
        act(
            "a6",
            "A",
            "Come up with an unusual idea for a campaign or product",
        ),
        act("s6", "S", "Care for people who are unwell or recovering"),
        act("e6", "E", "Sell a product or service you are proud of"),
        act(
            "c6",
            "C",
            "Organise a schedule so everything happens on time",
        ),
        act("r7", "R", "Look after animals and their daily needs"),
        act(
            "i7",
            "I",
            "Learn how the body, the planet or the universe works",
        ),
        act(
            "a7",
            "A",
            "Sketch, paint or craft things by hand for the joy of it",
        ),
        act("s7", "S", "Help two people sort out a disagreement"),
        act("e7", "E", "Take charge when a group needs a decision"),
        act(
            "c7",
            "C",
            "Process orders or forms accurately, one after another",
        ),
    ],
    layout: Layout::Chunks(6),
    scoring: Scoring::Dimensions {
        code_length: 3,
        bands: Bands {
            low_below: 34,
            high_above: 66,
        },
        headline: "Your code",
    },
};
