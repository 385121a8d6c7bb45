package tui

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
	"github.com/dateline-news/dateline/seeds"
)

// TestMain forces the ASCII colour profile so views are plain text.
func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	os.Exit(m.Run())
}

// openStory returns an OpenFunc that indexes st in memory.
func openStory(st *corpus.Story) OpenFunc {
	return func(ctx context.Context, progress func(string, int, int), _ func(string), _ func(*corpus.Story, bool)) (*corpus.Story, *index.Index, error) {
		progress("index", 0, 1)
		ix, err := index.Build(ctx, st, index.Options{})
		if err != nil {
			return nil, nil, err
		}
		return st, ix, nil
	}
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

// start builds the app at a size, runs Open and returns it ready.
func start(t testing.TB, open OpenFunc, w, h int) model {
	t.Helper()
	m := newModel(Options{Title: "test", Open: open}, false)
	m.still = true
	m = send(t, m, tea.WindowSizeMsg{Width: w, Height: h})
	m = drain(t, m, exec(m.Init()))
	if m.state != stateReady {
		t.Fatalf("state after Open = %v (err %v), want ready", m.state, m.err)
	}
	t.Cleanup(func() {
		if m.c.index != nil {
			m.c.index.Close()
		}
	})
	return m
}

// send gives the model messages one by one, running the commands each
// returns and feeding back the messages of the app's own kinds.
func send(t testing.TB, m model, msgs ...tea.Msg) model {
	t.Helper()
	for _, msg := range msgs {
		m = drain(t, m, []tea.Msg{msg})
	}
	return m
}

func drain(t testing.TB, m model, queue []tea.Msg) model {
	t.Helper()
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 10000 {
			t.Fatal("messages do not settle")
		}
		msg := queue[0]
		queue = queue[1:]
		next, cmd := m.Update(msg)
		m = next.(model)
		queue = append(queue, exec(cmd)...)
	}
	return m
}

// exec runs a command and returns the app's own messages it yields
// (quit, blinks and other library messages are dropped).
func exec(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		return nil
	}
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, exec(c)...)
		}
		return out
	case progressMsg, noticeMsg, loadedMsg, loadFailedMsg, searchDebounceMsg, searchResultMsg,
		openEventMsg, openActorMsg, openQuantityMsg, openReaderMsg, setFilterMsg, exportedMsg:
		return []tea.Msg{msg}
	}
	return nil
}

