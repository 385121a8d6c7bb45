#!/usr/bin/env bash
# bench/run.sh: measure Dateline's indexing and search at scale, for
# docs/PERFORMANCE.md.
#
#   bench/run.sh [SCALE_PY | CORPUS] [SIZE...]
#
# With scale.py (default ../shared/corpora/scale.py) it builds corpora of
# each SIZE articles (default 1000 10000 100000) as JSONL, and as one .txt
# file per article for the ripgrep comparison; with a corpus path (a file
# or folder) it measures that corpus once. For each corpus it measures:
#
#   build    load + analysis + indexing on disk (benchtool build), articles
#            per second, peak RSS (/usr/bin/time -v)
#   plain    plain bleve, default mapping, one document per article, the
#            same texts (benchtool plain): the 1.5x comparison
#   reopen   opening the built index and running a first query
#   search   p50/p90/p99 over bench/queries.txt (50 queries x 5 rounds)
#   cached   the whole `dateline search` process on the cached index
#   rg       `rg -i -w -c WORD` over the .txt files vs one indexed query
#
# Work files go to $BENCH_WORK (default $TMPDIR/dateline-bench); results
# to $BENCH_WORK/results-<name>.json and a Markdown summary on stdout.
# The run is long at 100,000 articles (tens of minutes on 2 cores); run it
# in the background and read the summary file.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
src=${1:-$repo/../shared/corpora/scale.py}
shift || true
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)
work=${BENCH_WORK:-${TMPDIR:-/tmp}/dateline-bench}
queries=$here/queries.txt
word=${BENCH_WORD:-earthquake} # the keyword of the rg comparison
mkdir -p "$work"

if ! command -v rg >/dev/null; then
	echo "bench: ripgrep (rg) is missing; install it (apt-get install ripgrep)" >&2
	exit 1
fi
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

echo "bench: building dateline and benchtool" >&2
(cd "$repo" && go build -o "$work/dateline" . && go build -o "$work/benchtool" ./bench/benchtool)

machine() {
	echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores"
	echo "- memory: $(free -h | awk '/^Mem:/ {print $2}')"
	echo "- $(go version)"
	echo "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
}

# timed CMD...: runs CMD under /usr/bin/time -v; stdout to $out, the time
# report to $out.time
timed() {
	local out=$1
	shift
	/usr/bin/time -v -o "$out.time" "$@" >"$out"
}

