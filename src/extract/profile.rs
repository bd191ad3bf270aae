//! Site profiles as data: the TOML model, `extends` inheritance and compilation.
//!
//! A profile file holds `[[profile]]` tables (the format is documented at the top of the
//! built-in `profiles.toml`). Loading parses the TOML into [`ProfileSpec`]s, resolves
//! `extends` (a parent in the same file, else a built-in profile), then compiles every CSS
//! selector and regular expression once into a [`Profile`]. Errors name the profile and the
//! offending selector or pattern.

use std::collections::{HashMap, HashSet};

use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde::Deserialize;

use super::ExtractError;
pub use crate::urls::{clean_host, host_matches};

/// The built-in profiles, embedded at compile time.
pub const BUILTIN_TOML: &str = include_str!("profiles.toml");

/// Longest `extends` chain followed before giving up (guards against cycles).
const MAX_EXTENDS_DEPTH: usize = 8;

/// The top level of a profile file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ProfileFile {
    /// `[[profile]]` tables, in file order.
    #[serde(default)]
    profile: Vec<ProfileSpec>,
}

/// One `[[profile]]` table as written. Every field but `name` is optional; a field that is
/// absent is inherited from the `extends` parent (if any), a field set to `[]` is empty.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSpec {
    /// Unique name (`"dantri"`); a later file overrides an earlier profile of the same name.
    pub name: String,
    /// Name of a profile whose fields this one inherits.
    pub extends: Option<String>,
    /// Hosts served, matched as a suffix on label boundaries, `www.` ignored.
    pub hosts: Option<Vec<String>>,
    /// Selectors that identify the template on a page; any match counts.
    pub detect: Option<Vec<String>>,
    /// Title selectors, tried in order.
    pub title: Option<Vec<String>>,
    /// Lead-paragraph selectors, tried in order.
    pub sapo: Option<Vec<String>>,
    /// Body container selectors, tried in order; every match of the first one that yields
    /// text is used.
    pub body: Option<Vec<String>>,
    /// Byline selectors, tried in order; all matches of the first productive one are joined.
    pub author: Option<Vec<String>>,
    /// Publication-time sources, tried in order.
    pub published: Option<Vec<DateRuleSpec>>,
    /// Category selectors, tried in order; the first non-empty match wins.
    pub category: Option<Vec<String>>,
    /// Tag selectors, tried in order; all matches of the first productive one are used.
    pub tags: Option<Vec<String>>,
    /// Elements removed from the body before taking its text.
    pub exclude: Option<Vec<String>>,
    /// Regex of the outlet prefix to strip from the sapo (and the body's first paragraph).
    pub sapo_prefix: Option<String>,
    /// Regexes (matched against the whole author string) of bylines that are not people.
    pub author_reject: Option<Vec<String>>,
}

/// A publication-time source as written: a selector, or a table with an attribute.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum DateRuleSpec {
    /// Take the element's text.
    Text(String),
    /// Take an attribute when `attr` is given, else the text.
    Full {
        /// CSS selector.
        selector: String,
        /// Attribute holding the time (`datetime`, `content`).
        attr: Option<String>,
    },
}

/// A compiled CSS selector with its source text (for messages and debugging).
#[derive(Debug, Clone)]
pub struct Sel {
    /// The selector as written in the profile.
    pub source: String,
    /// The compiled selector.
    pub selector: Selector,
    /// Class names and ids (`.x`, `#y`) every match needs on some element of the page; empty when
    /// the selector has alternatives or pseudo-classes (then nothing is known in advance).
    needs: Vec<Need>,
}

/// A class name or an id a selector cannot match without.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Need {
    Class(String),
    Id(String),
}

impl Sel {
    /// Whether the selector can match anywhere on the page `inv` describes. `false` is certain;
    /// `true` means the selector has to be run.
    pub fn may_match(&self, inv: &Inventory<'_>) -> bool {
        self.needs.iter().all(|n| match n {
            Need::Class(c) => inv.classes.contains(c.as_str()),
            Need::Id(i) => inv.ids.contains(i.as_str()),
        })
    }

    /// Whether the selector matches an element of `doc` (whose inventory is `inv`).
    pub fn matches(&self, doc: &Html, inv: &Inventory<'_>) -> bool {
        self.may_match(inv) && doc.select(&self.selector).next().is_some()
    }
}

