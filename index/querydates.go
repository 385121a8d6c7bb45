package index

import (
	"regexp"
	"strconv"
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
var dateRangeRE = regexp.MustCompile(`\b(published|events):(>=|<=|>|<)("?)(\d{4})(?:-(\d{2}))?`)

// expandDateRanges rewrites the month and year bounds of date ranges in a
// query string as whole days.
func expandDateRanges(text string) string {
	var b strings.Builder
	last := 0
	for _, at := range dateRangeRE.FindAllStringSubmatchIndex(text, -1) {
		end := at[1]
		quoted := at[6] < at[7]
		if quoted {
			if end >= len(text) || text[end] != '"' {
				continue // a whole date, or no closing quote: the parser's
			}
			end++
		} else if end < len(text) && !strings.ContainsRune(" \t\n)", rune(text[end])) {
			continue // a whole date or something else
		}
		y, _ := strconv.Atoi(text[at[8]:at[9]])
		start := time.Date(y, time.January, 1, 0, 0, 0, 0, time.UTC)
		next := start.AddDate(1, 0, 0)
		if at[10] >= 0 {
			m, _ := strconv.Atoi(text[at[10]:at[11]])
			if m < 1 || m > 12 {
				continue // the parser rejects it
			}
			start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
			next = start.AddDate(0, 1, 0)
		}
		op, bound := text[at[4]:at[5]], start
		switch op {
		case ">": // after the period
			op, bound = ">=", next
		case "<=": // up to its end
			op, bound = "<", next
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
