package tui

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The loading view: what Open is doing, in words, with a progress bar
// while a stage counts its articles, and a spinner with a bar that sweeps
// to and fro while a stage reports no counts (finding actors runs over
// the whole corpus at once), so a long stage never looks frozen.

// loadingView draws the screen shown while the corpus opens.
func (m model) loadingView() string {
	s := m.styles
	line := stageLine(m.stage, m.done, m.total, m.counted)
	if !m.stageAt.IsZero() && m.now.Sub(m.stageAt) >= time.Second {
		line += s.Muted.Render(" · " + m.now.Sub(m.stageAt).Truncate(time.Second).String())
	}
	if long := "Opening the corpus: " + line; cellWidth(m.spin.View()+long) <= m.width {
		line = long
	} else {
		// a narrow terminal keeps the stage's words
		r, n := utf8.DecodeRuneInString(line)
		line = string(unicode.ToUpper(r)) + line[n:]
	}
	line = m.spin.View() + line
	var bar string
	if m.counted && m.total > 0 {
		bar = m.bar.ViewAs(float64(m.done) / float64(m.total))
	} else {
		bar = sweep(m.styles, m.bar.Width, m.frame)
	}
	lines := []string{
		s.Title.Render("Dateline") + s.Muted.Render(" · ") + s.Bold.Render(clean(m.title())),
		"",
		truncate(line, m.width),
		bar,
		"",
	}
	if n := noticeLines(m.notices, m.styles, m.width, m.height-len(lines)-2); len(n) > 0 {
		lines = append(append(lines, n...), "")
	}
	return strings.Join(append(lines, s.Hint.Render("q to quit")), "\n")
}

// takeNotices keeps the longer of the notices held and a new snapshot of
// Open's notices (each snapshot holds all of them so far).
func (m *model) takeNotices(all []string) {
	if len(all) > len(m.notices) {
		m.notices = all
	}
}

// maxNoticeLines is how many of Open's notices the loading and failure
// screens list.
const maxNoticeLines = 5

// noticeLines lists the latest notices in at most room lines (and
// maxNoticeLines), one line each, saying how many more there were.
func noticeLines(notices []string, s *Styles, w, room int) []string {
	room = min(room, maxNoticeLines)
	if len(notices) == 0 || room <= 0 {
		return nil
	}
	show := notices
	var more string
	if len(show) > room {
		show = show[len(show)-(room-1):]
		more = fmt.Sprintf("(and %d earlier)", len(notices)-len(show))
		if room == 1 {
			show, more = nil, fmt.Sprintf("%d notices", len(notices))
		}
	}
	var out []string
	if more != "" {
		out = append(out, s.Muted.Render(truncate(more, w)))
	}
	for _, n := range show {
		out = append(out, s.Notice.Render(truncate("! "+clean(n), w)))
	}
	return out
}

// noticeStatus is the status line shown when the story opens with
// notices: the first of them, and how many more there are.
func noticeStatus(notices []string) string {
	switch len(notices) {
	case 0:
		return ""
	case 1:
		return clean(notices[0])
	}
	return fmt.Sprintf("%s (and %d more)", clean(notices[0]), len(notices)-1)
}

// stageWords names Open's stages in words.
var stageWords = map[string]string{"load": "reading the files", "actors": "finding actors and quotes",
	"dates": "placing dates", "figures": "reading figures", "quantities": "comparing figures across sources", "index": "indexing for search", "done": "finishing",
	"wait": "waiting for another Dateline to finish updating the index", "story": "reading the analysis kept from the last start"}

// stageUnits names what a stage counts when it is not articles.
var stageUnits = map[string]string{"story": "MB"}

// stageLine says what Open is doing, in words: with its count when the
// stage has counted something, else with the size of the work when known.
func stageLine(stage string, done, total int, counted bool) string {
	w, ok := stageWords[stage]
	if !ok {
		w = clean(stage)
	}
	if unit, ok := stageUnits[stage]; ok {
		if total > 0 {
			return fmt.Sprintf("%s (%d of %d %s)", w, done, total, unit)
		}
		return w + "…"
	}
	switch {
	case counted && total > 0:
		return fmt.Sprintf("%s (%d of %d articles)", w, done, total)
	case total > 0:
		return fmt.Sprintf("%s in %s…", w, plural(total, "article"))
	}
	return w + "…"
}

// sweep draws an indeterminate progress bar of width w: a block that
// moves to and fro across a track, one cell per frame.
func sweep(s *Styles, w, frame int) string {
	if w <= 0 {
		return ""
	}
	block := max(w/6, 1)
	span := w - block
	pos := 0
	if span > 0 {
		pos = frame % (2 * span)
		if pos > span {
			pos = 2*span - pos
		}
	}
	return s.Muted.Render(strings.Repeat("░", pos)) + s.Title.Render(strings.Repeat("█", block)) +
		s.Muted.Render(strings.Repeat("░", w-pos-block))
}
