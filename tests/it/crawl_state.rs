//! Tests of the SQLite crawl state: enqueue dedup, priority order, per-host spreading, due
//! times, validators, duplicate detection, requeue, counts, schema version, crash recovery (drop
//! without close, and a child process killed with SIGKILL in the middle of a transaction).
//! URL canonicalisation, origins and article ids are in `urls`.

mod state {
    use std::collections::HashSet;
    use std::path::Path;

    use url::Url;
    use vnmon::crawl::state::{
        CrawlState, Frontier, NewUrl, Outcome, SiteCounts, StateError, UrlKind, UrlState,
        Validators, SCHEMA_VERSION,
    };

    const NOW: i64 = 1_750_000_000_000;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    fn new_url<'a>(u: &'a Url, site: &'a str, kind: UrlKind, priority: i32) -> NewUrl<'a> {
        NewUrl {
            url: u,
            site,
            kind,
            priority,
            depth: 0,
            not_before: Some(NOW - 1),
            discovered_from: None,
            published_hint: None,
        }
    }

    /// Enqueues `(url, priority)` pairs of site `s`, all articles.
    fn fill(st: &CrawlState, items: &[(&str, i32)]) {
        let urls: Vec<Url> = items.iter().map(|(u, _)| url(u)).collect();
        let entries: Vec<NewUrl<'_>> = urls
            .iter()
            .zip(items)
            .map(|(u, (_, p))| new_url(u, "s", UrlKind::Article, *p))
            .collect();
        st.enqueue_many(&entries).unwrap_or_else(|e| panic!("enqueue_many: {e}"));
    }

    fn batch(st: &CrawlState, now: i64, limit: usize, exclude: &[&str]) -> Vec<String> {
        let exclude: HashSet<String> = exclude.iter().map(|s| s.to_string()).collect();
        st.next_batch(now, limit, &exclude)
            .unwrap_or_else(|e| panic!("next_batch: {e}"))
            .into_iter()
            .map(|q| q.url.to_string())
            .collect()
    }

    fn memory() -> CrawlState {
        CrawlState::open_in_memory().unwrap_or_else(|e| panic!("open: {e}"))
    }

    fn check_enqueue(batches: &[&[&str]], expected_added: &[usize], expected_pending: usize) {
        let st = memory();
        for (urls, expected) in batches.iter().zip(expected_added) {
            let parsed: Vec<Url> = urls.iter().map(|u| url(u)).collect();
            let added = if parsed.len() == 1 {
                usize::from(st.enqueue(&new_url(&parsed[0], "s", UrlKind::Article, 0)).unwrap())
            } else {
                let entries: Vec<NewUrl<'_>> =
                    parsed.iter().map(|u| new_url(u, "s", UrlKind::Article, 0)).collect();
                st.enqueue_many(&entries).unwrap()
            };
            assert_eq!(added, *expected, "added for {urls:?}");
        }
        assert_eq!(st.pending().unwrap(), expected_pending);
    }

    #[test]
    fn enqueue_dedup() {
        let a = "https://a.vn/1-123456.htm";
        let b = "https://a.vn/2-123457.htm";
        let c = "https://b.vn/3";
        check_enqueue(&[&[a], &[a]], &[1, 0], 1);
        check_enqueue(&[&[a, b, a], &[b, c]], &[2, 1], 3);
        check_enqueue(&[&[], &[c]], &[0, 1], 1);
    }

    #[test]
    fn enqueue_of_a_finished_url_changes_nothing() {
        let st = memory();
        let u = url("https://a.vn/x");
        assert!(st.enqueue(&new_url(&u, "s", UrlKind::Article, 0)).unwrap());
        assert_eq!(batch(&st, NOW, 10, &[]), vec![u.to_string()]);
        st.finish(u.as_str(), &Outcome::new(UrlState::Done)).unwrap();
        assert!(!st.enqueue(&new_url(&u, "s", UrlKind::Article, 9)).unwrap());
        let rec = st.record(u.as_str()).unwrap().unwrap();
        assert_eq!((rec.state, rec.priority), (UrlState::Done, 0));
        assert_eq!(st.pending().unwrap(), 0);
    }

