package tui

import (
	"context"
	"fmt"
	"math/rand"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// checkFrame asserts the view fills exactly the terminal: h lines of at
// most w cells.
func checkFrame(t *testing.T, m model) {
	t.Helper()
	v := m.View()
	lines := strings.Split(v, "\n")
	wantH := m.height
	if m.width < minWidth || m.height < minHeight {
		wantH = 1
	}
	if len(lines) != wantH {
		t.Errorf("%dx%d: view has %d lines, want %d", m.width, m.height, len(lines), wantH)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w > m.width {
			t.Errorf("%dx%d: line %d is %d cells wide: %q", m.width, m.height, i, w, l)
		}
	}
}

func TestNavigation(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	tests := []struct {
		name  string
		keys  []string
		tab   tab
		page  page
		shows []string
	}{
		{"starts on the timeline", nil, tabTimeline, pageTabs, []string{"March 2024", "Staff strike begins", "Undated", "on Thursday"}},
		{"number keys pick tabs", []string{"4"}, tabFigures, pageTabs, []string{"budget gap", "£260 million vs £450 million"}},
		{"tab goes right", []string{"tab"}, tabSources, pageTabs, []string{"Council faces budget gap", "[Gazette]", "[Herald]"}},
		{"tab wraps round", []string{"tab"}, tabTimeline, pageTabs, nil},
		{"shift+tab goes left", []string{"shift+tab"}, tabSources, pageTabs, nil},
		{"enter opens the reader", []string{"enter"}, tabSources, pageReader, []string{"Council faces budget gap", "The council said"}},
		{"esc goes back", []string{"esc"}, tabSources, pageTabs, nil},
		{"enter on an event shows its reports", []string{"1", "enter"}, tabTimeline, pageEvent, []string{"Reported by 2 sources", "[Gazette]", "[Herald]", "4 March 2024"}},
		{"a tab key leaves the page", []string{"3"}, tabActors, pageTabs, []string{"Jane Heathcote", "union leader"}},
		{"enter shows the actor", []string{"enter"}, tabActors, pageActor, []string{"Quotes", "Timeline"}},
		{"/ focuses the search box from anywhere", []string{"/"}, tabSearch, pageTabs, nil},
	}
	for _, tt := range tests {
		m = send(t, m, keys(tt.keys...)...)
		if m.tab != tt.tab || m.top() != tt.page {
			t.Fatalf("%s: tab %v page %v, want %v %v", tt.name, m.tab, m.top(), tt.tab, tt.page)
		}
		v := m.View()
		for _, s := range tt.shows {
			if !strings.Contains(v, s) {
				t.Errorf("%s: view lacks %q:\n%s", tt.name, s, v)
			}
		}
		checkFrame(t, m)
	}
	if !m.search.typing() {
		t.Error("/ did not focus the search box")
	}
	// while typing, q is text, not quit
	m = send(t, m, keys("q")...)
	if m.search.input.Value() != "q" {
		t.Errorf("typed q: box holds %q", m.search.input.Value())
	}
}

func TestTimelineSelection(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	tests := []struct {
		key  string
		want int // selected event
	}{
		{"j", 1}, {"j", 2}, {"j", 2}, {"k", 1}, {"g", 0}, {"G", 2}, {"home", 0},
	}
	for _, tt := range tests {
		m = send(t, m, keys(tt.key)...)
		if got := m.timeline.events[m.timeline.l.selected()]; got != tt.want {
			t.Errorf("after %s: event %d selected, want %d", tt.key, got, tt.want)
		}
	}
}

func TestFilterByActor(t *testing.T) {
	m := start(t, openStory(fixture(t)), 100, 30)
	// actors are listed by mentions; find Jane Heathcote's row
	m = send(t, m, keys("3")...)
	for i := 0; i < len(m.actors.actors) && m.actors.selectedActor().ID != "heathcote"; i++ {
		m = send(t, m, keys("j")...)
	}
	m = send(t, m, keys("a")...)
	if m.c.filter != "heathcote" {
		t.Fatalf("filter = %q, want heathcote", m.c.filter)
	}
	if !strings.Contains(m.View(), "filter: Jane Heathcote") {
		t.Errorf("the active filter is not shown:\n%s", m.View())
	}
	tests := []struct {
		tab          string
		shows, hides []string
	}{
		{"1", []string{"Staff will strike"}, []string{"Staff strike begins", "A rally is planned"}},
		{"4", []string{"No figures involve Jane Heathcote"}, []string{"£450 million"}},
	}
	for _, tt := range tests {
		m = send(t, m, keys(tt.tab)...)
		v := m.View()
		for _, s := range tt.shows {
			if !strings.Contains(v, s) {
				t.Errorf("tab %s: lacks %q:\n%s", tt.tab, s, v)
			}
		}
		for _, s := range tt.hides {
			if strings.Contains(v, s) {
				t.Errorf("tab %s: shows %q though filtered:\n%s", tt.tab, s, v)
			}
		}
	}
	// the filter reaches the search
	m = send(t, m, keys("/", "text:strike")...)
	if got := m.search.query.Actors; len(got) != 1 || got[0] != "heathcote" {
		t.Errorf("search ran with actors %v, want [heathcote]", got)
	}
	// esc leaves the box, then clears the filter
	m = send(t, m, keys("esc", "esc")...)
	if m.c.filter != "" {
		t.Errorf("esc did not clear the filter")
	}
	if m.search.query.Actors != nil {
		t.Errorf("search still filtered by %v", m.search.query.Actors)
	}
	m = send(t, m, keys("1")...)
	if !strings.Contains(m.View(), "Staff strike begins") {
		t.Errorf("cleared filter: timeline still filtered")
	}
}

func TestFiguresConflictsOnly(t *testing.T) {
	st := fixture(t)
	st.Quantities = append(st.Quantities, corpus.Quantity{ID: "q2", Label: "single thing", Unit: "GBP", Status: corpus.StatusSingle, Claims: []int{0}})
	m := start(t, openStory(st), 80, 24)
	m = send(t, m, keys("4")...)
	if len(m.figures.quantities) != 2 || m.figures.quantities[0] != 0 {
		t.Fatalf("figures %v, want conflict first of 2", m.figures.quantities)
	}
	m = send(t, m, keys("c")...)
	if len(m.figures.quantities) != 1 || !strings.Contains(m.View(), "conflicts only") {
		t.Errorf("conflicts only: %v\n%s", m.figures.quantities, m.View())
	}
	m = send(t, m, keys("c")...)
	if len(m.figures.quantities) != 2 {
		t.Errorf("toggle back: %v", m.figures.quantities)
	}
}

func TestComparison(t *testing.T) {
	m := start(t, openStory(fixture(t)), 100, 30)
	m = send(t, m, keys("4", "enter")...)
	if m.top() != pageQuantity {
		t.Fatalf("page %v, want the comparison", m.top())
	}
	v := m.View()
	for _, s := range []string{"⚠ conflict", "budget gap", "£260 million", "£450 million", "[Gazette]", "[Herald]", "said by City Council", "1 Mar 2024"} {
		if !strings.Contains(v, s) {
			t.Errorf("comparison lacks %q:\n%s", s, v)
		}
	}
	// side by side: both values on one line
	sideBySide := false
	for _, l := range strings.Split(v, "\n") {
		if strings.Contains(l, "£260 million") && strings.Contains(l, "£450 million") {
			sideBySide = true
		}
	}
	if !sideBySide {
		t.Errorf("values not side by side:\n%s", v)
	}
}

func TestStaleSearchResultsDropped(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	m = send(t, m, keys("/")...)
	// type without running commands, as if the searches were slow
	for _, k := range keys("text:budget") {
		next, _ := m.Update(k)
		m = next.(model)
	}
	seq := m.search.seq
	stale := searchResultMsg{seq: seq - 1, query: index.Query{Text: "budg"}, results: &index.Results{Total: 9, Hits: []index.Hit{{Article: "h2", Text: "stale"}}}}
	m = send(t, m, stale)
	if m.search.results != nil {
		t.Fatalf("a stale result was shown: %+v", m.search.results)
	}
	if !m.search.pending && m.search.results == nil {
		// the debounce tick has not fired yet: fire it now
	}
	m = send(t, m, searchDebounceMsg{seq: seq - 2}) // an old tick does nothing
	if m.search.pending {
		t.Fatal("an old debounce tick started a search")
	}
	m = send(t, m, searchDebounceMsg{seq: seq})
	if m.search.results == nil || m.search.query.Text != "budget" {
		t.Fatalf("current search: results %v for %q", m.search.results, m.search.query.Text)
	}
	if m.search.results.Total != 2 {
		t.Errorf("budget: %d hits, want 2", m.search.results.Total)
	}
	// a result for an older query arriving late is still dropped
	m = send(t, m, stale)
	if m.search.query.Text != "budget" {
		t.Errorf("late stale result replaced the current one: %q", m.search.query.Text)
	}
	if !strings.Contains(m.View(), "2 hits") {
		t.Errorf("hit count not shown:\n%s", m.View())
	}
}

func TestSearchOpensReaderAtHit(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	m = send(t, m, keys("/", "text:Heathcote", "enter", "j", "enter")...)
	if m.top() != pageReader {
		t.Fatalf("page %v, want the reader", m.top())
	}
	if len(m.reader.matches) == 0 {
		t.Fatal("the reader has no matches of the search")
	}
	before := m.reader.current
	m = send(t, m, keys("n")...)
	if m.reader.current == before {
		t.Errorf("n did not move to a match")
	}
	if !strings.Contains(m.View(), "match") {
		t.Errorf("match position not shown:\n%s", m.View())
	}
	m = send(t, m, keys("esc")...)
	if m.top() != pageTabs || m.tab != tabSearch {
		t.Errorf("esc: tab %v page %v, want back at the search", m.tab, m.top())
	}
}

// A query the parser rejects says why once, naming the query.
func TestSearchQueryError(t *testing.T) {
	m := start(t, openStory(fixture(t)), 100, 24)
	m = send(t, m, keys("/", "text:figures:>abc")...)
	v := m.View()
	if !strings.Contains(v, `query "figures:>abc": syntax error`) || strings.Count(v, "figures:>abc") != 2 {
		t.Errorf("search with a bad query (the box and one error line):\n%s", v)
	}
}

func TestResize(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	sizes := [][2]int{{120, 40}, {40, 12}, {39, 12}, {1, 1}, {0, 0}, {80, 24}, {200, 60}, {40, 12}}
	for _, page := range [][]string{{"1"}, {"2"}, {"3"}, {"4"}, {"5"}, {"1", "enter"}, {"3", "enter"}, {"4", "enter"}, {"5", "enter"}} {
		m = send(t, m, keys("esc")...)
		m = send(t, m, keys(page...)...)
		for _, sz := range sizes {
			m = send(t, m, tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			if sz[0] > 0 {
				checkFrame(t, m)
			}
		}
	}
	m = send(t, m, tea.WindowSizeMsg{Width: 1, Height: 1})
	if v := m.View(); ansi.StringWidth(v) > 1 || strings.Contains(v, "\n") {
		t.Errorf("1x1 view %q", v)
	}
	m = send(t, m, tea.WindowSizeMsg{Width: 30, Height: 10})
	if !strings.Contains(m.View(), "Dateline needs") {
		t.Errorf("below the minimum: %q", m.View())
	}
}

func TestLoadingAndFailure(t *testing.T) {
	m := newModel(Options{Title: "big corpus", Open: openStory(fixture(t))}, false)
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	next, _ := m.Update(progressMsg{stage: "dates", done: 50, total: 200}) // its command waits for Open
	m = next.(model)
	v := m.View()
	for _, s := range []string{"big corpus", "placing dates (50 of 200 articles)", "25%", "q to quit"} {
		if !strings.Contains(v, s) {
			t.Errorf("loading view lacks %q:\n%s", s, v)
		}
	}
	// a stage that reports no counts shows a spinner and a sweeping bar,
	// not a bar stuck at 0%; the time in the stage shows after a second
	at := time.Date(2026, 11, 23, 19, 0, 0, 0, time.UTC)
	next, _ = m.Update(progressMsg{stage: "actors", done: 0, total: 200, at: at})
	m = next.(model)
	first := m.View()
	for _, s := range []string{"finding actors and quotes in 200 articles…", "█"} {
		if !strings.Contains(first, s) {
			t.Errorf("loading view lacks %q:\n%s", s, first)
		}
	}
	if strings.Contains(first, "0%") {
		t.Errorf("a stage without counts shows a percentage:\n%s", first)
	}
	next, _ = m.Update(spinner.TickMsg{ID: m.spin.ID(), Time: at.Add(3 * time.Second)})
	m = next.(model)
	if v := m.View(); v == first || !strings.Contains(v, "3s") {
		t.Errorf("the loading view does not move with the spinner:\n%s\nthen\n%s", first, v)
	}
	// a narrow terminal keeps the stage's words
	next, _ = m.Update(tea.WindowSizeMsg{Width: 40, Height: 12})
	if v := next.(model).View(); !strings.Contains(v, "Finding actors and quotes") || strings.Contains(v, "Opening the corpus") {
		t.Errorf("narrow loading view:\n%s", v)
	}
	// counts bring the bar back
	next, _ = m.Update(progressMsg{stage: "dates", done: 50, total: 200, at: at})
	m = next.(model)
	if v := m.View(); !strings.Contains(v, "25%") || !strings.Contains(v, "(50 of 200 articles)") {
		t.Errorf("loading view after counts:\n%s", v)
	}
	// reading a kept story counts megabytes
	next, _ = m.Update(progressMsg{stage: "story", done: 120, total: 480, at: at})
	m = next.(model)
	if v := m.View(); !strings.Contains(v, "25%") || !strings.Contains(v, "eading the analysis kept from the last start (120 of 480 MB)") {
		t.Errorf("loading view while reading the kept story:\n%s", v)
	}
	// keys other than quit are ignored while loading
	m = send(t, m, keys("j", "enter", "4", "/")...)
	if m.state != stateLoading {
		t.Errorf("state %v", m.state)
	}
	if _, cmd := m.Update(keys("q")[0]); cmd == nil || cmd() != tea.Quit() {
		t.Error("q does not quit while loading")
	}
	if m.ctx.Err() == nil {
		t.Error("quitting did not cancel Open's context")
	}
	f := newModel(Options{Title: "x"}, false)
	f = send(t, f, tea.WindowSizeMsg{Width: 80, Height: 24}, loadFailedMsg{err: errTest("corpus/a.json: not JSON")})
	if f.state != stateFailed || !strings.Contains(f.View(), "corpus/a.json: not JSON") {
		t.Errorf("failed view:\n%s", f.View())
	}
}

// TestOpenNotices: what Open says the user should know (skipped files, an
// index rebuilt) shows on the loading screen as it comes, stays in the
// status line when the story opens, and lists on the failure screen; none
// is lost when progress reports crowd the pipe, and none draws escapes.
func TestOpenNotices(t *testing.T) {
	st := fixture(t)
	open := func(ctx context.Context, progress func(string, int, int), notice func(string), _ func(*corpus.Story, bool)) (*corpus.Story, *index.Index, error) {
		notice("skipped corpus/a.json: not JSON")
		for i := 0; i < 200; i++ { // more than the pipe holds
			progress("index", i, 200)
		}
		notice("index \x1b[31m/tmp/ix\x1b[0m is damaged; rebuilding it")
		ix, err := index.Build(ctx, st, index.Options{})
		return st, ix, err
	}
	m := start(t, open, 100, 30)
	v := m.View()
	if want := "skipped corpus/a.json: not JSON (and 1 more)"; !strings.Contains(v, want) {
		t.Errorf("ready view lacks %q:\n%s", want, v)
	}
	if len(m.notices) != 2 || strings.ContainsRune(v, '\x1b') {
		t.Errorf("notices %q; view %q", m.notices, v)
	}
	m = send(t, m, keys("j")...)
	if strings.Contains(m.View(), "not JSON") {
		t.Error("the notice stays in the status line after a key")
	}

	l := newModel(Options{Title: "big corpus", Open: open}, false)
	l = send(t, l, tea.WindowSizeMsg{Width: 60, Height: 20})
	next, _ := l.Update(noticeMsg{notices: []string{"one", "two \x1b]0;pwned\x07"}})
	l = next.(model)
	v = l.View()
	for _, s := range []string{"! one", "! two", "q to quit"} {
		if !strings.Contains(v, s) {
			t.Errorf("loading view lacks %q:\n%s", s, v)
		}
	}
	if strings.ContainsRune(v, '\x1b') || strings.ContainsRune(v, '\a') {
		t.Errorf("loading view draws control characters: %q", v)
	}
	// an older snapshot does not take notices back
	next, _ = l.Update(noticeMsg{notices: []string{"one"}})
	if n := next.(model).notices; len(n) != 2 {
		t.Errorf("notices after an older snapshot: %q", n)
	}
	// many notices: the latest, and how many came before
	var many []string
	for i := 1; i <= 12; i++ {
		many = append(many, fmt.Sprintf("skipped f%02d.json: not JSON", i))
	}
	next, _ = l.Update(noticeMsg{notices: many})
	v = next.(model).View()
	if !strings.Contains(v, "(and 8 earlier)") || !strings.Contains(v, "f12.json") || strings.Contains(v, "f08.json") {
		t.Errorf("loading view with 12 notices:\n%s", v)
	}

	f := newModel(Options{Title: "x"}, false)
	f = send(t, f, tea.WindowSizeMsg{Width: 80, Height: 24}, loadFailedMsg{err: errTest("no articles"), notices: []string{"skipped b.html: empty"}})
	if v := f.View(); !strings.Contains(v, "no articles") || !strings.Contains(v, "! skipped b.html: empty") {
		t.Errorf("failed view:\n%s", v)
	}
}

type errTest string

func (e errTest) Error() string { return string(e) }

// TestHostileText feeds an article full of escape sequences, control
// characters and bidi overrides (in its title, source, text, and in the
// analyses' names and summaries) and checks that no screen draws any.
func TestHostileText(t *testing.T) {
	const evil = "\x1b]0;pwned\x07\x1b[2J\x1b[31mred\x1b[0m \x1b[10;10H\u202eevil\u202c \x9b31m\x07\x08\x00\r"
	text := "Budget " + evil + " gap of £9 million. Then " + evil + " on Monday it struck."
	a := &corpus.Article{ID: "x1" + evil, Title: "Title " + evil, Source: "Src" + evil, Author: evil,
		Text: text, Paragraphs: []corpus.Span{{Start: 0, End: len(text)}}, Words: 12,
		Published: day("2024-01-02"), PublishedHow: corpus.PublishedMetadata}
	a.Sentences = corpus.SplitSentences(a.Text, a.Paragraphs)
	st := &corpus.Story{Name: "Story " + evil, Articles: []*corpus.Article{a}}
	at := func(s string) corpus.Span {
		i := strings.Index(text, s)
		return corpus.Span{Start: i, End: i + len(s)}
	}
	st.Actors = []*corpus.Actor{{ID: "act" + evil, Name: "Actor " + evil, Short: evil, Kind: evil, Role: evil, Aliases: []string{evil},
		Mentions: []corpus.Mention{{Article: a.ID, Span: at("Budget"), Alias: evil}}}}
	st.Expressions = []corpus.TimeExpr{{Article: a.ID, Text: "on Monday" + evil, Span: at("on Monday"), Sentence: a.SentenceAt(at("on Monday").Start), Certainty: corpus.CertRelative}}
	st.Events = []corpus.Event{
		{ID: "e" + evil, Summary: "Summary " + evil, Actors: []string{"act" + evil}, Reports: []corpus.Report{{Article: a.ID, Sentence: st.Expressions[0].Sentence}}},
		{ID: "d", Start: day("2024-01-01"), End: day("2024-01-01"), Granularity: corpus.GranDay, Certainty: corpus.CertStated, Reports: []corpus.Report{{Article: a.ID, Sentence: 0, Expression: 0}}},
	}
	st.Figures = []corpus.Figure{{Article: a.ID, Text: "£9 million" + evil, Span: at("£9 million"), Value: 9e6, Unit: "GBP" + evil, Measure: evil, Speaker: "act" + evil}}
	st.Quantities = []corpus.Quantity{{ID: evil, Label: evil, Unit: evil, Status: corpus.StatusSingle, Claims: []int{0}}}
	st.Quotes = []corpus.Quote{{Article: a.ID, Text: evil + "quoted" + evil, Span: at("Budget"), Speaker: "act" + evil, SharedWith: []string{a.ID}}}

	check := func(where string, v string) {
		t.Helper()
		for i, r := range v {
			if (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
				t.Fatalf("%s: control character %U at %d in view:\n%q", where, r, i, v)
			}
		}
		if strings.Contains(v, "pwned") {
			t.Fatalf("%s: an OSC title reached the view", where)
		}
	}
	m := start(t, openStory(st), 100, 30)
	pages := [][]string{{"1"}, {"1", "enter"}, {"esc", "j", "enter"}, {"esc", "2"}, {"/", "text:budget", "enter"}, {"enter"}, {"esc", "f"}, {"esc", "3"}, {"enter"}, {"esc", "4"}, {"enter"}, {"esc", "5"}, {"enter"}, {"?"}}
	for _, p := range pages {
		m = send(t, m, keys(p...)...)
		check(strings.Join(p, " "), m.View())
	}
	if m.top() != pageReader || !strings.Contains(m.View(), "Budget") {
		t.Fatalf("did not reach the reader:\n%s", m.View())
	}
}

// TestRandomKeys mashes 10,000 random keys, clicks and resizes and checks
// that the model never panics and always fills its frame.
func TestRandomKeys(t *testing.T) {
	for _, story := range []struct {
		name string
		st   *corpus.Story
	}{{"fixture", fixture(t)}, {"empty", &corpus.Story{Name: "empty"}}} {
		t.Run(story.name, func(t *testing.T) {
			m := start(t, openStory(story.st), 80, 24)
			rng := rand.New(rand.NewSource(1))
			names := []string{"j", "k", "g", "G", "enter", "esc", "tab", "shift+tab", "up", "down", "left", "right",
				"pgup", "pgdown", "home", "end", "1", "2", "3", "4", "5", "/", "?", "a", "c", "f", "n", "N", "h", "l",
				"backspace", "space", "x", "Q", "text:ab"}
			for i := 0; i < 10000; i++ {
				var msg tea.Msg
				switch r := rng.Intn(100); {
				case r < 2:
					msg = tea.WindowSizeMsg{Width: rng.Intn(130), Height: rng.Intn(45)}
				case r < 6:
					msg = tea.MouseMsg{X: rng.Intn(100), Y: rng.Intn(40), Button: tea.MouseButton(rng.Intn(6)), Action: tea.MouseActionPress}
				default:
					msg = keys(names[rng.Intn(len(names))])[0]
				}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Fatalf("panic after %d events (last %#v): %v\n%s", i, msg, r, debug.Stack())
						}
					}()
					next, cmd := m.Update(msg)
					m = next.(model)
					for _, out := range exec(cmd) {
						next, _ := m.Update(out)
						m = next.(model)
					}
					_ = m.View()
				}()
			}
		})
	}
}

