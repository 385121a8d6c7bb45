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
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
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
	named := actorsBySentence(arts, artPos, actors)
	// expression indexes per article, in one array
	exprArt := make([]int32, len(exprs))
	exprStart := make([]int, len(arts)+1)
	for i, x := range exprs {
		exprArt[i] = -1
		if ai, ok := artPos[x.Article]; ok && x.Sentence >= 0 && x.Sentence < len(arts[ai].Sentences) {
			exprArt[i] = int32(ai)
			exprStart[ai+1]++
		}
	}
	for ai := range arts {
		exprStart[ai+1] += exprStart[ai]
	}
	byArt := make([]int, exprStart[len(arts)])
	fill := slices.Clone(exprStart[:len(arts)])
	for i, ai := range exprArt {
		if ai >= 0 {
			byArt[fill[ai]] = i
			fill[ai]++
		}
	}
	// summaries and word stems per article, in parallel, each article's
	// candidates in its own stretch of one array (its expressions, then
	// its lead); grouping is sequential
	slots := make([]eventCandidate, exprStart[len(arts)]+len(arts))
	// each candidate's one report, in one array for all
	slotReports := make([]Report, len(slots))
	report := func(slot int, r Report) []Report {
		slotReports[slot] = r
		return slotReports[slot : slot+1 : slot+1]
	}
	parallel(len(arts), func(ai int) {
		a := arts[ai]
		sc := timelineScratches.Get().(*timelineScratch)
		defer timelineScratches.Put(sc)
		first := exprStart[ai] + ai
		cands := slots[first : exprStart[ai+1]+ai+1]
		actorsAt := func(sen int) []string { return named.At(artPos[a.ID], sen) }
		lead := leadSentence(a)
		leadHasPoint := false // the lead has a day, week or time of its own
		for k, i := range byArt[exprStart[ai]:exprStart[ai+1]] {
			x := exprs[i]
			switch x.Granularity {
			case GranDay, GranTime, GranWeek:
				leadHasPoint = leadHasPoint || x.Sentence == lead
			}
			sen := a.Sentences[x.Sentence]
			c := eventCandidate{
				ev: Event{Start: x.Start, End: x.End, Granularity: x.Granularity, Certainty: x.Certainty,
					Summary: Summarize(sen.Text), Actors: actorsAt(x.Sentence),
					Reports: report(first+k, Report{Article: a.ID, Sentence: x.Sentence, Expression: i})},
				words: sc.contentStems(sen.Text, x.Span.Start-sen.Start, x.Span.End-sen.Start),
				art:   ai, pos: x.Span.Start,
			}
			if x.Resolved() {
				c.key = eventDayKey(x.Start, x.Granularity, x.Certainty)
			} else {
				// lower case and single spaces: what
				// strings.Join(strings.Fields(strings.ToLower(x.Text)), " ") gives
				b := append(sc.key[:0], '~')
				b = appendLower(b, joinFields(x.Text))
				c.key = string(b)
				sc.key = b
			}
			cands[k] = c
		}
		last := first + len(cands) - 1
		if c, ok := sc.leadEvent(a, ai, leadHasPoint, slotReports[last:last+1:last+1]); ok {
			c.ev.Actors = actorsAt(c.ev.Reports[0].Sentence)
			cands[len(cands)-1] = c
		}
	}, func(int) {})
	// the candidates in article order, without the slots of articles that
	// have no lead event
	cands := slots[:0]
	for i := range slots {
		if slots[i].ev.Reports != nil {
			cands = append(cands, slots[i])
		}
	}
	clear(slots[len(cands):])
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
		c.ev.ID = "e" + strconv.Itoa(i+1)
		if c.ev.Actors == nil {
			c.ev.Actors = []string{}
		}
		out[i] = c.ev
	}
	return out
}

// eventDayKey is the grouping bucket of a resolved report: its day key,
// apart for a report dated only against an inferred publication date. An
// event stated or resolved by dated articles does not take in a report of
// an undated one: that report's day is only inferred, and the event would
// give it a certainty it does not have.
func eventDayKey(d time.Time, g Granularity, c Certainty) string {
	if c == CertInferred {
		return dayKey(d, g) + "/inferred"
	}
	return dayKey(d, g)
}

// dayKey is the grouping bucket of a resolved report: its start day and
// granularity ("2024-12-11/day").
func dayKey(d time.Time, g Granularity) string {
	var buf [48]byte
	b := d.AppendFormat(buf[:0], "2006-01-02")
	b = append(b, '/')
	b = append(b, g...)
	return string(b)
}

// SentenceActors is which actors each sentence of each article names:
// for each article, (sentence, actor) pairs ordered by sentence and, within
// a sentence, in the order of the actors and their mentions. The timeline
// and the search index read it.
type SentenceActors struct {
	actors []*Actor
	start  []int // per article: where its pairs begin in pairs
	pairs  []sentenceActor
}

