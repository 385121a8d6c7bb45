package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// figBenchStory analyses a real corpus up to its figures, for the
// benchmarks of figure extraction and grouping. The corpus is
// $DATELINE_BENCH_CORPUS, else the shared ECB+ corpus; the benchmark is
// skipped when neither is there.
func figBenchStory(b *testing.B) (*Corpus, *FigureSources) {
	b.Helper()
	path := os.Getenv("DATELINE_BENCH_CORPUS")
	if path == "" {
		path = filepath.Join("..", "..", "shared", "corpora", "ecbplus.jsonl")
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		b.Skip(err)
	}
	if _, err := os.Stat(abs); err != nil {
		b.Skipf("no corpus for the benchmark: %v", err)
	}
	c, err := Load(os.DirFS("/"), abs[1:])
	if err != nil {
		b.Fatal(err)
	}
	actors, quotes := FindActorsQuotes(c.Articles, c.Aliases)
	InferPublished(c.Articles, quotes)
	return c, NewFigureSources(quotes, actors)
}

// BenchmarkExtractFiguresReal extracts the figures of every article of a
// corpus, one after another.
func BenchmarkExtractFiguresReal(b *testing.B) {
	c, src := figBenchStory(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		n = 0
		for _, a := range c.Articles {
			n += len(src.Extract(a))
		}
	}
	b.ReportMetric(float64(n), "figures")
}

// BenchmarkGroupQuantitiesReal groups the figures of a corpus.
func BenchmarkGroupQuantitiesReal(b *testing.B) {
	c, src := figBenchStory(b)
	var figs []Figure
	for _, a := range c.Articles {
		figs = append(figs, src.Extract(a)...)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		GroupQuantities(c.Articles, figs)
	}
	b.ReportMetric(float64(len(figs)), "figures")
}
