//! Site generators: test fixture sites in three templates, fault sites, the bundled seed sites
//! and synthetic benchmark sites.
//!
//! Every generator takes the base URLs by site name (from [`super::SiteServer::start_with`]) and
//! skips sites whose name is missing, so the absolute URLs in feeds, sitemaps and pages carry
//! the real port. Content is synthetic Vietnamese, deterministic for a given site name and
//! article number.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Datelike, FixedOffset, TimeZone, Timelike};

use super::synth::{self, esc, slug, Rng};
use super::{http_date, Fault, Route, Site};
use crate::import::ImportError;

/// Name of the Dân trí-like fixture site.
pub const DANTRI_SITE: &str = "dantri";
/// Name of the VCCorp-like (Báo Chính phủ family) fixture site.
pub const VCCORP_SITE: &str = "vccorp";
/// Name of the plain generic fixture site (no feed).
pub const GENERIC_SITE: &str = "generic";
/// Name of the site whose article routes carry every [`Fault`].
pub const FAULT_SITE: &str = "faults";
/// Name of the site whose robots.txt answers 503.
pub const ROBOTS_5XX_SITE: &str = "robots-5xx";
/// Name of the site whose robots.txt disallows `/private/`.
pub const ROBOTS_DISALLOW_SITE: &str = "robots-disallow";
/// Name of the site with malformed feed and sitemap XML and no robots.txt (404).
pub const MALFORMED_SITE: &str = "malformed";

/// The document some fixture articles cite (every third article, starting with the first).
pub const DIRECTIVE: &str = synth::DIRECTIVE;

/// Where a crawler starts on a site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryPoints {
    /// Site name.
    pub site: String,
    /// Base URL (`http://127.0.0.1:PORT`).
    pub base: String,
    /// Extraction profile matching the site's template, if any.
    pub profile: Option<String>,
    /// Feed URLs.
    pub feeds: Vec<String>,
    /// Sitemap (or sitemap index) URLs; also named in robots.txt.
    pub sitemaps: Vec<String>,
    /// First listing pages (pagination follows from there).
    pub listings: Vec<String>,
}

/// One generated article, for tests to compare a crawl against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FixtureArticle {
    /// Site name.
    pub site: String,
    /// The canonical absolute URL.
    pub url: String,
    /// The URL path.
    pub path: String,
    /// The numeric article id embedded in the URL.
    pub id: String,
    /// Headline.
    pub title: String,
    /// Lead paragraph, without the outlet prefix.
    pub sapo: String,
    /// Body paragraphs.
    pub paragraphs: Vec<String>,
    /// Byline.
    pub author: String,
    /// Publication time (+07:00).
    pub published: DateTime<FixedOffset>,
    /// Whether the body cites [`DIRECTIVE`].
    pub cites_directive: bool,
    /// Other absolute URLs that serve this same page (a `utm_source` variant, an alias path
    /// whose page has `<link rel=canonical>` to [`FixtureArticle::url`]).
    pub aliases: Vec<String>,
    /// For the one article per site whose content copies another's under a new id: the
    /// original's URL.
    pub copy_of: Option<String>,
}

/// Sites plus what tests need to know about them.
#[derive(Debug, Clone, Default)]
pub struct FixtureSet {
    /// The sites to serve.
    pub sites: Vec<Site>,
    /// Entry points per site.
    pub entries: Vec<EntryPoints>,
    /// Every article page (copies included, aliases not listed separately).
    pub articles: Vec<FixtureArticle>,
}

/// Knobs for [`fixture_set`].
#[derive(Debug, Clone, PartialEq)]
pub struct FixtureOptions {
    /// Distinct articles per site (each site also gets one content copy when this is ≥ 3).
    pub articles_per_site: usize,
    /// `Crawl-delay` in the generic site's robots.txt, in seconds.
    pub generic_crawl_delay: f32,
    /// Articles per listing page.
    pub listing_page_size: usize,
}

impl Default for FixtureOptions {
    fn default() -> Self {
        FixtureOptions { articles_per_site: 10, generic_crawl_delay: 0.2, listing_page_size: 5 }
    }
}

/// The three template sites' names: [`DANTRI_SITE`], [`VCCORP_SITE`], [`GENERIC_SITE`].
pub fn fixture_site_names() -> Vec<String> {
    [DANTRI_SITE, VCCORP_SITE, GENERIC_SITE].iter().map(|s| s.to_string()).collect()
}

/// The three template sites with `articles_per_site` articles each (see [`fixture_set`]).
pub fn fixture_sites(bases: &HashMap<String, String>, articles_per_site: usize) -> Vec<Site> {
    fixture_set(bases, &FixtureOptions { articles_per_site, ..FixtureOptions::default() }).sites
}

/// The page templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Template {
    /// Dân trí "singular" template; RFC 822 feed; sitemap index; `trang-N` pagination.
    Dantri,
    /// VCCorp detail template; US-date feed; sitemap index → news sitemap; `?page=N`.
    Vccorp,
    /// Plain `h1` + `p`; no feed; sitemap in robots.txt with `Crawl-delay`; `?page=N`.
    Generic,
}

/// Builds the three template sites:
///
/// - `dantri`: `article.singular-container`, `h1.title-page.detail`, `h2.singular-sapo`
///   ("(Dân trí) - …"), `div.singular-content`, `time.author-time[datetime]`; RSS 2.0 at
///   `/rss/home.rss` (RFC 822 dates); sitemap index `/sitemaps/articles.xml` → monthly
///   sitemaps; listing `/xa-hoi.htm`, `/xa-hoi/trang-N.htm`; articles
///   `/xa-hoi/<slug>-<17-digit id>.htm`.
/// - `vccorp`: `h1.detail-title[data-role=title]`, `h2.detail-sapo` ("(Chinhphu.vn) - …"),
///   `div[data-role=publishdate]`, `div.detail-content[data-role=content]`; RSS at
///   `/kinh-te.rss` with US dates (`9/5/2026 1:30:00 PM`); sitemap index → news sitemap with
///   `news:publication_date`; listing `/kinh-te.htm`, `/kinh-te.htm?page=N`; articles
///   `/<slug>-102<yyMMddHHmmss><3 digits>.htm`.
/// - `generic`: plain `h1` + `p`, `time[datetime]`; no feed; robots.txt with `Crawl-delay`,
///   `Disallow: /admin/` (a linked page lives there) and a `Sitemap:` line; listing
///   `/tin-tuc`, `/tin-tuc?page=N`; articles `/tin-tuc/<slug>-<yyMMdd><3 digits>.html`.
///
/// In each site, article 0 is linked from the listing with `?utm_source=…`, article 1 is also
/// served under an alias path (same page, canonical to the main URL), and an extra article
/// copies article 2's content under a new id. Every third article cites [`DIRECTIVE`].
/// Articles carry an `ETag` (dantri, vccorp) and `Last-Modified` (vccorp, generic); feeds and
/// sitemaps carry an `ETag`.
pub fn fixture_set(bases: &HashMap<String, String>, opts: &FixtureOptions) -> FixtureSet {
    let mut set = FixtureSet::default();
    let sites = [
        (DANTRI_SITE, Template::Dantri, 0usize),
        (VCCORP_SITE, Template::Vccorp, 1),
        (GENERIC_SITE, Template::Generic, 2),
    ];
    for (name, template, index) in sites {
        let Some(base) = bases.get(name) else { continue };
        let (site, entries, articles) = template_site(name, name, base, template, index, opts);
        set.sites.push(site);
        set.entries.push(entries);
        set.articles.extend(articles);
    }
    set
}

