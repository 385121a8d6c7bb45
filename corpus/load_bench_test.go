package corpus

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
)

// BenchmarkLoadJSONL loads a JSONL file of 2,000 articles (the texts of
// syntheticArticles with line breaks, a headline and a dateline, and a
// copy of every tenth): decoding, cleaning and merging duplicates. Run it
// with -benchmem: loading should allocate little more than the texts it
// keeps.
func BenchmarkLoadJSONL(b *testing.B) {
	const n = 2000
	var file strings.Builder
	for i := 0; i < n; i++ {
		co, ceo := syntheticName(i/20*3), syntheticName(i/20*3+1)
		text := fmt.Sprintf("%s Cuts %d Jobs\n\n11 December 2024\n\nBy Jane Smith\n\n"+
			"%s Holdings Group said on Monday it would cut %d jobs.\n\n"+
			"Chief executive Anna %s said:  \"We have looked at every option.\"\n\n"+
			"The union said it would fight the cuts (file image).\n\nRead more: other news\n\nAdvertisement",
			co, 100+i%900, co, 100+i%900, ceo)
		id := i
		if i%10 == 9 {
			id = i - 1 // the same text again
		}
		line, err := json.Marshal(map[string]string{"id": fmt.Sprintf("syn-%d", id), "source": "Synthetic", "text": text})
		if err != nil {
			b.Fatal(err)
		}
		file.Write(line)
		file.WriteByte('\n')
	}
	fsys := fstest.MapFS{"c.jsonl": {Data: []byte(file.String())}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := Load(fsys, "c.jsonl")
		if err != nil {
			b.Fatal(err)
		}
		if len(c.Articles) == 0 {
			b.Fatal("no articles")
		}
	}
	b.ReportMetric(float64(n), "articles")
}
