#!/bin/sh
# Prints the Markdown table of the last run from fuzz/logs/.
cd "$(dirname "$0")"
echo "| Target | Executions | Time (s) | Exec/s | Crashes | Timeouts | Peak RSS (MB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for f in logs/*.log; do
    name=$(basename "$f" .log)
    t=${name%%.*}
    label="\`$t\`"
    [ "$name" != "$t" ] && label="$label, session ${name#*.}"
    runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$f")
    secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$f")
    eps=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$f")
    rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$f")
    crashes=$(ls "artifacts/$t" 2>/dev/null | grep -c '^crash-\|^oom-\|^leak-')
    timeouts=$(ls "artifacts/$t" 2>/dev/null | grep -c '^timeout-\|^slow-unit-')
    echo "| $label | ${runs:-?} | ${secs:-?} | ${eps:-?} | $crashes | $timeouts | ${rss:-?} |"
done
