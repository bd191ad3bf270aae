#!/usr/bin/env python3
"""The peers of `benches/run.sh`, and the timings taken from outside a process.

Each subcommand prints result rows as JSON lines (section, case, tool, metric, value), the
format `scale table` reads. Peers: trafilatura (HTML -> article), SQLite FTS5 with
`unicode61 remove_diacritics 2` (indexing and search), trafilatura + FTS5 on the same HTML (what a
Python user would write), a Scrapy spider with trafilatura (crawl). vnmon's own commands are run
and timed here too when the figure is a whole process (import, search end to end, crawl), so both
sides are measured the same way.

Usage: see benches/run.sh. Not used by any test.
"""
import gzip
import json
import os
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import time

SCHEMA = """CREATE VIRTUAL TABLE articles USING fts5(
    title, body, url UNINDEXED, published UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2')"""


def emit(section, case, tool, metric, value):
    print(json.dumps({"section": section, "case": case, "tool": tool, "metric": metric,
                      "value": value}, ensure_ascii=False), flush=True)


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def peak_rss_mib(children=False):
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024.0


def percentile(xs, p):
    xs = sorted(xs)
    if not xs:
        return 0.0
    return xs[min(len(xs) - 1, round((len(xs) - 1) * p))]


# --- HTML -> article ------------------------------------------------------------------------

def load_pages(d):
    """Pages of a folder: NNNN.html (generated) or html/NNNN.html.gz (extraction-dev)."""
    html_dir = os.path.join(d, "html") if os.path.isdir(os.path.join(d, "html")) else d
    out = []
    for name in sorted(os.listdir(html_dir)):
        path = os.path.join(html_dir, name)
        if name.endswith(".html.gz"):
            raw = gzip.open(path).read()
        elif name.endswith(".html"):
            raw = open(path, "rb").read()
        else:
            continue
        out.append((len(raw), raw.decode("utf-8", errors="replace")))
    return out


def cmd_extract(d, case):
    """trafilatura.extract on each page, one process; pages decoded before timing."""
    import trafilatura
    pages = load_pages(d)
    for _, html in pages[:20]:
        trafilatura.extract(html)
    t0 = time.perf_counter()
    for _, html in pages:
        trafilatura.extract(html, with_metadata=True)
    secs = time.perf_counter() - t0
    emit("extract", case, "trafilatura", "pages/s/core", len(pages) / secs)
    emit("extract", case, "trafilatura", "MB/s/core", sum(n for n, _ in pages) / secs / 1e6)
    log(f"trafilatura {trafilatura.__version__} on {case}: {len(pages)} pages, {secs:.1f} s")


# --- Ingest ---------------------------------------------------------------------------------

def fts5_open(db):
    for f in (db, db + "-wal", db + "-journal"):
        if os.path.exists(f):
            os.remove(f)
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode = OFF")
    con.execute("PRAGMA synchronous = OFF")
    con.execute(SCHEMA)
    return con


