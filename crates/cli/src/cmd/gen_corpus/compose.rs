//! Composing one article from the sample blocks, the word lists and a random stream.

use std::fmt::Write as _;

use super::Rng;
use super::lexicon::{
    HEADINGS, MONTHS_GREGORIAN, MONTHS_HIJRI, MONTHS_LEVANTINE, MONTHS_MAGHREB, ORGS, PEOPLE,
    PLACES, RELATED_PREFIXES, SAMPLE_ORGS, SAMPLE_PEOPLE, SAMPLE_PLACES, SECTIONS, SENTENCES,
    TITLES, TOPICS, WEEKDAYS,
};
use super::samples::Pools;

/// Smallest and largest article, in bytes.
pub(super) const MIN_BYTES: usize = 300;
pub(super) const MAX_BYTES: usize = 40 * 1024;

/// A generated article: its bytes and whether it reads as markdown.
pub(super) struct Article {
    pub bytes: Vec<u8>,
    pub markdown: bool,
}

/// A calendar day and a clock time.
#[derive(Clone, Copy)]
struct Moment {
    year: i32,
    month: usize,
    day: u32,
    hour: u32,
    minute: u32,
}

/// Who and where this article is about: sample names map to these.
struct Cast {
    people: Vec<(&'static str, &'static str)>,
    places: Vec<(&'static str, &'static str)>,
    orgs: Vec<(&'static str, &'static str)>,
}

/// Writes one article of about `target` bytes.
pub(super) fn article(pools: &Pools, rng: &mut Rng, target: usize) -> Article {
    let when = random_moment(rng);
    let cast = Cast {
        people: swaps(rng, SAMPLE_PEOPLE, PEOPLE),
        places: swaps(rng, SAMPLE_PLACES, PLACES),
        orgs: swaps(rng, SAMPLE_ORGS, ORGS),
    };
    let mut w = Writer {
        pools,
        rng,
        cast: &cast,
        when,
        lines: Vec::new(),
        len: 0,
    };
    let has_image = w.header();
    w.body(target.max(MIN_BYTES));

    let mut text = w.lines.join("\n");
    if text.len() > MAX_BYTES {
        let cut = text[..MAX_BYTES].rfind('\n').unwrap_or(MAX_BYTES);
        text.truncate(cut);
    }
    if w.rng.chance(90) {
        text.push('\n');
    }
    if w.rng.chance(4) {
        text = text.replace('\n', "\r\n");
    }
    let mut bytes = Vec::with_capacity(text.len() + 3);
    if w.rng.chance(2) {
        bytes.extend_from_slice(b"\xEF\xBB\xBF");
    }
    bytes.extend_from_slice(text.as_bytes());
    let markdown = has_image && w.rng.chance(60);
    Article { bytes, markdown }
}

/// The length to aim for: most articles 1–4 KB, a few short ones, a long tail to 40 KB.
pub(super) fn target_length(rng: &mut Rng) -> usize {
    let roll = rng.below(100);
    let (low, high) = match roll {
        0..7 => (MIN_BYTES as f64, 1024.0),
        7..98 => (1024.0, 4096.0),
        _ => (5120.0, MAX_BYTES as f64),
    };
    // Log-uniform inside the band: short lengths are more common than long ones.
    (low * (high / low).powf(rng.unit())) as usize
}

