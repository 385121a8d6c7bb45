package index

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/dateline-news/dateline/corpus"
)

// Query is one search: query-string text and filters.
type Query struct {
	// Text is in bleve's query-string syntax: words, "phrases", +must,
	// -mustnot, field:value, fuzzy~ and ranges. It searches the sentence
	// text unless a field is named. Empty text matches every sentence the
	// filters let through.
	Text string
	// Actors are actor ids. Without Text, a hit is a sentence that names
	// all of them. With Text, a hit is a matching sentence of an article
	// that names them all, and the sentences that name them themselves
	// rank higher: the coverage of an actor, not only the sentences that
	// happen to use one of its names.
	Actors []string
	// Source keeps only sentences of articles from this source (compared
	// case-insensitively with the stored sources).
	Source string
	// Since and Until bound the sentence's date (its event dates, else its
	// article's publication date); both inclusive, zero for no bound. An
	// Until at midnight includes that whole day.
	Since, Until time.Time
	// Limit is the number of hits wanted (DefaultLimit when 0); Offset
	// skips that many first.
	Limit, Offset int
	// NoFacets leaves Results.Facets empty. Counting facets reads every
	// hit's doc values, most of a search's time when there are thousands
	// of hits; a caller that shows only hits (search as you type) can skip it.
	NoFacets bool
}

// DefaultLimit is the number of hits a Query without a Limit returns.
const DefaultLimit = 20

// facet sizes: actors and sources by count; months all, in order
const (
	facetSize      = 20
	monthFacetSize = 1200
)

// Results are the hits of one search, best first, with facets.
type Results struct {
	Total  uint64
	Took   time.Duration
	Hits   []Hit
	Facets Facets
}

// Hit is one matching sentence.
type Hit struct {
	Article   string
	Sentence  int
	Text      string
	Score     float64
	Fragments []string      // with <mark>…</mark> around matched terms
	Matches   []corpus.Span // byte offsets of matched terms within Text
	Actors    []string
	Date      time.Time // zero when unknown
}

// Facets count all hits (not only the page returned) by actor id, source
// and month (YYYY-MM). Actors and sources are by count, most first; months
// in calendar order.
type Facets struct {
	Actors, Sources, Months []FacetCount
}

// FacetCount is one facet value and how many hits have it.
type FacetCount struct {
	Term  string
	Count int
}

// QueryError is a query text that the query-string parser rejects.
type QueryError struct {
	Text string
	Err  error
}

func (e *QueryError) Error() string { return fmt.Sprintf("query %q: %v", e.Text, e.Err) }

// Unwrap returns the parser's error.
func (e *QueryError) Unwrap() error { return e.Err }

// Search runs a query against the index. A query the query-string parser
// rejects is an error naming the problem.
//
// bleve matches articles; every hit is a sentence of a matching article:
// one where the query's terms (or field values) matched, or every
// sentence when the query matched the article as a whole (source:x,
// published:>…, filters alone). The query's +must and -must-not
// clauses hold per sentence: "+union +strike" finds the sentences that
// have both, "budget -delayed" the budget sentences that do not say
// delayed (a clause on a whole-article field, such as -source:x, takes or
// drops the whole article). A phrase does not run across two sentences.
// The date and actor filters apply to each sentence (from the facts
// table), and the sentences are ranked by tf-idf over their own matches.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	start := time.Now()
	p, err := ix.buildQuery(q)
	if err != nil {
		return nil, err
	}
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	offset := q.Offset
	if offset < 0 {
		offset = 0
	}
	c := ix.newCollector(q, p.hasText, offset+limit)
	for _, r := range p.require {
		set, err := ix.sentenceSet(ctx, r)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		c.require = append(c.require, set)
	}
	if p.exclude != nil {
		if c.exclude, err = ix.sentenceSet(ctx, p.exclude); err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
	}
	if err := ix.run(ctx, p.main, p.hasText, c); err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	out := &Results{Total: c.total}
	best := c.sorted()
	if offset < len(best) {
		best = best[offset:]
	} else {
		best = nil
	}
	out.Hits, err = ix.hits(best)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	if !q.NoFacets {
		out.Facets = c.facetCounts()
	}
	out.Took = time.Since(start)
	return out, nil
}

