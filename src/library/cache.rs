//! The library index as bytes for the cache directory: a header line
//! `brief-library-cache <format> <brief version> <extraction fingerprint>`, a postcard body
//! (compact binary serde: a third of the JSON it replaced, and quicker both ways), and a
//! trailer line `xxh3 <16 hex digits of the body's xxh3>`. Pure:
//! [`crate::storage`] reads and writes the file.
//!
//! A cache is never trusted: a wrong header, another format or version of brief, another
//! build of the extraction (the fingerprint of its source, made by `build.rs`), a checksum mismatch or a body that does not parse is an error, and
//! the caller rebuilds the index. Entries are keyed by the hash of each file's bytes, so an
//! edited file simply misses.

use super::disputes::ClaimFacts;
use super::index::{Cached, DocActor, DocIndex};
use crate::document::{DocId, Meta};
use crate::extract::ActorKind;
use crate::state::Anchor;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The format of the cache file; bumped when its shape changes.
pub const FORMAT: u32 = 2;
const MAGIC: &str = "brief-library-cache";

/// Why a cache file was not used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum CacheError {
    #[error("not a library cache (bad header)")]
    Header,
    #[error("written by another format or version ({0})")]
    Stale(String),
    #[error("checksum mismatch (truncated or corrupt)")]
    Checksum,
    #[error("does not parse: {0}")]
    Parse(String),
}

#[derive(Deserialize)]
struct Body {
    docs: Vec<Doc>,
}

/// [`Body`] as written: borrowing the index, so writing the cache copies none of it (at
/// 10,000 briefings a copy was hundreds of MB at the moment the cache was written).
#[derive(Serialize)]
struct BodyRef<'a> {
    docs: Vec<DocRef<'a>>,
}

#[derive(Serialize)]
struct DocRef<'a> {
    hash: u64,
    id: &'a DocId,
    meta: &'a Meta,
    actors: Vec<ActorRef<'a>>,
    claims: &'a [ClaimFacts],
}

#[derive(Serialize)]
struct ActorRef<'a> {
    key: &'a str,
    name: &'a str,
    kind: &'a str,
    mentions: u32,
    first: Anchor,
}

#[derive(Deserialize)]
struct Doc {
    hash: u64,
    id: DocId,
    meta: Meta,
    actors: Vec<Actor>,
    claims: Vec<ClaimFacts>,
}

#[derive(Deserialize)]
struct Actor {
    key: String,
    name: String,
    kind: String,
    mentions: u32,
    first: Anchor,
}

fn kind_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
    }
}

fn kind_of(name: &str) -> Option<ActorKind> {
    [
        ActorKind::Person,
        ActorKind::Organization,
        ActorKind::Country,
    ]
    .into_iter()
    .find(|k| kind_name(*k) == name)
}

fn version() -> String {
    format!(
        "{FORMAT} {} {}",
        env!("CARGO_PKG_VERSION"),
        env!("BRIEF_EXTRACT_FINGERPRINT")
    )
}

/// Write the cache file for `docs` to `out`, streaming: the body is never held whole in
/// memory (at 10,000 briefings it is tens of MB). Errors are `out`'s.
pub fn encode_to<'a>(
    docs: impl IntoIterator<Item = &'a DocIndex>,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let body = BodyRef {
        docs: docs
            .into_iter()
            .map(|d| DocRef {
                hash: d.hash,
                id: &d.id,
                meta: &d.meta,
                actors: d
                    .actors
                    .iter()
                    .map(|a| ActorRef {
                        key: &a.key,
                        name: &a.name,
                        kind: kind_name(a.kind),
                        mentions: a.mentions,
                        first: a.first,
                    })
                    .collect(),
                claims: &d.claims,
            })
            .collect(),
    };
    writeln!(out, "{MAGIC} {}", version())?;
    let mut hashed = Hashing {
        inner: out,
        hash: xxhash_rust::xxh3::Xxh3::new(),
    };
    postcard::to_io(&body, &mut hashed).map_err(std::io::Error::other)?;
    let sum = hashed.hash.digest();
    writeln!(out, "{TRAILER}{sum:016x}")
}

