package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

func init() {
	register(&command{name: "timeline", args: "[--json] [--actor NAME] [--since DATE] [--until DATE] [PATH...]",
		summary: "the story's events in date order, with every report of each", run: runTimeline})
}

// The output of `timeline --json` (schema 1) is {"schema": 1, "articles":
// [timelineArticle], "events": [timelineEvent], "expressions":
// [timelineExpression]}, written by writeTimelineJSON.

type timelineArticle struct {
	ID                 string `json:"id"`
	Published          any    `json:"published"`           // YYYY-MM-DD[THH:MM] or null
	PublishedCertainty any    `json:"published_certainty"` // stated, inferred or null
	PublishedReason    any    `json:"published_reason"`    // why an inferred date was inferred, or null
}

type timelineEvent struct {
	ID          string           `json:"id"`
	Start       any              `json:"start"`
	End         any              `json:"end"`
	Granularity string           `json:"granularity"`
	Certainty   string           `json:"certainty"`
	Summary     string           `json:"summary"`
	Actors      []string         `json:"actors"`
	Reports     []timelineReport `json:"reports"`
}

type timelineReport struct {
	Article       string `json:"article"`
	Sentence      string `json:"sentence"`       // the reporting sentence's text
	SentenceIndex int    `json:"sentence_index"` // its index in the article's sentences
	Expression    string `json:"expression"`     // the expression's text; for a lead dated by publication, the dateline or ""
}

type timelineExpression struct {
	Article       string `json:"article"`
	Text          string `json:"text"`
	Start         any    `json:"start"`
	End           any    `json:"end"`
	Granularity   string `json:"granularity"`
	Certainty     string `json:"certainty"`
	Approximate   bool   `json:"approximate"`    // a rough time: "for nearly three years", "three decades ago"
	Sentence      string `json:"sentence"`       // the sentence's text ("" for the dateline)
	SentenceIndex int    `json:"sentence_index"` // -1: the dateline, outside the body text
}

// timelineFilter selects events and expressions by actor and dates.
type timelineFilter struct {
	actor        *corpus.Actor
	since, until time.Time
}

func (f timelineFilter) dated() bool { return !f.since.IsZero() || !f.until.IsZero() }

// inRange reports whether [start, end] meets the --since/--until window;
// an open end counts as reaching the present.
func (f timelineFilter) inRange(start, end time.Time) bool {
	if !f.dated() {
		return true
	}
	if start.IsZero() {
		return false
	}
	if end.IsZero() {
		end = time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC) // open: reaches the present
	}
	return (f.since.IsZero() || !end.Before(f.since)) && (f.until.IsZero() || !start.After(f.until))
}

func (f timelineFilter) keep(ev corpus.Event) bool {
	if f.actor != nil && !containsString(ev.Actors, f.actor.ID) {
		return false
	}
	return f.inRange(ev.Start, ev.End)
}

