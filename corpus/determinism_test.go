package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
)

// storyDigest writes out everything an analysis found, mentions and dates
// included, so that two analyses compare as text.
func storyDigest(t *testing.T, s *Story) string {
	t.Helper()
	var b strings.Builder
	for _, a := range s.Articles {
		fmt.Fprintf(&b, "article %s %s %s %q\n", a.ID, a.Published.Format("2006-01-02T15:04"), a.PublishedHow, a.PublishedReason)
	}
	for _, a := range s.Actors {
		fmt.Fprintf(&b, "actor %+v\n", *a)
	}
	for _, q := range s.Quotes {
		fmt.Fprintf(&b, "quote %+v\n", q)
	}
	for _, x := range s.Expressions {
		fmt.Fprintf(&b, "expr %+v\n", x)
	}
	for _, e := range s.Events {
		fmt.Fprintf(&b, "event %+v\n", e)
	}
	figs, err := json.Marshal(s.Figures)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Fprintf(&b, "figures %s\n", figs)
	for _, q := range s.Quantities {
		fmt.Fprintf(&b, "quantity %+v\n", q)
	}
	return b.String()
}

// firstDifference shows where two digests first differ: the line, and
// both versions of it from a little before the first differing byte.
func firstDifference(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(la) && i < len(lb); i++ {
		if la[i] == lb[i] {
			continue
		}
		k := 0
		for k < len(la[i]) && k < len(lb[i]) && la[i][k] == lb[i][k] {
			k++
		}
		from := max(0, k-80)
		cut := func(s string) string { return s[from:min(len(s), k+120)] }
		return fmt.Sprintf("line %d, byte %d:\n  first: …%s\n  now:   …%s", i+1, k, cut(la[i]), cut(lb[i]))
	}
	return fmt.Sprintf("lengths %d and %d lines", len(la), len(lb))
}

// loadTies loads the fixture of ties (see TestAnalyseSameEveryRun).
func loadTies(t *testing.T) *Corpus {
	t.Helper()
	c, err := Load(os.DirFS("testdata"), "ecbplus-ties.jsonl")
	if err != nil {
		t.Fatalf("load fixture: %v", err)
	}
	return c
}

// The same corpus gives the same analysis on every run. The fixture's
// articles (see ecbplus-ties.ATTRIBUTION.md) hold reports that two events
// match equally well and role words ("the Doctor") that two persons of an
// article hold: Go orders a map's iteration at random, anew for every
// loop, so an analysis that let a map's order choose between them differs
// from run to run within one process.
func TestAnalyseSameEveryRun(t *testing.T) {
	const runs = 40
	var first string
	for i := 0; i < runs; i++ {
		// loaded anew each time: the analysis infers publication dates
		// into the articles
		s := Analyse(loadTies(t))
		if i == 0 {
			if len(s.Actors) == 0 || len(s.Events) == 0 || len(s.Quotes) == 0 {
				t.Fatalf("fixture gives %d actors, %d events, %d quotes", len(s.Actors), len(s.Events), len(s.Quotes))
			}
			first = storyDigest(t, s)
			continue
		}
		if got := storyDigest(t, s); got != first {
			t.Fatalf("run %d differs from run 1, %s", i+1, firstDifference(first, got))
		}
	}
}

// AnalyseForIndex finds what AnalyseProgress finds but the quantities,
// and does not group the figures at all.
func TestAnalyseForIndexSkipsOnlyQuantities(t *testing.T) {
	load := func() *Corpus { return loadTies(t) }
	full := AnalyseProgress(load(), nil)
	var stages []string
	lean := AnalyseForIndex(load(), func(stage string, _, _ int) {
		if len(stages) == 0 || stages[len(stages)-1] != stage {
			stages = append(stages, stage)
		}
	})
	if len(full.Quantities) == 0 || len(full.Figures) == 0 {
		t.Fatalf("fixture gives %d figures, %d quantities", len(full.Figures), len(full.Quantities))
	}
	if lean.Quantities != nil {
		t.Errorf("AnalyseForIndex grouped %d quantities", len(lean.Quantities))
	}
	for _, st := range stages {
		if st == "quantities" {
			t.Errorf("AnalyseForIndex reported the quantities stage: %v", stages)
		}
	}
	full.Quantities = nil
	if a, b := storyDigest(t, full), storyDigest(t, lean); a != b {
		t.Errorf("the rest of the story differs: %s", firstDifference(a, b))
	}
}