/// The class names and ids a page uses, from one walk over its elements, so that the profiles'
/// `detect` selectors naming a class the page never uses are ruled out without walking the page
/// once per selector.
#[derive(Debug, Default)]
pub struct Inventory<'a> {
    classes: HashSet<&'a str>,
    ids: HashSet<&'a str>,
}

impl<'a> Inventory<'a> {
    /// The inventory of `doc`.
    pub fn of(doc: &'a Html) -> Inventory<'a> {
        let mut inv = Inventory::default();
        for node in doc.tree.nodes() {
            if let Some(el) = node.value().as_element() {
                inv.classes.extend(el.classes());
                if let Some(id) = el.id() {
                    inv.ids.insert(id);
                }
            }
        }
        inv
    }
}

/// The classes and ids a selector without alternatives or pseudo-classes requires (attribute
/// brackets and quoted values skipped). Empty when it cannot be known.
fn needs_of(src: &str) -> Vec<Need> {
    if src.contains([',', ':', '\\']) {
        return Vec::new();
    }
    let mut needs = Vec::new();
    let mut depth = 0usize;
    let mut chars = src.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.saturating_sub(1),
            '.' | '#' if depth == 0 => {
                let start = i + 1;
                let mut end = start;
                while let Some(&(j, d)) = chars.peek() {
                    if d.is_alphanumeric() || d == '-' || d == '_' {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                }
                let name = src[start..end].to_string();
                if !name.is_empty() {
                    needs.push(if c == '.' { Need::Class(name) } else { Need::Id(name) });
                }
            }
            _ => {}
        }
    }
    needs
}

/// A compiled publication-time source.
#[derive(Debug, Clone)]
pub struct DateRule {
    /// Where to look.
    pub selector: Sel,
    /// Attribute to read; the element's text when `None`.
    pub attr: Option<String>,
}

/// A compiled, fully resolved site profile.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Profile name.
    pub name: String,
    /// Hosts served (lowercase, without `www.`).
    pub hosts: Vec<String>,
    /// Template signature selectors.
    pub detect: Vec<Sel>,
    /// Title selectors.
    pub title: Vec<Sel>,
    /// Sapo selectors.
    pub sapo: Vec<Sel>,
    /// Body container selectors.
    pub body: Vec<Sel>,
    /// Author selectors.
    pub author: Vec<Sel>,
    /// Publication-time sources.
    pub published: Vec<DateRule>,
    /// Category selectors.
    pub category: Vec<Sel>,
    /// Tag selectors.
    pub tags: Vec<Sel>,
    /// Body exclusions.
    pub exclude: Vec<Sel>,
    /// Sapo prefix pattern.
    pub sapo_prefix: Option<Regex>,
    /// Patterns of non-person bylines.
    pub author_reject: Vec<Regex>,
}

impl Profile {
    /// True when one of the profile's `detect` selectors matches `doc`.
    pub fn detects(&self, doc: &Html, inv: &Inventory<'_>) -> bool {
        self.detect.iter().any(|s| s.matches(doc, inv))
    }

    /// True when the profile has `detect` selectors at all.
    pub fn has_detect(&self) -> bool {
        !self.detect.is_empty()
    }

    /// Whether the page names this outlet as its own: its site name or publisher contains the
    /// profile's name or the first label of one of its hosts ("Báo điện tử Dân Trí" →
    /// `dantri`), or a canonical / `og:url` host has such a label, or falls under a profile
    /// host. `names` are the page's site and publisher names, `hosts` its own URLs' hosts.
    pub fn named_by(&self, names: &[String], hosts: &[String]) -> bool {
        let compact = |s: &str| -> String {
            crate::text::fold(s).chars().filter(|c| c.is_ascii_alphanumeric()).collect()
        };
        let mut keys: Vec<String> = vec![compact(&self.name.replace("-emagazine", ""))];
        keys.extend(self.hosts.iter().filter_map(|h| h.split('.').next()).map(compact));
        keys.retain(|k| k.len() >= 3);
        let names: Vec<String> = names.iter().map(|n| compact(n)).collect();
        let by_name = names.iter().any(|n| keys.iter().any(|k| n.contains(k.as_str())));
        let by_host = hosts.iter().any(|h| {
            self.host_match_len(h).is_some()
                || h.split('.').any(|label| keys.iter().any(|k| compact(label) == *k))
        });
        by_name || by_host
    }

