#!/usr/bin/env bash
# run.sh: lede beside go-trafilatura and go-readability on the shared
# evaluation sets, scored by the team's scorer, plus single-core speed, as
# ONE Markdown table for the README. See bench/README.md.
set -uo pipefail

usage() {
	cat <<'EOF'
usage: bench/run.sh [--eval DIR] [--checks DIR] [--runs N] [--workers N] [--keep DIR] [--committed]

  --eval DIR     evaluation sets (default: ../shared/eval beside the checkout)
  --checks DIR   the team's checks, for the scorer (default: ../shared/checks)
  --runs N       speed runs per tool, best one counts (default 3)
  --workers N    parallel pages for the accuracy batches (default: nproc)
  --keep DIR     keep each batch output as DIR/TOOL-SET.jsonl and the speed report
  --committed    build lede from the last commit (git archive HEAD) instead of
                 the working tree, e.g. while someone is mid-edit

Accuracy: `ledebench batch` for each tool over DIR/scrapinghub/html and
DIR/trafilatura/html, scored with `score body`, `score snippets` and
`score meta`. Speed: `ledebench speed` on DIR/scrapinghub/html, each tool in
its own process built with only that tool linked in. Progress goes to
standard error, the table to standard output.
EOF
}

die() {
	echo "run.sh: $*" >&2
	exit 1
}

bench=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$bench/.." && pwd)
eval_dir=$root/../shared/eval checks=$root/../shared/checks
runs=3 workers=$(nproc 2>/dev/null || echo 2) keep="" committed=0
while [ $# -gt 0 ]; do
	case $1 in
	--eval) eval_dir=${2:?--eval needs a DIR}; shift 2 ;;
	--checks) checks=${2:?--checks needs a DIR}; shift 2 ;;
	--runs) runs=${2:?--runs needs N}; shift 2 ;;
	--workers) workers=${2:?--workers needs N}; shift 2 ;;
	--keep) keep=${2:?--keep needs a DIR}; shift 2 ;;
	--committed) committed=1; shift ;;
	-h | --help) usage; exit 0 ;;
	*) usage >&2; exit 2 ;;
	esac
done
sh=$eval_dir/scrapinghub tr=$eval_dir/trafilatura
for d in "$sh/html" "$tr/html" "$checks/score"; do
	[ -d "$d" ] || die "no $d (see --eval and --checks)"
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=${keep:-$tmp/out}
mkdir -p "$out" "$tmp/bin" || die "cannot create $out"
log() { echo "run.sh: $*" >&2; }

# The scorer: the team's, built from its own module.
log "building the scorer from $checks/score"
(cd "$checks/score" && GOWORK=off go build -o "$tmp/score" .) || die "could not build the scorer in $checks/score"
score=$tmp/score

# ledebench, against the working tree or the last commit. A copy of
# bench/go.mod points at that source, so that building never edits the
# repository; -mod=mod lets it pick up modules lede has started to need.
# The lede row is named by the commit measured, with "+" for uncommitted
# changes outside bench/ in the working tree.
src=$root
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null)
if [ "$committed" = 1 ]; then
	[ -n "$rev" ] || die "--committed: $root is not a git checkout"
	src=$tmp/lede-src
	mkdir "$src" && git -C "$root" archive "$rev" | tar -x -C "$src" || die "git archive $rev failed"
	log "building lede from commit $rev"
elif [ -n "$(git -C "$root" status --porcelain -- . ':!bench' 2>/dev/null)" ]; then
	rev=$rev+
fi
sed "s#^replace github.com/lede-news/lede => .*#replace github.com/lede-news/lede => $src#" "$bench/go.mod" >"$tmp/go.mod"
cp "$bench/go.sum" "$tmp/go.sum"
build() { # build NAME [TAGS]
	(cd "$bench" && GOWORK=off go build -modfile="$tmp/go.mod" -mod=mod ${2:+-tags "$2"} -o "$tmp/bin/$1" ./cmd/ledebench)
}
log "building ledebench (all tools, then one binary per tool for speed)"
build ledebench || die "could not build ledebench; if lede's working tree is mid-edit, try --committed"
for t in lede trafilatura readability; do
	build "ledebench-$t" "only_$t" || die "could not build ledebench-$t"
done
lb=$tmp/bin/ledebench

