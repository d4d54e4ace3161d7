//! Which column or key of a record file holds the title, date, body, url, outlet,
//! author and section: by name first (in English and Arabic, any case and spelling
//! of separators), then, for what the names leave open, by what the values look like.

use crate::text::fold::fold_key;

/// What a field holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    Title,
    Published,
    Updated,
    Body,
    Summary,
    Url,
    Outlet,
    Author,
    Section,
}

impl Role {
    pub const ALL: [Role; 9] = [
        Self::Title,
        Self::Published,
        Self::Updated,
        Self::Body,
        Self::Summary,
        Self::Url,
        Self::Outlet,
        Self::Author,
        Self::Section,
    ];
}

/// Names per role, normalized by [`normalize`], best first. The first list entries
/// are whole names; a field whose name merely contains one scores lower.
const NAMES: &[(Role, &[&str])] = &[
    (
        Role::Title,
        &[
            "title",
            "headline",
            "heading",
            "subject",
            "posttitle",
            "articletitle",
            "titlear",
            "عنوان",
            "العنوان",
            "عنوانالخبر",
            "العنوانالرئيسي",
        ],
    ),
    (
        Role::Published,
        &[
            "date",
            "published",
            "publishedat",
            "pubdate",
            "publishdate",
            "publisheddate",
            "publicationdate",
            "datepublished",
            "datetime",
            "time",
            "timestamp",
            "createdat",
            "created",
            "postdate",
            "تاريخ",
            "التاريخ",
            "تاريخالنشر",
            "وقتالنشر",
        ],
    ),
    (
        Role::Updated,
        &[
            "updated",
            "updatedat",
            "modified",
            "datemodified",
            "lastupdated",
            "lastmodified",
            "updatetime",
            "اخرتحديث",
            "تاريخالتحديث",
        ],
    ),
    (
        Role::Body,
        &[
            "text",
            "body",
            "content",
            "articlebody",
            "article",
            "fulltext",
            "story",
            "maintext",
            "bodytext",
            "contentrendered",
            "نص",
            "النص",
            "المحتوي",
            "المتن",
            "متن",
            "نصالخبر",
            "الخبر",
        ],
    ),
    (
        Role::Summary,
        &[
            "description",
            "summary",
            "abstract",
            "lead",
            "excerpt",
            "dek",
            "subtitle",
            "ملخص",
            "الملخص",
            "وصف",
            "الوصف",
            "مقدمه",
        ],
    ),
    (
        Role::Url,
        &[
            "url",
            "link",
            "href",
            "permalink",
            "sourceurl",
            "canonical",
            "canonicalurl",
            "رابط",
            "الرابط",
        ],
    ),
    (
        Role::Outlet,
        &[
            "source",
            "outlet",
            "site",
            "sitename",
            "publisher",
            "newspaper",
            "media",
            "sourcename",
            "domain",
            "المصدر",
            "مصدر",
            "الموقع",
            "الصحيفه",
            "الجريده",
        ],
    ),
    (
        Role::Author,
        &[
            "author",
            "authors",
            "byline",
            "writer",
            "creator",
            "الكاتب",
            "كاتب",
            "المحرر",
            "بقلم",
        ],
    ),
    (
        Role::Section,
        &[
            "section",
            "category",
            "categories",
            "topic",
            "القسم",
            "قسم",
            "التصنيف",
            "تصنيف",
            "الفئه",
        ],
    ),
];

