//! Article extraction: from a decoded HTML page to an [`Article`].
//!
//! **Invariant**: extractors do no I/O. They receive NFC text and return plain data.
//!
//! How a page is read ([`extract_html`]):
//! 1. choose a site profile: the name the caller gives, else the URL's host (the given URL,
//!    else the page's canonical URL; suffix match, `www.` ignored; among several profiles of
//!    one host the one whose `detect` selectors match the page), else a profile whose `detect`
//!    selectors match, but only when the page names that outlet (site name, canonical or
//!    publisher host) or most of its links point to it (a saved copy of a known template),
//!    else none (`"generic"`) — see `Profiles::choose`;
//! 2. apply the profile's selectors ([`site`]);
//! 3. fill what the profile did not find from page metadata ([`meta`]): title from
//!    `og:title`, JSON-LD `headline`, `h1`, `<title>`; publication time from
//!    `article:published_time` (ISO 8601; one in a locale's shape only after JSON-LD's
//!    published date), JSON-LD, the profile's date rules, `time[datetime]`, meta
//!    pubdate tags, visible header text ([`date`]); author, category and tags likewise;
//! 4. body from the profile's container; when it yields none, or far less text than the page's
//!    main content, the generic extractor ([`generic`]) takes over, as it does for a page with
//!    no profile, when the page carries article markup or its address is shaped like an
//!    article's (`article_shaped_url`; listing pages keep an empty body); `extract --explain`
//!    prints the path taken and why;
//! 5. clean up: outlet prefixes such as "(Dân trí) - " removed from the sapo, a repeat of the
//!    title or sapo at the top of the body dropped, bylines that are not people dropped.
//!
//! Profiles are data ([`Profiles`]): the built-in `profiles.toml` is embedded and a user file
//! in the same format adds or overrides profiles by name at run time.

pub mod boilerplate;
pub mod date;
pub mod dom;
pub mod generic;
pub mod meta;
pub mod normalize;
pub mod profile;
pub mod site;

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use regex::Regex;
use scraper::Html;

use self::dom::is_placeholder;
use self::meta::PageMeta;
use self::profile::{clean_host, compile_all, parse_specs, ProfileSpec, BUILTIN_TOML};

pub use self::profile::{Inventory, Profile};

/// One extracted article. All strings are NFC.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Article {
    /// The article's URL: the one given by the caller, else the page's canonical URL.
    pub url: Option<String>,
    /// Host of the URL without a leading `www.` (`dantri.com.vn`).
    pub site: Option<String>,
    /// Name of the site profile used, `"generic"` for the fallback, `None` for plain text.
    pub profile: Option<String>,
    /// Headline.
    pub title: Option<String>,
    /// Lead paragraph, outlet prefix such as "(Dân trí) - " removed.
    pub sapo: Option<String>,
    /// Body text: paragraphs separated by one blank line.
    pub body: String,
    /// Author(s) as written in the byline, cleaned: the names of [`Article::authors`] joined
    /// with ", ".
    pub author: Option<String>,
    /// Authors, one name each, normalised from the byline: "Theo X" is a source, not an
    /// author; trailing dashes, parentheses and "Tin, ảnh:" labels are removed.
    pub authors: Vec<String>,
    /// Location or agency stamp that opened the lead, kept apart from the first sentence:
    /// "TP HCM", "Chinhphu.vn", "HNM", "VTC News".
    pub dateline: Option<String>,
    /// Where a relayed text comes from, moved out of the body's end or the byline: "VTV",
    /// "TTXVN", "tổng hợp".
    pub source: Option<String>,
    /// Publication time with the site's offset (Vietnam: +07:00).
    pub published: Option<DateTime<FixedOffset>>,
    /// Section or category as the site names it.
    pub category: Option<String>,
    /// Tags / keywords.
    pub tags: Vec<String>,
    /// `<link rel=canonical>` or `og:url` of the page, when present.
    pub canonical_url: Option<String>,
}

impl Article {
    /// The text the entity extractors read: title, sapo and body joined by blank lines.
    pub fn text(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        for p in [self.title.as_deref(), self.sapo.as_deref(), Some(self.body.as_str())]
            .into_iter()
            .flatten()
        {
            if !p.trim().is_empty() {
                parts.push(p);
            }
        }
        parts.join("\n\n")
    }

    /// `published` as an RFC 3339 string (`2025-05-09T11:02:00+07:00`).
    pub fn published_rfc3339(&self) -> Option<String> {
        self.published.map(|d| d.to_rfc3339())
    }
}

/// Errors loading site profiles. Extraction itself never fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExtractError {
    /// The profile file is not valid TOML or does not have the profile shape.
    #[error("invalid profile file: {0}")]
    Toml(String),
    /// A `[[profile]]` table has an empty `name`.
    #[error("a profile has an empty name")]
    MissingName,
    /// Two profiles of one file share a name.
    #[error("profile {0:?} is defined twice in one file")]
    DuplicateProfile(String),
    /// `extends` names a profile that exists neither in the file nor built in.
    #[error("profile {profile:?} extends unknown profile {parent:?}")]
    UnknownParent {
        /// The profile with the bad `extends`.
        profile: String,
        /// The missing parent.
        parent: String,
    },
    /// `extends` chains loop or nest too deep.
    #[error("profile {0:?}: `extends` forms a cycle or nests too deep")]
    ExtendsCycle(String),
    /// A CSS selector does not parse.
    #[error("profile {profile:?}: invalid CSS selector {selector:?}: {message}")]
    Selector {
        /// Profile name.
        profile: String,
        /// The selector as written.
        selector: String,
        /// Parser message.
        message: String,
    },
    /// A regular expression does not compile.
    #[error("profile {profile:?}: invalid regex {pattern:?}: {message}")]
    Regex {
        /// Profile name.
        profile: String,
        /// The pattern as written.
        pattern: String,
        /// Compiler message.
        message: String,
    },
}

/// A set of site profiles, in priority order.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    /// Specs as loaded (kept so `extends` in later files can find their parents).
    specs: Vec<ProfileSpec>,
    /// Compiled profiles, parallel to `specs`.
    list: Vec<Profile>,
}

/// The built-in profiles, compiled once.
static BUILTIN: LazyLock<Profiles> = LazyLock::new(|| {
    let specs = parse_specs(BUILTIN_TOML).unwrap_or_default();
    let list = compile_all(&specs, &[]).unwrap_or_default();
    Profiles { specs, list }
});

impl Profiles {
    /// The profiles embedded in the binary (`profiles.toml`).
    pub fn builtin() -> Profiles {
        BUILTIN.clone()
    }

    /// No profiles at all: every page goes to the generic extractor.
    pub fn empty() -> Profiles {
        Profiles::default()
    }

    /// Parses a profile file (the format of `profiles.toml`). `extends` may name a profile of
    /// the same file or a built-in one.
    pub fn from_toml(text: &str) -> Result<Profiles, ExtractError> {
        let specs = parse_specs(text)?;
        let list = compile_all(&specs, &BUILTIN.specs)?;
        Ok(Profiles { specs, list })
    }

    /// `self` with `other`'s profiles on top: a profile of `other` replaces the one of the
    /// same name in place; new names are appended.
    pub fn with_overrides(self, other: Profiles) -> Profiles {
        let mut specs = self.specs;
        let mut list = self.list;
        for (spec, prof) in other.specs.into_iter().zip(other.list) {
            match list.iter().position(|p| p.name == prof.name) {
                Some(i) => {
                    if let (Some(s), Some(p)) = (specs.get_mut(i), list.get_mut(i)) {
                        *s = spec;
                        *p = prof;
                    }
                }
                None => {
                    specs.push(spec);
                    list.push(prof);
                }
            }
        }
        Profiles { specs, list }
    }

    /// All profiles, in priority order.
    pub fn iter(&self) -> impl Iterator<Item = &Profile> {
        self.list.iter()
    }

    /// Number of profiles.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are no profiles.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The profile called `name`.
    pub fn by_name(&self, name: &str) -> Option<&Profile> {
        self.list.iter().find(|p| p.name == name)
    }

    /// The default profile for a URL's host (or a bare host name): the first of the profiles
    /// with the longest matching host.
    pub fn for_url(&self, url: &str) -> Option<&Profile> {
        self.host_candidates(&host_of(url)?).into_iter().next()
    }

    /// The first profile whose `detect` selectors match the page.
    pub fn detect(&self, doc: &Html) -> Option<&Profile> {
        let inv = Inventory::of(doc);
        self.list.iter().find(|p| p.has_detect() && p.detects(doc, &inv))
    }

    /// The profile for a page: by host (preferring a host profile whose template is detected
    /// on the page), else by template detection — but a detected template claims a page of an
    /// unknown host only when the page names that outlet as its own (site name, publisher,
    /// canonical host: [`Profile::named_by`]); another outlet using the same CMS gets the
    /// generic extractor.
    pub fn for_page(&self, url: Option<&str>, doc: &Html) -> Option<&Profile> {
        self.choose(url, doc, &PageMeta::read(doc)).0
    }

    /// [`Profiles::for_page`] with the reason, for `extract --explain`.
    pub fn choose<'a>(
        &'a self,
        url: Option<&str>,
        doc: &Html,
        meta: &PageMeta,
    ) -> (Option<&'a Profile>, String) {
        let inv = Inventory::of(doc);
        if let Some(host) = url.and_then(host_of) {
            let candidates = self.host_candidates(&host);
            if let Some(p) = candidates.iter().find(|p| p.has_detect() && p.detects(doc, &inv)) {
                return (
                    Some(p),
                    format!("host {host} is {}'s and its template is on the page", p.name),
                );
            }
            if let Some(p) = candidates.into_iter().next() {
                return (Some(p), format!("host {host} is {}'s", p.name));
            }
        }
        let detected: Vec<&Profile> =
            self.list.iter().filter(|p| p.has_detect() && p.detects(doc, &inv)).collect();
        let Some(first) = detected.first() else {
            return (None, "no profile for the host and no known template on the page".into());
        };
        let names: Vec<String> =
            [&meta.site_name, &meta.jsonld.publisher].into_iter().flatten().cloned().collect();
        let hosts: Vec<String> =
            url.into_iter().chain(meta.canonical.as_deref()).filter_map(host_of).collect();
        // Several profiles share a CMS template: the one the page names wins.
        if let Some(p) = detected.iter().find(|p| p.named_by(&names, &hosts)) {
            let why = format!("{}'s template is on the page and the page names the outlet", p.name);
            return (Some(p), why);
        }
        if let Some(p) = detected.iter().find(|p| links_mostly_to(doc, p)) {
            let why = format!(
                "{}'s template is on the page and most of its links and images are the outlet's",
                p.name
            );
            return (Some(p), why);
        }
        let said =
            names.first().or(hosts.first()).map_or("nothing".to_string(), |n| format!("\"{n}\""));
        let why = format!(
            "{}'s template is on the page, but the page names another outlet ({said})",
            first.name
        );
        (None, why)
    }

    /// Profiles whose host matches `host` with the longest pattern, in order.
    fn host_candidates(&self, host: &str) -> Vec<&Profile> {
        let best = self.list.iter().filter_map(|p| p.host_match_len(host)).max();
        match best {
            Some(len) => self.list.iter().filter(|p| p.host_match_len(host) == Some(len)).collect(),
            None => Vec::new(),
        }
    }
}