/// For each sample name, the name it becomes in this article (often itself).
fn swaps(
    rng: &mut Rng,
    from: &[&'static str],
    to: &[&'static str],
) -> Vec<(&'static str, &'static str)> {
    from.iter()
        .map(|&name| (name, if rng.chance(70) { *rng.pick(to) } else { name }))
        .collect()
}

fn random_moment(rng: &mut Rng) -> Moment {
    let year = 2014 + rng.below(12) as i32;
    let month = rng.below(12);
    let day = 1 + rng.below(days_in_month(year, month) as usize) as u32;
    Moment {
        year,
        month,
        day,
        hour: rng.below(24) as u32,
        minute: rng.below(60) as u32,
    }
}

fn days_in_month(year: i32, month: usize) -> u32 {
    match month {
        1 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        1 => 28,
        3 | 5 | 8 | 10 => 30,
        _ => 31,
    }
}

struct Writer<'a> {
    pools: &'a Pools,
    rng: &'a mut Rng,
    cast: &'a Cast,
    when: Moment,
    lines: Vec<String>,
    len: usize,
}

impl Writer<'_> {
    fn push(&mut self, line: String) {
        self.len += line.len() + 1;
        self.lines.push(line);
    }

    /// Section, title, dek, image, dateline and byline; true when an image was placed.
    fn header(&mut self) -> bool {
        if self.rng.chance(65) {
            let section = if self.rng.chance(50) {
                *self.rng.pick(&self.pools.sections)
            } else {
                *self.rng.pick(SECTIONS)
            };
            self.push(section.to_owned());
        }
        let title = if self.rng.chance(50) {
            let sample = *self.rng.pick(&self.pools.titles);
            self.swap_names(sample)
        } else {
            let template = *self.rng.pick(TITLES);
            self.fill(template)
        };
        self.push(title);
        if self.rng.chance(35) {
            let dek = *self.rng.pick(&self.pools.deks);
            let dek = self.swap_names(dek);
            self.push(dek);
        }
        let image = self.rng.chance(20);
        if image {
            let line = self.image_line();
            self.push(line);
        }
        if self.rng.chance(85) {
            let dateline = self.dateline();
            self.push(dateline);
        }
        if self.rng.chance(45) {
            let byline = format!("{} |", self.rng.pick(PEOPLE));
            self.push(byline);
        }
        if self.rng.chance(50) {
            self.push(String::new());
        }
        image
    }

    /// `2024-11-27 08:51 م`: a 12-hour clock with ص (morning) or م (afternoon).
    fn dateline(&mut self) -> String {
        let Moment {
            year,
            month,
            day,
            hour,
            minute,
        } = self.when;
        let (clock, half) = match hour {
            0 => (12, 'ص'),
            1..12 => (hour, 'ص'),
            12 => (12, 'م'),
            _ => (hour - 12, 'م'),
        };
        format!(
            "{year}-{:02}-{day:02} {clock:02}:{minute:02} {half}",
            month + 1
        )
    }

    fn body(&mut self, target: usize) {
        let lead = *self.rng.pick(&self.pools.leads);
        let mut lead = self.swap_names(lead);
        if self.rng.chance(60) {
            lead = format!("{}{lead}", self.place_dateline());
        }
        let room = target.saturating_sub(self.len).max(120);
        self.push(cut_to(&lead, room));

        let mut since_heading = 1;
        while self.len < target {
            let room = target - self.len;
            let roll = self.rng.below(100);
            match roll {
                0..55 => {
                    let sample = *self.rng.pick(&self.pools.paragraphs);
                    let mut paragraph = self.swap_names(sample);
                    if self.rng.chance(20) {
                        paragraph.push(' ');
                        paragraph.push_str(&self.sentence());
                    }
                    self.push(cut_to(&paragraph, room.max(120)));
                }
                55..70 => {
                    let count = 1 + self.rng.below(3);
                    let paragraph: Vec<String> = (0..count).map(|_| self.sentence()).collect();
                    self.push(paragraph.join(" "));
                }
                70..78 => {
                    let quote = *self.rng.pick(&self.pools.quotes);
                    let quote = self.swap_names(quote);
                    self.push(quote);
                }
                78..86 if since_heading >= 2 && room > 400 => {
                    let heading = if self.rng.chance(60) {
                        *self.rng.pick(&self.pools.headings)
                    } else {
                        *self.rng.pick(HEADINGS)
                    };
                    self.push(heading.to_owned());
                    since_heading = 0;
                    continue;
                }
                86..91 if room > 300 => {
                    for _ in 0..3 + self.rng.below(3) {
                        let item = *self.rng.pick(&self.pools.list_items);
                        let item = format!("- {}", self.swap_names(item));
                        self.push(item);
                    }
                }
                91..95 => {
                    let line = self.image_line();
                    self.push(line);
                }
                95..98 => {
                    let prefix = *self.rng.pick(RELATED_PREFIXES);
                    let headline = *self.rng.pick(&self.pools.related);
                    let line = format!("{prefix} {}", self.swap_names(headline));
                    self.push(line);
                }
                _ => {
                    let sentence = self.sentence();
                    self.push(sentence);
                }
            }
            since_heading += 1;
        }
    }

    /// `بيروت – `, `تونس : ` or `القاهرة - (وكالات) - ` before the first paragraph.
    fn place_dateline(&mut self) -> String {
        let place = *self.rng.pick(PLACES);
        match self.rng.below(3) {
            0 => format!("{place} – "),
            1 => format!("{place} : "),
            _ => format!("{place} - (وكالات) - "),
        }
    }

    /// A sample image line, its names swapped and its dated path moved to this article's day.
    fn image_line(&mut self) -> String {
        let line = *self.rng.pick(&self.pools.images);
        let mut line = self.swap_names(line);
        if let Some(at) = line.find("/images/") {
            let start = at + "/images/".len();
            let Moment {
                year, month, day, ..
            } = self.when;
            if line
                .get(start..start + 10)
                .is_some_and(|d| d.bytes().filter(u8::is_ascii_digit).count() == 8)
            {
                line.replace_range(
                    start..start + 10,
                    &format!("{year}/{:02}/{day:02}", month + 1),
                );
            }
        }
        line
    }

    /// One template sentence with its slots filled.
    fn sentence(&mut self) -> String {
        let template = *self.rng.pick(SENTENCES);
        self.fill(template)
    }

    fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 64);
        let mut rest = template;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let slot = rest.get(open + 1..open + 2).unwrap_or("");
            let list: &[&str] = match slot {
                "P" | "Q" => PEOPLE,
                "L" => PLACES,
                "O" => ORGS,
                "T" => TOPICS,
                "W" => &WEEKDAYS,
                _ => &[],
            };
            if list.is_empty() {
                match slot {
                    "N" => {
                        let n = 2 + self.rng.below(500);
                        let _ = write!(out, "{n}");
                    }
                    "D" => {
                        let date = self.in_text_date();
                        out.push_str(&date);
                    }
                    _ => {}
                }
            } else {
                let word = *self.rng.pick(list);
                out.push_str(word);
            }
            rest = rest.get(open + 3..).unwrap_or("");
        }
        out.push_str(rest);
        out
    }

    /// A date near the article's own, written in one of the ways Arabic outlets write dates.
    fn in_text_date(&mut self) -> String {
        let year = self.when.year + self.rng.below(3) as i32 - 1;
        let month = self.rng.below(12);
        let day = 1 + self.rng.below(days_in_month(year, month) as usize);
        let style = self.rng.below(100);
        let text = match style {
            0..25 => format!("{day} {} {year}", MONTHS_GREGORIAN[month]),
            25..45 => format!("{day} {} {year}", MONTHS_LEVANTINE[month]),
            45..60 => format!("{day} {} {year}", MONTHS_MAGHREB[month]),
            60..72 => format!(
                "{day} {}/{} {year}",
                MONTHS_LEVANTINE[month], MONTHS_GREGORIAN[month]
            ),
            72..80 => format!("{} {year}", MONTHS_GREGORIAN[month]),
            80..88 => format!("{day}/{}/{year}", month + 1),
            88..94 => format!(
                "{} {day} {}",
                *self.rng.pick(&WEEKDAYS),
                MONTHS_MAGHREB[month]
            ),
            _ => format!(
                "{day} {} {} هـ",
                MONTHS_HIJRI[month],
                1435 + self.rng.below(13)
            ),
        };
        if self.rng.chance(12) {
            to_arabic_indic(&text)
        } else {
            text
        }
    }

    /// `text` with the sample corpus's names replaced by this article's cast.
    fn swap_names(&self, text: &str) -> String {
        let mut out = text.to_owned();
        for (from, to) in self
            .cast
            .people
            .iter()
            .chain(&self.cast.places)
            .chain(&self.cast.orgs)
        {
            if from != to && out.contains(from) {
                out = replace_words(&out, from, to);
            }
        }
        out
    }
}