/// A field name folded for comparison: lowercase, Arabic folded, separators dropped.
pub fn normalize(name: &str) -> String {
    fold_key(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// How well `name` names `role`: 3 for a whole name, 2 for a name that contains one of
/// at least four letters (`article_title`, `news_body`), 0 otherwise.
pub fn name_score(name: &str, role: Role) -> u8 {
    let key = normalize(name);
    if key.is_empty() {
        return 0;
    }
    let Some((_, names)) = NAMES.iter().find(|(r, _)| *r == role) else {
        return 0;
    };
    if names.contains(&key.as_str()) {
        return 3;
    }
    let contained = names
        .iter()
        .any(|n| n.chars().count() >= 4 && key.contains(n));
    u8::from(contained) * 2
}

/// What a column's sampled values look like.
#[derive(Clone, Debug, Default)]
pub struct ValueProfile {
    pub samples: usize,
    pub non_empty: usize,
    pub dates: usize,
    pub urls: usize,
    pub arabic: usize,
    pub total_chars: usize,
    pub multi_line: usize,
    pub distinct: std::collections::HashSet<u64>,
}

impl ValueProfile {
    /// Adds one value to the profile.
    pub fn add(&mut self, value: &str) {
        use std::hash::{Hash, Hasher};
        self.samples += 1;
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        self.non_empty += 1;
        let chars = value.chars().count();
        self.total_chars += chars;
        if value.starts_with("http://") || value.starts_with("https://") {
            self.urls += 1;
        } else if chars <= 60 && super::values::parse_date_value(value).is_some() {
            self.dates += 1;
        }
        let letters = value.chars().filter(|c| c.is_alphabetic()).count();
        let arabic = value
            .chars()
            .filter(|c| crate::text::chars::is_arabic_letter(*c))
            .count();
        if letters > 0 && arabic * 2 >= letters {
            self.arabic += 1;
        }
        self.multi_line += usize::from(value.contains('\n'));
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        value.hash(&mut hasher);
        self.distinct.insert(hasher.finish());
    }

    fn mean_chars(&self) -> usize {
        self.total_chars / self.non_empty.max(1)
    }

    fn mostly(&self, count: usize) -> bool {
        self.non_empty > 0 && count * 10 >= self.non_empty * 8
    }

    /// The role these values suggest when the column's name says nothing.
    pub fn guess(&self) -> Option<Role> {
        if self.non_empty == 0 {
            return None;
        }
        if self.mostly(self.urls) {
            return Some(Role::Url);
        }
        if self.mostly(self.dates) {
            return Some(Role::Published);
        }
        if !self.mostly(self.arabic) {
            return None;
        }
        let mean = self.mean_chars();
        let varied = self.distinct.len() * 10 >= self.non_empty * 9;
        if mean >= 250 || self.multi_line * 2 > self.non_empty {
            Some(Role::Body)
        } else if (15..=250).contains(&mean) && varied {
            Some(Role::Title)
        } else if mean < 30 && !varied {
            Some(Role::Outlet)
        } else {
            None
        }
    }
}

/// Assigns roles to fields: names first, values for the roles still open. Returns, per
/// role, the index of its field.
pub fn assign(names: &[String], profiles: &[ValueProfile]) -> Vec<(Role, usize)> {
    let mut taken = vec![false; names.len()];
    let mut out: Vec<(Role, usize)> = Vec::new();
    for min_score in [3, 2] {
        for role in Role::ALL {
            if out.iter().any(|(r, _)| *r == role) {
                continue;
            }
            let best = (0..names.len())
                .filter(|&i| !taken[i] && name_score(&names[i], role) >= min_score)
                .max_by_key(|&i| {
                    // Among equal names prefer the column that has values.
                    profiles.get(i).map_or(0, |p| p.non_empty)
                });
            if let Some(i) = best {
                taken[i] = true;
                out.push((role, i));
            }
        }
    }
    // By content: the body is the longest Arabic column, the title the shorter varied one.
    let mut guesses: Vec<(Role, usize, usize)> = (0..names.len())
        .filter(|&i| !taken[i])
        .filter_map(|i| {
            let profile = profiles.get(i)?;
            profile.guess().map(|role| (role, i, profile.mean_chars()))
        })
        .collect();
    guesses.sort_by_key(|&(role, _, mean)| (role, std::cmp::Reverse(mean)));
    for (role, i, _) in guesses {
        if !out.iter().any(|(r, _)| *r == role) && !taken[i] {
            taken[i] = true;
            out.push((role, i));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_in_english_and_arabic_any_spelling() {
        let cases = [
            ("Title", Role::Title, 3),
            ("headline", Role::Title, 3),
            ("عنوان", Role::Title, 3),
            ("article_title", Role::Title, 3),
            ("news_title_text", Role::Title, 2),
            ("pubDate", Role::Published, 3),
            ("published_at", Role::Published, 3),
            ("publishedAt", Role::Published, 3),
            ("تاريخ النشر", Role::Published, 3),
            ("text", Role::Body, 3),
            ("نص", Role::Body, 3),
            ("Content", Role::Body, 3),
            ("link", Role::Url, 3),
            ("site_name", Role::Outlet, 3),
            ("المصدر", Role::Outlet, 3),
            ("title", Role::Body, 0),
        ];
        for (name, role, want) in cases {
            assert_eq!(name_score(name, role), want, "{name} as {role:?}");
        }
    }

    #[test]
    fn unnamed_columns_are_told_apart_by_their_values() {
        let rows = [
            (
                "https://example.org/a/1",
                "2018-03-01T09:53:40+04:00",
                "مجلس الأمن يعقد جلسة طارئة بشأن غزة",
                "سكاي نيوز عربية",
            ),
            (
                "https://example.org/a/2",
                "2018-03-02T10:00:00+04:00",
                "وزير الخارجية المصري يصل إلى الدوحة",
                "سكاي نيوز عربية",
            ),
            (
                "https://example.org/a/3",
                "2018-03-03T11:30:00+04:00",
                "انطلاق منتدى الاستثمار في تونس بمشاركة واسعة",
                "سكاي نيوز عربية",
            ),
        ];
        let mut profiles = vec![ValueProfile::default(); 4];
        for row in rows {
            for (i, v) in [row.0, row.1, row.2, row.3].iter().enumerate() {
                profiles[i].add(v);
            }
        }
        let names: Vec<String> = ["c1", "c2", "c3", "c4"]
            .iter()
            .map(|s| (*s).to_owned())
            .collect();
        let mut got = assign(&names, &profiles);
        got.sort();
        assert_eq!(
            got,
            vec![
                (Role::Title, 2),
                (Role::Published, 1),
                (Role::Url, 0),
                (Role::Outlet, 3)
            ]
        );
    }
}