func containsString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func runTimeline(e *env, args []string) int {
	c := lookup("timeline")
	fs := newFlags(e, c)
	indexDir := keptStoryFlag(fs)
	asJSON := fs.Bool("json", false, `print JSON (schema 1): {"schema":1,"articles":[…],"events":[…],"expressions":[…]}`)
	actor := fs.String("actor", "", "only events that name this actor (any of its names)")
	since := fs.String("since", "", "only events that reach this date or later (YYYY-MM-DD, YYYY-MM or YYYY)")
	until := fs.String("until", "", "only events that start on or before this date")
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	var f timelineFilter
	for _, d := range []struct {
		flag, val string
		into      *time.Time
	}{{"since", *since, &f.since}, {"until", *until, &f.until}} {
		if d.val == "" {
			continue
		}
		t, err := index.ParseDay(d.val, d.flag == "until")
		if err != nil {
			fmt.Fprintf(e.stderr, "dateline timeline: --%s: %v\n", d.flag, err)
			return exitUsage
		}
		*d.into = t
	}
	if !f.since.IsZero() && !f.until.IsZero() && f.until.Before(f.since) {
		fmt.Fprintf(e.stderr, "dateline timeline: --until %s is before --since %s\n", *until, *since)
		return exitUsage
	}
	st, err := loadStory(e, paths, *indexDir)
	if err != nil {
		return fail(e, err)
	}
	if *actor != "" {
		if f.actor = st.FindActor(*actor); f.actor == nil {
			fmt.Fprintf(e.stderr, "dateline timeline: unknown actor %q (see dateline actors)\n", corpus.Sanitize(*actor))
			return exitUsage
		}
	}
	var events []corpus.Event
	for _, ev := range st.Events {
		if f.keep(ev) {
			events = append(events, ev)
		}
	}
	if *asJSON {
		if err := writeTimelineJSON(e.stdout, st, events, f); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	if err := printTimeline(e.stdout, st, events, f); err != nil {
		return fail(e, err)
	}
	return exitOK
}

// publishedCertainty maps how a publication date is known to a certainty.
func publishedCertainty(a *corpus.Article) any {
	switch a.PublishedHow {
	case corpus.PublishedMetadata, corpus.PublishedText:
		return string(corpus.CertStated)
	case corpus.PublishedInferred:
		return string(corpus.CertInferred)
	}
	return nil
}

// writeTimelineJSON prints the JSON document, its lists one item at a
// time; with --actor the expressions are those of the kept
// events' reports, with --since/--until those resolved inside the window.
func writeTimelineJSON(w io.Writer, st *corpus.Story, events []corpus.Event, f timelineFilter) error {
	reported := map[int]bool{}
	for _, ev := range events {
		for _, r := range ev.Reports {
			reported[r.Expression] = true
		}
	}
	var exprs []int
	for i, x := range st.Expressions {
		if (f.actor == nil || reported[i]) && f.inRange(x.Start, x.End) {
			exprs = append(exprs, i)
		}
	}
	return writeJSONLists(w,
		jsonList{"articles", len(st.Articles), func(i int) any { return timelineArticleJSON(st.Articles[i]) }},
		jsonList{"events", len(events), func(i int) any { return timelineEventJSON(st, events[i]) }},
		jsonList{"expressions", len(exprs), func(i int) any { return timelineExpressionJSON(st, st.Expressions[exprs[i]]) }})
}

func timelineArticleJSON(a *corpus.Article) timelineArticle {
	j := timelineArticle{ID: a.ID, Published: publishedString(a), PublishedCertainty: publishedCertainty(a)}
	if a.PublishedReason != "" {
		j.PublishedReason = corpus.Sanitize(a.PublishedReason)
	}
	return j
}

func timelineEventJSON(st *corpus.Story, ev corpus.Event) timelineEvent {
	j := timelineEvent{ID: ev.ID, Start: dateString(ev.Start), End: dateString(ev.End), Granularity: string(ev.Granularity),
		Certainty: string(ev.Certainty), Summary: ev.Summary, Actors: ev.Actors, Reports: []timelineReport{}}
	if j.Actors == nil {
		j.Actors = []string{}
	}
	for _, r := range ev.Reports {
		text := ""
		if r.Expression >= 0 && r.Expression < len(st.Expressions) {
			text = st.Expressions[r.Expression].Text
		} else if a := st.Article(r.Article); a != nil {
			text = a.Dateline // a lead dated by publication: the dateline, when the text has one
		}
		j.Reports = append(j.Reports, timelineReport{Article: r.Article, Sentence: sentenceText(st, r.Article, r.Sentence), SentenceIndex: r.Sentence, Expression: text})
	}
	return j
}

func timelineExpressionJSON(st *corpus.Story, x corpus.TimeExpr) timelineExpression {
	return timelineExpression{Article: x.Article, Text: x.Text,
		Start: dateString(x.Start), End: dateString(x.End), Granularity: string(x.Granularity),
		Certainty: string(x.Certainty), Approximate: x.Approximate, Sentence: sentenceText(st, x.Article, x.Sentence),
		SentenceIndex: x.Sentence}
}

// printTimeline prints the events as readable text: dated events in date
// order, then each article's undated lane.
func printTimeline(w io.Writer, st *corpus.Story, events []corpus.Event, f timelineFilter) error {
	var b strings.Builder
	var dated, undated []corpus.Event
	for _, ev := range events {
		if ev.Dated() {
			dated = append(dated, ev)
		} else {
			undated = append(undated, ev)
		}
	}
	title := st.Name
	if title == "" {
		title = "timeline"
	}
	fmt.Fprintf(&b, "%s: %d events (%d dated, %d undated) in %d articles", corpus.Sanitize(title), len(events),
		len(dated), len(undated), len(st.Articles))
	if f.actor != nil {
		fmt.Fprintf(&b, ", naming %s", corpus.Sanitize(f.actor.Name))
	}
	b.WriteString("\n")
	for _, a := range st.Articles {
		if a.PublishedHow == corpus.PublishedInferred {
			fmt.Fprintf(&b, "  %s: published %s inferred (%s)\n", corpus.Sanitize(a.ID), a.Published.Format("2006-01-02"),
				corpus.Sanitize(a.PublishedReason))
		}
	}
	for _, ev := range dated {
		b.WriteString("\n")
		writeEvent(&b, st, ev, eventWhen(ev))
	}
	if len(undated) > 0 {
		fmt.Fprintf(&b, "\nUndated (relative to a publication date that is unknown), by article:\n")
		lane := ""
		for _, ev := range undated {
			if art := ev.Reports[0].Article; art != lane {
				lane = art
				fmt.Fprintf(&b, "\n%s\n", corpus.Sanitize(articleLabel(st, art)))
			}
			writeEvent(&b, st, ev, "")
		}
	}
	if f.dated() {
		fmt.Fprintf(&b, "\n(undated events are left out when --since or --until is given)\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// eventWhen formats an event's dates for the text output.
func eventWhen(ev corpus.Event) string {
	start := ev.Start.Format("2006-01-02")
	switch {
	case ev.End.IsZero():
		return start + " → (open)"
	case ev.End.Equal(ev.Start):
		return start
	case ev.Granularity == corpus.GranMonth && ev.Start.Day() == 1 && ev.End.Equal(ev.Start.AddDate(0, 1, -1)):
		return ev.Start.Format("2006-01")
	case ev.Granularity == corpus.GranYear && ev.Start.YearDay() == 1 && ev.End.Equal(ev.Start.AddDate(1, 0, -1)):
		return ev.Start.Format("2006")
	}
	return start + " → " + ev.End.Format("2006-01-02")
}

// writeEvent prints one event: its date line, summary, actors and reports.
func writeEvent(b *strings.Builder, st *corpus.Story, ev corpus.Event, when string) {
	if when != "" {
		fmt.Fprintf(b, "%s  [%s, %s]\n", when, ev.Granularity, ev.Certainty)
	}
	fmt.Fprintf(b, "  %s\n", corpus.Sanitize(ev.Summary))
	if len(ev.Actors) > 0 {
		names := make([]string, 0, len(ev.Actors))
		for _, id := range ev.Actors {
			if a := st.Actor(id); a != nil {
				names = append(names, a.Name)
			} else {
				names = append(names, id)
			}
		}
		fmt.Fprintf(b, "  actors: %s\n", corpus.Sanitize(strings.Join(names, ", ")))
	}
	for _, r := range ev.Reports {
		expr := "lead, dated by the publication date"
		if a := st.Article(r.Article); a != nil && a.Dateline != "" {
			expr = fmt.Sprintf("lead, dated by the dateline %q", a.Dateline)
		}
		if r.Expression >= 0 && r.Expression < len(st.Expressions) {
			expr = fmt.Sprintf("%q", st.Expressions[r.Expression].Text)
		}
		fmt.Fprintf(b, "  - %s, sentence %d: %s\n", corpus.Sanitize(r.Article), r.Sentence+1, corpus.Sanitize(expr))
	}
}

// articleLabel names an article with its title and publication date.
func articleLabel(st *corpus.Story, id string) string {
	a := st.Article(id)
	if a == nil {
		return id
	}
	pub := "publication date unknown"
	if a.HasPublished() {
		pub = "published " + a.Published.Format("2006-01-02")
	}
	if a.Title != "" {
		return fmt.Sprintf("%s — %s (%s)", a.ID, a.Title, pub)
	}
	return fmt.Sprintf("%s (%s)", a.ID, pub)
}
