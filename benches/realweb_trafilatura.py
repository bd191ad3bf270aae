#!/usr/bin/env python3
"""trafilatura on the real-web extraction set (tests/data/real-pages), scored by the rules of
benches/support/realweb.rs, for comparison with `cargo bench --bench realweb_eval`.

Usage (from the crate root):  python3 benches/realweb_trafilatura.py [--misses]

`trafilatura.bare_extraction(html, url=URL, with_metadata=True)` with default options. Fields:
title = its title; date = its date (a day); authors = its author split on "; "; start = its
description + text (whitespace removed; vnmon's generic sapo also comes from the description)
starts with the truth's first sentence; end = its text ends with the truth's last sentence; clean = no boilerplate string of the truth in its text. trafilatura has
no dateline or source field: those count as right only where the truth has none.
Not used by any test.
"""
import gzip
import os
import sys
import tomllib
import unicodedata

import trafilatura

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data", "real-pages")
FIELDS = ["title", "date", "authors", "start", "end", "clean", "dateline", "source"]


def squash(s):
    return "".join(unicodedata.normalize("NFC", s or "").split())


def collapse(s):
    return " ".join(unicodedata.normalize("NFC", s or "").split())


def score(page, doc):
    body = doc.get("text") or ""
    # The lead: trafilatura leaves it out of `text` and gives the page's description, the
    # same source vnmon's generic path takes its sapo from.
    text = (doc.get("description") or "") + "\n\n" + body
    ok = [False] * 8
    why = []
    ok[0] = collapse(doc.get("title")) == collapse(page["title"])
    ok[1] = (doc.get("date") or "")[:10] == page["published"][:10]
    got = sorted({collapse(a) for a in (doc.get("author") or "").split(";") if a.strip()})
    want = sorted(collapse(a) for a in page.get("authors", []))
    alt = sorted(collapse(a) for a in page.get("authors_alt", []))
    ok[2] = got == want or (bool(alt) and got == alt)
    ok[3] = squash(text).startswith(squash(page["first"]))
    ok[4] = bool(body.strip()) and squash(body).endswith(squash(page["last"]))
    found = [b for b in page.get("must_not", []) if squash(b) in squash(text)]
    ok[5] = not found
    ok[6] = page.get("dateline") is None
    ok[7] = page.get("source") is None
    for i, f in enumerate(FIELDS):
        if not ok[i]:
            why.append(f"{f}: title={doc.get('title')!r} date={doc.get('date')!r} author={doc.get('author')!r} "
                       f"start={collapse(text)[:80]!r} end={collapse(text)[-80:]!r} found={found}")
    return ok, why


def main():
    misses = "--misses" in sys.argv
    pages = tomllib.load(open(os.path.join(ROOT, "pages.toml"), "rb"))["page"]
    print(f"trafilatura {trafilatura.__version__} on the real-web extraction set")
    print(f"{'split':<12} {'pages':>5} | " + " ".join(f"{f:>8}" for f in FIELDS))
    for split in ["dev", "test", "test-generic"]:
        set_ = [p for p in pages if p["split"] == split]
        tally = [0] * 8
        notes = []
        for p in set_:
            raw = gzip.open(os.path.join(ROOT, p["file"])).read().decode("utf-8", "replace")
            doc = trafilatura.bare_extraction(raw, url=p["url"], with_metadata=True) or {}
            if not isinstance(doc, dict):
                doc = doc.as_dict()
            ok, why = score(p, doc)
            tally = [t + int(o) for t, o in zip(tally, ok)]
            notes += [f"    {p['id']}: {w}" for w in why]
        n = len(set_)
        print(f"{split:<12} {n:>5} | " + " ".join(f"{f'{t}/{n}':>8}" for t in tally))
        if misses:
            print("\n".join(notes))


if __name__ == "__main__":
    main()
