package index

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Ranges over the date fields take a month or a year as well as a day,
// as --since and --until do: events:>="2024-11" is from 1 November 2024,
// published:<=2023 up to the end of 2023. bleve's query-string parser
// reads only whole dates, so expandDateRanges writes a month or a year as
// the day that bounds the range the same way: the first day of the
// period for >= and <, the first day after it for > and <=.

// dateRangeRE matches a range over a date field whose value starts with a
// year, quoted or not; expandDateRanges keeps only the values that are a
// year or a month.
var dateRangeRE = regexp.MustCompile(`\b(published|events):(>=|<=|>|<)("?)(\d{4}(?:-\d{2})?)`)

// ParseDay reads a date as --since and --until take it: YYYY-MM-DD,
// YYYY-MM or YYYY. last is true for the end of a range, which takes the
// last day of a month or a year.
func ParseDay(s string, last bool) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if last {
			switch layout {
			case "2006-01":
				t = t.AddDate(0, 1, -1)
			case "2006":
				t = t.AddDate(1, 0, -1)
			}
		}
		return t, nil
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD, YYYY-MM or YYYY)", s)
}

// expandDateRanges rewrites the month and year bounds of date ranges in a
// query string as whole days.
func expandDateRanges(text string) string {
	var b strings.Builder
	last := 0
	for _, at := range dateRangeRE.FindAllStringSubmatchIndex(text, -1) {
		end := at[1]
		if quoted := at[6] < at[7]; quoted {
			if end >= len(text) || text[end] != '"' {
				continue // a whole date, or no closing quote: the parser's
			}
			end++
		} else if end < len(text) && !strings.ContainsRune(" \t\n)", rune(text[end])) {
			continue // a whole date or something else
		}
		period := text[at[8]:at[9]]
		first, err := ParseDay(period, false)
		if err != nil {
			continue // the parser rejects it
		}
		final, _ := ParseDay(period, true)
		op, bound := text[at[4]:at[5]], first
		switch op {
		case ">": // after the period
			op, bound = ">=", final.AddDate(0, 0, 1)
		case "<=": // up to its end
			op, bound = "<", final.AddDate(0, 0, 1)
		}
		b.WriteString(text[last:at[0]])
		b.WriteString(text[at[2]:at[3]] + ":" + op + `"` + bound.Format("2006-01-02") + `"`)
		last = end
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