// TestFastTyping: keys typed faster than the terminal is read arrive as
// one message of several runes; each must act as its own key.
func TestFastTyping(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("4/budget")})
	if m.tab != tabSearch || m.search.input.Value() != "budget" {
		t.Errorf("tab %v, box %q; want search with \"budget\"", m.tab, m.search.input.Value())
	}
	if m.search.results == nil || m.search.results.Total != 2 {
		t.Errorf("results %+v, want 2 hits", m.search.results)
	}
	// esc then 4 typed together arrive as alt+4: leave the box, go to Figures
	m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("4"), Alt: true})
	if m.tab != tabFigures || m.search.input.Value() != "budget" {
		t.Errorf("alt+4 while typing: tab %v, box %q", m.tab, m.search.input.Value())
	}
	// esc then 3 on a page: back from the page, then to Actors
	m = send(t, m, keys("1", "enter")...)
	if m.top() != pageEvent {
		t.Fatalf("enter on the timeline opened %v", m.top())
	}
	m = send(t, m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("3"), Alt: true})
	if m.top() != pageTabs || m.tab != tabActors {
		t.Errorf("alt+3 on the event page: page %v, tab %v; want the Actors tab", m.top(), m.tab)
	}
}

func TestMouse(t *testing.T) {
	m := start(t, openStory(fixture(t)), 80, 24)
	click := func(x, y int) tea.MouseMsg {
		return tea.MouseMsg{X: x, Y: y, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}
	}
	// the tab bar is the second line; find "Figures" in it
	bar := strings.Split(m.View(), "\n")[1]
	x := ansi.StringWidth(bar[:strings.Index(bar, "Figures")])
	m = send(t, m, click(x, 1))
	if m.tab != tabFigures {
		t.Fatalf("click on Figures: tab %v", m.tab)
	}
	// a click on the selected quantity (the first, under the summary) opens it
	m = send(t, m, click(5, m.bodyTop+1))
	if m.top() != pageQuantity {
		t.Fatalf("click on the selected row: page %v, want the comparison", m.top())
	}
	// on the timeline one click selects another event, a second opens it;
	// under the sparkline: March 2024, event, Undated, event
	m = send(t, m, keys("1")...)
	m = send(t, m, click(5, m.bodyTop+5))
	if got := m.timeline.events[m.timeline.l.selected()]; got != 1 || m.top() != pageTabs {
		t.Fatalf("one click: event %d selected on page %v, want event 1 on the tab", got, m.top())
	}
	m = send(t, m, click(5, m.bodyTop+5))
	if m.top() != pageEvent || m.event.event != 1 {
		t.Fatalf("second click: page %v event %d, want event 1 open", m.top(), m.event.event)
	}
	m = send(t, m, keys("4", "enter")...)
	// the wheel scrolls the page in front
	m = send(t, m, tea.WindowSizeMsg{Width: 80, Height: 12})
	before := m.compare.p.offset
	m = send(t, m, tea.MouseMsg{Button: tea.MouseButtonWheelDown, Action: tea.MouseActionPress})
	if m.compare.p.offset <= before {
		t.Errorf("wheel down: offset %d, was %d", m.compare.p.offset, before)
	}
}