// AnalyseStaged gives at once the story AnalyseProgress gives without
// its quantities, and then the whole story; the first story is not
// written while the figures are grouped (a reader may be showing it: run
// with -race to see a write race too).
func TestAnalyseStaged(t *testing.T) {
	load := func() *Corpus { return loadTies(t) }
	full := AnalyseProgress(load(), nil)
	if len(full.Quantities) == 0 {
		t.Fatalf("fixture gives no quantities")
	}
	var stages []string
	first, group := AnalyseStaged(load(), func(stage string, _, _ int) {
		if len(stages) == 0 || stages[len(stages)-1] != stage {
			stages = append(stages, stage)
		}
	})
	if first.Quantities != nil || slices.Contains(stages, "quantities") {
		t.Fatalf("the first stage grouped figures: %d quantities, stages %v", len(first.Quantities), stages)
	}
	before := slices.Clone(first.Figures)
	stop, read := make(chan struct{}), make(chan int)
	go func() { // a reader of the first story, as the TUI is
		n := 0
		for {
			select {
			case <-stop:
				read <- n
				return
			default:
			}
			for _, f := range first.Figures {
				n += len(f.Context) + len(f.Names)
			}
		}
	}()
	whole := group()
	close(stop)
	if n := <-read; n != 0 {
		t.Errorf("the first story's figures held %d grouping words while grouping ran", n)
	}
	if !reflect.DeepEqual(before, first.Figures) || first.Quantities != nil {
		t.Errorf("grouping wrote the first story")
	}
	if whole == first || len(stages) < 2 || stages[len(stages)-2] != "quantities" || stages[len(stages)-1] != "done" {
		t.Errorf("whole story %p (first %p), stages %v: want a new story after the quantities stage", whole, first, stages)
	}
	if a, b := storyDigest(t, full), storyDigest(t, whole); a != b {
		t.Errorf("the staged story differs from the whole analysis: %s", firstDifference(a, b))
	}
	full.Quantities = nil
	if a, b := storyDigest(t, full), storyDigest(t, first); a != b {
		t.Errorf("the first stage differs from the whole analysis without quantities: %s", firstDifference(a, b))
	}
}

// "The Commissioner" before the article has named either of two
// commissioners is the one it names first; once both are named, the one
// mentioned last.
func TestRoleBeforeNamesGoesToFirstNamed(t *testing.T) {
	text := `The Commissioner opened the flood inquiry on Monday.

Transport Commissioner Dame Ada Blake and Water Commissioner Tom Reyes will give evidence. Reyes said the pumps had failed.

The Commissioner later promised a full report.`
	// a map's order changes from call to call: several calls catch an
	// order that decides
	for i := 0; i < 8; i++ {
		arts := storyArticles(t, map[string]string{"f1": text})
		actors := FindActors(arts, nil)
		blake, reyes := actorByName(actors, "Ada Blake"), actorByName(actors, "Tom Reyes")
		if blake == nil || reyes == nil {
			t.Fatalf("actors: %s", listActors(actors))
		}
		var got []string
		for _, a := range []*Actor{blake, reyes} {
			for _, m := range a.Mentions {
				if m.Alias == "The Commissioner" {
					got = append(got, fmt.Sprintf("%s@%d", a.Name, m.Sentence))
				}
			}
		}
		if want := "Ada Blake@0 Tom Reyes@3"; strings.Join(got, " ") != want {
			t.Fatalf("call %d: the Commissioner is %v, want %s", i+1, got, want)
		}
	}
}

// A report that matches two events equally well joins the one reported
// first.
func TestEqualMatchJoinsFirstEvent(t *testing.T) {
	cand := func(art int, words string) eventCandidate {
		id := fmt.Sprintf("a%d", art)
		return eventCandidate{ev: Event{Reports: []Report{{Article: id}}}, words: strings.Fields(words), key: "~on monday", art: art}
	}
	// as above: many calls, so that a map's order would show
	for i := 0; i < 32; i++ {
		groups := groupReports([]eventCandidate{
			cand(0, "bridge closed flood river traffic water"),
			cand(1, "council budget housing vote school tax"),
			// half its words of each
			cand(2, "bridge flood river housing school vote"),
		})
		var got []string
		for _, g := range groups {
			got = append(got, reportsOf(g.ev))
		}
		if want := "a0:0 a2:0|a1:0"; strings.Join(got, "|") != want {
			t.Fatalf("call %d: events %q, want %q", i+1, strings.Join(got, "|"), want)
		}
	}
}

// TestLargeAnalysisCapsTheHeapForQuantities checks that comparing the
// figures of a story of heapCapFigures figures or more runs under a heap
// cap, restored once the step ends, and that a smaller story's does not.
func TestLargeAnalysisCapsTheHeapForQuantities(t *testing.T) {
	limits := func() (during, after int64) {
		c, err := Load(os.DirFS("testdata"), "ecbplus-ties.jsonl")
		if err != nil {
			t.Fatalf("load fixture: %v", err)
		}
		during = -1
		AnalyseProgress(c, func(stage string, _, _ int) {
			if stage == "quantities" && during < 0 {
				during = debug.SetMemoryLimit(-1)
			}
		})
		return during, debug.SetMemoryLimit(-1)
	}
	before := debug.SetMemoryLimit(-1)
	if during, after := limits(); during != before || after != before {
		t.Errorf("small story: limit %d while grouping and %d after, want %d", during, after, before)
	}
	defer func(n int) { heapCapFigures = n }(heapCapFigures)
	heapCapFigures = 1
	if during, after := limits(); during >= before || after != before {
		t.Errorf("large story: limit %d while grouping (want below %d) and %d after (want it restored)", during, before, after)
	}
}