/// Sites that differ only by origin: every name in `names` served from the `template` site's
/// generator ([`DANTRI_SITE`], [`VCCORP_SITE`] or [`GENERIC_SITE`]) with the same paths, article
/// ids, titles and dates, each with its own body text (so no two are duplicates of each other).
/// Names missing from `bases`, or an unknown template, are skipped.
pub fn twin_set(
    bases: &HashMap<String, String>,
    names: &[&str],
    template: &str,
    opts: &FixtureOptions,
) -> FixtureSet {
    let mut set = FixtureSet::default();
    let (t, index) = match template {
        DANTRI_SITE => (Template::Dantri, 0),
        VCCORP_SITE => (Template::Vccorp, 1),
        GENERIC_SITE => (Template::Generic, 2),
        _ => return set,
    };
    for name in names {
        let Some(base) = bases.get(*name) else { continue };
        let (site, entries, articles) = template_site(name, template, base, t, index, opts);
        set.sites.push(site);
        set.entries.push(entries);
        set.articles.extend(articles);
    }
    set
}

/// Article `i` of site `name` whose title and date (hence path and id) come from `id_key`'s
/// article `i`, and whose text is the site's own.
fn keyed_content(name: &str, id_key: &str, i: usize, site_index: usize) -> FixtureArticle {
    let mut a = article_content(id_key, i, site_index);
    if name != id_key {
        let own = article_content(name, i, site_index);
        a.site = own.site;
        a.sapo = own.sapo;
        a.paragraphs = own.paragraphs;
        a.author = own.author;
    }
    a
}

/// Content of one article before it gets a URL.
fn article_content(site: &str, i: usize, site_index: usize) -> FixtureArticle {
    let mut rng = Rng::from_key(site, i as u64);
    let tz = vn_offset();
    let base = tz.with_ymd_and_hms(2026, 9, 5, 13, 30, 0).single().unwrap_or_else(|| epoch(tz));
    let minutes = i as i64 * (26 * 60 + 7) + site_index as i64 * 17 + rng.below(40) as i64;
    let published = base - chrono::Duration::minutes(minutes);
    let title = synth::title(&mut rng);
    let sapo = synth::paragraph(&mut rng, 2);
    let cites_directive = i.is_multiple_of(3);
    let mut paragraphs = Vec::new();
    let n = 4 + rng.below(4);
    for k in 0..n {
        let len = 2 + rng.below(3);
        let mut p = synth::paragraph(&mut rng, len);
        if k == 1 && cites_directive {
            p = format!("{} {p}", synth::citation(&mut rng, DIRECTIVE));
        } else if k == 2 && rng.below(2) == 0 {
            p = format!("{p} {}", synth::other_citation(&mut rng));
        }
        paragraphs.push(p);
    }
    FixtureArticle {
        site: site.to_string(),
        url: String::new(),
        path: String::new(),
        id: String::new(),
        title,
        sapo,
        paragraphs,
        author: synth::person(&mut rng),
        published,
        cites_directive,
        aliases: Vec::new(),
        copy_of: None,
    }
}

fn vn_offset() -> FixedOffset {
    FixedOffset::east_opt(7 * 3600).unwrap_or(chrono::Offset::fix(&chrono::Utc))
}

fn epoch(tz: FixedOffset) -> DateTime<FixedOffset> {
    DateTime::from_timestamp(0, 0).unwrap_or_default().with_timezone(&tz)
}

/// Gives an article its id and URL for a template. `id_time` drives the id's timestamp part
/// and `n` its trailing digits.
fn place(mut a: FixtureArticle, base: &str, t: Template, n: usize) -> FixtureArticle {
    let id_time = a.published - chrono::Duration::minutes(n as i64 * 3 + 11);
    let s = slug(&a.title);
    let (id, path) = match t {
        Template::Dantri => {
            let id = format!("{}{:03}", id_time.format("%Y%m%d%H%M%S"), (n * 37 + 104) % 1000);
            let path = format!("/xa-hoi/{s}-{id}.htm");
            (id, path)
        }
        Template::Vccorp => {
            let id = format!("102{}{:03}", id_time.format("%y%m%d%H%M%S"), (n * 53 + 517) % 1000);
            let path = format!("/{s}-{id}.htm");
            (id, path)
        }
        Template::Generic => {
            let id = format!("{}{:03}", a.published.format("%y%m%d"), n % 1000);
            let path = format!("/tin-tuc/{s}-{id}.html");
            (id, path)
        }
    };
    a.url = format!("{base}{path}");
    a.id = id;
    a.path = path;
    a
}

