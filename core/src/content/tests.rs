//! Checks on the content itself: counts the spec asks for, unique ids, every
//! reference resolvable, every screen well formed, and no trademarked names.

use std::collections::BTreeSet;

use super::*;
use crate::discover::{Instrument, ItemKind, Scoring};

fn all_text(inst: &Instrument) -> Vec<&'static str> {
    let mut out = vec![inst.title, inst.purpose, inst.note, inst.prompt];
    for d in inst.dimensions {
        out.extend([
            d.name,
            d.nickname,
            d.summary,
            d.paragraph,
            d.low_pole,
            d.high_pole,
        ]);
        out.extend([d.tips.low, d.tips.middle, d.tips.high]);
        out.extend(d.examples.iter().copied());
    }
    for i in inst.items {
        out.extend([i.text, i.detail]);
        out.extend(i.kind.options().iter().map(|o| o.label));
        if let ItemKind::Records { fields, .. } = i.kind {
            out.extend(fields.iter().flat_map(|f| [f.label, f.hint]));
        }
        if let ItemKind::Text { lead } = i.kind {
            out.push(lead);
        }
    }
    if let Scoring::Quadrants { texts, .. } = inst.scoring {
        out.extend(texts.iter().flat_map(|t| [t.name, t.meaning]));
    }
    out
}

#[test]
fn the_catalog_lists_seven_instruments_under_their_stable_ids() {
    let ids: Vec<&str> = ALL.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        [
            VALUES_ID,
            INTERESTS_ID,
            SKILLS_ID,
            WHEEL_ID,
            STYLE_ID,
            VISION_ID,
            BELIEFS_ID
        ]
    );
    assert_eq!(
        ids,
        [
            "values",
            "interests",
            "skills",
            "wheel",
            "style",
            "vision",
            "beliefs"
        ]
    );
    for inst in ALL {
        assert_eq!(instrument(inst.id).map(|i| i.id), Some(inst.id));
    }
    assert!(instrument("astrology").is_none());
}

#[test]
fn every_instrument_introduces_itself_and_says_it_is_not_a_test() {
    for inst in ALL {
        assert!(!inst.title.is_empty() && !inst.purpose.is_empty() && !inst.prompt.is_empty());
        assert!(inst.minutes > 0 && inst.minutes <= 20, "{}", inst.id);
        assert!(inst.note.contains("reflection aid, not a"), "{}", inst.id);
        assert!(!inst.purpose.contains('\n'), "the purpose is one line");
    }
}

#[test]
fn item_ids_are_unique_and_every_reference_resolves() {
    for inst in ALL {
        let mut seen = BTreeSet::new();
        for item in inst.items {
            assert!(
                seen.insert(item.id),
                "{}: duplicate item {}",
                inst.id,
                item.id
            );
            assert!(
                !item.text.is_empty(),
                "{}: {} has no text",
                inst.id,
                item.id
            );
            assert!(
                item.dimension.is_empty() || inst.dimension(item.dimension).is_some(),
                "{}: {} names an unknown dimension",
                inst.id,
                item.id
            );
            let options: BTreeSet<&str> = item.kind.options().iter().map(|o| o.id).collect();
            assert_eq!(
                options.len(),
                item.kind.options().len(),
                "{}: repeated option",
                item.id
            );
        }
        let dims: BTreeSet<&str> = inst.dimensions.iter().map(|d| d.id).collect();
        assert_eq!(
            dims.len(),
            inst.dimensions.len(),
            "{}: repeated dimension",
            inst.id
        );
    }
}

#[test]
fn every_item_is_on_exactly_one_screen_in_order() {
    for inst in ALL {
        let screens = inst.screens();
        let flat: Vec<&str> = screens
            .iter()
            .flat_map(|s| s.items.iter().map(|i| i.id))
            .collect();
        let items: Vec<&str> = inst.items.iter().map(|i| i.id).collect();
        assert_eq!(flat, items, "{}", inst.id);
        assert!(screens
            .iter()
            .all(|s| !s.items.is_empty() && s.items.len() <= 6));
        assert!(screens.iter().enumerate().all(|(n, s)| s.index == n));
    }
}

#[test]
fn the_values_sort_has_about_two_dozen_described_values_and_a_top_five() {
    let cards: Vec<_> = VALUES
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Sort(_)))
        .collect();
    assert_eq!(cards.len(), 24);
    assert!(cards.iter().all(|c| !c.detail.is_empty()));
    let names: BTreeSet<&str> = cards.iter().map(|c| c.text).collect();
    for wanted in [
        "Autonomy",
        "Security",
        "Creativity",
        "Helping others",
        "Income",
        "Recognition",
        "Variety",
        "Work–life balance",
        "Learning",
        "Leadership",
        "Teamwork",
        "Achievement",
    ] {
        assert!(names.contains(wanted), "missing {wanted}");
    }
    let rank = VALUES.item("top5").map(|i| i.kind);
    assert_eq!(
        rank,
        Some(ItemKind::Rank {
            count: 5,
            from: &["very", "important"]
        })
    );
    let groups: Vec<&str> = cards[0].kind.options().iter().map(|o| o.label).collect();
    assert_eq!(groups, ["Very important", "Important", "Less important"]);
}

