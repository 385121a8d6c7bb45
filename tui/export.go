package tui

import (
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/report"
)

// The e key exports the view in front to a Markdown file with the report
// package: the timeline (as filtered), one figures comparison or one
// actor. The file is written by exportCmd; exportedMsg brings back where
// it went, which the status line shows.

// exportDirEnv names the environment variable of the folder exports go
// to; they go to the current directory when it is unset.
const exportDirEnv = "DATELINE_EXPORT_DIR"

// canExport reports whether the view in front can be exported.
func (m model) canExport() bool {
	switch m.top() {
	case pageQuantity, pageActor:
		return true
	case pageTabs:
		return m.tab == tabTimeline
	}
	return false
}

// exportView returns the command that exports the view in front, or nil
// when it cannot be exported.
func (m model) exportView() tea.Cmd {
	c := m.c
	st := c.story
	switch {
	case m.top() == pageQuantity && m.compare.quantity >= 0 && m.compare.quantity < len(st.Quantities):
		q := m.compare.quantity
		label := quantityLabel(st.Quantities[q])
		return exportCmd("the "+label+" comparison", nameBase("figures", label, st.Quantities[q].ID),
			func(w io.Writer) error { return report.Comparison(w, st, q) })
	case m.top() == pageActor:
		id := m.actor.actor
		return exportCmd(c.actorName(id), nameBase("actor", c.actorName(id), id),
			func(w io.Writer) error { return report.Actor(w, st, id) })
	case m.top() == pageTabs && m.tab == tabTimeline:
		actor := c.filter
		if actor == "" {
			return exportCmd("the timeline", "timeline", func(w io.Writer) error { return report.Timeline(w, st, nil) })
		}
		return exportCmd("the timeline of "+c.filterName(), nameBase("timeline", c.actorName(actor), actor),
			func(w io.Writer) error {
				ments := storyMentions(st, actor)
				return report.Timeline(w, st, func(e corpus.Event) bool { return eventHasActor(e, actor, ments) })
			})
	}
	return nil
}

// nameBase is the part of an export's file name that says what it holds:
// the kind of view and a slug of its name (of its id when the name has no
// letters or digits).
func nameBase(kind, name, id string) string {
	s := slug(name)
	if s == "" {
		s = slug(id)
	}
	if s == "" {
		return kind
	}
	return kind + "-" + s
}

// slug turns a name into lower-case ASCII letters and digits joined by
// hyphens, at most 40 bytes and cut between words, for a file name.
func slug(name string) string {
	const most = 40
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	out := b.String()
	if len(out) > most {
		out = out[:most+1]
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		} else {
			out = out[:most]
		}
	}
	return out
}
