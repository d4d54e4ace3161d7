//! The sample corpus, embedded, cut into the building blocks articles are made of.

/// Every article of `assets/sample-corpus`, embedded so the generator needs no files.
const SAMPLES: &[&str] = &[
    include_str!("../../../../../assets/sample-corpus/2025-10-24-rubio-visit.txt"),
    include_str!("../../../../../assets/sample-corpus/aid-convoys-first-week.md"),
    include_str!("../../../../../assets/sample-corpus/cairo-joint-operations-room.txt"),
    include_str!("../../../../../assets/sample-corpus/ceasefire-begins-cnn.txt"),
    include_str!("../../../../../assets/sample-corpus/cmcc-kiryat-gat.md"),
    include_str!("../../../../../assets/sample-corpus/doha-mediators-resume.txt"),
    include_str!("../../../../../assets/sample-corpus/maghreb-solidarity-convoy.txt"),
    include_str!("../../../../../assets/sample-corpus/mahdia-forum-opens.txt"),
    include_str!("../../../../../assets/sample-corpus/pentagon-stabilisation-funding.txt"),
    include_str!("../../../../../assets/sample-corpus/security-council-resolution.txt"),
    include_str!("../../../../../assets/sample-corpus/stabilisation-force-consultations.txt"),
    include_str!("../../../../../assets/sample-corpus/tunis-maghreb-reconstruction-meeting.txt"),
    include_str!("../../../../../assets/sample-corpus/us-troops-arrive-southern-israel.txt"),
    include_str!("../../../../../assets/sample-corpus/winter-aid-levant.md"),
    include_str!("../../../../../assets/sample-corpus/archive/beirut-summer-talks-analysis.txt"),
    include_str!("../../../../../assets/sample-corpus/archive/cyprus-maritime-corridor.txt"),
    include_str!("../../../../../assets/sample-corpus/archive/damascus-rubble-lessons.txt"),
];

/// The sample corpus's lines sorted by the role they play in an article.
#[derive(Debug, Default)]
pub(super) struct Pools {
    pub sections: Vec<&'static str>,
    pub titles: Vec<&'static str>,
    pub deks: Vec<&'static str>,
    /// First paragraphs with their place dateline (`بيروت –`) cut off.
    pub leads: Vec<&'static str>,
    pub paragraphs: Vec<&'static str>,
    pub quotes: Vec<&'static str>,
    pub headings: Vec<&'static str>,
    /// List items without their `- `.
    pub list_items: Vec<&'static str>,
    /// Whole markdown image lines.
    pub images: Vec<&'static str>,
    /// Related-article headlines without their `تعرف المزيد:`.
    pub related: Vec<&'static str>,
}

impl Pools {
    /// Cuts every sample article into blocks.
    pub(super) fn from_samples() -> Self {
        let mut pools = Self::default();
        for sample in SAMPLES {
            pools.add_article(sample);
        }
        pools
    }

    fn add_article(&mut self, text: &'static str) {
        let lines: Vec<&'static str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let mut title_seen = false;
        let mut body_started = false;
        for (index, &line) in lines.iter().enumerate() {
            let words = line.split_whitespace().count();
            if line.starts_with("![") {
                self.images.push(line);
            } else if let Some(item) = line.strip_prefix("- ") {
                self.list_items.push(item);
            } else if let Some(headline) = line.strip_prefix("تعرف المزيد:") {
                self.related.push(headline.trim());
            } else if line.ends_with('|') || (!body_started && is_dateline(line, title_seen)) {
                // Bylines and datelines are generated afresh.
            } else if index == 0 && words <= 3 && lines.len() > 1 {
                self.sections.push(line);
            } else if !title_seen {
                self.titles.push(line);
                title_seen = true;
            } else if !body_started && line.ends_with('.') && line.len() < 400 {
                self.deks.push(line);
            } else if !body_started {
                body_started = true;
                self.leads.push(strip_place(line));
            } else if line.starts_with(['“', '«', '"']) {
                self.quotes.push(line);
            } else if words <= 8 && !line.ends_with(['.', '،', ':', '»', '"', '”']) {
                self.headings.push(line);
            } else {
                self.paragraphs.push(line);
            }
        }
    }
}

/// A dateline line: `2025-03-08 10:15 ص`, or after the title a short dated line in words.
fn is_dateline(line: &str, after_title: bool) -> bool {
    let numeric = line.len() >= 10 && line.as_bytes().iter().take(4).all(u8::is_ascii_digit);
    let worded = after_title
        && line.split_whitespace().count() <= 12
        && line.chars().any(|c| c.is_ascii_digit())
        && !line.ends_with(['.', '،']);
    numeric || worded
}

/// The paragraph after its opening place dateline (`بيروت – `, `المهدية : `).
fn strip_place(line: &'static str) -> &'static str {
    let head_end = line.char_indices().nth(80).map_or(line.len(), |(i, _)| i);
    let head = &line[..head_end];
    [" – ", " : ", " - "]
        .iter()
        .filter_map(|sep| head.rfind(sep).map(|at| at + sep.len()))
        .max()
        .map_or(line, |start| line[start..].trim_start())
}
