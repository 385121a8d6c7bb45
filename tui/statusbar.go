package tui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/help"

	"github.com/dateline-news/dateline/corpus"
)

// The header (story, counts, date span), the tab bar and the footer
// (filter, status and help).

// headerView draws the first line: the story's title, its size and span.
func headerView(c *common, title string, w int) string {
	s := c.styles
	st := c.story
	parts := []string{plural(len(st.Articles), "article"), plural(len(c.sources), "source")}
	if c.span != "" {
		parts = append(parts, c.span)
	}
	return truncate(s.Title.Render("Dateline")+s.Muted.Render(" · ")+s.Bold.Render(clean(title))+s.Muted.Render(" · "+strings.Join(parts, " · ")), w)
}

// storySpan is the span of the articles' publication dates, else of the
// events' dates.
func storySpan(st *corpus.Story) string {
	var first, last time.Time
	see := func(t time.Time) {
		if t.IsZero() {
			return
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		if t.After(last) {
			last = t
		}
	}
	for _, a := range st.Articles {
		see(a.Published)
	}
	if first.IsZero() {
		for _, e := range st.Events {
			see(e.Start)
		}
	}
	switch {
	case first.IsZero():
		return ""
	case first.Year() == last.Year() && first.Month() == last.Month() && first.Day() == last.Day():
		return formatDate(first)
	}
	return formatDate(first) + " – " + formatDate(last)
}

// tabBar draws the tabs and returns, for mouse clicks, the cell where each
// tab ends.
func tabBar(s *Styles, active tab, w int) (string, []int) {
	var b strings.Builder
	var ends []int
	x := 0
	for i, name := range tabNames {
		label := fmt.Sprintf(" %d %s ", i+1, name)
		if x+len(label) > w && i > 0 {
			label = fmt.Sprintf(" %d ", i+1)
		}
		st := s.Tab
		if tab(i) == active {
			st = s.ActiveTab
		}
		b.WriteString(st.Render(label))
		x += cellWidth(label)
		ends = append(ends, x)
	}
	return truncate(b.String(), w), ends
}

// footerView draws the status line (filter and messages, warn marking a
// warning) and the help.
func footerView(c *common, h help.Model, keys help.KeyMap, status string, warn bool, w int) string {
	s := c.styles
	var line []string
	if c.filter != "" {
		line = append(line, s.Filter.Render("filter: "+c.filterName()+" (esc clears)"))
	}
	if status != "" {
		st := s.Status
		if warn {
			st = s.Notice
		}
		line = append(line, st.Render(status))
	}
	h.Width = w
	out := h.View(keys)
	if len(line) > 0 {
		out = truncate(strings.Join(line, "  "), w) + "\n" + out
	}
	return out
}
