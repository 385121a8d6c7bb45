package report

import (
	"fmt"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// manyActorsStory is the seeds' story with its articles, actors and
// quotes repeated n times under new ids: as many actors and quotes as a
// corpus of thousands of articles has.
func manyActorsStory(b *testing.B, n int) *corpus.Story {
	seed := seedStory(b)
	st := &corpus.Story{Name: seed.Name}
	for i := range n {
		id := func(s string) string { return fmt.Sprintf("%s-%d", s, i) }
		for _, a := range seed.Articles {
			c := *a
			c.ID = id(a.ID)
			st.Articles = append(st.Articles, &c)
		}
		for _, a := range seed.Actors {
			c := *a
			c.ID = id(a.ID)
			c.Mentions = nil
			for _, m := range a.Mentions {
				m.Article = id(m.Article)
				c.Mentions = append(c.Mentions, m)
			}
			st.Actors = append(st.Actors, &c)
		}
		for _, q := range seed.Quotes {
			q.Article = id(q.Article)
			if q.Speaker != "" {
				q.Speaker = id(q.Speaker)
			}
			var shared []string
			for _, s := range q.SharedWith {
				shared = append(shared, id(s))
			}
			q.SharedWith = shared
			st.Quotes = append(st.Quotes, q)
		}
	}
	return st
}

// BenchmarkBuildManyActors is Build on the seeds repeated 100 times: 400
// articles, 1,200 actors and their quotes. It must not go over every
// article and quote for each actor (46 ms before that was fixed, 7 ms
// after).
func BenchmarkBuildManyActors(b *testing.B) {
	st := manyActorsStory(b, 100)
	b.ResetTimer()
	for range b.N {
		Build(st)
	}
}
