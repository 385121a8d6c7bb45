package tui

import (
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
)

// The smallest terminal the app draws in; below it a one-line message.
const (
	minWidth  = 40
	minHeight = 12
)

// truncate cuts s (which may hold styles) to at most w cells, ending in …
// when it was cut.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if ansi.StringWidth(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, "…")
}

// fit truncates s to w cells and pads it with spaces to exactly w.
func fit(s string, w int) string {
	s = truncate(s, w)
	if pad := w - ansi.StringWidth(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// fitLines makes block exactly h lines of at most w cells: long lines are
// truncated, missing lines added blank, extra lines dropped.
func fitLines(block string, w, h int) string {
	if h <= 0 {
		return ""
	}
	lines := strings.Split(block, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		lines[i] = truncate(l, w)
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n")
}

// height is the number of lines a rendered block takes.
func height(block string) int { return lipgloss.Height(block) }

// joinColumns lays out columns of lines side by side, each padded to its
// width, separated by sep.
func joinColumns(cols [][]string, widths []int, sep string) []string {
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	out := make([]string, rows)
	for r := 0; r < rows; r++ {
		var b strings.Builder
		for i, c := range cols {
			if i > 0 {
				b.WriteString(sep)
			}
			cell := ""
			if r < len(c) {
				cell = c[r]
			}
			if i == len(cols)-1 {
				b.WriteString(truncate(cell, widths[i]))
			} else {
				b.WriteString(fit(cell, widths[i]))
			}
		}
		out[r] = b.String()
	}
	return out
}

// columnLayout decides how many columns of at least minW cells fit in
// width w (with sepW between them) when n are wanted, and how wide each is.
func columnLayout(n, w, minW, sepW int) (shown, colW int) {
	if n <= 0 {
		return 0, w
	}
	shown = n
	for shown > 1 && shown*minW+(shown-1)*sepW > w {
		shown--
	}
	colW = (w - (shown-1)*sepW) / shown
	return shown, max(colW, 1)
}