fn template_site(
    name: &str,
    id_key: &str,
    base: &str,
    t: Template,
    site_index: usize,
    opts: &FixtureOptions,
) -> (Site, EntryPoints, Vec<FixtureArticle>) {
    let n = opts.articles_per_site;
    let mut articles: Vec<FixtureArticle> =
        (0..n).map(|i| place(keyed_content(name, id_key, i, site_index), base, t, i)).collect();
    // The content copy: article 2's page under a new id.
    if n >= 3 {
        let mut copy = keyed_content(name, id_key, 2, site_index);
        copy = place(copy, base, t, n);
        if t != Template::Generic {
            // Same content; the id's timestamp part is a few hours later.
            let later = copy.published + chrono::Duration::hours(3);
            let moved = FixtureArticle { published: later, ..copy.clone() };
            let moved = place(moved, base, t, n);
            copy.id = moved.id;
            copy.path = moved.path;
            copy.url = moved.url;
        }
        copy.copy_of = Some(articles[2].url.clone());
        articles.push(copy);
    }
    let alias_path = |a: &FixtureArticle| match t {
        Template::Dantri => format!("/tin-noi-bat/{}-{}.htm", slug(&a.title), a.id),
        Template::Vccorp => format!("/print{}", a.path),
        Template::Generic => format!("/bai-viet/{}", a.id),
    };
    let utm = "?utm_source=trang-chu&utm_medium=listing";
    if let Some(a) = articles.first_mut() {
        a.aliases.push(format!("{}{utm}", a.url));
    }
    if n >= 2 {
        let alias = format!("{base}{}", alias_path(&articles[1]));
        articles[1].aliases.push(alias);
    }

    let mut site = Site::new(name);
    let chrome = Chrome::default();
    for a in &articles {
        let body = render_article(t, a, base, &chrome);
        let mut route = Route::html(body.clone());
        let tag = etag_of(body.as_bytes());
        let lm = http_date(a.published.with_timezone(&chrono::Utc));
        route = match t {
            Template::Dantri => route.with_etag(&tag),
            Template::Vccorp => route.with_etag(&tag).with_last_modified(&lm),
            Template::Generic => route.with_last_modified(&lm),
        };
        if a.aliases.iter().any(|u| !u.contains('?')) {
            for alias in a.aliases.iter().filter(|u| !u.contains('?')) {
                if let Some(p) = alias.strip_prefix(base) {
                    site.add(p, route.clone());
                }
            }
        }
        site.add(a.path.clone(), route);
    }

    // Listing pages.
    let size = opts.listing_page_size.max(1);
    let pages = articles.len().div_ceil(size).max(1);
    let (listing_name, listing_first) = match t {
        Template::Dantri => ("Xã hội", "/xa-hoi.htm".to_string()),
        Template::Vccorp => ("Kinh tế", "/kinh-te.htm".to_string()),
        Template::Generic => ("Tin tức", "/tin-tuc".to_string()),
    };
    let listing_path = |p: usize| -> String {
        match (t, p) {
            (_, 1) => listing_first.clone(),
            (Template::Dantri, p) => format!("/xa-hoi/trang-{p}.htm"),
            (Template::Vccorp, p) => format!("/kinh-te.htm?page={p}"),
            (Template::Generic, p) => format!("/tin-tuc?page={p}"),
        }
    };
    for p in 1..=pages {
        let items: Vec<&FixtureArticle> = articles.iter().skip((p - 1) * size).take(size).collect();
        let links: Vec<(String, &FixtureArticle)> = items
            .iter()
            .map(|a| {
                let href = a
                    .aliases
                    .iter()
                    .find(|u| u.contains('?'))
                    .cloned()
                    .unwrap_or_else(|| a.path.clone());
                let href = href.strip_prefix(base).map(str::to_string).unwrap_or(href);
                (href, *a)
            })
            .collect();
        let prev = (p > 1).then(|| listing_path(p - 1));
        let next = (p < pages).then(|| listing_path(p + 1));
        let html = render_listing(t, listing_name, &links, p, pages, prev, next, &listing_path);
        site.add(listing_path(p), Route::html(html));
    }

    // Feeds, sitemaps, robots, home.
    let mut entries = EntryPoints {
        site: name.to_string(),
        base: base.to_string(),
        profile: match t {
            Template::Dantri => Some("dantri".into()),
            Template::Vccorp => Some("vccorp".into()),
            Template::Generic => None,
        },
        feeds: Vec::new(),
        sitemaps: Vec::new(),
        listings: vec![format!("{base}{listing_first}")],
    };
    let feed_items: Vec<FeedItem> = articles.iter().map(FeedItem::from_article).collect();
    match t {
        Template::Dantri => {
            let feed = rss("Dân trí - Tin mới nhất", base, &feed_items, DateStyle::Rfc822, false);
            site.add("/rss/home.rss", xml_route(feed));
            entries.feeds.push(format!("{base}/rss/home.rss"));
            let mut months: BTreeMap<(i32, u32), Vec<&FixtureArticle>> = BTreeMap::new();
            for a in &articles {
                months.entry((a.published.year(), a.published.month())).or_default().push(a);
            }
            let mut children = Vec::new();
            for ((y, m), list) in &months {
                let path = format!("/sitemaps/Article-{y}-{m}.xml");
                let urls: Vec<(String, Option<String>)> =
                    list.iter().map(|a| (a.url.clone(), Some(a.published.to_rfc3339()))).collect();
                site.add(path.clone(), xml_route(urlset(&urls)));
                let last = list.iter().map(|a| a.published).max().map(|d| d.to_rfc3339());
                children.push((format!("{base}{path}"), last));
            }
            site.add("/sitemaps/articles.xml", xml_route(sitemap_index(&children)));
            entries.sitemaps.push(format!("{base}/sitemaps/articles.xml"));
            site.add(
                "/robots.txt",
                Route::text(format!(
                    "User-agent: *\nDisallow: /tim-kiem/\n\nSitemap: {base}/sitemaps/articles.xml\n"
                )),
            );
        }
        Template::Vccorp => {
            let feed = rss("Kinh tế - Báo Chính phủ", base, &feed_items, DateStyle::Us, true);
            site.add("/kinh-te.rss", xml_route(feed));
            entries.feeds.push(format!("{base}/kinh-te.rss"));
            site.add(
                "/sitemaps/google-news.xml",
                xml_route(news_sitemap("Báo Chính phủ", &articles)),
            );
            let newest = articles.iter().map(|a| a.published).max().map(|d| d.to_rfc3339());
            let children = vec![(format!("{base}/sitemaps/google-news.xml"), newest)];
            site.add("/sitemaps/sitemap-index.xml", xml_route(sitemap_index(&children)));
            entries.sitemaps.push(format!("{base}/sitemaps/sitemap-index.xml"));
            site.add(
                "/robots.txt",
                Route::text(format!(
                    "User-agent: *\nAllow: /\n\nSitemap: {base}/sitemaps/sitemap-index.xml\n"
                )),
            );
        }
        Template::Generic => {
            let urls: Vec<(String, Option<String>)> = articles
                .iter()
                .map(|a| (a.url.clone(), Some(a.published.format("%Y-%m-%d").to_string())))
                .collect();
            site.add("/sitemap.xml", xml_route(urlset(&urls)));
            entries.sitemaps.push(format!("{base}/sitemap.xml"));
            site.add(
                "/robots.txt",
                Route::text(format!(
                    "User-agent: *\nCrawl-delay: {}\nDisallow: /admin/\n\nSitemap: {base}/sitemap.xml\n",
                    opts.generic_crawl_delay
                )),
            );
            site.add(
                "/admin/bai-nhap-999999.html",
                Route::html(simple_page("Bản nháp nội bộ", "Trang quản trị, không công khai.")),
            );
        }
    }
    let mut home_links: Vec<(String, String)> =
        vec![(listing_first.clone(), listing_name.to_string())];
    if let Some(a) = articles.get(1) {
        for alias in a.aliases.iter().filter(|u| !u.contains('?')) {
            let href = alias.strip_prefix(base).unwrap_or(alias).to_string();
            home_links.push((href, a.title.clone()));
        }
    }
    if t == Template::Generic {
        home_links.push(("/admin/bai-nhap-999999.html".into(), "Bản nháp".into()));
    }
    let feed_link = entries.feeds.first().cloned();
    site.add("/", Route::html(home_page(name, &home_links, feed_link.as_deref())));
    (site, entries, articles)
}

/// Extra markup around an article (used to pad benchmark pages).
#[derive(Debug, Default, Clone)]
struct Chrome {
    head: Arc<String>,
    nav: Arc<String>,
    aside: String,
}

fn vn_weekday(d: &DateTime<FixedOffset>) -> &'static str {
    match d.weekday() {
        chrono::Weekday::Mon => "Thứ hai",
        chrono::Weekday::Tue => "Thứ ba",
        chrono::Weekday::Wed => "Thứ tư",
        chrono::Weekday::Thu => "Thứ năm",
        chrono::Weekday::Fri => "Thứ sáu",
        chrono::Weekday::Sat => "Thứ bảy",
        chrono::Weekday::Sun => "Chủ nhật",
    }
}

fn json_ld(a: &FixtureArticle, publisher: &str) -> String {
    let v = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a.title,
        "description": a.sapo,
        "datePublished": a.published.to_rfc3339(),
        "author": {"@type": "Person", "name": a.author},
        "publisher": {"@type": "Organization", "name": publisher},
        "mainEntityOfPage": a.url,
    });
    // `</` cannot end the script element early in JSON text with this escape.
    v.to_string().replace("</", "<\\/")
}

/// The canonical URL an article's page declares: the copy's original declares itself.
fn canonical(a: &FixtureArticle) -> &str {
    &a.url
}

