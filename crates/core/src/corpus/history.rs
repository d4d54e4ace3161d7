//! The analyst's corrections as an undoable log.

use serde::{Deserialize, Serialize};

use super::Correction;

/// Corrections in the order they were made, with undo and redo.
///
/// The effective list is [`EditHistory::corrections`]; undo moves the last
/// one to the redo stack, and a new correction clears that stack.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EditHistory {
    done: Vec<Correction>,
    undone: Vec<Correction>,
}

impl EditHistory {
    /// A history whose effective corrections are `log` (e.g. loaded from a workspace).
    pub fn from_log(log: Vec<Correction>) -> Self {
        Self {
            done: log,
            undone: Vec::new(),
        }
    }

    /// Records a new correction; it cannot be redone past any more.
    pub fn push(&mut self, correction: Correction) {
        self.done.push(correction);
        self.undone.clear();
    }

    /// Takes back the last correction; returns it, or `None` when there is none.
    pub fn undo(&mut self) -> Option<&Correction> {
        let last = self.done.pop()?;
        self.undone.push(last);
        self.undone.last()
    }

    /// Makes the last undone correction again; returns it, or `None` when there is none.
    pub fn redo(&mut self) -> Option<&Correction> {
        let next = self.undone.pop()?;
        self.done.push(next);
        self.done.last()
    }

    /// True when there is a correction to undo.
    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    /// True when there is an undone correction to redo.
    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// The corrections in effect, oldest first (what to apply and to save).
    pub fn corrections(&self) -> &[Correction] {
        &self.done
    }
}
