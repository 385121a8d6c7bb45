package tui

import (
	"fmt"
	"sort"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
)

// readerModel shows one cleaned article in a scrolling pane with dates,
// actors and figures highlighted in their styles and the words of the
// search that led here marked; n and N jump between those matches.
type readerModel struct {
	c        *common
	article  *corpus.Article
	sentence int // sentence to open at, -1 for the top
	terms    []string
	matches  []corpus.Span // search matches in the article's text
	current  int           // current match, -1 before the first jump
	lines    []textLine    // wrapped body lines
	header   []string
	p        pane
	width    int
	height   int
}

// readerMargin is the blank margin either side of the text.
const readerMargin = 1

// readerMaxWidth keeps lines readable on wide terminals.
const readerMaxWidth = 100

func newReader(c *common, id string, sentence int, terms []string) readerModel {
	m := readerModel{c: c, article: c.story.Article(id), sentence: sentence, terms: terms, current: -1}
	if m.article != nil {
		m.matches = termSpans(m.article.Text, terms)
		sort.Slice(m.matches, func(i, j int) bool { return m.matches[i].Start < m.matches[j].Start })
		if sentence >= 0 && sentence < len(m.article.Sentences) {
			// the first jump goes to the first match in the opened sentence
			sen := m.article.Sentences[sentence]
			for i, sp := range m.matches {
				if sp.Start >= sen.Start {
					m.current = i - 1
					break
				}
			}
		}
	}
	return m
}

func (m readerModel) setSize(w, h int) readerModel {
	first := m.p.offset < len(m.lines) && len(m.lines) > 0
	var keep int
	if first {
		keep = m.lines[m.p.offset].start
	}
	resized := w != m.width
	m.width, m.height = w, h
	m.build()
	if resized && first && m.p.offset > 0 {
		m.p.scrollTo(m.lineOf(keep)) // keep the same text at the top
	}
	return m
}

func (m readerModel) helpKeys() []key.Binding {
	k := m.c.keys
	if len(m.matches) > 0 {
		return []key.Binding{k.Up, k.Down, k.NextMatch, k.PrevMatch}
	}
	return []key.Binding{k.Up, k.Down, k.PageDown}
}

func (m readerModel) update(msg tea.Msg) (readerModel, tea.Cmd) {
	k := m.c.keys
	if km, ok := msg.(tea.KeyMsg); ok && len(m.matches) > 0 {
		switch {
		case key.Matches(km, k.NextMatch):
			m.current = (m.current + 1) % len(m.matches)
			m.build()
			m.showMatch()
			return m, nil
		case key.Matches(km, k.PrevMatch):
			m.current = (m.current - 1 + len(m.matches)) % len(m.matches)
			m.build()
			m.showMatch()
			return m, nil
		}
	}
	m.p.update(msg, k)
	return m, nil
}

// showMatch scrolls the current match into view with some context.
func (m *readerModel) showMatch() {
	if m.current < 0 || m.current >= len(m.matches) {
		return
	}
	ln := m.lineOf(m.matches[m.current].Start)
	if ln < m.p.offset || ln >= m.p.offset+m.p.height {
		m.p.scrollTo(ln - m.p.height/3)
	}
}

// lineOf is the pane line on which byte offset off of the text is drawn.
func (m readerModel) lineOf(off int) int {
	i := sort.Search(len(m.lines), func(i int) bool { return m.lines[i].end > off })
	return len(m.header) + min(i, max(len(m.lines)-1, 0))
}

// build wraps and draws the article for the current width.
func (m *readerModel) build() {
	c, s := m.c, m.c.styles
	a := m.article
	if a == nil {
		m.header = nil
		m.p.setLines([]string{s.Error.Render("This article is no longer in the corpus.")})
		m.p.setHeight(m.height)
		return
	}
	w := min(m.width-2*readerMargin, readerMaxWidth)
	w = max(w, 10)
	pad := "          "[:readerMargin]
	var head []string
	for _, l := range renderWrapped(a.Display(), 0, len(a.Display()), w, nil) {
		head = append(head, pad+s.Title.Render(l))
	}
	meta := c.badge(a.ID) + " " + s.Muted.Render(formatPublished(a)+" · "+plural(a.Words, "word"))
	if a.Author != "" {
		meta += s.Muted.Render(" · " + clean(a.Author))
	}
	head = append(head, pad+truncate(meta, w))
	if len(m.matches) > 0 {
		pos := "n/N to jump"
		if m.current >= 0 {
			pos = fmt.Sprintf("match %d of %d", m.current+1, len(m.matches))
		}
		head = append(head, pad+s.Hint.Render(truncate(fmt.Sprintf("%s · %s", plural(len(m.matches), "match"), pos), w)))
	}
	head = append(head, "")
	m.header = head
	// highlights: dates, actors, figures, then search matches on top
	var marks []mark
	for _, x := range c.story.Expressions {
		if x.Article == a.ID {
			marks = append(marks, mark{x.Span, s.Date})
		}
	}
	for _, act := range c.story.Actors {
		for _, mn := range act.Mentions {
			if mn.Article == a.ID {
				marks = append(marks, mark{mn.Span, s.Mention})
			}
		}
	}
	for _, f := range c.story.Figures {
		if f.Article == a.ID {
			marks = append(marks, mark{f.Span, s.Figure})
		}
	}
	for i, sp := range m.matches {
		st := s.Match
		if i == m.current {
			st = s.Current
		}
		marks = append(marks, mark{sp, st})
	}
	m.lines = wrap(a.Text, 0, len(a.Text), w-2)
	var target corpus.Sentence
	hasTarget := m.sentence >= 0 && m.sentence < len(a.Sentences)
	if hasTarget {
		target = a.Sentences[m.sentence]
	}
	lines := append([]string(nil), head...)
	for _, l := range m.lines {
		gut := "  "
		if hasTarget && l.end > target.Start && l.start < target.End {
			gut = s.Cursor.Render("▌ ")
		}
		lines = append(lines, pad+gut+render(a.Text, l.start, l.end, marksIn(marks, l.start, l.end)))
	}
	m.p.setLines(lines)
	m.p.setHeight(m.height)
}

// marksIn returns the marks that overlap [from, to), in their order (the
// order is their priority: search matches come last and win).
func marksIn(marks []mark, from, to int) []mark {
	var out []mark
	for _, mk := range marks {
		if mk.End > from && mk.Start < to {
			out = append(out, mk)
		}
	}
	return out
}

// open scrolls to the sentence the reader was opened at.
func (m readerModel) open() readerModel {
	if m.article != nil && m.sentence >= 0 && m.sentence < len(m.article.Sentences) {
		m.p.scrollTo(m.lineOf(m.article.Sentences[m.sentence].Start) - 2)
	}
	return m
}

func (m readerModel) view() string { return m.p.view() }
