//! Field-level differences between two JSON values and how to apply one: the shape of
//! every change a tab makes. Lists whose items all carry a unique `id` (or `taken_at`)
//! are keyed: items are added, changed field by field, removed and reordered by key.

use serde_json::{Map, Value};

/// Where a change lands: object keys and list item keys, outermost first.
pub type Path = Vec<String>;

/// The path segment that sets the order of a keyed list (its value: the keys in order).
pub const ORDER: &str = "#order";

/// What a change does at its path.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Set(Value),
    Remove,
}

/// The key of a list item: its `id`, or else its `taken_at` (discovery results).
pub fn item_key(item: &Value) -> Option<&str> {
    let obj = item.as_object()?;
    obj.get("id")
        .or_else(|| obj.get("taken_at"))
        .and_then(Value::as_str)
        .filter(|k| !k.is_empty() && *k != ORDER)
}

fn keyed(list: &[Value]) -> bool {
    let mut seen = std::collections::HashSet::with_capacity(list.len());
    list.iter()
        .all(|item| item_key(item).is_some_and(|k| seen.insert(k)))
}

/// Every field-level change that turns `before` into `after`, appended to `out`.
pub fn diff_values(before: &Value, after: &Value, path: &mut Path, out: &mut Vec<(Path, Edit)>) {
    match (before, after) {
        (Value::Object(a), Value::Object(b)) => diff_objects(a, b, path, out),
        (Value::Array(a), Value::Array(b)) if a != b && keyed(a) && keyed(b) => diff_list(
            a,
            b,
            |v| item_key(v).unwrap_or_default(),
            |x, y| x == y,
            |v| v.clone(),
            path,
            out,
        ),
        _ if before != after => out.push((path.clone(), Edit::Set(after.clone()))),
        _ => {}
    }
}

fn diff_objects(
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    path: &mut Path,
    out: &mut Vec<(Path, Edit)>,
) {
    for (k, va) in a {
        path.push(k.clone());
        match b.get(k) {
            None => out.push((path.clone(), Edit::Remove)),
            Some(vb) => diff_values(va, vb, path, out),
        }
        path.pop();
    }
    for (k, vb) in b {
        if !a.contains_key(k) {
            path.push(k.clone());
            out.push((path.clone(), Edit::Set(vb.clone())));
            path.pop();
        }
    }
}

/// The changes between two keyed lists: removed items, new items (whole), changed items
/// field by field, and the order when it is not what applying those would give.
pub fn diff_list<T>(
    before: &[T],
    after: &[T],
    key: impl Fn(&T) -> &str,
    same: impl Fn(&T, &T) -> bool,
    to_value: impl Fn(&T) -> Value,
    path: &mut Path,
    out: &mut Vec<(Path, Edit)>,
) {
    // Only the keys and three small closures depend on the kind of record, so the work
    // is one piece of code, not a copy per list of the workbook in the first download.
    let lists = Keys {
        before: before.iter().map(&key).collect(),
        after: after.iter().map(&key).collect(),
    };
    lists.diff(
        &|i, j| same(&before[i], &after[j]),
        &|i| to_value(&before[i]),
        &|j| to_value(&after[j]),
        path,
        out,
    );
}

/// The keys of a list before and after a change, in order.
struct Keys<'a> {
    before: Vec<&'a str>,
    after: Vec<&'a str>,
}