# median wall seconds of N runs of CMD (output discarded)
median_wall() {
	local n=$1
	shift
	for _ in $(seq "$n"); do
		/usr/bin/time -f %e -o "$work/.wall" "$@" >/dev/null 2>&1 || true
		cat "$work/.wall"
	done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

measure() {
	local name=$1 jsonl=$2 txt=$3
	local ix=$work/ix-$name plain=$work/plain-$name
	rm -rf "$ix" "$plain"
	echo "bench: $name: build" >&2
	timed "$work/build-$name.json" "$work/benchtool" build -index "$ix" "$jsonl"
	echo "bench: $name: plain bleve" >&2
	timed "$work/plain-$name.json" "$work/benchtool" plain -index "$plain" "$jsonl"
	rm -rf "$plain"
	echo "bench: $name: reopen" >&2
	"$work/benchtool" open -index "$ix" -n 5 >"$work/open-$name.json"
	echo "bench: $name: search" >&2
	"$work/benchtool" search -index "$ix" -queries "$queries" -rounds 5 >"$work/search-$name.json"
	printf '%s\n' "$word" >"$work/word.txt"
	"$work/benchtool" search -index "$ix" -queries "$work/word.txt" -rounds 21 >"$work/word-$name.json"
	echo "bench: $name: cached dateline search" >&2
	# the first run stores the CLI's fingerprint (benchtool stores its own);
	# nothing is re-indexed, the corpus is loaded and analysed once more
	"$work/dateline" search --index "$ix" "$word" "$jsonl" >/dev/null 2>&1
	local cached
	cached=$(median_wall 5 "$work/dateline" search --index "$ix" "$word" "$jsonl")
	local rgt="null"
	if [ -n "$txt" ]; then
		echo "bench: $name: rg" >&2
		rgt=$(median_wall 5 rg -i -w -c "$word" "$txt")
	fi
	python3 - "$work" "$name" "$cached" "$rgt" <<'EOF'
import json, re, sys
work, name, cached, rgt = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
def load(kind):
    return json.load(open(f"{work}/{kind}-{name}.json"))
def rss_mib(kind):
    t = open(f"{work}/{kind}-{name}.json.time").read()
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t)
    u = re.search(r"User time \(seconds\): ([\d.]+)", t)
    s = re.search(r"System time \(seconds\): ([\d.]+)", t)
    return int(m.group(1)) / 1024, float(u.group(1)) + float(s.group(1))
b, p, o, s, w = load("build"), load("plain"), load("open"), load("search"), load("word")
brss, bcpu = rss_mib("build")
prss, pcpu = rss_mib("plain")
word_ms = w["per_query"][0]["median_ms"]
res = {
    "name": name, "articles": b["articles"], "sentences": b["sentences"],
    "load_s": b["load_s"], "analyse_s": b["analyse_s"], "index_s": b["index_s"],
    "analyse_index_articles_per_s": b["articles_per_s"], "index_articles_per_s": b["indexed_per_s"],
    "build_peak_rss_mib": brss, "build_cpu_s": bcpu, "index_size_mib": b["index_size_bytes"] / 2**20,
    "stage_peak_rss_mib": b["peak_rss_mib"], "live_heap_mib": b["live_heap_mib"], "analysis_stages": b["analysis_stages"],
    "found": {"actors": b["actors"], "expressions": b["expressions"], "figures": b["figures"]},
    "plain_index_s": p["index_s"], "plain_articles_per_s": p["articles_per_s"], "plain_peak_rss_mib": prss, "plain_cpu_s": pcpu,
    "ratio_vs_plain": (b["analyse_s"] + b["index_s"]) / p["index_s"],
    # dateline search analyses without grouping figures into quantities
    "ratio_vs_plain_search": (b["analyse_s"] - sum(st["s"] for st in b["analysis_stages"] if st["name"] == "quantities") + b["index_s"]) / p["index_s"],
    "load_cpu_s": b["load_cpu_s"], "analyse_cpu_s": b["analyse_cpu_s"], "index_cpu_s": b["index_cpu_s"], "plain_index_cpu_s": p["index_cpu_s"],
    "ratio_vs_plain_cpu": (b["analyse_cpu_s"] + b["index_cpu_s"]) / p["index_cpu_s"],
    "analyse_index_articles_per_cpu_s": b["articles"] / (b["analyse_cpu_s"] + b["index_cpu_s"]),
    "reopen_median_ms": o["median_ms"], "reopen_ms": o["open_ms"],
    "search_p50_ms": s["p50_ms"], "search_p90_ms": s["p90_ms"], "search_p99_ms": s["p99_ms"], "search_max_ms": s["max_ms"],
    "queries_without_hits": s["queries_without_hits"], "unresolved_actors": s.get("unresolved_actors"),
    "slowest": [(q["query"], q["median_ms"]) for q in s["slowest"]],
    "word": w["per_query"][0]["query"], "word_hits": w["per_query"][0]["hits"], "word_query_ms": word_ms,
    "cached_cli_s": cached,
    "rg_s": None if rgt == "null" else float(rgt),
}
if res["rg_s"] is not None:
    res["rg_over_query"] = res["rg_s"] * 1000 / word_ms
    res["rg_over_cached_cli"] = res["rg_s"] / cached
json.dump(res, open(f"{work}/results-{name}.json", "w"), indent=2)
EOF
}

