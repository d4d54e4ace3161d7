//! Frame cost of the real app, headless: `MarsadApp::show` run by an `egui::Context`
//! and tessellated, exactly as eframe does before handing triangles to the GPU.
//!
//! It opens a folder the way the analyst does (background loading), records how
//! long until the first articles are listed and what frames cost while the rest
//! loads, then measures frames over the loaded folder: idle with an article open,
//! scrolling the list, stepping through articles, searching, selecting an entity,
//! opening the Sources view and selecting a source. Frame cost is the UI thread's CPU time (`CLOCK_THREAD_CPUTIME_ID`), so
//! the loader threads working beside it do not count against the frame.
//!
//! ```sh
//! MARSAD_BENCH_CORPUS=target/bench-corpora/20000 cargo bench -p marsad --bench frame
//! ```
//! Without `MARSAD_BENCH_CORPUS` it runs on the bundled sample corpus.

#![allow(unsafe_code)] // One call to clock_gettime for the thread's CPU time.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers, MouseWheelSource, MouseWheelUnit, Pos2, RawInput, Rect, Vec2};
use marsad::{AppOptions, MarsadApp};

/// The window the frames are laid out for: a laptop screen.
const WINDOW: Vec2 = Vec2::new(1440.0, 900.0);
/// The budget the issue sets for one frame's CPU time.
const BUDGET_MS: f64 = 16.0;

/// CPU time this thread has used.
fn thread_cpu_time() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable timespec and the clock id is a constant
    // the kernel knows; clock_gettime writes nothing else.
    let rc = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &raw mut ts) };
    if rc != 0 {
        return Duration::ZERO;
    }
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The app in a headless egui context.
struct Window {
    ctx: egui::Context,
    app: MarsadApp,
    started: Instant,
}

impl Window {
    fn new(folder: PathBuf) -> Self {
        let app = MarsadApp::with_options(AppOptions {
            folder: Some(folder),
            load_synchronously: false,
            remember_recent: false,
            ..AppOptions::default()
        });
        Self {
            ctx: egui::Context::default(),
            app,
            started: Instant::now(),
        }
    }

    /// Runs one frame with `events`; returns its CPU time on this thread.
    fn frame(&mut self, events: Vec<Event>) -> Duration {
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, WINDOW)),
            time: Some(self.started.elapsed().as_secs_f64()),
            predicted_dt: 1.0 / 60.0,
            events,
            ..RawInput::default()
        };
        let before = thread_cpu_time();
        let mut output = self.ctx.run_ui(input, |ui| self.app.show(ui));
        // A real window uploads these to the GPU; that is not the frame's CPU work.
        output.textures_delta.clear();
        let triangles = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        std::hint::black_box(triangles);
        thread_cpu_time().saturating_sub(before)
    }

    fn frames(&mut self, count: usize, mut events: impl FnMut(usize) -> Vec<Event>) -> Stats {
        Stats::of(
            &(0..count)
                .map(|i| self.frame(events(i)))
                .collect::<Vec<_>>(),
        )
    }
}

/// Frame times of one scenario.
struct Stats {
    millis: Vec<f64>,
}

impl Stats {
    fn of(durations: &[Duration]) -> Self {
        let mut millis: Vec<f64> = durations.iter().map(|d| d.as_secs_f64() * 1e3).collect();
        millis.sort_by(f64::total_cmp);
        Self { millis }
    }

    fn quantile(&self, q: f64) -> f64 {
        let last = self.millis.len().saturating_sub(1);
        self.millis
            .get(((last as f64) * q).round() as usize)
            .copied()
            .unwrap_or(0.0)
    }

    fn mean(&self) -> f64 {
        self.millis.iter().sum::<f64>() / self.millis.len().max(1) as f64
    }

    fn print(&self, name: &str) {
        let over = self.millis.iter().filter(|&&m| m > BUDGET_MS).count();
        println!(
            "{name:<34} frames {:>5}  mean {:>7.2} ms  p50 {:>7.2}  p95 {:>7.2}  max {:>7.2}  over {BUDGET_MS} ms: {over}",
            self.millis.len(),
            self.mean(),
            self.quantile(0.5),
            self.quantile(0.95),
            self.quantile(1.0),
        );
    }
}

fn key(key: Key) -> Vec<Event> {
    [true, false]
        .into_iter()
        .map(|pressed| Event::Key {
            key,
            physical_key: None,
            pressed,
            repeat: false,
            modifiers: Modifiers::NONE,
        })
        .collect()
}

fn wheel_at(pos: Pos2, dy: f32) -> Vec<Event> {
    vec![
        Event::PointerMoved(pos),
        Event::MouseWheel {
            unit: MouseWheelUnit::Point,
            delta: Vec2::new(0.0, dy),
            phase: egui::TouchPhase::Move,
            source: MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        },
    ]
}

