use super::*;
use crate::goals::test_support::{at, counter, day};
use crate::goals::{smart_check, MilestoneStatus};

fn analyst_map() -> GapMap {
    let now = at(2026, 5, 1);
    let mut map = GapMap::new("gm-1".into(), " Data analyst ", now);
    map.add_item("gi-1".into(), GapKind::Skill, "SQL", 1, 4, now);
    map.add_item(
        "gi-2".into(),
        GapKind::Credential,
        "Analytics certificate",
        0,
        2,
        now,
    );
    map.add_item(
        "gi-3".into(),
        GapKind::Network,
        "People in data teams",
        2,
        2,
        now,
    );
    map.add_item("gi-4".into(), GapKind::Experience, "Dashboards", 3, 1, now);
    map
}

#[test]
fn an_old_gap_map_with_only_id_and_role_still_loads() {
    let map: GapMap = serde_json::from_str(r#"{"id":"gm","role":"Designer"}"#).unwrap();
    assert!(map.items.is_empty());
    assert_eq!(map.created_at, DateTime::<Utc>::UNIX_EPOCH);
}

#[test]
fn levels_in_a_file_are_pulled_into_zero_to_four() {
    let item: GapItem =
        serde_json::from_str(r#"{"id":"gi","kind":"network","name":"x","current":-2,"needed":9}"#)
            .unwrap();
    assert_eq!((item.current, item.needed), (0, 4));
}

#[test]
fn gap_size_is_needed_minus_current_never_below_zero() {
    let map = analyst_map();
    let gaps: Vec<u8> = map.items.iter().map(GapItem::gap).collect();
    assert_eq!(gaps, vec![3, 2, 0, 0]);
    assert_eq!(map.total_gap(), 5);
    assert_eq!(map.role, "Data analyst");
}

#[test]
fn open_items_list_the_biggest_gaps_first() {
    let map = analyst_map();
    let names: Vec<&str> = map.open_items().iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, vec!["SQL", "Analytics certificate"]);
}

#[test]
fn readiness_counts_levels_held_up_to_what_is_needed() {
    // needed 4+2+2+1 = 9; held 1+0+2+1 = 4 (3 for dashboards counts as 1).
    let map = analyst_map();
    assert!((map.readiness().unwrap() - 4.0 / 9.0).abs() < 1e-12);
    assert_eq!(
        GapMap::new("g".into(), "r", at(2026, 1, 1)).readiness(),
        None
    );
}

#[test]
fn adding_and_editing_items_clamps_levels() {
    let now = at(2026, 5, 2);
    let mut map = analyst_map();
    map.add_item("gi-9".into(), GapKind::Skill, "Python", -1, 7, now);
    assert_eq!(
        map.item("gi-9").map(|i| (i.current, i.needed)),
        Some((0, 4))
    );
    let patch = GapItemPatch {
        current: Some(3),
        needed: Some(5),
        name: Some(" Python 3 ".into()),
        ..Default::default()
    };
    assert!(map.edit_item("gi-9", patch, now));
    let item = map.item("gi-9").unwrap();
    assert_eq!(
        (item.name.as_str(), item.current, item.needed, item.gap()),
        ("Python 3", 3, 4, 1)
    );
    assert!(!map.edit_item("nope", GapItemPatch::default(), now));
}

#[test]
fn deleting_an_item_can_be_undone() {
    let now = at(2026, 5, 2);
    let mut map = analyst_map();
    let (index, item) = map.delete_item("gi-2", now).unwrap();
    assert_eq!(map.items.len(), 3);
    assert!(map.restore_item(index, item.clone(), now));
    assert_eq!(map.items[1].id, "gi-2");
    assert!(!map.restore_item(index, item, now));
}

#[test]
fn a_skill_gap_becomes_a_measurable_skill_goal_with_first_steps() {
    let map = analyst_map();
    let mut ids = counter();
    let goal = gap_item_to_goal(&map.role, &map.items[0], &mut ids, at(2026, 5, 3));
    assert_eq!(goal.id, "g-1");
    assert_eq!(goal.title, "Build a skill: SQL");
    assert_eq!(
        goal.outcome,
        "For the Data analyst role, move SQL from \"beginning\" to \"strong\""
    );
    assert_eq!(goal.category, Category::Skill);
    assert_eq!(goal.skill, "SQL");
    assert_eq!(
        goal.metric,
        Some(Metric::new("SQL level", "out of 4", 1.0, 4.0))
    );
    let ms: Vec<&str> = goal.milestones.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(ms, vec!["ms-2", "ms-3", "ms-4"]);
    assert!(goal
        .milestones
        .iter()
        .all(|m| m.status == MilestoneStatus::Planned));
    let report = smart_check(&goal, day(2026, 5, 3));
    assert!(report.specific.pass && report.measurable.pass);
    assert_eq!(goal.created_at, at(2026, 5, 3));
}

#[test]
fn each_gap_kind_gets_its_own_title_and_category() {
    let map = analyst_map();
    let mut ids = counter();
    let kinds: Vec<(String, Category)> = map
        .items
        .iter()
        .map(|i| {
            let g = gap_item_to_goal("", i, &mut ids, at(2026, 5, 3));
            (g.title, g.category)
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            ("Build a skill: SQL".to_string(), Category::Skill),
            (
                "Earn a credential: Analytics certificate".to_string(),
                Category::Skill
            ),
            (
                "Grow my network: People in data teams".to_string(),
                Category::Network
            ),
            ("Gain experience: Dashboards".to_string(), Category::Other),
        ]
    );
    let g = gap_item_to_goal("", &map.items[1], &mut ids, at(2026, 5, 3));
    assert_eq!(
        g.outcome,
        "Move Analytics certificate from \"not yet\" to \"some\""
    );
    assert!(g.skill.is_empty(), "only skill gaps name a skill");
}

#[test]
fn a_gap_becomes_a_milestone_with_levels_in_its_notes() {
    let mut map = analyst_map();
    map.items[0].notes = "Window functions especially.".into();
    let m = gap_item_to_milestone(&map.items[0], "ms-7".into(), at(2026, 5, 3));
    assert_eq!(m.title, "Build a skill: SQL");
    assert_eq!(
        m.notes,
        "From your gap map: \"beginning\" now, \"strong\" needed. Window functions especially."
    );
    assert_eq!(m.status, MilestoneStatus::Planned);
}

#[test]
fn make_this_a_goal_adds_it_and_links_the_item_in_one_step() {
    let mut maps = vec![analyst_map()];
    let mut goals = Vec::new();
    let mut ids = counter();
    let now = at(2026, 5, 4);
    let id = turn_gap_item_into_goal(&mut maps, &mut goals, "gm-1", "gi-1", &mut ids, now).unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0].id, id);
    assert_eq!(maps[0].items[0].goal_id.as_deref(), Some(id.as_str()));
    assert_eq!(maps[0].updated_at, now);
    assert_eq!(
        maps[0].items[0]
            .linked_goal(&goals)
            .map(|g| g.title.as_str()),
        Some("Build a skill: SQL")
    );
    assert!(maps[0].items[1].linked_goal(&goals).is_none());
    assert!(
        turn_gap_item_into_goal(&mut maps, &mut goals, "gm-1", "nope", &mut ids, now).is_none()
    );
    assert!(
        turn_gap_item_into_goal(&mut maps, &mut goals, "nope", "gi-1", &mut ids, now).is_none()
    );
    assert_eq!(goals.len(), 1);
}

