//! Finding saved pages on disk: HTML files, folders of them (with a `manifest.toml` or the
//! pages' canonical links giving the URLs) and WARC files, gzip-compressed or not.
//!
//! This module only turns paths into [`RawPage`]s; [`crate::ingest::process`] does the rest,
//! exactly as for a crawled page.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

use crate::archive::{self, ArchiveError};
use crate::ingest::RawPage;

mod run;
pub use run::{import_all, input_bytes, Event, Summary, COMMIT_EVERY};

/// Name of the optional per-folder manifest.
pub const MANIFEST: &str = "manifest.toml";

/// One thing to import.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A single saved page (HTML or plain text).
    Page(PageInput),
    /// A WARC file: every HTML response in it is a page.
    Warc(PathBuf),
    /// A page already in memory (the bundled seeds), with a name for messages.
    Raw {
        /// URL or file name.
        name: String,
        /// The page.
        page: RawPage,
    },
    /// A folder or file found while walking a folder that could not be read: skipped, counted
    /// as failed, and the import goes on.
    Unreadable {
        /// The path.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// A saved page and what its manifest says about it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageInput {
    /// Path of the file.
    pub path: PathBuf,
    /// URL from the manifest or the command line.
    pub url: Option<String>,
    /// Profile forced by the manifest.
    pub profile: Option<String>,
    /// Publication time from the manifest.
    pub published: Option<DateTime<FixedOffset>>,
}

/// Errors while reading inputs.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A manifest is malformed.
    #[error("{path}: bad manifest: {message}")]
    Manifest {
        /// The manifest's path.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A WARC file is malformed.
    #[error("{path}: {source}")]
    Warc {
        /// The WARC file.
        path: PathBuf,
        /// The cause.
        source: ArchiveError,
    },
    /// The file's content is not a page nor a WARC file (sniffed from its first bytes).
    #[error("{path}: not a page: {kind}")]
    NotPage {
        /// The file.
        path: PathBuf,
        /// What it is instead.
        kind: &'static str,
    },
    /// The command-line options contradict each other or a value is invalid.
    #[error("{0}")]
    Options(String),
}

impl ImportError {
    /// The error without the path it concerns (for messages that name the path already).
    pub fn reason(&self) -> String {
        match self {
            ImportError::Io { source, .. } => source.to_string(),
            ImportError::Manifest { message, .. } => format!("bad manifest: {message}"),
            ImportError::Warc { source, .. } => source.to_string(),
            ImportError::NotPage { kind, .. } => format!("not a page: {kind}"),
            ImportError::Options(message) => message.clone(),
        }
    }
}

/// The manifest of a folder of saved pages (`manifest.toml`). Unknown keys are errors (a
/// misspelt `urll` would otherwise be ignored silently).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// One entry per page.
    #[serde(default)]
    pub page: Vec<ManifestPage>,
}

/// One manifest entry.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(from = "RawManifestPage")]
pub struct ManifestPage {
    /// File name relative to the manifest's folder (with its place in the manifest, for
    /// messages).
    pub file: String,
    /// The line of the entry's `file` key in the manifest (set by [`Manifest::parse`]).
    pub line: usize,
    /// The page's URL.
    pub url: Option<String>,
    /// The outlet's name, for people.
    pub outlet: Option<String>,
    /// Site profile to use.
    pub profile: Option<String>,
    /// Publication time, RFC 3339.
    pub published: Option<String>,
    /// The outlet's host name, for people.
    pub site: Option<String>,
    /// The seed text the page was made from, for people.
    pub seed: Option<String>,
    /// Free notes.
    pub notes: Option<String>,
}

/// A manifest entry as written, with the place of its `file` key.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawManifestPage {
    file: toml::Spanned<String>,
    url: Option<String>,
    outlet: Option<String>,
    profile: Option<String>,
    published: Option<String>,
    site: Option<String>,
    seed: Option<String>,
    notes: Option<String>,
}

impl From<RawManifestPage> for ManifestPage {
    fn from(r: RawManifestPage) -> ManifestPage {
        ManifestPage {
            // A byte offset until `Manifest::parse` turns it into a line number.
            line: r.file.span().start,
            file: r.file.into_inner(),
            url: r.url,
            outlet: r.outlet,
            profile: r.profile,
            published: r.published,
            site: r.site,
            seed: r.seed,
            notes: r.notes,
        }
    }
}

