package tui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// sourcesModel lists the articles: source, title, publication date and
// how it is known, words, and counts of events, figures and quotes.
type sourcesModel struct {
	c      *common
	l      list
	width  int
	height int
}

func newSources(c *common) sourcesModel {
	m := sourcesModel{c: c}
	lineItem := make([]int, len(c.story.Articles))
	for i := range lineItem {
		lineItem[i] = i
	}
	m.l.setLines(lineItem)
	return m
}

func (m sourcesModel) setSize(w, h int) sourcesModel {
	m.width, m.height = w, h
	extra := 0
	if len(m.c.story.Problems) > 0 {
		extra = 2
	}
	m.l.setHeight(h - 1 - extra)
	return m
}

func (m sourcesModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Open}
}

func (m sourcesModel) update(msg tea.Msg) (sourcesModel, tea.Cmd) {
	if m.l.update(msg, m.c.keys) {
		return m, nil
	}
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.c.keys.Open) {
		return m, m.open()
	}
	return m, nil
}

func (m sourcesModel) open() tea.Cmd {
	if i := m.l.selected(); i >= 0 {
		return emit(openReaderMsg{article: m.c.story.Articles[i].ID, sentence: -1})
	}
	return nil
}

// click selects the article on line y of the view; a second click opens it.
func (m sourcesModel) click(y int) (sourcesModel, tea.Cmd) {
	if _, again := m.l.click(y - 1); again {
		return m, m.open()
	}
	return m, nil
}

// column widths of the sources table
const (
	srcBadgeW = 12
	srcDateW  = 28
	srcNumW   = 22
)

func (m sourcesModel) view() string {
	s, c := m.c.styles, m.c
	if len(c.story.Articles) == 0 {
		return s.Hint.Render("No articles.")
	}
	showDate := m.width >= 90
	showNums := m.width >= 60
	titleW := m.width - 2 - srcBadgeW - 1
	if showDate {
		titleW -= srcDateW + 1
	}
	if showNums {
		titleW -= srcNumW + 1
	}
	titleW = max(titleW, 8)
	head := "  " + fit("Source", srcBadgeW) + " " + fit("Title", titleW)
	if showDate {
		head += " " + fit("Published", srcDateW)
	}
	if showNums {
		head += " " + fmt.Sprintf("%6s %4s %4s %4s", "words", "ev", "fig", "quo")
	}
	out := []string{s.Muted.Render(truncate(head, m.width))}
	from, to := m.l.visible()
	for i := from; i < to; i++ {
		a := c.story.Articles[i]
		cur := "  "
		title := fit(clean(a.Display()), titleW)
		if i == m.l.selected() {
			cur = s.Cursor.Render("▌ ")
			title = s.Selected.Render(title)
		}
		line := cur + fit(c.badge(a.ID), srcBadgeW) + " " + title
		if showDate {
			line += " " + s.Gutter.Render(fit(formatPublished(a), srcDateW))
		}
		if showNums {
			line += " " + s.Muted.Render(fmt.Sprintf("%6d %4d %4d %4d", a.Words, c.events[a.ID], c.figures[a.ID], c.quotes[a.ID]))
		}
		out = append(out, truncate(line, m.width))
	}
	if len(c.story.Problems) > 0 {
		// what was skipped and why; every problem is printed when the UI closes
		ps := c.story.Problems
		msg := "Skipped " + ps[0].Error()
		if len(ps) > 1 {
			msg = fmt.Sprintf("Skipped %d files or records (all are listed when you quit); the first: %s", len(ps), ps[0].Error())
		}
		out = append(out, "", truncate(s.Error.Render(clean(msg)), m.width))
	}
	return strings.Join(out, "\n")
}
