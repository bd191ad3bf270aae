//! The crawl plan: every setting of a crawl resolved once, from the command line, the
//! configuration file and the defaults, in that order of precedence.
//!
//! [`CrawlPlan::resolve`] is the only place that decides a setting; the crawler reads the plan
//! and nothing else. Each resolved value remembers where it came from ([`Source`]), so
//! `vnmon crawl --dry-run` can show the plan and why.

use std::fmt;
use std::time::Duration;

use chrono::NaiveDate;
use url::Url;

use super::config::{self, CrawlConfig, DEFAULT_CONCURRENCY, DEFAULT_DELAY_SECS};
use crate::net::FetchConfig;

/// Where a resolved setting came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A command-line flag.
    Flag,
    /// The configuration file (for a site's delay: its `delay_secs` or `default_delay_secs`).
    File,
    /// vnmon's default.
    Default,
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Source::Flag => "command line",
            Source::File => "config file",
            Source::Default => "default",
        })
    }
}

/// A resolved value and its origin.
#[derive(Debug, Clone, PartialEq)]
pub struct Setting<T> {
    /// The value in force.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

impl<T> Setting<T> {
    fn pick(flag: Option<T>, file: Option<T>, default: T) -> Setting<T> {
        match (flag, file) {
            (Some(value), _) => Setting { value, source: Source::Flag },
            (None, Some(value)) => Setting { value, source: Source::File },
            (None, None) => Setting { value: default, source: Source::Default },
        }
    }
}

/// What the command line says about a crawl; `None` leaves a setting to the file or default.
#[derive(Debug, Clone, Default)]
pub struct CrawlFlags {
    /// Crawl only these sites of the configuration.
    pub sites: Vec<String>,
    /// Only articles published on or after this date.
    pub since: Option<NaiveDate>,
    /// Article pages per run at most.
    pub max_pages: Option<usize>,
    /// Seconds between two requests to one origin, for every site.
    pub delay_secs: Option<f64>,
    /// Requests in flight across all origins.
    pub concurrency: Option<usize>,
    /// User-Agent header.
    pub user_agent: Option<String>,
    /// Limit on one HTTP attempt, in seconds.
    pub timeout_secs: Option<f64>,
    /// Largest accepted body, in bytes.
    pub max_body_bytes: Option<usize>,
    /// Allow private and loopback addresses.
    pub allow_private: bool,
    /// Index commit after this many new documents.
    pub commit_every: Option<usize>,
}

/// Why a plan cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum PlanError {
    /// A setting is out of range.
    #[error("{setting}: {reason}")]
    Invalid {
        /// The flag or key.
        setting: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// `--site` names a site the configuration does not have.
    #[error("unknown site {name:?} (the configuration has: {known})")]
    UnknownSite {
        /// The name given.
        name: String,
        /// The names the configuration has.
        known: String,
    },
    /// Nothing to crawl.
    #[error("the configuration has no sites")]
    NoSites,
}

/// One site as it will be crawled.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedSite {
    /// Site name.
    pub name: String,
    /// Minimum delay between two requests to one of its origins.
    pub delay: Setting<Duration>,
}

/// Every setting of a crawl, resolved.
#[derive(Debug, Clone)]
pub struct CrawlPlan {
    /// The configuration, reduced to the selected sites.
    pub config: CrawlConfig,
    /// The selected sites with their delays, in configuration order.
    pub sites: Vec<PlannedSite>,
    /// Only articles published on or after this date.
    pub since: Option<NaiveDate>,
    /// Article pages per run at most (`None`: no limit).
    pub max_pages: Setting<Option<usize>>,
    /// Requests in flight across all origins.
    pub concurrency: Setting<usize>,
    /// User-Agent header.
    pub user_agent: Setting<String>,
    /// Limit on one HTTP attempt.
    pub timeout: Setting<Duration>,
    /// Largest accepted body, after decompression.
    pub max_body_bytes: Setting<usize>,
    /// Index commit after this many new documents...
    pub commit_every: usize,
    /// ...or after this much time with uncommitted work.
    pub commit_interval: Duration,
    /// Size at which a WARC file is closed and the next one started.
    pub warc_file_bytes: u64,
    /// The HTTP settings derived from the above (user agent, timeouts, body cap,
    /// `allow_private`, concurrency).
    pub fetch: FetchConfig,
}

