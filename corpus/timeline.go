package corpus

// Events are built from temporal expressions: each expression in a body
// sentence is a report of something that happened (or will) at that time;
// an article's lead sentence without a date of its own, in an article
// whose publication date is known, reports the news of that day. Reports
// of the same happening — the same resolved dates, or the same relative
// expression, in similar words — are grouped into one event across
// articles. Dated events are ordered by date; undated ones follow in
// article and text order, one lane per article.

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Report is one article's telling of an event.
type Report struct {
	Article    string `json:"article"`
	Sentence   int    `json:"sentence"`   // index into that article's Sentences
	Expression int    `json:"expression"` // index into Story.Expressions; -1: the lead, dated by the publication date
}

// Event is something that happened or will happen at a time, as reported by
// one or more articles. Undated events (only relative expressions) have
// zero Start and End and sit in their article's undated lane.
type Event struct {
	ID          string      `json:"id"`
	Start       time.Time   `json:"-"`
	End         time.Time   `json:"-"` // zero for an open range ("since 2021" with no publication date)
	Granularity Granularity `json:"granularity"`
	Certainty   Certainty   `json:"certainty"`
	Summary     string      `json:"summary"`
	Actors      []string    `json:"actors"` // actor ids
	Reports     []Report    `json:"reports"`
}

// Dated reports whether the event has calendar dates.
func (e Event) Dated() bool { return !e.Start.IsZero() }

// maxSummary is the longest summary, in runes.
const maxSummary = 200

// eventCandidate is one report before grouping.
type eventCandidate struct {
	ev    Event
	words []string // content-word stems of the sentence, sorted, unique
	key   string   // grouping bucket: the dates, or the relative expression's words
	art   int      // position of the article in the corpus
	pos   int      // byte offset in the article
}

// BuildEvents turns temporal expressions into events, grouping reports of
// the same happening across articles, ordered by date; undated events
// follow in article and text order.
func BuildEvents(arts []*Article, exprs []TimeExpr, actors []*Actor) []Event {
	artPos := make(map[string]int, len(arts))
	for i, a := range arts {
		artPos[a.ID] = i
	}
	type place struct {
		art string
		sen int
	}
	actorsAt := map[place][]string{}
	for _, ac := range actors {
		for _, m := range ac.Mentions {
			k := place{m.Article, m.Sentence}
			if l := actorsAt[k]; len(l) == 0 || l[len(l)-1] != ac.ID {
				actorsAt[k] = append(l, ac.ID)
			}
		}
	}
	byArt := make([][]int, len(arts)) // expression indexes per article
	for i, x := range exprs {
		if ai, ok := artPos[x.Article]; ok && x.Sentence >= 0 && x.Sentence < len(arts[ai].Sentences) {
			byArt[ai] = append(byArt[ai], i)
		}
	}
	// summaries and word stems per article, in parallel; grouping is sequential
	perArt := make([][]eventCandidate, len(arts))
	parallel(len(arts), func(ai int) {
		a := arts[ai]
		var cands []eventCandidate
		hasPoint := map[int]bool{} // sentences with a day, week or time of their own
		for _, i := range byArt[ai] {
			x := exprs[i]
			switch x.Granularity {
			case GranDay, GranTime, GranWeek:
				hasPoint[x.Sentence] = true
			}
			sen := a.Sentences[x.Sentence]
			c := eventCandidate{
				ev: Event{Start: x.Start, End: x.End, Granularity: x.Granularity, Certainty: x.Certainty,
					Summary: Summarize(sen.Text), Actors: slices.Clone(actorsAt[place{a.ID, x.Sentence}]),
					Reports: []Report{{Article: a.ID, Sentence: x.Sentence, Expression: i}}},
				words: contentStems(sen.Text, x.Span.Start-sen.Start, x.Span.End-sen.Start),
				art:   ai, pos: x.Span.Start,
			}
			if x.Resolved() {
				c.key = x.Start.Format("2006-01-02") + "/" + string(x.Granularity)
			} else {
				c.key = "~" + strings.Join(strings.Fields(strings.ToLower(x.Text)), " ")
			}
			cands = append(cands, c)
		}
		if c, ok := leadEvent(a, ai, hasPoint[leadSentence(a)]); ok {
			c.ev.Actors = slices.Clone(actorsAt[place{a.ID, c.ev.Reports[0].Sentence}])
			cands = append(cands, c)
		}
		perArt[ai] = cands
	}, func(int) {})
	var cands []eventCandidate
	for _, c := range perArt {
		cands = append(cands, c...)
	}
	events := groupReports(cands)
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		if a.ev.Dated() != b.ev.Dated() {
			return a.ev.Dated()
		}
		if a.ev.Dated() {
			if !a.ev.Start.Equal(b.ev.Start) {
				return a.ev.Start.Before(b.ev.Start)
			}
			if !a.ev.End.Equal(b.ev.End) {
				return a.ev.End.Before(b.ev.End)
			}
		}
		if a.art != b.art {
			return a.art < b.art
		}
		return a.pos < b.pos
	})
	out := make([]Event, len(events))
	for i, c := range events {
		c.ev.ID = fmt.Sprintf("e%d", i+1)
		if c.ev.Actors == nil {
			c.ev.Actors = []string{}
		}
		out[i] = c.ev
	}
	return out
}

