//! Reported statements wherever the app shows them: tinted in the article view, a hover
//! naming who said it and through whom, a stance badge, and the fixes the analyst can
//! make to an attribution (its source, its kind, not a statement) from a context menu,
//! pushed as commands like entity corrections.

use std::collections::BTreeSet;
use std::ops::Range;

use egui::{Color32, Context, Id, Response, Role, Ui};
use marsad_core::Span;
use marsad_core::attribution::{Attribution, SourceKind, Stance};
use marsad_core::corpus::Entity;
use marsad_storage::AttributionCorrection;

use super::entity_menu::{clickable_name_ui, text_field_ui};
use super::theme::{self, MENU_WIDTH};
use super::{PanelContext, PanelOut};
use crate::analysis::EntityType;
use crate::command::AppCommand;
use crate::derived::source_names::{attributions_of, chain_label};
use crate::i18n::source_labels;
use crate::search::fold_key;
use crate::shaping::{Highlight, HighlightStyle, TextEngine, label_ui};

/// Entities of the article offered as the right source, at most.
const SOURCE_CHOICES: usize = 12;

/// An attribution the analyst pointed at: the article and where its verb or frame is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AttributionTarget {
    pub article: usize,
    pub cue: Span,
}

/// The "who said it" dialog: the right source, typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceDialog {
    pub target: AttributionTarget,
    pub source: String,
    pub focused: bool,
}

/// The colour of a stance's badge, readable on both themes.
pub fn stance_color(stance: Stance, dark: bool) -> Color32 {
    let (light, night) = match stance {
        Stance::Neutral => ((0x6b, 0x6b, 0x6b), (0x9a, 0x9a, 0x9a)),
        Stance::Assertive => ((0x1f, 0x5f, 0xbf), (0x6f, 0xa8, 0xff)),
        Stance::Denial => ((0xb0, 0x2a, 0x2a), (0xff, 0x7b, 0x72)),
        Stance::Distancing => ((0x7b, 0x3f, 0xa8), (0xc6, 0x97, 0xf0)),
        Stance::Warning => ((0xb3, 0x5c, 0x00), (0xff, 0xa8, 0x4c)),
        Stance::Revealing => ((0x1b, 0x80, 0x3a), (0x6c, 0xd0, 0x86)),
    };
    let (r, g, b) = if dark { night } else { light };
    Color32::from_rgb(r, g, b)
}

/// A stance as a small coloured badge with its name in the interface's language.
pub fn stance_badge_ui(ui: &mut Ui, cx: &PanelContext<'_>, stance: Stance) -> Response {
    let labels = source_labels(cx.language());
    let color = stance_color(stance, cx.dark());
    let text = egui::RichText::new(labels.stance(stance))
        .size(theme::TINY)
        .color(Color32::WHITE)
        .background_color(color);
    ui.label(text)
}

/// The tint under a statement: a faint grey, so it reads as "said by someone" without
/// taking the colour of an entity type, and entity marks and dates stay readable on it.
fn statement_tint(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgba_unmultiplied(0xc0, 0xc0, 0xc8, 30)
    } else {
        Color32::from_rgba_unmultiplied(0x60, 0x68, 0x78, 30)
    }
}

/// The statements of an article tinted, and their sources underlined, where `shift`
/// places an article span in the drawn text.
pub fn statement_highlights(
    attributions: &[Attribution],
    shift: impl Fn(Span) -> Option<Range<usize>>,
    dark: bool,
) -> Vec<Highlight> {
    let tint = statement_tint(dark);
    let line = tint.to_opaque().gamma_multiply(0.8);
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for a in attributions {
        // A source named once and referred back to marks its words once.
        let marks = [
            (a.statement, HighlightStyle::Fill(tint)),
            (a.span, HighlightStyle::Underline(line)),
        ];
        for (span, style) in marks {
            if seen.insert((span, matches!(style, HighlightStyle::Fill(_))))
                && let Some(range) = shift(span)
            {
                out.push(Highlight { span: range, style });
            }
        }
    }
    out
}

/// The attribution whose statement, verb or source words are at `offset`; the
/// narrowest statement when they nest.
pub fn statement_at(attributions: &[Attribution], offset: usize) -> Option<&Attribution> {
    let inside = |s: Span| s.start <= offset && offset < s.end;
    attributions
        .iter()
        .filter(|a| inside(a.statement) || inside(a.cue) || inside(a.span))
        .min_by_key(|a| a.statement.len())
}

