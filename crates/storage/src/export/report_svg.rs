//! The report's timeline: an inline SVG of the reported events (one marker per event
//! cluster, placed by its first day; a stack where several fall on one day) over a
//! month-labelled axis. Time runs left to right, as on the app's default axis.

use std::fmt::Write as _;

use marsad_core::time::CivilDate;

use super::EventRow;
use super::report::escape;

const WIDTH: f64 = 900.0;
const MARGIN: f64 = 30.0;
const BASELINE: f64 = 150.0;
const STEP: f64 = 12.0;
/// Markers stacked on one day before the stack stops growing.
const MAX_STACK: usize = 10;

/// The first day an event's ISO value names (`2025-10-10`, `2025-10`, `2025`, `a/b`).
pub fn first_day(value: &str) -> Option<i64> {
    let start = value.split('/').next()?;
    let full = match start.len() {
        10 => start.to_owned(),
        7 => format!("{start}-01"),
        4 => format!("{start}-01-01"),
        _ => start.get(..10)?.to_owned(),
    };
    CivilDate::parse_iso(&full).map(CivilDate::to_days)
}

/// The SVG, or a line saying there is nothing to draw.
pub fn timeline_svg(events: &[EventRow]) -> String {
    let mut days: Vec<(i64, &EventRow)> = events
        .iter()
        .filter_map(|e| Some((first_day(&e.date)?, e)))
        .collect();
    if days.is_empty() {
        return "<p class=\"meta\">لا أحداث مؤرخة.</p>\n".to_owned();
    }
    days.sort_by_key(|(day, _)| *day);
    // The central 96 % of the days, as the app's first view: a far outlier would squash the rest.
    let cut = days.len() / 50;
    let first = days[cut].0;
    let last = days[days.len() - 1 - cut].0.max(first + 1);
    let x = |day: i64| {
        MARGIN
            + (day.clamp(first, last) - first) as f64 / (last - first) as f64
                * (WIDTH - 2.0 * MARGIN)
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg dir=\"ltr\" width=\"{WIDTH}\" height=\"190\" viewBox=\"0 0 {WIDTH} 190\" role=\"img\" aria-label=\"الخط الزمني\">\n\
         <line x1=\"{MARGIN}\" y1=\"{BASELINE}\" x2=\"{}\" y2=\"{BASELINE}\" stroke=\"#888\"/>\n",
        WIDTH - MARGIN
    );
    month_ticks(&mut svg, first, last, &x);
    let mut stacks: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for (day, event) in days {
        if day < first || day > last {
            continue;
        }
        let height = stacks.entry(day).or_default();
        let y = BASELINE - 8.0 - STEP * (*height).min(MAX_STACK) as f64;
        *height += 1;
        let _ = writeln!(
            svg,
            "<circle cx=\"{:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#1f5fbf\" fill-opacity=\"0.8\"><title>{} — {}</title></circle>",
            x(day),
            escape(&event.date),
            escape(&event.label)
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// A tick and a `YYYY-MM` label on the first of each month (every few months when many).
fn month_ticks(svg: &mut String, first: i64, last: i64, x: &impl Fn(i64) -> f64) {
    let start = CivilDate::from_days(first);
    let end = CivilDate::from_days(last);
    let months = (end.year - start.year) * 12 + i32::from(end.month) - i32::from(start.month) + 1;
    let every = (months / 12 + 1).max(1);
    let (mut year, mut month) = (start.year, start.month);
    for index in 0..=months {
        if index % every == 0 {
            let iso = format!("{year:04}-{month:02}-01");
            if let Some(day) = CivilDate::parse_iso(&iso).map(CivilDate::to_days) {
                let at = x(day.max(first));
                let _ = writeln!(
                    svg,
                    "<line x1=\"{at:.1}\" y1=\"{BASELINE}\" x2=\"{at:.1}\" y2=\"{}\" stroke=\"#888\"/><text x=\"{at:.1}\" y=\"{}\" text-anchor=\"middle\">{year:04}-{month:02}</text>",
                    BASELINE + 6.0,
                    BASELINE + 22.0
                );
            }
        }
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
}