/// Replaces `from` where it stands as a word (a one-letter proclitic such as و or ب allowed).
fn replace_words(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (at, _) in text.match_indices(from) {
        let end = at + from.len();
        let before = text[..at].chars().rev().take(2).collect::<Vec<_>>();
        let starts_word = match before.as_slice() {
            [] => true,
            [c, ..] if !c.is_alphabetic() => true,
            [c] => "وبلفك".contains(*c),
            [c, d, ..] => "وبلفك".contains(*c) && !d.is_alphabetic(),
        };
        let ends_word = text[end..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphabetic());
        if starts_word && ends_word && at >= last {
            out.push_str(&text[last..at]);
            out.push_str(to);
            last = end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Cuts a paragraph to about `max` bytes at the last sentence or clause end, or word.
fn cut_to(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_owned();
    }
    let mut limit = max;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let head = &text[..limit];
    let cut = head
        .rfind(['.', '،', '؛'])
        .filter(|&i| i > max / 3)
        .or_else(|| head.rfind(' '))
        .unwrap_or(limit);
    let mut out = head[..cut].trim_end().to_owned();
    out.push('.');
    out
}

fn to_arabic_indic(text: &str) -> String {
    text.chars()
        .map(|c| {
            c.to_digit(10)
                .and_then(|d| char::from_u32(0x0660 + d))
                .unwrap_or(c)
        })
        .collect()
}