// The facet panel lists months as well as actors and sources; choosing a
// month keeps the hits dated in it, as many as the facet counted, and
// esc drops it.
func TestSearchMonthFacet(t *testing.T) {
	m := start(t, openStory(seedStory(t)), 110, 30)
	m = send(t, m, keys("2", "/", "text:strike", "enter")...)
	months := m.search.results.Facets.Months
	if len(months) < 2 {
		t.Fatalf("month facets %v, want at least two months", months)
	}
	last := months[len(months)-1]
	v := m.View()
	if !strings.Contains(v, "Months") || !strings.Contains(v, monthLabel(last.Term)) {
		t.Errorf("no month facets in the view:\n%s", v)
	}
	m = send(t, m, keys("f", "end", "enter")...)
	if m.search.month != last.Term || int(m.search.results.Total) != last.Count {
		t.Errorf("month %q, %d hits; want %q with %d", m.search.month, m.search.results.Total, last.Term, last.Count)
	}
	for _, h := range m.search.results.Hits {
		if h.Date.Format("2006-01") != last.Term {
			t.Errorf("hit %s#%d dated %v, outside %s", h.Article, h.Sentence, h.Date, last.Term)
		}
	}
	if v := m.View(); !strings.Contains(v, "month: "+monthLabel(last.Term)+" (esc clears)") {
		t.Errorf("month filter not shown:\n%s", v)
	}
	m = send(t, m, keys("esc")...)
	if m.search.month != "" || m.tab != tabSearch || int(m.search.results.Total) <= last.Count {
		t.Errorf("after esc: month %q, tab %v, %d hits", m.search.month, m.tab, m.search.results.Total)
	}
}