impl Manifest {
    /// Parses a manifest. Errors name the line.
    pub fn parse(text: &str, path: &Path) -> Result<Manifest, ImportError> {
        let mut manifest: Manifest = toml::from_str(text).map_err(|e| {
            let line = e.span().map(|s| line_of(text, s.start));
            ImportError::Manifest {
                path: path.to_path_buf(),
                message: match line {
                    Some(n) => format!("line {n}: {}", e.message()),
                    None => e.message().to_string(),
                },
            }
        })?;
        // Keep line numbers rather than byte offsets.
        for p in &mut manifest.page {
            p.line = line_of(text, p.line);
        }
        Ok(manifest)
    }

    /// The [`PageInput`]s the manifest describes, with paths under `dir`.
    pub fn inputs(&self, dir: &Path, path: &Path) -> Result<Vec<PageInput>, ImportError> {
        let mut out = Vec::new();
        for p in &self.page {
            let (line, file) = (p.line, &p.file);
            let published = match p.published.as_deref() {
                Some(s) => {
                    Some(DateTime::parse_from_rfc3339(s).map_err(|e| ImportError::Manifest {
                        path: path.to_path_buf(),
                        message: format!("line {line}: {file}: published {s:?}: {e}"),
                    })?)
                }
                None => None,
            };
            if let Some(url) = p.url.as_deref() {
                if !is_web_url_text(url) {
                    return Err(ImportError::Manifest {
                        path: path.to_path_buf(),
                        message: format!("line {line}: {file}: url {url:?} is not an http(s) URL"),
                    });
                }
            }
            out.push(PageInput {
                path: dir.join(file),
                url: p.url.clone(),
                profile: p.profile.clone(),
                published,
            });
        }
        Ok(out)
    }
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

/// Whether `url` parses as an absolute http(s) URL with a host.
fn is_web_url_text(url: &str) -> bool {
    url::Url::parse(url.trim()).is_ok_and(|u| crate::urls::is_web_url(&u))
}

/// True for names imported from folders: `.html`, `.htm`, `.xhtml`, `.warc`, `.warc.gz`.
fn is_importable(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    [".html", ".htm", ".xhtml", ".warc", ".warc.gz"].iter().any(|ext| name.ends_with(ext))
}

fn is_warc(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// Expands the command-line paths into inputs. Files named explicitly are always taken (a WARC
/// file is recognised by its name or its first bytes); folders are walked for importable files,
/// and a folder's `manifest.toml` supplies URLs and dates. A subfolder that cannot be read
/// becomes an [`Input::Unreadable`]. `url` applies to a single explicitly named page: with
/// several paths, a folder or a WARC file it is an error, as is a `url` that is not an http(s)
/// URL.
pub fn collect(paths: &[PathBuf], url: Option<&str>) -> Result<Vec<Input>, ImportError> {
    if let Some(url) = url {
        if paths.len() != 1 {
            return Err(ImportError::Options(format!(
                "--url names the page of a single file, but {} paths were given",
                paths.len()
            )));
        }
        if !is_web_url_text(url) {
            return Err(ImportError::Options(format!(
                "--url {url:?} is not an http(s) URL (expected e.g. https://example.vn/page)"
            )));
        }
    }
    let mut out = Vec::new();
    for path in paths {
        let meta = std::fs::metadata(path)
            .map_err(|source| ImportError::Io { path: path.clone(), source })?;
        if meta.is_dir() {
            if url.is_some() {
                return Err(ImportError::Options(format!(
                    "--url names the page of a single file, but {} is a folder",
                    path.display()
                )));
            }
            collect_dir(path, &mut out)?;
        } else if is_warc(path) || starts_like_warc(path) {
            if url.is_some() {
                return Err(ImportError::Options(format!(
                    "--url names the page of a single file, but {} is a WARC file",
                    path.display()
                )));
            }
            out.push(Input::Warc(path.clone()));
        } else {
            out.push(Input::Page(PageInput {
                path: path.clone(),
                url: url.map(str::to_string),
                ..PageInput::default()
            }));
        }
    }
    Ok(out)
}

/// Whether the file's first bytes are a WARC record, plain or gzip-compressed.
fn starts_like_warc(path: &Path) -> bool {
    use std::io::Read;
    let Ok(file) = std::fs::File::open(path) else { return false };
    let mut head = Vec::with_capacity(8);
    if file.take(8).read_to_end(&mut head).is_err() {
        return false;
    }
    if head.starts_with(b"\x1f\x8b") {
        let Ok(file) = std::fs::File::open(path) else { return false };
        let mut plain = Vec::with_capacity(8);
        let decoder = flate2::read::MultiGzDecoder::new(file);
        return decoder.take(8).read_to_end(&mut plain).is_ok() && plain.starts_with(b"WARC/");
    }
    head.starts_with(b"WARC/")
}

fn collect_dir(dir: &Path, out: &mut Vec<Input>) -> Result<(), ImportError> {
    let mut described: Vec<PageInput> = Vec::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) if e.depth() > 0 || e.path().is_some_and(|p| p != dir) => {
                // One unreadable subfolder (or vanished file) must not abort the import.
                let path = e.path().unwrap_or(dir).to_path_buf();
                let reason = match e.io_error() {
                    Some(io) => io.to_string(),
                    None => e.to_string(),
                };
                out.push(Input::Unreadable { path, reason });
                continue;
            }
            Err(e) => {
                return Err(ImportError::Io {
                    path: e.path().unwrap_or(dir).to_path_buf(),
                    source: e
                        .into_io_error()
                        .unwrap_or_else(|| std::io::Error::other("walk error")),
                })
            }
        };
        let path = entry.path();
        if !entry.file_type().is_file() {
            continue;
        }
        if path.file_name().and_then(|n| n.to_str()) == Some(MANIFEST) {
            let text = std::fs::read_to_string(path)
                .map_err(|source| ImportError::Io { path: path.to_path_buf(), source })?;
            let folder = path.parent().unwrap_or(dir);
            let manifest = Manifest::parse(&text, path)?;
            for p in &manifest.page {
                let listed = folder.join(&p.file);
                if !listed.is_file() {
                    return Err(ImportError::Manifest {
                        path: path.to_path_buf(),
                        message: format!(
                            "line {}: {}: no such file in {}",
                            p.line,
                            p.file,
                            folder.display()
                        ),
                    });
                }
            }
            described.extend(manifest.inputs(folder, path)?);
        } else if is_importable(path) {
            files.push(path.to_path_buf());
        }
    }
    for file in files {
        if is_warc(&file) {
            out.push(Input::Warc(file));
        } else if let Some(d) = described.iter().find(|d| d.path == file) {
            out.push(Input::Page(d.clone()));
        } else {
            out.push(Input::Page(PageInput { path: file, ..PageInput::default() }));
        }
    }
    Ok(())
}

