package index

import (
	"container/heap"
	"context"
	"math"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"

	"github.com/dateline-news/dateline/corpus"
)

// collector turns bleve's article matches into sentence hits. It is
// handed every match (bleve's own top-N collection is bypassed through
// search.MakeDocumentMatchHandlerKey), reads the article id from the doc
// values, keeps the sentences that matched and pass the filters, counts
// them and their facets, and keeps the best k in a heap.
type collector struct {
	f       *facts
	hasText bool
	since   int32 // day bounds, inclusive (noDay: open)
	until   int32
	ranged  bool
	actors  []int32 // codes of the filter's actors; -1 for one the story lacks
	k       int

	sc      *search.SearchContext
	dv      index.DocValueReader
	cur     int32 // the article of the match being read, -1 if unknown
	visit   index.DocValueVisitor
	err     error
	set     sentSet   // set mode: only gather the matched sentences here
	require []sentSet // a sentence must be in each
	exclude sentSet   // a sentence must not be in it (nil: none)

	docs uint64             // articles in the index
	idfs map[string]float64 // by field+"\x00"+term

	total     uint64
	best      candHeap
	facets    bool
	actorN    []int32
	sourceN   []int32
	monthN    map[int32]int32
	locs      []sentLoc
	dayBuf    []int32
	monthsBuf []int32
}

// sentLoc is one location of a match, by sentence.
type sentLoc struct {
	sent       int32
	term       string
	start, end int32 // byte offsets in the sentence; text field only
	text       bool
}

// cand is one sentence hit on its way to the results.
type cand struct {
	score float64
	art   int32
	sent  int32
	date  int32 // noDay when unknown
	spans []corpus.Span
}

// better orders candidates: higher score, then story order.
func better(a, b *cand) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	if a.art != b.art {
		return a.art < b.art
	}
	return a.sent < b.sent
}

// candHeap is a min-heap: the worst kept candidate on top.
type candHeap []cand

