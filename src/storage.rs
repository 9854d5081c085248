//! The only module that touches the config directory.