// sentenceActor is one mention of actor number actor in a sentence.
type sentenceActor struct{ sent, actor int32 }

// ActorsBySentence gathers the actors' mentions by article (its position
// in arts) and sentence.
func ActorsBySentence(arts []*Article, actors []*Actor) *SentenceActors {
	artPos := make(map[string]int, len(arts))
	for i, a := range arts {
		artPos[a.ID] = i
	}
	return actorsBySentence(arts, artPos, actors)
}

// actorsBySentence gathers the mentions of the actors by article (by id,
// as artPos gives it) and sentence, in one array.
func actorsBySentence(arts []*Article, artPos map[string]int, actors []*Actor) *SentenceActors {
	sa := &SentenceActors{actors: actors, start: make([]int, len(arts)+1)}
	total := 0
	for _, ac := range actors {
		total += len(ac.Mentions)
	}
	artOf := make([]int32, 0, total)
	for _, ac := range actors {
		for k := range ac.Mentions {
			ai, ok := artPos[ac.Mentions[k].Article]
			if !ok {
				ai = -1
			} else {
				sa.start[ai+1]++
			}
			artOf = append(artOf, int32(ai))
		}
	}
	for ai := range arts {
		sa.start[ai+1] += sa.start[ai]
	}
	sa.pairs = make([]sentenceActor, sa.start[len(arts)])
	fill := slices.Clone(sa.start[:len(arts)])
	n := 0
	for i, ac := range actors {
		for k := range ac.Mentions {
			if ai := artOf[n]; ai >= 0 {
				sa.pairs[fill[ai]] = sentenceActor{int32(ac.Mentions[k].Sentence), int32(i)}
				fill[ai]++
			}
			n++
		}
	}
	for ai := range arts {
		slices.SortStableFunc(sa.pairs[sa.start[ai]:sa.start[ai+1]], func(x, y sentenceActor) int { return cmp.Compare(x.sent, y.sent) })
	}
	return sa
}

// At returns the ids of the actors article number ai names in sentence
// sen, each once, in the actors' order; nil when it names none.
func (sa *SentenceActors) At(ai, sen int) []string {
	ps := sa.pairs[sa.start[ai]:sa.start[ai+1]]
	i, _ := slices.BinarySearchFunc(ps, int32(sen), func(p sentenceActor, s int32) int { return cmp.Compare(p.sent, s) })
	j := i
	n := 0
	last := ""
	for ; j < len(ps) && ps[j].sent == int32(sen); j++ {
		if id := sa.actors[ps[j].actor].ID; n == 0 || id != last {
			n, last = n+1, id
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]string, 0, n)
	for _, p := range ps[i:j] {
		if id := sa.actors[p.actor].ID; len(out) == 0 || out[len(out)-1] != id {
			out = append(out, id)
		}
	}
	return out
}

// timelineScratch is one worker's scratch while events are built.
type timelineScratch struct {
	stems []string
	toks  []dateToken
	key   []byte
	lows  lowerCache
}

var timelineScratches = sync.Pool{New: func() any { return new(timelineScratch) }}

// leadSentence returns the index of the article's lead: its first sentence
// of at least eight words that ends like a sentence (headlines and
// captions do not), or -1.
func leadSentence(a *Article) int {
	for i, s := range a.Sentences {
		if i > 3 {
			break
		}
		if fieldCount(s.Text) >= 8 && endsSentence(s.Text) {
			return i
		}
	}
	return -1
}

// leadEvent makes the lead sentence an event of the publication day when
// the article's date is known, the lead tells something that has happened
// (a past or perfect verb comes first) and it has no day of its own. Its
// one report is written in report, a slice of length one.
func (ts *timelineScratch) leadEvent(a *Article, ai int, hasPoint bool, report []Report) (eventCandidate, bool) {
	li := leadSentence(a)
	if li < 0 || hasPoint || !a.HasPublished() {
		return eventCandidate{}, false
	}
	sen := a.Sentences[li]
	ts.toks = dateTokens(ts.toks[:0], a.Text, sen.Start, sen.End, &ts.lows)
	sc := dateScanner{toks: ts.toks}
	if sc.tenseAt(0, -1) != tensePast {
		return eventCandidate{}, false
	}
	cert := CertResolved
	if a.PublishedHow == PublishedInferred {
		cert = CertInferred
	}
	d := dayOf(a.Published)
	report[0] = Report{Article: a.ID, Sentence: li, Expression: -1}
	return eventCandidate{
		ev: Event{Start: d, End: d, Granularity: GranDay, Certainty: cert, Summary: Summarize(sen.Text),
			Reports: report},
		words: ts.contentStems(sen.Text, 0, 0),
		key:   eventDayKey(d, GranDay, cert),
		art:   ai, pos: sen.Start,
	}, true
}