    /// Fills a state, takes batches of `limit` and compares the sequence of batches.
    fn check_batches(
        per_host: usize,
        items: &[(&str, i32)],
        limit: usize,
        exclude: &[&str],
        expected: &[&[&str]],
    ) {
        let mut st = memory();
        st.set_per_host_limit(per_host);
        fill(&st, items);
        for (i, want) in expected.iter().enumerate() {
            let got = batch(&st, NOW, limit, exclude);
            assert_eq!(got, *want, "batch {i}");
        }
    }

    #[test]
    fn next_batch_order_and_spreading() {
        // priority first, across hosts
        check_batches(
            2,
            &[("http://a.vn/low", 1), ("http://b.vn/high", 9), ("http://c.vn/mid", 5)],
            10,
            &[],
            &[&["http://b.vn/high", "http://c.vn/mid", "http://a.vn/low"], &[]],
        );
        // at most 2 per host per batch, hosts take turns at equal priority
        check_batches(
            2,
            &[
                ("http://a.vn/1", 0),
                ("http://a.vn/2", 0),
                ("http://a.vn/3", 0),
                ("http://a.vn/4", 0),
                ("http://b.vn/1", 0),
                ("http://b.vn/2", 0),
                ("http://c.vn/1", 0),
            ],
            10,
            &[],
            &[
                &[
                    "http://a.vn/1",
                    "http://b.vn/1",
                    "http://c.vn/1",
                    "http://a.vn/2",
                    "http://b.vn/2",
                ],
                &["http://a.vn/3", "http://a.vn/4"],
                &[],
            ],
        );
        // limit smaller than the number of hosts; per-host 1
        check_batches(
            1,
            &[
                ("http://a.vn/1", 0),
                ("http://a.vn/2", 0),
                ("http://b.vn/1", 0),
                ("http://c.vn/1", 3),
            ],
            2,
            &[],
            // at equal priority and rank, discovery order decides
            &[&["http://c.vn/1", "http://a.vn/1"], &["http://a.vn/2", "http://b.vn/1"], &[]],
        );
        // ports make different hosts; excluded hosts are skipped
        check_batches(
            1,
            &[("http://127.0.0.1:81/x", 0), ("http://127.0.0.1:82/x", 0), ("http://d.vn/", 0)],
            10,
            &["http://127.0.0.1:81"],
            &[&["http://127.0.0.1:82/x", "http://d.vn/"], &[]],
        );
        // within a host: priority, then FIFO
        check_batches(
            3,
            &[("http://a.vn/1", 0), ("http://a.vn/2", 7), ("http://a.vn/3", 0)],
            3,
            &[],
            &[&["http://a.vn/2", "http://a.vn/1", "http://a.vn/3"]],
        );
    }

