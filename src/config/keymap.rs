//! Key bindings by mode: defaults embedded from `keys.toml`, patched by the user's `[keys]`
//! table. A binding is a list of key sequences (`"j"`, `"ctrl-d"`, `"d d"`) per action name;
//! the app turns names into actions, so this module knows nothing of the app. One sequence
//! bound twice within a mode (or a binding that starts another) is an error, never a silent
//! override.

use super::key::Key;
use std::fmt;

const DEFAULT_KEYS: &str = include_str!("keys.toml");

/// Which keys are live: each mode has its own table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The panes (article, actors, claims).
    Reader,
    /// The bookmarks list.
    List,
    /// The help and the list of documents.
    Popup,
    /// The input line of the status bar (search, note, filter); keys not bound type.
    Input,
}

impl Mode {
    /// Every mode, in the order the help lists them.
    pub const ALL: [Mode; 4] = [Mode::Reader, Mode::List, Mode::Popup, Mode::Input];

    /// The table name in keys.toml and under `[keys.…]` in config.toml.
    pub fn name(self) -> &'static str {
        match self {
            Mode::Reader => "reader",
            Mode::List => "list",
            Mode::Popup => "popup",
            Mode::Input => "input",
        }
    }

    /// A heading for the help.
    pub fn title(self) -> &'static str {
        match self {
            Mode::Reader => "Reading",
            Mode::List => "In the bookmarks list",
            Mode::Popup => "In the help and the documents list",
            Mode::Input => "In the input line",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn named(name: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.name() == name)
    }
}

/// One or more keys pressed in a row (`d d`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Sequence(pub Vec<Key>);

impl Sequence {
    /// Parse a key name (`j`, `ctrl-d`, `pagedown`) or a sequence of them: separated by
    /// spaces (`ctrl-x ctrl-s`), or two characters written together (`dd`, `gg`); a longer
    /// word that is no key name (`hyperdrive`) is a mistake, not ten keys.
    pub fn parse(text: &str) -> Option<Sequence> {
        if let Some(key) = Key::parse(text) {
            return Some(Sequence(vec![key]));
        }
        let parts: Vec<Key> = if text.trim().contains(char::is_whitespace) {
            text.split_whitespace()
                .map(Key::parse)
                .collect::<Option<_>>()?
        } else if text.chars().count() == 2 {
            text.chars()
                .map(|c| Key::parse(&c.to_string()))
                .collect::<Option<_>>()?
        } else {
            return None;
        };
        (!parts.is_empty()).then_some(Sequence(parts))
    }
}

impl fmt::Display for Sequence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let single = self.0.iter().all(|k| !k.ctrl && !k.alt);
        for (i, k) in self.0.iter().enumerate() {
            if i > 0 && !single {
                f.write_str(" ")?;
            }
            write!(f, "{k}")?;
        }
        Ok(())
    }
}

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

/// What a sequence of keys typed so far means in a mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// The sequence is bound to this action name.
    Action(&'a str),
    /// The sequence starts a longer binding: wait for the next key.
    Prefix,
    /// Nothing is bound to it.
    Unbound,
}

/// The bindings of every mode: for each action name of a mode, its key sequences.
#[derive(Debug, Clone)]
pub struct Keymap {
    modes: [Vec<(String, Vec<Sequence>)>; 4],
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap {
            modes: Default::default(),
        };
        let table: toml::Table = DEFAULT_KEYS.parse().unwrap_or_default();
        for mode in Mode::ALL {
            let Some(section) = table.get(mode.name()).and_then(toml::Value::as_table) else {
                continue;
            };
            // The embedded table is tested to parse cleanly; a bad entry is left unbound.
            map.modes[mode.index()] = section
                .iter()
                .map(|(name, keys)| {
                    let keys = keys
                        .as_array()
                        .map(|list| {
                            list.iter()
                                .filter_map(|v| v.as_str().and_then(Sequence::parse))
                                .collect()
                        })
                        .unwrap_or_default();
                    (name.clone(), keys)
                })
                .collect();
        }
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

    /// Replace the keys of every action named in `patch`: `action = ["key", ...]` for the
    /// reader, or per mode in a sub-table (`[keys.list]`, `[keys.input]`, `[keys.popup]`,
    /// `[keys.reader]`). On error the keymap is unchanged.
    pub fn patch(&mut self, patch: &toml::Table) -> Result<(), KeymapError> {
        let mut modes = self.modes.clone();
        for (name, value) in patch {
            match (Mode::named(name), value) {
                (Some(mode), toml::Value::Table(section)) => {
                    for (action, keys) in section {
                        patch_one(&mut modes[mode.index()], mode, action, keys)?;
                    }
                }
                _ => patch_one(&mut modes[Mode::Reader.index()], Mode::Reader, name, value)?,
            }
        }
        for mode in Mode::ALL {
            check_conflicts(mode, &modes[mode.index()])?;
        }
        self.modes = modes;
        Ok(())
    }

