package report

import (
	"testing"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

func TestWhen(t *testing.T) {
	d := func(y int, m time.Month, day int) time.Time { return time.Date(y, m, day, 0, 0, 0, 0, time.UTC) }
	var zero time.Time
	for _, tc := range []struct {
		start, end time.Time
		g          corpus.Granularity
		want       string
		from, to   Precision
	}{
		{d(2024, 12, 11), d(2024, 12, 11), corpus.GranDay, "11 Dec 2024", PrecDay, PrecDay},
		{time.Date(2024, 12, 11, 22, 39, 0, 0, time.UTC), zero, corpus.GranTime, "11 Dec 2024, 22:39", PrecTime, PrecTime},
		{d(2024, 12, 9), d(2024, 12, 15), corpus.GranWeek, "week of 9 Dec 2024", PrecDay, PrecDay},
		{d(2025, 1, 1), d(2025, 1, 31), corpus.GranMonth, "Jan 2025", PrecMonth, PrecMonth},
		{d(2024, 1, 1), d(2024, 12, 31), corpus.GranYear, "2024", PrecYear, PrecYear},
		{d(2024, 12, 2), d(2024, 12, 9), corpus.GranSpan, "2–9 Dec 2024", PrecDay, PrecDay},
		{d(2024, 11, 28), d(2024, 12, 3), corpus.GranSpan, "28 Nov – 3 Dec 2024", PrecDay, PrecDay},
		{d(2024, 12, 28), d(2025, 1, 3), corpus.GranSpan, "28 Dec 2024 – 3 Jan 2025", PrecDay, PrecDay},
		{d(2024, 11, 1), d(2025, 2, 28), corpus.GranSpan, "Nov 2024 – Feb 2025", PrecMonth, PrecMonth},
		{d(2024, 3, 1), d(2024, 5, 31), corpus.GranSpan, "Mar–May 2024", PrecMonth, PrecMonth},
		{d(2021, 1, 1), d(2023, 12, 31), corpus.GranSpan, "2021–2023", PrecYear, PrecYear},
		{d(2021, 1, 1), d(2024, 12, 11), corpus.GranSpan, "2021 – 11 Dec 2024", PrecYear, PrecDay},
		{d(2021, 1, 1), zero, corpus.GranSpan, "since 2021", PrecYear, PrecYear},
		{zero, zero, corpus.GranDay, "", PrecDay, PrecDay},
	} {
		if got := When(tc.start, tc.end, tc.g); got != tc.want {
			t.Errorf("When(%v, %v, %s) = %q, want %q", tc.start.Format("2006-01-02"), tc.end.Format("2006-01-02"), tc.g, got, tc.want)
		}
		if from, to := Precisions(tc.start, tc.end, tc.g); from != tc.from || to != tc.to {
			t.Errorf("Precisions(%v, %v, %s) = %d, %d, want %d, %d", tc.start.Format("2006-01-02"), tc.end.Format("2006-01-02"), tc.g, from, to, tc.from, tc.to)
		}
	}
}