    /// Length of the longest profile host that `host` falls under, if any.
    pub fn host_match_len(&self, host: &str) -> Option<usize> {
        self.hosts.iter().filter(|h| host_matches(host, h)).map(|h| h.len()).max()
    }

    /// The first element that any of `sels` matches, in selector order.
    pub fn first_match<'a>(doc: &'a Html, sels: &[Sel]) -> Option<ElementRef<'a>> {
        sels.iter().find_map(|s| doc.select(&s.selector).next())
    }
}

/// Parses a profile file into specs (no resolution, no compilation).
pub fn parse_specs(text: &str) -> Result<Vec<ProfileSpec>, ExtractError> {
    let file: ProfileFile = toml::from_str(text).map_err(|e| ExtractError::Toml(e.to_string()))?;
    let mut seen = HashMap::new();
    for spec in &file.profile {
        if spec.name.trim().is_empty() {
            return Err(ExtractError::MissingName);
        }
        if seen.insert(spec.name.clone(), ()).is_some() {
            return Err(ExtractError::DuplicateProfile(spec.name.clone()));
        }
    }
    Ok(file.profile)
}

/// Resolves `extends` for every spec in `specs`, looking parents up first in `specs`, then
/// in `fallback`, and compiles the results.
pub fn compile_all(
    specs: &[ProfileSpec],
    fallback: &[ProfileSpec],
) -> Result<Vec<Profile>, ExtractError> {
    let mut by_name: HashMap<&str, &ProfileSpec> = HashMap::new();
    for s in fallback {
        by_name.insert(s.name.as_str(), s);
    }
    for s in specs {
        by_name.insert(s.name.as_str(), s);
    }
    specs.iter().map(|s| resolve(s, &by_name, 0).and_then(|r| compile(&r))).collect()
}

/// Merges a spec with its ancestors: fields the child leaves out come from the parent.
fn resolve(
    spec: &ProfileSpec,
    by_name: &HashMap<&str, &ProfileSpec>,
    depth: usize,
) -> Result<ProfileSpec, ExtractError> {
    let Some(parent_name) = spec.extends.as_deref() else {
        return Ok(spec.clone());
    };
    if depth >= MAX_EXTENDS_DEPTH || parent_name == spec.name {
        return Err(ExtractError::ExtendsCycle(spec.name.clone()));
    }
    let parent = by_name.get(parent_name).ok_or_else(|| ExtractError::UnknownParent {
        profile: spec.name.clone(),
        parent: parent_name.to_string(),
    })?;
    let parent = resolve(parent, by_name, depth + 1)?;
    Ok(ProfileSpec {
        name: spec.name.clone(),
        extends: None,
        hosts: spec.hosts.clone().or(parent.hosts),
        detect: spec.detect.clone().or(parent.detect),
        title: spec.title.clone().or(parent.title),
        sapo: spec.sapo.clone().or(parent.sapo),
        body: spec.body.clone().or(parent.body),
        author: spec.author.clone().or(parent.author),
        published: spec.published.clone().or(parent.published),
        category: spec.category.clone().or(parent.category),
        tags: spec.tags.clone().or(parent.tags),
        exclude: spec.exclude.clone().or(parent.exclude),
        sapo_prefix: spec.sapo_prefix.clone().or(parent.sapo_prefix),
        author_reject: spec.author_reject.clone().or(parent.author_reject),
    })
}

