package tui

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// TestActorQuotesBadgeOnce: an actor's quotes from one article sit under
// one badge; a quote with a note of its own (reported) keeps its head.
func TestActorQuotesBadgeOnce(t *testing.T) {
	st := fixture(t)
	g1 := st.Article("g1")
	add := func(text string, direct bool) {
		i := strings.Index(g1.Text, text)
		st.Quotes = append(st.Quotes, corpus.Quote{Article: "g1", Text: text, Span: corpus.Span{Start: i, End: i + len(text)},
			Sentence: g1.SentenceAt(i), Speaker: "heathcote", SpeakerAs: "Jane Heathcote", Direct: direct})
	}
	st.Quotes[0].Direct = true
	add("The strike began on 4 March 2024", true)
	add("the budget gap was £260 million", false)
	m := start(t, openStory(st), 100, 30)
	m = send(t, m, openActorMsg{actor: "heathcote"})
	v := m.View()
	quotes := v[strings.Index(v, "Quotes"):strings.Index(v, "Timeline\n")]
	if n := strings.Count(quotes, "[Gazette]"); n != 2 {
		t.Errorf("[Gazette] heads %d runs of quotes, want 2 (one run, one reported quote):\n%s", n, v)
	}
	if !strings.Contains(quotes, "[Gazette] (reported)") {
		t.Errorf("the reported quote lost its note:\n%s", v)
	}
}