#[test]
fn interests_have_at_least_six_activities_per_type_and_words_for_each_type() {
    assert!(INTERESTS.items.len() >= 36);
    for letter in ["R", "I", "A", "S", "E", "C"] {
        let n = INTERESTS
            .items
            .iter()
            .filter(|i| i.dimension == letter)
            .count();
        assert!(n >= 6, "{letter} has {n}");
        let d = INTERESTS.dimension(letter).unwrap();
        assert!(!d.paragraph.is_empty() && !d.nickname.is_empty() && d.examples.len() >= 4);
    }
    let order: Vec<&str> = INTERESTS.dimensions.iter().map(|d| d.id).collect();
    assert_eq!(
        order,
        ["R", "I", "A", "S", "E", "C"],
        "dimension order is the tie-break"
    );
    assert!(INTERESTS
        .items
        .iter()
        .all(|i| i.kind == ItemKind::Preference));
}

#[test]
fn skills_have_at_least_thirty_in_the_named_groups() {
    assert!(SKILLS.items.len() >= 30);
    for group in [
        "communication",
        "analysis",
        "technical",
        "leadership",
        "creative",
        "organising",
        "helping",
    ] {
        assert!(
            SKILLS.items.iter().filter(|i| i.dimension == group).count() >= 4,
            "{group}"
        );
    }
    assert!(SKILLS
        .items
        .iter()
        .all(|i| matches!(i.kind, ItemKind::Pair(..)) && !i.detail.is_empty()));
    assert!(matches!(
        SKILLS.scoring,
        Scoring::Quadrants { high_from: 4, .. }
    ));
}

#[test]
fn the_wheel_rates_the_eight_areas_from_one_to_ten() {
    let areas: Vec<&str> = WHEEL
        .items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Rating(s) if s.min == 1 && s.max == 10))
        .map(|i| i.id)
        .collect();
    assert_eq!(
        areas,
        [
            "role",
            "pay",
            "growth",
            "relationships",
            "balance",
            "purpose",
            "environment",
            "recognition"
        ]
    );
    let focus: Vec<&str> = WHEEL
        .item("focus")
        .unwrap()
        .kind
        .options()
        .iter()
        .map(|o| o.id)
        .collect();
    assert_eq!(focus, areas, "the focus question offers exactly the areas");
}

#[test]
fn work_style_has_five_plainly_named_factors_with_reverse_keyed_items() {
    assert!(STYLE.items.len() >= 20);
    let names: Vec<&str> = STYLE.dimensions.iter().map(|d| d.name).collect();
    assert_eq!(
        names,
        [
            "Curiosity",
            "Structure",
            "Sociability",
            "Cooperation",
            "Steadiness"
        ]
    );
    for d in STYLE.dimensions {
        let items: Vec<_> = STYLE.items.iter().filter(|i| i.dimension == d.id).collect();
        assert!(items.len() >= 4, "{}", d.id);
        assert!(
            items.iter().any(|i| i.reverse),
            "{} needs a reverse-keyed item",
            d.id
        );
        assert!(items.iter().any(|i| !i.reverse), "{}", d.id);
        assert!(!d.tips.low.is_empty() && !d.tips.middle.is_empty() && !d.tips.high.is_empty());
        assert!(!d.low_pole.is_empty() && !d.high_pole.is_empty());
    }
}

#[test]
fn vision_prompts_cover_the_day_and_one_five_and_ten_years() {
    let ids: Vec<&str> = VISION.items.iter().map(|i| i.id).collect();
    assert_eq!(
        ids,
        ["ideal_day", "one_year", "five_years", "ten_years", "why"]
    );
    assert!(VISION
        .items
        .iter()
        .all(|i| matches!(i.kind, ItemKind::Text { lead } if !lead.is_empty())));
}

#[test]
fn belief_records_have_the_fields_the_scoring_reads() {
    let ItemKind::Records { fields, max } = BELIEFS.items[0].kind else {
        panic!("beliefs is a record item");
    };
    let ids: Vec<&str> = fields.iter().map(|f| f.id).collect();
    assert_eq!(
        ids,
        [
            "belief",
            "evidence_for",
            "evidence_against",
            "reframe",
            "experiment"
        ]
    );
    assert!(max >= 3, "several beliefs are allowed");
}

#[test]
fn no_trademarked_instrument_names_or_clinical_words_appear() {
    let banned = [
        "mbti",
        "myers",
        "briggs",
        "disc ",
        "disc)",
        "strengthsfinder",
        "cliftonstrengths",
        "self-directed search",
        "big five",
        "neo-pi",
        "hexaco",
        "diagnos",
        "disorder",
        "neurotic",
        "introvert",
        "extravert",
        "extrovert",
        "personality test",
    ];
    for inst in ALL {
        for text in all_text(inst) {
            let lower = text.to_lowercase();
            for word in banned {
                let allowed = word == "personality test"
                    && lower.contains("not a personality test")
                    || word == "diagnos" && lower.contains("nothing here is a diagnosis");
                assert!(
                    allowed || !lower.contains(word),
                    "{}: \"{text}\" contains {word}",
                    inst.id
                );
            }
        }
    }
}