    /// What `keys` (typed in a row) mean in `mode`.
    pub fn lookup(&self, mode: Mode, keys: &[Key]) -> Lookup<'_> {
        let mut prefix = false;
        for (name, seqs) in &self.modes[mode.index()] {
            for seq in seqs {
                if seq.0 == keys {
                    return Lookup::Action(name);
                }
                prefix |= seq.0.len() > keys.len() && seq.0.starts_with(keys);
            }
        }
        if prefix {
            Lookup::Prefix
        } else {
            Lookup::Unbound
        }
    }

    /// The action name bound to the single key `key` in `mode`.
    pub fn action(&self, mode: Mode, key: Key) -> Option<&str> {
        match self.lookup(mode, &[key]) {
            Lookup::Action(name) => Some(name),
            _ => None,
        }
    }

    /// Every action of `mode` with its key sequences, in the order of keys.toml.
    pub fn bindings(&self, mode: Mode) -> &[(String, Vec<Sequence>)] {
        &self.modes[mode.index()]
    }

    /// The first key sequence bound to `action` in `mode`, as shown in hints ("?" for help).
    pub fn key_for(&self, mode: Mode, action: &str) -> Option<&Sequence> {
        self.modes[mode.index()]
            .iter()
            .find(|(a, _)| a == action)
            .and_then(|(_, keys)| keys.first())
    }
}

/// `mode.action` as the user writes it (bare for the reader).
fn qualified(mode: Mode, action: &str) -> String {
    match mode {
        Mode::Reader => action.to_string(),
        _ => format!("{}.{action}", mode.name()),
    }
}

fn patch_one(
    bindings: &mut [(String, Vec<Sequence>)],
    mode: Mode,
    action: &str,
    value: &toml::Value,
) -> Result<(), KeymapError> {
    let name = qualified(mode, action);
    // Only the actions the defaults name can be bound: they are the ones the app knows.
    let slot = bindings
        .iter_mut()
        .find(|(a, _)| a == action)
        .ok_or_else(|| KeymapError::UnknownAction(name.clone()))?;
    let list = value.as_array().ok_or_else(|| KeymapError::NotAList {
        action: name.clone(),
    })?;
    let mut keys = Vec::new();
    for item in list {
        let text = item.as_str().unwrap_or_default();
        let seq = Sequence::parse(text).ok_or_else(|| KeymapError::UnknownKey {
            action: name.clone(),
            key: text.to_string(),
        })?;
        keys.push(seq);
    }
    slot.1 = keys;
    Ok(())
}

/// A sequence bound twice in one mode, or one that starts another (the longer could never
/// be typed), is a conflict.
fn check_conflicts(mode: Mode, bindings: &[(String, Vec<Sequence>)]) -> Result<(), KeymapError> {
    let all: Vec<(&str, &Sequence)> = bindings
        .iter()
        .flat_map(|(a, seqs)| seqs.iter().map(move |s| (a.as_str(), s)))
        .collect();
    for (i, (first, a)) in all.iter().enumerate() {
        for (second, b) in &all[i + 1..] {
            let clash = b.0.starts_with(&a.0) || a.0.starts_with(&b.0);
            if clash && !(first == second && a == b) {
                let key = if a.0.len() <= b.0.len() { a } else { b };
                return Err(KeymapError::Conflict {
                    key: key.to_string(),
                    first: qualified(mode, first),
                    second: qualified(mode, second),
                });
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(text: &str) -> Vec<Key> {
        Sequence::parse(text).expect("keys").0
    }

    #[test]
    fn the_embedded_defaults_parse_whole_and_without_conflicts() {
        let table: toml::Table = DEFAULT_KEYS.parse().expect("keys.toml is TOML");
        let map = Keymap::default();
        for mode in Mode::ALL {
            let section = table[mode.name()].as_table().expect("a table per mode");
            for (name, keys) in section {
                let parsed = &map
                    .bindings(mode)
                    .iter()
                    .find(|(a, _)| a == name)
                    .expect(name)
                    .1;
                assert_eq!(parsed.len(), keys.as_array().expect("list").len(), "{name}");
            }
            check_conflicts(mode, map.bindings(mode)).expect("no conflict in the defaults");
        }
    }

    #[test]
    fn sequences_parse_spaced_or_joined() {
        assert_eq!(seq("dd"), seq("d d"));
        assert_eq!(seq("end").len(), 1, "a key name wins over letters");
        assert_eq!(seq("ctrl-x ctrl-s").len(), 2);
        assert_eq!(Sequence(seq("d d")).to_string(), "dd");
        assert!(Sequence::parse("ctrl-hyper x").is_none());
        assert!(Sequence::parse("hyperdrive").is_none());
    }

    #[test]
    fn a_binding_that_starts_another_is_a_conflict() {
        let e = Keymap::with_patch_str("[list]\nundo = [\"d\"]").expect_err("d starts dd");
        assert!(matches!(&e, KeymapError::Conflict { second, .. } if second == "list.undo"));
        assert!(e.to_string().contains("`d`"), "{e}");
    }
}
