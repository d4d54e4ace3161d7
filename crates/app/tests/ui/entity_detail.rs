//! Entities in the article view (marks, clicks, the context menu) and the
//! selected entity's detail pane, driven through the accessibility tree.

use crate::common::entity_corpus::{
    CENTCOM, CENTCOM_ALIAS, CENTCOM_TITLE, COMMAND_TITLE, USA, open_entity_corpus,
};
use crate::common::listed_titles;
use egui::{Event, Modifiers, PointerButton, Pos2, Role, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::MarsadApp;
use marsad_core::corpus::EntityId;

fn open() -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    // Short steps, so two clicks in consecutive frames make a double click.
    open_entity_corpus(Harness::builder().with_step_dt(0.05))
}

fn article_index(app: &MarsadApp, title: &str) -> usize {
    app.model
        .corpus
        .articles
        .iter()
        .position(|a| a.analysis.title == title)
        .expect("the article is loaded")
}

fn selected_entity_name(harness: &Harness<'_, MarsadApp>) -> Option<String> {
    let app = harness.state();
    let id = app.model.settings.filters.entity.as_ref()?;
    app.model.corpus.entities.get(id).map(|e| e.name.clone())
}

/// Opens the article titled `title` from the list.
fn open_article(harness: &mut Harness<'_, MarsadApp>, title: &str) {
    harness.get_by_role_and_label(Role::Button, title).click();
    harness.run();
}

/// A point on the first word of the open article's title. Titles are drawn
/// right to left and right-aligned, so the first word ends at the right edge.
/// (The list shows the title too, in a narrower row: the view's is the widest.)
fn first_word_of_title(harness: &Harness<'_, MarsadApp>, title: &str) -> Pos2 {
    let rect = harness
        .get_all_by_role_and_label(Role::Label, title)
        .map(|n| n.rect())
        .max_by(|a, b| a.width().total_cmp(&b.width()))
        .expect("the title is shown");
    pos2(rect.right() - 12.0, rect.top() + 16.0)
}

fn click_at(harness: &mut Harness<'_, MarsadApp>, pos: Pos2, button: PointerButton, times: usize) {
    harness.event(Event::PointerMoved(pos));
    // Earlier clicks (opening the article) age out, so they do not count towards a double click.
    harness.run_steps(10);
    for _ in 0..times {
        for pressed in [true, false] {
            harness.event(Event::PointerButton {
                pos,
                button,
                pressed,
                modifiers: Modifiers::default(),
            });
            harness.step();
        }
    }
    harness.run();
}

#[test]
fn clicking_an_alias_in_the_article_selects_the_entity_it_resolved_to() {
    let (_dir, mut harness) = open();
    open_article(&mut harness, CENTCOM_TITLE);
    // The title starts with سنتكوم, an alias of the Central Command.
    let at = first_word_of_title(&harness, CENTCOM_TITLE);
    click_at(&mut harness, at, PointerButton::Primary, 1);
    assert_eq!(selected_entity_name(&harness).as_deref(), Some(CENTCOM));
    let mut expected = vec![CENTCOM_TITLE.to_owned(), COMMAND_TITLE.to_owned()];
    expected.sort();
    assert_eq!(listed_titles(&harness), expected);
}

#[test]
fn right_clicking_a_mention_offers_the_corrections_of_its_entity() {
    let (_dir, mut harness) = open();
    open_article(&mut harness, CENTCOM_TITLE);
    let at = first_word_of_title(&harness, CENTCOM_TITLE);
    let named = |harness: &Harness<'_, MarsadApp>| {
        harness
            .query_all_by_role_and_label(Role::Label, CENTCOM)
            .count()
    };
    let before = named(&harness);
    click_at(&mut harness, at, PointerButton::Secondary, 1);
    // The menu names the entity, not the alias as written.
    assert_eq!(named(&harness), before + 1);
    harness.get_by_label("Hide").click();
    harness.run();
    let app = harness.state();
    let id = EntityId::from("ORG:القياده الوسطي الامريكيه");
    assert!(app.model.corpus.entities.get(&id).unwrap().hidden);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, CENTCOM)
            .is_none()
    );
}