/// Largest saved page read (the crawler's default body limit): the rest of a bigger file is not
/// read, and the page counts as truncated.
pub const MAX_PAGE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a saved page into a [`RawPage`]: first its leading bytes, so that a file that is not
/// text (an executable, compressed data...) is refused with [`ImportError::NotPage`] without
/// reading the rest; then at most [`MAX_PAGE_BYTES`]. The flag says whether the file was longer.
pub fn read_page(input: &PageInput) -> Result<(RawPage, bool), ImportError> {
    use std::io::Read;
    let io = |source| ImportError::Io { path: input.path.clone(), source };
    let file = std::fs::File::open(&input.path).map_err(io)?;
    let mut body = Vec::new();
    let mut head = file.take(crate::ingest::SNIFF_BYTES as u64);
    head.read_to_end(&mut body).map_err(io)?;
    if let Some(kind) = crate::ingest::binary_kind(&body) {
        return Err(ImportError::NotPage { path: input.path.clone(), kind });
    }
    let mut rest = head.into_inner().take(MAX_PAGE_BYTES + 1 - body.len() as u64);
    rest.read_to_end(&mut body).map_err(io)?;
    let truncated = body.len() as u64 > MAX_PAGE_BYTES;
    body.truncate(MAX_PAGE_BYTES as usize);
    let page = RawPage {
        url: input.url.clone(),
        content_type: None,
        body,
        profile: input.profile.clone(),
        published_hint: input.published,
        key: None,
    };
    Ok((page, truncated))
}

/// What one WARC record amounts to.
#[derive(Debug)]
pub enum WarcItem {
    /// An HTTP 200 response (or a resource record): a page to ingest.
    Page(RawPage),
    /// A record that is not a page (request, metadata, warcinfo, non-200 response).
    Skipped {
        /// The record's target URI, if any.
        uri: Option<String>,
        /// Why it is not a page.
        reason: String,
    },
}

/// Field of the `metadata` records vnmon's crawler writes after a response it treated as an
/// article: `vnmon-kind: article`. Feeds, sitemaps, robots.txt and listing pages get other kinds.
pub const KIND_FIELD: &str = "vnmon-kind";

/// Field of the same records giving the key the article was indexed under (its canonical URL),
/// so that a rebuilt index has the same documents as the crawled one.
pub const KEY_FIELD: &str = "vnmon-key";