/// A hovered statement's chain (`أكسيوس ← ثلاثة مصادر مطلعة`), its verb, stance and kind.
pub fn statement_hover_ui(
    response: &Response,
    engine: &mut TextEngine,
    cx: &PanelContext<'_>,
    article: usize,
    a: &Attribution,
) {
    let labels = source_labels(cx.language());
    let chain = chain_label(&cx.model.corpus, article, a);
    let kind_color = super::sources::kind_color(a.kind, cx.dark());
    response.clone().on_hover_ui(|ui| {
        ui.set_max_width(MENU_WIDTH + 120.0);
        ui.with_layout(egui::Layout::top_down(egui::Align::Max), |ui| {
            label_ui(ui, engine, &chain, theme::NAME, kind_color);
            super::row_ui(ui, cx.rtl(), |ui| {
                stance_badge_ui(ui, cx, a.stance);
                ui.weak(labels.kind(a.kind));
                label_ui(
                    ui,
                    engine,
                    &a.verb,
                    theme::SMALL,
                    ui.visuals().weak_text_color(),
                );
            });
        });
    });
}

/// The article's attribution at `target`, as shown (fixes applied).
fn attribution_at(cx: &PanelContext<'_>, target: AttributionTarget) -> Option<Attribution> {
    let corpus = &cx.model.corpus;
    let entry = corpus.articles.get(target.article)?;
    attributions_of(corpus, entry)
        .iter()
        .find(|a| a.cue == target.cue)
        .cloned()
}

/// The fixes an attribution can take, as a menu's contents: not a statement, another
/// kind, another source (an entity of the article, the selected text, or typed).
pub fn attribution_menu_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    target: AttributionTarget,
    selection: Option<&str>,
) {
    let labels = source_labels(cx.language());
    let corpus = &cx.model.corpus;
    let (Some(a), Some(entry)) = (
        attribution_at(cx, target),
        corpus.articles.get(target.article),
    ) else {
        return;
    };
    let path = entry.analysis.path.clone();
    ui.set_min_width(200.0);
    ui.set_max_width(MENU_WIDTH);
    ui.strong(labels.attribution);
    // The verb too: it tells this statement from the source's others.
    let chain = format!("{} ({})", chain_label(corpus, target.article, &a), a.verb);
    label_ui(
        ui,
        out.engine,
        &chain,
        theme::BODY,
        super::sources::kind_color(a.kind, cx.dark()),
    );
    if !corpus.entities.is_resolved() {
        ui.weak(labels.not_loaded);
        return;
    }
    if ui.button(labels.not_a_statement).clicked() {
        out.push(AppCommand::CorrectAttribution(
            AttributionCorrection::NotAStatement {
                article: path.clone(),
                cue: a.cue,
            },
        ));
    }
    ui.menu_button(labels.change_kind, |ui| {
        for kind in SourceKind::ALL {
            let button = egui::Button::new(labels.kind(kind));
            if ui.add_enabled(kind != a.kind, button).clicked() {
                out.push(AppCommand::CorrectAttribution(
                    AttributionCorrection::Kind {
                        article: path.clone(),
                        cue: a.cue,
                        kind,
                    },
                ));
            }
        }
    });
    ui.menu_button(labels.change_source, |ui| {
        source_choices_ui(ui, cx, out, (target, &path), selection);
    });
}

/// The sources offered in "Change source": the article's people and organizations,
/// the selected text, and a dialog to type one.
fn source_choices_ui(
    ui: &mut Ui,
    cx: &PanelContext<'_>,
    out: &mut PanelOut<'_>,
    (target, path): (AttributionTarget, &str),
    selection: Option<&str>,
) {
    let labels = source_labels(cx.language());
    ui.set_max_width(MENU_WIDTH);
    let current = attribution_at(cx, target).map(|a| a.kind);
    let fix = |source: &str, entity: Option<&Entity>| {
        AppCommand::CorrectAttribution(AttributionCorrection::Source {
            article: path.to_owned(),
            cue: target.cue,
            source: source.to_owned(),
            entity: entity.map(|e| e.id.as_str().to_owned()),
            kind: entity.and_then(|e| kind_of_entity(e.entity_type, current)),
        })
    };
    for entity in article_entities(cx, target.article) {
        let color = super::entity_color(entity.entity_type, cx.dark());
        let row = clickable_name_ui(
            ui,
            out.engine,
            &entity.name,
            theme::BODY,
            color,
            Role::Button,
        );
        if row.clicked() {
            out.push(fix(&entity.name, Some(entity)));
            ui.close();
        }
    }
    ui.separator();
    if let Some(selected) = selection.filter(|s| !s.trim().is_empty())
        && ui.button(labels.selected_text).clicked()
    {
        let entity = entity_named(cx, selected);
        out.push(fix(selected.trim(), entity));
    }
    if ui.button(labels.type_source).clicked() {
        out.panels.source_dialog = Some(SourceDialog {
            target,
            source: selection.unwrap_or_default().trim().to_owned(),
            focused: false,
        });
    }
}

