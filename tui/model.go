// Package tui is Dateline's terminal UI.
package tui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
)

// Options configure the terminal UI.
type Options struct{}

// Run opens the terminal UI on the story and returns when the user quits.
func Run(st *corpus.Story, opts Options) error {
	_, err := tea.NewProgram(placeholder{st: st}, tea.WithAltScreen()).Run()
	return err
}

type placeholder struct{ st *corpus.Story }

func (p placeholder) Init() tea.Cmd { return nil }
func (p placeholder) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return p, tea.Quit
	}
	return p, nil
}
func (p placeholder) View() string {
	return "Dateline — " + p.st.Name + "\n\nThe full interface is on its way. Press q to quit.\n"
}