fn render_article(t: Template, a: &FixtureArticle, base: &str, chrome: &Chrome) -> String {
    let title = esc(&a.title);
    let mut s =
        String::with_capacity(8192 + chrome.head.len() + chrome.nav.len() + chrome.aside.len());
    s.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    s.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    match t {
        Template::Dantri => {
            s.push_str(&format!("<title>{title} | Báo Dân trí</title>\n"));
            s.push_str(&format!(
                "<meta name=\"description\" content=\"(Dân trí) - {}\">\n",
                esc(&a.sapo)
            ));
            s.push_str("<meta property=\"og:type\" content=\"article\">\n");
            s.push_str("<meta property=\"og:site_name\" content=\"Báo điện tử Dân Trí\">\n");
            s.push_str(&format!("<meta property=\"og:title\" content=\"{title}\">\n"));
            s.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", canonical(a)));
            s.push_str(&format!(
                "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"{base}/rss/home.rss\">\n"
            ));
            s.push_str(&format!(
                "<script type=\"application/ld+json\">{}</script>\n",
                json_ld(a, "Báo Dân Trí")
            ));
        }
        Template::Vccorp => {
            s.push_str(&format!("<title>{title}</title>\n"));
            s.push_str(&format!("<meta name=\"description\" content=\"{}\">\n", esc(&a.sapo)));
            s.push_str("<meta property=\"og:type\" content=\"website\">\n");
            s.push_str(&format!("<meta property=\"og:title\" content=\"{title}\">\n"));
            s.push_str(&format!(
                "<meta property=\"article:published_time\" content=\"{}\">\n",
                a.published.format("%Y-%m-%dT%H:%M:%S").to_string() + "&#x2B;07:00"
            ));
            s.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", canonical(a)));
            s.push_str(&format!(
                "<script type=\"application/ld+json\">{}</script>\n",
                json_ld(a, "Báo Chính phủ")
            ));
        }
        Template::Generic => {
            s.push_str(&format!("<title>{title}</title>\n"));
            s.push_str(&format!(
                "<meta property=\"article:published_time\" content=\"{}\">\n",
                a.published.to_rfc3339()
            ));
            s.push_str(&format!("<link rel=\"canonical\" href=\"{}\">\n", canonical(a)));
        }
    }
    s.push_str(&chrome.head);
    s.push_str("</head>\n<body>\n<header class=\"site-header\"><a class=\"logo\" href=\"/\">Trang chủ</a>\n<nav class=\"menu\"><a href=\"/\">Mới nhất</a> <a href=\"/xa-hoi.htm\">Xã hội</a> <a href=\"/kinh-te.htm\">Kinh tế</a></nav>\n");
    s.push_str(&chrome.nav);
    s.push_str("</header>\n");
    let paras: String = a.paragraphs.iter().map(|p| format!("<p>{}</p>\n", esc(p))).collect();
    let tags =
        [("ky-luat-ky-cuong", "kỷ luật, kỷ cương"), ("cai-cach-hanh-chinh", "cải cách hành chính")];
    match t {
        Template::Dantri => {
            let when =
                format!("{}, {}", vn_weekday(&a.published), a.published.format("%d/%m/%Y - %H:%M"));
            s.push_str("<main class=\"body-container\">\n<ul class=\"breadcrumbs\"><li><a data-content-name=\"article-breadcrumb\" data-content-target=\"/xa-hoi.htm\" href=\"/xa-hoi.htm\">Xã hội</a></li></ul>\n");
            s.push_str(&format!(
                "<article class=\"singular-container\" data-article-id=\"{}\">\n",
                a.id
            ));
            s.push_str(&format!("<h1 class=\"title-page detail\">{title}</h1>\n"));
            s.push_str(&format!(
                "<div class=\"author-wrap\"><div class=\"author-name\"><a href=\"/tac-gia/{}-{}.htm\"><b>{}</b></a></div>\n<time class=\"author-time\" datetime=\"{}\">{when}</time></div>\n",
                slug(&a.author),
                a.author.len(),
                esc(&a.author),
                a.published.format("%Y-%m-%d %H:%M"),
            ));
            s.push_str(&format!("<h2 class=\"singular-sapo\">(Dân trí) - {}</h2>\n", esc(&a.sapo)));
            s.push_str("<div class=\"singular-content\">\n");
            s.push_str(&paras);
            s.push_str("</div>\n<ul class=\"tags-wrap\"><li class=\"label\">Từ khoá:</li>");
            for (k, v) in tags {
                s.push_str(&format!(
                    "<li><a data-content-name=\"article-tags\" href=\"/tim-kiem/{k}.htm\">{v}</a></li>"
                ));
            }
            s.push_str("</ul>\n</article>\n<aside class=\"article-related\">\n");
            s.push_str(&chrome.aside);
            s.push_str("</aside>\n</main>\n");
        }
        Template::Vccorp => {
            s.push_str("<div class=\"detail-breadcrumb\"><a data-role=\"cate-name\" href=\"/kinh-te.htm\" title=\"Kinh t&#x1EBF;\">Kinh t&#x1EBF;</a></div>\n");
            s.push_str("<article class=\"detail-mcontent\">\n");
            s.push_str(&format!("<h1 class=\"detail-title\" data-role=\"title\">{title}</h1>\n"));
            s.push_str(&format!(
                "<div class=\"detail-time\"><div data-role=\"publishdate\">{} <svg width=\"4\" height=\"4\"></svg> {}</div></div>\n",
                a.published.format("%d/%m/%Y"),
                a.published.format("%H:%M")
            ));
            s.push_str(&format!(
                "<h2 class=\"detail-sapo\" data-role=\"sapo\">(Chinhphu.vn) - {}</h2>\n",
                esc(&a.sapo)
            ));
            s.push_str("<div class=\"detail-content afcbc-body\" data-role=\"content\">\n<!-- bonewsrelation -->\n");
            s.push_str(&paras);
            s.push_str("<div class=\"VCSortableInPreviewMode\" type=\"RelatedNewsBox\"><div class=\"kbwscwl-relatedbox\"><a href=\"/tham-khao-102209212.htm\">Tham khảo thêm</a></div></div>\n");
            s.push_str(&format!(
                "<p style=\"text-align: right;\"><b>{}</b></p>\n</div>\n",
                esc(&a.author)
            ));
            s.push_str(
                "<div class=\"detail-tag\"><ul class=\"detail-tag-list\" data-role=\"tags\">",
            );
            for (k, v) in tags {
                s.push_str(&format!("<li><a href=\"/{k}.html\">{v}</a></li>"));
            }
            s.push_str("</ul></div>\n</article>\n<div class=\"detail-relate\">\n");
            s.push_str(&chrome.aside);
            s.push_str("</div>\n");
        }
        Template::Generic => {
            s.push_str("<main>\n<article>\n");
            s.push_str(&format!("<h1>{title}</h1>\n"));
            s.push_str(&format!(
                "<p class=\"meta\"><time datetime=\"{}\">{}</time> - {}</p>\n",
                a.published.to_rfc3339(),
                a.published.format("%d/%m/%Y %H:%M"),
                esc(&a.author)
            ));
            s.push_str(&format!("<p><strong>{}</strong></p>\n", esc(&a.sapo)));
            s.push_str(&paras);
            s.push_str("</article>\n<aside class=\"sidebar\">\n");
            s.push_str(&chrome.aside);
            s.push_str("</aside>\n</main>\n");
        }
    }
    s.push_str("<footer class=\"site-footer\"><p>Giấy phép hoạt động báo điện tử số 000/GP-BTTTT.</p><a href=\"#top\">Top</a></footer>\n</body>\n</html>\n");
    s
}

#[allow(clippy::too_many_arguments)]
fn render_listing(
    t: Template,
    name: &str,
    links: &[(String, &FixtureArticle)],
    page: usize,
    pages: usize,
    prev: Option<String>,
    next: Option<String>,
    path_of: &dyn Fn(usize) -> String,
) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} - Trang {page}</title>\n",
        esc(name)
    );
    if let Some(p) = &prev {
        s.push_str(&format!("<link rel=\"prev\" href=\"{}\">\n", esc(p)));
    }
    if let Some(n) = &next {
        s.push_str(&format!("<link rel=\"next\" href=\"{}\">\n", esc(n)));
    }
    s.push_str(&format!("</head>\n<body>\n<h1 class=\"category-title\">{}</h1>\n", esc(name)));
    for (href, a) in links {
        let href = esc(href);
        let title = esc(&a.title);
        match t {
            Template::Dantri => s.push_str(&format!(
                "<article class=\"article-item\" data-content-name=\"category-timeline_page_{page}\">\
                 <div class=\"article-thumb\"><a href=\"{href}\"><img src=\"/img/{}.jpg\" alt=\"{title}\"></a></div>\
                 <div class=\"article-content\"><h3 class=\"article-title\"><a href=\"{href}\">{title}</a></h3>\
                 <div class=\"article-excerpt\">{}</div></div></article>\n",
                a.id,
                esc(&a.sapo)
            )),
            Template::Vccorp => s.push_str(&format!(
                "<div class=\"box-stream-item\"><a class=\"box-stream-link-title\" href=\"{href}\" title=\"{title}\">{title}</a>\
                 <p class=\"box-stream-sapo\">{}</p></div>\n",
                esc(&a.sapo)
            )),
            Template::Generic => s.push_str(&format!(
                "<div class=\"news-item\"><h2><a href=\"{href}\">{title}</a></h2><p>{}</p></div>\n",
                esc(&a.sapo)
            )),
        }
    }
    s.push_str("<div class=\"pagination\">");
    if let Some(p) = &prev {
        s.push_str(&format!("<a class=\"prev\" href=\"{}\">Trang trước</a> ", esc(p)));
    }
    for p in 1..=pages {
        if p == page {
            s.push_str(&format!("<span class=\"current\">{p}</span> "));
        } else {
            s.push_str(&format!("<a href=\"{}\">{p}</a> ", esc(&path_of(p))));
        }
    }
    if let Some(n) = &next {
        s.push_str(&format!("<a class=\"next\" rel=\"next\" href=\"{}\">Trang sau</a>", esc(n)));
    }
    s.push_str("</div>\n</body>\n</html>\n");
    s
}

