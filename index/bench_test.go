package index

import (
	"context"
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/seeds"
)

// Benchmarks of building and searching. The seeds are the real corpus the
// TUI opens on; the synthetic corpora recombine the seeds' sentences into
// many articles, so that sizes can be scaled without reading anything
// outside the module (bench/run.sh measures the scale.py corpora).

func seedStory(b *testing.B) *corpus.Story {
	b.Helper()
	c, err := corpus.Load(seeds.FS, ".")
	if err != nil {
		b.Fatal(err)
	}
	return corpus.Analyse(c)
}

// BenchmarkBuildSeeds indexes the analysed seeds in memory (the TUI's
// start-up cost on top of loading and analysis).
func BenchmarkBuildSeeds(b *testing.B) {
	st := seedStory(b)
	ctx := context.Background()
	for b.Loop() {
		ix, err := Build(ctx, st, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkSearchSeeds runs a mix of queries against the seeds.
func BenchmarkSearchSeeds(b *testing.B) {
	st := seedStory(b)
	ix, err := Build(context.Background(), st, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	benchQueries(b, ix, []Query{
		{Text: "budget"}, {Text: `"industrial action"`}, {Text: "Heathcot~"},
		{Text: "strike -police"}, {Text: "pay", Since: time.Date(2024, 12, 1, 0, 0, 0, 0, time.UTC)},
	})
}

func benchQueries(b *testing.B, ix *Index, qs []Query) {
	b.Helper()
	ctx := context.Background()
	i := 0
	for b.Loop() {
		if _, err := ix.Search(ctx, qs[i%len(qs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// syntheticStory makes n articles of 10–40 sentences drawn from the seeds'
// sentences, from five sources, dated over two years, with the seeds'
// actors mentioned where their sentences come from.
func syntheticStory(b *testing.B, n int) *corpus.Story {
	b.Helper()
	seed := seedStory(b)
	type sent struct {
		text   string
		actors []*corpus.Actor
	}
	var pool []sent
	type sentenceKey struct {
		article  string
		sentence int
	}
	byKey := map[sentenceKey][]*corpus.Actor{}
	for _, a := range seed.Actors {
		for _, m := range a.Mentions {
			k := sentenceKey{m.Article, m.Sentence}
			byKey[k] = append(byKey[k], a)
		}
	}
	for _, a := range seed.Articles {
		for i, s := range a.Sentences {
			pool = append(pool, sent{s.Text, byKey[sentenceKey{a.ID, i}]})
		}
	}
	rng := rand.New(rand.NewSource(1))
	st := &corpus.Story{Name: "synthetic", Actors: make([]*corpus.Actor, len(seed.Actors))}
	index := map[string]int{}
	for i, a := range seed.Actors {
		c := *a
		c.Mentions = nil
		st.Actors[i] = &c
		index[a.ID] = i
	}
	start := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		k := 10 + rng.Intn(31)
		picked := make([]sent, k)
		var paras []string
		for j := range picked {
			picked[j] = pool[rng.Intn(len(pool))]
			paras = append(paras, picked[j].text)
		}
		id := fmt.Sprintf("syn-%06d", i)
		a, err := corpus.Clean(corpus.RawArticle{
			ID: id, Title: "Synthetic " + id, Source: fmt.Sprintf("Source %d", i%5),
			Published: start.AddDate(0, 0, rng.Intn(730)).Format("2006-01-02"),
			Text:      strings.Join(paras, "\n\n"), Markup: true,
		})
		if err != nil {
			b.Fatal(err)
		}
		st.Articles = append(st.Articles, a)
		for j, p := range picked {
			if j >= len(a.Sentences) {
				break
			}
			for _, act := range p.actors {
				c := st.Actors[index[act.ID]]
				c.Mentions = append(c.Mentions, corpus.Mention{Article: id, Sentence: j})
			}
		}
	}
	return st
}

// BenchmarkBuildSynthetic1k indexes 1,000 synthetic articles in memory,
// reporting articles per second.
func BenchmarkBuildSynthetic1k(b *testing.B) {
	st := syntheticStory(b, 1000)
	ctx := context.Background()
	for b.Loop() {
		ix, err := Build(ctx, st, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(b.N*len(st.Articles))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBuildSynthetic1kOnDisk is the same on disk (unsafe batches,
// one persisted barrier at the end).
func BenchmarkBuildSynthetic1kOnDisk(b *testing.B) {
	st := syntheticStory(b, 1000)
	ctx := context.Background()
	for b.Loop() {
		ix, err := Build(ctx, st, Options{Dir: b.TempDir() + "/ix"})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(b.N*len(st.Articles))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPlainBleve1k indexes the same 1,000 texts with bleve's default
// mapping, one document per article, in memory: the baseline Dateline's
// explicit mapping and sentence documents are compared with.
func BenchmarkPlainBleve1k(b *testing.B) {
	st := syntheticStory(b, 1000)
	for b.Loop() {
		ix, err := bleve.NewUsing("", bleve.NewIndexMapping(), scorch.Name, scorch.Name, nil)
		if err != nil {
			b.Fatal(err)
		}
		batch := ix.NewBatch()
		for _, a := range st.Articles {
			if err := batch.Index(a.ID, map[string]any{"title": a.Title, "source": a.Source, "text": a.Text}); err != nil {
				b.Fatal(err)
			}
			if batch.Size() >= 200 {
				if err := ix.Batch(batch); err != nil {
					b.Fatal(err)
				}
				batch.Reset()
			}
		}
		if err := ix.Batch(batch); err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(b.N*len(st.Articles))/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkSearchSynthetic10k runs words, phrases, fuzzy names, actor
// filters and date ranges against 10,000 synthetic articles.
func BenchmarkSearchSynthetic10k(b *testing.B) {
	st := syntheticStory(b, 10000)
	ix, err := Build(context.Background(), st, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	var actor string
	if len(st.Actors) > 0 {
		actor = st.Actors[0].ID
	}
	b.ResetTimer()
	benchQueries(b, ix, []Query{
		{Text: "budget"}, {Text: `"industrial action"`}, {Text: "Heathcot~"}, {Text: "strike -police"},
		{Text: "pay", Actors: []string{actor}}, {Actors: []string{actor}},
		{Text: "union", Since: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Until: time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC)},
	})
}