/// The URIs the crawler tagged as articles in these WARC files, or `None` when the files carry
/// no vnmon tags at all (an archive written by another tool: then every HTML response is taken).
///
/// The crawler writes a response's tag after the response, so a damaged file (cut short, or with
/// a corrupt record) may have lost the tags of complete responses: in a file where the reader met
/// an error, an HTML response with no tag at all is taken as an article too (with no stated
/// key; ingest still refuses a page without article text), so that a cut archive loses no
/// complete article.
pub fn tagged_articles(
    paths: &[PathBuf],
) -> Result<Option<std::collections::HashMap<String, Option<String>>>, ImportError> {
    let mut tagged = false;
    let mut articles = std::collections::HashMap::new();
    let mut any_tag: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut orphans: Vec<String> = Vec::new();
    for path in paths {
        let reader = archive::open_warc(path)
            .map_err(|source| ImportError::Warc { path: path.clone(), source })?;
        let mut damaged = false;
        // The file's HTML responses.
        let mut tail: Vec<String> = Vec::new();
        for rec in reader {
            let Ok(rec) = rec else {
                damaged = true;
                continue;
            };
            if rec.warc_type == "response" {
                if declares_html(&rec.block) {
                    tail.extend(rec.target_uri.clone());
                }
                continue;
            }
            if rec.warc_type != "metadata" {
                continue;
            }
            let fields = String::from_utf8_lossy(&rec.block);
            let mut kind = None;
            let mut key = None;
            for line in fields.lines() {
                let Some((name, value)) = line.split_once(':') else { continue };
                if name.trim().eq_ignore_ascii_case(KIND_FIELD) {
                    kind = Some(value.trim().to_string());
                } else if name.trim().eq_ignore_ascii_case(KEY_FIELD) {
                    key = Some(value.trim().to_string());
                }
            }
            if let Some(kind) = kind {
                tagged = true;
                if let Some(uri) = &rec.target_uri {
                    any_tag.insert(uri.clone());
                    if kind == "article" {
                        articles.insert(uri.clone(), key);
                    }
                }
            }
        }
        if damaged {
            orphans.append(&mut tail);
        }
    }
    for uri in orphans {
        if !any_tag.contains(&uri) {
            articles.entry(uri).or_insert(None);
        }
    }
    Ok(tagged.then_some(articles))
}

/// Whether the HTTP head of a response block declares an HTML content type.
fn declares_html(block: &[u8]) -> bool {
    let head = block.get(..block.len().min(8192)).unwrap_or(block);
    let end = head.windows(4).position(|w| w == b"\r\n\r\n").unwrap_or(head.len());
    let head = String::from_utf8_lossy(head.get(..end).unwrap_or(head)).to_ascii_lowercase();
    head.lines().any(|l| l.starts_with("content-type:") && l.contains("html"))
}

/// Iterates the pages of a WARC file. A malformed record yields an error item; iteration goes on
/// with the next record where the reader can resynchronise.
pub fn read_warc(
    path: &Path,
) -> Result<impl Iterator<Item = Result<WarcItem, ImportError>>, ImportError> {
    read_warc_through(path, |file| file)
}

/// [`read_warc`], reading the file through `wrap` (a byte counter for progress).
pub fn read_warc_through<R: std::io::Read + 'static>(
    path: &Path,
    wrap: impl FnOnce(std::fs::File) -> R,
) -> Result<impl Iterator<Item = Result<WarcItem, ImportError>>, ImportError> {
    let warc_error =
        |e: std::io::Error| ImportError::Warc { path: path.to_path_buf(), source: e.into() };
    let file = std::fs::File::open(path).map_err(warc_error)?;
    let reader = archive::sniff_reader(wrap(file)).map_err(warc_error)?;
    let path = path.to_path_buf();
    Ok(reader.map(move |rec| {
        let rec = rec.map_err(|source| ImportError::Warc { path: path.clone(), source })?;
        Ok(warc_item(rec))
    }))
}

fn warc_item(rec: archive::WarcRecord) -> WarcItem {
    let uri = rec.target_uri.clone();
    match rec.warc_type.as_str() {
        "response" => match archive::parse_http_response(&rec.block) {
            Ok(resp) if resp.status == 200 => WarcItem::Page(RawPage {
                url: uri,
                content_type: resp.header("content-type").map(str::to_string),
                body: resp.body,
                ..RawPage::default()
            }),
            Ok(resp) => WarcItem::Skipped { uri, reason: format!("http status {}", resp.status) },
            Err(e) => WarcItem::Skipped { uri, reason: e.to_string() },
        },
        "resource" => WarcItem::Page(RawPage {
            url: uri,
            content_type: rec
                .headers
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case("content-type"))
                .map(|(_, v)| v.clone()),
            body: rec.block,
            ..RawPage::default()
        }),
        other => WarcItem::Skipped { uri, reason: format!("{other} record") },
    }
}
