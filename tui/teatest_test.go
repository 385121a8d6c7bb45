package tui

import (
	"bytes"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// TestProgram runs the whole program (Open in a command, the real
// debounce) on the fixture: it searches as a user types and quits.
func TestProgram(t *testing.T) {
	m := newModel(Options{Title: "fixture", Open: openStory(fixture(t))}, false)
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	waitFor := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(what)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	waitFor("Staff strike begins")
	tm.Type("/")
	tm.Type("heathcote")
	waitFor("2 hits")
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // leave the box
	tm.Send(tea.KeyMsg{Type: tea.KeyEnter}) // open the first hit
	waitFor("Heathcote called it historic")
	tm.Type("q")
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(model)
	if final.top() != pageReader {
		t.Errorf("ended on page %v, want the reader", final.top())
	}
	golden.RequireEqual(t, []byte(final.View()))
}