#[test]
fn add_as_a_step_appends_a_milestone_and_links_the_item() {
    let now = at(2026, 5, 4);
    let mut maps = vec![analyst_map()];
    let mut goal = Goal::new("g-9".into(), at(2026, 5, 1));
    goal.add_milestone("ms-1".into(), "Apply for roles", None, at(2026, 5, 1));
    let mut goals = vec![goal];
    let id = turn_gap_item_into_milestone(
        &mut maps,
        &mut goals,
        "gm-1",
        "gi-2",
        "g-9",
        "ms-2".into(),
        now,
    );
    assert_eq!(id.as_deref(), Some("ms-2"));
    assert_eq!(
        goals[0].milestones[1].title,
        "Earn a credential: Analytics certificate"
    );
    assert_eq!(goals[0].updated_at, now);
    assert_eq!(maps[0].items[1].goal_id.as_deref(), Some("g-9"));
    let again = turn_gap_item_into_milestone(
        &mut maps,
        &mut goals,
        "gm-1",
        "gi-2",
        "g-9",
        "ms-2".into(),
        now,
    );
    assert_eq!(again, None, "a duplicate milestone id changes nothing");
    let missing = turn_gap_item_into_milestone(
        &mut maps,
        &mut goals,
        "gm-1",
        "gi-2",
        "g-x",
        "ms-3".into(),
        now,
    );
    assert_eq!(missing, None);
    assert_eq!(goals[0].milestones.len(), 2);
}

#[test]
fn level_labels_cover_the_scale() {
    let labels: Vec<&str> = (0..=MAX_LEVEL).map(level_label).collect();
    assert_eq!(
        labels,
        vec!["Not yet", "Beginning", "Some", "Solid", "Strong"]
    );
    for k in GapKind::ALL {
        assert_eq!(GapKind::from_key(k.key()), Some(k));
    }
}
