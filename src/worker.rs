//! The background worker: a pool of `std::thread::available_parallelism()` threads that runs
//! the jobs the event loop must not wait for (the shown document's extraction, the library's
//! indexing), highest priority first, and hands their results back through [`Worker::drain`].
//!
//! A job is a closure returning a [`Done`]; after each finished job the pool calls the
//! [`Notify`] it was started with, which wakes the event loop, whose tick drains the results
//! and applies them to the app. Nothing here touches the terminal or the file system.

use std::collections::VecDeque;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread;

/// Wakes the event loop from another thread; the loop then calls its tick (which drains results).
pub use crate::tui::Notify;

/// A queued job: runs on a pool thread and returns its result.
pub type Job = Box<dyn FnOnce() -> Done + Send + 'static>;

/// Which queue a job goes to.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Priority {
    /// What the reader is waiting for (the shown document): runs before any queued
    /// `Background` job.
    Now,
    /// Work ahead of need (indexing a library): runs when no `Now` job is queued.
    Background,
}

/// A finished job. Each user of the worker adds its variant(s); the app applies them in its
/// tick.
#[derive(Debug)]
pub enum Done {
    /// The extraction of an open document.
    Extracted {
        /// Content hash of the analysed body ([`crate::document::DocId`]): the result is
        /// applied to the open document with this id, whatever its index is by then.
        doc: crate::document::DocId,
        /// The extraction with the panes' order and rows made from it; `Err` holds the panic
        /// message when the extraction panicked.
        analysed: Result<crate::app::Analysed, String>,
    },
    /// A chunk of library files indexed (identity, metadata, actors); see
    /// [`crate::library::loader`].
    Indexed(Vec<crate::library::index::Indexed>),
    /// The whole wrap of a big document at one width (its first screen was wrapped at once).
    Wrapped {
        /// Content hash of the wrapped body.
        doc: crate::document::DocId,
        wrap: crate::app::wrap::Wrap,
    },
    /// A job that found its result no longer wanted (a wrap for a width left since).
    Nothing,
    /// A job panicked without producing its result; the message of the panic.
    Panicked(String),
}

/// The pool. Dropping it stops the threads without waiting for queued jobs (a job already
/// running finishes on its detached thread and its result is dropped).
pub struct Worker {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("pending", &self.pending())
            .finish()
    }
}

struct Shared {
    queue: Mutex<Queue>,
    /// Signalled when a job is queued or the pool stops.
    wake: Condvar,
    done: Mutex<Vec<Done>>,
    notify: Notify,
}

#[derive(Default)]
struct Queue {
    now: VecDeque<Job>,
    background: VecDeque<Job>,
    running: usize,
    stop: bool,
}

/// A poisoned lock only means a thread panicked while holding it; the queue and results are
/// plain data and stay usable.
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "panic".to_string())
}

impl Worker {
    /// Start the pool with one thread per available core (at least one); `notify` is called
    /// from a pool thread after each finished job.
    pub fn new(notify: Notify) -> Worker {
        let threads = thread::available_parallelism().map_or(1, usize::from);
        Worker::with_threads(threads, notify)
    }

    /// Start the pool with `threads` threads (at least one).
    pub fn with_threads(threads: usize, notify: Notify) -> Worker {
        let shared = Arc::new(Shared {
            queue: Mutex::new(Queue::default()),
            wake: Condvar::new(),
            done: Mutex::new(Vec::new()),
            notify,
        });
        for n in 0..threads.max(1) {
            let shared = Arc::clone(&shared);
            // A thread that cannot be spawned only makes the pool smaller; with none at all,
            // jobs stay queued (and `pending` says so).
            let _ = thread::Builder::new()
                .name(format!("brief-worker-{n}"))
                .spawn(move || run(&shared));
        }
        Worker { shared }
    }

    /// Queue a job; `Priority::Now` jobs run before any queued `Background` job, each queue
    /// in submission order.
    pub fn submit(&self, priority: Priority, job: Job) {
        let mut q = lock(&self.shared.queue);
        match priority {
            Priority::Now => q.now.push_back(job),
            Priority::Background => q.background.push_back(job),
        }
        drop(q);
        self.shared.wake.notify_one();
    }

    /// The results finished since the last call, in the order they finished; never blocks
    /// (beyond a lock held for a push).
    pub fn drain(&self) -> Vec<Done> {
        std::mem::take(&mut *lock(&self.shared.done))
    }

    /// Jobs queued or running.
    pub fn pending(&self) -> usize {
        let q = lock(&self.shared.queue);
        q.now.len() + q.background.len() + q.running
    }

    /// The pool's notifier, for a job that reports progress and wants a redraw.
    pub fn notifier(&self) -> Notify {
        Arc::clone(&self.shared.notify)
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let mut q = lock(&self.shared.queue);
        q.stop = true;
        q.now.clear();
        q.background.clear();
        drop(q);
        self.shared.wake.notify_all();
    }
}

