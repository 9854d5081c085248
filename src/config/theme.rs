//! Themes: semantic styles (text, heading, person, stance_deny, ...) read from TOML.
//! Built-ins are embedded; `NO_COLOR` turns any theme into attributes only.

use super::colour;
pub use super::colour::ColourDepth;
use ratatui::style::{Modifier, Style};
use std::collections::BTreeMap;
use std::ops::Range;

const BUILTIN: [(&str, &str); 4] = [
    ("dark", include_str!("../../themes/dark.toml")),
    ("light", include_str!("../../themes/light.toml")),
    (
        "high-contrast",
        include_str!("../../themes/high-contrast.toml"),
    ),
    ("mono", include_str!("../../themes/mono.toml")),
];

/// A problem in a theme file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ThemeError {
    #[error("theme {theme}: invalid TOML: {message}")]
    Toml {
        theme: String,
        message: String,
        /// Byte range in the theme's text, when toml knows it.
        span: Option<Range<usize>>,
    },
    #[error("theme {theme}: unknown role `{role}`")]
    UnknownRole { theme: String, role: String },
    #[error("theme {theme}: role `{role}`: `{value}` is not a colour (name, #rrggbb or 0-255)")]
    BadColour {
        theme: String,
        role: String,
        /// `fg` or `bg`.
        field: &'static str,
        value: String,
    },
}

impl ThemeError {
    /// Where in the theme's `text` the problem is (a byte range), when it can be found.
    pub fn span(&self, text: &str) -> Option<Range<usize>> {
        use super::locate::{Part, span};
        match self {
            ThemeError::Toml { span, .. } => span.clone(),
            ThemeError::UnknownRole { role, .. } => span(text, &["roles", role], Part::Key),
            ThemeError::BadColour { role, field, .. } => {
                span(text, &["roles", role, field], Part::Value)
            }
        }
    }

    /// What is wrong, without the theme's name (the file name says it).
    pub fn what(&self) -> String {
        let (ThemeError::Toml { theme, .. }
        | ThemeError::UnknownRole { theme, .. }
        | ThemeError::BadColour { theme, .. }) = self;
        let full = self.to_string();
        match full.strip_prefix(&format!("theme {theme}: ")) {
            Some(rest) => rest.to_string(),
            None => full,
        }
    }
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    #[serde(default)]
    name: Option<String>,
    /// A theme whose roles this one starts from (resolved by [`super::settings`]).
    #[serde(default, rename = "inherits")]
    _inherits: Option<String>,
    #[serde(default)]
    roles: BTreeMap<String, StyleSpec>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<toml::Value>,
    bg: Option<toml::Value>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    underline: bool,
    #[serde(default)]
    reverse: bool,
    #[serde(default)]
    dim: bool,
}