/// The kind a source picked as an entity of `entity_type` is, when that says more than
/// the attribution's `current` kind: a person is a person; an organization stays an
/// outlet or an organization; a place speaks as a state.
fn kind_of_entity(entity_type: EntityType, current: Option<SourceKind>) -> Option<SourceKind> {
    let kind = match entity_type {
        EntityType::Pers => SourceKind::Person,
        EntityType::Org if current == Some(SourceKind::Outlet) => SourceKind::Outlet,
        EntityType::Org | EntityType::Loc => SourceKind::Organization,
        EntityType::Misc => return None,
    };
    (Some(kind) != current).then_some(kind)
}

/// The people and organizations an article mentions, most mentioned in the folder first.
fn article_entities<'a>(cx: &'a PanelContext<'_>, article: usize) -> Vec<&'a Entity> {
    let entities = &cx.model.corpus.entities;
    let mut found: Vec<&Entity> = Vec::new();
    for m in entities.mentions(article) {
        let Some(entity) = entities.get(&m.entity) else {
            continue;
        };
        let speaks = matches!(entity.entity_type, EntityType::Pers | EntityType::Org);
        if speaks && !entity.hidden && !found.iter().any(|e| e.id == entity.id) {
            found.push(entity);
        }
    }
    found.sort_by_key(|e| std::cmp::Reverse(e.mention_count));
    found.truncate(SOURCE_CHOICES);
    found
}

/// The person or organization named exactly `name` (folded), if there is one.
fn entity_named<'a>(cx: &'a PanelContext<'_>, name: &str) -> Option<&'a Entity> {
    let key = fold_key(name.trim());
    cx.model.corpus.entities.list().iter().find(|e| {
        matches!(e.entity_type, EntityType::Pers | EntityType::Org)
            && !e.hidden
            && fold_key(&e.name) == key
    })
}

/// The "who said it" dialog, as a modal over the window.
pub fn source_dialog_ui(ctx: &Context, cx: &PanelContext<'_>, out: &mut PanelOut<'_>) {
    let Some(mut dialog) = out.panels.source_dialog.take() else {
        return;
    };
    let labels = source_labels(cx.language());
    let path = cx
        .model
        .corpus
        .articles
        .get(dialog.target.article)
        .map(|e| e.analysis.path.clone());
    let Some(path) = path else {
        return;
    };
    let mut open = true;
    let mut chosen = None;
    let modal = egui::Modal::new(Id::unique("marsad_source_dialog")).show(ctx, |ui| {
        ui.set_width(theme::DIALOG_WIDTH);
        ui.heading(labels.source_title);
        let field = text_field_ui(
            ui,
            out.engine,
            &mut dialog.source,
            labels.source_hint,
            cx.rtl(),
            !dialog.focused,
            Id::unique("marsad_source_field"),
        );
        dialog.focused = true;
        let typed = dialog.source.trim().to_owned();
        let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        super::row_ui(ui, cx.rtl(), |ui| {
            let ok = ui
                .add_enabled(!typed.is_empty(), egui::Button::new(labels.fix))
                .clicked();
            if (ok || enter) && !typed.is_empty() {
                chosen = Some(typed.clone());
            }
            if ui.button(labels.cancel).clicked() {
                open = false;
            }
        });
    });
    if modal.backdrop_response.clicked() {
        open = false;
    }
    if let Some(source) = chosen {
        let entity = entity_named(cx, &source);
        let current = attribution_at(cx, dialog.target).map(|a| a.kind);
        out.push(AppCommand::CorrectAttribution(
            AttributionCorrection::Source {
                article: path,
                cue: dialog.target.cue,
                kind: entity.and_then(|e| kind_of_entity(e.entity_type, current)),
                entity: entity.map(|e| e.id.as_str().to_owned()),
                source,
            },
        ));
    } else if open {
        out.panels.source_dialog = Some(dialog);
    }
}
