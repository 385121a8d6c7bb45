package report

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test ./report -update to create it): %v", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from the golden file (go test ./report -update to accept):\n%s", name, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the first differing line of two texts.
func firstDiff(want, got string) string {
	wl, gl := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n want: " + w + "\n  got: " + g
		}
	}
	return ""
}

// The fixture: three short reports of an invented bridge closure, with the
// analysis filled in by hand so that every section of every report has
// something to show, independent of the analysers. The texts carry
// characters that Markdown and HTML treat specially.
var fixtureFS = fstest.MapFS{
	"dateline.yaml": {Data: []byte(`name: Old Mill bridge closure
articles:
  gazette:
    title: "Bridge to close | repairs 'urgent'"
    source: Riverside Gazette
    published: 2025-02-20
    url: https://gazette.example/bridge?id=1&x=<2>
  herald:
    title: Council confirms closure
    source: The Herald
    published: 2025-02-27T09:15
`)},
	"gazette.txt": {Data: []byte("Riverside Council will close the Old Mill bridge on 3 March 2025. " +
		"The council said repairs will cost £4.2 million. " +
		"\"We cannot keep an unsafe bridge open,\" said council leader Ana Ruiz. " +
		"Residents | traders say the *closure* will hurt <b>business</b> & trade. " +
		"Work on the approach road began in January 2025.\n")},
	"herald.txt": {Data: []byte("The Old Mill bridge closes on Monday, the council confirmed. " +
		"Repairs will cost £6 million, according to union chief Tom Baker. " +
		"\"We cannot keep an unsafe bridge open,\" Ruiz said. " +
		"About 12,000 people cross the bridge every day. " +
		"Inspections ran from 2 to 9 December 2024.\n")},
	"post.txt": {Data: []byte("Council leader Ana Ruiz defended the plan last week. " +
		"Some 12,000 people use the crossing daily. " +
		"\"It is a disgrace,\" one shopkeeper said. " +
		"The bridge has been closed twice since 2019.\n")},
}

