package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// syntheticName makes a capitalised name from syllables, deterministic in n.
func syntheticName(n int) string {
	syl := []string{"bar", "ken", "lo", "mir", "tan", "vel", "dor", "sa", "ri", "qua", "nel", "tho"}
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString(syl[n%len(syl)])
		n /= len(syl)
	}
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

// syntheticArticles writes n articles over n/20 stories: each story has a
// company with an acronym, its chief executive, a union, a place, and a
// quote that every article of the story repeats.
func syntheticArticles(tb testing.TB, n int) []*Article {
	tb.Helper()
	arts := make([]*Article, n)
	for i := range arts {
		st := i / 20
		co, ceo, town := syntheticName(st*3), syntheticName(st*3+1), syntheticName(st*3+2)
		// a quote of the story's own words
		var said []string
		for w := 0; w < 12; w++ {
			said = append(said, strings.ToLower(syntheticName(st*7+w*13)))
		}
		text := fmt.Sprintf(`%s Holdings Group (%sH) said on Monday it would cut %d jobs at its plant in %s.

Chief executive Anna %s said: "We have looked at every option, and the plant in %s cannot go on as %s."

The %s Workers union said it would fight the cuts. "This is a betrayal of %d families," a union spokesperson said.

%s told staff the decision was final, according to %s Holdings.`,
			co, strings.ToUpper(co[:2]), 100+i%900, town, ceo, town, strings.Join(said, " "), co, 100+i%900, ceo, co)
		a, err := Clean(RawArticle{ID: fmt.Sprintf("syn-%d", i), Text: text, Origin: "syn", Markup: true})
		if err != nil {
			tb.Fatal(err)
		}
		arts[i] = a
	}
	return arts
}

func benchmarkActorsQuotes(b *testing.B, n int) {
	arts := syntheticArticles(b, n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		FindActorsQuotes(arts, nil)
	}
	b.ReportMetric(float64(n), "articles")
}

// BenchmarkFindActorsQuotes1k measures actors and quotes over 1,000 articles.
func BenchmarkFindActorsQuotes1k(b *testing.B) { benchmarkActorsQuotes(b, 1000) }

// BenchmarkFindActorsQuotes100k is the scale benchmark: 100,000 articles.
// Time should grow linearly from the 1k benchmark.
func BenchmarkFindActorsQuotes100k(b *testing.B) { benchmarkActorsQuotes(b, 100000) }

// FindActorsQuotes, which splits each article into words once for its
// mentions and its quotes, finds what FindActors and FindQuotes find.
func TestFindActorsQuotesAgrees(t *testing.T) {
	for _, arts := range [][]*Article{syntheticArticles(t, 40), storyArticles(t, companyStory), storyArticles(t, protestStory)} {
		actors, quotes := FindActorsQuotes(arts, nil)
		want := FindActors(arts, nil)
		wantQuotes := FindQuotes(arts, want)
		if listActors(actors) != listActors(want) {
			t.Errorf("actors:\n%s\nwant\n%s", listActors(actors), listActors(want))
		}
		if len(quotes) != len(wantQuotes) || len(quotes) == 0 {
			t.Fatalf("%d quotes, want %d", len(quotes), len(wantQuotes))
		}
		for i := range quotes {
			q, w := quotes[i], wantQuotes[i]
			if q.Text != w.Text || q.Speaker != w.Speaker || q.Article != w.Article || strings.Join(q.SharedWith, ",") != strings.Join(w.SharedWith, ",") {
				t.Errorf("quote %d: %+v, want %+v", i, q, w)
			}
		}
	}
}

// The synthetic stories are read as they are written, so the benchmark
// measures real work.
func TestSyntheticArticles(t *testing.T) {
	arts := syntheticArticles(t, 40)
	actors := FindActors(arts, nil)
	s := &Story{Actors: actors, Quotes: FindQuotes(arts, actors)}
	ceo := s.FindActor("Anna " + syntheticName(1))
	if ceo == nil || ceo.Kind != KindPerson || len(ceo.MentionCounts()) != 20 {
		t.Fatalf("chief executive of story 0: %+v; actors %s", ceo, listActors(actors))
	}
	co := s.FindActor(strings.ToUpper(syntheticName(0)[:2]) + "H")
	if co == nil || co != s.FindActor(syntheticName(0)+" Holdings Group") {
		t.Fatalf("company of story 0 not grouped with its acronym: %+v", co)
	}
	qs := s.QuotesBy(ceo.ID)
	if len(qs) != 20 || len(qs[0].SharedWith) != 19 {
		t.Fatalf("chief executive's quotes: %d, first shared with %d", len(qs), len(qs[0].SharedWith))
	}
}