impl Keys<'_> {
    fn diff(
        &self,
        same: &dyn Fn(usize, usize) -> bool,
        before_value: &dyn Fn(usize) -> Value,
        after_value: &dyn Fn(usize) -> Value,
        path: &mut Path,
        out: &mut Vec<(Path, Edit)>,
    ) {
        let old: std::collections::HashMap<&str, usize> = self
            .before
            .iter()
            .enumerate()
            .map(|(i, k)| (*k, i))
            .collect();
        let new: std::collections::HashSet<&str> = self.after.iter().copied().collect();
        for k in &self.before {
            if !new.contains(k) {
                path.push(k.to_string());
                out.push((path.clone(), Edit::Remove));
                path.pop();
            }
        }
        for (j, k) in self.after.iter().enumerate() {
            path.push(k.to_string());
            match old.get(k) {
                None => out.push((path.clone(), Edit::Set(after_value(j)))),
                Some(&i) if !same(i, j) => {
                    diff_values(&before_value(i), &after_value(j), path, out)
                }
                Some(_) => {}
            }
            path.pop();
        }
        // Applying removals and appends keeps the survivors' order and puts new items last.
        let expected = self
            .before
            .iter()
            .filter(|k| new.contains(*k))
            .chain(self.after.iter().filter(|k| !old.contains_key(*k)));
        if !expected.eq(self.after.iter()) {
            path.push(ORDER.to_string());
            let order = self.after.iter().map(|k| Value::from(*k)).collect();
            out.push((path.clone(), Edit::Set(Value::Array(order))));
            path.pop();
        }
    }
}

/// What an edit does to a keyed list, worked out from its keys alone.
enum ListEdit<'p> {
    Nowhere,
    /// The list's new order, as positions in the list as it is.
    Order(Vec<usize>),
    /// A whole item set: replacing the one at this position, or added.
    Set(Option<usize>, &'p Value),
    Remove(usize),
    /// The rest of the path, inside the item at this position.
    Inside(usize, &'p [String]),
}

fn plan_list_edit<'p, 'k>(
    len: usize,
    key_at: &dyn Fn(usize) -> &'k str,
    path: &'p [String],
    edit: &'p Edit,
) -> ListEdit<'p> {
    let Some((head, rest)) = path.split_first() else {
        return ListEdit::Nowhere;
    };
    if head == ORDER && rest.is_empty() {
        let Edit::Set(Value::Array(order)) = edit else {
            return ListEdit::Nowhere;
        };
        let rank: std::collections::HashMap<&str, usize> = order
            .iter()
            .filter_map(Value::as_str)
            .enumerate()
            .map(|(i, k)| (k, i))
            .collect();
        let mut positions: Vec<usize> = (0..len).collect();
        crate::sort::sort_by_key(&mut positions, |&i| {
            rank.get(key_at(i)).copied().unwrap_or(usize::MAX)
        });
        return ListEdit::Order(positions);
    }
    // An item's key is what names it: a change never gives an item another key.
    if matches!(rest, [field] if field == "id" || field == "taken_at") {
        return ListEdit::Nowhere;
    }
    let at = (0..len).find(|&i| key_at(i) == head.as_str());
    match (rest.is_empty(), edit, at) {
        (true, Edit::Set(v), at) => ListEdit::Set(at, v),
        (true, Edit::Remove, Some(i)) => ListEdit::Remove(i),
        (false, _, Some(i)) => ListEdit::Inside(i, rest),
        _ => ListEdit::Nowhere,
    }
}

/// Applies `edit` at `path` inside a keyed list. `from_value` builds a new item,
/// `edit_item` applies the rest of the path inside an existing one. False when the path
/// leads nowhere (its item is gone) or the value does not fit.
pub fn apply_list<T>(
    list: &mut Vec<T>,
    key: impl Fn(&T) -> &str,
    path: &[String],
    edit: &Edit,
    from_value: impl Fn(&Value) -> Option<T>,
    edit_item: impl FnOnce(&mut T, &[String], &Edit) -> bool,
) -> bool {
    // No copy of the keys: this runs for every change another tab sends, and again for
    // each one when the workbook is replayed.
    let plan = plan_list_edit(list.len(), &|i| key(&list[i]), path, edit);
    match plan {
        ListEdit::Nowhere => false,
        ListEdit::Order(positions) => {
            let mut items: Vec<Option<T>> = list.drain(..).map(Some).collect();
            list.extend(positions.into_iter().filter_map(|i| items[i].take()));
            true
        }
        ListEdit::Set(at, v) => {
            let head = path.first().map(String::as_str).unwrap_or_default();
            match (from_value(v).filter(|t| key(t) == head), at) {
                (Some(item), Some(i)) => {
                    list[i] = item;
                    true
                }
                (Some(item), None) => {
                    list.push(item);
                    true
                }
                (None, _) => false,
            }
        }
        ListEdit::Remove(i) => {
            list.remove(i);
            true
        }
        ListEdit::Inside(i, rest) => edit_item(&mut list[i], rest, edit),
    }
}

