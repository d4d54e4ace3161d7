//! The app's state to a [`Workspace`] and back: the one place that knows which app field
//! goes where in the file.

use marsad_storage::{FORMAT_VERSION, Language as SavedLanguage, Theme, Workspace};

use marsad_core::corpus::{Entity, EntityId};

use crate::MarsadApp;
use crate::i18n::Language;

/// The workspace the app holds now, article records included (what a save writes).
pub fn build_workspace(app: &MarsadApp) -> Workspace {
    let mut workspace = settings_of(app);
    workspace.articles = app.work.articles.clone();
    workspace
}

/// Everything but the article records, which are compared apart since they are many and
/// change only when the corpus does.
pub(super) fn settings_of(app: &MarsadApp) -> Workspace {
    let view = &app.view;
    let mut workspace = app.work.doc.clone();
    workspace.format_version = FORMAT_VERSION;
    workspace.articles.clear();
    workspace.filters.search.clone_from(&view.search_text);
    workspace.filters.entities = view
        .selected_entity
        .iter()
        .map(|id| id.as_str().to_owned())
        .collect();
    // The loaded list stays until the folder is resolved, so a save while loading keeps it.
    if app.corpus.entities.is_resolved() {
        workspace.corrections = app.corrections().iter().map(Into::into).collect();
    }
    workspace.selected_article = view
        .selected_article
        .and_then(|index| app.corpus.articles.get(index))
        .map(|entry| entry.analysis.path.clone());
    workspace.timeline.rtl_axis = view.timeline_rtl;
    workspace.view.language = match view.language {
        Language::English => SavedLanguage::En,
        Language::Arabic => SavedLanguage::Ar,
    };
    // "System" stays as written while the app shows the light theme it stands for here.
    let theme_matches = match workspace.view.theme {
        Theme::Dark => view.dark,
        Theme::Light | Theme::System => !view.dark,
    };
    if !theme_matches {
        workspace.view.theme = if view.dark { Theme::Dark } else { Theme::Light };
    }
    workspace.view.font_size = view.text_size;
    workspace
}

/// Puts a loaded workspace into the app (after its corpus folder has loaded).
pub fn apply_workspace(app: &mut MarsadApp, mut workspace: Workspace) {
    app.replace_corrections(workspace.core_corrections());
    let view = &mut app.view;
    view.search_text.clone_from(&workspace.filters.search);
    view.timeline_rtl = workspace.timeline.rtl_axis;
    view.language = match workspace.view.language {
        SavedLanguage::En => Language::English,
        SavedLanguage::Ar => Language::Arabic,
    };
    match workspace.view.theme {
        Theme::Dark => view.dark = true,
        Theme::Light => view.dark = false,
        Theme::System => {}
    }
    view.text_size = workspace.view.font_size.clamp(10.0, 48.0);
    view.selected_entity = workspace
        .filters
        .entities
        .iter()
        .map(|key| EntityId::from(key.as_str()))
        .find(|id| app.corpus.entities.get(id).is_some());
    let selected = workspace.selected_article.as_deref().and_then(|path| {
        app.corpus
            .articles
            .iter()
            .position(|entry| entry.analysis.path == path)
    });
    if selected.is_some() {
        view.select_article(selected);
        view.scroll_list_to_selected = true;
    }
    view.invalidate();
    app.work.articles = std::mem::take(&mut workspace.articles);
    app.work.doc = workspace;
}

/// The id notes and tags on an entity are kept under: its stable `TYPE:folded key` id.
pub fn entity_key(entity: &Entity) -> String {
    entity.id.as_str().to_owned()
}
