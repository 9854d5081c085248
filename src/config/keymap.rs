//! Key bindings: defaults embedded from `keys.toml`, patched by the user's `[keys]` table.
//! One key bound to two actions is an error, never a silent override.

use super::key::Key;
use crate::app::Action;
use std::collections::HashMap;

const DEFAULT_KEYS: &str = include_str!("keys.toml");

/// A problem in a key binding table.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum KeymapError {
    #[error("keys: invalid TOML: {0}")]
    Toml(String),
    #[error("keys: `{0}` is not an action (see `?` in brief for the list)")]
    UnknownAction(String),
    #[error("keys: `{action}` must be a list of key names, e.g. {action} = [\"j\", \"down\"]")]
    NotAList { action: String },
    #[error("keys: `{key}` (for `{action}`) is not a key name")]
    UnknownKey { action: String, key: String },
    #[error("keys: `{key}` is bound to both `{first}` and `{second}`; unbind it from one")]
    Conflict {
        key: String,
        first: String,
        second: String,
    },
}

/// The bindings: for each bindable action, its keys.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: Vec<(Action, Vec<Key>)>,
    lookup: HashMap<Key, Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        let table: toml::Table = DEFAULT_KEYS.parse().unwrap_or_default();
        let mut map = Keymap {
            bindings: Action::BINDABLE
                .iter()
                .map(|a| (a.clone(), Vec::new()))
                .collect(),
            lookup: HashMap::new(),
        };
        // The embedded table is tested to apply cleanly; a failure would leave keys unbound.
        let _ = map.patch(&table);
        map
    }
}

impl Keymap {
    /// Parse a `[keys]` table given as TOML text and apply it over the defaults.
    pub fn with_patch_str(text: &str) -> Result<Keymap, KeymapError> {
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| KeymapError::Toml(e.message().to_string()))?;
        let mut map = Keymap::default();
        map.patch(&table)?;
        Ok(map)
    }

    /// Replace the keys of every action named in `patch` (`action = ["key", ...]`); on error
    /// the keymap is unchanged.
    pub fn patch(&mut self, patch: &toml::Table) -> Result<(), KeymapError> {
        let mut bindings = self.bindings.clone();
        for (name, value) in patch {
            let action: Action = toml::Value::String(name.clone())
                .try_into()
                .ok()
                .filter(|a| Action::BINDABLE.contains(a))
                .ok_or_else(|| KeymapError::UnknownAction(name.clone()))?;
            let list = value.as_array().ok_or_else(|| KeymapError::NotAList {
                action: name.clone(),
            })?;
            let mut keys = Vec::new();
            for item in list {
                let text = item.as_str().unwrap_or_default();
                let key = Key::parse(text).ok_or_else(|| KeymapError::UnknownKey {
                    action: name.clone(),
                    key: text.to_string(),
                })?;
                keys.push(key);
            }
            if let Some(slot) = bindings.iter_mut().find(|(a, _)| *a == action) {
                slot.1 = keys;
            }
        }
        let mut lookup = HashMap::new();
        for (action, keys) in &bindings {
            for key in keys {
                if let Some(first) = lookup.insert(*key, action.clone()) {
                    return Err(KeymapError::Conflict {
                        key: key.to_string(),
                        first: action_name(&first),
                        second: action_name(action),
                    });
                }
            }
        }
        self.bindings = bindings;
        self.lookup = lookup;
        Ok(())
    }

    /// The action bound to `key`, if any.
    pub fn action(&self, key: Key) -> Option<Action> {
        self.lookup.get(&key).cloned()
    }

    /// Every action with its keys, in help order.
    pub fn bindings(&self) -> &[(Action, Vec<Key>)] {
        &self.bindings
    }

    /// The rows of a key list: each bound action's keys (", "-joined) and what it does, in
    /// help order. The help popup and `brief --help` both show these.
    pub fn help_rows(&self) -> Vec<(String, &'static str)> {
        self.bindings
            .iter()
            .filter(|(_, keys)| !keys.is_empty())
            .map(|(action, keys)| {
                let names: Vec<String> = keys.iter().map(ToString::to_string).collect();
                (names.join(", "), action.describe())
            })
            .collect()
    }

    /// The first key bound to `action`, as shown in hints ("?" for help).
    pub fn key_for(&self, action: &Action) -> Option<Key> {
        self.bindings
            .iter()
            .find(|(a, _)| a == action)
            .and_then(|(_, keys)| keys.first().copied())
    }
}

/// The snake_case name of an action, as written in keys.toml.
pub fn action_name(action: &Action) -> String {
    toml::Value::try_from(action)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_else(|| format!("{action:?}"))
}
