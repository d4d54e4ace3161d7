//! JSON arrays of records and JSON Lines, through serde_json.
//!
//! A top-level array is read element by element, so a syntax error costs the records
//! from the break on (reported), not the ones before it, and a large export is never
//! held twice. A top-level object is either a wrapper around the array
//! (`{"articles": […]}`, `{"data": […]}`) or one article.

use std::fmt;

use serde::de::{Deserializer, IgnoredAny, SeqAccess, Visitor};
use serde_json::Value;

use super::values::json_text;
use super::{Layout, Record, RecordSink};
use crate::ingest::error::IngestErrorKind;

/// Reads a `.json` file: an array of records, a wrapper object, or one record.
pub(super) fn read_array(text: &str, out: &mut RecordSink<'_, '_>) -> Result<(), IngestErrorKind> {
    let trimmed = text.trim_start();
    let mut stream = Stream::new(out);
    if trimmed.starts_with('[') {
        let mut de = serde_json::Deserializer::from_str(trimmed);
        let result = (&mut de).deserialize_seq(SeqVisitor(&mut stream));
        if let Err(err) = result
            && !stream.stopped
        {
            stream.syntax_error(&err);
        }
    } else {
        let value: Value = serde_json::from_str(trimmed)
            .map_err(|err| IngestErrorKind::BadRecords(format!("it is not valid JSON ({err})")))?;
        match wrapped_records(value) {
            Ok(records) => {
                for record in records {
                    if !stream.push(record) {
                        break;
                    }
                }
            }
            Err(single) => {
                stream.push(single);
            }
        }
    }
    stream.finish()
}

/// Reads a `.jsonl` file: one record per non-blank line.
pub(super) fn read_lines(text: &str, out: &mut RecordSink<'_, '_>) -> Result<(), IngestErrorKind> {
    let mut stream = Stream::new(out);
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let keep_going = match serde_json::from_str::<Value>(line) {
            Ok(value) => stream.push(value),
            Err(err) => {
                stream.count += 1;
                let number = stream.count;
                stream.broken_or_queue(
                    number,
                    IngestErrorKind::BadRecords(format!("this line is not valid JSON ({err})")),
                );
                true
            }
        };
        if !keep_going {
            break;
        }
    }
    stream.finish()
}

/// The records of a wrapper object (its first array of objects, by a usual name first),
/// or the object itself when it is one article.
fn wrapped_records(value: Value) -> Result<Vec<Value>, Value> {
    const WRAPPERS: &[&str] = &[
        "articles", "data", "items", "results", "posts", "news", "docs", "records", "entries",
    ];
    let Value::Object(mut map) = value else {
        return Err(value);
    };
    let is_records =
        |v: &Value| matches!(v, Value::Array(items) if items.iter().any(Value::is_object));
    let key = WRAPPERS
        .iter()
        .find(|k| map.get(**k).is_some_and(is_records))
        .map(|k| (*k).to_owned())
        .or_else(|| {
            map.iter()
                .find(|(_, v)| is_records(v))
                .map(|(k, _)| k.clone())
        });
    match key.and_then(|k| map.remove(&k)) {
        Some(Value::Array(items)) => Ok(items),
        _ => Err(Value::Object(map)),
    }
}

/// Records on their way to the sink: the first ones wait until the layout is known.
struct Stream<'s, 'a, 'f> {
    out: &'s mut RecordSink<'a, 'f>,
    count: usize,
    pending: Vec<(usize, Value)>,
    pending_errors: Vec<(usize, IngestErrorKind)>,
    layout: Option<Layout>,
    fatal: Option<IngestErrorKind>,
    stopped: bool,
}

impl<'s, 'a, 'f> Stream<'s, 'a, 'f> {
    fn new(out: &'s mut RecordSink<'a, 'f>) -> Self {
        Self {
            out,
            count: 0,
            pending: Vec::new(),
            pending_errors: Vec::new(),
            layout: None,
            fatal: None,
            stopped: false,
        }
    }

