package tui

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

func TestGutter(t *testing.T) {
	at := func(s string) time.Time {
		if len(s) == len("2006-01-02") {
			s += " 00:00"
		}
		t, err := time.Parse("2006-01-02 15:04", s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		name       string
		start, end string
		g          corpus.Granularity
		approx     bool
		width      int
		want       string
	}{
		{"a day", "2024-12-11", "2024-12-11", corpus.GranDay, false, 12, "11 Dec"},
		{"a time", "2024-12-11 22:39", "2024-12-11 22:39", corpus.GranTime, false, 12, "11 Dec 22:39"},
		{"a weekend", "2024-12-07", "2024-12-08", corpus.GranSpan, false, 12, "7–8 Dec"},
		{"days across months", "2024-11-30", "2024-12-08", corpus.GranSpan, false, 12, "30 Nov–8 Dec"},
		{"a week", "2024-12-09", "2024-12-11", corpus.GranWeek, false, 12, "wk 9 Dec"},
		{"a month", "2024-12-01", "2024-12-31", corpus.GranMonth, false, 12, "Dec 2024"},
		{"months", "2024-01-01", "2024-03-31", corpus.GranSpan, false, 12, "Jan–Mar 2024"},
		{"a year", "2024-01-01", "2024-12-31", corpus.GranYear, false, 12, "2024"},
		{"a decade", "1930-01-01", "1939-12-31", corpus.GranSpan, false, 12, "1930–1939"},
		{"since a year, to publication", "2021-01-01", "2024-12-11", corpus.GranSpan, false, 12, "2021–2024"},
		{"since a year, open", "2021-01-01", "", corpus.GranSpan, false, 12, "since 2021"},
		{"nearly three years", "2021-12-11", "2024-12-11", corpus.GranSpan, true, 12, "~2021–2024"},
		{"about a day", "2024-12-11", "2024-12-11", corpus.GranDay, true, 12, "~11 Dec"},
		{"narrow", "2024-11-30", "2024-12-08", corpus.GranSpan, false, 8, "2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := corpus.Event{Start: at(tt.start), Granularity: tt.g}
			if tt.end != "" {
				e.End = at(tt.end)
			}
			if got := gutter(e, tt.approx, tt.width); got != tt.want {
				t.Errorf("gutter = %q, want %q", got, tt.want)
			}
		})
	}
	if got := gutter(corpus.Event{}, false, 12); got != "" {
		t.Errorf("undated gutter = %q", got)
	}
}

func TestGroupHeading(t *testing.T) {
	for _, tt := range []struct {
		start, end string
		g          corpus.Granularity
		want       string
	}{
		{"2024-12-07", "2024-12-08", corpus.GranSpan, "December 2024"},
		{"2021-01-01", "2024-12-11", corpus.GranSpan, "2021"},
		{"2024-01-01", "2024-12-31", corpus.GranYear, "2024"},
		{"2024-12-11", "2024-12-11", corpus.GranDay, "December 2024"},
	} {
		if got := groupHeading(day(tt.start), day(tt.end), tt.g); got != tt.want {
			t.Errorf("groupHeading(%s, %s, %s) = %q, want %q", tt.start, tt.end, tt.g, got, tt.want)
		}
	}
}

func TestApproximate(t *testing.T) {
	st := &corpus.Story{Expressions: []corpus.TimeExpr{{Text: "nearly three years ago", Approximate: true}, {Text: "in 2021"}}}
	for _, tt := range []struct {
		name    string
		reports []corpus.Report
		want    bool
	}{
		{"all approximate", []corpus.Report{{Expression: 0}, {Expression: 0}}, true},
		{"one exact", []corpus.Report{{Expression: 0}, {Expression: 1}}, false},
		{"dated by publication", []corpus.Report{{Expression: -1}}, false},
		{"no reports", nil, false},
	} {
		if got := approximate(st, corpus.Event{Reports: tt.reports}); got != tt.want {
			t.Errorf("%s: approximate = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n          int
		noun, want string
	}{
		{1, "match", "1 match"}, {2, "match", "2 matches"}, {0, "article", "0 articles"}, {3, "claim", "3 claims"}, {2, "box", "2 boxes"},
	} {
		if got := plural(tt.n, tt.noun); got != tt.want {
			t.Errorf("plural(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	for _, tt := range []struct {
		v          float64
		unit, want string
	}{
		{12e6, "GBP", "£12 million"},
		{7300, "people", "7,300 people"},
		{50, "percent", "50%"},
		{1234.5, "", "1,234.5"},
		{2.5e9, "USD", "$2.5 billion"},
		{300, "CHF", "CHF 300"},
	} {
		if got := formatAmount(tt.v, tt.unit); got != tt.want {
			t.Errorf("formatAmount(%v, %q) = %q, want %q", tt.v, tt.unit, got, tt.want)
		}
	}
}