// groupReports merges candidates that report the same happening: same
// bucket (dates or relative expression), compatible ends, similar words.
// An inverted index of words per bucket keeps it near linear: for each
// bucket and word, a list of at most 64 groups, linked through one array.
// The groups are made in cands, which is overwritten: a group stands at
// the place of the candidate that opened it until the groups are moved to
// the front, in the order they were opened. The reports of all groups are
// gathered at the end in one array, each group's in the order they joined
// it (they decide nothing while the groups form).
func groupReports(cands []eventCandidate) []eventCandidate {
	var groups []int32 // the candidates that opened a group
	groupOf := make([]int32, len(cands))
	// buckets and words by number, so that a posting's key is one integer
	bucketIDs, wordIDs := map[string]uint32{}, map[string]uint32{}
	type postList struct {
		head, n int32 // the entry added last (-1: none) and how many
	}
	posting := map[uint64]postList{}
	// the entries: a group and the entry added before it to its list; at
	// most one per word of a candidate
	words := 0
	for i := range cands {
		words += len(cands[i].words)
	}
	postGroup, postNext := make([]int32, 0, words), make([]int32, 0, words)
	// per group: how many of the candidate's words it shares; the groups
	// sharing any are listed in touched
	var shared, touched []int32
	for ci := range cands {
		c := &cands[ci]
		best, bestScore := -1, 0.0
		touched = touched[:0]
		if b, ok := bucketIDs[c.key]; ok {
			for _, w := range c.words {
				wi, ok := wordIDs[w]
				if !ok {
					continue
				}
				l, ok := posting[uint64(b)<<32|uint64(wi)]
				if !ok {
					continue
				}
				for e := l.head; e >= 0; e = postNext[e] {
					g := postGroup[e]
					if shared[g] == 0 {
						touched = append(touched, g)
					}
					shared[g]++
				}
			}
		}
		// the most similar group; among equally similar ones the one formed
		// first, the happening the corpus reported first (so the order the
		// groups are looked at in cannot choose)
		for _, gi := range touched {
			g, n := int(gi), int(shared[gi])
			shared[gi] = 0
			gc := &cands[groups[g]]
			sc := similarity(n, len(c.words), len(gc.words), shareAny(c.ev.Actors, gc.ev.Actors))
			if sc == 0 || sc < bestScore || sc == bestScore && g > best || !compatibleEnds(gc.ev, c.ev) {
				continue
			}
			best, bestScore = g, sc
		}
		if best < 0 {
			groupOf[ci] = int32(len(groups))
			groups = append(groups, int32(ci))
			shared = append(shared, 0)
			gi := int32(len(groups) - 1)
			b := internID(bucketIDs, c.key)
			for _, w := range c.words {
				k := uint64(b)<<32 | uint64(internID(wordIDs, w))
				l, ok := posting[k]
				if !ok {
					l.head = -1
				}
				if l.n < 64 {
					postGroup = append(postGroup, gi)
					postNext = append(postNext, l.head)
					posting[k] = postList{head: int32(len(postGroup) - 1), n: l.n + 1}
				}
			}
			continue
		}
		groupOf[ci] = int32(best)
		g := &cands[groups[best]]
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
	// the reports: counted per group, then laid out in one array
	start := make([]int, len(groups)+1)
	for ci := range cands {
		start[groupOf[ci]+1] += len(cands[ci].ev.Reports)
	}
	for g := range groups {
		start[g+1] += start[g]
	}
	reports := make([]Report, start[len(groups)])
	fill := slices.Clone(start[:len(groups)])
	for ci := range cands {
		g := groupOf[ci]
		fill[g] += copy(reports[fill[g]:], cands[ci].ev.Reports)
	}
	// a group opened at or after its place in the list: moving each to
	// its place overwrites only candidates already read
	for gi, ci := range groups {
		cands[gi] = cands[ci]
		cands[gi].ev.Reports = reports[start[gi]:start[gi+1]:start[gi+1]]
	}
	clear(cands[len(groups):])
	return cands[:len(groups)]
}

// internID returns the number of s in ids, giving it the next one when it
// has none.
func internID(ids map[string]uint32, s string) uint32 {
	id, ok := ids[s]
	if !ok {
		id = uint32(len(ids))
		ids[s] = id
	}
	return id
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
// text, leaving out the expression at [skipFrom, skipTo). The stems are
// gathered in the scratch and returned in a slice of their own.
func (ts *timelineScratch) contentStems(text string, skipFrom, skipTo int) []string {
	out := ts.stems[:0]
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		if !(start >= skipFrom && end <= skipTo) {
			w := lowerASCII(text[start:end], &ts.lows)
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
	clear(out[len(u):])
	ts.stems = out[:0]
	if len(u) == 0 {
		return nil
	}
	res := make([]string, len(u))
	copy(res, u)
	clear(u)
	return res
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
	s := joinFields(Sanitize(sentence))
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
