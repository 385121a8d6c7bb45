package corpus

import (
	"os"
	"testing"
	"time"

	"github.com/dateline-news/dateline/seeds"
)

// loadDatesFixture loads the Wikinews articles of testdata (see
// meantime-dates.ATTRIBUTION.md).
func loadDatesFixture(t testing.TB) []*Article {
	t.Helper()
	c, err := Load(os.DirFS("testdata"), "meantime-dates.jsonl")
	if err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	return c.Articles
}

// On real articles with metadata dates, expressions resolve as a reader
// would place them (checked by reading the texts).
func TestTagDatesRealArticles(t *testing.T) {
	arts := loadDatesFixture(t)
	byID := map[string]*Article{}
	for _, a := range arts {
		byID[a.ID] = a
	}
	tests := []struct {
		article, text, start, end string
		cert                      Certainty
	}{
		// published Wednesday 2004-11-24: "during a speech last week"
		{"meantime-airbus-1173", "last week", "2004-11-15", "2004-11-21", CertResolved},
		// "Congressional lawmakers rejected the proposal in October"
		{"meantime-airbus-1173", "in October", "2004-10-01", "2004-10-31", CertResolved},
		// published 2005-02-17: "announced last November", "scheduled in early March", "since 2003"
		{"meantime-airbus-4764", "last November", "2004-11-01", "2004-11-30", CertResolved},
		{"meantime-airbus-4764", "in early March", "2005-03-01", "2005-03-10", CertResolved},
		{"meantime-airbus-4764", "since 2003", "2003-01-01", "2005-02-17", CertStated},
		{"meantime-airbus-4764", "in February 2000", "2000-02-01", "2000-02-29", CertStated},
		// published Monday 2006-05-29: "on Tuesday delivered the final 717"
		{"meantime-airbus-41882", "on Tuesday", "2006-05-23", "2006-05-23", CertResolved},
		// published 2006-10-05: "will be delayed until October 2007"
		{"meantime-airbus-51682", "until October 2007", "2006-10-05", "2007-10-31", CertResolved},
		{"meantime-airbus-51682", "later this year", "2006-10-05", "2006-12-31", CertResolved},
		// published 2005-11-05: "when it arrives on November 11"
		{"meantime-airbus-25501", "on November 11", "2005-11-11", "2005-11-11", CertResolved},
		// published 2005-06-13: "Ryanair announced today"
		{"meantime-airbus-11714", "today", "2005-06-13", "2005-06-13", CertResolved},
	}
	for _, tc := range tests {
		t.Run(tc.article+"/"+tc.text, func(t *testing.T) {
			a := byID[tc.article]
			if a == nil {
				t.Fatalf("article %s not in the fixture", tc.article)
			}
			var texts []string
			for _, x := range TagDates(a) {
				if x.Text != tc.text {
					texts = append(texts, x.Text)
					continue
				}
				if fmtDay(x.Start) != tc.start || fmtDay(x.End) != tc.end || x.Certainty != tc.cert {
					t.Errorf("%q: %s..%s %s; want %s..%s %s", x.Text, fmtDay(x.Start), fmtDay(x.End), x.Certainty, tc.start, tc.end, tc.cert)
				}
				return
			}
			t.Errorf("%q not found; found %q", tc.text, texts)
		})
	}
}

// TagDates never gives a concrete date to a relative expression of an
// article without a publication date, on every article of the fixtures.
func TestTagDatesHonestWithoutPublication(t *testing.T) {
	c, err := Load(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	arts := append(loadDatesFixture(t), c.Articles...)
	for _, a := range arts {
		a.Published, a.PublishedHow, a.Dateline = time.Time{}, PublishedUnknown, ""
		for _, x := range TagDates(a) {
			if x.Certainty == CertResolved || x.Certainty == CertInferred {
				t.Errorf("%s: %q given %s as %s without a publication date", a.ID, x.Text, fmtDay(x.Start), x.Certainty)
			}
			if x.Certainty == CertRelative && x.Resolved() {
				t.Errorf("%s: relative %q has dates", a.ID, x.Text)
			}
		}
	}
}

// BenchmarkTagDates measures tagging throughput on real articles: the seeds
// and the Wikinews fixture.
func BenchmarkTagDates(b *testing.B) {
	c, err := Load(seeds.FS, ".")
	if err != nil {
		b.Fatal(err)
	}
	arts := append(loadDatesFixture(b), c.Articles...)
	b.ResetTimer()
	exprs, articles := 0, 0
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			exprs += len(TagDates(a))
			articles++
		}
	}
	sec := b.Elapsed().Seconds()
	if sec > 0 {
		b.ReportMetric(float64(exprs)/sec, "exprs/s")
		b.ReportMetric(float64(articles)/sec, "articles/s")
	}
}
