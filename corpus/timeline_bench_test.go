package corpus

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"
)

// syntheticStory builds n articles about n/20 stories: each story has a
// date, actors and two long quotes; its articles retell it in varied
// sentences with weekdays, months and durations, and share its quotes.
// Every fourth article has no publication date. Generated here (not read
// from ../shared) so the benchmark runs anywhere.
func syntheticStory(n int, seed int64) ([]*Article, []Quote) {
	rng := rand.New(rand.NewSource(seed))
	days := []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	months := []string{"January", "March", "April", "June", "September", "November", "December"}
	verbs := []string{"said", "will meet", "is to be voted", "met", "announced", "plans to strike", "opens"}
	nouns := []string{"council", "union", "court", "ministry", "airline", "port", "hospital", "bank", "league", "museum"}
	stories := max(1, n/20)
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	var arts []*Article
	var quotes []Quote
	storyQuotes := make([][2]string, stories)
	for s := range storyQuotes {
		for q := 0; q < 2; q++ {
			storyQuotes[s][q] = fmt.Sprintf("We will not accept cuts to the %s budget of story %d while members wait %d weeks", nouns[(s+q)%len(nouns)], s, q+3)
		}
	}
	byQuote := map[string][]string{}
	for i := 0; i < n; i++ {
		st := rng.Intn(stories)
		var b strings.Builder
		for p := 0; p < 8; p++ {
			noun := nouns[rng.Intn(len(nouns))]
			fmt.Fprintf(&b, "The %s of story %d %s on %s after talks in %s, officials said. ", noun, st,
				verbs[rng.Intn(len(verbs))], days[rng.Intn(len(days))], months[rng.Intn(len(months))])
			fmt.Fprintf(&b, "Staff have waited for nearly %d years, and %d people joined a rally last week.\n\n", 1+rng.Intn(5), 100+rng.Intn(900))
		}
		q := storyQuotes[st][rng.Intn(2)]
		fmt.Fprintf(&b, "\u201c%s,\u201d a spokesperson said on Tuesday.", q)
		text := b.String()
		a := &Article{ID: fmt.Sprintf("syn-%05d", i), Text: text}
		start := 0
		for _, para := range strings.SplitAfter(text, "\n\n") {
			a.Paragraphs = append(a.Paragraphs, Span{Start: start, End: start + len(strings.TrimRight(para, "\n"))})
			start += len(para)
		}
		a.Sentences = SplitSentences(text, a.Paragraphs)
		if i%4 != 0 {
			a.Published, a.PublishedHow = base.AddDate(0, 0, st*3+rng.Intn(3)), PublishedMetadata
		}
		byQuote[q] = append(byQuote[q], a.ID)
		quotes = append(quotes, Quote{Article: a.ID, Text: q, Direct: true})
		arts = append(arts, a)
	}
	for i := range quotes {
		for _, id := range byQuote[quotes[i].Text] {
			if id != quotes[i].Article && len(quotes[i].SharedWith) < maxSharingArticles-1 {
				quotes[i].SharedWith = append(quotes[i].SharedWith, id)
			}
		}
	}
	return arts, quotes
}

// BenchmarkTimelineScale runs publication-date inference, tagging and
// event grouping on synthetic corpora of growing size: the time per
// article (ns/article) should stay about flat — no work over all pairs of
// articles.
func BenchmarkTimelineScale(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		arts, quotes := syntheticStory(n, 1)
		dated := make([]bool, len(arts))
		for i, a := range arts {
			dated[i] = a.HasPublished()
		}
		reset := func() {
			for i, a := range arts {
				if !dated[i] {
					a.Published, a.PublishedHow, a.PublishedReason = time.Time{}, PublishedUnknown, ""
				}
			}
		}
		b.Run(fmt.Sprintf("InferPublished/%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				reset()
				InferPublished(arts, quotes)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
		b.Run(fmt.Sprintf("InferPublishedNoQuotes/%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				reset()
				InferPublished(arts, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
		var exprs []TimeExpr
		for _, a := range arts {
			exprs = append(exprs, TagDates(a)...)
		}
		b.Run(fmt.Sprintf("BuildEvents/%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				BuildEvents(arts, exprs, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/article")
		})
	}
}
