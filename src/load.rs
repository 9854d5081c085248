//! Reads documents from paths, folders and stdin.
