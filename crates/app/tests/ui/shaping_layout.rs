//! Headless layout tests of the cosmic-text bridge (issue 3, "Done means"): visual order
//! of mixed Arabic/Latin/digit text, highlight rectangles against glyph boxes, Arabic
//! joining, visible controls, truncation and the caches. No window, no GPU: the engine
//! lays text out and the tests read the geometry.

use std::ops::Range;
use std::sync::Arc;

use marsad::shaping::{
    Direction, EngineOptions, Fit, GlyphBox, Layout, LayoutJob, TextEngine, TextStyle,
};

const LINE: &str = "بدأت القوات (CENTCOM) بالوصول يوم 21 مايو 2021";
const EPS: f32 = 0.01;

fn job(text: &str, fit: Fit, ppp: f32) -> LayoutJob<'_> {
    LayoutJob {
        text,
        style: TextStyle {
            size: 20.0,
            ..TextStyle::default()
        },
        fit,
        pixels_per_point: ppp,
    }
}

fn lay_out(engine: &mut TextEngine, text: &str, fit: Fit, ppp: f32) -> Arc<Layout> {
    engine.layout(&job(text, fit, ppp))
}

/// Byte range of the `n`th occurrence of `word` in `text`.
fn span(text: &str, word: &str, n: usize) -> Range<usize> {
    let Some((start, _)) = text.match_indices(word).nth(n) else {
        panic!("{word:?} #{n} not in {text:?}");
    };
    start..start + word.len()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

/// Horizontal extent (min x, max x) of the glyphs standing for `range`.
fn extent(glyphs: &[GlyphBox], range: &Range<usize>) -> (f32, f32) {
    let mut found = glyphs
        .iter()
        .filter(|g| overlaps(&g.range, range))
        .peekable();
    assert!(found.peek().is_some(), "no glyphs for {range:?}");
    found.fold((f32::MAX, f32::MIN), |(lo, hi), g| {
        (lo.min(g.rect.left()), hi.max(g.rect.right()))
    })
}

#[test]
fn mixed_line_reads_right_to_left_with_ltr_islands() {
    // Logical order; every word must sit entirely to the left of the one before it.
    let words: &[(&str, usize)] = &[
        ("بدأت", 0),
        ("القوات", 0),
        ("CENTCOM", 0),
        ("بالوصول", 0),
        ("يوم", 0),
        ("21", 0),
        ("مايو", 0),
        ("2021", 0),
    ];
    for ppp in [1.0, 1.5, 2.0] {
        let mut engine = TextEngine::new();
        let layout = lay_out(&mut engine, LINE, Fit::Wrap(2000.0), ppp);
        assert!(layout.is_rtl());
        assert_eq!(layout.line_count(), 1);
        let glyphs = layout.glyph_boxes();
        let extents: Vec<(f32, f32)> = words
            .iter()
            .map(|&(w, n)| extent(&glyphs, &span(LINE, w, n)))
            .collect();
        for (pair, names) in extents.windows(2).zip(words.windows(2)) {
            let (earlier, later) = (pair[0], pair[1]);
            assert!(
                later.1 <= earlier.0 + EPS,
                "ppp {ppp}: {:?} (x {:?}) should be left of {:?} (x {:?})",
                names[1].0,
                later,
                names[0].0,
                earlier
            );
        }
        // A right-to-left paragraph is flush right: the first word touches the right edge.
        assert!(
            (extents[0].1 - layout.size().x).abs() < 1.0,
            "ppp {ppp}: {:?}",
            extents[0]
        );
    }
}

#[test]
fn latin_letters_and_digits_keep_left_to_right_order_inside_arabic() {
    let mut engine = TextEngine::new();
    let layout = lay_out(&mut engine, LINE, Fit::Wrap(2000.0), 1.0);
    let glyphs = layout.glyph_boxes();
    for (word, n) in [("CENTCOM", 0), ("2021", 0), ("21", 0)] {
        let word_span = span(LINE, word, n);
        let xs: Vec<f32> = word_span
            .clone()
            .map(|i| extent(&glyphs, &(i..i + 1)).0)
            .collect();
        assert!(
            xs.windows(2).all(|p| p[0] < p[1]),
            "{word}: letter x positions {xs:?} should increase left to right"
        );
        assert!(
            glyphs
                .iter()
                .filter(|g| overlaps(&g.range, &word_span))
                .all(|g| !g.rtl)
        );
    }
}

#[test]
fn highlight_rect_covers_exactly_the_entity_glyphs() {
    let spans: &[(&str, usize)] = &[
        ("القوات", 0),
        ("CENTCOM", 0),
        ("بالوصول", 0),
        ("بدأت", 0),
        ("21 مايو 2021", 0),
    ];
    for ppp in [1.0, 2.0] {
        let mut engine = TextEngine::new();
        let layout = lay_out(&mut engine, LINE, Fit::Wrap(2000.0), ppp);
        let glyphs = layout.glyph_boxes();
        for &(entity, n) in spans {
            let entity_span = span(LINE, entity, n);
            let rects = layout.highlight_rects(entity_span.clone());
            assert_eq!(rects.len(), 1, "{entity}: {rects:?}");
            let rect = rects[0];
            let (lo, hi) = extent(&glyphs, &entity_span);
            assert!(
                (rect.left() - lo).abs() < EPS && (rect.right() - hi).abs() < EPS,
                "{entity}: rect {rect:?} vs glyphs {lo}..{hi}"
            );
            for g in glyphs.iter().filter(|g| !overlaps(&g.range, &entity_span)) {
                let inter = rect.intersect(g.rect);
                assert!(
                    inter.width() <= EPS || inter.height() <= EPS,
                    "{entity}: glyph {:?} ({:?}) intrudes into {rect:?}",
                    &LINE[g.range.clone()],
                    g.rect
                );
            }
        }
    }
}

#[test]
fn wrapped_arabic_lines_are_flush_right_and_start_with_the_first_word() {
    let mut engine = TextEngine::new();
    let width = 190.0;
    let layout = lay_out(&mut engine, LINE, Fit::Wrap(width), 1.0);
    assert!(layout.line_count() >= 2, "{} lines", layout.line_count());
    let glyphs = layout.glyph_boxes();
    let first = extent(&glyphs, &span(LINE, "بدأت", 0));
    assert!((first.1 - width).abs() < 1.0, "first word at {first:?}");
    let last = glyphs
        .iter()
        .filter(|g| g.range.end == LINE.len())
        .map(|g| g.rect.top());
    let top_of_first = glyphs.iter().map(|g| g.rect.top()).fold(f32::MAX, f32::min);
    assert!(
        last.into_iter().all(|y| y > top_of_first),
        "2021 should be on a later line"
    );
    assert!(glyphs.iter().all(|g| g.rect.right() <= width + EPS));
}

/// Glyph id of the character at `byte` in a layout of `text`.
fn glyph_id_at(glyphs: &[GlyphBox], byte: usize) -> u16 {
    let Some(g) = glyphs.iter().find(|g| g.range.contains(&byte)) else {
        panic!("no glyph at byte {byte}");
    };
    g.glyph_id
}

#[test]
fn arabic_letters_join_into_contextual_forms() {
    let mut engine = TextEngine::new();
    let word = "بدأت";
    let layout = lay_out(&mut engine, word, Fit::SingleLine, 1.0);
    let glyphs = layout.glyph_boxes();
    assert!(
        glyphs.len() <= word.chars().count(),
        "{} glyphs",
        glyphs.len()
    );
    // ب joins its left neighbour (initial form) and د takes the final form; أ and ت
    // follow a letter that never joins forward, so they keep their isolated shapes.
    let expected_joined = [true, true, false, false];
    for ((byte, letter), joined) in word.char_indices().zip(expected_joined) {
        let alone = lay_out(&mut engine, &letter.to_string(), Fit::SingleLine, 1.0);
        let isolated = glyph_id_at(&alone.glyph_boxes(), 0);
        let in_word = glyph_id_at(&glyphs, byte);
        assert_eq!(
            in_word != isolated,
            joined,
            "{letter}: in word {in_word}, alone {isolated}"
        );
    }
}

#[test]
fn visible_controls_keep_entity_offsets() {
    let text = "قالت \u{202E}CENTCOM\u{202C} أمس";
    let mut engine = TextEngine::new();
    let mut shown = job(text, Fit::Wrap(2000.0), 1.0);
    shown.style.show_controls = true;
    let layout = engine.layout(&shown);
    assert!(layout.display_text().contains("‹RLO›") && layout.display_text().contains("‹PDF›"));
    let entity = span(text, "CENTCOM", 0);
    let glyphs = layout.glyph_boxes();
    let (lo, hi) = extent(&glyphs, &entity);
    let rects = layout.highlight_rects(entity.clone());
    assert_eq!(rects.len(), 1, "{rects:?}");
    assert!((rects[0].left() - lo).abs() < EPS && (rects[0].right() - hi).abs() < EPS);
    // Shown as marks, the override no longer reverses the word: C is left of M.
    let c = extent(&glyphs, &(entity.start..entity.start + 1));
    let m = extent(&glyphs, &(entity.end - 1..entity.end));
    assert!(c.0 < m.0);
    // Without marks the override is in force and the letters run right to left.
    let hidden = engine.layout(&job(text, Fit::Wrap(2000.0), 1.0));
    let glyphs = hidden.glyph_boxes();
    let c = extent(&glyphs, &(entity.start..entity.start + 1));
    let m = extent(&glyphs, &(entity.end - 1..entity.end));
    assert!(c.0 > m.0, "RLO should reverse CENTCOM");
}

#[test]
fn forced_rtl_direction_puts_a_leading_latin_word_on_the_right() {
    let text = "CNN: قال المتحدث";
    let mut engine = TextEngine::new();
    let auto = engine.layout(&job(text, Fit::Wrap(600.0), 1.0));
    assert!(!auto.is_rtl());
    let mut forced = job(text, Fit::Wrap(600.0), 1.0);
    forced.style.direction = Direction::Rtl;
    let layout = engine.layout(&forced);
    let glyphs = layout.glyph_boxes();
    let cnn = extent(&glyphs, &span(text, "CNN", 0));
    let said = extent(&glyphs, &span(text, "قال", 0));
    assert!(
        cnn.0 > said.1,
        "CNN {cnn:?} should be right of قال {said:?}"
    );
}

#[test]
fn truncation_cuts_by_cluster_and_fits_the_width() {
    let mut engine = TextEngine::new();
    let name = "الهيئة العامة للاستعلامات والتنسيق الإقليمي";
    let full = lay_out(&mut engine, name, Fit::SingleLine, 1.0);
    assert!(!full.is_truncated());
    let limit = full.size().x / 2.0;
    let cut = lay_out(&mut engine, name, Fit::Truncate(limit), 1.0);
    assert!(cut.is_truncated());
    assert!(cut.size().x <= limit + EPS, "{} > {limit}", cut.size().x);
    let glyphs = cut.glyph_boxes();
    assert!(
        glyphs.iter().any(|g| g.range.start == 0),
        "the start of the name stays"
    );
    let short = lay_out(&mut engine, "مصر", Fit::Truncate(limit), 1.0);
    assert!(!short.is_truncated());
}

#[test]
fn hit_testing_maps_points_to_original_bytes() {
    let mut engine = TextEngine::new();
    let layout = lay_out(&mut engine, LINE, Fit::Wrap(2000.0), 2.0);
    let glyphs = layout.glyph_boxes();
    for word in ["القوات", "CENTCOM", "مايو"] {
        let word_span = span(LINE, word, 0);
        let (lo, hi) = extent(&glyphs, &word_span);
        let y = glyphs[0].rect.center().y;
        let hit = layout.byte_at(egui::pos2(f32::midpoint(lo, hi), y));
        assert!(
            hit.is_some_and(|b| word_span.contains(&b)),
            "{word}: {hit:?}"
        );
    }
    assert_eq!(layout.byte_at(egui::pos2(-5.0, 5.0)), None);
}

#[test]
fn layouts_are_cached_and_the_cache_is_bounded() {
    let mut engine = TextEngine::with_options(EngineOptions {
        max_layouts: 8,
        ..EngineOptions::default()
    });
    let a = lay_out(&mut engine, LINE, Fit::Wrap(300.0), 1.0);
    let b = lay_out(&mut engine, LINE, Fit::Wrap(300.0), 1.0);
    assert!(Arc::ptr_eq(&a, &b), "same job, same layout");
    let c = lay_out(&mut engine, LINE, Fit::Wrap(301.0), 1.0);
    assert!(!Arc::ptr_eq(&a, &c), "a new width is a new layout");
    for i in 0..100 {
        lay_out(
            &mut engine,
            &format!("الخبر رقم {i}"),
            Fit::Wrap(300.0),
            1.0,
        );
    }
    assert!(
        engine.cached_layouts() <= 8,
        "{} layouts cached",
        engine.cached_layouts()
    );
}

#[test]
fn rasterized_text_has_ink_inside_the_padded_canvas_only() {
    let mut engine = TextEngine::new();
    for (text, size) in [(LINE, 20.0), ("إِنَّ الْقُوَّاتِ", 28.0), ("CENTCOM", 14.0)]
    {
        let mut job = job(text, Fit::Wrap(600.0), 2.0);
        job.style.size = size;
        let strips = engine.rasterize(&job, 2048);
        let mut ink = 0;
        for (image, _) in &strips {
            let [w, h] = image.size;
            ink += image.pixels.iter().filter(|p| p.a() > 0).count();
            let border = (0..w)
                .flat_map(|x| [(x, 0), (x, h - 1)])
                .chain((0..h).flat_map(|y| [(0, y), (w - 1, y)]));
            for (x, y) in border {
                assert_eq!(
                    image.pixels[y * w + x].a(),
                    0,
                    "{text}: ink clipped at ({x}, {y})"
                );
            }
        }
        assert!(ink > 100, "{text}: only {ink} inked pixels");
    }
}

mod widgets {
    //! The widgets in a headless egui (kittest, no rendering): accessibility labels,
    //! clicks, double-click word selection, drag selection and copy.

    use std::ops::Range;

    use egui::{Event, Modifiers, OutputCommand, PointerButton, Pos2, Rect, pos2};
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;
    use marsad::shaping::{
        Fit, LayoutJob, RichText, TextEngine, TextStyle, label_ui, rich_text_ui,
    };

    use super::{LINE, extent, span};

    struct State {
        engine: TextEngine,
        rect: Rect,
        clicked: Option<usize>,
        selection: Option<Range<usize>>,
    }

    fn harness() -> Harness<'static, State> {
        // Short steps so two clicks in consecutive frames count as a double-click.
        Harness::builder().with_step_dt(0.05).build_ui_state(
            |ui, state: &mut State| {
                let rich = RichText {
                    size: 20.0,
                    ..RichText::new(LINE)
                };
                let response = rich_text_ui(ui, &mut state.engine, &rich);
                state.rect = response.response.rect;
                state.clicked = response.clicked_byte.or(state.clicked);
                state.selection = response.selection;
                label_ui(
                    ui,
                    &mut state.engine,
                    "وزارة الخارجية",
                    14.0,
                    egui::Color32::GRAY,
                );
            },
            State {
                engine: TextEngine::new(),
                rect: Rect::NOTHING,
                clicked: None,
                selection: None,
            },
        )
    }

    /// Screen position inside the word: `at` 0.0 is its left edge, 1.0 its right edge.
    fn point_in(harness: &mut Harness<'_, State>, word: &str, at: f32) -> Pos2 {
        let rect = harness.state().rect;
        let job = LayoutJob {
            text: LINE,
            style: TextStyle {
                size: 20.0,
                ..TextStyle::default()
            },
            fit: Fit::Wrap(rect.width()),
            pixels_per_point: 1.0,
        };
        let layout = harness.state_mut().engine.layout(&job);
        let glyphs = layout.glyph_boxes();
        let (lo, hi) = extent(&glyphs, &span(LINE, word, 0));
        let y = glyphs[0].rect.center().y;
        rect.min + pos2(lo + (hi - lo) * at, y).to_vec2()
    }

    fn press(harness: &Harness<'_, State>, pos: Pos2, pressed: bool) {
        harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }

    #[test]
    fn texts_are_visible_to_accessibility_queries() {
        let mut harness = harness();
        harness.run();
        assert!(harness.query_by_label(LINE).is_some());
        assert!(harness.query_by_label("وزارة الخارجية").is_some());
    }

    #[test]
    fn click_reports_the_byte_under_the_pointer() {
        let mut harness = harness();
        harness.run();
        let p = point_in(&mut harness, "CENTCOM", 0.5);
        harness.hover_at(p);
        press(&harness, p, true);
        press(&harness, p, false);
        harness.run();
        let clicked = harness.state().clicked;
        assert!(
            clicked.is_some_and(|b| span(LINE, "CENTCOM", 0).contains(&b)),
            "{clicked:?}"
        );
    }

    #[test]
    fn double_click_selects_the_word() {
        let mut harness = harness();
        harness.run();
        let p = point_in(&mut harness, "بالوصول", 0.3);
        harness.hover_at(p);
        for _ in 0..2 {
            press(&harness, p, true);
            harness.step();
            press(&harness, p, false);
            harness.step();
        }
        harness.run();
        assert_eq!(harness.state().selection, Some(span(LINE, "بالوصول", 0)));
    }

    #[test]
    fn drag_selects_across_scripts_and_copy_copies_it() {
        let mut harness = harness();
        harness.run();
        // From the right edge of القوات (its first letter) to the left edge of بالوصول
        // (its last letter), dragging leftwards as an Arabic reader does.
        let from = point_in(&mut harness, "القوات", 0.95);
        let to = point_in(&mut harness, "بالوصول", 0.05);
        harness.hover_at(from);
        press(&harness, from, true);
        harness.run();
        harness.hover_at(to);
        harness.run();
        press(&harness, to, false);
        harness.run();
        let expected = "القوات (CENTCOM) بالوصول";
        let selected = harness.state().selection.clone();
        assert_eq!(selected.map(|r| &LINE[r]), Some(expected));
        harness.event(Event::Copy);
        harness.step();
        let copied = harness
            .output()
            .platform_output
            .commands
            .iter()
            .any(|c| matches!(c, OutputCommand::CopyText(text) if text == expected));
        assert!(copied, "{:?}", harness.output().platform_output.commands);
    }
}
