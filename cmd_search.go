package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

func init() {
	register(&command{
		name:    "search",
		args:    "QUERY [PATH...]",
		summary: "search the sentences of the articles (bleve query-string syntax)",
		run:     runSearch,
	})
}

// searchJSON is the --json output, schema 1.
type searchJSON struct {
	Schema int             `json:"schema"`
	Total  uint64          `json:"total"`
	TookMS float64         `json:"took_ms"`
	Hits   []searchHitJSON `json:"hits"`
	Facets struct {
		Actors  map[string]int `json:"actors"`
		Sources map[string]int `json:"sources"`
		Months  map[string]int `json:"months"`
	} `json:"facets"`
}

type searchHitJSON struct {
	Article   string   `json:"article"`
	Sentence  int      `json:"sentence"`
	Score     float64  `json:"score"`
	Text      string   `json:"text"`
	Fragments []string `json:"fragments"`
	Actors    []string `json:"actors"`
	Date      any      `json:"date"`
}

func runSearch(e *env, args []string) int {
	c := lookup("search")
	fs := newFlags(e, c)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), `Usage: dateline search [flags] QUERY [PATH...]

Search the sentences of the articles. QUERY uses bleve's query-string
syntax: words, "a phrase", +must, -mustnot, field:value, fuzzy~ (misspelt
names), wildcards*, and ranges such as figures:>1000 or
published:>="2024-12-01" (a month or a year too: events:<="2024-11" is
up to the end of November). Fields: text (the default), article, source
(any case), actors (any of an actor's names: actors:WHO), date
(2024-12-11), month (2024-12), year, published, events, figures. An empty
QUERY ("") lists every sentence the filters keep.

--actor keeps, with a QUERY, the matching sentences of articles that name
the actor (its own sentences first); without one, the sentences that name
it. --since and --until compare the days a sentence is about: the dates it
states, else its article's publication date.

Large corpora are indexed once in the user's cache folder and reopened on
later runs; only changed articles are re-indexed.

Flags:
`)
		fs.PrintDefaults()
	}
	asJSON := fs.Bool("json", false, "print JSON (schema 1)")
	var actors multiFlag
	fs.Var(&actors, "actor", "keep matches in articles that name this actor, its own sentences first; with an empty QUERY, the sentences that name it (any of its names; repeatable)")
	source := fs.String("source", "", "keep sentences from this source")
	since := fs.String("since", "", "keep sentences dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
	until := fs.String("until", "", "keep sentences dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
	limit := fs.Int("limit", index.DefaultLimit, "show at most N hits")
	indexDir := fs.String("index", "", "keep the index in folder `DIR` (default: the user's cache folder for large corpora)")
	pos, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	filtered := len(actors) > 0 || *source != "" || *since != "" || *until != ""
	if len(pos) == 0 && !filtered {
		fmt.Fprintf(e.stderr, "dateline search: missing QUERY (see --help)\n")
		return exitUsage
	}
	if *limit < 1 {
		fmt.Fprintf(e.stderr, "dateline search: --limit must be at least 1\n")
		return exitUsage
	}
	q := index.Query{Source: strings.TrimSpace(*source), Limit: *limit}
	for _, d := range []struct {
		flag, val string
		into      *time.Time
	}{{"since", *since, &q.Since}, {"until", *until, &q.Until}} {
		if strings.TrimSpace(d.val) == "" {
			continue
		}
		t, err := index.ParseDay(strings.TrimSpace(d.val), d.flag == "until")
		if err != nil {
			fmt.Fprintf(e.stderr, "dateline search: --%s: %v\n", d.flag, err)
			return exitUsage
		}
		*d.into = t
	}
	if !q.Since.IsZero() && !q.Until.IsZero() && q.Until.Before(q.Since) {
		fmt.Fprintf(e.stderr, "dateline search: --until %s is before --since %s\n", *until, *since)
		return exitUsage
	}
	var paths []string
	if len(pos) > 0 {
		q.Text, paths = pos[0], pos[1:]
	}

	// bleve's scorch reports a snapshot it cannot load on the standard
	// logger; the damaged-index message below says it in one line
	log.SetOutput(io.Discard)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	report, stopProgress := e.showProgress()
	ix, st, err := openIndex(ctx, e, paths, indexing{dir: *indexDir, progress: report})
	stopProgress()
	if err != nil {
		return fail(e, err)
	}
	defer ix.Close()

	if len(actors) > 0 {
		if st == nil {
			st = &corpus.Story{Actors: ix.Actors()} // a cached index knows the actors' names
		}
		for _, name := range actors {
			a := st.FindActor(name)
			if a == nil {
				fmt.Fprintf(e.stderr, "dateline search: --actor %q: no actor of that name in the corpus%s\n", name, actorHint(st))
				return exitUsage
			}
			q.Actors = append(q.Actors, a.ID)
		}
	}
	if _, ok := ix.FindSource(q.Source); q.Source != "" && !ok {
		fmt.Fprintf(e.stderr, "dateline search: --source %q: no article is from that source%s\n", corpus.Sanitize(q.Source), sourceHint(ix.Sources()))
		return exitUsage
	}
	res, err := ix.Search(ctx, q)
	if err != nil {
		var bad *index.QueryError
		if errors.As(err, &bad) {
			fmt.Fprintf(e.stderr, "dateline search: %v\n", err)
			return exitUsage
		}
		return fail(e, err)
	}
	if *asJSON {
		if err := writeJSON(e.stdout, searchToJSON(res)); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	printResults(e.stdout, res, isTerminalWriter(e.stdout))
	return exitOK
}

// actorHint lists a few actor names for an --actor that matched none.
func actorHint(st *corpus.Story) string {
	if len(st.Actors) == 0 {
		return " (no actors were found)"
	}
	names := make([]string, 0, hintNames+1)
	for _, a := range st.Actors[:min(len(st.Actors), hintNames+1)] {
		names = append(names, a.Name)
	}
	return "; actors include: " + someNames(names)
}

// sourceHint lists a few sources for a --source that matched none.
func sourceHint(sources []string) string {
	if len(sources) == 0 {
		return " (no article names its source)"
	}
	return "; sources: " + someNames(sources)
}

// hintNames is how many names a hint lists.
const hintNames = 8

// someNames lists the first hintNames names, sanitised, with "…" when
// there are more.
func someNames(names []string) string {
	var out []string
	for i, n := range names {
		if i == hintNames {
			out = append(out, "…")
			break
		}
		out = append(out, corpus.Sanitize(n))
	}
	return strings.Join(out, ", ")
}

func searchToJSON(r *index.Results) searchJSON {
	out := searchJSON{Schema: 1, Total: r.Total, TookMS: float64(r.Took.Microseconds()) / 1000, Hits: []searchHitJSON{}}
	for _, h := range r.Hits {
		hj := searchHitJSON{Article: h.Article, Sentence: h.Sentence, Score: h.Score, Text: h.Text,
			Fragments: h.Fragments, Actors: h.Actors, Date: dateString(h.Date)}
		if hj.Fragments == nil {
			hj.Fragments = []string{}
		}
		if hj.Actors == nil {
			hj.Actors = []string{}
		}
		out.Hits = append(out.Hits, hj)
	}
	counts := func(fc []index.FacetCount) map[string]int {
		m := make(map[string]int, len(fc))
		for _, f := range fc {
			m[f.Term] = f.Count
		}
		return m
	}
	out.Facets.Actors = counts(r.Facets.Actors)
	out.Facets.Sources = counts(r.Facets.Sources)
	out.Facets.Months = counts(r.Facets.Months)
	return out
}

// printResults writes the hits as text: a line per hit naming it, then
// its fragments with the matches in bold on a terminal or in [brackets].
func printResults(w io.Writer, r *index.Results, bold bool) {
	open, close := "[", "]"
	if bold {
		open, close = "\x1b[1m", "\x1b[0m"
	}
	fmt.Fprintf(w, "%d %s (%.1f ms)\n", r.Total, plural(int(r.Total), "sentence", "sentences"), float64(r.Took.Microseconds())/1000)
	for _, h := range r.Hits {
		line := fmt.Sprintf("\n%s #%d", corpus.Sanitize(h.Article), h.Sentence)
		if !h.Date.IsZero() {
			line += "  " + h.Date.Format("2006-01-02")
		}
		if len(h.Actors) > 0 {
			line += "  [" + strings.Join(h.Actors, ", ") + "]"
		}
		fmt.Fprintln(w, line)
		for _, f := range h.Fragments {
			f = strings.NewReplacer("<mark>", open, "</mark>", close).Replace(corpus.Sanitize(f))
			fmt.Fprintf(w, "  %s\n", f)
		}
	}
	if n := len(r.Hits); uint64(n) < r.Total {
		fmt.Fprintf(w, "\n(showing %d of %d; use --limit)\n", n, r.Total)
	}
	facet := func(name string, fc []index.FacetCount) {
		if len(fc) == 0 {
			return
		}
		parts := make([]string, len(fc))
		for i, f := range fc {
			parts[i] = fmt.Sprintf("%s %d", corpus.Sanitize(f.Term), f.Count)
		}
		fmt.Fprintf(w, "%-8s %s\n", name+":", strings.Join(parts, ", "))
	}
	if r.Total > 0 {
		fmt.Fprintln(w)
		facet("actors", r.Facets.Actors)
		facet("sources", r.Facets.Sources)
		facet("months", r.Facets.Months)
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// isTerminalWriter says w is a terminal.
func isTerminalWriter(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}
