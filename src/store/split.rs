//! Functions kept in a wasm file of their own in release builds (`wasm_split`), called
//! from the main wasm: the reader ([`super::reader`]) and the writer ([`super::writer`]).
//! Each split function asks for its file on its first call and answers a task later even
//! when the file is there, so a group's `ready` waits for each of its functions once;
//! afterwards [`now`] runs them in the same task.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

/// A function of group `$group`: split into that group's file in release builds, a plain
/// `async fn` in debug builds and tests. `$loaded` waits until the function can be called
/// (the group's `ready` waits for each); `$missing` is the group's "file didn't arrive".
macro_rules! split_fn {
    ($group:ident, $missing:ident; $(#[$m:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $out:ty, $loaded:ident $body:block) => {
        #[cfg(not(debug_assertions))]
        #[leptos::wasm_split::wasm_split($group, wasm_split_path = ::leptos::wasm_split, fallible, preload($loaded))]
        $(#[$m])*
        fn $name($($arg: $ty),*) -> Result<$out, $missing> {
            Ok($body)
        }

        #[cfg(debug_assertions)]
        $(#[$m])*
        #[allow(clippy::unused_async)]
        async fn $name($($arg: $ty),*) -> Result<$out, $missing> {
            Ok($body)
        }

        #[cfg(debug_assertions)]
        #[allow(clippy::unused_async)]
        async fn $loaded() -> Result<(), $missing> {
            Ok(())
        }
    };
}
pub(crate) use split_fn;

/// Runs one of a group's functions in this task, once its `ready` has answered
/// (`loaded`); `missing` otherwise (the function is then not started at all).
pub fn now<T, E, F: Future<Output = Result<T, E>>>(
    loaded: bool,
    missing: E,
    call: impl FnOnce() -> F,
) -> Result<T, E> {
    if !loaded {
        return Err(missing);
    }
    let mut future = pin!(call());
    match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(result) => result,
        // Loaded functions answer when first asked; this is never reached.
        Poll::Pending => Err(missing),
    }
}