fn home_page(name: &str, links: &[(String, String)], feed: Option<&str>) -> String {
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} - Trang chủ</title>\n",
        esc(name)
    );
    if let Some(f) = feed {
        s.push_str(&format!(
            "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"{}\">\n",
            esc(f)
        ));
    }
    s.push_str("</head>\n<body>\n<ul class=\"home\">\n");
    for (href, text) in links {
        s.push_str(&format!("<li><a href=\"{}\">{}</a></li>\n", esc(href), esc(text)));
    }
    s.push_str("</ul>\n</body>\n</html>\n");
    s
}

fn simple_page(title: &str, text: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{t}</title></head>\
         <body><h1>{t}</h1><p>{}</p></body></html>\n",
        esc(text),
        t = esc(title)
    )
}

/// How feed dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateStyle {
    /// `Sat, 05 Sep 2026 13:30:00 +0700`.
    Rfc822,
    /// `9/5/2026 1:30:00 PM` (local time, no zone), as baochinhphu.vn writes it.
    Us,
}

fn format_date(d: &DateTime<FixedOffset>, style: DateStyle) -> String {
    match style {
        DateStyle::Rfc822 => d.format("%a, %d %b %Y %H:%M:%S %z").to_string(),
        DateStyle::Us => {
            let (pm, h12) = d.hour12();
            format!(
                "{}/{}/{} {}:{:02}:{:02} {}",
                d.month(),
                d.day(),
                d.year(),
                h12,
                d.minute(),
                d.second(),
                if pm { "PM" } else { "AM" }
            )
        }
    }
}

/// What a feed item needs.
#[derive(Debug, Clone)]
struct FeedItem {
    title: String,
    url: String,
    description: String,
    published: Option<DateTime<FixedOffset>>,
}

impl FeedItem {
    fn from_article(a: &FixtureArticle) -> FeedItem {
        FeedItem {
            title: a.title.clone(),
            url: a.url.clone(),
            description: a.sapo.clone(),
            published: Some(a.published),
        }
    }
}

/// CDATA-wraps text (splitting any `]]>` inside).
fn cdata(s: &str) -> String {
    format!("<![CDATA[{}]]>", s.replace("]]>", "]]]]><![CDATA[>"))
}

fn rss(title: &str, base: &str, items: &[FeedItem], style: DateStyle, use_cdata: bool) -> String {
    let text = |s: &str| if use_cdata { cdata(s) } else { esc(s) };
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n<channel>\n",
    );
    s.push_str(&format!("<title>{}</title>\n<link>{}/</link>\n", text(title), esc(base)));
    s.push_str(&format!(
        "<description>{}</description>\n<language>vi-vn</language>\n<ttl>50</ttl>\n",
        text(title)
    ));
    if let Some(newest) = items.iter().filter_map(|i| i.published).max() {
        s.push_str(&format!("<lastBuildDate>{}</lastBuildDate>\n", format_date(&newest, style)));
    }
    for i in items {
        s.push_str("<item>\n");
        s.push_str(&format!("<title>{}</title>\n", text(&i.title)));
        s.push_str(&format!("<link>{}</link>\n", text(&i.url)));
        s.push_str(&format!("<guid isPermaLink=\"true\">{}</guid>\n", esc(&i.url)));
        s.push_str(&format!("<description>{}</description>\n", text(&i.description)));
        if let Some(d) = &i.published {
            s.push_str(&format!("<pubDate>{}</pubDate>\n", format_date(d, style)));
        }
        s.push_str("</item>\n");
    }
    s.push_str("</channel>\n</rss>\n");
    s
}