// openedEarly returns the app at 100×30 shown the story st given early
// (grouping: before its figures were compared); no Open runs, the
// messages are sent by hand.
func openedEarly(t *testing.T, st *corpus.Story, grouping bool, more ...tea.Msg) model {
	t.Helper()
	m := newModel(Options{Title: "big corpus"}, false)
	m.still = true
	m.pipe.close()
	return send(t, m, append([]tea.Msg{tea.WindowSizeMsg{Width: 100, Height: 30}, earlyMsg{story: st, grouping: grouping}}, more...)...)
}

// TestOpenEarly: when Open gives the story before indexing it, the story
// shows at once; search says how far the index has got and runs the
// query typed meanwhile once the index comes. If indexing fails, only
// search is lost, and it says why.
func TestOpenEarly(t *testing.T) {
	st := fixture(t)
	m := openedEarly(t, st, false, progressMsg{stage: "index", done: 30, total: 120})
	if m.state != stateReady || m.c.index != nil {
		t.Fatalf("after the early story: state %v, index %v", m.state, m.c.index)
	}
	if v := m.View(); !strings.Contains(v, "Staff strike begins") || !strings.Contains(v, "Indexing for search in the background") {
		t.Errorf("timeline while indexing:\n%s", v)
	}
	m = send(t, m, keys("2", "/", "text:strike")...)
	if v := m.View(); !strings.Contains(v, "indexing for search: 25% (30 of 120 articles)… your search runs when it is done") {
		t.Errorf("search while indexing:\n%s", v)
	}
	if m.search.results != nil || !m.search.pending {
		t.Fatalf("search ran without an index: pending %v, results %v", m.search.pending, m.search.results)
	}
	ix, err := index.Build(context.Background(), st, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	m = send(t, m, loadedMsg{story: st, index: ix})
	if m.c.index != ix || m.search.results == nil || m.search.results.Total == 0 {
		t.Fatalf("the index came: index set %v, results %+v", m.c.index == ix, m.search.results)
	}
	if v := m.View(); !strings.Contains(v, "hits in") || strings.Contains(v, "indexing for search") {
		t.Errorf("search once the index came:\n%s", v)
	}

	// indexing fails: the story stays, search says why
	f := openedEarly(t, st, false)
	f = send(t, f, keys("2", "/", "text:strike")...)
	f = send(t, f, loadFailedMsg{err: errTest("index /tmp/ix: no space left on device")})
	if f.state != stateReady {
		t.Fatalf("a failed index took the story away: state %v", f.state)
	}
	if v := f.View(); !strings.Contains(v, "search is unavailable: index /tmp/ix: no space left on device") || f.search.pending {
		t.Errorf("search after a failed index (pending %v):\n%s", f.search.pending, v)
	}
}

// TestOpenEarlyGrouping: a story given early before its figures are
// compared shows at once, its figures tab saying they are being compared;
// the whole story, given early again or as Open's result, brings the
// comparisons without moving the other tabs.
func TestOpenEarlyGrouping(t *testing.T) {
	whole := fixture(t)
	if len(whole.Quantities) == 0 {
		t.Fatal("fixture has no quantities")
	}
	partial := *whole
	partial.Quantities = nil
	for _, viaLoaded := range []bool{false, true} {
		m := openedEarly(t, &partial, true)
		if m.state != stateReady || !m.c.grouping {
			t.Fatalf("after the early story: state %v, grouping %v", m.state, m.c.grouping)
		}
		if v := m.View(); !strings.Contains(v, "Staff strike begins") || !strings.Contains(v, "Comparing figures across sources, then indexing") {
			t.Errorf("timeline while grouping:\n%s", v)
		}
		m = send(t, m, keys("2", "/", "strike")...)
		if v := m.View(); !strings.Contains(v, "comparing figures across sources, then indexing for search… your search runs when it is done") {
			t.Errorf("search while grouping:\n%s", v)
		}
		m = send(t, m, keys("esc", "1", "j", "4", "c")...)
		m = send(t, m, groupTickMsg{at: m.groupingAt.Add(8500 * time.Millisecond)})
		if v := m.View(); !strings.Contains(v, fmt.Sprintf("%d figures read; comparing them across sources… · 8s", len(whole.Figures))) ||
			strings.Contains(v, "No figures found") {
			t.Errorf("figures tab while grouping:\n%s", v)
		}
		line := m.timeline.l.selected()
		if viaLoaded {
			ix, err := index.Build(context.Background(), whole, index.Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer ix.Close()
			m = send(t, m, loadedMsg{story: whole, index: ix})
			if m.c.index != ix {
				t.Errorf("the index did not come with the whole story")
			}
		} else {
			m = send(t, m, earlyMsg{story: whole})
			if v := m.View(); !strings.Contains(v, "Figures compared across sources; indexing for search in the background") {
				t.Errorf("status once the figures are compared:\n%s", v)
			}
		}
		if m.c.grouping || m.c.story != whole || m.tab != tabFigures || m.timeline.l.selected() != line {
			t.Errorf("whole story: grouping %v, taken %v, tab %v, timeline line %d (was %d)",
				m.c.grouping, m.c.story == whole, m.tab, m.timeline.l.selected(), line)
		}
		conflicts := 0
		for _, q := range whole.Quantities {
			if q.Status == corpus.StatusConflict {
				conflicts++
			}
		}
		if v := m.View(); strings.Contains(v, "comparing them") || !strings.Contains(v, "conflicts only (c)") || len(m.figures.quantities) != conflicts {
			t.Errorf("figures tab with the whole story (%d rows, %d conflicts; the conflicts toggle kept):\n%s", len(m.figures.quantities), conflicts, v)
		}
	}

	// Open fails before the figures are compared: the tab says so
	f := openedEarly(t, &partial, true, keys("4")...)
	f = send(t, f, loadFailedMsg{err: errTest("opening the corpus failed: out of memory")})
	if v := f.View(); f.state != stateReady || !strings.Contains(v, "could not be compared across sources") ||
		!strings.Contains(v, "opening the corpus failed: out of memory") {
		t.Errorf("figures tab after a failure while grouping (state %v):\n%s", f.state, v)
	}
}

// openCmd hands the early story to the program through the pipe, not
// dropped however many progress reports come first.
func TestOpenCmdEarly(t *testing.T) {
	st := fixture(t)
	pipe := newProgressPipe()
	open := func(ctx context.Context, progress func(string, int, int), _ func(string), early func(*corpus.Story, bool)) (*corpus.Story, *index.Index, error) {
		for i := range 200 { // more than the pipe holds
			progress("quantities", i, 200)
		}
		early(st, false)
		ix, err := index.Build(ctx, st, index.Options{})
		return st, ix, err
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- openCmd(context.Background(), open, pipe)() }()
	var got *corpus.Story
	for msg := range pipe.ch {
		if e, ok := msg.(earlyMsg); ok {
			got = e.story
		}
	}
	if got != st {
		t.Errorf("early story %p, want %p", got, st)
	}
	if l, ok := (<-done).(loadedMsg); !ok || l.index == nil {
		t.Errorf("openCmd gave %T, want loadedMsg with an index", l)
	} else {
		l.index.Close()
	}
}
