package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// list is the selection and scrolling of a list whose items take one or
// more lines, with non-selectable lines (headings) between them. Children
// render only the lines in view.
type list struct {
	itemLine []int // first line of each item
	lineItem []int // item of each line, -1 for headings
	pos      int   // selected item
	offset   int   // first line in view
	height   int   // lines in view
}

// setLines replaces the list's structure: lineItem gives, for every line,
// its item or -1. The selection is kept where possible.
func (l *list) setLines(lineItem []int) {
	l.lineItem = lineItem
	l.itemLine = nil
	for i, it := range lineItem {
		if it >= 0 && it == len(l.itemLine) {
			l.itemLine = append(l.itemLine, i)
		}
	}
	l.pos = clamp(l.pos, 0, len(l.itemLine)-1)
	l.show()
}

func (l *list) setHeight(h int) {
	l.height = max(h, 1)
	l.show()
}

// len is the number of items.
func (l *list) len() int { return len(l.itemLine) }

// selected is the selected item, -1 when the list is empty.
func (l *list) selected() int {
	if len(l.itemLine) == 0 {
		return -1
	}
	return l.pos
}

// visible returns the range of lines in view.
func (l *list) visible() (from, to int) {
	return l.offset, min(l.offset+l.height, len(l.lineItem))
}

func (l *list) selectItem(i int) {
	if len(l.itemLine) == 0 {
		return
	}
	l.pos = clamp(i, 0, len(l.itemLine)-1)
	l.show()
}

// show scrolls so the selected item is in view, with the headings just
// above it when they fit.
func (l *list) show() {
	maxOff := max(len(l.lineItem)-l.height, 0)
	if len(l.itemLine) == 0 {
		l.offset = clamp(l.offset, 0, maxOff)
		return
	}
	first := l.itemLine[l.pos]
	last := len(l.lineItem) - 1
	if l.pos+1 < len(l.itemLine) {
		last = l.itemLine[l.pos+1] - 1
	}
	// include the headings directly above the item
	top := first
	for top > 0 && l.lineItem[top-1] < 0 {
		top--
	}
	if first-top >= l.height {
		top = first
	}
	if top < l.offset {
		l.offset = top
	}
	if last >= l.offset+l.height {
		l.offset = max(last-l.height+1, 0)
		if first < l.offset {
			l.offset = first
		}
	}
	l.offset = clamp(l.offset, 0, maxOff)
}

// scroll moves the view by n lines without changing the selection, unless
// the selection leaves the view.
func (l *list) scroll(n int) {
	l.offset = clamp(l.offset+n, 0, max(len(l.lineItem)-l.height, 0))
	if len(l.itemLine) == 0 {
		return
	}
	if l.itemLine[l.pos] < l.offset || l.itemLine[l.pos] >= l.offset+l.height {
		from, to := l.visible()
		for ln := from; ln < to; ln++ {
			if it := l.lineItem[ln]; it >= 0 {
				l.pos = it
				if n < 0 {
					// scrolling up: keep the last item in view
					for k := to - 1; k >= from; k-- {
						if l.lineItem[k] >= 0 {
							l.pos = l.lineItem[k]
							break
						}
					}
				}
				break
			}
		}
	}
}

// click selects the item on line y of the view; it reports whether the
// item was already selected (a second click opens it).
func (l *list) click(y int) (item int, again bool) {
	ln := l.offset + y
	if y < 0 || ln >= len(l.lineItem) || l.lineItem[ln] < 0 {
		return -1, false
	}
	it := l.lineItem[ln]
	again = it == l.pos
	l.pos = it
	return it, again
}

// update moves the selection for navigation keys and the mouse wheel; it
// reports whether it used the message.
func (l *list) update(msg tea.Msg, k keyMap) bool {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		page := max(l.height-1, 1)
		switch {
		case key.Matches(msg, k.Up):
			l.selectItem(l.pos - 1)
		case key.Matches(msg, k.Down):
			l.selectItem(l.pos + 1)
		case key.Matches(msg, k.Top):
			l.selectItem(0)
		case key.Matches(msg, k.Bottom):
			l.selectItem(len(l.itemLine) - 1)
		case key.Matches(msg, k.PageUp):
			l.selectItem(l.itemAtLine(l.itemLine0() - page))
		case key.Matches(msg, k.PageDown):
			l.selectItem(l.itemAtLine(l.itemLine0() + page))
		default:
			return false
		}
		return true
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			l.scroll(-3)
		case tea.MouseButtonWheelDown:
			l.scroll(3)
		default:
			return false
		}
		return true
	}
	return false
}

func (l *list) itemLine0() int {
	if len(l.itemLine) == 0 {
		return 0
	}
	return l.itemLine[l.pos]
}

// itemAtLine is the item on line ln or the nearest one after it.
func (l *list) itemAtLine(ln int) int {
	if len(l.lineItem) == 0 {
		return 0
	}
	ln = clamp(ln, 0, len(l.lineItem)-1)
	for i := ln; i < len(l.lineItem); i++ {
		if l.lineItem[i] >= 0 {
			return l.lineItem[i]
		}
	}
	for i := ln; i >= 0; i-- {
		if l.lineItem[i] >= 0 {
			return l.lineItem[i]
		}
	}
	return 0
}

// pane is a scrolling block of pre-rendered lines (the detail pages and
// the reader).
type pane struct {
	lines  []string
	offset int
	height int
}

func (p *pane) setLines(lines []string) {
	p.lines = lines
	p.offset = clamp(p.offset, 0, p.maxOffset())
}

func (p *pane) setHeight(h int) {
	p.height = max(h, 1)
	p.offset = clamp(p.offset, 0, p.maxOffset())
}

func (p *pane) maxOffset() int { return max(len(p.lines)-p.height, 0) }

// scrollTo puts line ln at the top of the view (as far as it goes).
func (p *pane) scrollTo(ln int) { p.offset = clamp(ln, 0, p.maxOffset()) }

func (p *pane) view() string {
	to := min(p.offset+p.height, len(p.lines))
	if p.offset >= to {
		return ""
	}
	return strings.Join(p.lines[p.offset:to], "\n")
}

// update scrolls for navigation keys and the mouse wheel; it reports
// whether it used the message.
func (p *pane) update(msg tea.Msg, k keyMap) bool {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		page := max(p.height-1, 1)
		switch {
		case key.Matches(msg, k.Up):
			p.scrollTo(p.offset - 1)
		case key.Matches(msg, k.Down):
			p.scrollTo(p.offset + 1)
		case key.Matches(msg, k.Top):
			p.scrollTo(0)
		case key.Matches(msg, k.Bottom):
			p.scrollTo(p.maxOffset())
		case key.Matches(msg, k.PageUp):
			p.scrollTo(p.offset - page)
		case key.Matches(msg, k.PageDown):
			p.scrollTo(p.offset + page)
		default:
			return false
		}
		return true
	case tea.MouseMsg:
		switch msg.Button {
		case tea.MouseButtonWheelUp:
			p.scrollTo(p.offset - 3)
		case tea.MouseButtonWheelDown:
			p.scrollTo(p.offset + 3)
		default:
			return false
		}
		return true
	}
	return false
}

func clamp(v, lo, hi int) int {
	if hi < lo {
		return lo
	}
	return min(max(v, lo), hi)
}
