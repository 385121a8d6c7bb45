package index

import (
	"context"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/dateline-news/dateline/corpus"
)

func TestSearch(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	tests := []struct {
		name string
		q    Query
		want []string // hit ids, in any order
	}{
		{"word", Query{Text: "budget"}, []string{"a1#0", "a2#0", "a2#2"}},
		{"stemmed word", Query{Text: "budgets"}, []string{"a1#0", "a2#0", "a2#2"}},
		{"stemmed verb", Query{Text: "strike"}, []string{"a1#1", "a1#2"}},
		{"phrase", Query{Text: `"budget vote"`}, []string{"a2#0"}},
		// top-level + and - hold per sentence
		{"must not: sentences without the word", Query{Text: "budget -delayed"}, []string{"a1#0", "a2#2"}},
		{"must both: sentences with both words", Query{Text: "+union +strikes"}, []string{"a1#1"}},
		{"must both: no sentence has both", Query{Text: "+budget +union"}, nil},
		{"must with should: the must word decides", Query{Text: "+budget strike"}, []string{"a1#0", "a2#0", "a2#2"}},
		{"must not alone: every other sentence", Query{Text: "-budget -union"}, []string{"a1#2", "a2#1", "a3#0"}},
		{"must not a whole-article field", Query{Text: "budget -source:Herald"}, []string{"a1#0"}},
		{"must field, must not word", Query{Text: "+source:Gazette -budget"}, []string{"a1#1", "a1#2"}},
		{"phrase does not run across sentences", Query{Text: `"unavoidable jane"`}, nil},
		{"actors field: the sentences naming the actor", Query{Text: "actors:union"}, []string{"a1#1", "a3#1"}},
		{"events field: the sentence stating the date", Query{Text: `events:>="2024-05-01T00:00:00Z"`}, []string{"a2#2"}},
		{"events field from a month", Query{Text: `events:>="2024-05"`}, []string{"a2#2"}},
		{"events field after a month", Query{Text: `events:>2024-04`}, []string{"a2#2"}},
		{"events field after the month of the date", Query{Text: `events:>2024-05`}, nil},
		{"events field up to a month", Query{Text: `events:<="2024-05"`}, []string{"a2#2"}},
		{"events field before the month of the date", Query{Text: `events:<2024-05`}, nil},
		{"source field: every sentence of its articles", Query{Text: "source:Gazette"}, []string{"a1#0", "a1#1", "a1#2"}},
		// keyword fields take values as users know them
		{"actors field by name", Query{Text: `actors:"Workers Union"`}, []string{"a1#1", "a3#1"}},
		{"actors field by alias, any case", Query{Text: `actors:"The Council"`}, []string{"a1#0"}},
		{"actors field by short name in a must clause", Query{Text: `+actors:"the union" +met`}, []string{"a3#1"}},
		{"actors field naming nobody", Query{Text: "actors:nobody"}, nil},
		{"actors field wildcard, any case", Query{Text: "actors:Jane*"}, []string{"a1#2"}},
		{"source field any case", Query{Text: "source:gazette"}, []string{"a1#0", "a1#1", "a1#2"}},
		{"must not source any case", Query{Text: "budget -source:herald"}, []string{"a1#0"}},
		{"fuzzy misspelt name", Query{Text: "Heathcot~"}, []string{"a1#2"}},
		{"fuzzy two edits", Query{Text: "Heathcoat~2"}, []string{"a1#2"}},
		{"wildcard upper case", Query{Text: "Heath*"}, []string{"a1#2"}},
		{"article field", Query{Text: "article:a3"}, []string{"a3#0", "a3#1"}},
		{"figure range", Query{Text: "figures:>=1000000"}, []string{"a1#0"}},
		{"no match", Query{Text: "zebra"}, nil},
		{"actor filter alone", Query{Actors: []string{"union"}}, []string{"a1#1", "a3#1"}},
		{"actor filter with text: articles naming the actor", Query{Text: "strike", Actors: []string{"union"}}, []string{"a1#1", "a1#2"}},
		{"actor filter with text: article without the word", Query{Text: "budget", Actors: []string{"jane-heathcote"}}, []string{"a1#0"}},
		{"two actors", Query{Actors: []string{"union", "council"}}, nil},
		{"unknown actor", Query{Actors: []string{"nobody"}}, nil},
		{"source any case", Query{Text: "budget", Source: "herald"}, []string{"a2#0", "a2#2"}},
		{"since: publication or event date", Query{Text: "budget", Since: day("2024-04-01")}, []string{"a2#0", "a2#2"}},
		{"until includes its day", Query{Text: "budget", Until: day("2024-03-05")}, []string{"a1#0"}},
		{"event month range", Query{Since: day("2024-05-01"), Until: day("2024-05-31")}, []string{"a2#2"}},
		{"range before everything", Query{Until: day("2020-01-01")}, nil},
		{"undated sentences have no date", Query{Text: "union", Since: day("2000-01-01")}, []string{"a1#1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			got := hitIDs(r)
			sort.Strings(got)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("hits = %v, want %v", got, tt.want)
			}
			if int(r.Total) != len(tt.want) {
				t.Errorf("Total = %d, want %d", r.Total, len(tt.want))
			}
		})
	}
}