/// Applies `edit` at `path` inside a JSON value. False when the path leads nowhere.
pub fn apply_value(root: &mut Value, path: &[String], edit: &Edit) -> bool {
    let Some((head, rest)) = path.split_first() else {
        return match edit {
            Edit::Set(v) => {
                *root = v.clone();
                true
            }
            Edit::Remove => false,
        };
    };
    match root {
        Value::Object(map) if rest.is_empty() => {
            match edit {
                Edit::Set(v) => {
                    map.insert(head.clone(), v.clone());
                }
                Edit::Remove => {
                    map.remove(head);
                }
            }
            true
        }
        Value::Object(map) => map
            .get_mut(head)
            .is_some_and(|v| apply_value(v, rest, edit)),
        Value::Array(list) => apply_list(
            list,
            |v| item_key(v).unwrap_or_default(),
            path,
            edit,
            |v| item_key(v).is_some().then(|| v.clone()),
            apply_value,
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn changes(a: Value, b: Value) -> Vec<(Path, Edit)> {
        let mut out = Vec::new();
        diff_values(&a, &b, &mut Vec::new(), &mut out);
        out
    }

    fn replay(mut a: Value, changes: &[(Path, Edit)]) -> Value {
        for (p, e) in changes {
            assert!(apply_value(&mut a, p, e), "{p:?} did not apply");
        }
        a
    }

    #[test]
    fn a_field_edit_is_one_change_at_that_field() {
        let a = json!({"goals": [{"id": "g1", "title": "A", "notes": "x"}]});
        let b = json!({"goals": [{"id": "g1", "title": "B", "notes": "x"}]});
        let c = changes(a.clone(), b.clone());
        assert_eq!(
            c,
            vec![(
                vec!["goals".into(), "g1".into(), "title".into()],
                Edit::Set(json!("B"))
            )]
        );
        assert_eq!(replay(a, &c), b);
    }

    #[test]
    fn added_removed_and_reordered_items_replay_exactly() {
        let a = json!({"l": [{"id": "a"}, {"id": "b", "n": 1}, {"id": "c"}]});
        let b = json!({"l": [{"id": "d"}, {"id": "c"}, {"id": "b", "n": 2}]});
        let c = changes(a.clone(), b.clone());
        assert!(c
            .iter()
            .any(|(p, _)| p.last().map(String::as_str) == Some(ORDER)));
        assert_eq!(replay(a, &c), b);
    }

    #[test]
    fn an_append_needs_no_order_change() {
        let a = json!([{"id": "a"}]);
        let b = json!([{"id": "a"}, {"id": "b"}]);
        assert_eq!(changes(a, b).len(), 1);
    }

    #[test]
    fn lists_without_keys_change_as_a_whole() {
        let a = json!({"tags": ["x", "y"]});
        let b = json!({"tags": ["y"]});
        assert_eq!(
            changes(a, b),
            vec![(vec!["tags".into()], Edit::Set(json!(["y"])))]
        );
    }

    #[test]
    fn an_edit_inside_a_removed_item_leads_nowhere() {
        let mut a = json!({"l": []});
        assert!(!apply_value(
            &mut a,
            &["l".into(), "gone".into(), "t".into()],
            &Edit::Set(json!(1))
        ));
    }
}
