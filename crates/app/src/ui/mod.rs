//! The panels. Each takes `&mut egui::Ui`, reads the model, the derived views and the
//! workspace through a [`PanelContext`], and writes only its own state ([`Panels`]), the
//! text engine and the commands it pushes ([`PanelOut`]): the app applies those after
//! the panels are drawn.

pub mod about;
pub mod annotations;
pub mod article_list;
pub mod article_view;
pub mod date_reading;
pub mod entity_detail;
pub mod entity_menu;
pub mod frame;
pub mod keys;
pub mod long_text;
pub mod menu;
pub mod name_row;
pub mod problems;
pub mod reveal;
pub mod sidebar;
pub mod source_detail;
pub mod sources;
pub mod statements;
pub mod status;
pub mod theme;
pub mod timeline;
pub mod workspace_dialogs;

use std::collections::BTreeMap;

use egui::{Color32, Layout, Ui};

use crate::analysis::EntityType;
use crate::command::AppCommand;
use crate::derived::Derived;
use crate::i18n::Language;
use crate::loader::LoadJob;
use crate::model::Model;
use crate::recent::RecentFolders;
use crate::shaping::TextEngine;
use crate::workspace::Session;

use self::annotations::AnnotationState;
use self::entity_menu::Dialog;
use self::reveal::Reveal;
use self::sources::SideView;
use self::statements::SourceDialog;
use self::timeline::TimelineView;

/// The panels' own state between frames: the open dialog, the note and tag editors, the
/// timeline's drag and plot, the span to flash, and what the last frame drew.
#[derive(Debug, Default)]
pub struct Panels {
    /// The open entity dialog (rename, merge, add entity).
    pub dialog: Option<Dialog>,
    /// Note editors, tag inputs, the reference-date editor and the tag manager.
    pub editor: AnnotationState,
    /// The timeline's plot, drag and export.
    pub timeline: TimelineView,
    /// A span the article view should scroll to and flash.
    pub flash: Option<Reveal>,
    /// Sidebar groups folded away, by `EntityType::ALL` index.
    pub collapsed: [bool; 4],
    /// The selected entity the sidebar last brought into view, and where its list is
    /// scrolled to.
    pub sidebar_scroll: (Option<marsad_core::corpus::EntityId>, f32),
    /// Set when the list should scroll the open article's row into view.
    pub scroll_list_to_selected: bool,
    /// The article the view showed last frame (a new one scrolls back to the top).
    pub shown_article: Option<usize>,
    /// Sizes of the resizable panels as the last frame drew them, by panel id.
    pub panel_sizes: BTreeMap<String, f32>,
    /// The model's `settings_restored` last seen: a new count puts saved sizes back.
    pub restored_seen: u64,
    /// The theme and language egui was last set up for.
    pub applied_style: Option<(bool, Language)>,
    /// The folder typed into the "locate the corpus" question.
    pub typed_folder: workspace_dialogs::Typed,
    /// The path typed into the path-entry window.
    pub typed_path: workspace_dialogs::Typed,
    /// What the side panel shows: entities or sources.
    pub side: SideView,
    /// The open "who said it" dialog (a fix to an attribution's source).
    pub source_dialog: Option<SourceDialog>,
    /// The open Help window (About, keyboard shortcuts).
    pub help: Option<about::HelpWindow>,
}

/// What the panels read.
#[derive(Clone, Copy)]
pub struct PanelContext<'a> {
    pub model: &'a Model,
    pub derived: &'a Derived,
    pub work: &'a Session,
    pub recent: &'a RecentFolders,
    /// The folder load in progress.
    pub job: Option<&'a LoadJob>,
    /// The analysis cache's folder, when the app uses one.
    pub cache_dir: Option<&'a std::path::Path>,
    /// The folder the log files go to.
    pub log_dir: Option<&'a std::path::Path>,
}

impl PanelContext<'_> {
    /// The interface language.
    pub fn language(&self) -> Language {
        self.model.settings.language
    }

    /// The interface's words.
    pub fn labels(&self) -> &'static crate::i18n::Labels {
        self.language().labels()
    }

    /// True when the interface runs right to left.
    pub fn rtl(&self) -> bool {
        self.language().is_rtl()
    }

    /// True with the dark theme.
    pub fn dark(&self) -> bool {
        self.model.settings.dark
    }
}

/// What the panels write.
pub struct PanelOut<'a> {
    pub engine: &'a mut TextEngine,
    pub panels: &'a mut Panels,
    pub commands: &'a mut Vec<AppCommand>,
}

impl PanelOut<'_> {
    /// Asks the app for a change.
    pub fn push(&mut self, command: AppCommand) {
        self.commands.push(command);
    }
}

/// The colour an entity type is marked with, readable on both themes.
pub fn entity_color(entity_type: EntityType, dark: bool) -> Color32 {
    match (entity_type, dark) {
        (EntityType::Pers, false) => Color32::from_rgb(0x1f, 0x5f, 0xbf),
        (EntityType::Pers, true) => Color32::from_rgb(0x6f, 0xa8, 0xff),
        (EntityType::Org, false) => Color32::from_rgb(0x1b, 0x80, 0x3a),
        (EntityType::Org, true) => Color32::from_rgb(0x6c, 0xd0, 0x86),
        (EntityType::Loc, false) => Color32::from_rgb(0xb3, 0x5c, 0x00),
        (EntityType::Loc, true) => Color32::from_rgb(0xff, 0xa8, 0x4c),
        (EntityType::Misc, false) => Color32::from_rgb(0x7b, 0x3f, 0xa8),
        (EntityType::Misc, true) => Color32::from_rgb(0xc6, 0x97, 0xf0),
    }
}

/// A translucent fill of an entity type's colour, for highlights under text.
pub fn entity_fill(entity_type: EntityType, dark: bool, strong: bool) -> Color32 {
    let alpha = if strong { 110 } else { 45 };
    entity_color(entity_type, dark).gamma_multiply_u8(alpha)
}

/// A horizontal row that runs right to left when the interface is Arabic.
pub fn row_ui<R>(ui: &mut Ui, rtl: bool, add_contents: impl FnOnce(&mut Ui) -> R) -> R {
    let layout = if rtl {
        Layout::right_to_left(egui::Align::Center)
    } else {
        Layout::left_to_right(egui::Align::Center)
    };
    let size = egui::vec2(ui.available_width(), ui.spacing().interact_size.y);
    ui.allocate_ui_with_layout(size, layout, add_contents).inner
}

/// The label of an entity-type group.
pub fn group_label(entity_type: EntityType, labels: &crate::i18n::Labels) -> &'static str {
    match entity_type {
        EntityType::Pers => labels.people,
        EntityType::Org => labels.organizations,
        EntityType::Loc => labels.places,
        EntityType::Misc => labels.other,
    }
}