fn urlset(urls: &[(String, Option<String>)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (loc, lastmod) in urls {
        s.push_str(&format!("<url><loc>{}</loc>", esc(loc)));
        if let Some(l) = lastmod {
            s.push_str(&format!("<lastmod>{l}</lastmod>"));
        }
        s.push_str("</url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

fn sitemap_index(children: &[(String, Option<String>)]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for (loc, lastmod) in children {
        s.push_str(&format!("<sitemap><loc>{}</loc>", esc(loc)));
        if let Some(l) = lastmod {
            s.push_str(&format!("<lastmod>{l}</lastmod>"));
        }
        s.push_str("</sitemap>\n");
    }
    s.push_str("</sitemapindex>\n");
    s
}

fn news_sitemap(publication: &str, articles: &[FixtureArticle]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n",
    );
    for a in articles {
        s.push_str(&format!(
            "<url><loc>{}</loc><news:news><news:publication><news:name>{}</news:name><news:language>vi</news:language></news:publication>\
             <news:publication_date>{}</news:publication_date><news:title>{}</news:title></news:news></url>\n",
            esc(&a.url),
            esc(publication),
            a.published.to_rfc3339(),
            esc(&a.title)
        ));
    }
    s.push_str("</urlset>\n");
    s
}

/// An XML route with an `ETag` from its bytes.
fn xml_route(body: String) -> Route {
    let tag = etag_of(body.as_bytes());
    Route::xml(body).with_etag(&tag)
}

fn etag_of(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("\"{h:016x}\"")
}

// ---------------------------------------------------------------------------------------------
// Fault sites

/// Paths of the fault site's articles, one per fault (plus a normal one and a plain redirect).
pub mod fault_paths {
    /// A normal article (with `ETag` and `Last-Modified`).
    pub const OK: &str = "/bai/binh-thuong-1000001.html";
    /// A 301 to [`OK`].
    pub const REDIRECT_OK: &str = "/bai/chuyen-huong-1000002.html";
    /// Always 500.
    pub const STATUS_500: &str = "/bai/loi-may-chu-1000003.html";
    /// Always 503.
    pub const STATUS_503: &str = "/bai/tam-ngung-1000004.html";
    /// 429 with `Retry-After` for the first request(s), then 200.
    pub const TOO_MANY: &str = "/bai/qua-nhieu-yeu-cau-1000005.html";
    /// 503 for the first requests, then 200.
    pub const FAIL_TIMES: &str = "/bai/loi-tam-thoi-1000006.html";
    /// Sleeps before the headers.
    pub const SLOW: &str = "/bai/cham-1000007.html";
    /// Stalls in the middle of the body.
    pub const SLOW_BODY: &str = "/bai/cham-noi-dung-1000008.html";
    /// Connection reset without a response.
    pub const RESET: &str = "/bai/ngat-ket-noi-1000009.html";
    /// Body shorter than its `Content-Length`.
    pub const TRUNCATED: &str = "/bai/cat-ngang-1000010.html";
    /// 302 ping-pong with `?hop=1`.
    pub const REDIRECT_LOOP: &str = "/bai/vong-lap-1000011.html";
    /// A huge HTML body.
    pub const OVERSIZED: &str = "/bai/qua-lon-1000012.html";
    /// A gzip bomb.
    pub const GZIP_BOMB: &str = "/bai/bom-nen-1000013.html";
    /// UTF-8 Vietnamese declared as ISO-8859-1.
    pub const WRONG_CHARSET: &str = "/bai/sai-bang-ma-1000014.html";
    /// A PDF instead of HTML.
    pub const NON_HTML: &str = "/bai/tai-lieu-1000015.html";
}

/// Knobs for the fault site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultOptions {
    /// Delay of [`Fault::Slow`] and [`Fault::SlowBody`].
    pub slow: Duration,
    /// Body size of [`Fault::Oversized`].
    pub oversized: usize,
    /// Inflated size of [`Fault::GzipBomb`].
    pub gzip_bomb: usize,
    /// `Retry-After` of the 429 route, in seconds.
    pub retry_after_secs: u64,
    /// How many 429s before a 200.
    pub too_many_times: u32,
    /// How many 503s before a 200 on the [`fault_paths::FAIL_TIMES`] route.
    pub fail_times: u32,
}

impl Default for FaultOptions {
    fn default() -> Self {
        FaultOptions {
            slow: Duration::from_secs(10),
            oversized: 12 * 1024 * 1024,
            gzip_bomb: 64 * 1024 * 1024,
            retry_after_secs: 1,
            too_many_times: 1,
            fail_times: 2,
        }
    }
}

/// Names of the fault sites: [`FAULT_SITE`], [`ROBOTS_5XX_SITE`], [`ROBOTS_DISALLOW_SITE`],
/// [`MALFORMED_SITE`].
pub fn fault_site_names() -> Vec<String> {
    [FAULT_SITE, ROBOTS_5XX_SITE, ROBOTS_DISALLOW_SITE, MALFORMED_SITE]
        .iter()
        .map(|s| s.to_string())
        .collect()
}

/// All four fault sites for the names present in `bases`.
pub fn fault_sites(bases: &HashMap<String, String>) -> Vec<Site> {
    let mut out = Vec::new();
    if let Some(b) = bases.get(FAULT_SITE) {
        out.push(fault_site(b));
    }
    if let Some(b) = bases.get(ROBOTS_5XX_SITE) {
        out.push(robots_5xx_site(b));
    }
    if let Some(b) = bases.get(ROBOTS_DISALLOW_SITE) {
        out.push(robots_disallow_site(b));
    }
    if let Some(b) = bases.get(MALFORMED_SITE) {
        out.push(malformed_site(b));
    }
    out
}

/// A generic-template article page for `path` on a small site, with its record.
fn small_article(site: &str, base: &str, path: &str, i: usize) -> (FixtureArticle, String) {
    let mut a = article_content(site, i, 7);
    a.url = format!("{base}{path}");
    a.path = path.to_string();
    a.id = path
        .rsplit('-')
        .next()
        .map(|s| s.chars().take_while(char::is_ascii_digit).collect())
        .unwrap_or_default();
    let html = render_article(Template::Generic, &a, base, &Chrome::default());
    (a, html)
}

/// The fault site ([`FAULT_SITE`]) with [`FaultOptions::default`].
pub fn fault_site(base: &str) -> Site {
    fault_site_with(base, &FaultOptions::default())
}

/// The fault site: one article per [`Fault`] at the paths in [`fault_paths`], all listed in
/// `/feed.rss` (RFC 822 dates) and `/sitemap.xml`; robots.txt allows everything.
pub fn fault_site_with(base: &str, o: &FaultOptions) -> Site {
    use fault_paths as p;
    let table: Vec<(&str, Option<Fault>)> = vec![
        (p::OK, None),
        (p::STATUS_500, Some(Fault::Status(500))),
        (p::STATUS_503, Some(Fault::Status(503))),
        (
            p::TOO_MANY,
            Some(Fault::TooMany { retry_after_secs: o.retry_after_secs, times: o.too_many_times }),
        ),
        (p::FAIL_TIMES, Some(Fault::FailTimes { status: 503, times: o.fail_times })),
        (p::SLOW, Some(Fault::Slow { delay: o.slow })),
        (p::SLOW_BODY, Some(Fault::SlowBody { delay: o.slow })),
        (p::RESET, Some(Fault::Reset)),
        (p::TRUNCATED, Some(Fault::Truncated)),
        (p::REDIRECT_LOOP, Some(Fault::RedirectLoop)),
        (p::OVERSIZED, Some(Fault::Oversized { bytes: o.oversized })),
        (p::GZIP_BOMB, Some(Fault::GzipBomb { decompressed: o.gzip_bomb })),
        (p::WRONG_CHARSET, Some(Fault::WrongCharset)),
        (p::NON_HTML, Some(Fault::NonHtml)),
    ];
    let mut site = Site::new(FAULT_SITE);
    let mut items = Vec::new();
    for (i, (path, fault)) in table.into_iter().enumerate() {
        let (a, mut html) = small_article(FAULT_SITE, base, path, i);
        if fault == Some(Fault::WrongCharset) {
            // No in-document declaration: the header is the only (wrong) charset source.
            html = html.replace("<meta charset=\"utf-8\">\n", "");
        }
        let tag = etag_of(html.as_bytes());
        let mut route = Route::html(html);
        if path == p::OK {
            route = route
                .with_etag(&tag)
                .with_last_modified(&http_date(a.published.with_timezone(&chrono::Utc)));
        }
        route.fault = fault;
        site.add(path, route);
        items.push(FeedItem::from_article(&a));
    }
    site.add(p::REDIRECT_OK, Route::redirect(p::OK));
    items.push(FeedItem {
        title: "Chuyển hướng".into(),
        url: format!("{base}{}", p::REDIRECT_OK),
        description: "Bài đã chuyển địa chỉ.".into(),
        published: None,
    });
    let urls: Vec<(String, Option<String>)> = items.iter().map(|i| (i.url.clone(), None)).collect();
    site.add("/feed.rss", xml_route(rss("Trang lỗi", base, &items, DateStyle::Rfc822, false)));
    site.add("/sitemap.xml", xml_route(urlset(&urls)));
    site.add(
        "/robots.txt",
        Route::text(format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")),
    );
    let links: Vec<(String, String)> = items
        .iter()
        .map(|i| (i.url.strip_prefix(base).unwrap_or(&i.url).to_string(), i.title.clone()))
        .collect();
    site.add("/", Route::html(home_page(FAULT_SITE, &links, Some(&format!("{base}/feed.rss")))));
    site
}

/// A small normal site called `name` with the given article paths, a feed at `/feed.rss`, a
/// sitemap at `/sitemap.xml` and a home page linking everything.
fn small_site(name: &str, base: &str, paths: &[&str]) -> Site {
    let mut site = Site::new(name);
    let mut items = Vec::new();
    for (i, path) in paths.iter().enumerate() {
        let (a, html) = small_article(name, base, path, i);
        site.add(*path, Route::html(html));
        items.push(FeedItem::from_article(&a));
    }
    let urls: Vec<(String, Option<String>)> = items.iter().map(|i| (i.url.clone(), None)).collect();
    site.add("/feed.rss", xml_route(rss(name, base, &items, DateStyle::Rfc822, false)));
    site.add("/sitemap.xml", xml_route(urlset(&urls)));
    let links: Vec<(String, String)> =
        paths.iter().zip(&items).map(|(p, i)| (p.to_string(), i.title.clone())).collect();
    site.add("/", Route::html(home_page(name, &links, Some(&format!("{base}/feed.rss")))));
    site
}

/// [`ROBOTS_5XX_SITE`]: robots.txt answers 503, so a crawler must fetch nothing else; it has a
/// feed, a sitemap and two articles that must stay unfetched.
pub fn robots_5xx_site(base: &str) -> Site {
    let mut site = small_site(
        ROBOTS_5XX_SITE,
        base,
        &["/tin/bai-mot-2001001.html", "/tin/bai-hai-2001002.html"],
    );
    site.add("/robots.txt", Route::text("tạm ngưng").with_fault(Fault::Status(503)));
    site
}

/// [`ROBOTS_DISALLOW_SITE`]: robots.txt disallows `/private/`; two articles there and two under
/// `/public/`, all in the feed and sitemap.
pub fn robots_disallow_site(base: &str) -> Site {
    let mut site = small_site(
        ROBOTS_DISALLOW_SITE,
        base,
        &[
            "/public/bai-cong-khai-3001001.html",
            "/private/bai-noi-bo-3001002.html",
            "/public/bai-cong-khai-3001003.html",
            "/private/bai-noi-bo-3001004.html",
        ],
    );
    site.add(
        "/robots.txt",
        Route::text(format!("User-agent: *\nDisallow: /private/\n\nSitemap: {base}/sitemap.xml\n")),
    );
    site
}

/// [`MALFORMED_SITE`]: `/feed.rss` and `/sitemap.xml` are broken XML; no robots.txt (404, so
/// everything is allowed); the home page links two good articles.
pub fn malformed_site(base: &str) -> Site {
    let mut site = small_site(
        MALFORMED_SITE,
        base,
        &["/tin/bai-tot-4001001.html", "/tin/bai-tot-4001002.html"],
    );
    site.add(
        "/feed.rss",
        Route::xml(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Hỏng\n\
             <item><title>Bài &nbsp; lỗi <b></title><link>{base}/tin/bai-tot-4001001.html</link>\n\
             <pubDate>không phải ngày</pubDate></item>\n<item><title>Dở dang"
        )),
    );
    site.add(
        "/sitemap.xml",
        Route::xml(format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n\
             <url><loc>{base}/tin/bai-tot-4001002.html</loc><lastmod>2026-13-45</lastmod>\n<url><loc>&bad;</loc></urlset>"
        )),
    );
    site
}

// ---------------------------------------------------------------------------------------------
// Seed sites

/// One bundled seed page as served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedPage {
    /// Site name (first label of the manifest URL's host).
    pub site: String,
    /// The local URL.
    pub url: String,
    /// The manifest's original (`.invalid`) URL.
    pub original_url: String,
    /// Extraction profile from the manifest.
    pub profile: Option<String>,
    /// Publication time from the manifest.
    pub published: Option<DateTime<FixedOffset>>,
}

