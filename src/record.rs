//! The extracted record of one article: [`Article`] + the entities found in its text.
//!
//! This is the unit that flows from extraction to the index, and its JSON form is the public
//! `vnmon extract` contract (`../shared/docs/extract-json.md`, `"schema": 1`). Conversion to and from JSON
//! happens here and only here, so internal types stay free of serde.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde_json::{json, Map, Value};

use crate::entities::{DateMention, DocumentRef, Entities, Mention, Official, Unit};
use crate::extract::Article;

/// Version of the JSON shape written by [`Record::to_json`].
pub const SCHEMA_VERSION: u64 = 1;

/// An article with its entities, as produced by the ingest pipeline.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Record {
    /// The extracted article.
    pub article: Article,
    /// The normalised text the entity extractors read ([`Article::text`]).
    pub text: String,
    /// Entities found in `text`.
    pub entities: Entities,
}

/// Why a stored JSON record could not be read back.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    /// The value is not an object of the expected shape.
    #[error("malformed record: {0}")]
    Malformed(String),
    /// The JSON text does not parse.
    #[error("invalid json: {0}")]
    Json(#[from] serde_json::Error),
}

impl Record {
    /// Builds a record: computes the text and runs the entity extractors on it.
    pub fn from_article(article: Article, published_hint: Option<NaiveDate>) -> Record {
        let text = article.text();
        let published = article.published.map(|p| p.date_naive()).or(published_hint);
        let entities = crate::entities::extract(&text, published);
        Record { article, text, entities }
    }

    /// Hex SHA-1 of [`Record::text`]: identifies the same article content under different URLs
    /// (crawl dedup) and keys records that have no URL (the index).
    pub fn content_hash(&self) -> String {
        use sha1::{Digest, Sha1};
        let digest = Sha1::digest(self.text.as_bytes());
        let mut out = String::with_capacity(40);
        for b in digest {
            out.push_str(&format!("{b:02x}"));
        }
        out
    }

    /// The `extract` JSON object (schema 1).
    pub fn to_json(&self) -> Value {
        let a = &self.article;
        let e = &self.entities;
        json!({
            "schema": SCHEMA_VERSION,
            "url": a.url,
            "site": a.site,
            "profile": a.profile,
            "title": a.title,
            "sapo": a.sapo,
            "body": a.body,
            "author": a.author,
            "authors": a.authors,
            "dateline": a.dateline,
            "source": a.source,
            "published": a.published.map(|p| p.to_rfc3339()),
            "category": a.category,
            "tags": a.tags,
            "text": self.text,
            "documents": e.documents.iter().map(document_json).collect::<Vec<_>>(),
            "officials": e.officials.iter().map(official_json).collect::<Vec<_>>(),
            "units": e.units.iter().map(unit_json).collect::<Vec<_>>(),
            "dates": e.dates.iter().map(date_json).collect::<Vec<_>>(),
        })
    }

    /// Reads a record back from its [`Record::to_json`] form.
    pub fn from_json(v: &Value) -> Result<Record, RecordError> {
        let o = v.as_object().ok_or_else(|| RecordError::Malformed("not an object".into()))?;
        let published = match opt_str(o, "published") {
            Some(s) => Some(
                DateTime::<FixedOffset>::parse_from_rfc3339(&s)
                    .map_err(|e| RecordError::Malformed(format!("published: {e}")))?,
            ),
            None => None,
        };
        let article = Article {
            url: opt_str(o, "url"),
            site: opt_str(o, "site"),
            profile: opt_str(o, "profile"),
            title: opt_str(o, "title"),
            sapo: opt_str(o, "sapo"),
            body: opt_str(o, "body").unwrap_or_default(),
            author: opt_str(o, "author"),
            authors: str_list(o.get("authors")),
            dateline: opt_str(o, "dateline"),
            source: opt_str(o, "source"),
            published,
            category: opt_str(o, "category"),
            tags: str_list(o.get("tags")),
            canonical_url: None,
        };
        let mut entities = Entities::default();
        for d in arr(o, "documents") {
            entities.documents.push(DocumentRef {
                id: d.get("id").and_then(Value::as_str).map(str::to_string),
                kind: d.get("kind").and_then(Value::as_str).unwrap_or_default().to_string(),
                number: d.get("number").and_then(Value::as_str).unwrap_or_default().to_string(),
                symbol: d.get("symbol").and_then(Value::as_str).map(str::to_string),
                issued: d.get("issued").and_then(Value::as_str).and_then(parse_date),
                issuer: d.get("issuer").and_then(Value::as_str).map(str::to_string),
                mentions: mentions(d.get("mentions")),
            });
        }
        for p in arr(o, "officials") {
            entities.officials.push(Official {
                name: p.get("name").and_then(Value::as_str).unwrap_or_default().to_string(),
                titles: str_list(p.get("titles")),
                mentions: mentions(p.get("mentions")),
            });
        }
        for u in arr(o, "units") {
            let name = u.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            let canonical = u
                .get("canonical")
                .and_then(Value::as_str)
                .map(str::to_string)
                .unwrap_or_else(|| name.clone());
            entities.units.push(Unit { name, canonical, mentions: mentions(u.get("mentions")) });
        }
        for d in arr(o, "dates") {
            let Some(date) = d.get("date").and_then(Value::as_str).and_then(parse_date) else {
                continue;
            };
            entities.dates.push(DateMention { date, mention: mention(d) });
        }
        Ok(Record { article, text: opt_str(o, "text").unwrap_or_default(), entities })
    }
}

fn document_json(d: &DocumentRef) -> Value {
    json!({
        "id": d.id,
        "kind": d.kind,
        "number": d.number,
        "symbol": d.symbol,
        "issued": d.issued.map(|x| x.format("%Y-%m-%d").to_string()),
        "issuer": d.issuer,
        "mentions": d.mentions.iter().map(mention_json).collect::<Vec<_>>(),
    })
}

fn official_json(p: &Official) -> Value {
    json!({
        "name": p.name,
        "titles": p.titles,
        "mentions": p.mentions.iter().map(mention_json).collect::<Vec<_>>(),
    })
}

fn unit_json(u: &Unit) -> Value {
    json!({
        "name": u.name,
        "canonical": u.canonical,
        "mentions": u.mentions.iter().map(mention_json).collect::<Vec<_>>(),
    })
}

fn date_json(d: &DateMention) -> Value {
    json!({
        "date": d.date.format("%Y-%m-%d").to_string(),
        "text": d.mention.text,
        "start": d.mention.start,
        "end": d.mention.end,
    })
}

fn mention_json(m: &Mention) -> Value {
    json!({"start": m.start, "end": m.end, "text": m.text})
}

fn opt_str(o: &Map<String, Value>, key: &str) -> Option<String> {
    o.get(key).and_then(Value::as_str).map(str::to_string)
}

fn str_list(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

fn arr<'a>(o: &'a Map<String, Value>, key: &str) -> impl Iterator<Item = &'a Value> {
    o.get(key).and_then(Value::as_array).into_iter().flatten()
}

fn parse_date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

fn mention(v: &Value) -> Mention {
    Mention {
        start: v.get("start").and_then(Value::as_u64).unwrap_or(0) as usize,
        end: v.get("end").and_then(Value::as_u64).unwrap_or(0) as usize,
        text: v.get("text").and_then(Value::as_str).unwrap_or_default().to_string(),
    }
}

fn mentions(v: Option<&Value>) -> Vec<Mention> {
    v.and_then(Value::as_array).map(|a| a.iter().map(mention).collect()).unwrap_or_default()
}
