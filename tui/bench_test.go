package tui

import (
	"fmt"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// largeStory is the seeds' story with its events, mentions and figure
// claims repeated n times: the lists the views draw from are as long as
// a large corpus's, while the index stays small.
func largeStory(b *testing.B, n int) *corpus.Story {
	st := *seedStory(b)
	events, quantities := st.Events, st.Quantities
	st.Events, st.Quantities, st.Actors = nil, nil, nil
	for i := range n {
		for _, e := range events {
			e.ID = fmt.Sprintf("%s-%d", e.ID, i)
			st.Events = append(st.Events, e)
		}
	}
	for _, q := range quantities {
		var claims []int
		for range n {
			claims = append(claims, q.Claims...)
		}
		q.Claims = claims
		st.Quantities = append(st.Quantities, q)
	}
	for _, a := range seedStory(b).Actors {
		var ms []corpus.Mention
		for range n {
			ms = append(ms, a.Mentions...)
		}
		a.Mentions = ms
		st.Actors = append(st.Actors, a)
	}
	return &st
}

// BenchmarkKeyLargeStory is one key (down) and the redrawn view in the
// timeline, actors and figures tabs of a story with 32,000 events and
// thousands of mentions and claims to an actor or quantity (the scale
// corpus of docs/PERFORMANCE.md has 128,095 events): the views must not
// go over every event, mention or claim on each key.
func BenchmarkKeyLargeStory(b *testing.B) {
	st := largeStory(b, 2000)
	for _, tab := range []struct{ key, name string }{{"1", "timeline"}, {"3", "actors"}, {"4", "figures"}} {
		b.Run(tab.name, func(b *testing.B) {
			m := start(b, openStory(st), 160, 45)
			m = send(b, m, keys(tab.key)...)
			b.ResetTimer()
			for range b.N {
				m = send(b, m, keys("j")...)
				_ = m.View()
			}
		})
	}
}
