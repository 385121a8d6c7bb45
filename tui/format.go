package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/report"
)

// shortID shortens an article id for use as a source badge: ids made of a
// number and a hash ("001_d4c1fd7ba1307763") keep the number and the start
// of the hash.
func shortID(id string) string {
	const max = 8
	if utf8.RuneCountInString(id) <= max+2 {
		return id
	}
	r := []rune(id)
	s := string(r[:max])
	return strings.TrimRight(s, "_-. ")
}

// sourceLabel is what names an article's source: its source, else its
// shortened id.
func sourceLabel(a *corpus.Article) string {
	if s := strings.TrimSpace(clean(a.Source)); s != "" {
		return s
	}
	return shortID(clean(a.ID))
}

// formatDate formats a calendar day, or "" when unknown.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2 Jan 2006")
}

// formatPublished says when an article was published and how that is known.
func formatPublished(a *corpus.Article) string {
	if !a.HasPublished() {
		return "date unknown"
	}
	d := formatDate(a.Published)
	if a.PublishedHasTime {
		d += a.Published.Format(" 15:04")
	}
	switch a.PublishedHow {
	case corpus.PublishedInferred:
		return d + " (inferred)"
	case corpus.PublishedText:
		return d + " (dateline)"
	}
	return d
}

// gutterWidth is the width of the timeline's date gutter.
const gutterWidth = 12

// gutter formats an event's date for the timeline's gutter, as precisely
// as the text supports and in at most width cells: "11 Dec", "7–8 Dec",
// "wk 9 Dec", "Dec 2024", "2021–2024", "since 2021"; "~" before an
// approximate date. The month or year is left to the group heading when
// the whole date lies in it. It returns "" for an undated event.
func gutter(e corpus.Event, approx bool, width int) string {
	if !e.Dated() {
		return ""
	}
	prefix := ""
	if approx {
		prefix = "~"
	}
	for _, c := range gutterCandidates(e.Start, e.End, e.Granularity) {
		if cellWidth(prefix+c) <= width {
			return prefix + c
		}
	}
	return fit(prefix+report.When(e.Start, e.End, e.Granularity), width)
}

// gutterCandidates are ways of writing a date, most detailed first.
func gutterCandidates(start, end time.Time, g corpus.Granularity) []string {
	if g == corpus.GranWeek {
		return []string{"wk " + start.Format("2 Jan"), "wk " + start.Format("2/1")}
	}
	from, to := report.Precisions(start, end, g)
	if end.IsZero() {
		if g == corpus.GranSpan {
			return []string{"since " + shortAt(start, from, true), "since " + shortAt(start, min(from, report.PrecMonth), true),
				"since " + start.Format("2006")}
		}
		end = start
	}
	if end.Before(start) {
		end = start
	}
	if same(start, end, from) && from == to {
		return []string{shortAt(start, from, from == report.PrecMonth)}
	}
	var out []string
	if start.Year() == end.Year() {
		if from == report.PrecYear && to > report.PrecYear {
			// a span from 1 January to a month or day of the same year
			// starts in January, not in "2024"
			from = report.PrecMonth
		}
		switch {
		case from >= report.PrecDay && to >= report.PrecDay && start.Month() == end.Month():
			out = append(out, start.Format("2")+"–"+end.Format("2 Jan"))
		case from >= report.PrecDay && to >= report.PrecDay:
			out = append(out, start.Format("2 Jan")+"–"+end.Format("2 Jan"))
		case from == report.PrecMonth && to == report.PrecMonth:
			out = append(out, start.Format("Jan")+"–"+end.Format("Jan 2006"), start.Format("Jan")+"–"+end.Format("Jan"))
		}
		out = append(out, shortAt(start, from, false)+"–"+shortAt(end, to, false))
	}
	// across years (or too long): coarser and coarser
	for _, p := range []report.Precision{report.PrecDay, report.PrecMonth} {
		a, b := shortAt(start, min(from, p), true), shortAt(end, min(to, p), true)
		out = append(out, a+"–"+b)
	}
	out = append(out, start.Format("Jan 06")+"–"+end.Format("Jan 06"))
	if start.Year() == end.Year() {
		out = append(out, start.Format("2006"))
	}
	return append(out, start.Format("2006")+"–"+end.Format("2006"), start.Format("2006")+"–"+end.Format("06"))
}

// shortAt writes t to precision p, with its year when withYear is set
// (a year is always written).
func shortAt(t time.Time, p report.Precision, withYear bool) string {
	switch {
	case p == report.PrecYear:
		return t.Format("2006")
	case p == report.PrecMonth && withYear:
		return t.Format("Jan 2006")
	case p == report.PrecMonth:
		return t.Format("Jan")
	case p == report.PrecTime:
		return t.Format("2 Jan 15:04")
	case withYear:
		return t.Format("2 Jan 2006")
	}
	return t.Format("2 Jan")
}

// same reports whether a and b fall in the same unit of precision p.
func same(a, b time.Time, p report.Precision) bool {
	switch p {
	case report.PrecYear:
		return a.Year() == b.Year()
	case report.PrecMonth:
		return a.Year() == b.Year() && a.Month() == b.Month()
	case report.PrecDay:
		return a.Year() == b.Year() && a.YearDay() == b.YearDay()
	}
	return a.Equal(b)
}

// groupHeading is the heading under which an event is listed: its month,
// or its year for events whose start is known only to the year.
func groupHeading(start, end time.Time, g corpus.Granularity) string {
	if from, _ := report.Precisions(start, end, g); from == report.PrecYear {
		return start.Format("2006")
	}
	return start.Format("January 2006")
}

// approximate reports whether an event's date is approximate: every
// expression that dates it is ("for nearly three years", "about a
// decade ago").
func approximate(st *corpus.Story, e corpus.Event) bool {
	n := 0
	for _, r := range e.Reports {
		if r.Expression < 0 || r.Expression >= len(st.Expressions) {
			return false
		}
		if !st.Expressions[r.Expression].Approximate {
			return false
		}
		n++
	}
	return n > 0
}

// formatNumber writes a value in words a reader expects: 12000000 as
// "12 million"; smaller values as corpus.FormatNumber writes them
// everywhere else (7300 as "7,300").
func formatNumber(v float64) string {
	abs := math.Abs(v)
	for _, s := range []struct {
		n    float64
		word string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if abs >= s.n {
			return strconv.FormatFloat(math.Round(v/s.n*100)/100, 'f', -1, 64) + " " + s.word
		}
	}
	return corpus.FormatNumber(v)
}

// formatAmount writes a value in its unit: "£12 million", "50%",
// "1,300 people".
func formatAmount(v float64, unit string) string {
	n := formatNumber(v)
	switch {
	case corpus.CurrencySign(unit) != "":
		return corpus.CurrencySign(unit) + n
	case corpus.IsCurrency(unit):
		return unit + " " + n
	case unit == "percent":
		return n + "%"
	case unit == "":
		return n
	}
	return n + " " + clean(unit)
}

// formatFigure writes a figure's normalised value with its qualifier.
func formatFigure(f corpus.Figure) string {
	if f.Qualifier == corpus.QualRange && f.Low != nil && f.High != nil {
		return formatAmount(*f.Low, f.Unit) + "–" + formatAmount(*f.High, f.Unit)
	}
	q := f.Qualifier.Words()
	if q != "" {
		q += " "
	}
	return q + formatAmount(f.Value, f.Unit)
}

// plural writes n and a noun, with an s when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	for _, end := range []string{"s", "x", "z", "ch", "sh"} {
		if strings.HasSuffix(noun, end) {
			return fmt.Sprintf("%d %ses", n, noun)
		}
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
