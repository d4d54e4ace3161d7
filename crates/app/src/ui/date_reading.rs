//! How the open article's dates are read: the direction bare weekdays, months and
//! year-less dates are read in (per article and per folder), and what its status line
//! says of it: a direction other than the news reading, a reference inferred from the
//! article's own text. The reference-date inputs beside them are in `annotations`.

use egui::Ui;
use marsad_core::time::{CivilDate, Prefer};

use super::{PanelContext, PanelOut, theme};
use crate::command::AppCommand;
use crate::i18n::Language;
use crate::model::ArticleEntry;
use crate::shaping::{TextEngine, label_ui};

/// The directions offered, in the order shown.
const DIRECTIONS: [Prefer; 3] = [Prefer::Past, Prefer::Future, Prefer::Nearest];

/// One row of the direction editor.
struct DirectionRow {
    caption: &'static str,
    /// The article it sets (`None`: the folder).
    article: Option<String>,
    /// The direction in force.
    current: Prefer,
    /// Set here, not inherited: the row offers Clear.
    own: bool,
}

/// The reading-direction rows of the date-reading editor: the article's, then the
/// folder's. Each shows the direction in force and sets another on a click.
pub fn reading_direction_rows_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    path: &str,
) {
    let doc = &cx.work.doc;
    let dates = cx.language().date_labels();
    let rows = [
        DirectionRow {
            caption: dates.reading_direction,
            article: Some(path.to_owned()),
            current: doc.reading_for(path),
            own: doc.reading_directions.contains_key(path),
        },
        DirectionRow {
            caption: dates.folder_reading_direction,
            article: None,
            current: doc.folder_reading_direction.unwrap_or_default(),
            own: doc.folder_reading_direction.is_some(),
        },
    ];
    for row in rows {
        direction_row_ui(ui, cx, out, row);
    }
}

/// One row: its caption, the three directions with the one in force selected, and
/// Clear when the direction is set here; a click asks for the change.
fn direction_row_ui(ui: &mut Ui, cx: &PanelContext<'_>, out: &mut PanelOut<'_>, row: DirectionRow) {
    let dates = cx.language().date_labels();
    let clear = cx.language().workspace_labels().clear;
    let mut chosen = None;
    super::row_ui(ui, cx.rtl(), |ui| {
        ui.label(row.caption).on_hover_text(dates.reading_hint);
        for prefer in DIRECTIONS {
            if ui
                .selectable_label(prefer == row.current, dates.prefer(prefer))
                .clicked()
            {
                chosen = Some(Some(prefer));
            }
        }
        if row.own && ui.small_button(clear).clicked() {
            chosen = Some(None);
        }
    });
    if let Some(prefer) = chosen {
        out.push(AppCommand::SetReadingDirection {
            article: row.article,
            prefer,
        });
    }
}

/// What the status line says of how the article's dates were read, beyond its
/// reference date: a direction other than the news reading, and a reference day the
/// analysis inferred from the text. Each with the colour to show it in.
pub fn reading_status(
    cx: &PanelContext<'_>,
    entry: &ArticleEntry,
    ui: &Ui,
) -> Vec<(String, egui::Color32)> {
    let dates = cx.language().date_labels();
    let analysis = &entry.analysis;
    let mut parts = Vec::new();
    let prefer = cx.work.doc.reading_for(&analysis.path);
    if prefer != Prefer::Past {
        parts.push((
            format!("{}: {}", dates.reading_direction, dates.prefer(prefer)),
            ui.visuals().hyperlink_color,
        ));
    }
    if let Some(day) = analysis.inferred_reference {
        parts.push((
            format!("{}: {}", dates.inferred_reference, day.iso()),
            ui.visuals().warn_fg_color,
        ));
    }
    parts
}

/// Which day a date was read against, when the article's own text gave it, and what
/// that means; shaped, since the day beside Arabic words would come out reversed.
pub fn inferred_reference_ui(
    ui: &mut Ui,
    engine: &mut TextEngine,
    language: Language,
    day: CivilDate,
) {
    let dates = language.date_labels();
    let text = format!("{}: {}", dates.inferred_reference, day.iso());
    let color = ui.visuals().warn_fg_color;
    label_ui(ui, engine, &text, theme::CAPTION, color);
    let weak = ui.visuals().weak_text_color();
    label_ui(ui, engine, dates.inferred_hint, theme::CAPTION, weak);
}
