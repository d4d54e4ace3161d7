//! Events of several articles that report the same thing, merged by date and a
//! shared participant or label head.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::text::fold::fold_key;
use crate::time::Grain;

use super::Event;
use super::label::stem;

/// Events of several articles that report the same thing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventCluster {
    /// The shared date value.
    pub date: String,
    pub grain: Grain,
    /// The label of the first member.
    pub label: String,
    /// (article index, event index) of every member, articles in input order.
    pub members: Vec<(usize, usize)>,
    /// Distinct article indices reporting it.
    pub articles: Vec<usize>,
    /// Participants across the members, without repeats.
    pub entities: Vec<String>,
}

/// Merges events (one slice per article) that share a date value and either a participant
/// or the label's head word; single events come back as clusters of one.
pub fn cluster(articles: &[&[Event]]) -> Vec<EventCluster> {
    let all: Vec<(usize, usize, &Event)> = articles
        .iter()
        .enumerate()
        .flat_map(|(a, evs)| evs.iter().enumerate().map(move |(e, ev)| (a, e, ev)))
        .collect();
    let mut parent: Vec<usize> = (0..all.len()).collect();
    // Events meet through keys: (date, participant) and (date, label head).
    let mut first_with: HashMap<(String, String), usize> = HashMap::new();
    for (i, (_, _, ev)) in all.iter().enumerate() {
        let head = ev
            .label
            .split_whitespace()
            .next()
            .map(|w| stem(&fold_key(w)).to_owned())
            .unwrap_or_default();
        let keys = ev
            .entities
            .iter()
            .map(|e| format!("e:{}", fold_key(e)))
            .chain(std::iter::once(format!("l:{head}")));
        for key in keys {
            match first_with.get(&(ev.date.clone(), key.clone())) {
                Some(&j) => union(&mut parent, i, j),
                None => {
                    first_with.insert((ev.date.clone(), key), i);
                }
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for i in 0..all.len() {
        let root = find(&mut parent, i);
        let g = *group_of.entry(root).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        if let Some(group) = groups.get_mut(g) {
            group.push(i);
        }
    }
    groups
        .into_iter()
        .filter_map(|members| {
            let &(_, _, first) = all.get(*members.first()?)?;
            let mut articles_seen: Vec<usize> = members
                .iter()
                .filter_map(|&m| all.get(m).map(|x| x.0))
                .collect();
            articles_seen.dedup();
            let mut entities: Vec<String> = Vec::new();
            for &m in &members {
                for e in all.get(m).map(|x| &x.2.entities).into_iter().flatten() {
                    if !entities.iter().any(|x| fold_key(x) == fold_key(e)) {
                        entities.push(e.clone());
                    }
                }
            }
            Some(EventCluster {
                date: first.date.clone(),
                grain: first.grain,
                label: first.label.clone(),
                members: members
                    .iter()
                    .filter_map(|&m| all.get(m).map(|x| (x.0, x.1)))
                    .collect(),
                articles: articles_seen,
                entities,
            })
        })
        .collect()
}

fn find(parent: &mut [usize], i: usize) -> usize {
    let mut root = i;
    while let Some(&p) = parent.get(root) {
        if p == root {
            break;
        }
        root = p;
    }
    let mut node = i;
    while let Some(&p) = parent.get(node) {
        if p == root {
            break;
        }
        if let Some(slot) = parent.get_mut(node) {
            *slot = root;
        }
        node = p;
    }
    root
}

fn union(parent: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(parent, a), find(parent, b));
    if let Some(slot) = parent.get_mut(ra.max(rb)) {
        *slot = ra.min(rb);
    }
}
