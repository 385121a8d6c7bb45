package tui

import (
	"errors"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// TestSourcesSkipped: the sources tab says which files or records were
// skipped and why.
func TestSourcesSkipped(t *testing.T) {
	for _, tt := range []struct {
		name     string
		problems []*corpus.LoadError
		want     string
	}{
		{"one", []*corpus.LoadError{{Path: "feed.jsonl", Line: 7, Err: errors.New("not JSON")}}, "Skipped feed.jsonl:7: not JSON"},
		{"two", []*corpus.LoadError{{Path: "a.txt", Err: errors.New("empty")}, {Path: "b.txt", Err: errors.New("empty")}},
			"Skipped 2 files or records (all are listed when you quit); the first: a.txt: empty"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			st := fixture(t)
			st.Problems = tt.problems
			m := start(t, openStory(st), 120, 24)
			m = send(t, m, keys("5")...)
			checkFrame(t, m)
			if v := m.View(); !strings.Contains(v, tt.want) {
				t.Errorf("sources tab lacks %q:\n%s", tt.want, v)
			}
		})
	}
}