    /// Takes one record; false when reading should stop.
    fn push(&mut self, value: Value) -> bool {
        self.count += 1;
        if self.stopped {
            return false;
        }
        if self.layout.is_none() {
            self.pending.push((self.count, value));
            if self.pending.len() >= super::PROFILE_RECORDS {
                self.settle_layout();
            }
            return !self.stopped;
        }
        self.emit(self.count, &value)
    }

    fn broken_or_queue(&mut self, number: usize, kind: IngestErrorKind) {
        if self.layout.is_some() {
            self.out.broken(number, kind);
        } else {
            self.pending_errors.push((number, kind));
        }
    }

    /// Decides the fields from the waiting records, then hands them over.
    fn settle_layout(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        let mut names: Vec<String> = Vec::new();
        for (_, value) in &pending {
            if let Value::Object(map) = value {
                for key in map.keys() {
                    if !names.contains(key) {
                        names.push(key.clone());
                    }
                }
            }
        }
        let sample: Vec<Record> = pending
            .iter()
            .filter_map(|(n, v)| record(*n, v, &names).ok())
            .collect();
        match Layout::new(names, &sample) {
            Ok(layout) => self.layout = Some(layout),
            Err(kind) => {
                self.fatal = Some(kind);
                self.stopped = true;
                return;
            }
        }
        let mut errors = std::mem::take(&mut self.pending_errors)
            .into_iter()
            .peekable();
        for (number, value) in pending {
            while let Some((n, kind)) = errors.next_if(|(n, _)| *n < number) {
                self.out.broken(n, kind);
            }
            if !self.emit(number, &value) {
                return;
            }
        }
        for (n, kind) in errors {
            self.out.broken(n, kind);
        }
    }

    fn emit(&mut self, number: usize, value: &Value) -> bool {
        let Some(layout) = &self.layout else {
            return false;
        };
        let keep_going = match record(number, value, &layout.names) {
            Ok(record) => self.out.take(layout, record),
            Err(kind) => {
                self.out.broken(number, kind);
                true
            }
        };
        self.stopped |= !keep_going;
        keep_going
    }

    /// The array broke off: the record where it broke is reported, with the reason.
    fn syntax_error(&mut self, err: &serde_json::Error) {
        let number = self.count + 1;
        let kind = IngestErrorKind::BadRecords(format!(
            "the file is not valid JSON from here on ({err}); the records after it could not be read"
        ));
        self.broken_or_queue(number, kind);
    }

    fn finish(mut self) -> Result<(), IngestErrorKind> {
        if self.layout.is_none() && !self.stopped {
            if self.pending.is_empty() && self.pending_errors.is_empty() {
                return Err(IngestErrorKind::BadRecords("it holds no records".into()));
            }
            if self.pending.is_empty() {
                for (n, kind) in std::mem::take(&mut self.pending_errors) {
                    self.out.broken(n, kind);
                }
                return Ok(());
            }
            self.settle_layout();
        }
        self.fatal.map_or(Ok(()), Err)
    }
}

/// A record's field values in `names` order.
fn record(number: usize, value: &Value, names: &[String]) -> Result<Record, IngestErrorKind> {
    let Value::Object(map) = value else {
        return Err(IngestErrorKind::BadRecords(
            "this record is not an object with named fields".into(),
        ));
    };
    Ok(Record {
        number,
        values: names
            .iter()
            .map(|n| map.get(n).and_then(json_text))
            .collect(),
        raw: serde_json::to_vec(value).unwrap_or_default(),
    })
}

/// Visits a top-level array, handing each element to the stream as it is parsed.
struct SeqVisitor<'v, 's, 'a, 'f>(&'v mut Stream<'s, 'a, 'f>);

impl<'de> Visitor<'de> for SeqVisitor<'_, '_, '_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of records")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(value) = seq.next_element::<Value>()? {
            if !self.0.push(value) {
                // Skip what is left without building it, so the parser ends cleanly.
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                break;
            }
        }
        Ok(())
    }
}
