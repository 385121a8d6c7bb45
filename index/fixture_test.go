package index

import (
	"context"
	"testing"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// fixtureArticle is one article of the test story.
type fixtureArticle struct {
	id, source, published, text string
}

var fixtureArticles = []fixtureArticle{
	{"a1", "Gazette", "2024-03-05", "The council cut the budget by £2 million on Monday. Union leaders called the strikes unavoidable. Jane Heathcote said members were striking for fair pay."},
	{"a2", "Herald", "2024-04-10", "The budget vote was delayed. Police officers were not involved. Officials expect a new budget in May."},
	{"a3", "Herald", "", "Nothing about money here. The union met on Friday."},
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// cleanArticle builds an article the way the loader does.
func cleanArticle(t testing.TB, id, source, published, text string) *corpus.Article {
	t.Helper()
	a, err := corpus.Clean(corpus.RawArticle{ID: id, Title: "Title of " + id, Source: source, Published: published, Text: text, Markup: true})
	if err != nil {
		t.Fatalf("clean %s: %v", id, err)
	}
	return a
}

// fixtureStory is a small analysed story written by hand: the analyses'
// results (actors, dates, figures) are given rather than computed, so the
// index is tested on its own.
func fixtureStory(t testing.TB) *corpus.Story {
	t.Helper()
	st := &corpus.Story{Name: "fixture"}
	for _, f := range fixtureArticles {
		st.Articles = append(st.Articles, cleanArticle(t, f.id, f.source, f.published, f.text))
	}
	st.Actors = []*corpus.Actor{
		{ID: "council", Name: "City Council", Kind: corpus.KindOrganisation, Aliases: []string{"the council"},
			Mentions: []corpus.Mention{{Article: "a1", Sentence: 0}}},
		{ID: "union", Name: "Workers Union", Short: "the union", Kind: corpus.KindOrganisation,
			Mentions: []corpus.Mention{{Article: "a1", Sentence: 1}, {Article: "a3", Sentence: 1}}},
		{ID: "jane-heathcote", Name: "Jane Heathcote", Kind: corpus.KindPerson,
			Mentions: []corpus.Mention{{Article: "a1", Sentence: 2}}},
	}
	st.Expressions = []corpus.TimeExpr{
		{Article: "a2", Sentence: 2, Text: "in May", Start: day("2024-05-01"), End: day("2024-05-31"), Granularity: corpus.GranMonth, Certainty: corpus.CertResolved},
		{Article: "a3", Sentence: 1, Text: "on Friday", Certainty: corpus.CertRelative}, // unresolved: not indexed
	}
	st.Figures = []corpus.Figure{{Article: "a1", Sentence: 0, Text: "£2 million", Value: 2e6, Unit: "GBP"}}
	return st
}

// buildMem indexes a story in memory, closing it at the end of the test.
func buildMem(t testing.TB, st *corpus.Story) *Index {
	t.Helper()
	ix, err := Build(context.Background(), st, Options{})
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// hitIDs lists the hits as "article#sentence", in rank order.
func hitIDs(r *Results) []string {
	var out []string
	for _, h := range r.Hits {
		out = append(out, docID(h.Article, h.Sentence))
	}
	return out
}