// keys turns key names ("j", "enter", "shift+tab") or text to type
// ("text:Heathcote") into key messages.
func keys(names ...string) []tea.Msg {
	special := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"ctrl+c": tea.KeyCtrlC, "backspace": tea.KeyBackspace, "space": tea.KeySpace,
	}
	var out []tea.Msg
	for _, n := range names {
		if text, ok := strings.CutPrefix(n, "text:"); ok {
			for _, r := range text {
				out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
			continue
		}
		if k, ok := special[n]; ok {
			out = append(out, tea.KeyMsg{Type: k})
			continue
		}
		out = append(out, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(n)})
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// fixture is a small story written by hand: the analyses' results are
// given, so the TUI is tested on its own.
func fixture(t testing.TB) *corpus.Story {
	t.Helper()
	arts := []corpus.RawArticle{
		{ID: "g1", Title: "Council faces budget gap", Source: "Gazette", Published: "2024-03-01",
			Text: "The council said the budget gap was £260 million. Jane Heathcote of the union said staff will strike on Thursday. The strike began on 4 March 2024."},
		{ID: "h1", Title: "Strike begins", Source: "Herald", Published: "2024-03-05",
			Text: "Officials put the budget gap at £450 million. The union said members walked out on 4 March 2024. Heathcote called it historic."},
		{ID: "h2", Title: "Rally planned", Source: "Herald",
			Text: "A rally is planned for next week. The council declined to comment."},
	}
	st := &corpus.Story{Name: "Fixture story"}
	for _, r := range arts {
		r.Markup = true
		a, err := corpus.Clean(r)
		if err != nil {
			t.Fatalf("clean %s: %v", r.ID, err)
		}
		st.Articles = append(st.Articles, a)
	}
	span := func(art, text string) (corpus.Span, int) {
		a := st.Article(art)
		i := strings.Index(a.Text, text)
		if i < 0 {
			t.Fatalf("%q not in %s", text, art)
		}
		return corpus.Span{Start: i, End: i + len(text)}, a.SentenceAt(i)
	}
	mention := func(art, text string) corpus.Mention {
		sp, s := span(art, text)
		return corpus.Mention{Article: art, Span: sp, Sentence: s, Alias: text}
	}
	st.Actors = []*corpus.Actor{
		{ID: "council", Name: "City Council", Kind: corpus.KindOrganisation, Aliases: []string{"the council"},
			Mentions: []corpus.Mention{mention("g1", "council"), mention("h2", "council")}},
		{ID: "union", Name: "Workers Union", Short: "union", Kind: corpus.KindOrganisation,
			Mentions: []corpus.Mention{mention("g1", "union"), mention("h1", "union")}},
		{ID: "heathcote", Name: "Jane Heathcote", Kind: corpus.KindPerson, Role: "union leader", Aliases: []string{"Heathcote"},
			Mentions: []corpus.Mention{mention("g1", "Jane Heathcote"), mention("h1", "Heathcote")}},
	}
	expr := func(art, text string, start time.Time, g corpus.Granularity, c corpus.Certainty) corpus.TimeExpr {
		sp, s := span(art, text)
		return corpus.TimeExpr{Article: art, Text: text, Span: sp, Sentence: s, Start: start, End: start, Granularity: g, Certainty: c}
	}
	st.Expressions = []corpus.TimeExpr{
		expr("g1", "on Thursday", time.Time{}, "", corpus.CertRelative),
		expr("g1", "4 March 2024", day("2024-03-04"), corpus.GranDay, corpus.CertStated),
		expr("h1", "4 March 2024", day("2024-03-04"), corpus.GranDay, corpus.CertStated),
		expr("h2", "next week", time.Time{}, "", corpus.CertRelative),
	}
	rep := func(i int) corpus.Report {
		x := st.Expressions[i]
		return corpus.Report{Article: x.Article, Sentence: x.Sentence, Expression: i}
	}
	st.Events = []corpus.Event{
		{ID: "e1", Start: day("2024-03-04"), End: day("2024-03-04"), Granularity: corpus.GranDay, Certainty: corpus.CertStated,
			Summary: "Staff strike begins", Actors: []string{"union"},
			Reports: []corpus.Report{rep(1), rep(2)}},
		{ID: "e2", Certainty: corpus.CertRelative, Summary: "Staff will strike", Actors: []string{"heathcote", "union"},
			Reports: []corpus.Report{rep(0)}},
		{ID: "e3", Certainty: corpus.CertRelative, Summary: "A rally is planned",
			Reports: []corpus.Report{rep(3)}},
	}
	fig := func(art, text string, v float64, speaker string) corpus.Figure {
		sp, s := span(art, text)
		return corpus.Figure{Article: art, Text: text, Span: sp, Sentence: s, Value: v, Unit: "GBP", Measure: "budget gap", Speaker: speaker}
	}
	st.Figures = []corpus.Figure{fig("g1", "£260 million", 260e6, "council"), fig("h1", "£450 million", 450e6, "")}
	st.Quantities = []corpus.Quantity{{ID: "q1", Label: "budget gap", Unit: "GBP", Status: corpus.StatusConflict, Claims: []int{0, 1}}}
	qs, qsen := span("g1", "staff will strike on Thursday")
	st.Quotes = []corpus.Quote{{Article: "g1", Text: "staff will strike on Thursday", Span: qs, Sentence: qsen, Speaker: "heathcote", SpeakerAs: "Jane Heathcote"}}
	return st
}
