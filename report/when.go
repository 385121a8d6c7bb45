package report

import (
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// Precision is how finely a date is known for display and export: the
// finest of year, month, day and time of day that the text supports.
type Precision int

// Precisions, coarsest first.
const (
	PrecYear Precision = iota
	PrecMonth
	PrecDay
	PrecTime
)

// Precisions returns how precisely the start and the end of an event
// dated start–end at the given granularity are known. The ends of a span
// are read off the dates: a span that starts on 1 January starts in a year
// ("since 2021"), one that starts on the 1st starts in a month; likewise a
// span that ends on 31 December or a month's last day.
func Precisions(start, end time.Time, g corpus.Granularity) (from, to Precision) {
	switch g {
	case corpus.GranTime:
		return PrecTime, PrecTime
	case corpus.GranDay, corpus.GranWeek:
		return PrecDay, PrecDay
	case corpus.GranMonth:
		return PrecMonth, PrecMonth
	case corpus.GranYear:
		return PrecYear, PrecYear
	}
	from, to = PrecDay, PrecDay
	if !start.IsZero() && start.Day() == 1 {
		from = PrecMonth
		if start.Month() == time.January {
			from = PrecYear
		}
	}
	if !end.IsZero() && end.AddDate(0, 0, 1).Day() == 1 {
		to = PrecMonth
		if end.Month() == time.December {
			to = PrecYear
		}
	}
	if end.IsZero() {
		to = from
	}
	return from, to
}

// When writes the date of an event as a reader would: "11 Dec 2024",
// "Dec 2024", "2024", "week of 9 Dec 2024", "9–13 Dec 2024", "since 2021".
// It returns "" for an undated event.
func When(start, end time.Time, g corpus.Granularity) string {
	if start.IsZero() {
		return ""
	}
	if g == corpus.GranWeek {
		return "week of " + start.Format("2 Jan 2006")
	}
	p, pe := Precisions(start, end, g)
	if end.IsZero() && g == corpus.GranSpan {
		return "since " + formatAt(start, p)
	}
	if end.IsZero() || end.Before(start) {
		end = start
	}
	if p != pe {
		return formatAt(start, p) + " – " + formatAt(end, pe)
	}
	switch p {
	case PrecTime:
		return start.Format("2 Jan 2006, 15:04")
	case PrecYear:
		if start.Year() == end.Year() {
			return start.Format("2006")
		}
		return start.Format("2006") + "–" + end.Format("2006")
	case PrecMonth:
		switch {
		case sameMonth(start, end):
			return start.Format("Jan 2006")
		case start.Year() == end.Year():
			return start.Format("Jan") + "–" + end.Format("Jan 2006")
		}
		return start.Format("Jan 2006") + " – " + end.Format("Jan 2006")
	}
	switch {
	case start.Equal(end):
		return start.Format("2 Jan 2006")
	case sameMonth(start, end):
		return start.Format("2") + "–" + end.Format("2 Jan 2006")
	case start.Year() == end.Year():
		return start.Format("2 Jan") + " – " + end.Format("2 Jan 2006")
	}
	return start.Format("2 Jan 2006") + " – " + end.Format("2 Jan 2006")
}

// formatAt writes t to precision p.
func formatAt(t time.Time, p Precision) string {
	switch p {
	case PrecYear:
		return t.Format("2006")
	case PrecMonth:
		return t.Format("Jan 2006")
	case PrecTime:
		return t.Format("2 Jan 2006, 15:04")
	}
	return t.Format("2 Jan 2006")
}

func sameMonth(a, b time.Time) bool { return a.Year() == b.Year() && a.Month() == b.Month() }

// publishedText writes an article's publication date for a reader:
// "published 11 Dec 2024", or "publication date unknown".
func (s Source) publishedText() string {
	if s.published.IsZero() {
		return "publication date unknown"
	}
	return "published " + s.publishedDate()
}

// publishedDate writes an article's publication date, "" when unknown.
func (s Source) publishedDate() string {
	switch {
	case s.published.IsZero():
		return ""
	case s.hasTime:
		return s.published.Format("2 Jan 2006, 15:04")
	}
	return s.published.Format("2 Jan 2006")
}

// howKnown says in words how an article's publication date is known.
func (s Source) howKnown() string {
	if s.PublishedHow == nil {
		return ""
	}
	switch corpus.PublishedHow(*s.PublishedHow) {
	case corpus.PublishedMetadata:
		return "from the file's metadata"
	case corpus.PublishedText:
		return "stated in the article"
	case corpus.PublishedInferred:
		if s.PublishedReason != "" {
			return "inferred: " + s.PublishedReason
		}
		return "inferred from other articles"
	}
	return *s.PublishedHow
}