/// Default number of new documents between two index commits.
pub const DEFAULT_COMMIT_EVERY: usize = 500;

impl CrawlPlan {
    /// Resolves every setting: command line, then file, then default.
    pub fn resolve(file: CrawlConfig, flags: &CrawlFlags) -> Result<CrawlPlan, PlanError> {
        let defaults = FetchConfig::default();
        let invalid = |setting, reason: String| PlanError::Invalid { setting, reason };
        if let Some(d) = flags.delay_secs {
            if !(d.is_finite() && (0.0..=3600.0).contains(&d)) {
                return Err(invalid("--delay", format!("{d} is not a delay between 0 and 3600 s")));
            }
        }
        if flags.concurrency == Some(0) {
            return Err(invalid("--concurrency", "must be at least 1".into()));
        }
        if flags.commit_every == Some(0) {
            return Err(invalid("--commit-every", "must be at least 1".into()));
        }
        if let Some(t) = flags.timeout_secs {
            if !(t.is_finite() && t > 0.0 && t <= 3600.0) {
                return Err(invalid(
                    "--timeout",
                    format!("{t} is not a timeout between 0 and 3600 s"),
                ));
            }
        }
        if flags.max_body_bytes == Some(0) {
            return Err(invalid("--max-body-bytes", "must be at least 1".into()));
        }
        if let Some(ua) = &flags.user_agent {
            config::check_user_agent(ua).map_err(|reason| invalid("--user-agent", reason))?;
        }

        let mut config = file;
        if !flags.sites.is_empty() {
            let mut selected = Vec::new();
            for name in &flags.sites {
                match config.site(name) {
                    Some(site) => selected.push(site.clone()),
                    None => {
                        let known: Vec<&str> =
                            config.sites.iter().map(|s| s.name.as_str()).collect();
                        return Err(PlanError::UnknownSite {
                            name: name.clone(),
                            known: known.join(", "),
                        });
                    }
                }
            }
            config.sites = selected;
        }
        if config.sites.is_empty() {
            return Err(PlanError::NoSites);
        }

        let secs = Duration::from_secs_f64;
        let sites = config
            .sites
            .iter()
            .map(|s| PlannedSite {
                name: s.name.clone(),
                delay: Setting::pick(
                    flags.delay_secs.map(secs),
                    config.delay_secs(&s.name).map(secs),
                    secs(DEFAULT_DELAY_SECS),
                ),
            })
            .collect();
        let max_pages = Setting::pick(flags.max_pages.map(Some), config.max_pages.map(Some), None);
        let concurrency = Setting::pick(flags.concurrency, config.concurrency, DEFAULT_CONCURRENCY);
        let user_agent = Setting::pick(
            flags.user_agent.clone(),
            config.user_agent.clone(),
            defaults.user_agent.clone(),
        );
        let timeout = Setting::pick(
            flags.timeout_secs.map(secs),
            config.timeout_secs.map(secs),
            defaults.total_timeout,
        );
        let max_body_bytes =
            Setting::pick(flags.max_body_bytes, config.max_body_bytes, defaults.max_body_bytes);
        let fetch = FetchConfig {
            user_agent: user_agent.value.clone(),
            total_timeout: timeout.value,
            connect_timeout: defaults.connect_timeout.min(timeout.value),
            max_body_bytes: max_body_bytes.value,
            allow_private: flags.allow_private,
            default_delay: secs(config.default_delay_secs.unwrap_or(DEFAULT_DELAY_SECS)),
            max_concurrency: concurrency.value,
            ..defaults
        };
        Ok(CrawlPlan {
            config,
            sites,
            since: flags.since,
            max_pages,
            concurrency,
            user_agent,
            timeout,
            max_body_bytes,
            commit_every: flags.commit_every.unwrap_or(DEFAULT_COMMIT_EVERY),
            commit_interval: Duration::from_secs(10),
            warc_file_bytes: 1 << 30,
            fetch,
        })
    }