// run hands every article bq matches to the collector.
func (ix *Index) run(ctx context.Context, bq query.Query, locations bool, c *collector) error {
	if err := ix.eachMatch(ctx, bq, locations, c.makeHandler); err != nil {
		return err
	}
	return c.err
}

// eachMatch hands every document bq matches to the handler that handler
// makes, bypassing bleve's own top-N collection.
func (ix *Index) eachMatch(ctx context.Context, bq query.Query, locations bool, handler search.MakeDocumentMatchHandler) error {
	req := bleve.NewSearchRequestOptions(bq, 1, 0, false)
	req.IncludeLocations = locations
	sctx := context.WithValue(ctx, search.MakeDocumentMatchHandlerKey, handler)
	_, err := ix.b.SearchInContext(sctx, req)
	return err
}

// sentenceSet returns the sentences that bq matches.
func (ix *Index) sentenceSet(ctx context.Context, bq query.Query) (sentSet, error) {
	c := &collector{f: ix.facts, hasText: true, cur: -1, set: sentSet{}}
	c.visit = c.visitArticle
	if err := ix.run(ctx, bq, true, c); err != nil {
		return nil, err
	}
	return c.set, nil
}

// plan is a Query made bleve's: the main query, whose matches are the
// candidate sentences, and the sentence-level clauses that a candidate
// must also pass (each searched on its own, under the same filters).
type plan struct {
	main    query.Query
	hasText bool          // the main query has text to match
	require []query.Query // a candidate must be matched by each
	exclude query.Query   // a candidate must not be matched by it
}

// buildQuery turns a Query into bleve's, over articles: the parsed text
// scored, the filters as a boolean filter clause that does not change
// scores (which of an article's sentences pass them is the collector's
// business). The top-level must-not clauses leave the main query for
// plan.exclude, and the must clauses go to plan.require too when one
// sentence could match without them.
func (ix *Index) buildQuery(q Query) (plan, error) {
	var p plan
	var text query.Query // nil: no query text
	if strings.TrimSpace(q.Text) != "" {
		parsed, err := bleve.NewQueryStringQuery(expandDateRanges(q.Text)).Parse()
		if err != nil {
			return p, &QueryError{Text: q.Text, Err: err}
		}
		lowerTerms(parsed)
		ix.resolveFields(parsed)
		text = parsed
		if b, ok := parsed.(*query.BooleanQuery); ok {
			text, p.require, p.exclude = splitClauses(b)
		}
	}
	var filters []query.Query
	for _, id := range q.Actors {
		t := bleve.NewTermQuery(id)
		t.SetField(fieldActors)
		filters = append(filters, t)
	}
	if q.Source != "" {
		t := bleve.NewTermQuery(ix.source(q.Source))
		t.SetField(fieldSource)
		filters = append(filters, t)
	}
	if since, until := q.dateRange(); !since.IsZero() || !until.IsZero() {
		filters = append(filters, dateRangeQuery(since, until))
	}
	filtered := func(t query.Query) query.Query {
		if len(filters) == 0 {
			return t
		}
		b := bleve.NewBooleanQuery()
		b.AddMust(t)
		b.AddFilter(bleve.NewConjunctionQuery(filters...))
		return b
	}
	for i, r := range p.require {
		p.require[i] = filtered(r)
	}
	if p.exclude != nil {
		p.exclude = filtered(p.exclude)
	}
	switch {
	case text == nil && len(filters) == 0:
		p.main = bleve.NewMatchAllQuery()
	case text == nil:
		// filters alone: searched directly, not as a filter over every
		// document (which bleve would visit one by one)
		p.main = bleve.NewConjunctionQuery(filters...)
	default:
		p.main, p.hasText = filtered(text), true
	}
	return p, nil
}

