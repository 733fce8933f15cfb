#!/usr/bin/env bash
# warc_check.sh: issue 4, points 1 and 2, on a WARC.gz built from the shared
# evaluation pages (../shared/eval) with records that are not pages and
# damaged records mixed in. Checks one line per page record plus one error
# line per damaged record, nothing lost, the same output with 1 and 2
# workers; then times `lede batch` on one core and on two. See README.md.
#
#   bench/warc_check.sh [--eval DIR] [--copies N] [--keep DIR] [--rss COPIES] [--no-speed]
#
# --no-speed checks point 1 only (for CI: no timing on a shared machine).
#
# --rss COPIES also builds a file of COPIES copies of the pages (6 make about
# 1 GB of HTML), runs `lede batch --workers 2` on it and prints the peak RSS
# of the first and of the second half of the run (sampled every 0.2 s).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=$root/../shared/eval
copies=1
keep=
rss=
speed=1
while [ $# -gt 0 ]; do
	case $1 in
	--eval) eval_dir=$2; shift 2 ;;
	--copies) copies=$2; shift 2 ;;
	--keep) keep=$2; shift 2 ;;
	--rss) rss=$2; shift 2 ;;
	--no-speed) speed=; shift ;;
	*) echo "usage: bench/warc_check.sh [--eval DIR] [--copies N] [--keep DIR] [--rss COPIES] [--no-speed]" >&2; exit 2 ;;
	esac
done
work=${keep:-$(mktemp -d)}
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

(cd "$root" && go build -o "$work/lede" ./cmd/lede)
(cd "$root/bench" && go build -o "$work/warcbench" ./warcbench)

counts=$("$work/warcbench" build -copies "$copies" -o "$work/eval.warc.gz" "$eval_dir")
echo "built $work/eval.warc.gz: $counts"
html=$(sed 's/.*"html":\([0-9]*\).*/\1/' <<<"$counts")
damaged=$(sed 's/.*"damaged":\([0-9]*\).*/\1/' <<<"$counts")
skipped=$(sed 's/.*"skipped":\([0-9]*\).*/\1/' <<<"$counts")
bytes=$(sed 's/.*"html_byte":\([0-9]*\).*/\1/' <<<"$counts")

status=0
for w in 1 2; do
	"$work/lede" batch --workers $w -o "$work/out$w.jsonl" "$work/eval.warc.gz" 2>"$work/summary$w.txt"
done
lines=$(wc -l <"$work/out1.jsonl")
errors=$(grep -c '"error":"\(warc_error\|gzip_error\|too_large\|decompression_bomb\)' "$work/out1.jsonl" || true)
echo "lines $lines (want $html page records + $damaged damaged = $((html + damaged))); damage errors $errors (want $damaged)"
cat "$work/summary1.txt"
[ "$lines" -eq $((html + damaged)) ] || { echo "FAIL: line count"; status=1; }
[ "$errors" -eq "$damaged" ] || { echo "FAIL: damaged records"; status=1; }
grep -q "$skipped WARC records skipped" "$work/summary1.txt" || { echo "FAIL: skipped count (want $skipped)"; status=1; }
if cmp -s "$work/out1.jsonl" "$work/out2.jsonl"; then echo "workers 1 and 2: identical output"; else echo "FAIL: output differs with 2 workers"; status=1; fi

[ -n "$speed" ] || exit $status

# Speed: HTML MB per second of wall time, best of 3, on a clean file (no
# oversized records, whose reading is not page work).
"$work/warcbench" build -clean -copies "$copies" -o "$work/clean.warc.gz" "$eval_dir" >/dev/null
secs() { # wall seconds of one run of "$@"
	local s e
	s=$(date +%s.%N)
	"$@" >/dev/null 2>&1
	e=$(date +%s.%N)
	awk -v s="$s" -v e="$e" 'BEGIN { print e - s }'
}
# Seven pairs, one worker on core 1 then two workers on cores 0 and 1, in
# turn, so that a drift of the shared machine's speed hits both alike; the
# medians and the median of the pairs' ratios count.
echo "load: $(uptime)"
: >"$work/pairs.txt"
for _ in 1 2 3 4 5 6 7; do
	echo "$(secs taskset -c 1 "$work/lede" batch --workers 1 "$work/clean.warc.gz") $(secs taskset -c 0,1 "$work/lede" batch --workers 2 "$work/clean.warc.gz")" >>"$work/pairs.txt"
done
median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
t1=$(awk '{ print $1 }' "$work/pairs.txt" | median)
t2=$(awk '{ print $2 }' "$work/pairs.txt" | median)
ratio=$(awk '{ print $1 / $2 }' "$work/pairs.txt" | median)
lo=$(awk '{ print $1 / $2 }' "$work/pairs.txt" | sort -g | head -1)
hi=$(awk '{ print $1 / $2 }' "$work/pairs.txt" | sort -g | tail -1)
awk -v b="$bytes" -v t1="$t1" -v t2="$t2" -v r="$ratio" -v lo="$lo" -v hi="$hi" 'BEGIN {
	printf "one core, 1 worker:  %.2fs, %.1f MB/s of HTML (median of 7)\n", t1, b/1e6/t1
	printf "two cores, 2 workers: %.2fs, %.1f MB/s of HTML; %.2fx one worker (median of the 7 pairs, %.2f-%.2f)\n", t2, b/1e6/t2, r, lo, hi
}'
echo "load: $(uptime)"

if [ -n "$rss" ]; then
	big=$("$work/warcbench" build -clean -copies "$rss" -o "$work/big.warc.gz" "$eval_dir")
	echo "built $work/big.warc.gz: $big"
	"$work/lede" batch --workers 2 -o /dev/null "$work/big.warc.gz" 2>"$work/big-summary.txt" &
	pid=$!
	: >"$work/rss.txt"
	while kill -0 "$pid" 2>/dev/null; do
		awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null >>"$work/rss.txt" || true
		sleep 0.2
	done
	wait "$pid" || status=1
	cat "$work/big-summary.txt"
	awk '{ v[NR] = $1 } END {
		h = int(NR / 2); a = 0; b = 0
		for (i = 1; i <= h; i++) if (v[i] > a) a = v[i]
		for (i = h + 1; i <= NR; i++) if (v[i] > b) b = v[i]
		printf "peak RSS: first half %.1f MB, second half %.1f MB (%.2fx), %d samples\n", a/1024, b/1024, (a > 0 ? b/a : 0), NR
	}' "$work/rss.txt"
fi
exit $status