// leadSentence returns the index of the article's lead: its first sentence
// of at least eight words that ends like a sentence (headlines and
// captions do not), or -1.
func leadSentence(a *Article) int {
	for i, s := range a.Sentences {
		if i > 3 {
			break
		}
		if len(strings.Fields(s.Text)) >= 8 && endsSentence(s.Text) {
			return i
		}
	}
	return -1
}

// leadEvent makes the lead sentence an event of the publication day when
// the article's date is known, the lead tells something that has happened
// (a past or perfect verb comes first) and it has no day of its own.
func leadEvent(a *Article, ai int, hasPoint bool) (eventCandidate, bool) {
	li := leadSentence(a)
	if li < 0 || hasPoint || !a.HasPublished() {
		return eventCandidate{}, false
	}
	sen := a.Sentences[li]
	sc := dateScanner{toks: dateTokens(nil, a.Text, sen.Start, sen.End)}
	if sc.tenseAt(0, -1) != tensePast {
		return eventCandidate{}, false
	}
	cert := CertResolved
	if a.PublishedHow == PublishedInferred {
		cert = CertInferred
	}
	d := dayOf(a.Published)
	return eventCandidate{
		ev: Event{Start: d, End: d, Granularity: GranDay, Certainty: cert, Summary: Summarize(sen.Text),
			Reports: []Report{{Article: a.ID, Sentence: li, Expression: -1}}},
		words: contentStems(sen.Text, 0, 0),
		key:   d.Format("2006-01-02") + "/" + string(GranDay),
		art:   ai, pos: sen.Start,
	}, true
}

// groupReports merges candidates that report the same happening: same
// bucket (dates or relative expression), compatible ends, similar words.
// An inverted index of words per bucket keeps it near linear.
func groupReports(cands []eventCandidate) []eventCandidate {
	var groups []eventCandidate
	type postKey struct {
		bucket, word string
	}
	posting := map[postKey][]int{}
	for _, c := range cands {
		best, bestScore := -1, 0.0
		shared := map[int]int{}
		for _, w := range c.words {
			for _, g := range posting[postKey{c.key, w}] {
				shared[g]++
			}
		}
		for g, n := range shared {
			// the most similar group; among equally similar ones the one
			// formed first, the happening the corpus reported first
			// (shared is a map: without this its order would choose)
			sc := similarity(n, len(c.words), len(groups[g].words), shareAny(c.ev.Actors, groups[g].ev.Actors))
			if sc == 0 || sc < bestScore || sc == bestScore && g > best || !compatibleEnds(groups[g].ev, c.ev) {
				continue
			}
			best, bestScore = g, sc
		}
		if best < 0 {
			groups = append(groups, c)
			gi := len(groups) - 1
			for _, w := range c.words {
				k := postKey{c.key, w}
				if len(posting[k]) < 64 {
					posting[k] = append(posting[k], gi)
				}
			}
			continue
		}
		g := &groups[best]
		g.ev.Reports = append(g.ev.Reports, c.ev.Reports...)
		for _, id := range c.ev.Actors {
			if !hasString(g.ev.Actors, id) {
				g.ev.Actors = append(g.ev.Actors, id)
			}
		}
		if certRank(c.ev.Certainty) < certRank(g.ev.Certainty) {
			g.ev.Certainty = c.ev.Certainty
			g.ev.Summary = c.ev.Summary
		}
		if g.ev.End.IsZero() {
			g.ev.End = c.ev.End
		}
		if c.art < g.art || (c.art == g.art && c.pos < g.pos) {
			g.art, g.pos = c.art, c.pos
		}
	}
	return groups
}

