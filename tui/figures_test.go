package tui

import (
	"strings"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// TestComparisonBadgeOncePerColumn: a source that makes several claims
// heads its column with its badge once.
func TestComparisonBadgeOncePerColumn(t *testing.T) {
	st := fixture(t)
	h1 := st.Article("h1")
	i := strings.Index(h1.Text, "2024")
	st.Figures = append(st.Figures, corpus.Figure{Article: "h1", Text: "2024", Span: corpus.Span{Start: i, End: i + 4},
		Sentence: h1.SentenceAt(i), Value: 2024, Unit: "GBP", Measure: "budget gap"})
	st.Quantities[0].Claims = append(st.Quantities[0].Claims, len(st.Figures)-1)
	m := start(t, openStory(st), 100, 30)
	m = send(t, m, keys("4", "enter")...)
	v := m.View()
	if n := strings.Count(v, "[Herald]"); n != 1 {
		t.Errorf("[Herald] shown %d times, want once:\n%s", n, v)
	}
	if n := strings.Count(v, "[Gazette]"); n != 1 {
		t.Errorf("[Gazette] shown %d times, want once:\n%s", n, v)
	}
	for _, s := range []string{"£260 million", "£450 million", "£2,024", "3 claims from 2 sources"} {
		if !strings.Contains(v, s) {
			t.Errorf("comparison lacks %q:\n%s", s, v)
		}
	}
}
