#!/usr/bin/env bash
# vnmon next to the tools a user would pick instead, in one run on the same input, as one table.
#
#   benches/run.sh            # 100k articles (≈ 1 h on 2 cores)
#   benches/run.sh --quick    # 10k articles, smaller page sets (< 5 min once built)
#   benches/run.sh --full     # 100k and 1M articles (several hours; 1M needs ≈ 60 GB of disk)
#
# Installs the peers into a virtualenv (trafilatura, Scrapy, warcio; FTS5 is Python's sqlite3 and
# the sqlite3 shell), builds vnmon and the `scale` example once (release), then measures:
#   extract  HTML → article, pages/s on one core: vnmon (profiles, and generic only) and
#            trafilatura, on ../shared/extraction-dev and on generated pages in the site templates;
#   ingest   `vnmon import` of the generated WARC vs FTS5 given the already-extracted text, and vs
#            trafilatura + FTS5 on the same HTML (first TRAF_LIMIT pages: it is ~50× slower);
#   search   p50/p99 of a fixed query set (benches/queries/scale.toml), in process and as commands;
#   reports  coverage and documents, in process and as commands;
#   crawl    `vnmon crawl` vs a Scrapy spider with trafilatura on HOSTS loopback hosts × PAGES.
# Results: $BENCH_DIR/results.jsonl (one JSON line per figure) and $BENCH_DIR/table.md.
# Environment: BENCH_DIR (default target/bench), PAGE_BYTES (generated pages, default 50000).
set -euo pipefail
cd "$(dirname "$0")/.."

mode=default
case "${1:-}" in
  --quick) mode=quick ;;
  --full) mode=full ;;
  "") ;;
  *) echo "usage: benches/run.sh [--quick|--full]" >&2; exit 2 ;;
esac
case $mode in
  quick)   sizes=(10000);         gen_pages=300;  traf_limit=500;  hosts=20; per_host=25 ;;
  default) sizes=(100000);        gen_pages=1000; traf_limit=3000; hosts=20; per_host=100 ;;
  full)    sizes=(100000 1000000); gen_pages=1000; traf_limit=3000; hosts=20; per_host=100 ;;
esac

work=${BENCH_DIR:-target/bench}
mkdir -p "$work"
work=$(cd "$work" && pwd)
shared=$(cd .. && pwd)/shared
results=$work/results.jsonl
: >"$results"
step() { echo "== $*" >&2; }
started=$(date +%s)

step "peers: virtualenv $work/venv (trafilatura, scrapy, warcio)"
if [ ! -x "$work/venv/bin/python" ]; then
  python3 -m venv "$work/venv"
fi
"$work/venv/bin/pip" install --quiet --disable-pip-version-check \
  trafilatura lxml_html_clean scrapy warcio
command -v sqlite3 >/dev/null || { apt-get install -y sqlite3 >/dev/null 2>&1 || true; }
py=$work/venv/bin/python
peers="$py benches/peers/peers.py"

step "build: vnmon and the scale example (release)"
cargo build --release --quiet --bin vnmon --example scale
target=${CARGO_TARGET_DIR:-target}
vnmon=$(cd "$target/release" && pwd)/vnmon
scale=$(cd "$target/release/examples" && pwd)/scale

# The generated corpus of N articles (records.jsonl, truth.jsonl), kept between runs.
corpus() {
  local n=$1 dir=$work/scale-$1
  if [ ! -s "$dir/truth.jsonl" ] || [ "$(wc -l <"$dir/truth.jsonl")" != "$n" ]; then
    "$scale" corpus "$n" "$dir" >&2
  fi
  echo "$dir"
}

step "extract: HTML → article, one core"
if [ -d "$shared/extraction-dev/html" ]; then
  "$scale" extract-speed "$shared/extraction-dev" extraction-dev >>"$results"
  "$scale" extract-speed "$shared/extraction-dev" extraction-dev --generic >>"$results"
  $peers extract "$shared/extraction-dev" extraction-dev >>"$results"
else
  echo "skipped extraction-dev: $shared/extraction-dev not found" >&2
fi
first=$(corpus "${sizes[0]}")
rm -rf "$work/pages"
"$scale" pages "$first" "$gen_pages" "$work/pages"
"$scale" extract-speed "$work/pages" generated >>"$results"
"$scale" extract-speed "$work/pages" generated --generic >>"$results"
$peers extract "$work/pages" generated >>"$results"

for n in "${sizes[@]}"; do
  case_name=$((n / 1000))k
  [ "$n" -ge 1000000 ] && case_name=$((n / 1000000))M
  dir=$(corpus "$n")
  step "ingest $case_name: pages.warc.gz in the site templates"
  [ -s "$dir/pages.warc.gz" ] || "$scale" warc "$dir"
  $peers vnmon-import "$vnmon" "$dir/pages.warc.gz" "$dir/index" "$dir/records.jsonl" "$case_name" >>"$results"
  $peers fts5-build "$dir/records.jsonl" "$dir/fts5.db" "$case_name" >>"$results"
  $peers traf-fts5 "$dir/pages.warc.gz" "$work/traf-fts5.db" "$case_name" "$traf_limit" >>"$results"

  step "search $case_name"
  "$scale" queries "$dir" benches/queries/scale.toml >"$dir/queries.jsonl"
  "$scale" search "$dir/index" "$dir/queries.jsonl" "$case_name" >>"$results"
  $peers fts5-search "$dir/fts5.db" "$dir/queries.jsonl" "$case_name" >>"$results"
  $peers e2e "$vnmon" "$dir/index" "$dir/fts5.db" "$dir/queries.jsonl" "$case_name" >>"$results"

  step "reports $case_name"
  "$scale" report "$dir" "$case_name" --json >>"$results"
  $peers vnmon-report "$vnmon" "$dir/index" "$dir/top-document.json" "$case_name" >>"$results"
done

step "crawl: $hosts loopback hosts × $per_host pages"
rm -rf "$work/world" "$work/crawl"
mkdir -p "$work/world" "$work/crawl"
fifo=$work/world/ready
mkfifo "$fifo"
"$scale" serve "$hosts" "$per_host" "$work/world" >"$fifo" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
read -r _ <"$fifo"
$peers crawl-vnmon "$vnmon" "$work/world" "$work/crawl" "$hosts hosts × $per_host" >>"$results"
$peers crawl-scrapy "$work/world" "$work/crawl" "$hosts hosts × $per_host" >>"$results"
kill "$server" 2>/dev/null || true

"$scale" table "$results" | tee "$work/table.md"
echo "($mode run, $(($(date +%s) - started)) s; figures in $results)" >&2