macro_rules! roles {
    ($($role:ident: $doc:literal),* $(,)?) => {
        /// The styles of every semantic role on screen.
        #[derive(Debug, Clone, PartialEq, Default)]
        pub struct Theme {
            /// The theme's name.
            pub name: String,
            $(#[doc = $doc] pub $role: Style,)*
        }

        impl Theme {
            /// Names of every role, as written in theme files.
            pub const ROLES: &[&str] = &[$(stringify!($role)),*];

            fn role_mut(&mut self, name: &str) -> Option<&mut Style> {
                match name {
                    $(stringify!($role) => Some(&mut self.$role),)*
                    _ => None,
                }
            }

            fn roles_mut(&mut self) -> Vec<(&'static str, &mut Style)> {
                vec![$((stringify!($role), &mut self.$role)),*]
            }
        }
    };
}

roles! {
    text: "Body text.",
    heading: "Headings in the article, group headers in lists.",
    dim: "Secondary text: counts, affiliations, hints.",
    accent: "Titles and emphasis.",
    quote: "Block quotes.",
    code: "Preformatted text and inline code.",
    emphasis: "Emphasised text (markdown `*text*`).",
    strong: "Strong text (markdown `**text**`).",
    link: "A link's text (`o` shows where it points).",
    highlight: "Highlighted spans (an actor's mentions, a claim's sentence).",
    search_match: "Search matches.",
    current_match: "The match or mention `n`/`N` is on.",
    selection: "The selected row of a list.",
    person: "People.",
    organization: "Organisations.",
    country: "Countries.",
    stance_assert: "Stance: asserts.",
    stance_deny: "Stance: denies.",
    stance_confirm: "Stance: confirms.",
    stance_urge: "Stance: urges.",
    stance_accuse: "Stance: accuses.",
    stance_hedge: "Stance: hedges.",
    margin: "The margin bar beside attributed sentences.",
    border: "Pane borders.",
    border_focus: "The focused pane's border.",
    status: "The status line.",
    status_key: "Key hints in the status line.",
    error: "Error messages.",
}

impl Theme {
    /// Parse a theme file.
    pub fn parse(name: &str, text: &str, depth: ColourDepth) -> Result<Theme, ThemeError> {
        Theme::parse_over(Theme::default(), name, text, depth)
    }

    /// Parse a theme file whose roles replace those of `base` (the theme it inherits).
    pub fn parse_over(
        base: Theme,
        name: &str,
        text: &str,
        depth: ColourDepth,
    ) -> Result<Theme, ThemeError> {
        let file: ThemeFile = toml::from_str(text).map_err(|e| ThemeError::Toml {
            theme: name.to_string(),
            message: e.message().to_string(),
            span: e.span(),
        })?;
        let mut theme = Theme {
            name: file.name.unwrap_or_else(|| name.to_string()),
            ..base
        };
        for (role, spec) in file.roles {
            let slot = theme
                .role_mut(&role)
                .ok_or_else(|| ThemeError::UnknownRole {
                    theme: name.to_string(),
                    role: role.clone(),
                })?;
            *slot = spec.style(name, &role, depth)?;
        }
        if depth == ColourDepth::None {
            theme.force_attributes();
        }
        Ok(theme)
    }

    /// The text of the built-in theme `name`.
    pub fn builtin_text(name: &str) -> Option<&'static str> {
        BUILTIN.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }

    /// The built-in themes (dark first), adapted to `depth`.
    pub fn builtins(depth: ColourDepth) -> Vec<Theme> {
        BUILTIN
            .iter()
            .filter_map(|(name, text)| Theme::parse(name, text, depth).ok())
            .collect()
    }

    /// With colours off, the roles that must stand out do so by attributes.
    fn force_attributes(&mut self) {
        for (_, style) in self.roles_mut() {
            style.fg = None;
            style.bg = None;
        }
        let add = |s: &mut Style, m: Modifier| *s = s.add_modifier(m);
        add(&mut self.selection, Modifier::REVERSED);
        add(&mut self.search_match, Modifier::UNDERLINED);
        add(&mut self.current_match, Modifier::REVERSED);
        add(&mut self.highlight, Modifier::UNDERLINED);
        add(&mut self.heading, Modifier::BOLD);
        add(&mut self.border_focus, Modifier::BOLD);
        add(&mut self.status, Modifier::REVERSED);
        add(&mut self.emphasis, Modifier::ITALIC);
        add(&mut self.strong, Modifier::BOLD);
        add(&mut self.link, Modifier::UNDERLINED);
        add(&mut self.quote, Modifier::ITALIC);
    }
}

impl StyleSpec {
    fn style(&self, theme: &str, role: &str, depth: ColourDepth) -> Result<Style, ThemeError> {
        let colour = |field: &'static str,
                      v: &Option<toml::Value>|
         -> Result<Option<ratatui::style::Color>, ThemeError> {
            let Some(v) = v else { return Ok(None) };
            let text = match v {
                toml::Value::String(s) => s.clone(),
                toml::Value::Integer(i) => i.to_string(),
                other => other.to_string(),
            };
            let c = colour::parse(&text).ok_or_else(|| ThemeError::BadColour {
                theme: theme.to_string(),
                role: role.to_string(),
                field,
                value: text.clone(),
            })?;
            Ok(colour::reduce(c, depth))
        };
        let mut style = Style {
            fg: colour("fg", &self.fg)?,
            bg: colour("bg", &self.bg)?,
            ..Style::default()
        };
        let flags = [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.underline, Modifier::UNDERLINED),
            (self.reverse, Modifier::REVERSED),
            (self.dim, Modifier::DIM),
        ];
        for (on, m) in flags {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}