#[test]
fn a_selected_word_can_be_added_as_an_entity_of_its_own() {
    let (_dir, mut harness) = open();
    open_article(&mut harness, CENTCOM_TITLE);
    let at = first_word_of_title(&harness, CENTCOM_TITLE);
    // A double click selects the word; the context menu adds it.
    click_at(&mut harness, at, PointerButton::Primary, 2);
    click_at(&mut harness, at, PointerButton::Secondary, 1);
    harness.get_by_label("Add as entity").click();
    harness.run();
    harness.get_by_label("Organization (ORG)").click();
    harness.run();
    let app = harness.state();
    let added = app
        .model
        .corpus
        .entities
        .get(&EntityId::from("ORG:سنتكوم"))
        .expect("the selected form became an entity");
    assert_eq!(added.name, CENTCOM_ALIAS);
    // Both occurrences of the form moved to it, out of the Central Command.
    assert_eq!((added.mention_count, added.article_count), (2, 1));
    let command = app
        .model
        .corpus
        .entities
        .get(&EntityId::from("ORG:القياده الوسطي الامريكيه"))
        .unwrap();
    assert_eq!(command.mention_count, 2);
    harness.get_by_role_and_label(Role::Button, CENTCOM_ALIAS);
}

#[test]
fn the_detail_pane_shows_aliases_articles_and_mentions_in_context() {
    let (_dir, mut harness) = open();
    harness.get_by_role_and_label(Role::Button, CENTCOM).click();
    harness.run();
    // Its alias, and the articles that mention it as links.
    harness.get_by_role_and_label(Role::Label, CENTCOM_ALIAS);
    harness.get_by_role_and_label(Role::Link, CENTCOM_TITLE);
    harness.get_by_role_and_label(Role::Link, COMMAND_TITLE);
    // Each mention in context; the article open in the view is another one,
    // so these lines come from the pane.
    let open = harness.state().model.selected_article;
    assert_ne!(open, Some(article_index(harness.state(), CENTCOM_TITLE)));
    harness.get_by_label_contains("أعلنت سنتكوم يوم الاثنين");
    harness.get_by_label_contains("نشرت القيادة الوسطى الأمريكية يوم الثلاثاء");
}

#[test]
fn clicking_a_co_occurring_entity_or_an_article_in_the_detail_pane_selects_it() {
    let (_dir, mut harness) = open();
    harness.get_by_role_and_label(Role::Button, USA).click();
    harness.run();
    // قبرص shares a sentence with الولايات المتحدة.
    harness.get_by_role_and_label(Role::Link, "قبرص").click();
    harness.run();
    assert_eq!(selected_entity_name(&harness).as_deref(), Some("قبرص"));
    harness
        .get_by_role_and_label(Role::Link, CENTCOM_TITLE)
        .click();
    harness.run();
    let app = harness.state();
    assert_eq!(
        app.model.selected_article,
        Some(article_index(app, CENTCOM_TITLE))
    );
}

#[test]
fn the_detail_pane_is_not_squeezed_under_a_long_entity_list() {
    let mut harness = crate::common::harness_for(&marsad::sample_corpus_dir());
    let rows = harness.state().derived.sidebar.value.rows.len();
    let name = {
        let app = harness.state();
        let first = app
            .derived
            .sidebar
            .value
            .rows
            .iter()
            .find_map(|row| match row {
                marsad::derived::sidebar::Row::Entity(id) => app.model.corpus.entities.get(id),
                marsad::derived::sidebar::Row::Group(..) => None,
            });
        first.expect("the sample corpus has entities").name.clone()
    };
    // The sidebar's row (the name may be a button elsewhere too): the rightmost one.
    let row = harness
        .get_all_by_role_and_label(Role::Button, &name)
        .max_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .expect("the entity's row");
    let sidebar = row.rect().x_range();
    row.click();
    harness.run();
    let list_top = harness
        .get_by_role_and_label(Role::CheckBox, "Likely wrong only")
        .rect()
        .bottom();
    // The detail pane's heading is the entity's name, under the name in its list row
    // and over the entity's notes.
    let pane_bottom = harness.get_by_label("Entity notes").rect().top();
    let pane_top = harness
        .get_all_by_role_and_label(Role::Label, &name)
        .map(|node| node.rect())
        .filter(|rect| sidebar.contains(rect.center().x) && rect.bottom() < pane_bottom)
        .map(|rect| rect.top())
        .fold(f32::NEG_INFINITY, f32::max);
    let (list, pane) = (pane_top - list_top, pane_bottom - pane_top);
    assert!(rows > 100, "a long list: {rows} rows");
    assert!(
        pane >= 2.0 * list,
        "the detail pane ({pane} points) under the list ({list} points)"
    );
    // The list still shows a few rows around the selected one.
    assert!(list >= 4.0 * marsad::ui::name_row::ROW_HEIGHT, "{list}");
}