    /// The plan for `config` with no flags (tests, the demo).
    pub fn from_config(config: CrawlConfig) -> Result<CrawlPlan, PlanError> {
        CrawlPlan::resolve(config, &CrawlFlags::default())
    }

    /// The delay of the named site (the default delay for an unknown name).
    pub fn delay(&self, site: &str) -> Duration {
        self.sites
            .iter()
            .find(|s| s.name == site)
            .map(|s| s.delay.value)
            .unwrap_or(self.fetch.default_delay)
    }
}

impl fmt::Display for CrawlPlan {
    /// The plan as `vnmon crawl --dry-run` prints it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let secs = |d: Duration| format!("{} s", d.as_secs_f64());
        writeln!(f, "crawl plan")?;
        writeln!(f, "  user agent      {:?}  ({})", self.user_agent.value, self.user_agent.source)?;
        writeln!(f, "  concurrency     {}  ({})", self.concurrency.value, self.concurrency.source)?;
        let max_pages = match self.max_pages.value {
            Some(n) => n.to_string(),
            None => "no limit".into(),
        };
        writeln!(f, "  max pages       {max_pages}  ({})", self.max_pages.source)?;
        writeln!(f, "  timeout         {}  ({})", secs(self.timeout.value), self.timeout.source)?;
        writeln!(
            f,
            "  max body        {} bytes  ({})",
            self.max_body_bytes.value, self.max_body_bytes.source
        )?;
        if let Some(since) = self.since {
            writeln!(f, "  since           {since}  (command line)")?;
        }
        writeln!(
            f,
            "  private addrs   {}",
            if self.fetch.allow_private { "allowed" } else { "refused" }
        )?;
        writeln!(
            f,
            "  commit every    {} documents or {}",
            self.commit_every,
            secs(self.commit_interval)
        )?;
        writeln!(f, "sites ({})", self.sites.len())?;
        for planned in &self.sites {
            let Some(site) = self.config.site(&planned.name) else { continue };
            writeln!(
                f,
                "  {}  delay {} ({})",
                planned.name,
                secs(planned.delay.value),
                planned.delay.source
            )?;
            let list = |f: &mut fmt::Formatter<'_>, label: &str, urls: &[Url]| -> fmt::Result {
                for u in urls {
                    writeln!(f, "    {label:<8} {u}")?;
                }
                Ok(())
            };
            list(f, "feed", &site.feeds)?;
            list(f, "sitemap", &site.sitemaps)?;
            list(f, "listing", &site.listings)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"
user_agent = "file-agent/1.0"
default_delay_secs = 2.0
concurrency = 3
max_pages = 40
[[site]]
name = "a"
hosts = ["a.vn"]
listings = ["https://a.vn/tin.htm"]
article_pattern = '-\d+\.htm$'
[[site]]
name = "b"
hosts = ["b.vn"]
listings = ["https://b.vn/tin.htm"]
article_pattern = '-\d+\.htm$'
delay_secs = 5.0
"#;

    const BARE: &str = r#"
[[site]]
name = "a"
hosts = ["a.vn"]
listings = ["https://a.vn/tin.htm"]
article_pattern = '-\d+\.htm$'
"#;

