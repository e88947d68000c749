//! Work style: 25 original statements across five broad factors (five each, two of
//! them reverse-keyed), scored 0–100 with work tips for a low, middle or high score.

use super::{AGREEMENT, STYLE_ID};
use crate::discover::{Bands, Dimension, Instrument, Item, ItemKind, Layout, Scoring};

const fn st(id: &'static str, factor: &'static str, text: &'static str) -> Item {
    Item::new(id, text, ItemKind::Likert(&AGREEMENT)).dim(factor)
}

pub static STYLE: Instrument = Instrument {
    id: STYLE_ID,
    title: "Work style",
    purpose:
        "Reflect on how you like to work: with ideas, plans, people, others' views and pressure.",
    minutes: 6,
    note: "This is a reflection aid, not a personality test. Every style has strengths, \
           nothing here is a diagnosis, and the way you work can change with setting and \
           time. Use what rings true and let go of what doesn't.",
    prompt: "How much do you agree with each statement? Think about how you usually are \
             at work, not how you feel you should be.",
    dimensions: &[
        Dimension::new("curiosity", "Curiosity")
            .summary("How much you seek out new ideas, methods and experiences.")
            .poles("Practical", "Exploring")
            .tips(
                "You value what is proven and practical, and you shine where reliability \
                 matters. When change comes your way, ask for the concrete reasons and a \
                 clear first step; that is often all you need to get behind it.",
                "You enjoy a new idea when it serves a purpose and also respect what \
                 already works. That makes you a good bridge between inventors and doers; \
                 say which role you are taking on in each project.",
                "You thrive on fresh ideas and learning. Look for work with new problems \
                 and room to experiment, and team up with someone who loves finishing, so \
                 your best ideas reach the people they are meant for.",
            ),
        Dimension::new("structure", "Structure")
            .summary("How much you like plans, order and getting things done ahead of time.")
            .poles("Flexible", "Planful")
            .tips(
                "You adapt easily and don't need everything mapped out, so varied, \
                 fast-moving work may suit you. A few light routines, such as a reminder \
                 or a short must-do list, can save you from last-minute crunches.",
                "You can plan when it matters and improvise when it doesn't. A simple \
                 weekly list keeps the important things from slipping without boxing \
                 you in.",
                "Plans and clear next steps help you do your best work, and people can \
                 count on you. Agree up front how much polish a task really needs, so \
                 careful work doesn't turn into over-work.",
            ),
        Dimension::new("sociability", "Sociability")
            .summary("How much energy you get from being around people versus time alone.")
            .poles("Reflective", "Outgoing")
            .tips(
                "You do your best thinking with space and quiet. Look for work that values \
                 depth and focus, prepare for meetings in writing, and plan some recovery \
                 time after busy days. Quiet is a strength, not a gap.",
                "You can enjoy a lively day and a quiet one. Notice which kind of week \
                 leaves you with more energy, and nudge your calendar toward it where \
                 you can.",
                "Contact with people fuels you. Seek roles with conversation, teamwork and \
                 visibility, and protect some focused solo time for the tasks that need it.",
            ),
        Dimension::new("cooperation", "Cooperation")
            .summary("How much you lean toward harmony and give-and-take versus direct challenge.")
            .poles("Direct", "Harmonising")
            .tips(
                "You say what you think and hold your ground, which helps teams avoid weak \
                 decisions. Pair your directness with a sign that you value the person, \
                 such as a question or a thank-you, so your challenge lands as help.",
                "You can support others and still stand your ground. In a disagreement, \
                 decide early which matters more this time, the relationship or the \
                 outcome, and say so.",
                "You make teams kinder and easier to be part of. Protect that gift by \
                 practising a friendly no, and by stating your own needs as clearly as \
                 you notice other people's.",
            ),
        Dimension::new("steadiness", "Steadiness")
            .summary("How calmly you tend to meet pressure, change and setbacks.")
            .poles("Responsive", "Even-keeled")
            .tips(
                "You feel the ups and downs of work strongly, which often comes with care \
                 and a sharp eye for risk. Clear expectations, supportive people and small \
                 settling routines, like a walk or a written plan, can help. If worry \
                 weighs on you, it is always fine to reach out for support.",
                "Pressure gets to you at times, and you usually bounce back. Learn your \
                 early signs of strain and keep two or three reliable ways to reset during \
                 a busy week.",
                "You tend to stay calm when plans wobble, which steadies the people around \
                 you. Check in with yourself now and then, so calm on the outside isn't \
                 hiding stress you would be better off naming.",
            ),
    ],
    items: &[
        st(
            "cu1",
            "curiosity",
            "I enjoy finding a new way to do a familiar task.",
        ),
        st(
            "sr1",
            "structure",
            "I like to plan my week before it begins.",
        ),
        st(
            "so1",
            "sociability",
            "Talking ideas through with other people gives me energy.",
        ),
        st(
            "co1",
            "cooperation",
            "I go out of my way to make colleagues feel included.",
        ),
        st(
            "sd1",
            "steadiness",
            "I stay calm when plans change at the last minute.",
        ),
        st(
            "cu2",
            "curiosity",
            "Ideas from outside my own field often spark my thinking.",
        ),
        st(
            "sr2",
            "structure",
            "I usually finish tasks well before they are due.",
        ),
        st(
            "so2",
            "sociability",
            "I'm comfortable speaking up in a room full of new people.",
        ),
        st(
            "co2",
            "cooperation",
            "When people disagree, I look for an answer everyone can accept.",
        ),
        st(
            "sd2",
            "steadiness",
            "Setbacks at work rarely stay on my mind for long.",
        ),
        st(
            "cu3",
            "curiosity",
            "I like work that keeps asking me to learn something new.",
        ),
        st(
            "sr3",
            "structure",
            "A clear list of next steps helps me relax.",
        ),
        st(
            "so3",
            "sociability",
            "I would enjoy a role where I meet lots of different people.",
        ),
        st(
            "co3",
            "cooperation",
            "I assume people mean well until I have reason to think otherwise.",
        ),
        st(
            "sd3",
            "steadiness",
            "Under pressure, I can still think clearly.",
        ),
        st(
            "cu4",
            "curiosity",
            "I prefer methods that have already proven themselves.",
        )
        .reversed(),
        st(
            "sr4",
            "structure",
            "I'd rather keep my options open than commit to a fixed plan.",
        )
        .reversed(),
        st(
            "so4",
            "sociability",
            "After a day of meetings, I need quiet time to recharge.",
        )
        .reversed(),
        st(
            "co4",
            "cooperation",
            "I'm willing to push hard for my view, even if it causes friction.",
        )
        .reversed(),
        st(
            "sd4",
            "steadiness",
            "I often worry about how my work will be received.",
        )
        .reversed(),
        st(
            "cu5",
            "curiosity",
            "Open-ended questions tire me more than they excite me.",
        )
        .reversed(),
        st(
            "sr5",
            "structure",
            "Small details tend to slip past me when I'm busy.",
        )
        .reversed(),
        st("so5", "sociability", "I do my best thinking on my own.").reversed(),
        st(
            "co5",
            "cooperation",
            "In a negotiation, I focus on the best result for my side.",
        )
        .reversed(),
        st(
            "sd5",
            "steadiness",
            "A tense day at work tends to stay with me into the evening.",
        )
        .reversed(),
    ],
    layout: Layout::Chunks(5),
    scoring: Scoring::Dimensions {
        code_length: 0,
        bands: Bands {
            low_below: 40,
            high_above: 60,
        },
        headline: "Stands out",
    },
};
