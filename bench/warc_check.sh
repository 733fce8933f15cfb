#!/usr/bin/env bash
# warc_check.sh: issue 4, points 1 and 2, on a WARC.gz built from the shared
# evaluation pages (../shared/eval) with records that are not pages and
# damaged records mixed in. Checks one line per page record plus one error
# line per damaged record, nothing lost, the same output with 1 and 2
# workers; then times `lede batch` on one core and on two. See README.md.
#
#   bench/warc_check.sh [--eval DIR] [--copies N] [--keep DIR]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=$root/../shared/eval
copies=1
keep=
while [ $# -gt 0 ]; do
	case $1 in
	--eval) eval_dir=$2; shift 2 ;;
	--copies) copies=$2; shift 2 ;;
	--keep) keep=$2; shift 2 ;;
	*) echo "usage: bench/warc_check.sh [--eval DIR] [--copies N] [--keep DIR]" >&2; exit 2 ;;
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

# Speed: HTML MB per second of wall time, best of 3, on a clean file (no
# oversized records, whose reading is not page work).
"$work/warcbench" build -clean -copies "$copies" -o "$work/clean.warc.gz" "$eval_dir" >/dev/null
best() { # best wall seconds of 3 runs of "$@"
	local b=
	for _ in 1 2 3; do
		local s e
		s=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		e=$(date +%s.%N)
		b=$(awk -v b="$b" -v t="$(awk -v s="$s" -v e="$e" 'BEGIN{print e-s}')" 'BEGIN{ if (b == "" || t < b) print t; else print b }')
	done
	echo "$b"
}
echo "load: $(uptime)"
t1=$(best taskset -c 1 "$work/lede" batch --workers 1 "$work/clean.warc.gz")
t2=$(best taskset -c 0,1 "$work/lede" batch --workers 2 "$work/clean.warc.gz")
awk -v b="$bytes" -v t1="$t1" -v t2="$t2" 'BEGIN {
	printf "one core, 1 worker:  %.2fs, %.1f MB/s of HTML\n", t1, b/1e6/t1
	printf "two cores, 2 workers: %.2fs, %.1f MB/s of HTML, %.2fx one worker\n", t2, b/1e6/t2, t1/t2
}'
echo "load: $(uptime)"
exit $status
