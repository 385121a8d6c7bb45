package tui

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/corpus"
)

// Article text is drawn from byte ranges of the original text so that the
// offsets the analyses give (dates, mentions, figures, matches) can be
// highlighted. Every piece passes through corpus.Sanitize just before it
// is styled: the TUI does not trust that loading sanitised it.

// mark is a highlighted range of an article's text. When marks overlap the
// later one in the slice wins.
type mark struct {
	corpus.Span
	style lipgloss.Style
}

// textLine is one wrapped line: a byte range of the text.
type textLine struct{ start, end int }

// clean sanitises article text for drawing on one line: control
// characters go, newlines become spaces.
func clean(s string) string {
	s = corpus.Sanitize(s)
	if strings.ContainsRune(s, '\n') {
		s = strings.ReplaceAll(s, "\n", " ")
	}
	return s
}

// cellWidth is how many cells s takes once sanitised.
func cellWidth(s string) int { return ansi.StringWidth(clean(s)) }

// wrap breaks text[start:end] into lines of at most width cells at spaces;
// a newline ends a line and a blank line is kept as an empty line. Words
// wider than the line are split.
func wrap(text string, start, end, width int) []textLine {
	width = max(width, 1)
	var out []textLine
	lineStart, lineEnd, lineW := -1, -1, 0
	flush := func() {
		if lineStart >= 0 {
			out = append(out, textLine{lineStart, lineEnd})
		}
		lineStart, lineEnd, lineW = -1, -1, 0
	}
	i := start
	for i < end {
		c := text[i]
		if c == '\n' {
			if lineStart < 0 && len(out) > 0 && i > start && text[i-1] == '\n' {
				out = append(out, textLine{i, i}) // a blank line between paragraphs
			}
			flush()
			i++
			continue
		}
		if c == ' ' {
			i++
			continue
		}
		j := i
		for j < end && text[j] != ' ' && text[j] != '\n' {
			j++
		}
		ww := cellWidth(text[i:j])
		switch {
		case lineStart >= 0 && lineW+1+ww <= width:
			lineEnd, lineW = j, lineW+1+ww
		case ww <= width:
			flush()
			lineStart, lineEnd, lineW = i, j, ww
		default:
			// a word wider than the line: cut it into pieces
			flush()
			k := i
			for k < j {
				n, w := k, 0
				for n < j {
					_, size := utf8.DecodeRuneInString(text[n:j])
					rw := cellWidth(text[n : n+size])
					if w+rw > width && n > k {
						break
					}
					n, w = n+size, w+rw
				}
				if n < j {
					out = append(out, textLine{k, n})
				} else {
					lineStart, lineEnd, lineW = k, n, w
				}
				k = n
			}
		}
		i = j
	}
	flush()
	return out
}

// render draws text[from:to] with the marks that fall in it.
func render(text string, from, to int, marks []mark) string {
	if from >= to {
		return ""
	}
	// cut points: the range ends and every mark boundary inside it
	cuts := []int{from, to}
	for _, m := range marks {
		if m.End <= from || m.Start >= to {
			continue
		}
		if m.Start > from {
			cuts = append(cuts, m.Start)
		}
		if m.End < to {
			cuts = append(cuts, m.End)
		}
	}
	sort.Ints(cuts)
	var b strings.Builder
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a >= z {
			continue
		}
		seg := clean(text[a:z])
		styled := false
		for k := len(marks) - 1; k >= 0; k-- {
			if m := marks[k]; m.Start <= a && m.End >= z {
				b.WriteString(m.style.Render(seg))
				styled = true
				break
			}
		}
		if !styled {
			b.WriteString(seg)
		}
	}
	return b.String()
}

// renderWrapped wraps text[from:to] at width and draws each line with its
// marks.
func renderWrapped(text string, from, to, width int, marks []mark) []string {
	var out []string
	for _, l := range wrap(text, from, to, width) {
		out = append(out, render(text, l.start, l.end, marks))
	}
	return out
}

// excerpt draws text on one line of width cells, starting a little before
// the first mark so that it is in view.
func excerpt(text string, marks []mark, width int) string {
	from := 0
	if len(marks) > 0 {
		first := marks[0].Start
		for _, m := range marks {
			first = min(first, m.Start)
		}
		if first < len(text) && cellWidth(text[:first]) > width/3 {
			// start at a word boundary a third of the line before the mark
			from = first
			for w := 0; from > 0 && w < width/3; {
				_, size := utf8.DecodeLastRuneInString(text[:from])
				from -= size
				w += cellWidth(text[from : from+size])
			}
			for from < first && text[from] != ' ' {
				from++
			}
			return truncate("…"+render(text, from, len(text), marks), width)
		}
	}
	return truncate(render(text, from, len(text), marks), width)
}