# Accuracy.
declare -A fig
get() { "$score" json-get -f "$1" "$2" 2>/dev/null | head -n 1; }
for t in lede trafilatura readability; do
	for set in scrapinghub trafilatura; do
		log "batch: $t on $set"
		"$lb" batch --tool "$t" --workers "$workers" -o "$out/$t-$set.jsonl" "$eval_dir/$set/html" 2>"$tmp/batch.err" ||
			{ tail -n 5 "$tmp/batch.err" >&2; die "ledebench batch --tool $t failed on $set"; }
		tail -n 1 "$tmp/batch.err" >&2
	done
	"$score" body -json -truth "$sh/ground-truth.json" -pred "$out/$t-scrapinghub.jsonl" >"$tmp/body.json" ||
		die "score body failed for $t"
	fig[$t.f1]=$(get "$tmp/body.json" f1) fig[$t.exact]=$(get "$tmp/body.json" exact)
	fig[$t.sh_errors]=$(get "$tmp/body.json" errors)
	"$score" snippets -json -truth "$tr/ground-truth.json" -pred "$out/$t-trafilatura.jsonl" >"$tmp/snip.json" ||
		die "score snippets failed for $t"
	fig[$t.snip]=$(get "$tmp/snip.json" f1) fig[$t.tr_errors]=$(get "$tmp/snip.json" errors)
	langs=()
	[ -f "$tr/page-languages.json" ] && langs=(-langs "$tr/page-languages.json")
	"$score" meta -json -truth "$tr/ground-truth.json" -pred "$out/$t-trafilatura.jsonl" "${langs[@]}" >"$tmp/meta.json" ||
		die "score meta failed for $t"
	while read -r field value; do
		fig[$t.$field]=$value
	done < <(paste <("$score" json-get -f "$tmp/meta.json" 'fields.*.field') <("$score" json-get -f "$tmp/meta.json" 'fields.*.score'))
done

# Speed.
log "speed: $runs runs per tool on $sh/html, one core"
"$lb" speed --runs "$runs" --bins "$tmp/bin" --json "$sh/html" >"$out/speed.json" ||
	die "ledebench speed failed"
i=0
while t=$("$score" json-get -f "$out/speed.json" "tools.$i.tool"); do
	fig[$t.pps]=$(get "$out/speed.json" "tools.$i.pages_per_s")
	fig[$t.rss]=$(get "$out/speed.json" "tools.$i.peak_rss_kib")
	fig[$t.alloc]=$(get "$out/speed.json" "tools.$i.alloc_per_page")
	fig[$t.sp_errors]=$(get "$out/speed.json" "tools.$i.errors")
	i=$((i + 1))
done

# The table: figures as measured, "–" where a tool has none.
f() { # f KEY FORMAT
	local v=${fig[$1]:-}
	if [ -z "$v" ]; then printf '–'; else awk -v v="$v" -v f="$2" 'BEGIN { printf f, v }'; fi
}
mib() { # mib KEY SCALE: bytes (SCALE 1) or KiB (SCALE 1024) as MiB
	local v=${fig[$1]:-}
	if [ -z "$v" ]; then printf '–'; else awk -v v="$v" -v s="$2" 'BEGIN { printf "%.1f MiB", v * s / 1048576 }'; fi
}
echo "| tool | scrapinghub F1 | exact | trafilatura snippet F1 | headline | authors | date | pages/s, one core | peak RSS | alloc/page |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for t in lede trafilatura readability; do
	case $t in
	lede) name="lede${rev:+ $rev}" ;;
	trafilatura) name="go-trafilatura v1.12.2" ;;
	readability) name="go-readability v2.1.3" ;;
	esac
	printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$name" \
		"$(f "$t.f1" %.4f)" "$(f "$t.exact" %.4f)" "$(f "$t.snip" %.4f)" \
		"$(f "$t.headline" %.3f)" "$(f "$t.authors" %.3f)" "$(f "$t.date" %.3f)" \
		"$(f "$t.pps" %.1f)" "$(mib "$t.rss" 1024)" "$(mib "$t.alloc" 1)"
done
echo
cpu=$("$score" json-get -f "$out/speed.json" cpu 2>/dev/null) load=$("$score" json-get -f "$out/speed.json" load 2>/dev/null)
ratio=$("$score" json-get -f "$out/speed.json" ratio 2>/dev/null)
cpu_ratio=$("$score" json-get -f "$out/speed.json" cpu_ratio 2>/dev/null)
echo "Accuracy: \`ledebench batch\` scored by ../shared/checks/score (body on scrapinghub, 181 pages; snippets and meta on trafilatura, 990 pages)."
echo "Speed: \`ledebench speed\` on the scrapinghub pages held in memory, GOMAXPROCS=1, CPU ${cpu:-?}, best of $runs, load average ${load:-?} at start;"
mb=$(awk -v b="$(get "$out/speed.json" bytes)" 'BEGIN { printf "%.1f", b / 1e6 }')
echo "peak RSS includes the $mb MB of pages; alloc/page = bytes allocated per page."
awk -v r="${ratio:-0}" -v c="${cpu_ratio:-0}" 'BEGIN {
	if (r > 0) printf "lede/go-trafilatura pages/s: %.2f by the wall clock, %.2f by CPU time.\n", r, c }'
for t in lede trafilatura readability; do
	sh_e=${fig[$t.sh_errors]:-0} tr_e=${fig[$t.tr_errors]:-0} sp_e=${fig[$t.sp_errors]:-0}
	if [ "$sh_e$tr_e$sp_e" != 000 ]; then
		echo "Note: $t failed on $sh_e scrapinghub and $tr_e trafilatura pages, and on $sp_e pages in the speed run; a failed page scores as empty output."
	fi
done
exit 0