func (h candHeap) Len() int           { return len(h) }
func (h candHeap) Less(i, j int) bool { return better(&h[j], &h[i]) }
func (h candHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *candHeap) Push(x any)        { *h = append(*h, x.(cand)) }
func (h *candHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func (ix *Index) newCollector(q Query, hasText bool, k int) *collector {
	f := ix.facts
	c := &collector{f: f, hasText: hasText, k: k, since: noDay, until: noDay, facets: !q.NoFacets, cur: -1, dayBuf: make([]int32, 0, 1)}
	if since, until := q.dateRange(); !since.IsZero() || !until.IsZero() {
		c.ranged = true
		if !since.IsZero() {
			c.since = dayNum(since)
		}
		if !until.IsZero() {
			c.until = dayNum(until)
		}
	}
	if len(q.Actors) > 0 {
		code := f.actorCodes()
		for _, id := range q.Actors {
			cd, ok := code[id]
			if !ok {
				cd = -1
			}
			c.actors = append(c.actors, cd)
		}
	}
	if c.facets {
		c.actorN = make([]int32, len(f.actors))
		c.sourceN = make([]int32, len(f.sources))
		c.monthN = map[int32]int32{}
	}
	c.visit = c.visitArticle
	return c
}

// visitArticle reads the article's id from its doc values.
func (c *collector) visitArticle(field string, term []byte) {
	if field != fieldArticle {
		return
	}
	if ord, ok := c.f.ids[string(term)]; ok {
		c.cur = ord
	}
}

// sentSet is a set of sentences: article<<32|sentence, or
// article<<32|allSentences for every sentence of an article.
type sentSet map[uint64]struct{}

const allSentences = math.MaxUint32

func (s sentSet) add(art, sent int32) { s[uint64(art)<<32|uint64(uint32(sent))] = struct{}{} }

func (s sentSet) addAll(art int32) { s[uint64(art)<<32|allSentences] = struct{}{} }

func (s sentSet) has(art, sent int32) bool {
	if _, ok := s[uint64(art)<<32|uint64(uint32(sent))]; ok {
		return true
	}
	_, ok := s[uint64(art)<<32|allSentences]
	return ok
}

// makeHandler is bleve's hook: it is called once per search with the
// search's context and returns the handler of every match.
func (c *collector) makeHandler(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
	c.sc = sc
	dv, err := sc.IndexReader.DocValueReader([]string{fieldArticle})
	if err != nil {
		return nil, false, err
	}
	c.dv = dv
	if c.docs, err = sc.IndexReader.DocCount(); err != nil {
		return nil, false, err
	}
	c.idfs = map[string]float64{}
	return c.handle, false, nil
}

// perSentence are the fields whose array positions are sentences.
func perSentence(field string) bool {
	return field == fieldText || field == fieldActors || field == fieldEvents || field == fieldFigures
}

func (c *collector) handle(d *search.DocumentMatch) error {
	if d == nil || c.err != nil {
		return nil
	}
	defer c.sc.DocumentMatchPool.Put(d)
	c.cur = -1
	if err := c.dv.VisitDocValues(d.IndexInternalID, c.visit); err != nil {
		c.err = err
		return err
	}
	if c.cur < 0 {
		return nil // a document the facts do not know (an update cut short)
	}
	a := &c.f.arts[c.cur]
	c.locs = c.locs[:0]
	if c.hasText {
		add := func(field, term string, l *search.Location) {
			if !perSentence(field) || len(l.ArrayPositions) == 0 || l.ArrayPositions[0] >= uint64(a.n) {
				return
			}
			sl := sentLoc{sent: int32(l.ArrayPositions[0]), term: field + "\x00" + term}
			if field == fieldText {
				sl.text, sl.start, sl.end = true, int32(l.Start), int32(l.End)
			}
			c.locs = append(c.locs, sl)
		}
		for i := range d.FieldTermLocations {
			ftl := &d.FieldTermLocations[i]
			add(ftl.Field, ftl.Term, &ftl.Location)
		}
		for field, terms := range d.Locations {
			for term, locs := range terms {
				for _, l := range locs {
					add(field, term, l)
				}
			}
		}
	}
	if c.set != nil {
		if len(c.locs) == 0 {
			c.set.addAll(c.cur)
		}
		for _, l := range c.locs {
			c.set.add(c.cur, l.sent)
		}
		return nil
	}
	if len(c.locs) == 0 {
		// matched as a whole: every sentence
		for s := int32(0); s < a.n; s++ {
			c.sentence(d.Score, a, s, nil, 1)
		}
		return nil
	}
	sort.Slice(c.locs, func(i, j int) bool {
		if c.locs[i].sent != c.locs[j].sent {
			return c.locs[i].sent < c.locs[j].sent
		}
		return c.locs[i].start < c.locs[j].start
	})
	// the most distinct terms any one sentence holds
	most := 0
	for i := 0; i < len(c.locs); {
		j, n := c.sentenceTerms(i)
		if n > most {
			most = n
		}
		i = j
	}
	for i := 0; i < len(c.locs); {
		j, n := c.sentenceTerms(i)
		s := c.locs[i].sent
		score := c.sentenceScore(&c.f.sents[a.first+s], c.locs[i:j]) * float64(n) / float64(most)
		c.sentence(score, a, s, c.locs[i:j], 1)
		i = j
	}
	return nil
}

// sentenceScore scores a sentence on its own matches, as bleve's tf-idf
// would if the sentence were the document: for each distinct term, the
// square root of its count in the sentence times its idf squared, over
// the square root of the sentence's length in words. Short sentences
// dense with rare terms come first, wherever their article ranks. (The
// query's boosts, which bleve applies to the article, do not reach it.)
func (c *collector) sentenceScore(sf *sentFacts, locs []sentLoc) float64 {
	sum := 0.0
	for k := range locs {
		dup, tf := false, 0
		for m := range locs {
			if locs[m].term == locs[k].term {
				if m < k {
					dup = true
					break
				}
				tf++
			}
		}
		if dup {
			continue
		}
		idf := c.idf(locs[k].term)
		sum += math.Sqrt(float64(tf)) * idf * idf
	}
	words := float64(sf.words)
	if words < 1 {
		words = 1
	}
	return sum / math.Sqrt(words)
}

// idf is bleve's inverse document frequency of a field's term (key
// field+"\x00"+term) over the articles, looked up once a search.
func (c *collector) idf(key string) float64 {
	if v, ok := c.idfs[key]; ok {
		return v
	}
	field, term, _ := strings.Cut(key, "\x00")
	df := uint64(0)
	if r, err := c.sc.IndexReader.TermFieldReader(context.Background(), []byte(term), field, false, false, false); err == nil {
		df = r.Count()
		_ = r.Close()
	}
	v := 1 + math.Log(float64(c.docs)/float64(df+1))
	if v < 0.1 {
		v = 0.1
	}
	c.idfs[key] = v
	return v
}

// sentenceTerms returns the end of the run of locations of locs[i]'s
// sentence and how many distinct terms it holds.
func (c *collector) sentenceTerms(i int) (end, distinct int) {
	j := i
	for j < len(c.locs) && c.locs[j].sent == c.locs[i].sent {
		seen := false
		for k := i; k < j; k++ {
			if c.locs[k].term == c.locs[j].term {
				seen = true
				break
			}
		}
		if !seen {
			distinct++
		}
		j++
	}
	return j, distinct
}

// sentence takes one sentence of a matching article: it drops it when the
// filters do, else counts it and offers it to the heap.
func (c *collector) sentence(score float64, a *artFacts, s int32, locs []sentLoc, weight float64) {
	for _, r := range c.require {
		if !r.has(c.cur, s) {
			return
		}
	}
	if c.exclude != nil && c.exclude.has(c.cur, s) {
		return
	}
	sf := &c.f.sents[a.first+s]
	days := c.f.days(a, sf, c.dayBuf)
	date := int32(noDay)
	for _, d := range days {
		if c.ranged && ((c.since != noDay && d < c.since) || (c.until != noDay && d > c.until)) {
			continue
		}
		if date == noDay || d < date {
			date = d
		}
	}
	if c.ranged && date == noDay {
		return
	}
	acts := c.f.sentActors(sf)
	if len(c.actors) > 0 {
		if c.hasText {
			// the article names them (bleve's filter); its sentences that
			// name them too come first
			if namesAny(acts, c.actors) {
				weight *= 2
			}
		} else if !namesAll(acts, c.actors) {
			return
		}
	}
	c.total++
	if c.facets {
		if a.source >= 0 {
			c.sourceN[a.source]++
		}
		c.monthsBuf = c.monthsBuf[:0]
		for _, d := range days {
			m := monthNum(d)
			if !containsDay(c.monthsBuf, m) {
				c.monthsBuf = append(c.monthsBuf, m)
				c.monthN[m]++
			}
		}
		for _, code := range acts {
			c.actorN[code]++
		}
	}
	cd := cand{score: score * weight, art: c.cur, sent: s, date: date}
	if len(c.best) >= c.k && !better(&cd, &c.best[0]) {
		return
	}
	for _, l := range locs {
		if l.text && l.start < l.end {
			cd.spans = append(cd.spans, corpus.Span{Start: int(l.start), End: int(l.end)})
		}
	}
	if len(c.best) < c.k {
		heap.Push(&c.best, cd)
		return
	}
	c.best[0] = cd
	heap.Fix(&c.best, 0)
}

func namesAny(acts, want []int32) bool {
	for _, w := range want {
		if containsDay(acts, w) {
			return true
		}
	}
	return false
}

func namesAll(acts, want []int32) bool {
	for _, w := range want {
		if !containsDay(acts, w) {
			return false
		}
	}
	return true
}

// sorted returns the kept candidates, best first.
func (c *collector) sorted() []cand {
	out := append([]cand(nil), c.best...)
	sort.Slice(out, func(i, j int) bool { return better(&out[i], &out[j]) })
	return out
}

// facetCounts returns the counted facets: actors and sources by count
// (facetSize of each), months in calendar order.
func (c *collector) facetCounts() Facets {
	var fs Facets
	for code, n := range c.actorN {
		if n > 0 {
			fs.Actors = append(fs.Actors, FacetCount{Term: c.f.actors[code], Count: int(n)})
		}
	}
	for code, n := range c.sourceN {
		if n > 0 {
			fs.Sources = append(fs.Sources, FacetCount{Term: c.f.sources[code], Count: int(n)})
		}
	}
	months := make([]int32, 0, len(c.monthN))
	for m := range c.monthN {
		months = append(months, m)
	}
	sort.Slice(months, func(i, j int) bool { return months[i] < months[j] })
	for _, m := range months {
		fs.Months = append(fs.Months, FacetCount{Term: monthString(m), Count: int(c.monthN[m])})
	}
	byCount := func(list []FacetCount) []FacetCount {
		sort.Slice(list, func(i, j int) bool {
			if list[i].Count != list[j].Count {
				return list[i].Count > list[j].Count
			}
			return list[i].Term < list[j].Term
		})
		if len(list) > facetSize {
			list = list[:facetSize]
		}
		return list
	}
	fs.Actors = byCount(fs.Actors)
	fs.Sources = byCount(fs.Sources)
	if len(fs.Months) > monthFacetSize {
		fs.Months = fs.Months[len(fs.Months)-monthFacetSize:]
	}
	return fs
}

// hits reads the kept candidates' sentences from their articles' stored
// text and makes them hits.
func (ix *Index) hits(best []cand) ([]Hit, error) {
	out := make([]Hit, 0, len(best))
	texts := map[int32]map[int32]string{}
	for _, cd := range best {
		if _, ok := texts[cd.art]; ok {
			continue
		}
		a := &ix.facts.arts[cd.art]
		doc, err := ix.b.Document(a.id)
		if err != nil {
			return nil, err
		}
		byS := map[int32]string{}
		if doc != nil {
			doc.VisitFields(func(f index.Field) {
				if f.Name() == fieldText && len(f.ArrayPositions()) > 0 {
					byS[int32(f.ArrayPositions()[0])] = string(f.Value())
				}
			})
		}
		texts[cd.art] = byS
	}
	for _, cd := range best {
		a := &ix.facts.arts[cd.art]
		sf := &ix.facts.sents[a.first+cd.sent]
		h := Hit{Article: a.id, Sentence: int(cd.sent), Text: texts[cd.art][cd.sent], Score: cd.score}
		for _, code := range ix.facts.sentActors(sf) {
			h.Actors = append(h.Actors, ix.facts.actors[code])
		}
		if cd.date != noDay {
			h.Date = dayTime(cd.date)
		}
		h.Matches = mergeSpans(cd.spans, len(h.Text))
		h.Fragments = fragments(h.Text, h.Matches)
		out = append(out, h)
	}
	return out, nil
}

// mergeSpans sorts and merges byte spans inside a text of length n.
func mergeSpans(spans []corpus.Span, n int) []corpus.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []corpus.Span
	for _, s := range spans {
		if s.Start >= s.End || s.End > n {
			continue
		}
		if k := len(out) - 1; k >= 0 && s.Start <= out[k].End {
			if s.End > out[k].End {
				out[k].End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}