// fixtureStory loads the fixture articles and attaches a hand-made
// analysis.
func fixtureStory(t testing.TB) *corpus.Story {
	t.Helper()
	c, err := corpus.Load(fixtureFS, ".")
	if err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	st := &corpus.Story{Name: c.Name, Articles: c.Articles}
	art := func(id string) *corpus.Article {
		a := st.Article(id)
		if a == nil {
			t.Fatalf("fixture has no article %q (have %d)", id, len(st.Articles))
		}
		return a
	}
	// at finds text in an article: its span and sentence.
	at := func(id, text string) (corpus.Span, int) {
		a := art(id)
		i := strings.Index(a.Text, text)
		if i < 0 {
			t.Fatalf("fixture %s has no %q", id, text)
		}
		return corpus.Span{Start: i, End: i + len(text)}, a.SentenceAt(i)
	}
	expr := func(id, text string, start, end time.Time, g corpus.Granularity, c corpus.Certainty) corpus.Report {
		sp, sent := at(id, text)
		st.Expressions = append(st.Expressions, corpus.TimeExpr{Article: id, Text: text, Span: sp, Sentence: sent,
			Start: start, End: end, Granularity: g, Certainty: c})
		return corpus.Report{Article: id, Sentence: sent, Expression: len(st.Expressions) - 1}
	}
	// the herald's "on Monday" resolves against its known date
	st.Events = []corpus.Event{
		{ID: "e1", Start: day(2024, 12, 2), End: day(2024, 12, 9), Granularity: corpus.GranSpan, Certainty: corpus.CertStated,
			Summary: "Inspections of the bridge", Reports: []corpus.Report{expr("herald", "from 2 to 9 December 2024", day(2024, 12, 2), day(2024, 12, 9), corpus.GranSpan, corpus.CertStated)}},
		{ID: "e2", Start: day(2025, 1, 1), End: day(2025, 1, 31), Granularity: corpus.GranMonth, Certainty: corpus.CertStated,
			Summary: "Work on the approach road began", Reports: []corpus.Report{expr("gazette", "in January 2025", day(2025, 1, 1), day(2025, 1, 31), corpus.GranMonth, corpus.CertStated)}},
		{ID: "e3", Start: day(2025, 3, 3), End: day(2025, 3, 3), Granularity: corpus.GranDay, Certainty: corpus.CertStated,
			Summary: "The bridge closes", Actors: []string{"riverside-council"}, Reports: []corpus.Report{
				expr("gazette", "on 3 March 2025", day(2025, 3, 3), day(2025, 3, 3), corpus.GranDay, corpus.CertStated),
				expr("herald", "on Monday", day(2025, 3, 3), day(2025, 3, 3), corpus.GranDay, corpus.CertResolved)}},
		{ID: "e4", Start: day(2019, 1, 1), Granularity: corpus.GranSpan, Certainty: corpus.CertStated,
			Summary: "Closed twice", Reports: []corpus.Report{expr("post", "since 2019", day(2019, 1, 1), time.Time{}, corpus.GranSpan, corpus.CertStated)}},
		{ID: "e5", Granularity: corpus.GranWeek, Certainty: corpus.CertRelative, Summary: "Ruiz defended the plan",
			Actors: []string{"ana-ruiz"}, Reports: []corpus.Report{expr("post", "last week", time.Time{}, time.Time{}, corpus.GranWeek, corpus.CertRelative)}},
	}
	for i := range st.Expressions {
		if st.Expressions[i].Text == "on 3 March 2025" {
			st.Expressions[i].Future = true // "will close … on 3 March 2025"
		}
	}
	figure := func(id, text string, v float64, unit string, q corpus.Qualifier, measure, speaker string) int {
		sp, sent := at(id, text)
		st.Figures = append(st.Figures, corpus.Figure{Article: id, Text: text, Span: sp, Sentence: sent, Value: v,
			Unit: unit, Qualifier: q, Measure: measure, Speaker: speaker})
		return len(st.Figures) - 1
	}
	cost1 := figure("gazette", "£4.2 million", 4.2e6, "GBP", corpus.QualExact, "repair cost", "riverside-council")
	cost2 := figure("herald", "£6 million", 6e6, "GBP", corpus.QualExact, "repair cost", "tom-baker")
	people1 := figure("herald", "12,000", 12000, "people", corpus.QualApprox, "people crossing daily", "")
	people2 := figure("post", "12,000", 12000, "people", corpus.QualApprox, "people crossing daily", "")
	figure("post", "twice", 2, "times", corpus.QualExact, "closures", "")
	st.Quantities = []corpus.Quantity{
		{ID: "q-people", Label: "people crossing daily", Unit: "people", Status: corpus.StatusAgree, Claims: []int{people1, people2}},
		{ID: "q-cost", Label: "repair cost", Unit: "GBP", Status: corpus.StatusConflict, Claims: []int{cost1, cost2}},
	}
	mention := func(id, text string) corpus.Mention {
		sp, sent := at(id, text)
		return corpus.Mention{Article: id, Span: sp, Sentence: sent, Alias: text}
	}
	st.Actors = []*corpus.Actor{
		{ID: "riverside-council", Name: "Riverside Council", Short: "council", Kind: corpus.KindOrganisation,
			Mentions: []corpus.Mention{mention("gazette", "Riverside Council")}},
		{ID: "ana-ruiz", Name: "Ana Ruiz", Short: "Ruiz", Kind: corpus.KindPerson, Role: "council leader", Aliases: []string{"Ruiz", "Ana Ruiz"},
			Mentions: []corpus.Mention{mention("gazette", "Ana Ruiz"), mention("herald", "Ruiz"), mention("post", "Ana Ruiz")}},
		{ID: "tom-baker", Name: "Tom Baker", Kind: corpus.KindPerson, Role: "union chief",
			Mentions: []corpus.Mention{mention("herald", "Tom Baker")}},
	}
	quote := func(id, text, speaker, as string, shared ...string) corpus.Quote {
		sp, sent := at(id, text)
		return corpus.Quote{Article: id, Text: text, Span: sp, Sentence: sent, Speaker: speaker, SpeakerAs: as, Direct: true, SharedWith: shared}
	}
	st.Quotes = []corpus.Quote{
		quote("gazette", "We cannot keep an unsafe bridge open,", "ana-ruiz", "council leader Ana Ruiz", "herald"),
		quote("herald", "We cannot keep an unsafe bridge open,", "ana-ruiz", "Ruiz", "gazette"),
		quote("post", "It is a disgrace,", "", "one shopkeeper"),
	}
	return st
}

// day returns a calendar day.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// render writes st with one of the report writers.
func render(t testing.TB, write func(io.Writer, *corpus.Story) error, st *corpus.Story) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b, st); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// seedStory loads and analyses the embedded seed corpus.
func seedStory(t testing.TB) *corpus.Story {
	t.Helper()
	c, err := corpus.Load(seeds.FS, ".")
	if err != nil {
		t.Fatalf("load seeds: %v", err)
	}
	return corpus.Analyse(c)
}

// renderSeeds writes the analysed seeds with one of the report writers.
func renderSeeds(t testing.TB, write func(io.Writer, *corpus.Story) error) []byte {
	t.Helper()
	return render(t, write, seedStory(t))
}

// emptyStory has no articles at all.
func emptyStory() *corpus.Story { return &corpus.Story{} }
