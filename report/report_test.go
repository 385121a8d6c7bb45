package report

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dateline-news/dateline/corpus"
)

// TestReportsCarryNoControlCharacters puts terminal escapes and bidi
// overrides into every kind of text a report shows and checks that none
// reaches any format.
func TestReportsCarryNoControlCharacters(t *testing.T) {
	const evil = "\x1b[31mred\x1b[0m \x1b]8;;http://x\x07link\u202e\x07"
	st := fixtureStory(t)
	st.Name += evil
	st.Articles[0].Title += evil
	st.Articles[0].Source += evil
	st.Articles[0].Sentences[0].Text += evil
	st.Events[2].Summary += evil
	st.Expressions[0].Text += evil
	st.Figures[0].Text += evil
	st.Quantities[0].Label += evil
	st.Actors[1].Name += evil
	st.Actors[1].Aliases = append(st.Actors[1].Aliases, "Alias"+evil)
	st.Quotes[0].Text += evil
	st.Quotes[2].SpeakerAs += evil
	for name, write := range map[string]func(io.Writer, *corpus.Story) error{
		"md": Markdown, "html": HTML, "json": JSON, "timelinejs": TimelineJS,
		"timeline view":   func(w io.Writer, st *corpus.Story) error { return Timeline(w, st, nil) },
		"comparison view": func(w io.Writer, st *corpus.Story) error { return Comparison(w, st, 0) },
		"actor view":      func(w io.Writer, st *corpus.Story) error { return Actor(w, st, "ana-ruiz") },
	} {
		out := string(render(t, write, st))
		if i := strings.IndexFunc(out, func(r rune) bool {
			return r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 || r == '\u202e'
		}); i >= 0 {
			t.Errorf("%s: control character %q at %d: %q", name, out[i], i, out[max(0, i-20):min(len(out), i+20)])
		}
		if !strings.Contains(out, "red") {
			t.Errorf("%s: the text around the escapes is lost", name)
		}
	}
}

func ExampleWhen() {
	fmt.Println(When(day(2024, 12, 2), day(2024, 12, 9), corpus.GranSpan))
	fmt.Println(When(day(2025, 1, 1), day(2025, 1, 31), corpus.GranMonth))
	fmt.Println(When(day(2021, 1, 1), day(2024, 12, 11), corpus.GranSpan))
	// Output:
	// 2–9 Dec 2024
	// Jan 2025
	// 2021 – 11 Dec 2024
}

// ExampleComparison exports one quantity, as the terminal UI's e key does
// on a comparison.
func ExampleComparison() {
	c, err := corpus.Load(fstest.MapFS{
		"a.txt": {Data: []byte("The council said the repairs will cost £4.2 million.\n")},
		"b.txt": {Data: []byte("Engineers put the bill at £6 million.\n")},
	}, ".")
	if err != nil {
		fmt.Println(err)
		return
	}
	st := &corpus.Story{Name: "Bridge repairs", Articles: c.Articles,
		Figures: []corpus.Figure{
			{Article: "a", Text: "£4.2 million", Sentence: 0, Value: 4.2e6, Unit: "GBP"},
			{Article: "b", Text: "£6 million", Sentence: 0, Value: 6e6, Unit: "GBP"},
		},
		Quantities: []corpus.Quantity{{ID: "cost", Label: "repair cost", Unit: "GBP", Status: corpus.StatusConflict, Claims: []int{0, 1}}},
	}
	if err := Comparison(os.Stdout, st, 0); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Bridge repairs: repair cost
	//
	// **Conflict:** 2 articles give figures that cannot all be true.
	//
	// | Source | Value | Qualifier | Speaker | Date | Sentence |
	// |---|---|---|---|---|---|
	// | [1] source unknown | **£4.2 million** (4,200,000 GBP) | exact | — | unknown | The council said the repairs will cost £4.2 million. |
	// | [2] source unknown | **£6 million** (6,000,000 GBP) | exact | — | unknown | Engineers put the bill at £6 million. |
	//
	// ## Articles cited
	//
	// - [1] **(no headline)** — source unknown; publication date unknown. a
	// - [2] **(no headline)** — source unknown; publication date unknown. b
}

func BenchmarkReports(b *testing.B) {
	st := seedStory(b)
	for name, write := range map[string]func(io.Writer, *corpus.Story) error{
		"md": Markdown, "html": HTML, "json": JSON, "timelinejs": TimelineJS,
	} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := write(io.Discard, st); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDanglingReferences checks that indexes and ids pointing nowhere
// (an analysis bug, or a story put together by hand) are shown as far as
// they can be, never a panic.
func TestDanglingReferences(t *testing.T) {
	st := fixtureStory(t)
	st.Events = append(st.Events, corpus.Event{ID: "x", Start: day(2025, 4, 1), End: day(2025, 4, 1), Granularity: corpus.GranDay,
		Reports: []corpus.Report{{Article: "gone", Sentence: 99, Expression: 1000}, {Article: "post", Sentence: -3, Expression: -1}}})
	st.Figures = append(st.Figures, corpus.Figure{Article: "gone", Sentence: 42, Text: "7", Value: 7})
	st.Quantities = append(st.Quantities, corpus.Quantity{ID: "q-x", Status: "unheard-of", Claims: []int{-1, 999, len(st.Figures) - 1}})
	st.Quotes = append(st.Quotes, corpus.Quote{Article: "gone", Text: "words", Speaker: "nobody", SharedWith: []string{"also-gone"}})
	st.Actors = append(st.Actors, &corpus.Actor{ID: "ghost", Name: "Ghost", Mentions: []corpus.Mention{{Article: "gone"}}})
	for name, write := range map[string]func(io.Writer, *corpus.Story) error{
		"md": Markdown, "html": HTML, "json": JSON, "timelinejs": TimelineJS,
		"comparison": func(w io.Writer, st *corpus.Story) error { return Comparison(w, st, len(st.Quantities)-1) },
		"actor":      func(w io.Writer, st *corpus.Story) error { return Actor(w, st, "ghost") },
	} {
		out := string(render(t, write, st))
		if name == "md" && (!strings.Contains(out, `\[gone\]`) || !strings.Contains(out, "Ghost")) {
			t.Errorf("%s: the dangling article is not named:\n%s", name, out)
		}
	}
	if _, err := wellFormed(render(t, HTML, st)); err != nil {
		t.Errorf("html: %v", err)
	}
}