/// A pool thread: take the most urgent job, run it, publish its result, until stopped.
fn run(shared: &Shared) {
    loop {
        let job = {
            let mut q = lock(&shared.queue);
            loop {
                if q.stop {
                    return;
                }
                if let Some(job) = q.now.pop_front().or_else(|| q.background.pop_front()) {
                    q.running += 1;
                    break job;
                }
                q = shared.wake.wait(q).unwrap_or_else(PoisonError::into_inner);
            }
        };
        let done = catch_unwind(AssertUnwindSafe(job))
            .unwrap_or_else(|payload| Done::Panicked(panic_message(payload.as_ref())));
        let stopped = {
            let mut q = lock(&shared.queue);
            q.running -= 1;
            q.stop
        };
        if stopped {
            return;
        }
        lock(&shared.done).push(done);
        (shared.notify)();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::mpsc;
    use std::time::Duration;

    fn panicked(s: &str) -> Done {
        Done::Panicked(s.to_string())
    }

    fn text(d: &Done) -> String {
        match d {
            Done::Panicked(s) => s.clone(),
            other => format!("{other:?}"),
        }
    }

    /// Waits until `n` results arrived (through the notifier), with a generous bound.
    fn wait_for(worker: &Worker, rx: &mpsc::Receiver<()>, n: usize) -> Vec<Done> {
        let mut out = Vec::new();
        while out.len() < n {
            rx.recv_timeout(Duration::from_secs(10)).expect("a result");
            out.extend(worker.drain());
        }
        out
    }

    fn channel() -> (Notify, mpsc::Receiver<()>) {
        let (tx, rx) = mpsc::channel();
        let tx = Mutex::new(tx);
        (
            Arc::new(move || {
                let _ = lock(&tx).send(());
            }),
            rx,
        )
    }

    #[test]
    fn runs_jobs_and_notifies() {
        let (notify, rx) = channel();
        let worker = Worker::with_threads(2, notify);
        worker.submit(Priority::Now, Box::new(|| panicked("a")));
        worker.submit(Priority::Background, Box::new(|| panicked("b")));
        let mut got: Vec<String> = wait_for(&worker, &rx, 2).iter().map(text).collect();
        got.sort();
        assert_eq!(got, ["a", "b"]);
        assert_eq!(worker.pending(), 0);
        assert!(worker.drain().is_empty());
    }

    #[test]
    fn now_jobs_run_before_queued_background_ones() {
        let (notify, rx) = channel();
        let worker = Worker::with_threads(1, notify);
        // Hold the only thread so that both later jobs are queued together.
        let (go_tx, go_rx) = mpsc::channel::<()>();
        let (started_tx, started_rx) = mpsc::channel::<()>();
        worker.submit(
            Priority::Background,
            Box::new(move || {
                let _ = started_tx.send(());
                let _ = go_rx.recv_timeout(Duration::from_secs(10));
                panicked("first")
            }),
        );
        started_rx.recv_timeout(Duration::from_secs(10)).unwrap();
        worker.submit(Priority::Background, Box::new(|| panicked("background")));
        worker.submit(Priority::Now, Box::new(|| panicked("now")));
        assert_eq!(worker.pending(), 3);
        go_tx.send(()).unwrap();
        let got: Vec<String> = wait_for(&worker, &rx, 3).iter().map(text).collect();
        assert_eq!(got, ["first", "now", "background"]);
    }

    #[test]
    fn a_panicking_job_is_reported_and_the_pool_survives() {
        let (notify, rx) = channel();
        let worker = Worker::with_threads(1, notify);
        worker.submit(Priority::Now, Box::new(|| panic!("boom")));
        worker.submit(Priority::Now, Box::new(|| panicked("after")));
        let got: Vec<String> = wait_for(&worker, &rx, 2).iter().map(text).collect();
        assert_eq!(got, ["boom", "after"]);
    }

    #[test]
    fn drop_does_not_run_queued_jobs() {
        let ran = Arc::new(AtomicUsize::new(0));
        let (notify, _rx) = channel();
        let worker = Worker::with_threads(1, notify);
        let (go_tx, go_rx) = mpsc::channel::<()>();
        worker.submit(
            Priority::Now,
            Box::new(move || {
                let _ = go_rx.recv_timeout(Duration::from_secs(10));
                panicked("held")
            }),
        );
        for _ in 0..3 {
            let ran = Arc::clone(&ran);
            worker.submit(
                Priority::Background,
                Box::new(move || {
                    ran.fetch_add(1, Ordering::SeqCst);
                    panicked("queued")
                }),
            );
        }
        drop(worker);
        let _ = go_tx.send(());
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(ran.load(Ordering::SeqCst), 0);
    }
}
