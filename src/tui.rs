//! Terminal setup/restore, event loop and signals.