// splitClauses takes a parsed query's top-level must-not clauses out of
// it, to hold per sentence, and returns its must clauses as sentence
// requirements when there is more than one or there are also should
// clauses (a lone must clause is already all that the main query's
// matches can be). The main query is nil when nothing but must-not
// clauses was left.
func splitClauses(b *query.BooleanQuery) (main query.Query, require []query.Query, exclude query.Query) {
	exclude = b.MustNot
	b.MustNot = nil
	var must []query.Query
	if c, ok := b.Must.(*query.ConjunctionQuery); ok {
		must = c.Conjuncts
	} else if b.Must != nil {
		must = []query.Query{b.Must}
	}
	should := b.Should != nil
	if d, ok := b.Should.(*query.DisjunctionQuery); ok && len(d.Disjuncts) == 0 {
		should = false
	}
	if len(must) > 1 || (len(must) == 1 && should) {
		require = must
	}
	if len(must) == 0 && !should {
		return nil, require, exclude
	}
	return b, require, exclude
}

// dateRange returns the query's inclusive date bounds, an Until at
// midnight moved to the end of its day.
func (q Query) dateRange() (since, until time.Time) {
	until = q.Until
	if !until.IsZero() && until.Hour() == 0 && until.Minute() == 0 && until.Second() == 0 && until.Nanosecond() == 0 {
		until = until.Add(24*time.Hour - time.Nanosecond)
	}
	return q.Since, until
}

// dateRangeQuery matches sentences with a date in [since, until] (whole
// days; a zero bound is open): the days of the partial months at the
// ends, the whole months of the partial years, and a term range over the
// whole years between.
func dateRangeQuery(since, until time.Time) query.Query {
	day := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC) }
	from, to := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)
	if !since.IsZero() {
		from = day(since)
	}
	if !until.IsZero() {
		to = day(until)
	}
	var terms []query.Query
	term := func(field, value string) {
		t := bleve.NewTermQuery(value)
		t.SetField(field)
		terms = append(terms, t)
	}
	monthEnd := func(t time.Time) time.Time { return t.AddDate(0, 1, -t.Day()) }
	cur := from
	for !cur.After(to) && cur.Day() != 1 {
		term(fieldDate, cur.Format(dayLayout))
		cur = cur.AddDate(0, 0, 1)
	}
	for !cur.After(to) && cur.Month() != time.January && !monthEnd(cur).After(to) {
		term(fieldMonth, cur.Format(monthLayout))
		cur = cur.AddDate(0, 1, 0)
	}
	first := cur
	for !cur.After(to) && !cur.AddDate(1, 0, -1).After(to) {
		cur = cur.AddDate(1, 0, 0)
	}
	if cur.Year() > first.Year() {
		incl := true
		r := bleve.NewTermRangeInclusiveQuery(first.Format(yearLayout), cur.AddDate(-1, 0, 0).Format(yearLayout), &incl, &incl)
		r.SetField(fieldYear)
		terms = append(terms, r)
	}
	for !cur.After(to) && !monthEnd(cur).After(to) {
		term(fieldMonth, cur.Format(monthLayout))
		cur = cur.AddDate(0, 1, 0)
	}
	for !cur.After(to) {
		term(fieldDate, cur.Format(dayLayout))
		cur = cur.AddDate(0, 0, 1)
	}
	if len(terms) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	return bleve.NewDisjunctionQuery(terms...)
}

// FindSource returns the source as stored that name names, compared
// case-insensitively (spaces around it ignored), and whether there is one.
func (ix *Index) FindSource(name string) (string, bool) {
	name = strings.TrimSpace(name)
	for _, src := range ix.sources {
		if strings.EqualFold(name, src) {
			return src, true
		}
	}
	return name, false
}

// source returns the stored source that s names; s itself when none does.
func (ix *Index) source(s string) string {
	src, _ := ix.FindSource(s)
	return src
}

// eachLeaf calls visit on every query under q that is not a boolean,
// conjunction or disjunction of others.
func eachLeaf(q query.Query, visit func(query.Query)) {
	switch q := q.(type) {
	case *query.BooleanQuery:
		for _, sub := range []query.Query{q.Must, q.Should, q.MustNot} {
			if sub != nil {
				eachLeaf(sub, visit)
			}
		}
	case *query.ConjunctionQuery:
		for _, sub := range q.Conjuncts {
			eachLeaf(sub, visit)
		}
	case *query.DisjunctionQuery:
		for _, sub := range q.Disjuncts {
			eachLeaf(sub, visit)
		}
	default:
		visit(q)
	}
}

