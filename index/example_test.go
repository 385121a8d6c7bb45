package index_test

import (
	"context"
	"fmt"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// A story indexed in memory and searched with a misspelt name: the hit is
// the sentence, with the match marked.
func ExampleIndex_Search() {
	a, err := corpus.Clean(corpus.RawArticle{ID: "harbour", Source: "Gazette", Published: "2023-03-03", Markup: true,
		Text: "Work on the harbour wall began on Monday. Engineer Ada Quist said the storm had caused the damage."})
	if err != nil {
		panic(err)
	}
	st := &corpus.Story{Articles: []*corpus.Article{a}}
	ix, err := index.Build(context.Background(), st, index.Options{})
	if err != nil {
		panic(err)
	}
	defer ix.Close()

	res, err := ix.Search(context.Background(), index.Query{Text: "Quisst~"})
	if err != nil {
		panic(err)
	}
	for _, h := range res.Hits {
		fmt.Println(h.Article, h.Sentence, h.Date.Format("2006-01-02"))
		fmt.Println(h.Fragments[0])
	}
	fmt.Println(res.Facets.Sources)
	// Output:
	// harbour 1 2023-03-03
	// Engineer Ada <mark>Quist</mark> said the storm had caused the damage.
	// [{Gazette 1}]
}