/// The bundled seed sites plus what the demo needs to crawl them.
#[derive(Debug, Clone, Default)]
pub struct SeedSet {
    /// The sites to serve.
    pub sites: Vec<Site>,
    /// Entry points per site.
    pub entries: Vec<EntryPoints>,
    /// The pages, in manifest order.
    pub pages: Vec<SeedPage>,
}

/// Site name for a seed URL: the first label of its host (`dantri.seeds.vnmon.invalid` →
/// `dantri`).
fn seed_site_name(url: &url::Url) -> Option<String> {
    url.host_str().and_then(|h| h.split('.').next()).filter(|s| !s.is_empty()).map(str::to_string)
}

fn manifest_error(message: String) -> ImportError {
    ImportError::Manifest { path: "seeds/manifest.toml".into(), message }
}

/// Names of the seed sites (`dantri`, `baochinhphu`, `generic`, `laodongxahoi`), sorted.
pub fn seed_site_names() -> Result<Vec<String>, ImportError> {
    let manifest = crate::seeds::manifest()?;
    let mut names = Vec::new();
    for p in &manifest.page {
        let Some(u) = p.url.as_deref() else { continue };
        let u = url::Url::parse(u).map_err(|e| manifest_error(format!("{}: {e}", p.file)))?;
        if let Some(n) = seed_site_name(&u) {
            if !names.contains(&n) {
                names.push(n);
            }
        }
    }
    names.sort();
    Ok(names)
}

/// The bundled seed sites (see [`seed_set`]).
pub fn seed_sites(bases: &HashMap<String, String>) -> Result<Vec<Site>, ImportError> {
    Ok(seed_set(bases)?.sites)
}

