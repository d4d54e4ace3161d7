//! Panics raised inside a dependency, let through the way a folder read lets them.
//!
//! `ingest::read_file` catches a reader's panic and reports the file (pdf-extract is
//! known to panic on malformed fonts and CMaps). libFuzzer's panic hook aborts on any
//! panic, caught or not, so without this every such file would stop the PDF target at
//! its first input. Only panics whose location is in a crate from the registry are let
//! through, and only while [`dependency_panics_caught`] runs; a panic in Marsad's own
//! code still reaches libFuzzer's hook and is a crash.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;

thread_local! {
    static CATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `read`; `None` when a dependency panicked inside it.
pub(crate) fn dependency_panics_caught<T>(read: impl FnOnce() -> T) -> Option<T> {
    install_hook();
    CATCHING.set(true);
    let result = panic::catch_unwind(AssertUnwindSafe(read));
    CATCHING.set(false);
    result.ok()
}

fn install_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !(CATCHING.get() && in_dependency(info)) {
                previous(info);
            }
        }));
    });
}

/// True when the panic was raised in a crate's source under Cargo's registry.
fn in_dependency(info: &PanicHookInfo<'_>) -> bool {
    info.location().is_some_and(|location| {
        location
            .file()
            .replace('\\', "/")
            .contains("cargo/registry/src/")
    })
}