func TestActorFilterRanksTheActorsSentencesFirst(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	for _, actor := range []string{"union", "jane-heathcote"} {
		r, err := ix.Search(context.Background(), Query{Text: "strike", Actors: []string{actor}})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Hits) != 2 || !contains(r.Hits[0].Actors, actor) || contains(r.Hits[1].Actors, actor) {
			t.Errorf("%s: hits %v with actors %v, %v; want the sentence naming it first", actor, hitIDs(r), r.Hits[0].Actors, r.Hits[len(r.Hits)-1].Actors)
		}
	}
}

func TestSearchBadQuery(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	for _, text := range []string{`"unclosed`, `field:`, `+`} {
		if _, err := ix.Search(context.Background(), Query{Text: text}); err == nil {
			t.Errorf("Search(%q) gave no error", text)
		}
	}
}

func TestSearchHitFields(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	r, err := ix.Search(context.Background(), Query{Text: "budget", Source: "Gazette"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 {
		t.Fatalf("hits = %v", hitIDs(r))
	}
	h := r.Hits[0]
	want := "The council cut the budget by £2 million on Monday."
	if h.Text != want {
		t.Errorf("Text = %q, want %q", h.Text, want)
	}
	if !reflect.DeepEqual(h.Actors, []string{"council"}) {
		t.Errorf("Actors = %v", h.Actors)
	}
	if !h.Date.Equal(day("2024-03-05")) {
		t.Errorf("Date = %v, want the publication date", h.Date)
	}
	if h.Score <= 0 {
		t.Errorf("Score = %v", h.Score)
	}
	if len(h.Matches) != 1 || h.Text[h.Matches[0].Start:h.Matches[0].End] != "budget" {
		t.Errorf("Matches = %v", h.Matches)
	}
	if !reflect.DeepEqual(h.Fragments, []string{"The council cut the <mark>budget</mark> by £2 million on Monday."}) {
		t.Errorf("Fragments = %q", h.Fragments)
	}

	// an event date comes before the publication date
	r, err = ix.Search(context.Background(), Query{Text: `"new budget"`})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Hits) != 1 || !r.Hits[0].Date.Equal(day("2024-05-01")) {
		t.Errorf("hits %v, want a2#2 dated 2024-05-01", r.Hits)
	}
	// a phrase marks both words
	if got := r.Hits[0].Fragments; len(got) != 1 || !strings.Contains(got[0], "<mark>new</mark> <mark>budget</mark>") {
		t.Errorf("Fragments = %q", got)
	}
}

func TestSearchLimitOffset(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	all, err := ix.Search(context.Background(), Query{Text: "budget"})
	if err != nil {
		t.Fatal(err)
	}
	page, err := ix.Search(context.Background(), Query{Text: "budget", Limit: 1, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 3 || len(page.Hits) != 1 || hitIDs(page)[0] != hitIDs(all)[1] {
		t.Errorf("page = %v (total %d), all = %v", hitIDs(page), page.Total, hitIDs(all))
	}
	for i := 1; i < len(all.Hits); i++ {
		if all.Hits[i].Score > all.Hits[i-1].Score {
			t.Errorf("hits not ranked by score: %v", all.Hits)
		}
	}
}

func TestFacets(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	tests := []struct {
		q    Query
		want Facets
	}{
		{Query{Text: "budget"}, Facets{
			Actors:  []FacetCount{{"council", 1}},
			Sources: []FacetCount{{"Herald", 2}, {"Gazette", 1}},
			Months:  []FacetCount{{"2024-03", 1}, {"2024-04", 1}, {"2024-05", 1}},
		}},
		{Query{Text: "union"}, Facets{
			Actors:  []FacetCount{{"union", 2}},
			Sources: []FacetCount{{"Gazette", 1}, {"Herald", 1}},
			Months:  []FacetCount{{"2024-03", 1}},
		}},
		{Query{Text: "zebra"}, Facets{}},
	}
	for _, tt := range tests {
		t.Run(tt.q.Text, func(t *testing.T) {
			r, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(r.Facets.Actors)+len(tt.want.Actors) > 0 && !reflect.DeepEqual(r.Facets.Actors, tt.want.Actors) {
				t.Errorf("actors = %v, want %v", r.Facets.Actors, tt.want.Actors)
			}
			if len(r.Facets.Sources)+len(tt.want.Sources) > 0 && !reflect.DeepEqual(r.Facets.Sources, tt.want.Sources) {
				t.Errorf("sources = %v, want %v", r.Facets.Sources, tt.want.Sources)
			}
			if len(r.Facets.Months)+len(tt.want.Months) > 0 && !reflect.DeepEqual(r.Facets.Months, tt.want.Months) {
				t.Errorf("months = %v, want %v", r.Facets.Months, tt.want.Months)
			}
		})
	}
}

func TestNoFacets(t *testing.T) {
	ix := buildMem(t, fixtureStory(t))
	r, err := ix.Search(context.Background(), Query{Text: "budget", NoFacets: true})
	if err != nil {
		t.Fatal(err)
	}
	if r.Total != 3 || len(r.Hits) != 3 || r.Facets.Actors != nil || r.Facets.Sources != nil || r.Facets.Months != nil {
		t.Errorf("total %d hits %d facets %+v", r.Total, len(r.Hits), r.Facets)
	}
}

func TestFragments(t *testing.T) {
	long := strings.Repeat("word ", 60) + "target " + strings.Repeat("more ", 60) + "target end"
	i := strings.Index(long, "target")
	j := strings.LastIndex(long, "target")
	tests := []struct {
		name    string
		text    string
		matches []corpus.Span
		want    []string
	}{
		{"short, no match", "A short one.", nil, []string{"A short one."}},
		{"short, two matches", "ab cd ef", []corpus.Span{{Start: 0, End: 2}, {Start: 6, End: 8}}, []string{"<mark>ab</mark> cd <mark>ef</mark>"}},
		{"multibyte", "£2 rise", []corpus.Span{{Start: 0, End: 3}}, []string{"<mark>£2</mark> rise"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := fragments(tt.text, tt.matches); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("fragments = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("long sentence is cut around its matches", func(t *testing.T) {
		got := fragments(long, []corpus.Span{{Start: i, End: i + 6}, {Start: j, End: j + 6}})
		if len(got) != 2 {
			t.Fatalf("fragments = %q", got)
		}
		for _, f := range got {
			if !strings.Contains(f, "<mark>target</mark>") || len(f) > maxFragment+60 {
				t.Errorf("fragment %q", f)
			}
		}
		if !strings.HasPrefix(got[0], "…") || !strings.HasSuffix(got[1], "end") {
			t.Errorf("ellipses: %q", got)
		}
	})
}

func TestMatchSpansMerge(t *testing.T) {
	r, err := buildMem(t, fixtureStory(t)).Search(context.Background(), Query{Text: `budget "the budget"`})
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range r.Hits {
		for k := 1; k < len(h.Matches); k++ {
			if h.Matches[k].Start < h.Matches[k-1].End {
				t.Errorf("%s#%d: overlapping matches %v", h.Article, h.Sentence, h.Matches)
			}
		}
	}
}

// matchesDate evaluates dateRangeQuery's terms against one date, as the
// index would against a sentence dated on it.
func matchesDate(t *testing.T, q query.Query, d time.Time) bool {
	t.Helper()
	switch q := q.(type) {
	case *query.MatchNoneQuery:
		return false
	case *query.DisjunctionQuery:
		for _, sub := range q.Disjuncts {
			if matchesDate(t, sub, d) {
				return true
			}
		}
		return false
	case *query.TermQuery:
		switch q.FieldVal {
		case fieldDate:
			return q.Term == d.Format(dayLayout)
		case fieldMonth:
			return q.Term == d.Format(monthLayout)
		}
	case *query.TermRangeQuery:
		y := d.Format(yearLayout)
		if q.FieldVal == fieldYear && *q.InclusiveMin && *q.InclusiveMax {
			return y >= q.Min && y <= q.Max
		}
	}
	t.Fatalf("unexpected query %T %+v", q, q)
	return false
}

func TestDateRangeQuery(t *testing.T) {
	rng := rand.New(rand.NewSource(7))
	base := day("2019-06-15")
	randomDay := func() time.Time { return base.AddDate(0, 0, rng.Intn(2200)-1100) }
	for i := 0; i < 3000; i++ {
		since, until := randomDay(), randomDay()
		switch i % 5 {
		case 0:
			since = time.Time{}
		case 1:
			until = time.Time{}
		}
		q := dateRangeQuery(since, until)
		if dj, ok := q.(*query.DisjunctionQuery); ok && len(dj.Disjuncts) > 120 {
			t.Errorf("%v..%v: %d terms", since, until, len(dj.Disjuncts))
		}
		for j := 0; j < 20; j++ {
			d := randomDay()
			want := (since.IsZero() || !d.Before(since)) && (until.IsZero() || !d.After(until))
			if got := matchesDate(t, q, d); got != want {
				t.Fatalf("range %s..%s, date %s: match %v, want %v", since.Format(dayLayout), until.Format(dayLayout), d.Format(dayLayout), got, want)
			}
		}
	}
}

// A month or a year bounds a range over a date field as --since and
// --until take them: from its first day, or up to its last.
func TestExpandDateRanges(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`events:>="2024-11"`, `events:>="2024-11-01"`},
		{`events:>2024-11`, `events:>="2024-12-01"`},
		{`events:<="2024-12"`, `events:<"2025-01-01"`},
		{`events:<2024-11`, `events:<"2024-11-01"`},
		{`published:<=2023 budget`, `published:<"2024-01-01" budget`},
		{`+published:>2023 -events:<"2020"`, `+published:>="2024-01-01" -events:<"2020-01-01"`},
		{`(published:>=2024-02)`, `(published:>="2024-02-01")`},
		// whole dates and what is not a month or a year are left alone
		{`events:>="2024-11-05"`, `events:>="2024-11-05"`},
		{`events:>=2024-11-05`, `events:>=2024-11-05`},
		{`published:>="2024-12-01T10:00:00Z"`, `published:>="2024-12-01T10:00:00Z"`},
		{`events:>="2024-13"`, `events:>="2024-13"`},
		{`events:>=20241105`, `events:>=20241105`},
		{`events:>="2024`, `events:>="2024`},
		{`figures:>2024`, `figures:>2024`},
		{`budget 2024-11`, `budget 2024-11`},
	} {
		if got := expandDateRanges(tc.in); got != tc.want {
			t.Errorf("expandDateRanges(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Rewriting date ranges never fails and is done once: its output has only
// whole dates left to rewrite.
func FuzzExpandDateRanges(f *testing.F) {
	for _, s := range []string{`events:>="2024-11"`, `published:<=2023 budget`, `events:>2024-11-05`, `(events:<"2024`, `published:>=2024-13)`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := expandDateRanges(s)
		if twice := expandDateRanges(once); twice != once {
			t.Errorf("expandDateRanges(%q) = %q, and again %q", s, once, twice)
		}
	})
}
