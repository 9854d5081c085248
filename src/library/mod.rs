//! The library: documents read together. Pure: nothing here touches the terminal or reads files.

pub mod disputes;