// resolveFields rewrites the values of the keyword fields that users name
// as they know them: actors:WHO and actors:"World Health Organization"
// become the actor's id (any of its names, as --actor takes them), and
// source:bbc the source as indexed (any case). A value that names nothing
// is left as it is, and finds nothing.
func (ix *Index) resolveFields(q query.Query) {
	value := func(field string, v *string) {
		switch field {
		case fieldActors:
			if a := (&corpus.Story{Actors: ix.actors}).FindActor(*v); a != nil {
				*v = a.ID
			}
		case fieldSource:
			*v = ix.source(*v)
		}
	}
	eachLeaf(q, func(q query.Query) {
		switch q := q.(type) {
		case *query.MatchQuery:
			value(q.FieldVal, &q.Match)
		case *query.MatchPhraseQuery:
			value(q.FieldVal, &q.MatchPhrase)
		case *query.TermQuery:
			value(q.FieldVal, &q.Term)
		}
	})
}

// lowerField says whether a field's terms are all lower case: the text
// (the analyzer lowers it) and the actor ids.
func lowerField(field string) bool {
	return field == "" || field == fieldText || field == fieldActors
}

// lowerTerms lower-cases the terms of the query kinds that bleve does not
// analyse (wildcards, prefixes), so "Gov*" finds what the analyzer indexed
// as "gov…" and actors:World* the id "world-health-organization". Fuzzy
// and match terms are analysed by bleve.
func lowerTerms(q query.Query) {
	eachLeaf(q, func(q query.Query) {
		switch q := q.(type) {
		case *query.WildcardQuery:
			if lowerField(q.FieldVal) {
				q.Wildcard = strings.ToLower(q.Wildcard)
			}
		case *query.PrefixQuery:
			if lowerField(q.FieldVal) {
				q.Prefix = strings.ToLower(q.Prefix)
			}
		}
	})
}

// fragment sizes in bytes: a sentence up to maxFragment is shown whole;
// a longer one is cut to windows of about that size around its matches.
const (
	maxFragment  = 240
	maxFragments = 3
)

// fragments marks the matches in text with <mark>…</mark>. A long
// sentence is cut into windows around its matches, with "…" where text was
// left out. Text without matches (a filter-only search) gives one fragment
// of its start.
func fragments(text string, matches []corpus.Span) []string {
	if len(text) <= maxFragment {
		return []string{mark(text, 0, len(text), matches)}
	}
	if len(matches) == 0 {
		end := cutBack(text, maxFragment)
		return []string{text[:end] + "…"}
	}
	var out []string
	for i := 0; i < len(matches) && len(out) < maxFragments; {
		m := matches[i]
		start := cutBack(text, max(0, m.Start-maxFragment/3))
		end := cutForward(text, min(len(text), start+maxFragment))
		if end < m.End {
			end = m.End
		}
		var inside []corpus.Span
		for i < len(matches) && matches[i].End <= end {
			inside = append(inside, matches[i])
			i++
		}
		f := mark(text, start, end, inside)
		if start > 0 {
			f = "…" + f
		}
		if end < len(text) {
			f += "…"
		}
		out = append(out, f)
	}
	return out
}

// mark returns text[start:end] with the spans (inside it) marked.
func mark(text string, start, end int, spans []corpus.Span) string {
	var b strings.Builder
	at := start
	for _, s := range spans {
		if s.Start < at || s.End > end {
			continue
		}
		b.WriteString(text[at:s.Start])
		b.WriteString("<mark>")
		b.WriteString(text[s.Start:s.End])
		b.WriteString("</mark>")
		at = s.End
	}
	b.WriteString(text[at:end])
	return b.String()
}

// cutBack moves i back to the start of a word (or rune) at or before it.
func cutBack(text string, i int) int {
	if i <= 0 {
		return 0
	}
	for j := i; j > 0 && i-j < 40; j-- {
		if text[j-1] == ' ' {
			return j
		}
	}
	for i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// cutForward moves i forward to the end of a word (or rune) at or after it.
func cutForward(text string, i int) int {
	if i >= len(text) {
		return len(text)
	}
	for j := i; j < len(text) && j-i < 40; j++ {
		if text[j] == ' ' {
			return j
		}
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}