summary() {
	python3 - "$work" "$@" <<'EOF'
import json, sys
work, names = sys.argv[1], sys.argv[2:]
rows = [json.load(open(f"{work}/results-{n}.json")) for n in names]
def col(label, f):
    print(f"| {label} | " + " | ".join(f(r) for r in rows) + " |")
print("| | " + " | ".join(f"{r['articles']:,} articles" for r in rows) + " |")
print("|---|" + "---|" * len(rows))
col("sentences indexed", lambda r: f"{r['sentences']:,}")
col("load (s)", lambda r: f"{r['load_s']:.1f}")
col("analysis (s)", lambda r: f"{r['analyse_s']:.1f}")
col("indexing (s)", lambda r: f"{r['index_s']:.1f}")
col("analysis + indexing (articles/s) — target ≥ 300", lambda r: f"{r['analyse_index_articles_per_s']:.0f}")
col("peak RSS of the build (MiB) — target < 2048", lambda r: f"{r['build_peak_rss_mib']:.0f}")
col("peak RSS by stage: load / analysis / indexing (MiB, sampled)", lambda r: " / ".join(f"{r['stage_peak_rss_mib'][k]:.0f}" for k in ("load", "analyse", "index")))
col("live heap after load / analysis / indexing (MiB)", lambda r: " / ".join(f"{r['live_heap_mib'][k]:.0f}" for k in ("loaded", "analysed", "indexed")))
col("analysis steps, s wall: " + " / ".join(s["name"] for s in rows[0]["analysis_stages"]), lambda r: " / ".join(f"{s['s']:.1f}" for s in r["analysis_stages"]))
col("index size (MiB)", lambda r: f"{r['index_size_mib']:.0f}")
col("plain bleve indexing (s)", lambda r: f"{r['plain_index_s']:.1f}")
col("Dateline (analysis + indexing) / plain bleve — target ≤ 1.5", lambda r: f"{r['ratio_vs_plain']:.2f}")
col("the same without the quantities step, as `dateline search` builds", lambda r: f"{r['ratio_vs_plain_search']:.2f}")
col("Dateline's indexing alone / plain bleve", lambda r: f"{r['index_s'] / r['plain_index_s']:.2f}")
col("CPU s: load / analysis / indexing", lambda r: f"{r['load_cpu_s']:.1f} / {r['analyse_cpu_s']:.1f} / {r['index_cpu_s']:.1f}")
col("CPU s: plain bleve indexing", lambda r: f"{r['plain_index_cpu_s']:.1f}")
col("Dateline / plain bleve, CPU time", lambda r: f"{r['ratio_vs_plain_cpu']:.2f}")
col("articles per CPU-second (analysis + indexing)", lambda r: f"{r['analyse_index_articles_per_cpu_s']:.0f}")
col("reopen + first query (ms, median of 5) — target < 1000", lambda r: f"{r['reopen_median_ms']:.0f}")
col("search p50 (ms) — target < 20", lambda r: f"{r['search_p50_ms']:.1f}")
col("search p99 (ms) — target < 100", lambda r: f"{r['search_p99_ms']:.1f}")
col("queries without hits (of 50)", lambda r: str(r['queries_without_hits']))
col("one-word query, indexed (ms)", lambda r: f"{r['word_query_ms']:.2f}")
col("rg over the .txt files (ms)", lambda r: "–" if r['rg_s'] is None else f"{r['rg_s']*1000:.0f}")
col("rg / indexed query — target ≥ 20", lambda r: "–" if r['rg_s'] is None else f"{r['rg_over_query']:.0f}×")
col("whole `dateline search`, cached (ms)", lambda r: f"{r['cached_cli_s']*1000:.0f}")
col("rg / whole cached process", lambda r: "–" if r['rg_s'] is None else f"{r['rg_over_cached_cli']:.1f}×")
print()
for r in rows:
    print(f"- {r['articles']:,}: the analyses found {r['found']}; slowest queries {r['slowest'][:3]}; unresolved actor names {r['unresolved_actors']}")
EOF
}

{
	echo "## Machine"
	machine
	echo
} >"$work/summary.md"

names=()
case "$src" in
*.py)
	for n in "${sizes[@]}"; do
		echo "bench: generating $n articles" >&2
		python3 "$src" --articles "$n" --out "$work/c$n.jsonl" >/dev/null 2>&1
		rm -rf "$work/txt$n"
		python3 "$src" --articles "$n" --out "$work/txt$n" --format txt >/dev/null 2>&1
		measure "$n" "$work/c$n.jsonl" "$work/txt$n"
		names+=("$n")
	done
	;;
*)
	measure corpus "$src" "$([ -d "$src" ] && echo "$src" || true)"
	names+=(corpus)
	;;
esac

{
	echo "## Results"
	echo
	summary "${names[@]}"
	echo
	echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >>"$work/summary.md"
cat "$work/summary.md"