/// The cache file for `docs`, in memory (see [`encode_to`]).
pub fn encode<'a>(docs: impl IntoIterator<Item = &'a DocIndex>) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = encode_to(docs, &mut out);
    out
}

/// A writer that hashes what passes through it (the body's checksum).
struct Hashing<'w, W: std::io::Write> {
    inner: &'w mut W,
    hash: xxhash_rust::xxh3::Xxh3,
}

impl<W: std::io::Write> std::io::Write for Hashing<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// What follows the body: this, then the body's xxh3 in 16 hex digits and a newline.
const TRAILER: &str = "\nxxh3 ";

/// The indexed documents of a cache file, or why it cannot be trusted.
pub fn decode(bytes: &[u8]) -> Result<Cached, CacheError> {
    let newline = bytes
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(CacheError::Header)?;
    let header = std::str::from_utf8(&bytes[..newline]).map_err(|_| CacheError::Header)?;
    let rest = header.strip_prefix(MAGIC).ok_or(CacheError::Header)?;
    let version_part = rest.trim();
    if version_part != version() {
        return Err(CacheError::Stale(version_part.to_string()));
    }
    let tail = TRAILER.len() + 17;
    if bytes.len() < newline + 1 + tail {
        return Err(CacheError::Checksum);
    }
    let (body, trailer) = bytes[newline + 1..].split_at(bytes.len() - newline - 1 - tail);
    let sum = format!("{TRAILER}{:016x}\n", super::index::content_hash(body));
    if trailer != sum.as_bytes() {
        return Err(CacheError::Checksum);
    }
    let body: Body = postcard::from_bytes(body).map_err(|e| CacheError::Parse(e.to_string()))?;
    let mut out = Cached::with_capacity(body.docs.len());
    for d in body.docs {
        let actors = d
            .actors
            .into_iter()
            .map(|a| {
                Ok(DocActor {
                    kind: kind_of(&a.kind)
                        .ok_or_else(|| CacheError::Parse(format!("unknown kind {}", a.kind)))?,
                    key: a.key,
                    name: a.name,
                    mentions: a.mentions,
                    first: a.first,
                })
            })
            .collect::<Result<Vec<_>, CacheError>>()?;
        out.insert(
            d.hash,
            Arc::new(DocIndex {
                hash: d.hash,
                id: d.id,
                meta: d.meta,
                actors,
                claims: d.claims.into(),
            }),
        );
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> DocIndex {
        DocIndex {
            hash: 42,
            id: DocId("00ff".into()),
            meta: Meta {
                title: "T".into(),
                ..Meta::default()
            },
            actors: vec![DocActor {
                key: "ana-corvin".into(),
                name: "Ana Corvin".into(),
                kind: ActorKind::Person,
                mentions: 2,
                first: Anchor::new(3, 4),
            }],
            claims: Vec::new().into(),
        }
    }

    #[test]
    fn round_trips() {
        let bytes = encode([&doc()]);
        let back = decode(&bytes).unwrap();
        assert_eq!(*back[&42], doc());
    }

    #[test]
    fn a_corrupt_or_stale_cache_is_refused() {
        let bytes = encode([&doc()]);
        let mut flipped = bytes.clone();
        let last = flipped.len() - 3;
        flipped[last] ^= 1;
        assert_eq!(decode(&flipped), Err(CacheError::Checksum));
        assert_eq!(decode(&bytes[..bytes.len() / 2]), Err(CacheError::Checksum));
        assert_eq!(decode(b"garbage"), Err(CacheError::Header));
        let text = String::from_utf8(bytes.clone()).unwrap();
        let old = text.replacen(&format!("{MAGIC} {FORMAT} "), &format!("{MAGIC} 0 "), 1);
        assert!(matches!(decode(old.as_bytes()), Err(CacheError::Stale(_))));
        let other_build = text.replacen(env!("BRIEF_EXTRACT_FINGERPRINT"), "0123456789abcdef", 1);
        assert!(matches!(
            decode(other_build.as_bytes()),
            Err(CacheError::Stale(_))
        ));
    }
}
