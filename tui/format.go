package tui

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/corpus"
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

// gutter formats an event's date as precisely as it is known.
func gutter(start, end time.Time, g corpus.Granularity) string {
	if start.IsZero() {
		return ""
	}
	switch g {
	case corpus.GranWeek:
		return "wk " + start.Format("2 Jan")
	case corpus.GranMonth:
		return start.Format("Jan 2006")
	case corpus.GranYear:
		return start.Format("2006")
	case corpus.GranSpan:
		if !end.IsZero() && end.Year() != start.Year() {
			return start.Format("2006") + "–" + end.Format("06")
		}
		return "from " + start.Format("2006")
	}
	return start.Format("2 Jan")
}

// groupHeading is the heading under which an event is listed: its month,
// or its year for events known only to the year.
func groupHeading(start time.Time, g corpus.Granularity) string {
	if g == corpus.GranYear || g == corpus.GranSpan {
		return start.Format("2006")
	}
	return start.Format("January 2006")
}

var currencySymbols = map[string]string{"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥", "INR": "₹"}

// formatNumber writes a value in words a reader expects: 450000000 as
// "450 million", 6500 as "6,500".
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
	if v != math.Trunc(v) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	digits := strconv.FormatInt(int64(math.Abs(v)), 10)
	var b strings.Builder
	if v < 0 {
		b.WriteByte('-')
	}
	for i, c := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}

// formatAmount writes a value in its unit: "£260 million", "50%",
// "2,400 people".
func formatAmount(v float64, unit string) string {
	n := formatNumber(v)
	switch {
	case currencySymbols[unit] != "":
		return currencySymbols[unit] + n
	case len(unit) == 3 && strings.ToUpper(unit) == unit:
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
	q := qualifierWords(f.Qualifier)
	if q != "" {
		q += " "
	}
	return q + formatAmount(f.Value, f.Unit)
}

// qualifierWords says a qualifier in words.
func qualifierWords(q corpus.Qualifier) string {
	switch q {
	case corpus.QualApprox:
		return "about"
	case corpus.QualMoreThan:
		return "more than"
	case corpus.QualAtLeast:
		return "at least"
	case corpus.QualLessThan:
		return "less than"
	case corpus.QualUpTo:
		return "up to"
	case corpus.QualRange:
		return "between"
	}
	return ""
}

// plural writes n and a noun, with an s when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