fn main() {
    // `cargo bench` passes `--bench`; a filter argument means "not this bench".
    if std::env::args().skip(1).any(|a| !a.starts_with('-')) {
        return;
    }
    let folder = std::env::var_os("MARSAD_BENCH_CORPUS")
        .map_or_else(marsad::sample_corpus_dir, PathBuf::from);
    println!("frame bench on {}", folder.display());
    let mut window = Window::new(folder);

    // Loading: frames at 60 Hz while the loader works, as the real window repaints.
    let opened = Instant::now();
    let mut first_listed = None;
    let mut loading = Vec::new();
    loop {
        loading.push(window.frame(Vec::new()));
        if first_listed.is_none() && !window.app.derived.list.value.visible.is_empty() {
            first_listed = Some(opened.elapsed());
        }
        if !window.app.is_loading() && loading.len() > 1 {
            break;
        }
        std::thread::sleep(Duration::from_millis(16));
    }
    let loaded = opened.elapsed();
    // The frame after the last message applies what loading finished.
    let settle = window.frames(3, |_| Vec::new());

    let articles = window.app.model.corpus.articles.len();
    let events: usize = window
        .app
        .model
        .corpus
        .articles
        .iter()
        .map(|a| a.analysis.events.len())
        .sum();
    let entities = window.app.model.corpus.entities.list().len();
    let bytes: usize = window
        .app
        .model
        .corpus
        .articles
        .iter()
        .map(|a| a.analysis.text.len())
        .sum();
    println!(
        "articles {articles}  text {:.1} MB  entities {entities}  events {events}",
        bytes as f64 / 1e6
    );
    match first_listed {
        Some(t) => println!(
            "first articles listed after {:.0} ms",
            t.as_secs_f64() * 1e3
        ),
        None => println!("no article was listed"),
    }
    println!(
        "folder loaded after {:.1} s ({} frames drawn meanwhile)",
        loaded.as_secs_f64(),
        loading.len()
    );
    Stats::of(&loading).print("while loading");
    settle.print("first frames after loading");

    window.frames(5, |_| Vec::new());
    window
        .frames(60, |_| Vec::new())
        .print("idle, article open");
    let list = Pos2::new(170.0, 400.0);
    window
        .frames(120, |i| wheel_at(list, if i < 60 { -240.0 } else { 240.0 }))
        .print("scrolling the article list");
    window
        .frames(60, |i| {
            key(if i < 30 { Key::ArrowDown } else { Key::ArrowUp })
        })
        .print("next/previous article");
    let article = Pos2::new(WINDOW.x / 2.0, 300.0);
    window
        .frames(60, |i| {
            wheel_at(article, if i < 30 { -300.0 } else { 300.0 })
        })
        .print("scrolling the article");

    "بالولايات".clone_into(&mut window.app.model.settings.filters.search);
    let search = window.frames(1, |_| Vec::new());
    search.print("search typed (list refilters)");
    window
        .frames(30, |_| Vec::new())
        .print("idle with a search");
    window.app.model.settings.filters.search.clear();
    window.frames(2, |_| Vec::new());

    if let Some(busiest) = window
        .app
        .model
        .corpus
        .entities
        .list()
        .iter()
        .max_by_key(|e| e.mention_count)
        .map(|e| e.id.clone())
    {
        window.app.model.settings.filters.entity = Some(busiest);
        window
            .frames(1, |_| Vec::new())
            .print("busiest entity selected (refilter)");
        window
            .frames(30, |_| Vec::new())
            .print("idle with an entity filter");
        window.app.model.settings.filters.entity = None;
        window.frames(2, |_| Vec::new());
    }
    sources_frames(&mut window);
}

/// The Sources view opened (every attribution counted), then its busiest source
/// selected (the list refiltered, its statements gathered).
fn sources_frames(window: &mut Window) {
    let started = thread_cpu_time();
    let sources = marsad::derived::sources::compute(&window.app.model);
    println!(
        "sources counted alone: {:.2} ms ({} statements)",
        thread_cpu_time().saturating_sub(started).as_secs_f64() * 1e3,
        sources.statements
    );
    window.app.panels.side = marsad::ui::sources::SideView::Sources;
    window
        .frames(1, |_| Vec::new())
        .print("Sources view opened");
    window
        .frames(30, |_| Vec::new())
        .print("idle with the Sources view");
    let busiest = window
        .app
        .derived
        .sources
        .value
        .groups
        .iter()
        .flat_map(|(_, rows)| rows)
        .max_by_key(|row| row.statements)
        .map(|row| row.key.clone());
    if let Some(key) = busiest {
        let started = thread_cpu_time();
        let detail = marsad::derived::statements::compute(&window.app.model.corpus, &key);
        println!(
            "statements gathered alone: {:.2} ms ({} statements)",
            thread_cpu_time().saturating_sub(started).as_secs_f64() * 1e3,
            detail.statement_count
        );
        window.app.model.source = Some(key);
        window
            .frames(1, |_| Vec::new())
            .print("busiest source selected (refilter)");
        window
            .frames(30, |_| Vec::new())
            .print("idle with a source filter");
    }
}
