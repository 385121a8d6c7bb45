package corpus_test

import (
	"fmt"

	"github.com/dateline-news/dateline/corpus"
)

// FindActors learns names from the text: an acronym defined in brackets,
// a surname after the full name, a role before it.
func ExampleFindActors() {
	a, err := corpus.Clean(corpus.RawArticle{ID: "a1", Markup: true, Text: `The Coastal Ferry Workers union (CFW) called a strike on Monday.

CFW general secretary Maria Lund said members were angry about pay. "We have waited two years," Lund said.`})
	if err != nil {
		fmt.Println(err)
		return
	}
	arts := []*corpus.Article{a}
	actors := corpus.FindActors(arts, nil)
	for _, act := range actors {
		fmt.Printf("%s (%s) %s %q %v: %d mentions\n", act.Name, act.Short, act.Kind, act.Role, act.Aliases, len(act.Mentions))
	}
	for _, q := range corpus.FindQuotes(arts, actors) {
		fmt.Printf("%s: %q\n", q.Speaker, q.Text)
	}
	// Output:
	// Coastal Ferry Workers union (CFW) organisation "" [CFW]: 3 mentions
	// Maria Lund (Lund) person "CFW general secretary" [Lund]: 2 mentions
	// maria-lund: "members were angry about pay"
	// maria-lund: "We have waited two years"
}