/// Serves [`crate::seeds::PAGES`] at their manifest URLs rewritten to the local base (the path is
/// kept), grouped into one site per manifest host. Inside the pages the `.invalid` origin becomes
/// the local base too, except in `<link rel=canonical>`, which keeps the original address so an
/// article has the same key on every run. Each site has robots.txt (allow all, a `Sitemap:` line), an RSS feed at
/// `/rss.xml` (dates in the outlet's style: US `M/D/YYYY h:mm:ss AM` for the VCCorp family,
/// RFC 822 otherwise), a sitemap at `/sitemap.xml` and a listing at `/` linking the pages.
pub fn seed_set(bases: &HashMap<String, String>) -> Result<SeedSet, ImportError> {
    let manifest = crate::seeds::manifest()?;
    let mut by_site: BTreeMap<String, Vec<(SeedPage, Vec<u8>, String)>> = BTreeMap::new();
    for p in &manifest.page {
        let Some(orig) = p.url.as_deref() else { continue };
        let u = url::Url::parse(orig).map_err(|e| manifest_error(format!("{}: {e}", p.file)))?;
        let Some(name) = seed_site_name(&u) else { continue };
        let Some(base) = bases.get(&name) else { continue };
        let Some((_, bytes)) = crate::seeds::PAGES.iter().find(|(f, _)| *f == p.file) else {
            return Err(manifest_error(format!("{} is not bundled", p.file)));
        };
        let origin = u.origin().ascii_serialization();
        let path = match u.query() {
            Some(q) => format!("{}?{q}", u.path()),
            None => u.path().to_string(),
        };
        let body = match std::str::from_utf8(bytes) {
            // Links point at the local server; the canonical link keeps the page's own
            // address, so the crawler indexes it under the same key on every run.
            Ok(s) => s
                .replace(&origin, base)
                .replace(
                    &format!("rel=\"canonical\" href=\"{base}"),
                    &format!("rel=\"canonical\" href=\"{origin}"),
                )
                .into_bytes(),
            Err(_) => bytes.to_vec(),
        };
        let published = match p.published.as_deref() {
            Some(s) => Some(
                DateTime::parse_from_rfc3339(s)
                    .map_err(|e| manifest_error(format!("{}: published {s:?}: {e}", p.file)))?,
            ),
            None => None,
        };
        let page = SeedPage {
            site: name.clone(),
            url: format!("{base}{path}"),
            original_url: orig.to_string(),
            profile: p.profile.clone(),
            published,
        };
        by_site.entry(name).or_default().push((page, body, path));
    }
    let mut set = SeedSet::default();
    for (name, pages) in by_site {
        let Some(base) = bases.get(&name) else { continue };
        let mut site = Site::new(name.clone());
        let profile = pages.iter().find_map(|(p, _, _)| p.profile.clone());
        let style = match profile.as_deref() {
            Some("baochinhphu" | "vccorp") => DateStyle::Us,
            _ => DateStyle::Rfc822,
        };
        let mut items = Vec::new();
        let mut links = Vec::new();
        for (page, body, path) in &pages {
            let title = page_title(body).unwrap_or_else(|| path.clone());
            let mut route = Route::html(body.clone()).with_etag(&etag_of(body));
            if let Some(d) = page.published {
                route = route.with_last_modified(&http_date(d.with_timezone(&chrono::Utc)));
            }
            site.add(path.clone(), route);
            items.push(FeedItem {
                title: title.clone(),
                url: page.url.clone(),
                description: String::new(),
                published: page.published,
            });
            links.push((path.clone(), title));
        }
        let urls: Vec<(String, Option<String>)> = pages
            .iter()
            .map(|(p, _, _)| (p.url.clone(), p.published.map(|d| d.to_rfc3339())))
            .collect();
        site.add("/rss.xml", xml_route(rss(&name, base, &items, style, style == DateStyle::Us)));
        site.add("/sitemap.xml", xml_route(urlset(&urls)));
        site.add(
            "/robots.txt",
            Route::text(format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")),
        );
        site.add("/", Route::html(home_page(&name, &links, Some(&format!("{base}/rss.xml")))));
        set.entries.push(EntryPoints {
            site: name.clone(),
            base: base.clone(),
            profile,
            feeds: vec![format!("{base}/rss.xml")],
            sitemaps: vec![format!("{base}/sitemap.xml")],
            listings: vec![format!("{base}/")],
        });
        set.pages.extend(pages.into_iter().map(|(p, _, _)| p));
        set.sites.push(site);
    }
    Ok(set)
}

/// The text of a page's `<title>`, entity-decoded and whitespace-collapsed.
fn page_title(body: &[u8]) -> Option<String> {
    let s = std::str::from_utf8(body).ok()?;
    let start = s.find("<title")?;
    let open_end = s[start..].find('>')? + start + 1;
    let end = s[open_end..].find("</title>")? + open_end;
    let raw = crate::text::decode_entities(&s[open_end..end]).into_owned();
    let t = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

// ---------------------------------------------------------------------------------------------
// Benchmark sites

/// Names of `n` benchmark sites: `bench-000`, `bench-001`, …
pub fn synthetic_site_names(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("bench-{i:03}")).collect()
}

/// Pages for the throughput benchmark: each site named in `bases` gets `pages_per_site` article
/// pages of about `page_bytes` bytes (realistic markup: inline styles and scripts, menus, the
/// article, related-news boxes; templates rotate between sites), a sitemap at `/sitemap.xml`
/// listing them all, robots.txt allowing everything, and a listing at `/`. Pages are built on
/// request (see [`Site::dynamic`]), so memory stays small; every page's text is distinct.
pub fn synthetic_sites(
    bases: &HashMap<String, String>,
    pages_per_site: usize,
    page_bytes: usize,
) -> Vec<Site> {
    let pool = Arc::new(Pool::new(page_bytes));
    let mut names: Vec<&String> = bases.keys().collect();
    names.sort();
    let mut out = Vec::new();
    for (index, name) in names.into_iter().enumerate() {
        let Some(base) = bases.get(name) else { continue };
        let t = [Template::Dantri, Template::Vccorp, Template::Generic][index % 3];
        let mut site = Site::new(name.clone());
        let mut urls = Vec::with_capacity(pages_per_site);
        let mut links = Vec::new();
        for k in 0..pages_per_site {
            let a = bench_article(name, base, k, &pool);
            if k < 50 {
                links.push((a.path.clone(), a.title.clone()));
            }
            urls.push((a.url, Some(a.published.format("%Y-%m-%d").to_string())));
        }
        site.add("/sitemap.xml", Route::xml(urlset(&urls)));
        site.add(
            "/robots.txt",
            Route::text(format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n")),
        );
        site.add("/", Route::html(home_page(name, &links, None)));
        let (name_c, base_c, pool_c) = (name.clone(), base.clone(), pool.clone());
        site.dynamic = Some(Arc::new(move |target: &str| {
            let path = target.split('?').next().unwrap_or(target);
            let k = bench_index(path)?;
            if k >= pages_per_site {
                return None;
            }
            let a = bench_article(&name_c, &base_c, k, &pool_c);
            if a.path != path {
                return None;
            }
            let chrome = pool_c.chrome(&name_c, k);
            Some(Route::html(render_article(t, &a, &base_c, &chrome)))
        }));
        out.push(site);
    }
    out
}

/// Shared material for benchmark pages.
struct Pool {
    paragraphs: Vec<String>,
    related: Vec<String>,
    head: Arc<String>,
    nav: Arc<String>,
    page_bytes: usize,
}

impl Pool {
    fn new(page_bytes: usize) -> Pool {
        let mut rng = Rng::new(0x5eed);
        let paragraphs = (0..512)
            .map(|_| {
                let len = 3 + rng.below(3);
                synth::paragraph(&mut rng, len)
            })
            .collect();
        let related = (0..256)
            .map(|i| {
                let t = esc(&synth::title(&mut rng));
                let sapo = esc(&synth::sentence(&mut rng));
                format!(
                    "<div class=\"related-item\"><a class=\"thumb\" href=\"/tin/lien-quan-{i}.htm\"><img src=\"/img/thumb/{i}.jpg\" alt=\"{t}\" loading=\"lazy\" width=\"240\" height=\"160\"></a>\
                     <h3 class=\"related-title\"><a href=\"/tin/lien-quan-{i}.htm\" title=\"{t}\">{t}</a></h3><p class=\"related-sapo\">{sapo}</p></div>\n"
                )
            })
            .collect();
        // About 40% of a real page is inline CSS and script.
        let mut head = String::from("<style>\n");
        let mut i = 0;
        while head.len() < page_bytes * 2 / 10 {
            head.push_str(&format!(
                ".c{i}{{margin:{}px {}px;padding:0 {}px;font:400 {}px/1.5 Arial,sans-serif;color:#{:06x}}}\n",
                i % 17,
                i % 23,
                i % 11,
                12 + i % 9,
                (i * 2_654_435_761usize) & 0xff_ffff
            ));
            i += 1;
        }
        head.push_str("</style>\n<script>\nwindow.dataLayer=window.dataLayer||[];\n");
        while head.len() < page_bytes * 4 / 10 {
            head.push_str(&format!(
                "function f{i}(a,b){{var x=a*{i}+b;if(x>{}){{return document.getElementById('c{i}')}}return null}}\n",
                i * 7
            ));
            i += 1;
        }
        head.push_str("</script>\n");
        let mut nav = String::from("<nav class=\"mega-menu\"><ul>\n");
        for (k, p) in PLACES_MENU.iter().cycle().take(120).enumerate() {
            nav.push_str(&format!(
                "<li><a href=\"/chuyen-muc/{}-{k}.htm\">{p}</a></li>\n",
                slug(p)
            ));
        }
        nav.push_str("</ul></nav>\n");
        Pool { paragraphs, related, head: Arc::new(head), nav: Arc::new(nav), page_bytes }
    }

    fn chrome(&self, site: &str, k: usize) -> Chrome {
        let mut rng = Rng::from_key(site, (k as u64) << 20 | 0xabc);
        let used = self.head.len() + self.nav.len() + 12_000;
        let mut aside = String::new();
        while used + aside.len() < self.page_bytes {
            let item = &self.related[rng.below(self.related.len())];
            aside.push_str(item);
        }
        Chrome { head: self.head.clone(), nav: self.nav.clone(), aside }
    }
}

const PLACES_MENU: &[&str] = &[
    "Thời sự",
    "Thế giới",
    "Kinh doanh",
    "Xã hội",
    "Pháp luật",
    "Giáo dục",
    "Sức khỏe",
    "Văn hóa",
];

/// Article `k` of a benchmark site.
fn bench_article(site: &str, base: &str, k: usize, pool: &Pool) -> FixtureArticle {
    let mut rng = Rng::from_key(site, k as u64);
    let tz = vn_offset();
    let start = tz.with_ymd_and_hms(2026, 9, 5, 20, 0, 0).single().unwrap_or_else(|| epoch(tz));
    let published = start - chrono::Duration::minutes(k as i64 * 13);
    let title = synth::title(&mut rng);
    let sapo = synth::sentence(&mut rng);
    let n = 14 + rng.below(8);
    let mut paragraphs: Vec<String> =
        (0..n).map(|_| pool.paragraphs[rng.below(pool.paragraphs.len())].clone()).collect();
    if k.is_multiple_of(10) {
        paragraphs.insert(1, synth::citation(&mut rng, DIRECTIVE));
    }
    let id = format!("{:08}", 10_000_000 + k);
    let path = format!("/tin/{}-{id}.htm", slug(&title));
    FixtureArticle {
        site: site.to_string(),
        url: format!("{base}{path}"),
        path,
        id,
        title,
        sapo,
        paragraphs,
        author: synth::person(&mut rng),
        published,
        cites_directive: k.is_multiple_of(10),
        aliases: Vec::new(),
        copy_of: None,
    }
}

/// `/tin/<slug>-<8 digits>.htm` → page number.
fn bench_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/tin/")?.strip_suffix(".htm")?;
    let digits = rest.rsplit('-').next()?;
    let n: usize = digits.parse().ok()?;
    n.checked_sub(10_000_000)
}