/// Compiles a resolved spec.
fn compile(spec: &ProfileSpec) -> Result<Profile, ExtractError> {
    let name = spec.name.clone();
    let sels = |list: &Option<Vec<String>>| -> Result<Vec<Sel>, ExtractError> {
        list.as_deref().unwrap_or_default().iter().map(|src| compile_selector(&name, src)).collect()
    };
    let regex = |src: &str| -> Result<Regex, ExtractError> {
        Regex::new(src).map_err(|e| ExtractError::Regex {
            profile: name.clone(),
            pattern: src.to_string(),
            message: e.to_string(),
        })
    };
    let published = spec
        .published
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|r| {
            let (selector, attr) = match r {
                DateRuleSpec::Text(s) => (s.as_str(), None),
                DateRuleSpec::Full { selector, attr } => (selector.as_str(), attr.clone()),
            };
            Ok(DateRule { selector: compile_selector(&name, selector)?, attr })
        })
        .collect::<Result<Vec<_>, ExtractError>>()?;
    Ok(Profile {
        name: name.clone(),
        hosts: spec
            .hosts
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|h| clean_host(h))
            .filter(|h| !h.is_empty())
            .collect(),
        detect: sels(&spec.detect)?,
        title: sels(&spec.title)?,
        sapo: sels(&spec.sapo)?,
        body: sels(&spec.body)?,
        author: sels(&spec.author)?,
        published,
        category: sels(&spec.category)?,
        tags: sels(&spec.tags)?,
        exclude: sels(&spec.exclude)?,
        sapo_prefix: spec.sapo_prefix.as_deref().map(regex).transpose()?,
        author_reject: spec
            .author_reject
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|p| regex(p))
            .collect::<Result<Vec<_>, _>>()?,
    })
}

/// Compiles one selector, naming the profile on failure.
fn compile_selector(profile: &str, src: &str) -> Result<Sel, ExtractError> {
    let needs = needs_of(src);
    Selector::parse(src).map(|selector| Sel { source: src.to_string(), selector, needs }).map_err(
        |e| ExtractError::Selector {
            profile: profile.to_string(),
            selector: src.to_string(),
            message: e.to_string(),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_matching() {
        let cases: &[(&str, &str, bool)] = &[
            ("dantri.com.vn", "dantri.com.vn", true),
            ("m.dantri.com.vn", "dantri.com.vn", true),
            ("notdantri.com.vn", "dantri.com.vn", false),
            ("dantri.com.vn.evil.org", "dantri.com.vn", false),
            ("vn", "dantri.com.vn", false),
        ];
        for (host, pattern, want) in cases {
            assert_eq!(host_matches(host, pattern), *want, "{host} vs {pattern}");
        }
    }

    #[test]
    fn clean_host_strips_www_and_case() {
        let cases = [("WWW.Dantri.com.vn", "dantri.com.vn"), ("laodong.vn.", "laodong.vn")];
        for (input, want) in cases {
            assert_eq!(clean_host(input), want);
        }
    }

    /// The pre-filter never rules out a selector that matches: each selector is checked on pages
    /// where it matches and where one needed class or id is missing.
    #[test]
    fn detect_prefilter_agrees_with_the_selector() {
        fn check(selector: &str, needs: &[&str], html: &str, expected: bool) {
            let sel = compile_selector("test", selector).unwrap();
            let got: Vec<String> = sel
                .needs
                .iter()
                .map(|n| match n {
                    Need::Class(c) => format!(".{c}"),
                    Need::Id(i) => format!("#{i}"),
                })
                .collect();
            assert_eq!(got, needs, "needs of {selector}");
            let doc = Html::parse_document(html);
            let inv = Inventory::of(&doc);
            let real = doc.select(&sel.selector).next().is_some();
            assert_eq!(real, expected, "{selector} on {html}");
            assert_eq!(sel.matches(&doc, &inv), real, "{selector} on {html}");
        }
        let page = r#"<body class="x emagazine"><div id="cotent_detail"><h1 class="title-detail a">T</h1>
            <div data-role="content" class="detail-content"><p>b</p></div></div></body>"#;
        check("h1.title-detail", &[".title-detail"], page, true);
        check("h1.title-page.detail", &[".title-page", ".detail"], page, false);
        check("div#cotent_detail", &["#cotent_detail"], page, true);
        check("body.emagazine", &[".emagazine"], page, true);
        check("[data-role='content'].detail-content", &[".detail-content"], page, true);
        check("[data-x='a.b'] p", &[], page, false);
        check("div.nope, h1.title-detail", &[], page, true);
        check("div:not(.nope)", &[], page, true);
        check("div.detail-content p", &[".detail-content"], page, true);
        check("div.missing p", &[".missing"], page, false);
    }
}