/// Whether the page has exactly one `<article>` element (the HTML way of saying "one article";
/// listings and home pages wrap every teaser in one).
fn has_article_element(doc: &Html) -> bool {
    static ARTICLE: LazyLock<scraper::Selector> =
        LazyLock::new(|| scraper::Selector::parse("article").expect("valid selector"));
    doc.select(&ARTICLE).take(2).count() == 1
}

/// Whether a URL has the shape of one article's address on Vietnamese news sites: a last path
/// segment that is a hyphenated slug of four words or more ending in a numeric id of six digits
/// or more (`/xa-hoi/tieu-de-bai-bao-20140328123456.htm`, `…-20140324043853404.chn`), as
/// listings (`/the-gioi.htm`, `/trang-2.htm`) never are. Old pages of an outlet, written before
/// its present markup, carry no article markup its profile knows, but their address still says
/// they are one article. The older outlets' shapes count too ([`older_article_slug`]): the id
/// before the slug's words (`/2012/12/41584-nhung-nguoi-kho-hanh-vi-bot-la.html`), or a slug of
/// words alone right under an id segment (`/20121226051446379p0c1019/thieu-tien-hui-….htm`) or
/// under a year and a month (`/2013/06/chien-thuat-gianh-hoc-bong-dai-hoc-danh-tieng-my/`).
fn article_shaped_url(url: &str) -> bool {
    let Ok(parsed) = url::Url::parse(url) else { return false };
    let Some(segments) = parsed.path_segments() else { return false };
    // A trailing slash leaves an empty last segment: the slug is the one before it.
    let segments: Vec<&str> = segments.filter(|s| !s.is_empty()).collect();
    let Some((&last, above)) = segments.split_last() else { return false };
    let stem = last.rsplit_once('.').map_or(last, |(stem, ext)| {
        if ext.chars().all(|c| c.is_ascii_alphabetic()) && ext.len() <= 4 {
            stem
        } else {
            last
        }
    });
    // Older ids carry a short zone code after the number ("…-2014021509250334717ca32.chn").
    static ZONE_CODE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\d{6}[a-z]{1,3}\d{1,4}$").expect("zone code regex is valid"));
    let zoned = ZONE_CODE.find(stem).map_or(stem, |m| &stem[..m.start() + 6]);
    let digits = zoned.len() - zoned.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let words = zoned[..zoned.len() - digits].split('-').filter(|w| !w.is_empty()).count();
    (digits >= 6 && words >= 4) || older_article_slug(stem, above) || slug_then_id(stem, above)
}

/// An older address whose slug and id stand in segments of their own: a last segment that is a
/// numeric id of six digits or more right under a slug of four words or more
/// (`/tin/chinh-tri-xa-hoi/20150323/chat-cay-xanh-ha-noi/724115.html`). A section (`/thoi-su/`)
/// or a numbered page of one (`/thoi-su/trang-2/`) has no slug of four words above an id.
fn slug_then_id(stem: &str, above: &[&str]) -> bool {
    // A day's archive of a section (`/tin/chinh-tri-xa-hoi/20150323/`) is no id.
    let day = stem.len() == 8
        && (stem.starts_with("19") || stem.starts_with("20"))
        && matches!(stem[4..6].parse::<u8>(), Ok(1..=12))
        && matches!(stem[6..8].parse::<u8>(), Ok(1..=31));
    let id = stem.len() >= 6 && stem.bytes().all(|c| c.is_ascii_digit()) && !day;
    id && above.last().is_some_and(|s| {
        s.bytes().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-')
            && s.split('-').filter(|w| !w.is_empty()).count() >= 4
    })
}

/// Least digits of an id written before a slug's words ([`older_article_slug`]).
const LEADING_ID_DIGITS: usize = 5;
/// Least words of a slug with no id in it ([`older_article_slug`]).
const PLAIN_SLUG_WORDS: usize = 5;

/// The older outlets' article addresses ([`article_shaped_url`]): a slug `stem` of four words
/// or more after an id of [`LEADING_ID_DIGITS`] digits or more (`41584-nhung-nguoi-kho-hanh`),
/// or a slug of [`PLAIN_SLUG_WORDS`] lower-case ASCII words or more with no digit, whose
/// segment (in `above`, the path's segments before it) follows an id segment that opens with
/// six digits or more (`20121226051446379p0c1019`) or a year and a month, with or without a
/// day (`2013/06`, `2013/06/13`). A section's address (`/tin-tuc/the-gioi/`), a dated
/// archive (`/2013/06/`) or a tag page is none of them.
fn older_article_slug(stem: &str, above: &[&str]) -> bool {
    let leading = stem.len() - stem.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let slug_words = |s: &str| s.split('-').filter(|w| !w.is_empty()).count();
    if leading >= LEADING_ID_DIGITS {
        let rest = &stem[leading..];
        return rest.starts_with('-') && slug_words(rest) >= 4;
    }
    let plain = !stem.is_empty()
        && stem.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
        && slug_words(stem) >= PLAIN_SLUG_WORDS;
    if !plain {
        return false;
    }
    let number = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|c| c.is_ascii_digit())
    };
    let id = above.last().is_some_and(|s| s.bytes().take_while(u8::is_ascii_digit).count() >= 6);
    // A year (19xx, 20xx) then one or two numbers of one or two digits (month, day).
    let dated = (1..=2).any(|k| {
        above.len() > k
            && above[above.len() - k..].iter().all(|s| number(s, 1..=2))
            && number(above[above.len() - k - 1], 4..=4)
            && (above[above.len() - k - 1].starts_with("19")
                || above[above.len() - k - 1].starts_with("20"))
    });
    id || dated
}

/// Whether at least a third of the page's absolute links and images (and at least three) point
/// to `profile`'s hosts: a saved page of the outlet without its `<head>` still links to its own
/// author pages and image servers; another outlet on the same CMS links to itself.
fn links_mostly_to(doc: &Html, profile: &Profile) -> bool {
    static LINKS: LazyLock<scraper::Selector> =
        LazyLock::new(|| scraper::Selector::parse("a[href], img[src]").expect("valid selector"));
    let mut total = 0usize;
    let mut own = 0usize;
    for el in doc.select(&LINKS).take(400) {
        let v = el.value();
        let Some(target) = v.attr("href").or_else(|| v.attr("src")) else { continue };
        if !target.starts_with("http://") && !target.starts_with("https://") {
            continue;
        }
        let Some(host) = host_of(target) else { continue };
        total += 1;
        own += usize::from(profile.host_match_len(&host).is_some());
    }
    own >= 3 && own * 3 >= total
}

/// Elements a CMS or template marks as the article's lead (sapo).
static LEAD_MARK: LazyLock<scraper::Selector> = LazyLock::new(|| {
    scraper::Selector::parse(
        "[data-field='sapo'], [data-role='sapo'], [class$='__lead'], [class$='-sapo'], \
         [class$='__sapo'], [class~='sapo'], [class~='article-lead'], [class~='article-sapo']",
    )
    .expect("valid selector")
});

/// The first element marked as the article's lead that reads as one: 8 to 150 words of text,
/// not a link. `<meta>` and teaser boxes (most of their text in links) are not leads.
fn marked_lead(doc: &Html) -> Option<String> {
    doc.select(&LEAD_MARK).take(20).find_map(|el| {
        let text = dom::plain_text(el);
        let words = text.split_whitespace().count();
        let linked: usize = el
            .descendants()
            .filter_map(scraper::ElementRef::wrap)
            .filter(|e| e.value().name() == "a")
            .map(|a| dom::plain_text(a).len())
            .sum();
        ((8..=150).contains(&words) && linked * 3 < text.len()).then_some(text)
    })
}

/// Elements a CMS marks as the article's source (VCCorp's `data-field="source"`).
static SOURCE_MARK: std::sync::LazyLock<scraper::Selector> = std::sync::LazyLock::new(|| {
    scraper::Selector::parse("[data-field='source'], [data-role='source']").expect("valid selector")
});

/// Elements with a class attribute, for source classes ([`is_source_class`]).
static WITH_CLASS: LazyLock<scraper::Selector> =
    LazyLock::new(|| scraper::Selector::parse("[class]").expect("valid selector"));

/// The source a CMS attribute marks, when short enough to be a name ("Nhịp sống thị
/// trường"); a leading "Theo" is dropped.
fn marked_source(doc: &Html) -> Option<String> {
    doc.select(&SOURCE_MARK).find_map(source_name)
}

/// The source a class marks (`cms-source`, `pSource`, `article-source`: [`is_source_class`]),
/// when it reads as a name without digits, or as a "Theo X" line whose X of one to three words
/// has digits but no date or time signs ("Theo K14").
fn class_marked_source(doc: &Html) -> Option<String> {
    doc.select(&WITH_CLASS).filter(|el| el.value().classes().any(is_source_class)).find_map(|el| {
        let name = source_name(el)?;
        if !name.chars().any(|c| c.is_ascii_digit()) {
            return Some(name);
        }
        let text = crate::text::collapse_whitespace(&el.text().collect::<String>());
        let relayed = text.trim().starts_with("Theo ")
            && name.split_whitespace().count() <= 3
            && !name.contains(['/', ':', '-', '.', ',']);
        relayed.then_some(name)
    })
}

/// The text of a source mark as a name: a leading slash, dash or "Theo" dropped.
fn source_name(el: scraper::ElementRef<'_>) -> Option<String> {
    let text = crate::text::collapse_whitespace(&el.text().collect::<String>());
    let text = text.trim().trim_start_matches(['/', '-', '–', ':']).trim();
    short_source_name(text.strip_prefix("Theo ").unwrap_or(text).trim())
}

/// A class token naming an article's source: `source`, or a word ending in `-source`,
/// `_source` or camel-case `Source` (`pSource`), but not a time, image or code source.
fn is_source_class(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    let Some(head) = lower.strip_suffix("source") else { return false };
    let camel = token.len() > 6 && token.ends_with("Source");
    let boundary = head.is_empty() || head.ends_with(['-', '_']) || camel;
    let other = ["time", "date", "img", "image", "photo", "video", "code", "map"];
    boundary && !other.iter().any(|o| head.contains(o))
}

/// `name` when it is short enough to name a source: one to eight words, at most 60 characters.
fn short_source_name(name: &str) -> Option<String> {
    let words = name.split_whitespace().count();
    ((1..=8).contains(&words) && name.chars().count() <= 60).then(|| name.to_string())
}

