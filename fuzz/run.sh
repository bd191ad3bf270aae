#!/bin/sh
# Runs fuzz targets one after another: ./run.sh [TARGET...] (all by default).
# RUNS (default 1000000) executions each, or at most MAX_TIME seconds (default 360).
# FUZZ_FLAGS adds cargo-fuzz options (e.g. --no-trace-compares); MAX_LEN (default 65536) caps
# the input size.
# SESSION (default empty) suffixes the log name, for a second session on the same corpus.
# A working corpus grows in corpus/TARGET (not committed), seeded from seeds/KIND (for HTML: the
# bundled seed pages in ../seeds/pages, not copied here).
set -u
cd "$(dirname "$0")"
RUNS=${RUNS:-1000000}
MAX_TIME=${MAX_TIME:-360}
SESSION=${SESSION:-}
MAX_LEN=${MAX_LEN:-65536}
ALL="html_extract text_normalize entities_documents entities_dates entities_officials entities_units feed sitemap robots warc query"
mkdir -p logs
for t in ${@:-$ALL}; do
    case $t in
        html_extract) kind=../../seeds/pages ;;
        text_normalize | entities_*) kind=text ;;
        *) kind=$t ;;
    esac
    mkdir -p "corpus/$t"
    start=$(date +%s)
    cargo +nightly fuzz run -s none ${FUZZ_FLAGS:-} "$t" "corpus/$t" "seeds/$kind" -- \
        -runs="$RUNS" -max_total_time="$MAX_TIME" -max_len="$MAX_LEN" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 >"logs/$t$SESSION.log" 2>&1
    rc=$?
    echo "$t rc=$rc wall=$(($(date +%s) - start))s $(grep -E 'stat::(number_of_executed_units|average_exec_per_sec)' "logs/$t$SESSION.log" | tr -s ' ' | tr '\n' ' ')"
done
