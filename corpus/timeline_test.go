package corpus

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// storyEvents tags the articles and builds their events, as Analyse does.
func storyEvents(arts []*Article, actors []*Actor) ([]TimeExpr, []Event) {
	var exprs []TimeExpr
	for _, a := range arts {
		exprs = append(exprs, TagDates(a)...)
	}
	return exprs, BuildEvents(arts, exprs, actors)
}

// reportsOf lists an event's reports as "article:sentence".
func reportsOf(e Event) string {
	var out []string
	for _, r := range e.Reports {
		out = append(out, r.Article+":"+string(rune('0'+r.Sentence)))
	}
	return strings.Join(out, " ")
}

func TestBuildEvents(t *testing.T) {
	tests := []struct {
		name   string
		arts   func(t *testing.T) []*Article
		actors []*Actor
		want   []string // per event: "start end certainty reports actors"
	}{
		{
			name: "the same happening on the same date in two articles is one event",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "a", "2024-12-11", "Short headline", "The council approved the new housing budget on Tuesday after a long debate."),
					pubTestArticle(t, "b", "2024-12-12", "Another headline", "Councillors approved the housing budget on Tuesday, ending a long debate."),
				}
			},
			want: []string{"2024-12-10 2024-12-10 resolved a:1 b:1 -"},
		},
		{
			name: "different happenings on the same date stay apart",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "a", "2024-12-11", "The council approved the housing budget on Tuesday."),
					pubTestArticle(t, "b", "2024-12-11", "A storm closed three schools in the valley on Tuesday."),
				}
			},
			want: []string{"2024-12-10 2024-12-10 resolved a:0 -", "2024-12-10 2024-12-10 resolved b:0 -"},
		},
		{
			name: "dated events come first in date order, then each article's undated lane in text order",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "u", "", "Members will strike on Thursday.", "A walkout was held in November."),
					pubTestArticle(t, "d", "2024-12-11", "Talks failed last week.", "The ballot opened in 2021."),
				}
			},
			want: []string{
				"2021-01-01 2021-12-31 stated d:1 -",
				"2024-12-02 2024-12-08 resolved d:0 -",
				"- - relative u:0 -",
				"- - relative u:1 -",
			},
		},
		{
			name: "a lead without a date of its own is dated by a known publication date",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "p", "2024-12-11", "Headline words here", "Met Police staff have voted to strike amid a row over working from home."),
					pubTestArticle(t, "q", "", "Met Police staff have voted to strike amid a row over working from home."),
				}
			},
			want: []string{"2024-12-11 2024-12-11 resolved p:1 -"},
		},
		{
			name: "a report dated only by an inferred publication date stays out of a resolved event",
			arts: func(t *testing.T) []*Article {
				u := pubTestArticle(t, "u", "2024-12-11", "Short headline", "Councillors approved the housing budget on Tuesday, ending a long debate.")
				u.PublishedHow = PublishedInferred
				return []*Article{
					pubTestArticle(t, "d", "2024-12-11", "Short headline", "The council approved the new housing budget on Tuesday after a long debate."),
					u,
				}
			},
			want: []string{"2024-12-10 2024-12-10 resolved d:1 -", "2024-12-10 2024-12-10 inferred u:1 -"},
		},
		{
			name: "actors named in a report's sentence are the event's",
			arts: func(t *testing.T) []*Article {
				return []*Article{pubTestArticle(t, "a", "2024-12-11", "The union will strike on Thursday.")}
			},
			actors: []*Actor{{ID: "union", Name: "The union", Mentions: []Mention{{Article: "a", Sentence: 0, Span: Span{0, 9}}}},
				{ID: "other", Name: "Other", Mentions: []Mention{{Article: "a", Sentence: 3}}}},
			want: []string{"2024-12-12 2024-12-12 resolved a:0 union"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, events := storyEvents(tc.arts(t), tc.actors)
			var got []string
			for _, e := range events {
				actors := strings.Join(e.Actors, ",")
				if actors == "" {
					actors = "-"
				}
				start, end := fmtDay(e.Start), fmtDay(e.End)
				if start == "" {
					start = "-"
				}
				if end == "" {
					end = "-"
				}
				got = append(got, strings.Join([]string{start, end, string(e.Certainty), reportsOf(e), actors}, " "))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			for i, e := range events {
				if e.ID == "" || e.Summary == "" || e.Actors == nil {
					t.Errorf("event %d has id %q, summary %q, actors %v", i, e.ID, e.Summary, e.Actors)
				}
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	long := strings.Repeat("The council debated the housing budget again ", 10)
	tests := []struct {
		in, want string
	}{
		{"  Staff voted\tto strike.\n", "Staff voted to strike."},
		{"Bad \x1b[31mred\x1b[0m text on Monday.", "Bad red text on Monday."},
		{long, ""}, // checked by length below
	}
	for _, tc := range tests {
		got := Summarize(tc.in)
		if tc.want != "" && got != tc.want {
			t.Errorf("Summarize(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if n := utf8.RuneCountInString(got); n > maxSummary+1 {
			t.Errorf("Summarize gave %d runes, want at most %d", n, maxSummary+1)
		}
		if tc.want == "" && !strings.HasSuffix(got, "…") {
			t.Errorf("Summarize of a long sentence = %q, want it cut with …", got)
		}
	}
}

// BenchmarkBuildEvents groups the reports of many articles that tell the
// same stories (the fixture and the seeds, copied under new ids).
func BenchmarkBuildEvents(b *testing.B) {
	var arts []*Article
	fixture := loadDatesFixture(b)
	for i := 0; i < 200; i++ {
		for _, a := range fixture {
			c := *a
			c.ID = fmt.Sprintf("%s-%d", a.ID, i)
			arts = append(arts, &c)
		}
	}
	var exprs []TimeExpr
	for _, a := range arts {
		exprs = append(exprs, TagDates(a)...)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		BuildEvents(arts, exprs, nil)
	}
	b.ReportMetric(float64(len(exprs)*b.N)/b.Elapsed().Seconds(), "exprs/s")
}
