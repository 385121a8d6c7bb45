package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

// manySources is a story of one event reported by n outlets.
func manySources(t *testing.T, n int) *corpus.Story {
	t.Helper()
	st := &corpus.Story{Name: "Many sources"}
	var reports []corpus.Report
	for i := range n {
		a, err := corpus.Clean(corpus.RawArticle{ID: fmt.Sprintf("a%d", i), Source: fmt.Sprintf("Outlet %c", 'A'+i),
			Published: "2024-03-05", Text: "The bridge reopened on 4 March 2024 after repairs."})
		if err != nil {
			t.Fatal(err)
		}
		st.Articles = append(st.Articles, a)
		reports = append(reports, corpus.Report{Article: a.ID, Sentence: 0, Expression: -1})
	}
	st.Events = []corpus.Event{{ID: "e1", Start: day("2024-03-04"), End: day("2024-03-04"), Granularity: corpus.GranDay,
		Certainty: corpus.CertStated, Summary: "The bridge reopened after repairs", Actors: []string{"bridge"}, Reports: reports}}
	return st
}

var moreRE = regexp.MustCompile(`\+(\d+)`)

// TestTimelineBadgesMore: a row with more sources than fit shows as many
// badges as fit and "+N" for the rest; none is silently dropped.
func TestTimelineBadgesMore(t *testing.T) {
	const n = 9
	st := manySources(t, n)
	for _, w := range []int{40, 80, 120, 200} {
		t.Run(strconv.Itoa(w), func(t *testing.T) {
			m := start(t, openStory(st), w, 24)
			checkFrame(t, m)
			var row string
			for _, l := range strings.Split(m.View(), "\n") {
				if strings.Contains(l, "4 Mar") {
					row = l
				}
			}
			if row == "" {
				t.Fatalf("no row for the event:\n%s", m.View())
			}
			shown := strings.Count(row, "[Outlet ")
			more := 0
			if g := moreRE.FindStringSubmatch(row); g != nil {
				more, _ = strconv.Atoi(g[1])
			}
			if shown+more != n {
				t.Errorf("row shows %d badges and +%d, want %d sources in all:\n%s", shown, more, n, row)
			}
			if w >= 200 && more != 0 {
				t.Errorf("a wide terminal still hides badges:\n%s", row)
			}
			if w <= 80 && more == 0 {
				t.Errorf("expected +N at width %d:\n%s", w, row)
			}
		})
	}
}

// TestTimelineOneSourceNarrow: on a narrow screen a row with one source
// gives its room to the summary rather than show "+1".
func TestTimelineOneSourceNarrow(t *testing.T) {
	m := start(t, openStory(manySources(t, 1)), 40, 12)
	if v := m.View(); strings.Contains(v, "+1") || !strings.Contains(v, "The bridge reopened") {
		t.Errorf("narrow one-source row:\n%s", v)
	}
}

// TestTimelineGutter: the seeds' "at the weekend" in an article whose
// publication date is inferred reads 7–8 Dec under December 2024, with
// the inferred mark; "for nearly three years" is approximate.
func TestTimelineGutter(t *testing.T) {
	m := start(t, openStory(seedStory(t)), 120, 40)
	v := m.View()
	for _, want := range []*regexp.Regexp{
		regexp.MustCompile(`December 2024\n(.*\n)*  7–8 Dec +○ Police officers at a pro-Palestinian rally`),
		regexp.MustCompile(`~2021–2024 +○ Metropolitan Police staff have voted`),
		regexp.MustCompile(`○ inferred`),
	} {
		if !want.MatchString(v) {
			t.Errorf("timeline lacks %s:\n%s", want, v)
		}
	}
	if strings.Contains(v, "from 2024") {
		t.Errorf("a weekend still reads from 2024:\n%s", v)
	}
}

func TestTagsFit(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	for _, tt := range []struct {
		tags []string
		w    int
		want string
	}{
		{[]string{"England", "Wales"}, 20, "England · Wales"},
		{[]string{"England", "Wales"}, 12, "England +1"},
		{[]string{"England", "Wales", "Scotland"}, 18, "England · Wales +1"},
		{[]string{"England", "Wales", "Scotland"}, 17, "England +2"},
		{[]string{"Metropolitan Police"}, 8, "Metropo…"},
	} {
		if got := m.timeline.tagsFit(tt.tags, tt.w); got != tt.want {
			t.Errorf("tagsFit(%q, %d) = %q, want %q", tt.tags, tt.w, got, tt.want)
		}
	}
}
