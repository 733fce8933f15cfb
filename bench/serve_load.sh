#!/usr/bin/env bash
# serve_load.sh: issue 5, point 2, on loopback. Starts `lede serve`, drives
# it with bench/cmd/serveload (open-loop, fixed rate) and checks:
#   1. normal load: RATE requests/s of a ~200 KB page for DURATION:
#      every request answered 200, p99 < 25 ms, and the peak RSS of the
#      second half of the run at most 1.1 × that of the first half;
#   2. overload: 5 × RATE for OVER: p99 of the shed answers (429/503) < 5 ms,
#      and the server is still up;
#   3. recovery: RATE again for a while: every request answered 200.
# Not part of `go test`. Exit status 0 when every check passed.
#
#   bench/serve_load.sh [--rate 200] [--duration 60] [--over 20] [--short] [--eval DIR] [--keep DIR] [--serve-flags "FLAGS"]
#
# --serve-flags passes more flags to `lede serve` (e.g. "--max-concurrent 1").
# --short is the CI smoke version: 5 s of normal load, 3 s of overload,
# 3 s of recovery.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
eval_dir=$root/../shared/eval
rate=200
duration=60
over=20
recover=10
keep=
serve_flags=
while [ $# -gt 0 ]; do
	case $1 in
	--rate) rate=$2; shift 2 ;;
	--duration) duration=$2; shift 2 ;;
	--over) over=$2; shift 2 ;;
	--short) duration=5; over=3; recover=3; shift ;;
	--eval) eval_dir=$2; shift 2 ;;
	--keep) keep=$2; shift 2 ;;
	--serve-flags) serve_flags=$2; shift 2 ;;
	*) echo "usage: bench/serve_load.sh [--rate N] [--duration S] [--over S] [--short] [--eval DIR] [--keep DIR] [--serve-flags FLAGS]" >&2; exit 2 ;;
	esac
done

work=${keep:-$(mktemp -d)}
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

(cd "$root" && go build -o "$work/lede" ./cmd/lede)
(cd "$root/bench" && go build -o "$work/serveload" ./cmd/serveload)

# The page: the evaluation page whose HTML is nearest 200 KB, or a
# bundled page when the evaluation sets are not beside the checkout.
page=$work/page.html
best=
if [ -d "$eval_dir/scrapinghub/html" ]; then
	best=$(for f in "$eval_dir"/scrapinghub/html/*.html.gz; do
		n=$(gzip -dc "$f" | wc -c)
		d=$((n > 200000 ? n - 200000 : 200000 - n))
		echo "$d $f"
	done | sort -n | head -1 | cut -d' ' -f2-)
fi
if [ -n "$best" ]; then
	gzip -dc "$best" >"$page"
else
	cp "$root/testdata/pages/en_news.html" "$page"
fi
echo "page: ${best:-testdata/pages/en_news.html}, $(wc -c <"$page") bytes"

port=$((20000 + RANDOM % 20000))
# shellcheck disable=SC2086 # serve_flags are words
"$work/lede" serve --addr "127.0.0.1:$port" $serve_flags 2>"$work/serve.log" &
pid=$!
cleanup_server() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap 'cleanup_server; [ -n "$keep" ] || rm -rf "$work"' EXIT
for _ in $(seq 50); do
	grep -q '"msg":"serving"' "$work/serve.log" 2>/dev/null && break
	sleep 0.1
done
url=http://127.0.0.1:$port/v1/extract

# RSS samples, "milliseconds kB", every 0.2 s while the server runs.
(
	t0=$(date +%s%N)
	while kill -0 "$pid" 2>/dev/null; do
		rss=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
		[ -n "$rss" ] && echo "$((($(date +%s%N) - t0) / 1000000)) $rss"
		sleep 0.2
	done
) >"$work/rss.txt" &
sampler=$!

fail=0
phase() { # name, then serveload flags
	local name=$1
	shift
	echo "== $name"
	if ! "$work/serveload" -url "$url" -body "$page" "$@"; then
		fail=1
	fi
}

t_start=$(awk '{print $1}' "$work/rss.txt" | tail -1)
t_start=${t_start:-0}
phase "normal: $rate/s for ${duration}s" -rate "$rate" -duration "${duration}s" -check-ok-p99 25 -check-all-ok
t_end=$(awk '{print $1}' "$work/rss.txt" | tail -1)
# Peak RSS in the first and in the second half of the normal run.
awk -v a="$t_start" -v b="$t_end" '
	$1 >= a && $1 <= b { mid = (a + b) / 2; if ($1 < mid) { if ($2 > p1) p1 = $2 } else { if ($2 > p2) p2 = $2 } }
	END {
		printf "peak RSS: first half %.1f MB, second half %.1f MB (ratio %.3f, want <= 1.1)\n", p1/1024, p2/1024, (p1 ? p2/p1 : 0)
		if (!p1 || p2 > 1.1 * p1) exit 1
	}' "$work/rss.txt" || fail=1

phase "overload: $((rate * 5))/s for ${over}s" -rate $((rate * 5)) -duration "${over}s" -check-shed-p99 5
if ! kill -0 "$pid" 2>/dev/null; then
	echo "serve_load: FAIL: the server died under overload" >&2
	fail=1
else
	phase "recovery: $rate/s for ${recover}s" -rate "$rate" -duration "${recover}s" -check-all-ok
fi
kill "$sampler" 2>/dev/null || true

if [ "$fail" = 0 ]; then
	echo "serve_load: all checks passed"
else
	echo "serve_load: some checks FAILED" >&2
fi
exit "$fail"
