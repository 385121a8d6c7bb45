package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestGoldens draws every screen, page and the reader on the seed corpus
// at 80×24 and 120×40 and compares them with testdata/TestGoldens/*.
// Regenerate with: go test ./tui -run TestGoldens -update
func TestGoldens(t *testing.T) {
	st := seedStory(t)
	screens := []struct {
		name string
		keys []string
	}{
		{"timeline", nil},
		{"timeline-event", []string{"enter"}},
		{"search", []string{"/", "text:strike", "enter"}},
		{"actors", []string{"3"}},
		{"actors-actor", []string{"3", "enter"}},
		{"figures", []string{"4"}},
		{"figures-comparison", []string{"4", "enter"}},
		{"sources", []string{"5"}},
		{"reader", []string{"5", "enter"}},
		{"reader-search", []string{"/", "text:Heathcote", "enter", "enter", "n"}},
		{"help", []string{"?"}},
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			for _, sc := range screens {
				t.Run(sc.name, func(t *testing.T) {
					m := start(t, openStory(st), size[0], size[1])
					m = send(t, m, keys(sc.keys...)...)
					v := m.View()
					// the search's timing varies from run to run
					v = tookRE.ReplaceAllString(v, "hits in Xms")
					if n := strings.Count(v, "\n") + 1; n != size[1] {
						t.Errorf("view has %d lines, want %d", n, size[1])
					}
					golden.RequireEqual(t, []byte(v))
				})
			}
		})
	}
}

var tookRE = regexp.MustCompile(`hits? in [0-9.]+[µmn]?s`)