/// The source named next to an original-article link widget ("Theo Đời sống Pháp luật" beside
/// "Link bài gốc · Lấy link"), which relaying outlets print outside the body: the "Theo X" text
/// in the nearest box around the widget's label.
fn linked_original_source(doc: &Html) -> Option<String> {
    let label = doc.root_element().descendants().find(|n| {
        n.value().as_text().is_some_and(|t| t.trim().eq_ignore_ascii_case("link bài gốc"))
    })?;
    // The label's own box, then up to three boxes around it.
    for ancestor in label.ancestors().skip(1).take(4) {
        let Some(el) = scraper::ElementRef::wrap(ancestor) else { continue };
        let texts: Vec<String> = el
            .text()
            .map(crate::text::collapse_whitespace)
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty())
            .collect();
        for (i, t) in texts.iter().enumerate() {
            let name = match t.strip_prefix("Theo") {
                Some("") => texts.get(i + 1).map(String::as_str).unwrap_or(""),
                Some(rest) if rest.starts_with(' ') => rest.trim(),
                _ => continue,
            };
            if let Some(name) = short_source_name(name) {
                return Some(name);
            }
        }
    }
    None
}

/// Host of a URL (or of a bare `host/path`), lowercase, without `www.`.
pub fn host_of(url: &str) -> Option<String> {
    let u = url.trim();
    let parsed = url::Url::parse(u)
        .ok()
        .filter(|p| p.host_str().is_some())
        .or_else(|| url::Url::parse(&format!("http://{u}")).ok())?;
    let host = clean_host(parsed.host_str()?);
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// Plain text input: the whole text is the body; nothing else is known.
pub fn extract_text(text: &str) -> Article {
    Article { body: crate::text::normalize(text.trim()), ..Article::default() }
}

/// Extracts an article from an HTML page (already decoded and NFC).
///
/// `url` selects the profile by host and becomes [`Article::url`]; `profile` forces a profile
/// by name (an unknown name is ignored). Never fails: what cannot be found is `None`/empty.
pub fn extract_html(
    html: &str,
    url: Option<&str>,
    profile: Option<&str>,
    profiles: &Profiles,
) -> Article {
    extract_html_explained(html, url, profile, profiles).0
}

/// A profiled body shorter than this many characters is checked against the generic
/// extractor's reading of the page.
const SHORT_PROFILE_BODY: usize = 1500;

/// [`extract_html`], with the path taken and why, one line each (`vnmon extract --explain`).
pub fn extract_html_explained(
    html: &str,
    url: Option<&str>,
    profile: Option<&str>,
    profiles: &Profiles,
) -> (Article, Vec<String>) {
    let doc = Html::parse_document(html);
    let meta = PageMeta::read(&doc);
    let given_url = url.map(str::trim).filter(|u| !u.is_empty()).map(String::from);
    let page_url = given_url.clone().or_else(|| meta.canonical.clone());
    let mut notes = Vec::new();

    let (mut chosen, why) = match profile.and_then(|name| profiles.by_name(name)) {
        Some(p) => (Some(p), format!("profile {} asked for", p.name)),
        None => profiles.choose(page_url.as_deref(), &doc, &meta),
    };
    notes.push(format!("profile: {} ({why})", chosen.map_or("none", |p| p.name.as_str())));
    let mut fields = chosen.map(|p| site::extract(&doc, p)).unwrap_or_default();
    // A profile that finds no body, or far less text than the page's main content, does not
    // fit this page: fall back to the generic extractor and say so.
    if let Some(p) = chosen {
        let profiled: usize = fields.body.iter().map(|b| b.chars().count()).sum();
        // A page the profile reads as no article at all (a listing, a home page) keeps its empty
        // body unless the page itself says it is one article.
        let one_article = meta.has_article_markup()
            || fields.found_article()
            || has_article_element(&doc)
            || page_url.as_deref().is_some_and(article_shaped_url);
        if profiled < SHORT_PROFILE_BODY && (profiled > 0 || one_article) {
            let generic: usize = generic::main_content(&doc).chars().count();
            if generic >= 400 && generic > profiled.saturating_mul(3) {
                notes.push(format!(
                    "fallback: {}'s selectors found {profiled} characters of body, the page's main content has {generic}: generic extractor",
                    p.name
                ));
                chosen = None;
                fields = site::SiteFields::default();
            }
        }
    }

    // A page with article markup, or one where the profile found article content, or any
    // page without a profile is read as an article; a profiled page without either is a
    // listing or a home page and gets no body, sapo or date guessed from its furniture.
    let article_like = chosen.is_none() || meta.has_article_markup() || fields.found_article();

    let meta_titles = [&meta.og_title, &meta.jsonld.headline, &meta.meta_title, &meta.title_tag];
    let title = fields
        .title
        .clone()
        .map(|t| respaced(t, meta_titles.iter().filter_map(|m| m.as_deref())))
        .or_else(|| meta.og_title.clone().map(|og| unsuffixed(og, meta.h1.as_deref())))
        .or_else(|| meta.jsonld.headline.clone())
        .or_else(|| meta.h1.clone())
        .or_else(|| meta.dated_heading.clone())
        .or_else(|| meta.meta_title.clone())
        .or_else(|| meta.title_tag.clone());

    let prefix = chosen.and_then(|p| p.sapo_prefix.as_ref());
    let sapo_from_meta = fields.sapo.is_none();
    let sapo_raw = fields.sapo.clone().or_else(|| {
        article_like
            .then(|| {
                meta.description
                    .clone()
                    .or_else(|| meta.jsonld.description.clone())
                    .or_else(|| meta.dated_lead.clone())
            })
            .flatten()
            .map(|d| without_keyword_prefix(normalize::description_text(d), title.as_deref()))
    });

    let mut tail = Vec::new();
    let mut lead_prefix = None;
    let mut body = if !fields.body.is_empty() {
        fields.body.clone()
    } else if article_like {
        let lead = sapo_raw.as_deref().filter(|_| sapo_from_meta);
        let content = generic::main_content_parts(&doc, lead);
        tail = content.tail;
        lead_prefix = content.lead_prefix;
        // A paragraph is one line with its whitespace collapsed: a table row's cells, joined
        // with a tab in the text, keep a ` | ` between them there.
        let mut body: Vec<String> = content
            .text
            .split("\n\n")
            .map(|p| {
                if p.contains('\t') {
                    dom::squash(&p.replace('\t', " | "))
                } else {
                    dom::squash(p)
                }
            })
            .filter(|p| !p.is_empty())
            .collect();
        // A link teaser glued onto the last paragraph by line breaks; a credit after it goes
        // with the lines after the body.
        if let Some((kept, credit)) = body.last().and_then(|p| normalize::glued_teaser(p)) {
            if let Some(last) = body.last_mut() {
                *last = kept;
            }
            tail.splice(0..0, credit);
        }
        body
    } else {
        Vec::new()
    };
    let (mut dateline, sapo) = match sapo_raw {
        Some(s) => {
            let (d, rest) = normalize::split_dateline(&s, prefix);
            // The metadata's copy of the lead may lack the stamp the page prints before it.
            let d = d.or_else(|| {
                let shown = format!("{} {s}", lead_prefix.as_deref()?);
                let (d, shown_rest) = normalize::split_dateline(&shown, prefix);
                (shown_rest == rest).then_some(d).flatten()
            });
            (d, Some(rest))
        }
        None => (None, None),
    };
    let mut sapo = sapo.filter(|s| !s.is_empty());
    let shown_lead = if sapo_from_meta && article_like { marked_lead(&doc) } else { None };
    if let Some(lead) = shown_lead {
        // The lead the page shows in an element marked as one, rather than a summary written
        // for search engines.
        let shown = normalize::split_dateline(&lead, prefix).1;
        // The stamp the metadata writes "(Dân trí) - …" may stand bare before the shown lead.
        let bare =
            dateline.as_deref().zip(sapo.as_deref()).and_then(|(d, m)| bare_stamp(&shown, d, m));
        sapo = Some(bare.unwrap_or(shown));
    } else if sapo_from_meta {
        // Of the page's summaries, the one it shows at the top of the body is the lead.
        let others = [&meta.other_description, &meta.jsonld.description];
        if let Some(shown) = shown_summary(body.first(), sapo.as_deref(), others, prefix) {
            sapo = Some(shown);
        }
    }
    let cleaned = clean_body(&mut body, title.as_deref(), sapo.as_deref(), prefix);
    // The page's own copy of the lead is the one readers see.
    let sapo = match cleaned.shown_sapo {
        Some(shown) if sapo_from_meta => {
            // A stamp the page prints before its lead without a dash ("BNEWS Đà tăng …").
            match sapo.as_deref().and_then(|s| capital_stamp(&shown, s)) {
                Some((stamp, rest)) => {
                    dateline = dateline.or(Some(stamp));
                    Some(rest)
                }
                None => {
                    let meta = dateline.as_deref().zip(sapo.as_deref());
                    Some(meta.and_then(|(d, m)| bare_stamp(&shown, d, m)).unwrap_or(shown))
                }
            }
        }
        _ => sapo,
    };
    dateline = dateline.or(cleaned.dateline);
    // A relaying page's original-article widget names the paper the story was taken from; a
    // credit closing the text ("Theo Bảo hiểm xã hội TP Hà Nội") names that paper's own source.
    // The same substring test first: most pages have no such widget.
    let widget = || html.contains("bài gốc").then(|| linked_original_source(&doc)).flatten();
    let mut source = cleaned.source.map(|credit| widget().unwrap_or(credit));

    let published = meta
        .article_published
        .or(meta.jsonld.date_published)
        .or(meta.jsonld.date_created)
        .or(meta.article_published_loose)
        .or(meta.jsonld.date_modified)
        .or(fields.published)
        .or_else(|| {
            if article_like {
                meta.time_datetime.or(meta.meta_pubdate).or(meta.visible_date)
            } else {
                None
            }
        });

    let stated = fields
        .author
        .clone()
        .filter(|a| is_person(a, chosen, &meta))
        .or_else(|| {
            let from_ld = meta.jsonld.authors.join(", ");
            (!from_ld.is_empty() && is_person(&from_ld, chosen, &meta)).then_some(from_ld)
        })
        .or_else(|| {
            let names: Vec<&String> =
                meta.authors.iter().filter(|a| is_person(a, chosen, &meta)).collect();
            (!names.is_empty())
                .then(|| names.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
        });
    // A stated author that names nobody (an organisation dropped by the normaliser) gives way
    // to what the page shows.
    let (mut authors, byline_source) = match stated.map(|a| normalize::normalize_byline(&a)) {
        Some((authors, source)) if !authors.is_empty() || source.is_some() => (authors, source),
        _ => {
            let head: Vec<String> =
                title.as_deref().and_then(|t| under_headline(&doc, t)).into_iter().collect();
            visible_byline(&meta.bylines, &tail, &head, chosen, &meta)
        }
    };
    // "Văn Giáp/Bnews/vnanet.vn": the outlet's own name is not an author.
    authors.retain(|a| !names_outlet(a, &meta));
    // A substring test first: most pages carry no such mark, and a selector walks the page.
    let may_mark_source = html.contains("=\"source\"") || html.contains("='source'");
    // A "Theo X" byline beside a source the CMS marks as another paper ("Theo Phạm Trường" over
    // a source field "Tiền Phong"): X is the writer of the story taken from that paper, as with
    // a "Theo X" line over the paper's name ([`normalize::writer_and_source`]).
    let byline_source = match byline_source {
        Some(x) if authors.is_empty() && may_mark_source => {
            let key = |s: &str| crate::text::fold(s);
            match marked_source(&doc).filter(|paper| key(paper) != key(&x)) {
                // A person's name, not an agency's initials ("Theo VTV").
                Some(paper)
                    if normalize::is_name_shaped(&x)
                        && x.chars().any(char::is_lowercase)
                        && is_person(&x, chosen, &meta) =>
                {
                    authors = vec![x];
                    Some(paper)
                }
                _ => Some(x),
            }
        }
        other => other,
    };
    source =
        source.or(byline_source).or_else(|| may_mark_source.then(|| marked_source(&doc)).flatten());
    // Then the original-article link widget.
    if source.is_none() {
        source = widget();
    }
    // Last, a class naming a source; the same test first.
    let may_class_source =
        ["-source", "_source", "Source\"", "Source ", "class=\"source", "class='source"]
            .iter()
            .any(|m| html.contains(m));
    if source.is_none() && may_class_source {
        source = class_marked_source(&doc);
    }
    let author = (!authors.is_empty()).then(|| authors.join(", "));

    let category = fields.category.clone().or_else(|| {
        if !article_like {
            return None;
        }
        breadcrumb_category(&meta.jsonld.breadcrumb)
            .or_else(|| meta.jsonld.section.clone())
            .or_else(|| meta.section.clone())
    });

    let tags = if !fields.tags.is_empty() {
        fields.tags.clone()
    } else if article_like {
        if !meta.jsonld.keywords.is_empty() && meta.tags.is_empty() {
            meta.jsonld.keywords.clone()
        } else {
            meta.tags.clone()
        }
    } else {
        Vec::new()
    };

    let site = page_url.as_deref().and_then(host_of);
    let article = Article {
        url: page_url,
        site,
        profile: Some(chosen.map_or_else(|| "generic".to_string(), |p| p.name.clone())),
        title: field(title),
        sapo: field(sapo),
        body: body.join("\n\n"),
        authors: authors.iter().filter_map(|a| field(Some(a.clone()))).collect(),
        author: field(author),
        dateline: field(dateline),
        source: field(source),
        published,
        category: field(category),
        tags: tags.into_iter().filter(|t| !is_placeholder(t)).collect(),
        canonical_url: meta.canonical.clone(),
    };
    notes.push(format!(
        "path: {}",
        match chosen {
            Some(p) =>
                format!("profile {} (fields the profile misses come from page metadata)", p.name),
            None => "generic extractor (content scoring) and page metadata".to_string(),
        }
    ));
    (article, notes)
}

/// The profile's `title` in the spacing of a metadata title that has the same characters but
/// for whitespace. A headline split into styled spans ("Phường X:</span><span>Mong …") loses the
/// space that the page's CSS draws; `og:title` and `<title>` keep it.
/// The page's headline when its `og:title` is that headline plus a site suffix ("Tin A |
/// CafeF Mobile", "Tin A - Báo X"): the suffix names the site, not the article. Else `og`.
fn unsuffixed(og: String, h1: Option<&str>) -> String {
    let Some(h1) = h1.map(dom::squash).filter(|h| h.chars().count() >= 10) else {
        return og;
    };
    let squashed = dom::squash(&og);
    let suffix = squashed.strip_prefix(h1.as_str()).map(str::trim_start).unwrap_or("");
    let site = suffix.strip_prefix(['|', '-', '–', '—']).map(str::trim).unwrap_or("");
    if !site.is_empty() && (site.split_whitespace().count() <= 5 || is_keyword_copy(site, &h1)) {
        h1
    } else {
        og
    }
}

/// Least words of a keyword copy of the headline ([`is_keyword_copy`]).
const KEYWORD_COPY_WORDS: usize = 3;

/// An SEO keyword phrase that repeats the headline's own words without their diacritics
/// ("lo luyen thi cong chuc o han" after "Đột nhập lò luyện thi công chức Hàn Quốc"): plain
/// lower-case ASCII letters, at least [`KEYWORD_COPY_WORDS`] words, all but one of them words
/// of the headline once folded. A template glues it to the `og:title` or writes it before the
/// description ("lo luyen thi … - Làng Thi cử …"); it is not part of either.
fn is_keyword_copy(phrase: &str, headline: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.len() < KEYWORD_COPY_WORDS
        || !words.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
    {
        return false;
    }
    let folded = crate::text::fold(headline);
    let known: std::collections::HashSet<&str> =
        folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().filter(|w| !known.contains(**w)).count() <= 1
}

/// The description without a keyword copy of the headline in front of it ("lo luyen thi
/// cong chuc o han quoc - Làng Thi cử …" → "Làng Thi cử …", [`is_keyword_copy`]), when what
/// follows the dash is written with diacritics (the text itself, not more keywords).
fn without_keyword_prefix(description: String, headline: Option<&str>) -> String {
    let Some(headline) = headline else { return description };
    match description.split_once(" - ") {
        Some((head, rest))
            if !rest.is_ascii()
                && rest.chars().next().is_some_and(char::is_uppercase)
                && is_keyword_copy(head, headline) =>
        {
            rest.trim_start().to_string()
        }
        _ => description,
    }
}

fn respaced<'a>(title: String, meta_titles: impl Iterator<Item = &'a str>) -> String {
    let squeezed = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let key = squeezed(&title);
    meta_titles
        .filter(|m| m.split_whitespace().count() > title.split_whitespace().count())
        .find(|m| squeezed(m) == key)
        .map_or(title, |m| m.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Trims a field, dropping it when empty or an unrendered template placeholder.
fn field(s: Option<String>) -> Option<String> {
    s.map(|v| dom::squash(&v)).filter(|v| !v.is_empty() && !is_placeholder(v))
}

/// Removes a location or agency stamp from the start of a sapo (see
/// [`normalize::split_dateline`]): the profile's pattern when it matches, else a generic
/// "(Outlet) - " or a recognised bare stamp ("TP HCM - ").
pub fn strip_sapo_prefix(sapo: &str, profile_prefix: Option<&Regex>) -> String {
    normalize::split_dateline(sapo, profile_prefix).1
}

/// What [`clean_body`] took out of the body besides boilerplate.
#[derive(Debug, Default)]
struct Cleaned {
    /// Stamp that opened the first paragraph.
    dateline: Option<String>,
    /// Source tag that closed the last paragraph.
    source: Option<String>,
    /// The page's own copy of the sapo, taken off the top of the body, when it is a near repeat
    /// of the sapo given (the metadata's copy may drop a word or a bracket: "(FIFA)").
    shown_sapo: Option<String>,
}

/// Body clean-up: section labels, share and ad lines, related titles and a graphic's caption
/// dropped; a dateline
/// split off the first paragraph; a leading repeat of the title or sapo dropped; a source tag
/// moved off the end.
fn clean_body(
    body: &mut Vec<String>,
    title: Option<&str>,
    sapo: Option<&str>,
    prefix: Option<&Regex>,
) -> Cleaned {
    let mut out = Cleaned::default();
    normalize::drop_labels(body);
    // A map's or a chart's label kept with the captions of a photo story.
    body.retain(|p| !normalize::is_graphic_caption(p));
    if let Some(first) = body.first_mut() {
        let (d, rest) = normalize::split_dateline(first, prefix);
        out.dateline = d;
        *first = rest;
    }
    body.retain(|p| !p.is_empty());
    if let (Some(first), Some(t)) = (body.first(), title) {
        if repeats(first, t) {
            body.remove(0);
        }
    }
    if let (Some(first), Some(s)) = (body.first(), sapo) {
        if crate::text::fold(first) == crate::text::fold(s) {
            body.remove(0);
        } else if near_repeat(first, s) {
            out.shown_sapo = Some(body.remove(0));
        }
    }
    out.source = normalize::take_source(body);
    // A paragraph at the end that opens with an outlet's stamp ("VOV.VN - …") is the lead of a
    // teaser for another story: the article's own stamp opens its first paragraph only.
    while body.len() > 1
        && body.last().is_some_and(|p| normalize::split_dateline(p, prefix).0.is_some())
    {
        body.pop();
    }
    out
}

/// The summary among `others` that the body's `first` paragraph repeats (after its dateline),
/// when the chosen `sapo` is not repeated there: the page shows that one as its lead.
fn shown_summary(
    first: Option<&String>,
    sapo: Option<&str>,
    others: [&Option<String>; 2],
    prefix: Option<&Regex>,
) -> Option<String> {
    let (_, first) = normalize::split_dateline(first?, prefix);
    let shown = |s: &str| {
        let (_, s) = normalize::split_dateline(s, prefix);
        crate::text::fold(&first) == crate::text::fold(&s) || near_repeat(&first, &s)
    };
    if sapo.is_some_and(shown) {
        return None;
    }
    others.into_iter().flatten().find(|o| shown(o)).map(|o| normalize::split_dateline(o, prefix).1)
}

/// True when `para` is the sapo `s` with a few words more or less: at least 90 % of the sapo's
/// words (of six or more) are in it, and it is at most a quarter longer.
fn near_repeat(para: &str, s: &str) -> bool {
    let words = crate::extract::normalize::folded_words;
    let (pw, sw) = (words(para), words(s));
    if sw.len() < 6 || pw.len() * 4 > sw.len() * 5 + 8 {
        return false;
    }
    let common = sw.iter().filter(|w| pw.contains(w)).count();
    common * 10 >= sw.len() * 9
}

/// True when `para` is a (possibly reworded or upper-cased) repeat of the `title`: short, and
/// most of the title's words appear in it.
fn repeats(para: &str, title: &str) -> bool {
    let words = crate::extract::normalize::folded_words;
    let tw = words(title);
    let pw = words(para);
    if tw.is_empty() || pw.is_empty() || pw.len() * 2 > tw.len() * 3 {
        return false;
    }
    let common = tw.iter().filter(|w| pw.contains(w)).count();
    common * 10 >= tw.len() * 7
}

/// The short line right under the page's headline (the `h1` whose text is `title`): where
/// templates without a byline class print the byline ("Long Trần - Theo Trí Thức Trẻ").
fn under_headline(doc: &Html, title: &str) -> Option<String> {
    static H1: LazyLock<scraper::Selector> =
        LazyLock::new(|| scraper::Selector::parse("h1").expect("valid selector"));
    let want = crate::text::fold(&dom::squash(title));
    let h1 = doc.select(&H1).find(|h| crate::text::fold(&dom::plain_text(*h)) == want)?;
    let next = h1.next_siblings().find_map(scraper::ElementRef::wrap)?;
    let text = dom::plain_text(next);
    (!text.is_empty() && text.chars().count() <= 60 && text.split_whitespace().count() <= 8)
        .then_some(text)
}

/// Authors from what the page shows when no profile or metadata names them: a byline element
/// (`class*=author`, `itemprop=author`, author links), else a short credit line right after the
/// body ("Anh Dũng", "Tin, ảnh: P.Y"), else the short line right under the headline. Only
/// name-shaped results count.
fn visible_byline(
    bylines: &[String],
    tail: &[String],
    head: &[String],
    profile: Option<&Profile>,
    meta: &PageMeta,
) -> (Vec<String>, Option<String>) {
    for (i, candidate) in bylines.iter().chain(tail).chain(head).enumerate() {
        // A line under the headline is at most eight words long already ([`under_headline`]).
        let from_tail = i >= bylines.len();
        if from_tail && i < bylines.len() + tail.len() && candidate.split_whitespace().count() > 6 {
            continue;
        }
        // Each name is checked, not the line: "PV/VOV.VN" credits a reporter beside the outlet.
        let (authors, source) = normalize::normalize_byline(candidate);
        let named = authors.len();
        let authors: Vec<String> =
            authors.into_iter().filter(|a| is_person(a, profile, meta)).collect();
        if named > 0 && authors.is_empty() {
            continue;
        }
        if !authors.is_empty() && authors.iter().all(|a| normalize::is_name_shaped(a)) {
            // A credit line after the body, then a source line of its own ("Trí Hòa", then
            // "Theo EW"): the second names the source.
            let next = (from_tail && source.is_none())
                .then(|| i.checked_sub(bylines.len()).and_then(|t| tail.get(t + 1)))
                .flatten();
            // Not a label over a list of links ("Theo dòng sự kiện:").
            let paper = |s: &String| {
                !s.ends_with(':')
                    && (s.chars().next().is_some_and(|c| !c.is_lowercase())
                        || normalize::is_domain(s))
            };
            let source = source.or_else(|| {
                let (names, source) = normalize::normalize_byline(next?);
                names.is_empty().then_some(source).flatten().filter(paper)
            });
            return (authors, source);
        }
        if authors.is_empty() && source.is_some() && from_tail {
            // "Theo X" then the paper on the next line: X wrote it.
            let next = i.checked_sub(bylines.len()).and_then(|t| tail.get(t + 1));
            if let Some((writer, paper)) =
                next.and_then(|n| normalize::writer_and_source(candidate, n))
            {
                if is_person(&writer, profile, meta) {
                    return (vec![writer], Some(paper));
                }
            }
            return (authors, source);
        }
    }
    (Vec::new(), None)
}

/// The category in a JSON-LD breadcrumb: the first entry after the home page.
fn breadcrumb_category(crumbs: &[String]) -> Option<String> {
    let is_home = |s: &str| {
        let f = crate::text::fold(s);
        f == "trang chu" || f == "home" || f == "trang chủ"
    };
    crumbs.iter().find(|c| !is_home(c)).cloned()
}

/// True when a byline names a person rather than the outlet: not a URL or domain, not the
/// site or publisher name, not rejected by the profile.
/// The words of a page's own lead shown after a stamp in capitals that the metadata's copy
/// lacks: `shown` = "BNEWS Đà tăng …", `meta_copy` = "Đà tăng …" gives ("BNEWS", "Đà tăng …").
/// The stamp is one to three words of capitals and digits.
/// The shown lead without the stamp the metadata's copy of it carries in brackets: `shown` =
/// "Dân trí Sau khi …", `stamp` = "Dân trí" (from "(Dân trí) - Sau khi …"), `meta_rest` = "Sau
/// khi …" gives "Sau khi …". Only when what follows the stamp is the metadata's text.
fn bare_stamp(shown: &str, stamp: &str, meta_rest: &str) -> Option<String> {
    let rest = shown.strip_prefix(stamp)?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start().trim_start_matches(['-', '–', '—', ':']).trim_start();
    // The two copies may end differently (a site name after the metadata's, a cut): their
    // first forty characters, or all of the shorter, must agree.
    let (r, m) = (crate::text::fold(rest), crate::text::fold(meta_rest));
    let common = r.chars().zip(m.chars()).take_while(|(a, b)| a == b).count();
    let need = 40.min(r.chars().count()).min(m.chars().count());
    (need > 0 && common >= need).then(|| rest.to_string())
}

fn capital_stamp(shown: &str, meta_copy: &str) -> Option<(String, String)> {
    let words: Vec<&str> = shown.split_whitespace().collect();
    let copy = crate::text::fold(meta_copy);
    (1..=3.min(words.len().saturating_sub(1))).find_map(|n| {
        let stamp = &words[..n];
        let capitals = stamp.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.')
        });
        let rest = words[n..].join(" ");
        (capitals && crate::text::fold(&rest) == copy).then(|| (stamp.join(" "), rest))
    })
}

/// True when `name` is the page's own outlet: its `og:site_name` or publisher, with or without a
/// domain ending ("Bnews" for a publisher "Bnews.vn").
fn names_outlet(name: &str, meta: &PageMeta) -> bool {
    let key = |s: &str| {
        let f = crate::text::fold(s.trim());
        let f = [".com.vn", ".vn", ".com", ".net"]
            .iter()
            .find_map(|d| f.strip_suffix(d).map(str::to_string))
            .unwrap_or(f);
        f.chars().filter(|c| !c.is_whitespace()).collect::<String>()
    };
    let k = key(name);
    !k.is_empty()
        && [meta.site_name.as_deref(), meta.jsonld.publisher.as_deref()]
            .into_iter()
            .flatten()
            .any(|o| key(o) == k)
}

fn is_person(author: &str, profile: Option<&Profile>, meta: &PageMeta) -> bool {
    let a = author.trim();
    if a.is_empty() || a.contains("://") {
        return false;
    }
    if normalize::is_domain(a) {
        return false;
    }
    if profile.is_some_and(|p| p.author_reject.iter().any(|re| re.is_match(a))) {
        return false;
    }
    let fa = crate::text::fold(a);
    let org_names = [meta.site_name.as_deref(), meta.jsonld.publisher.as_deref()];
    !org_names.into_iter().flatten().any(|o| {
        let fo = crate::text::fold(o);
        fo.contains(&fa) || fa.contains(&fo)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_profiles_compile() {
        let specs = parse_specs(BUILTIN_TOML);
        assert!(specs.is_ok(), "{specs:?}");
        let specs = specs.unwrap_or_default();
        let compiled = compile_all(&specs, &[]);
        assert!(compiled.is_ok(), "{:?}", compiled.err());
        let names: Vec<String> = Profiles::builtin().iter().map(|p| p.name.clone()).collect();
        for want in [
            "dantri",
            "dantri-emagazine",
            "vccorp",
            "baochinhphu",
            "tuoitre",
            "thanhnien",
            "nld",
            "nhandan",
            "hanoimoi",
            "laodongxahoi",
            "vnexpress",
            "laodong",
        ] {
            assert!(names.iter().any(|n| n == want), "missing profile {want}");
        }
    }

    fn check_prefix(input: &str, profile: Option<&str>, expected: &str) {
        let profiles = Profiles::builtin();
        let re = profile.and_then(|n| profiles.by_name(n)).and_then(|p| p.sapo_prefix.as_ref());
        assert_eq!(strip_sapo_prefix(input, re), expected, "input {input:?}");
    }

    #[test]
    fn sapo_prefixes() {
        let cases: &[(&str, Option<&str>, &str)] = &[
            ("(Dân trí) - Thay vì chờ đợi", Some("dantri"), "Thay vì chờ đợi"),
            ("(Dân trí) – Thay vì chờ đợi", Some("dantri"), "Thay vì chờ đợi"),
            ("(Dân trí)- Thay vì", Some("dantri"), "Thay vì"),
            ("  (Chinhphu.vn) - Chính phủ ban hành", Some("baochinhphu"), "Chính phủ ban hành"),
            ("(Chinhphu.vn) - Chính phủ", None, "Chính phủ"),
            ("(NLĐO) - Sáng 5/9", Some("nld"), "Sáng 5/9"),
            ("TTO - Chiều 5/10", Some("tuoitre"), "Chiều 5/10"),
            ("(LĐO) - Sáng nay", Some("laodong"), "Sáng nay"),
            (
                "Không có tiền tố (ghi chú) - ở giữa",
                Some("dantri"),
                "Không có tiền tố (ghi chú) - ở giữa",
            ),
            ("(Ảnh minh họa) Nội dung", None, "(Ảnh minh họa) Nội dung"),
        ];
        for (input, profile, want) in cases {
            check_prefix(input, *profile, want);
        }
    }

    fn check_choice(url: Option<&str>, html: &str, expected: Option<&str>) {
        let profiles = Profiles::builtin();
        let doc = Html::parse_document(html);
        let got = profiles.for_page(url, &doc).map(|p| p.name.as_str());
        assert_eq!(got, expected, "url {url:?}");
    }

    #[test]
    fn profile_choice() {
        let cases: &[(Option<&str>, &str, Option<&str>)] = &[
            (Some("https://dantri.com.vn/xa-hoi/a-1.htm"), "<p>x</p>", Some("dantri")),
            (Some("https://www.dantri.com.vn/a.htm"), "<p>x</p>", Some("dantri")),
            (
                Some("https://dantri.com.vn/the-gioi/a.htm"),
                "<body class=emagazine><article class=e-magazine></article></body>",
                Some("dantri-emagazine"),
            ),
            (Some("https://baochinhphu.vn/a-102.htm"), "", Some("baochinhphu")),
            (Some("https://vpcp.chinhphu.vn/a.htm"), "", Some("baochinhphu")),
            (Some("https://tuoitre.vn/a.htm"), "", Some("tuoitre")),
            (Some("https://m.vnexpress.net/a.html"), "", Some("vnexpress")),
            (Some("https://example.org/a"), "<p>x</p>", None),
            // A template claims a page of an unknown host only when the page names the outlet.
            (
                None,
                "<meta property=og:site_name content=CafeF><div class=\"detail-content afcbc-body\" data-role=content><p>x</p></div>",
                Some("vccorp"),
            ),
            (
                None,
                "<meta property=og:site_name content='Báo điện tử Dân Trí'><article class=singular-container></article>",
                Some("dantri"),
            ),
            (
                Some("https://dantri.seeds.example/a.htm"),
                "<article class=singular-container></article>",
                Some("dantri"),
            ),
            (None, "<article class=singular-container></article>", None),
            (
                None,
                "<div class=\"detail-content afcbc-body\" data-role=content><p>x</p></div>",
                None,
            ),
            // Outlet A under outlet B's markup: B's template, A's name and links.
            (
                Some("https://baohatinh.example/a.html"),
                "<meta property=og:site_name content='Báo Hà Tĩnh'><article class=singular-container><a href='https://baohatinh.example/x'>x</a></article>",
                None,
            ),
            (
                None,
                "<article class=singular-container><a href='https://dantri.com.vn/tac-gia/a.htm'>a</a><img src='https://cdnphoto.dantri.com.vn/1.jpg'><a href='https://dantri.com.vn/b.htm'>b</a></article>",
                Some("dantri"),
            ),
        ];
        for (url, html, want) in cases {
            check_choice(*url, html, *want);
        }
    }

    #[test]
    fn vccorp_boxes_inside_the_body_are_excluded() {
        const P1: &str = "Trước đó, do gặp sự cố, ô tô này đã đỗ trên vỉa hè để nhờ thợ kiểm tra thì lửa và khói bốc lên từ khoang máy.";
        const P2: &str = "Tuy nhiên, lúc khởi động lại xe thì lửa bùng phát trong khoang máy.";
        let check = |boxed: &str, gone: &str| {
            let html = format!(
                "<html><body><h1 class='detail-title' data-role='title'>Ô tô bốc cháy</h1>\
                 <div class='detail-content afcbc-body' data-role='content'><p>{P1}</p>\
                 <p>{P2}</p>{boxed}</div></body></html>"
            );
            let a =
                extract_html(&html, Some("https://soha.vn/a-1.htm"), None, &Profiles::builtin());
            assert_eq!(a.profile.as_deref(), Some("vccorp"));
            assert!(a.body.ends_with(P2) && !a.body.contains(gone), "{}", a.body);
        };
        check(
            "<div class='VCSortableInPreviewMode link-content-footer' type='link'>\
             <a href='https://soha.vn/b.htm'>Danh tính 2 giáo viên liên quan tới tiêu cực</a></div>",
            "Danh tính",
        );
        check(
            "<div class='VCSortableInPreviewMode' type='RelatedOneNews'>\
             <a href='https://soha.vn/c.htm'>Tin liên quan khác</a></div>",
            "Tin liên quan",
        );
        // A video's caption, a grid of photos with its caption and credit.
        check(
            "<div class='VCSortableInPreviewMode' type='VideoStream'><div class='VideoCMS_Caption'>\
             <p>Mỹ siết visa của sinh viên</p></div></div>",
            "siết visa",
        );
        check(
            "<div class='VCSortableInPreviewMode' type='photo-grid-album'><figure><img></figure>\
             <div class='PhotoCMS_Author'><p>ẢNH: REUTERS</p></div></div>",
            "REUTERS",
        );
        // A stock widget hidden until its script fills it.
        check(
            "<div class='chisochungkhoan' style='display: none'><div class='gia'>Giá hiện tại</div></div>",
            "Giá hiện tại",
        );
    }

    #[test]
    fn a_table_row_keeps_its_cells_apart_in_the_body() {
        let para = "Đoạn văn dài của bài báo về tình hình kinh tế xã hội của tỉnh trong năm nay. ";
        let body: String = (0..4).map(|i| format!("<p>{i} {}</p>", para.repeat(3))).collect();
        let html = format!(
            "<html><body><article><h1>Tiêu đề</h1>{body}<table><tr><th>Tỉnh</th><th>Sản \
             lượng</th></tr><tr><td>Hà Nam</td><td></td><td>5 tấn</td></tr></table>{body}\
             </article></body></html>"
        );
        let a = extract_html(&html, Some("https://example.vn/a.htm"), None, &Profiles::builtin());
        // The generic text joins the cells with a tab; the body's one-line paragraphs keep the
        // bar between them.
        assert!(a.body.contains("Tỉnh | Sản lượng"), "{}", a.body);
        assert!(a.body.contains("Hà Nam | | 5 tấn"), "{}", a.body);
        assert!(!a.body.contains('\t'), "{}", a.body);
    }

    #[test]
    fn a_profile_that_finds_no_body_falls_back_to_the_generic_extractor() {
        let para = "Đoạn văn dài của bài báo về tình hình kinh tế xã hội của tỉnh trong năm nay. ";
        let body: String = (0..8).map(|i| format!("<p>{i} {}</p>", para.repeat(3))).collect();
        // Outlet A's page on a host of outlet B's profile, in A's own markup.
        let html = format!(
            "<html><body><article class=a-story><h1>Tiêu đề</h1>{body}</article></body></html>"
        );
        let profiles = Profiles::builtin();
        let (a, notes) =
            extract_html_explained(&html, Some("https://tuoitre.vn/a.htm"), None, &profiles);
        assert_eq!(a.profile.as_deref(), Some("generic"), "{notes:?}");
        assert!(a.body.starts_with("0 Đoạn văn dài"), "{}", a.body);
        assert!(
            notes.iter().any(|n| n.starts_with("fallback: tuoitre's selectors found 0")),
            "{notes:?}"
        );
        // An old page of the outlet, in markup its profile does not know and without article
        // markup, whose address is an article's: the generic reading too.
        let old =
            format!("<html><body><div class=story><h1>Tiêu đề</h1>{body}</div></body></html>");
        let url = "https://tuoitre.vn/kinh-te/mot-bai-bao-dai-ve-kinh-te-20140328123456.htm";
        let (a, notes) = extract_html_explained(&old, Some(url), None, &profiles);
        assert_eq!(a.profile.as_deref(), Some("generic"), "{notes:?}");
        let (l, _) =
            extract_html_explained(&old, Some("https://tuoitre.vn/kinh-te.htm"), None, &profiles);
        assert_eq!((l.profile.as_deref(), l.body.as_str()), (Some("tuoitre"), ""));
        // A listing of the same host (many teasers) keeps its empty body and its profile.
        let teasers: String =
            (0..5).map(|i| format!("<article><a href=/a{i}.htm>{para}</a></article>")).collect();
        let listing = format!("<html><body>{teasers}</body></html>");
        let (l, _) = extract_html_explained(&listing, Some("https://tuoitre.vn/"), None, &profiles);
        assert_eq!((l.profile.as_deref(), l.body.as_str()), (Some("tuoitre"), ""));
    }

    #[test]
    fn user_profiles_override_and_add() {
        let user = r#"
            [[profile]]
            name = "dantri"
            hosts = ["dantri.com.vn"]
            title = ["h1.new-title"]

            [[profile]]
            name = "example"
            extends = "vccorp"
            hosts = ["example.vn"]
        "#;
        let loaded = Profiles::from_toml(user);
        assert!(loaded.is_ok(), "{:?}", loaded.err());
        let merged = Profiles::builtin().with_overrides(loaded.unwrap_or_default());
        assert_eq!(merged.len(), Profiles::builtin().len() + 1);
        let dantri = merged.by_name("dantri").map(|p| p.title.len());
        assert_eq!(dantri, Some(1));
        let example = merged.for_url("https://example.vn/x.htm").map(|p| p.name.as_str());
        assert_eq!(example, Some("example"));
        let inherited = merged.by_name("example").map(|p| p.body.is_empty());
        assert_eq!(inherited, Some(false));

        let html = "<h1 class=new-title>Mới</h1>";
        let a = extract_html(html, Some("https://dantri.com.vn/a.htm"), None, &merged);
        assert_eq!(a.title.as_deref(), Some("Mới"));
    }

    #[test]
    fn article_shaped_urls() {
        let cases = [
            ("https://kenh14.vn/doi-song/su-khac-nhau-giua-hai-nguoi-20140324043853404.chn", true),
            ("https://dantri.com.vn/xa-hoi/tieu-de-bai-bao-o-day-20221224083224103.htm", true),
            ("https://laodong.vn/xe/mot-bai-viet-ve-xe-may-1234567.ldo", true),
            // An older id with a zone code after the number.
            (
                "http://cafef.vn/tai-chinh-quoc-te/choang-voi-chi-phi-2014021509250334717ca32.chn",
                true,
            ),
            ("https://example.vn/mot-hai-ba-bon-abc12.htm", false),
            ("https://dantri.com.vn/the-gioi.htm", false),
            ("https://dantri.com.vn/the-gioi/trang-2.htm", false),
            ("https://example.vn/tin-20140324043853404.htm", false),
            ("https://example.vn/mot-hai-ba-bon/", false),
            // Older outlets' shapes: the id before the words, a slug under an id segment or
            // under a year and a month (and a day).
            (
                "http://ione.vnexpress.net/tin-tuc/vui-la/anh/2012/12/41584-nhung-nguoi-kho-hanh.html",
                true,
            ),
            ("http://nld.com.vn/20121226051446379p0c1019/thieu-tien-hui-xach-dao-di.htm", true),
            ("http://vnexpress.net/gl/xa-hoi/2013/06/chien-thuat-gianh-hoc-bong-dai-hoc/", true),
            ("https://example.vn/2013/06/13/chien-thuat-gianh-hoc-bong/", true),
            // Not them: a section, a dated archive, a short or numbered slug, a tag page, an
            // id of four digits, a slug under a plain section.
            ("https://example.vn/tin-tuc/the-gioi/", false),
            ("https://example.vn/2013/06/", false),
            ("https://example.vn/2013/06/tin-the-gioi/", false),
            ("https://example.vn/2013/06/top-10-dia-diem-du-lich-he/", false),
            ("https://example.vn/tag/chien-thuat-gianh-hoc-bong-dai-hoc/", false),
            ("https://example.vn/tin-tuc/2024-nam-cua-nhung-thay-doi.htm", false),
            ("https://example.vn/20121226/thieu-tien-hui.htm", false),
            ("not a url", false),
            // The slug and the id in segments of their own; not a section's id.
            ("http://tuoitre.vn/tin/chinh-tri-xa-hoi/20150323/chat-cay-xanh-ha-noi/724115.html", true),
            ("https://example.vn/tin-tuc/the-gioi/724115.html", false),
            ("https://example.vn/thoi-su/trang-2/724115/", false),
            ("https://example.vn/chat-cay-xanh-ha-noi/7241.html", false),
            ("http://tuoitre.vn/tin/chinh-tri-xa-hoi/20150323/", false),
        ];
        for (url, want) in cases {
            assert_eq!(article_shaped_url(url), want, "{url}");
        }
    }

    fn check_respaced(title: &str, metas: &[&str], expected: &str) {
        assert_eq!(respaced(title.to_string(), metas.iter().copied()), expected, "{title:?}");
    }

    #[test]
    fn a_title_glued_by_its_spans_takes_the_metadata_spacing() {
        let og = "Phường Hai Bà Trưng: Mong sớm đưa khu đất vào sử dụng";
        check_respaced("Phường Hai Bà Trưng:Mong sớm đưa khu đất vào sử dụng", &[og], og);
        // The same words but others: the profile's title stays.
        check_respaced("Phường Hai Bà Trưng:Mong sớm", &[og], "Phường Hai Bà Trưng:Mong sớm");
        // A metadata title with a site suffix is another text.
        check_respaced("A:B c", &["A: B c - Báo X"], "A:B c");
        // The profile's spacing is already the wider one.
        check_respaced("A: B c", &["A:B c"], "A: B c");
    }

    fn check_bare_stamp(shown: &str, stamp: &str, meta_rest: &str, expected: Option<&str>) {
        assert_eq!(bare_stamp(shown, stamp, meta_rest).as_deref(), expected, "{shown:?}");
    }

    #[test]
    fn a_stamp_the_metadata_brackets_is_cut_from_the_shown_lead() {
        let rest = "Sau khi va chạm với xe máy phía trước, chiếc ô tô vội lùi lại.";
        check_bare_stamp(&format!("Dân trí  {rest}"), "Dân trí", rest, Some(rest));
        check_bare_stamp(&format!("Dân trí - {rest}"), "Dân trí", rest, Some(rest));
        // The metadata's copy ends with the site's name.
        let meta = format!("{rest} - Dân trí mobile");
        check_bare_stamp(&format!("Dân trí {rest}"), "Dân trí", &meta, Some(rest));
        // The lead's own first words that happen to be the stamp: the rest differs.
        check_bare_stamp("Hà Nội sẽ mở thêm ba tuyến buýt.", "Hà Nội", "Sẽ mở ba tuyến.", None);
        // A longer word starting with the stamp.
        check_bare_stamp("Dân tríX điều gì đó", "Dân trí", "X điều gì đó", None);
    }

    fn check_unsuffixed(og: &str, h1: Option<&str>, expected: &str) {
        assert_eq!(unsuffixed(og.to_string(), h1), expected, "{og:?}");
    }

    #[test]
    fn an_og_title_with_a_site_suffix_gives_way_to_the_headline() {
        let h1 = "\"Choáng\" với chi phí và an ninh cho Olympic Sochi 2014";
        check_unsuffixed(&format!("{h1} | CafeF Mobile"), Some(h1), h1);
        check_unsuffixed(&format!("{h1} - Báo Lao Động"), Some(h1), h1);
        // The same title: kept.
        check_unsuffixed(h1, Some(h1), h1);
        // More than a site name after the headline: another title, kept.
        let long = "Giá vàng tăng mạnh - nhà đầu tư đổ xô đi mua vàng miếng hôm nay";
        check_unsuffixed(long, Some("Giá vàng tăng mạnh"), long);
        // No headline, or a different one.
        check_unsuffixed("Tin A | Báo B", None, "Tin A | Báo B");
        // A keyword copy of the headline glued after it: the headline.
        let h1 = "Đột nhập lò luyện thi công chức Hàn Quốc";
        check_unsuffixed(&format!("{h1}-lo luyen thi cong chuc o han"), Some(h1), h1);
        // Lower-case ASCII words that are not the headline's: kept.
        let other = format!("{h1} - tin tuc moi nhat hom nay ve giao duc");
        check_unsuffixed(&other, Some(h1), &other);
        check_unsuffixed("Tin A dài hơn | Báo B", Some("Tin khác hẳn"), "Tin A dài hơn | Báo B");
    }

    fn check_keyword_prefix(description: &str, headline: &str, expected: &str) {
        let got = without_keyword_prefix(description.to_string(), Some(headline));
        assert_eq!(got, expected, "{description:?}");
    }

    #[test]
    fn a_keyword_copy_of_the_headline_before_the_description_is_left_out() {
        let h1 = "Đột nhập lò luyện thi công chức Hàn Quốc";
        let lead = "Làng Thi cử hay còn gọi là Goshiwon, một trong những ký túc xá tư nhân.";
        check_keyword_prefix(&format!("lo luyen thi cong chuc o han quoc - {lead}"), h1, lead);
        // A dateline or a place before the dash: kept.
        let stamped = format!("(Dân trí) - {lead}");
        check_keyword_prefix(&stamped, h1, &stamped);
        let place = format!("Ha Noi - {lead}");
        check_keyword_prefix(&place, h1, &place);
        // Keywords that are not the headline's words, or a description without diacritics.
        let other = format!("tin tuc moi nhat hom nay - {lead}");
        check_keyword_prefix(&other, h1, &other);
        let plain = "lo luyen thi cong chuc - lang thi cu o seoul";
        check_keyword_prefix(plain, h1, plain);
    }

    fn check_error(toml: &str, expected: &str) {
        let got = Profiles::from_toml(toml).err().map(|e| e.to_string()).unwrap_or_default();
        assert!(got.contains(expected), "got {got:?}, want {expected:?}");
    }

    #[test]
    fn profile_errors() {
        let cases = [
            ("[[profile]]\nname = \"x\"\ntitle = [\"h1[\"]", "invalid CSS selector"),
            ("[[profile]]\nname = \"x\"\nsapo_prefix = \"(\"", "invalid regex"),
            ("[[profile]]\nname = \"x\"\nextends = \"nope\"", "unknown profile"),
            ("[[profile]]\nname = \"x\"\n[[profile]]\nname = \"x\"", "defined twice"),
            ("[[profile]]\nname = \"x\"\nbogus = 1", "invalid profile file"),
            ("[[profile]]\nname = \"a\"\nextends = \"b\"\n[[profile]]\nname = \"b\"\nextends = \"a\"", "cycle"),
        ];
        for (toml, want) in cases {
            check_error(toml, want);
        }
    }

    fn check_stamp(html: &str, url: &str, expected: (Option<&str>, &str)) {
        let a = extract_html(html, Some(url), None, &Profiles::builtin());
        let first = a.body.split("\n\n").next().unwrap_or("");
        assert_eq!((a.dateline.as_deref(), first), expected, "{url}");
    }

    #[test]
    fn location_stamps_do_not_glue_to_the_first_word() {
        let page = |body: &str| {
            format!(
                "<html><body><article class='fck_detail'><p class='Normal'>{body}</p>\
                 <p class='Normal'>Đoạn thứ hai của bài viết khá dài để đủ là nội dung chính, có \
                 dấu câu và nhiều chữ hơn mười lăm từ trong một đoạn văn bình thường.</p>\
                 </article></body></html>"
            )
        };
        let stamped = page("<span class='location-stamp'>TP HCM</span>Nếu dự án khởi công.");
        // A profile (vnexpress) and the generic extractor (unknown host) both split it.
        check_stamp(
            &stamped,
            "https://vnexpress.net/a-1.html",
            (Some("TP HCM"), "Nếu dự án khởi công."),
        );
        check_stamp(
            &stamped,
            "https://example.vn/a-1.html",
            (Some("TP HCM"), "Nếu dự án khởi công."),
        );
        let plain = page("Nếu dự án khởi công.");
        check_stamp(&plain, "https://vnexpress.net/a-1.html", (None, "Nếu dự án khởi công."));
    }

    /// (page head, body paragraphs) → (sapo, first and last body paragraph).
    fn check_lead_and_tail(head: &str, paras: &[&str], expected: (&str, &str, &str)) {
        let body: String = paras.iter().map(|p| format!("<p>{p}</p>")).collect();
        let html =
            format!("<html><head>{head}</head><body><article>{body}</article></body></html>");
        let a =
            extract_html(&html, Some("https://example.vn/a-1.html"), None, &Profiles::builtin());
        let paras: Vec<&str> = a.body.split("\n\n").collect();
        let got = (
            a.sapo.as_deref().unwrap_or_default(),
            paras.first().copied().unwrap_or_default(),
            paras.last().copied().unwrap_or_default(),
        );
        assert_eq!(got, expected, "{head}");
    }

    #[test]
    fn the_lead_readers_see_and_no_teaser_at_the_end() {
        const LEAD: &str = "Argentina đối diện với án phạt từ Liên đoàn Bóng đá Thế giới (FIFA) sau khi ăn mừng mang thông điệp chính trị.";
        const P1: &str = "Sau chiến thắng trước tuyển Anh, các cầu thủ Argentina đã ăn mừng cuồng nhiệt trên sân và giương biểu ngữ mang thông điệp chính trị.";
        const P2: &str = "Theo quy định, việc thể hiện thông điệp chính trị tại các giải đấu quốc tế không được khuyến khích, vì vậy Liên đoàn đang xem xét vụ việc.";
        const TEASER: &str = "VOV.VN - HLV Tuchel đã mắc sai lầm khi dựng xe buýt quá sớm khiến tuyển Anh thua ngược.";
        let meta = |d: &str| format!("<meta name='description' content='{d}'>");
        let cut = "Argentina đối diện với án phạt từ Liên đoàn Bóng đá Thế giới sau khi ăn mừng mang thông điệp chính trị.";
        let stamped = format!("BNEWS {LEAD}");
        type Case<'a> = (String, Vec<&'a str>, (&'a str, &'a str, &'a str));
        let cases: Vec<Case> = vec![
            // The metadata's copy drops "(FIFA)": the page's copy is the sapo, not body.
            (meta(cut), vec![LEAD, P1, P2], (LEAD, P1, P2)),
            // A shortened description, the full lead in og:description: the full one.
            (
                format!(
                    "{}<meta property='og:description' content='{LEAD}'>",
                    meta(
                        "Argentina đối diện án phạt từ Liên đoàn Bóng đá Thế giới sau khi ăn mừng."
                    )
                ),
                vec![P1, P2],
                (LEAD, P1, P2),
            ),
            // Another story's lead, stamped, at the end: dropped.
            (meta(LEAD), vec![P1, P2, TEASER], (LEAD, P1, P2)),
            // A summary for search engines the page does not show; og:description is the lead
            // the page shows: that one.
            (
                format!("{}<meta property='og:description' content='{LEAD}'>", meta(TEASER)),
                vec![LEAD, P1, P2],
                (LEAD, P1, P2),
            ),
            // The page's lead opens with a stamp in capitals, without a dash.
            (meta(LEAD), vec![&stamped, P1, P2], (LEAD, P1, P2)),
        ];
        for (head, paras, expected) in &cases {
            check_lead_and_tail(head, paras, *expected);
        }
        // A lead the page marks as one (`data-field="sapo"`) above the body, another summary
        // in the metadata: the page's lead.
        let html = format!(
            "<html><head>{}</head><body><main><h4 data-field='sapo'>{LEAD}</h4>\
             <p>{P1}</p><p>{P2}</p></main></body></html>",
            meta(TEASER)
        );
        let a = extract_html(&html, Some("https://example.vn/a-1.html"), None, &Profiles::empty());
        assert_eq!(
            (a.sapo.as_deref(), a.body.as_str()),
            (Some(LEAD), format!("{P1}\n\n{P2}").as_str())
        );
    }

    #[test]
    fn a_byline_under_the_headline() {
        const P1: &str = "Cùng là một người đàn ông, vẫn con người ấy, nhưng thời gian đã khiến họ thay đổi khác nhau một trời một vực từ lời ăn tiếng nói đến hành động.";
        const P2: &str = "Ai bảo chỉ có phụ nữ mới thay đổi nhiều trong hôn nhân, những người đàn ông nếu tự một lần nhìn lại chính mình cũng sẽ phải công nhận điều đó.";
        let check = |under: &str, expected: (&[&str], Option<&str>)| {
            let html = format!(
                "<html><head><title>Sự khác nhau thú vị</title></head><body><div>\
                 <h1 class='post-title'>Sự khác nhau thú vị</h1>{under}\
                 <div class='content'><p>{P1}</p><p>{P2}</p></div></div></body></html>"
            );
            let a =
                extract_html(&html, Some("https://example.vn/a-1.chn"), None, &Profiles::empty());
            let authors: Vec<&str> = a.authors.iter().map(String::as_str).collect();
            assert_eq!((authors.as_slice(), a.source.as_deref()), expected, "{under}");
        };
        check(
            "<p class='post-meta'><a href='http://ttvn.vn/'>Long Trần - Theo Trí Thức Trẻ</a></p>",
            (&["Long Trần"], Some("Trí Thức Trẻ")),
        );
        check("<p class='post-meta'>Shin Hee</p>", (&["Shin Hee"], None));
        // A date or a section under the headline names no one.
        check("<p class='post-meta'>16/01/2014 | 16:05</p>", (&[], None));
        check("<p class='post-meta'>Xã hội</p>", (&[], None));
    }

    #[test]
    fn credit_lines_after_the_body() {
        const P1: &str = "Sau hành trình gian nan tìm kiếm những ứng viên phù hợp cho cặp diễn viên chính, bộ phim cũng đã công bố hình ảnh chính thức của cặp đôi này.";
        const P2: &str = "Về phía nhà sản xuất, họ đã tung ra bộ ảnh mới của cặp đôi diễn viên trên tạp chí mới đây và dời lịch công chiếu bộ phim.";
        let check = |credits: &str, expected: (&[&str], Option<&str>)| {
            let html = format!(
                "<html><head><title>Cặp đôi xuất hiện</title></head><body><h1>Cặp đôi xuất hiện</h1>\
                 <div class='content'><p>{P1}</p><p>{P2}</p>{credits}</div></body></html>"
            );
            let a =
                extract_html(&html, Some("https://example.vn/a-1.htm"), None, &Profiles::empty());
            let authors: Vec<&str> = a.authors.iter().map(String::as_str).collect();
            assert_eq!((authors.as_slice(), a.source.as_deref()), expected, "{credits}");
        };
        // The writer, then the source on a line of its own.
        check("<div><b>Trí Hòa</b></div><div><i>Theo EW</i></div>", (&["Trí Hòa"], Some("EW")));
        check("<div><b>Trí Hòa</b></div>", (&["Trí Hòa"], None));
        // A line after the credit that is no source line names none.
        check("<div><b>Trí Hòa</b></div><div>Xem thêm</div>", (&["Trí Hòa"], None));
        // A label over the story's thread of links is no source line.
        check("<div><b>Papai</b></div><div>Theo dòng sự kiện:</div>", (&["Papai"], None));
        check("<div><b>Papai</b></div><div>Theo dòng sự kiện</div>", (&["Papai"], None));
        check(
            "<div><b>An Yên</b></div><div>Theo tienphong.vn</div>",
            (&["An Yên"], Some("tienphong.vn")),
        );
    }

    #[test]
    fn a_right_aligned_name_right_after_the_text_container() {
        const P1: &str = "Sau hành trình gian nan tìm kiếm những ứng viên phù hợp cho cặp diễn viên chính, bộ phim cũng đã công bố hình ảnh chính thức của cặp đôi này.";
        const P2: &str = "Về phía nhà sản xuất, họ đã tung ra bộ ảnh mới của cặp đôi diễn viên trên tạp chí mới đây và dời lịch công chiếu bộ phim.";
        let check = |after: &str, expected: &[&str]| {
            let html = format!(
                "<html><head><title>Cặp đôi xuất hiện</title></head><body><h1>Cặp đôi xuất hiện</h1>\
                 <div class='content'><div>{P1}</div><div>{P2}</div></div>{after}\
                 <a href='javascript: history.go(-1)'>[Quay lại]</a></body></html>"
            );
            let a =
                extract_html(&html, Some("https://example.vn/a-1.htm"), None, &Profiles::empty());
            let authors: Vec<&str> = a.authors.iter().map(String::as_str).collect();
            assert_eq!(authors.as_slice(), expected, "{after}");
        };
        check("<div style='text-align:right;font-weight:bold'>K. Miên</div>", &["K. Miên"]);
        check("<p align=right><b>K. Miên</b></p>", &["K. Miên"]);
        // Not right-aligned: a line of the page after the text, not its credit.
        check("<div style='font-weight:bold'>K. Miên</div>", &[]);
    }

    #[test]
    fn a_theo_byline_beside_a_marked_source() {
        const P1: &str = "Trang trại lợn của công ty có diện tích hơn 50 ha, quy mô 5.600 con lợn nái và hơn 150.000 con lợn thịt mỗi năm.";
        const P2: &str = "Cơ quan chức năng đã có mặt xử lý hiện trường, đưa các phương tiện liên quan về trụ sở để phục vụ công tác điều tra.";
        let check = |byline: &str, source: &str, expected: (&[&str], Option<&str>)| {
            let html = format!(
                "<html><head><title>Cận cảnh trại lợn</title>\
                 <meta property='article:author' content='{byline}'></head><body><div>\
                 <h1>Cận cảnh trại lợn</h1><div class='content'><p>{P1}</p><p>{P2}</p></div>\
                 {source}</div></body></html>"
            );
            let a =
                extract_html(&html, Some("https://example.vn/a-1.chn"), None, &Profiles::empty());
            let authors: Vec<&str> = a.authors.iter().map(String::as_str).collect();
            assert_eq!((authors.as_slice(), a.source.as_deref()), expected, "{byline} {source}");
        };
        let field = "<p class='source' data-field='source'> Tiền Phong</p>";
        check("Theo Phạm Trường", field, (&["Phạm Trường"], Some("Tiền Phong")));
        // Without a marked source, or when it names the same paper, "Theo X" is the source.
        check("Theo Phạm Trường", "", (&[], Some("Phạm Trường")));
        check("Theo Tiền Phong", field, (&[], Some("Tiền Phong")));
        // An agency's initials are no writer.
        check("Theo VTV", field, (&[], Some("VTV")));
    }

    #[test]
    fn an_original_article_widget_over_a_credit_closing_the_text() {
        const P1: &str = "Cơ quan bảo hiểm xã hội cho biết thời gian gần đây xuất hiện nhiều cuộc gọi giả mạo cán bộ để đề nghị người dân cung cấp thông tin cá nhân.";
        const P2: &str = "Người dân cần cảnh giác, không cung cấp mã xác thực và liên hệ trực tiếp với cơ quan bảo hiểm xã hội khi nhận được các cuộc gọi như vậy.";
        let check = |widget: &str, expected: Option<&str>| {
            let html = format!(
                "<html><head><title>Cảnh báo cuộc gọi giả mạo</title></head><body>\
                 <h1>Cảnh báo cuộc gọi giả mạo</h1><div class='content'><p>{P1}</p>\
                 <p>{P2} (Theo Bảo hiểm xã hội TP Hà Nội)</p></div>{widget}</body></html>"
            );
            let a =
                extract_html(&html, Some("https://example.vn/a-1.htm"), None, &Profiles::empty());
            assert_eq!(a.source.as_deref(), expected, "{widget}");
            assert!(a.body.ends_with("như vậy."), "{}", a.body);
        };
        // The widget names the paper the story was taken from; the credit, that paper's source.
        check(
            "<div class='link-source'><span>Theo</span><span>Đời sống Pháp luật</span>\
             <label>Link bài gốc</label><span>Lấy link</span></div>",
            Some("Đời sống Pháp luật"),
        );
        // Without a widget the credit is the source.
        check("", Some("Bảo hiểm xã hội TP Hà Nội"));
    }

    #[test]
    fn sources_marked_by_class() {
        let check = |html: &str, expected: Option<&str>| {
            let doc = Html::parse_document(html);
            assert_eq!(class_marked_source(&doc).as_deref(), expected, "{html}");
        };
        check(
            "<p>Anh Hoa <em class='cms-source'> / <a>baodautu.vn</a></em></p>",
            Some("baodautu.vn"),
        );
        check("<p class='pSource'><a href='http://fili.vn/a.htm'>FILI</a></p>", Some("FILI"));
        check("<div class='article-source'>Theo VTV</div>", Some("VTV"));
        // A time, an image credit or a class that only ends in the letters is no source.
        check("<p class='pPublishTimeSource'>- 19:30 05/09/2026</p>", None);
        check("<p class='image-source'>Ảnh: Reuters</p>", None);
        check("<p class='opensource'>Dự án mở</p>", None);
        check("<p class='news-source'>Số 25 ra ngày 3/9</p>", None);
        // A "Theo X" line whose name has a digit; not a dated one.
        check("<div class='source'><div class='fl'></div> Theo K14 </div>", Some("K14"));
        check("<div class='source'>Theo TTXVN 3/9</div>", None);
    }

    #[test]
    fn stamps_and_outlet_names() {
        let check_stamp = |shown: &str, copy: &str, expected: Option<(&str, &str)>| {
            let got = capital_stamp(shown, copy);
            assert_eq!(got.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), expected, "{shown}");
        };
        check_stamp("BNEWS Đà tăng mạnh", "Đà tăng mạnh", Some(("BNEWS", "Đà tăng mạnh")));
        check_stamp("TP.HCM Đà tăng mạnh", "Đà tăng mạnh", Some(("TP.HCM", "Đà tăng mạnh")));
        // Not capitals, or not the metadata's copy after it.
        check_stamp("Hôm nay đà tăng mạnh", "đà tăng mạnh", None);
        check_stamp("BNEWS Đà tăng mạnh", "Đà giảm", None);

        let page = |head: &str| PageMeta::read(&Html::parse_document(head));
        let ld = r#"<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Bnews.vn"}}</script>"#;
        let og = r#"<meta property="og:site_name" content="Báo Lào Cai">"#;
        let cases: &[(&str, &str, bool)] = &[
            (ld, "Bnews", true),
            (ld, "BNEWS.vn", true),
            (ld, "Văn Giáp", false),
            (og, "Báo Lào Cai", true),
            // A name inside the outlet's name is a person's.
            (og, "Lào", false),
        ];
        for (head, name, expected) in cases {
            assert_eq!(names_outlet(name, &page(head)), *expected, "{name} on {head}");
        }
    }

    #[test]
    fn plain_text_input() {
        let a = extract_text("  Nội dung.\n\nĐoạn hai.  ");
        assert_eq!(a.body, "Nội dung.\n\nĐoạn hai.");
        assert_eq!(a.title, None);
        assert_eq!(a.profile, None);
    }
}