def cmd_fts5_build(records, db, case):
    """FTS5 given the already-extracted text (records.jsonl): one transaction, batched."""
    t0 = time.perf_counter()
    con = fts5_open(db)
    n = text_bytes = 0
    batch = []
    with open(records, encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            batch.append((r.get("title", ""), r.get("body", ""), r.get("url", ""),
                          r.get("published", "")))
            text_bytes += len(line.encode("utf-8"))
            n += 1
            if len(batch) == 2000:
                con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", batch)
                batch.clear()
    con.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", batch)
    con.commit()
    con.close()
    secs = time.perf_counter() - t0
    size = os.path.getsize(db)
    tool = "FTS5 text-only"
    emit("ingest", case, tool, "docs/s", n / secs)
    emit("ingest", case, tool, "MB/s", text_bytes / secs / 1e6)
    emit("ingest", case, tool, "index bytes/article", size / n)
    emit("ingest", case, tool, "peak RSS MiB", peak_rss_mib())
    log(f"FTS5 text-only: {n} docs in {secs:.1f} s, {size / 1e6:.0f} MB")


def cmd_traf_fts5(warc, db, case, limit):
    """trafilatura + FTS5 on the HTML of the WARC (the first `limit` responses)."""
    import trafilatura
    from warcio.archiveiterator import ArchiveIterator
    t0 = time.perf_counter()
    con = fts5_open(db)
    n = html_bytes = 0
    with open(warc, "rb") as fh:
        for rec in ArchiveIterator(fh):
            if rec.rec_type != "response":
                continue
            url = rec.rec_headers.get_header("WARC-Target-URI")
            raw = rec.content_stream().read()
            html_bytes += len(raw)
            doc = trafilatura.bare_extraction(raw.decode("utf-8", errors="replace"), url=url,
                                              with_metadata=True)
            if doc is not None:
                d = doc if isinstance(doc, dict) else doc.as_dict()
                con.execute("INSERT INTO articles VALUES (?, ?, ?, ?)",
                            (d.get("title") or "", d.get("text") or "", url, d.get("date") or ""))
            n += 1
            if n >= limit:
                break
    con.commit()
    con.close()
    secs = time.perf_counter() - t0
    tool = f"trafilatura + FTS5 (first {n:,})"
    emit("ingest", case, tool, "docs/s", n / secs)
    emit("ingest", case, tool, "MB/s", html_bytes / secs / 1e6)
    emit("ingest", case, tool, "peak RSS MiB", peak_rss_mib())
    log(f"trafilatura + FTS5: {n} pages in {secs:.1f} s")


def cmd_vnmon_import(vnmon, warc, index, records, case):
    """`vnmon import` of the WARC, timed from outside (wall clock, peak RSS of the process)."""
    n = sum(1 for _ in open(records, encoding="utf-8"))
    text_bytes = os.path.getsize(records)
    if os.path.exists(index):
        subprocess.run(["rm", "-rf", index], check=True)
    t0 = time.perf_counter()
    p = subprocess.run([vnmon, "--index", index, "import", warc], stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        log(p.stderr[-2000:])
        sys.exit(f"vnmon import failed with exit code {p.returncode}")
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(index) for f in fs)
    tool = "vnmon import"
    emit("ingest", case, tool, "docs/s", n / secs)
    emit("ingest", case, tool, "MB/s", text_bytes / secs / 1e6)
    emit("ingest", case, tool, "index bytes/article", size / n)
    emit("ingest", case, tool, "peak RSS MiB", peak_rss_mib(children=True))
    log(f"vnmon import: {n} docs in {secs:.1f} s, index {size / 1e6:.0f} MB; "
        f"{p.stderr.strip().splitlines()[-1] if p.stderr.strip() else ''}")


# --- Search ---------------------------------------------------------------------------------

def read_queries(path):
    return [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]


def fts5_sql(q):
    """The SQL and parameters answering query `q` with FTS5: top 10 by rank with a snippet."""
    where, params = [], []
    if q["fts5"]:
        where.append("articles MATCH ?")
        params.append(q["fts5"])
    if q.get("since"):
        where.append("published >= ?")
        params.append(q["since"])
    if q.get("until"):
        where.append("published < ?")
        params.append(q["until"] + "T24")
    order = "rank" if q["fts5"] else "published DESC"
    snip = "snippet(articles, 1, '[', ']', '…', 24)" if q["fts5"] else "substr(body, 1, 160)"
    sql = (f"SELECT url, title, published, {snip} FROM articles WHERE {' AND '.join(where)} "
           f"ORDER BY {order} LIMIT 10")
    return sql, params


def cmd_fts5_search(db, queries, case, runs=5):
    con = sqlite3.connect(db)
    times = []
    for q in read_queries(queries):
        sql, params = fts5_sql(q)
        con.execute(sql, params).fetchall()
        for _ in range(runs):
            t0 = time.perf_counter()
            con.execute(sql, params).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
    emit("search", case, "FTS5 in-process", "p50 ms", percentile(times, 0.5))
    emit("search", case, "FTS5 in-process", "p99 ms", percentile(times, 0.99))


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


def cmd_e2e(vnmon, index, db, queries, case, runs=5):
    """Both tools as commands, one process per query: `vnmon search` and the sqlite3 shell."""
    vt, st = [], []
    for q in read_queries(queries):
        args = [vnmon, "--index", index, "search", "-n", "10"]
        if q.get("doc"):
            args += ["--doc", q["doc"]]
        if q.get("since"):
            args += ["--from", q["since"]]
        if q.get("until"):
            args += ["--to", q["until"]]
        if q.get("q"):
            args.append(q["q"])
        sql, params = fts5_sql(q)
        for p in params:
            sql = sql.replace("?", sql_literal(p), 1)
        for k in range(runs + 1):
            t0 = time.perf_counter()
            r = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            t1 = time.perf_counter()
            s = subprocess.run(["sqlite3", db, sql], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            t2 = time.perf_counter()
            if r.returncode not in (0, 1):  # 1: nothing found
                sys.exit(f"vnmon search failed: {r.stderr.decode(errors='replace')}")
            if s.returncode != 0:
                sys.exit(f"sqlite3 failed: {s.stderr.decode(errors='replace')}")
            if k > 0:  # the first run warms the page cache
                vt.append((t1 - t0) * 1000)
                st.append((t2 - t1) * 1000)
    emit("search", case, "vnmon command", "p50 ms", percentile(vt, 0.5))
    emit("search", case, "vnmon command", "p99 ms", percentile(vt, 0.99))
    emit("search", case, "FTS5 command (sqlite3 shell)", "p50 ms", percentile(st, 0.5))
    emit("search", case, "FTS5 command (sqlite3 shell)", "p99 ms", percentile(st, 0.99))


def cmd_vnmon_report(vnmon, index, top_document, case, runs=5):
    """`vnmon coverage` and `vnmon documents` as commands (process start and index open included).
    `top_document`: the JSON file `scale report` writes (reference, issuer, year)."""
    with open(top_document, encoding="utf-8") as f:
        top = json.load(f)
    coverage = ["coverage", top["reference"], "--issuer", top["issuer"]]
    if top.get("year"):
        coverage += ["--year", str(top["year"])]
    for label, args in (
        ("coverage of the most cited: command p50 ms", coverage),
        ("documents top 50, one year: command p50 ms",
         ["documents", "--since", "2023-01-01", "--until", "2023-12-31", "--top", "50"]),
    ):
        times = []
        for k in range(runs + 1):
            t0 = time.perf_counter()
            p = subprocess.run([vnmon, "--index", index] + args, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
            if p.returncode != 0:
                sys.exit(f"vnmon {args[0]} failed: {p.stderr.decode(errors='replace')}")
            if k > 0:
                times.append((time.perf_counter() - t0) * 1000)
        emit("reports", case, "vnmon command", label, percentile(times, 0.5))


# --- Crawl ----------------------------------------------------------------------------------

def cmd_crawl_vnmon(vnmon, world, work, case):
    for d in ("state", "index"):
        subprocess.run(["rm", "-rf", os.path.join(work, d)], check=True)
    t0 = time.perf_counter()
    p = subprocess.run([vnmon, "--index", os.path.join(work, "index"), "crawl",
                        "--config", os.path.join(world, "crawl.toml"),
                        "--state", os.path.join(work, "state"), "--allow-private",
                        "--delay", "0", "--concurrency", "32"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"vnmon crawl failed: {p.stderr[-2000:]}")
    c = subprocess.run([vnmon, "--index", os.path.join(work, "index"), "search", "-n", "0",
                        "--from", "1900-01-01"], stdout=subprocess.PIPE, text=True)
    # "2000 articles match (--limit 0)": the first number of the first line.
    m = re.match(r"\s*(\d+)", c.stdout)
    n = int(m.group(1)) if m else 0
    emit("crawl", case, "vnmon crawl", "pages/s", n / secs)
    emit("crawl", case, "vnmon crawl", "peak RSS MiB", peak_rss_mib(children=True))
    log(f"vnmon crawl: {n} articles indexed in {secs:.1f} s; {p.stdout.strip().splitlines()[-1:]}")


def cmd_crawl_scrapy(world, work, case):
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(work, "scrapy-items.jsonl")
    if os.path.exists(out):
        os.remove(out)
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, os.path.join(here, "scrapy_spider.py"),
                        os.path.join(world, "sitemaps.txt"), out],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    secs = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"scrapy failed: {p.stderr[-2000:]}")
    n = sum(1 for _ in open(out, encoding="utf-8"))
    emit("crawl", case, "Scrapy + trafilatura", "pages/s", n / secs)
    emit("crawl", case, "Scrapy + trafilatura", "peak RSS MiB", peak_rss_mib(children=True))
    log(f"scrapy + trafilatura: {n} items in {secs:.1f} s")


def main():
    a = sys.argv[1:]
    cmds = {
        "extract": lambda: cmd_extract(a[1], a[2]),
        "fts5-build": lambda: cmd_fts5_build(a[1], a[2], a[3]),
        "traf-fts5": lambda: cmd_traf_fts5(a[1], a[2], a[3], int(a[4])),
        "vnmon-import": lambda: cmd_vnmon_import(a[1], a[2], a[3], a[4], a[5]),
        "fts5-search": lambda: cmd_fts5_search(a[1], a[2], a[3]),
        "e2e": lambda: cmd_e2e(a[1], a[2], a[3], a[4], a[5]),
        "vnmon-report": lambda: cmd_vnmon_report(a[1], a[2], a[3], a[4]),
        "crawl-vnmon": lambda: cmd_crawl_vnmon(a[1], a[2], a[3], a[4]),
        "crawl-scrapy": lambda: cmd_crawl_scrapy(a[1], a[2], a[3]),
    }
    if not a or a[0] not in cmds:
        sys.exit("usage: peers.py " + " | ".join(cmds))
    cmds[a[0]]()


if __name__ == "__main__":
    main()
