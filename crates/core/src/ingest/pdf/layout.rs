//! Pages of lines to an article: running headers and footers and page numbers dropped,
//! wrapped lines joined into paragraphs, a paragraph cut by a page break joined again.

use std::collections::HashMap;

/// Lines looked at for running headers (from the top) and footers (from the bottom).
const EDGE_LINES: usize = 2;

/// Digits of every script as `#`, spaces collapsed: a running line's key, the same on
/// every page whatever its page number.
fn running_key(line: &str) -> String {
    line.chars()
        .map(|c| if c.is_numeric() { '#' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `12`, `- 12 -`, `12 / 40`, `Page 12`, `Page 12 of 40`, `صفحة 12`, `الصفحة ١٢ من ٤٠`.
pub fn is_page_number(line: &str) -> bool {
    let mut rest = line.trim().to_lowercase();
    for word in ["الصفحة", "صفحة", "ص.", "page", "p."] {
        if let Some(after) = rest.strip_prefix(word) {
            rest = after.trim().to_owned();
        }
    }
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '/' | '|'))
        .filter(|w| !w.is_empty())
        .collect();
    let numbers = words
        .iter()
        .filter(|w| w.chars().all(char::is_numeric))
        .count();
    let connectors = words.iter().filter(|w| matches!(**w, "of" | "من")).count();
    (1..=2).contains(&numbers) && numbers + connectors == words.len()
}

/// Removes page numbers, and lines that recur at the top or bottom of most pages.
pub fn drop_running_lines(pages: &mut [Vec<String>]) {
    for page in pages.iter_mut() {
        page.retain(|l| !is_page_number(l));
    }
    if pages.len() < 2 {
        return;
    }
    let mut counts: HashMap<String, usize> = HashMap::new();
    for page in pages.iter() {
        let mut seen: Vec<String> = edges(page).map(|i| running_key(&page[i])).collect();
        seen.sort();
        seen.dedup();
        for key in seen {
            *counts.entry(key).or_default() += 1;
        }
    }
    let needed = pages.len().div_ceil(2).max(2);
    for page in pages.iter_mut() {
        let drop: Vec<usize> = edges(page)
            .filter(|&i| {
                counts
                    .get(&running_key(&page[i]))
                    .is_some_and(|&n| n >= needed)
            })
            .collect();
        let mut index = 0;
        page.retain(|_| {
            let keep = !drop.contains(&index);
            index += 1;
            keep
        });
    }
}

/// Indexes of the first and last non-blank lines of a page.
fn edges(page: &[String]) -> impl Iterator<Item = usize> + '_ {
    let filled: Vec<usize> = (0..page.len())
        .filter(|&i| !page[i].trim().is_empty())
        .collect();
    let top: Vec<usize> = filled.iter().take(EDGE_LINES).copied().collect();
    let bottom: Vec<usize> = filled.iter().rev().take(EDGE_LINES).copied().collect();
    let mut all = top;
    all.extend(bottom);
    all.sort_unstable();
    all.dedup();
    all.into_iter()
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '؟', '?', '!', ':', '»', '"', '”', '…', '؛'])
}

/// Joins wrapped lines into paragraphs and pages into one text, a blank line between
/// paragraphs. A blank line in a page, or a line that ends a sentence and falls short
/// of the page's usual width, ends a paragraph; a short line without final punctuation
/// followed by a longer one stands alone (a heading).
pub fn paragraphs(pages: &[Vec<String>]) -> String {
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    for page in pages {
        let width = typical_width(page);
        // Blank lines at a page's edges are its margins (or a dropped running line's
        // gap), not paragraph breaks: a paragraph cut by the page break goes on.
        let lines: Vec<&str> = page.iter().map(|l| l.trim()).collect();
        let first = lines
            .iter()
            .position(|l| !l.is_empty())
            .unwrap_or(lines.len());
        let last = lines
            .iter()
            .rposition(|l| !l.is_empty())
            .map_or(first, |i| i + 1);
        let lines = &lines[first..last];
        for (i, line) in lines.iter().enumerate() {
            if line.is_empty() {
                open = false;
                continue;
            }
            let chars = line.chars().count();
            let next_chars = lines.get(i + 1).map_or(0, |n| n.chars().count());
            let heading = chars * 10 < width * 6 && !ends_sentence(line) && next_chars > chars;
            match out.last_mut() {
                Some(last) if open && !heading => {
                    last.push(' ');
                    last.push_str(line);
                }
                _ => out.push((*line).to_owned()),
            }
            let ends_paragraph = ends_sentence(line) && chars * 10 < width * 9;
            open = !heading && !ends_paragraph;
        }
    }
    let mut text = out.join("\n\n");
    text.push('\n');
    text
}

/// The width, in characters, most of a page's lines reach.
fn typical_width(page: &[String]) -> usize {
    let mut widths: Vec<usize> = page
        .iter()
        .map(|l| l.trim().chars().count())
        .filter(|&n| n > 0)
        .collect();
    widths.sort_unstable();
    widths.get(widths.len() * 3 / 4).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers_in_their_usual_shapes() {
        let cases = [
            ("12", true),
            ("- 12 -", true),
            ("١٢", true),
            ("Page 3 of 10", true),
            ("الصفحة ٣ من ١٠", true),
            ("3 / 10", true),
            ("12 قتيلا", false),
            ("2018", true),
            ("عام 2018", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_page_number(line), want, "{line}");
        }
    }

    #[test]
    fn running_headers_and_footers_go_and_the_text_stays() {
        let page = |n: usize, body: &str| {
            vec![
                "مرصد الشرق للدراسات — تقرير شهري".to_owned(),
                body.to_owned(),
                format!("سري — نسخة {n}"),
                n.to_string(),
            ]
        };
        let mut pages = vec![
            page(1, "افتتح الوفد المحادثات في القاهرة."),
            page(2, "واستمرت الجلسات حتى المساء."),
            page(3, "وصدر بيان ختامي."),
        ];
        drop_running_lines(&mut pages);
        let kept: Vec<&str> = pages.iter().flatten().map(String::as_str).collect();
        assert_eq!(
            kept,
            [
                "افتتح الوفد المحادثات في القاهرة.",
                "واستمرت الجلسات حتى المساء.",
                "وصدر بيان ختامي."
            ]
        );
    }

    #[test]
    fn wrapped_lines_join_and_paragraphs_and_headings_stay_apart() {
        let pages = vec![
            vec![
                "خلفية المحادثات".to_owned(),
                "بدأت الجولة الأولى من المحادثات في القاهرة صباح الأحد".to_owned(),
                "بمشاركة وفود من مصر وقطر وتركيا والولايات المتحدة.".to_owned(),
                String::new(),
                "وقال مسؤول مصري إن الأجواء كانت إيجابية وإن الجولة الثانية".to_owned(),
            ],
            vec!["ستعقد الأسبوع المقبل في الدوحة.".to_owned()],
        ];
        assert_eq!(
            paragraphs(&pages),
            "خلفية المحادثات\n\n\
             بدأت الجولة الأولى من المحادثات في القاهرة صباح الأحد بمشاركة وفود من مصر وقطر وتركيا والولايات المتحدة.\n\n\
             وقال مسؤول مصري إن الأجواء كانت إيجابية وإن الجولة الثانية ستعقد الأسبوع المقبل في الدوحة.\n"
        );
    }
}