    #[test]
    fn next_batch_respects_due_time_and_marks_fetching() {
        let st = memory();
        let now_u = url("https://a.vn/now");
        let later_u = url("https://b.vn/later");
        let mut later = new_url(&later_u, "s", UrlKind::Feed, 5);
        later.not_before = Some(NOW + 60_000);
        assert!(st.enqueue(&new_url(&now_u, "s", UrlKind::Article, 0)).unwrap());
        assert!(st.enqueue(&later).unwrap());
        assert_eq!(st.next_due().unwrap(), Some(NOW - 1));
        let got = st.next_batch(NOW, 10, &HashSet::new()).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].url.as_str(), got[0].attempts), ("https://a.vn/now", 1));
        assert_eq!(got[0].host, "https://a.vn");
        assert_eq!((st.pending().unwrap(), st.in_flight().unwrap()), (1, 1));
        assert_eq!(st.next_due().unwrap(), Some(NOW + 60_000));
        assert_eq!(batch(&st, NOW, 10, &[]), Vec::<String>::new());
        assert_eq!(batch(&st, NOW + 60_000, 10, &[]), vec!["https://b.vn/later".to_string()]);
        assert_eq!(st.next_due().unwrap(), None);
        assert_eq!(batch(&st, NOW, 0, &[]), Vec::<String>::new());
    }

    fn outcome(state: UrlState, etag: Option<&str>, lm: Option<&str>) -> Outcome {
        Outcome {
            etag: etag.map(str::to_owned),
            last_modified: lm.map(str::to_owned),
            http_status: Some(200),
            ..Outcome::new(state)
        }
    }

    fn check_validators(steps: &[Outcome], expected: (Option<&str>, Option<&str>)) {
        let st = memory();
        let u = url("https://a.vn/feed.rss");
        st.enqueue(&new_url(&u, "s", UrlKind::Feed, 0)).unwrap();
        for step in steps {
            st.finish(u.as_str(), step).unwrap();
        }
        let want = Validators {
            etag: expected.0.map(str::to_owned),
            last_modified: expected.1.map(str::to_owned),
        };
        assert_eq!(st.validators(u.as_str()).unwrap(), want, "after {steps:?}");
    }

    #[test]
    fn validators_round_trip() {
        let lm = "Wed, 21 Oct 2025 07:28:00 GMT";
        let done = |e, l| outcome(UrlState::Done, e, l);
        check_validators(&[], (None, None));
        check_validators(&[done(Some("\"v1\""), Some(lm))], (Some("\"v1\""), Some(lm)));
        // 304 without headers keeps them; 304 with a new ETag updates it
        check_validators(
            &[done(Some("\"v1\""), Some(lm)), outcome(UrlState::NotModified, None, None)],
            (Some("\"v1\""), Some(lm)),
        );
        check_validators(
            &[done(Some("\"v1\""), None), outcome(UrlState::NotModified, Some("\"v2\""), None)],
            (Some("\"v2\""), None),
        );
        // a failure keeps them; a new 200 without validators clears them
        check_validators(
            &[done(Some("\"v1\""), Some(lm)), outcome(UrlState::Failed, None, None)],
            (Some("\"v1\""), Some(lm)),
        );
        check_validators(&[done(Some("\"v1\""), Some(lm)), done(None, None)], (None, None));
        // unknown URL
        let st = memory();
        assert_eq!(st.validators("https://nowhere.vn/").unwrap(), Validators::default());
        let err = st.finish("https://nowhere.vn/", &Outcome::new(UrlState::Done));
        assert!(matches!(err, Err(StateError::UnknownUrl(_))), "{err:?}");
    }

    #[test]
    fn queued_url_carries_validators_and_hints() {
        let st = memory();
        let u = url("https://a.vn/sitemap.xml");
        let mut e = new_url(&u, "s", UrlKind::Sitemap, 3);
        e.depth = 2;
        e.discovered_from = Some("https://a.vn/robots.txt");
        e.published_hint = Some("2025-05-09T10:33:06+07:00");
        st.enqueue(&e).unwrap();
        st.next_batch(NOW, 1, &HashSet::new()).unwrap();
        st.finish(u.as_str(), &outcome(UrlState::Done, Some("W/\"x\""), None)).unwrap();
        assert!(st.requeue(u.as_str(), NOW).unwrap());
        let got = st.next_batch(NOW, 1, &HashSet::new()).unwrap();
        assert_eq!(got.len(), 1);
        let q = &got[0];
        assert_eq!((q.kind, q.priority, q.depth, q.attempts), (UrlKind::Sitemap, 3, 2, 1));
        assert_eq!(q.discovered_from.as_deref(), Some("https://a.vn/robots.txt"));
        assert_eq!(q.published_hint.as_deref(), Some("2025-05-09T10:33:06+07:00"));
        assert_eq!(q.validators.etag.as_deref(), Some("W/\"x\""));
    }

    #[test]
    fn mark_indexed_and_is_indexed() {
        let st = memory();
        assert_eq!(st.is_indexed("https://a.vn/1").unwrap(), None);
        st.mark_indexed("https://a.vn/1", "a", None, "h1").unwrap();
        assert_eq!(st.is_indexed("https://a.vn/1").unwrap().as_deref(), Some("h1"));
        st.mark_indexed("https://a.vn/1", "a", Some("123456"), "h2").unwrap();
        assert_eq!(st.is_indexed("https://a.vn/1").unwrap().as_deref(), Some("h2"));
        assert_eq!(st.indexed_count().unwrap(), 1);
    }

    #[test]
    fn requeue_and_retry() {
        let st = memory();
        let items = [
            ("https://a.vn/robots.txt", UrlKind::Robots),
            ("https://a.vn/feed.rss", UrlKind::Feed),
            ("https://a.vn/sitemap.xml", UrlKind::Sitemap),
            ("https://a.vn/cat.htm", UrlKind::Listing),
            ("https://a.vn/x-123456.htm", UrlKind::Article),
            ("https://b.vn/feed.rss", UrlKind::Feed),
        ];
        let urls: Vec<Url> = items.iter().map(|(u, _)| url(u)).collect();
        for (u, (_, kind)) in urls.iter().zip(items) {
            let site = if u.host_str() == Some("a.vn") { "a" } else { "b" };
            st.enqueue(&new_url(u, site, kind, 0)).unwrap();
        }
        let mut st = st;
        st.set_per_host_limit(10);
        assert_eq!(st.next_batch(NOW, 100, &HashSet::new()).unwrap().len(), 6);
        for u in &urls {
            st.finish(u.as_str(), &Outcome::new(UrlState::Done)).unwrap();
        }
        // re-crawl of site a: everything but the article
        let n = st
            .requeue_kinds(
                &[UrlKind::Robots, UrlKind::Feed, UrlKind::Sitemap, UrlKind::Listing],
                Some("a"),
                NOW + 5,
            )
            .unwrap();
        assert_eq!(n, 4);
        assert_eq!(st.requeue_kinds(&[UrlKind::Feed], Some("a"), NOW).unwrap(), 0);
        assert_eq!(st.pending().unwrap(), 4);
        assert_eq!(st.next_batch(NOW, 100, &HashSet::new()).unwrap().len(), 0);
        let got = st.next_batch(NOW + 5, 100, &HashSet::new()).unwrap();
        assert_eq!(got.len(), 4);
        // a transient failure goes back with its attempt count kept
        assert!(st.retry_later("https://a.vn/feed.rss", NOW + 10, Some("503")).unwrap());
        let again = st.next_batch(NOW + 10, 100, &HashSet::new()).unwrap();
        assert_eq!(again.len(), 1);
        assert_eq!(again[0].attempts, 2);
        let rec = st.record("https://a.vn/feed.rss").unwrap().unwrap();
        assert_eq!((rec.state, rec.error.as_deref()), (UrlState::Fetching, Some("503")));
        // requeue resets attempts; unknown URLs report false
        assert!(st.requeue("https://a.vn/feed.rss", NOW).unwrap());
        assert_eq!(st.record("https://a.vn/feed.rss").unwrap().unwrap().attempts, 0);
        assert!(!st.requeue("https://zz.vn/", NOW).unwrap());
        assert!(!st.retry_later("https://zz.vn/", NOW, None).unwrap());
    }

    #[test]
    fn counts_per_site() {
        let st = memory();
        let list = [
            ("https://a.vn/1", "a"),
            ("https://a.vn/2", "a"),
            ("https://a.vn/3", "a"),
            ("https://a.vn/4", "a"),
            ("https://b.vn/1", "b"),
            ("https://b.vn/2", "b"),
        ];
        let urls: Vec<Url> = list.iter().map(|(u, _)| url(u)).collect();
        for (u, (_, site)) in urls.iter().zip(list) {
            st.enqueue(&new_url(u, site, UrlKind::Article, 0)).unwrap();
        }
        let finish = |u: &str, s| st.finish(u, &Outcome::new(s)).unwrap();
        finish("https://a.vn/1", UrlState::Done);
        finish("https://a.vn/2", UrlState::Duplicate);
        finish("https://a.vn/3", UrlState::NotModified);
        finish("https://b.vn/1", UrlState::Failed);
        finish("https://b.vn/2", UrlState::Skipped);
        let got = st.counts().unwrap();
        let want = vec![
            SiteCounts {
                site: "a".into(),
                queued: 1,
                done: 1,
                duplicate: 1,
                not_modified: 1,
                ..SiteCounts::default()
            },
            SiteCounts { site: "b".into(), failed: 1, skipped: 1, ..SiteCounts::default() },
        ];
        assert_eq!(got, want);
        assert_eq!(st.pending().unwrap(), 1);
    }

    #[test]
    fn frontier_trait_object() {
        let st = memory();
        let f: &dyn Frontier<Error = StateError> = &st;
        let u = url("https://a.vn/x");
        assert!(f.enqueue(&new_url(&u, "s", UrlKind::Article, 0)).unwrap());
        assert_eq!(f.pending().unwrap(), 1);
        let got = f.next_batch(NOW, 5, &HashSet::new()).unwrap();
        assert_eq!(got.len(), 1);
        f.finish(got[0].url.as_str(), &Outcome::new(UrlState::Done)).unwrap();
        assert_eq!(f.pending().unwrap(), 0);
        assert_eq!(f.next_due().unwrap(), None);
    }

    fn open(path: &Path) -> CrawlState {
        CrawlState::open(path).unwrap_or_else(|e| panic!("open {}: {e}", path.display()))
    }

    #[test]
    fn reopen_after_drop_recovers_in_flight() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        {
            let mut st = open(&path);
            st.set_per_host_limit(10);
            fill(
                &st,
                &[
                    ("https://a.vn/1", 0),
                    ("https://a.vn/2", 0),
                    ("https://a.vn/3", 0),
                    ("https://a.vn/4", 0),
                ],
            );
            let taken = batch(&st, NOW, 3, &[]);
            assert_eq!(taken.len(), 3);
            st.finish(&taken[0], &outcome(UrlState::Done, Some("e"), None)).unwrap();
            st.mark_indexed(&taken[0], "s", None, "h").unwrap();
            // dropped here without any explicit close: like a killed process, nothing more
            // than the committed transactions is on disk
            std::mem::forget(st);
        }
        let st = open(&path);
        assert_eq!(st.recovered_in_flight(), 2);
        assert_eq!(st.pending().unwrap(), 3);
        assert_eq!(st.in_flight().unwrap(), 0);
        let done = st.record("https://a.vn/1").unwrap().unwrap();
        assert_eq!((done.state, done.validators.etag.as_deref()), (UrlState::Done, Some("e")));
        assert_eq!(st.is_indexed("https://a.vn/1").unwrap().as_deref(), Some("h"));
        drop(st);
        // a clean reopen recovers nothing
        assert_eq!(open(&path).recovered_in_flight(), 0);
    }

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        drop(open(&path));
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 99).unwrap();
        }
        let err = CrawlState::open(&path);
        assert!(
            matches!(
                err,
                Err(StateError::UnsupportedSchema { found: 99, expected: SCHEMA_VERSION })
            ),
            "{err:?}"
        );
    }

    /// Counts per (site, state) by a full scan of `urls`, through a second connection.
    fn scanned_counts(path: &Path) -> Vec<(String, String, i64)> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare("SELECT site, state, COUNT(*) FROM urls GROUP BY site, state ORDER BY 1, 2")
            .unwrap();
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap();
        rows.collect::<Result<_, _>>().unwrap()
    }

    /// Counts per (site, state) as reported by `counts()`, in the same shape.
    fn reported_counts(st: &CrawlState) -> Vec<(String, String, i64)> {
        let mut out = Vec::new();
        for c in st.counts().unwrap() {
            let per_state = [
                ("done", c.done),
                ("duplicate", c.duplicate),
                ("failed", c.failed),
                ("fetching", c.fetching),
                ("not_modified", c.not_modified),
                ("queued", c.queued),
                ("skipped", c.skipped),
            ];
            for (state, n) in per_state {
                if n > 0 {
                    out.push((c.site.clone(), state.to_string(), i64::try_from(n).unwrap()));
                }
            }
        }
        out
    }

    #[test]
    fn counts_match_a_full_scan_after_mixed_operations() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        let mut st = open(&path);
        st.set_per_host_limit(3);
        let urls: Vec<Url> =
            (0..60).map(|i| url(&format!("https://h{}.vn/p/{i}", i % 4))).collect();
        let entries: Vec<NewUrl<'_>> = urls
            .iter()
            .enumerate()
            .map(|(i, u)| {
                let site = if i % 3 == 0 { "x" } else { "y" };
                new_url(u, site, UrlKind::Article, i32::try_from(i % 5).unwrap())
            })
            .collect();
        assert_eq!(st.enqueue_many(&entries).unwrap(), 60);
        assert_eq!(st.enqueue_many(&entries[..10]).unwrap(), 0);
        let states = [UrlState::Done, UrlState::Failed, UrlState::Duplicate, UrlState::Skipped];
        for round in 0..6 {
            let got = st.next_batch(NOW, 7, &HashSet::new()).unwrap();
            for (i, q) in got.iter().enumerate() {
                match (round + i) % 6 {
                    4 => assert!(st.retry_later(q.url.as_str(), NOW, Some("503")).unwrap()),
                    5 => {} // left in flight
                    k => st.finish(q.url.as_str(), &Outcome::new(states[k])).unwrap(),
                }
            }
            assert_eq!(reported_counts(&st), scanned_counts(&path), "round {round}");
        }
        assert!(st.requeue(urls[0].as_str(), NOW).unwrap());
        st.requeue_kinds(&[UrlKind::Article], Some("y"), NOW).unwrap();
        assert_eq!(reported_counts(&st), scanned_counts(&path), "after requeue");
        let queued = scanned_counts(&path)
            .iter()
            .filter(|c| c.1 == "queued")
            .map(|c| usize::try_from(c.2).unwrap())
            .sum::<usize>();
        assert_eq!(st.pending().unwrap(), queued);
        drop(st);
        // reopening recovers the in-flight URLs; the counts follow
        let st = open(&path);
        assert_eq!(st.in_flight().unwrap(), 0);
        assert_eq!(reported_counts(&st), scanned_counts(&path), "after reopen");
    }

    #[test]
    fn upgrade_from_schema_1_rebuilds_counts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        {
            let st = open(&path);
            fill(&st, &[("https://a.vn/1", 0), ("https://a.vn/2", 0), ("https://b.vn/1", 0)]);
            st.finish("https://a.vn/1", &Outcome::new(UrlState::Done)).unwrap();
        }
        {
            // what a schema-1 file looks like: no counts table
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("DROP TABLE state_counts; PRAGMA user_version = 1;").unwrap();
        }
        let st = open(&path);
        let want =
            vec![SiteCounts { site: "s".into(), queued: 2, done: 1, ..SiteCounts::default() }];
        assert_eq!(st.counts().unwrap(), want);
        assert_eq!(st.pending().unwrap(), 2);
    }

    #[test]
    fn upgrade_from_schema_2_keys_hosts_by_origin() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.sqlite");
        let urls = ["http://127.0.0.1:8081/a", "http://127.0.0.1:8082/a", "https://b.vn/1"];
        {
            let st = open(&path);
            fill(&st, &urls.iter().map(|u| (*u, 0)).collect::<Vec<_>>());
        }
        {
            // what a schema-2 file looks like: `host[:port]` keys
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch(
                "UPDATE urls SET host = substr(url, instr(url, '//') + 2, \
                 instr(substr(url, instr(url, '//') + 2), '/') - 1); PRAGMA user_version = 2;",
            )
            .unwrap();
            let old: String =
                conn.query_row("SELECT host FROM urls WHERE id = 1", [], |r| r.get(0)).unwrap();
            assert_eq!(old, "127.0.0.1:8081");
        }
        let st = open(&path);
        let mut hosts = batch_hosts(&st);
        hosts.sort();
        assert_eq!(hosts, ["http://127.0.0.1:8081", "http://127.0.0.1:8082", "https://b.vn"]);
    }

    /// The `host` column of every queued URL, taken in one batch.
    fn batch_hosts(st: &CrawlState) -> Vec<String> {
        st.next_batch(NOW, 100, &HashSet::new()).unwrap().into_iter().map(|q| q.host).collect()
    }

    const CHILD_ENV: &str = "VNMON_TEST_STATE_CRASH_CHILD";
    const CHILD_BATCH: usize = 500;

    /// Child side of the SIGKILL test: commits a known prefix, signals readiness, then writes
    /// batches in transactions until it is killed.
    fn crash_child(dir: &Path) {
        let st = open(&dir.join("state.sqlite"));
        let mut st = st;
        st.set_per_host_limit(100);
        let first: Vec<String> =
            (0..100).map(|i| format!("https://h{}.vn/first/{i}", i % 7)).collect();
        let refs: Vec<(&str, i32)> = first.iter().map(|s| (s.as_str(), 0)).collect();
        fill(&st, &refs);
        assert_eq!(batch(&st, NOW, 10, &[]).len(), 10);
        std::fs::write(dir.join("ready"), b"1").unwrap();
        for round in 0..100_000 {
            let urls: Vec<Url> = (0..CHILD_BATCH)
                .map(|i| url(&format!("https://h{}.vn/more/{round}/{i}", i % 13)))
                .collect();
            let entries: Vec<NewUrl<'_>> =
                urls.iter().map(|u| new_url(u, "s", UrlKind::Article, 0)).collect();
            st.enqueue_many(&entries).unwrap();
        }
    }

    #[test]
    fn sigkill_mid_transaction_then_resume() {
        if let Some(dir) = std::env::var_os(CHILD_ENV) {
            crash_child(Path::new(&dir));
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let exe = std::env::current_exe().unwrap();
        // The test's name as libtest knows it: its module path without the crate name.
        let name = concat!(module_path!(), "::sigkill_mid_transaction_then_resume");
        let name = name.split_once("::").map_or(name, |(_, rest)| rest);
        let mut child = std::process::Command::new(exe)
            .args(["--exact", name, "--nocapture"])
            .env(CHILD_ENV, dir.path())
            .stdout(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let ready = dir.path().join("ready");
        let start = std::time::Instant::now();
        while !ready.try_exists().unwrap() {
            assert!(start.elapsed().as_secs() < 120, "child never became ready");
            assert!(child.try_wait().unwrap().is_none(), "child exited early");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::thread::sleep(std::time::Duration::from_millis(300));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();

        let st = open(&dir.path().join("state.sqlite"));
        assert_eq!(st.recovered_in_flight(), 10);
        assert_eq!(st.in_flight().unwrap(), 0);
        let total = st.pending().unwrap();
        assert!(total >= 100, "committed prefix lost: {total}");
        assert_eq!((total - 100) % CHILD_BATCH, 0, "a partial batch survived: {total}");
        let first = st.record("https://h3.vn/first/3").unwrap().unwrap();
        assert_eq!(first.state, UrlState::Queued);
    }
}
