//! Document references as the index knows them: what a user types ("Chỉ thị 24", "24-CT/TU")
//! parsed into a [`RefQuery`], and the `doc_ids` terms of the index that may name it. Used by
//! the query parser (references inside free text) and by the reports (`coverage`), so that
//! search never depends on `report`.

use tantivy::Searcher;

use super::IndexError;

/// A parsed reference: a full id, or a kind and number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RefQuery {
    /// Canonical id (`24-CT/TU`).
    Id(String),
    /// Kind and number ("Chỉ thị", "24").
    Short(String, String),
}

impl RefQuery {
    /// Parses what a user types; `None` when it names no document.
    pub fn parse(input: &str) -> Option<RefQuery> {
        let key = crate::entities::documents::normalize_ref(&crate::text::normalize(input.trim()))?;
        Some(RefQuery::from_key(&key))
    }

    /// The query of a stored reference key (`24-CT/TU`, `Chỉ thị|24`).
    pub fn from_key(key: &str) -> RefQuery {
        match key.split_once('|') {
            Some((k, n)) => RefQuery::Short(k.to_string(), n.to_string()),
            None => RefQuery::Id(key.to_string()),
        }
    }
}

/// The `doc_ids` terms that may name `reference`: the id and short keys of its kind (read from
/// the articles that give the id), or for a short reference every id with that number.
pub(crate) fn lookup_terms(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    reference: &RefQuery,
) -> Result<Vec<String>, IndexError> {
    match reference {
        RefQuery::Id(id) => Ok(vec![id.clone()]),
        RefQuery::Short(kind, number) => {
            let mut out = vec![format!("{kind}|{number}")];
            for prefix in [format!("{number}-"), format!("{number}/")] {
                let mut upper = prefix.clone().into_bytes();
                *upper.last_mut().expect("prefix is not empty") += 1;
                for segment in searcher.segment_readers() {
                    let inverted = segment.inverted_index(field)?;
                    let mut stream =
                        inverted.terms().range().ge(prefix.as_bytes()).lt(&upper).into_stream()?;
                    while stream.advance() {
                        if let Ok(s) = std::str::from_utf8(stream.key()) {
                            if !out.iter().any(|o| o == s) {
                                out.push(s.to_string());
                            }
                        }
                    }
                }
            }
            Ok(out)
        }
    }
}

/// The `doc_ids` terms that may name any of `keys`: each key, and for a short key (`Chỉ thị|24`)
/// every id with that number.
pub fn expand_keys(
    searcher: &Searcher,
    field: tantivy::schema::Field,
    keys: &[String],
) -> Result<Vec<String>, IndexError> {
    let mut out = Vec::new();
    for key in keys {
        let reference = RefQuery::from_key(key);
        for t in lookup_terms(searcher, field, &reference)? {
            if !out.contains(&t) {
                out.push(t);
            }
        }
    }
    Ok(out)
}