    /// (file, flags) → (user agent, concurrency, max pages, delay of a, delay of b) with sources.
    fn check(file: &str, flags: CrawlFlags, expected: &str) {
        let plan = CrawlPlan::resolve(CrawlConfig::from_toml(file).expect("config"), &flags)
            .expect("plan");
        let delay = |name: &str| {
            plan.sites
                .iter()
                .find(|s| s.name == name)
                .map(|s| format!("{}/{}", s.delay.value.as_secs_f64(), s.delay.source))
                .unwrap_or_else(|| "-".into())
        };
        let got = format!(
            "ua={}/{} conc={}/{} max={:?}/{} a={} b={}",
            plan.user_agent.value,
            plan.user_agent.source,
            plan.concurrency.value,
            plan.concurrency.source,
            plan.max_pages.value,
            plan.max_pages.source,
            delay("a"),
            delay("b"),
        );
        assert_eq!(got, expected);
        // What the fetcher gets is what the plan says.
        assert_eq!(plan.fetch.user_agent, plan.user_agent.value);
        assert_eq!(plan.fetch.max_concurrency, plan.concurrency.value);
    }

    #[test]
    fn precedence_flag_then_file_then_default() {
        let default_ua = FetchConfig::default().user_agent;
        check(
            BARE,
            CrawlFlags::default(),
            &format!("ua={default_ua}/default conc=8/default max=None/default a=1/default b=-"),
        );
        check(
            FILE,
            CrawlFlags::default(),
            "ua=file-agent/1.0/config file conc=3/config file max=Some(40)/config file a=2/config file b=5/config file",
        );
        let flags = CrawlFlags {
            user_agent: Some("flag-agent/2.0".into()),
            concurrency: Some(5),
            max_pages: Some(7),
            delay_secs: Some(0.5),
            ..CrawlFlags::default()
        };
        check(
            FILE,
            flags,
            "ua=flag-agent/2.0/command line conc=5/command line max=Some(7)/command line a=0.5/command line b=0.5/command line",
        );
    }

    #[test]
    fn invalid_flags_are_one_line_errors() {
        let cases: [(CrawlFlags, &str); 7] = [
            (
                CrawlFlags { delay_secs: Some(-5.0), ..Default::default() },
                "--delay: -5 is not a delay between 0 and 3600 s",
            ),
            (
                CrawlFlags { delay_secs: Some(f64::NAN), ..Default::default() },
                "--delay: NaN is not a delay between 0 and 3600 s",
            ),
            (
                CrawlFlags { delay_secs: Some(1e9), ..Default::default() },
                "--delay: 1000000000 is not a delay between 0 and 3600 s",
            ),
            (
                CrawlFlags { concurrency: Some(0), ..Default::default() },
                "--concurrency: must be at least 1",
            ),
            (
                CrawlFlags { user_agent: Some(" ".into()), ..Default::default() },
                "--user-agent: empty",
            ),
            (
                CrawlFlags { user_agent: Some("a\nX-Evil: 1".into()), ..Default::default() },
                "--user-agent: contains control characters",
            ),
            (
                CrawlFlags { sites: vec!["zz".into()], ..Default::default() },
                "unknown site \"zz\" (the configuration has: a, b)",
            ),
        ];
        for (flags, expected) in cases {
            let err =
                CrawlPlan::resolve(CrawlConfig::from_toml(FILE).unwrap(), &flags).unwrap_err();
            assert_eq!(err.to_string(), expected);
        }
    }

    #[test]
    fn site_selection_keeps_only_named_sites() {
        let flags = CrawlFlags { sites: vec!["b".into()], ..Default::default() };
        let plan = CrawlPlan::resolve(CrawlConfig::from_toml(FILE).unwrap(), &flags).unwrap();
        let names: Vec<&str> = plan.config.sites.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["b"]);
        assert_eq!(plan.delay("b"), Duration::from_secs(5));
        let shown = plan.to_string();
        assert!(shown.contains("  b  delay 5 s (config file)"), "{shown}");
        assert!(shown.contains("listing  https://b.vn/tin.htm"), "{shown}");
    }
}
