#!/usr/bin/env python3
"""The crawl peer of `benches/run.sh`: a Scrapy spider that starts from each host's sitemap,
fetches every article page and extracts it with trafilatura, writing one JSON item per page
(url, title, date, text) — what a Python user would write for vnmon's crawl. robots.txt obeyed,
delay 0, 32 requests in flight (the per-domain limit raised too: the loopback hosts differ only
by port, which Scrapy's per-domain slots do not distinguish).

Usage: scrapy_spider.py SITEMAPS_TXT OUT_JSONL
"""
import sys

import scrapy
import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.spiders import SitemapSpider


class ArticleSpider(SitemapSpider):
    name = "articles"

    def parse(self, response):
        doc = trafilatura.bare_extraction(response.text, url=response.url, with_metadata=True)
        if doc is None:
            return
        d = doc if isinstance(doc, dict) else doc.as_dict()
        yield {"url": response.url, "title": d.get("title"), "date": d.get("date"),
               "text": d.get("text")}


def main():
    sitemaps, out = sys.argv[1], sys.argv[2]
    urls = [l.strip() for l in open(sitemaps) if l.strip()]
    process = CrawlerProcess(settings={
        "ROBOTSTXT_OBEY": True,
        "DOWNLOAD_DELAY": 0,
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 32,
        "CONCURRENT_REQUESTS_PER_IP": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "FEEDS": {out: {"format": "jsonlines", "encoding": "utf8"}},
    })
    process.crawl(ArticleSpider, sitemap_urls=urls)
    process.start()


if __name__ == "__main__":
    main()