// similarity scores two reports' words: n shared of la and lb content
// words, and whether they name an actor in common. Zero means "not the
// same happening".
func similarity(n, la, lb int, sameActor bool) float64 {
	small := min(la, lb)
	if small == 0 {
		return 0
	}
	score := float64(n) / float64(small)
	switch {
	case n >= 3 && score >= 0.5:
		return score
	case n >= 2 && score >= 0.35 && sameActor:
		return score
	}
	return 0
}

// compatibleEnds reports whether two reports' intervals can be the same:
// equal ends, or one end unknown.
func compatibleEnds(a, b Event) bool {
	return a.End.IsZero() || b.End.IsZero() || a.End.Equal(b.End)
}

func certRank(c Certainty) int {
	switch c {
	case CertStated:
		return 0
	case CertResolved:
		return 1
	case CertInferred:
		return 2
	}
	return 3
}

func shareAny(a, b []string) bool {
	for _, x := range a {
		if hasString(b, x) {
			return true
		}
	}
	return false
}

func hasString(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// eventStopWords carry no content for comparing two reports.
var eventStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true, "to": true, "for": true,
	"from": true, "by": true, "with": true, "and": true, "or": true, "but": true, "as": true, "is": true,
	"are": true, "was": true, "were": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"it": true, "its": true, "this": true, "that": true, "their": true, "they": true, "them": true, "he": true,
	"she": true, "his": true, "her": true, "we": true, "our": true, "will": true, "would": true, "said": true,
	"says": true, "after": true, "before": true, "which": true, "who": true, "than": true, "more": true,
	"some": true, "also": true, "not": true, "into": true, "up": true, "out": true, "over": true, "about": true,
	"all": true, "s": true, "t": true, "there": true, "can": true, "could": true, "may": true, "being": true,
}

// contentStems returns the sorted, unique stems of the content words of
// text, leaving out the expression at [skipFrom, skipTo).
func contentStems(text string, skipFrom, skipTo int) []string {
	var out []string
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if !(start >= skipFrom && end <= skipTo) {
			w := strings.ToLower(text[start:end])
			if !eventStopWords[w] && utf8.RuneCountInString(w) > 1 {
				out = append(out, foldStem(w))
			}
		}
		start = -1
	}
	for i, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(text))
	sort.Strings(out)
	u := out[:0]
	for i, w := range out {
		if i == 0 || w != out[i-1] {
			u = append(u, w)
		}
	}
	return u
}

// foldStem crudely folds inflections: voted, votes, voting → vot.
func foldStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s", "e"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// Summarize makes a one-line summary of a reporting sentence: sanitized,
// spaces collapsed, cut at a word boundary to at most 200 characters.
func Summarize(sentence string) string {
	s := strings.Join(strings.Fields(Sanitize(sentence)), " ")
	if utf8.RuneCountInString(s) <= maxSummary {
		return s
	}
	cut, runes := 0, 0
	for i := range s {
		if runes >= maxSummary {
			break
		}
		if s[i] == ' ' {
			cut = i
		}
		runes++
	}
	if cut == 0 {
		cut = len(s)
	}
	return strings.TrimRight(s[:cut], " ,;:–—-") + "…"
}
