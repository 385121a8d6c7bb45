package tui

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// searchModel is the search tab: a query box that searches as you type
// (debounced; each keystroke bumps seq and results of older searches are
// dropped), the hits with their matches highlighted, and a facet panel of
// actors, sources and months that narrows the search.
type searchModel struct {
	c       *common
	input   textinput.Model
	seq     int // bumped by every change to the query or its filters
	pending bool
	query   index.Query // the query the results answer
	results *index.Results
	err     error
	source  string // source facet filter, "" for all
	month   string // month facet filter ("2024-12"), "" for all
	hits    list
	facets  list
	facetOn bool // keys go to the facet panel
	width   int
	height  int
}

// facetWidth is the width of the facet panel, shown when there is room.
const facetWidth = 28

func newSearch(c *common) searchModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "search every sentence"
	in.CharLimit = 256
	if c.delay <= 0 {
		in.Cursor.SetMode(cursor.CursorStatic) // tests: no blink ticks
	}
	return searchModel{c: c, input: in}
}

// typing reports whether keys go to the query box.
func (m searchModel) typing() bool { return m.input.Focused() }

// focus puts the cursor in the query box.
func (m searchModel) focus() (searchModel, tea.Cmd) {
	m.facetOn = false
	return m, m.input.Focus()
}

// wantsBack reports whether esc has something to undo here (leave the box
// or the facet panel, drop the source and month filters) before it goes
// to the root.
func (m searchModel) wantsBack() bool {
	return m.input.Focused() || m.facetOn || m.source != "" || m.month != ""
}

func (m searchModel) setSize(w, h int) searchModel {
	m.width, m.height = w, h
	m.input.Width = max(w-len(m.input.Prompt)-1, 1)
	m.hits.setHeight(h - 3)
	m.facets.setHeight(h - 3)
	return m
}

func (m searchModel) helpKeys() []key.Binding {
	k := m.c.keys
	if m.input.Focused() {
		return []key.Binding{k.Open, k.Up, k.Down}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Facets, k.Filter}
}

// refresh searches again at once (the filter changed).
func (m searchModel) refresh() (searchModel, tea.Cmd) {
	m.seq++
	return m, m.searchNow()
}

func (m searchModel) currentQuery() index.Query {
	q := index.Query{Text: strings.TrimSpace(m.input.Value()), Source: m.source, Limit: 200}
	if m.c.filter != "" {
		q.Actors = []string{m.c.filter}
	}
	if t, err := time.Parse("2006-01", m.month); err == nil {
		q.Since, q.Until = t, t.AddDate(0, 1, -1)
	}
	return q
}

func (m *searchModel) searchNow() tea.Cmd {
	q := m.currentQuery()
	if q.Text == "" {
		m.pending, m.results, m.err = false, nil, nil
		m.query = q
		m.hits.setLines(nil)
		m.facets.setLines(nil)
		return nil
	}
	m.pending = true
	if m.c.index == nil {
		return nil // opened early: indexReady searches once the index has come
	}
	return searchCmd(m.c.ctx, m.c.index, m.seq, q)
}

// indexReady runs the query waiting for the index, if any.
func (m searchModel) indexReady() (searchModel, tea.Cmd) {
	if !m.pending {
		return m, nil
	}
	return m.refresh()
}

// indexFailed drops the query waiting for an index that will not come.
func (m searchModel) indexFailed() searchModel {
	m.pending = false
	return m
}

func (m searchModel) update(msg tea.Msg) (searchModel, tea.Cmd) {
	k := m.c.keys
	switch msg := msg.(type) {
	case searchDebounceMsg:
		if msg.seq != m.seq {
			return m, nil // a newer keystroke has its own tick
		}
		return m, m.searchNow()
	case searchResultMsg:
		if msg.seq != m.seq {
			return m, nil // stale: the query changed since
		}
		m.pending = false
		m.query, m.results, m.err = msg.query, msg.results, msg.err
		if m.results != nil {
			// equal scores in a stable order, so the list does not shuffle
			sort.SliceStable(m.results.Hits, func(i, j int) bool {
				a, b := m.results.Hits[i], m.results.Hits[j]
				if a.Score != b.Score {
					return a.Score > b.Score
				}
				if a.Article != b.Article {
					return a.Article < b.Article
				}
				return a.Sentence < b.Sentence
			})
		}
		m.layoutResults()
		return m, nil
	case tea.KeyMsg:
		if m.input.Focused() {
			switch {
			case key.Matches(msg, k.Back):
				m.input.Blur()
				return m, nil
			case key.Matches(msg, k.Open):
				m.input.Blur()
				return m, nil
			case msg.Type == tea.KeyUp || msg.Type == tea.KeyDown:
				m.hits.update(msg, k)
				return m, nil
			}
			before := m.input.Value()
			var cmd tea.Cmd
			m.input, cmd = m.input.Update(msg)
			if m.input.Value() != before {
				m.seq++
				return m, tea.Batch(cmd, debounceCmd(m.seq, m.c.delay))
			}
			return m, cmd
		}
		if m.facetOn {
			return m.updateFacets(msg)
		}
		switch {
		case key.Matches(msg, k.Back):
			if m.source != "" || m.month != "" {
				m.source, m.month = "", ""
				return m.refresh()
			}
			return m, nil
		case key.Matches(msg, k.Facets):
			m.facetOn = m.facets.len() > 0
			return m, nil
		case key.Matches(msg, k.Open):
			return m, m.openHit()
		case key.Matches(msg, k.Filter):
			if h := m.selectedHit(); h != nil && len(h.Actors) > 0 {
				return m, emit(setFilterMsg{actor: h.Actors[0]})
			}
			return m, nil
		}
		m.hits.update(msg, k)
		return m, nil
	case tea.MouseMsg:
		if m.facetOn {
			m.facets.update(msg, k)
		} else {
			m.hits.update(msg, k)
		}
		return m, nil
	}
	// cursor blinks
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	return m, cmd
}

// updateFacets handles keys in the facet panel: enter applies the facet
// (an actor becomes the app's filter, a source or a month narrows the
// search).
func (m searchModel) updateFacets(msg tea.KeyMsg) (searchModel, tea.Cmd) {
	k := m.c.keys
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Facets):
		m.facetOn = false
		return m, nil
	case key.Matches(msg, k.Open):
		kind, term, _ := m.facetAt(m.facets.selected())
		m.facetOn = false
		switch kind {
		case "actor":
			return m, emit(setFilterMsg{actor: term})
		case "source":
			m.source = term
			return m.refresh()
		case "month":
			m.month = term
			return m.refresh()
		}
		return m, nil
	}
	m.facets.update(msg, k)
	return m, nil
}

// facetKinds names the facet lists in the order the panel shows them.
var facetKinds = []string{"actor", "source", "month"}

// facetLists returns the results' facet lists, in facetKinds' order.
func (m searchModel) facetLists() [][]index.FacetCount {
	if m.results == nil {
		return nil
	}
	f := m.results.Facets
	return [][]index.FacetCount{f.Actors, f.Sources, f.Months}
}

// facetAt says what the i-th facet entry is and how many hits it counts.
func (m searchModel) facetAt(i int) (kind, term string, count int) {
	if i < 0 {
		return "", "", 0
	}
	for k, list := range m.facetLists() {
		if i < len(list) {
			return facetKinds[k], list[i].Term, list[i].Count
		}
		i -= len(list)
	}
	return "", "", 0
}

// layoutResults sets up the hit and facet lists for new results.
func (m *searchModel) layoutResults() {
	var hl, fl []int
	if m.results != nil {
		for i := range m.results.Hits {
			hl = append(hl, i, i)
		}
		n := 0
		for _, list := range m.facetLists() {
			if len(list) == 0 {
				continue
			}
			fl = append(fl, -1) // the section's heading
			for range list {
				fl = append(fl, n)
				n++
			}
		}
	}
	m.hits.pos, m.hits.offset = 0, 0
	m.hits.setLines(hl)
	m.facets.pos, m.facets.offset = 0, 0
	m.facets.setLines(fl)
}

func (m searchModel) selectedHit() *index.Hit {
	if m.results == nil {
		return nil
	}
	if i := m.hits.selected(); i >= 0 && i < len(m.results.Hits) {
		return &m.results.Hits[i]
	}
	return nil
}

func (m searchModel) openHit() tea.Cmd {
	h := m.selectedHit()
	if h == nil {
		return nil
	}
	return emit(openReaderMsg{article: h.Article, sentence: h.Sentence, terms: queryTerms(m.query.Text)})
}

// click selects the hit on line y of the view; a second click opens it.
func (m searchModel) click(x, y int) (searchModel, tea.Cmd) {
	if y < 3 {
		m2, cmd := m.focus()
		return m2, cmd
	}
	if m.showFacets() && x >= m.width-facetWidth {
		m.facets.click(y - 3)
		return m, nil
	}
	if _, again := m.hits.click(y - 3); again {
		return m, m.openHit()
	}
	return m, nil
}

func (m searchModel) showFacets() bool {
	if m.width < 70 {
		return false
	}
	for _, list := range m.facetLists() {
		if len(list) > 0 {
			return true
		}
	}
	return false
}

func (m searchModel) view() string {
	s := m.c.styles
	status := ""
	switch {
	case m.c.index == nil && m.c.indexErr != nil:
		status = s.Error.Render("search is unavailable: " + clean(m.c.indexErr.Error()))
	case m.c.index == nil:
		status = s.Muted.Render(indexingLine(m.c.indexDone, m.c.indexTotal, m.c.grouping, m.pending))
	case m.err != nil:
		status = s.Error.Render(clean(m.err.Error()))
	case m.pending:
		status = s.Muted.Render("searching…")
	case m.results != nil:
		status = s.Muted.Render(fmt.Sprintf("%s in %s", plural(int(m.results.Total), "hit"), m.results.Took.Round(time.Microsecond*100)))
	case strings.TrimSpace(m.input.Value()) == "":
		status = s.Hint.Render(`type words, "a phrase", +must or -not; enter to browse the hits`)
	}
	if m.source != "" {
		status += s.Filter.Render("  source: " + clean(m.source) + " (esc clears)")
	}
	if m.month != "" {
		status += s.Filter.Render("  month: " + monthLabel(m.month) + " (esc clears)")
	}
	top := []string{m.input.View(), truncate(status, m.width), ""}
	listW := m.width
	var facetCol []string
	if m.showFacets() {
		listW = m.width - facetWidth - 3
		facetCol = m.facetView()
	}
	var rows []string
	if m.results != nil && len(m.results.Hits) == 0 && m.err == nil {
		rows = append(rows, s.Hint.Render("No sentence matches."))
	} else if m.results != nil {
		from, to := m.hits.visible()
		for ln := from; ln < to; ln++ {
			i := m.hits.lineItem[ln]
			first := ln == 0 || m.hits.lineItem[ln-1] != i
			rows = append(rows, m.hitLine(m.results.Hits[i], first, i == m.hits.selected() && !m.input.Focused(), listW))
		}
	}
	body := rows
	if facetCol != nil {
		body = joinColumns([][]string{rows, facetCol}, []int{listW, facetWidth}, s.Separator.Render(" │ "))
	}
	return strings.Join(append(top, body...), "\n")
}

// indexingLine says how far the index has got while search waits for it
// (grouping: the figures are compared first).
func indexingLine(done, total int, grouping, waiting bool) string {
	line := "indexing for search…"
	switch {
	case grouping:
		line = "comparing figures across sources, then indexing for search…"
	case total > 0:
		line = fmt.Sprintf("indexing for search: %d%% (%d of %d articles)…", done*100/total, done, total)
	}
	if waiting {
		line += " your search runs when it is done"
	}
	return line
}

// hitLine draws one of the two lines of a hit: its article, then the
// sentence with the matched words highlighted.
func (m searchModel) hitLine(h index.Hit, first, selected bool, w int) string {
	s, c := m.c.styles, m.c
	cur := "  "
	if selected {
		cur = s.Cursor.Render("▌ ")
	}
	if first {
		title := h.Article
		if a := c.story.Article(h.Article); a != nil {
			title = a.Display()
		}
		date := ""
		if !h.Date.IsZero() {
			date = s.Gutter.Render(formatDate(h.Date)) + " "
		}
		return truncate(cur+c.badge(h.Article)+" "+date+s.Muted.Render(clean(title)), w)
	}
	var marks []mark
	for _, sp := range h.Matches {
		if sp.Start >= 0 && sp.End <= len(h.Text) && sp.Start < sp.End {
			marks = append(marks, mark{sp, s.Match})
		}
	}
	line := excerpt(h.Text, marks, w-2)
	if selected {
		line = s.Selected.Render(fit(line, w-2))
	}
	return cur + line
}

func (m searchModel) facetView() []string {
	s := m.c.styles
	var out []string
	from, to := m.facets.visible()
	headings := map[string]string{"actor": "Actors", "source": "Sources", "month": "Months"}
	for ln := from; ln < to; ln++ {
		it := m.facets.lineItem[ln]
		if it < 0 {
			// a heading names the kind of the entry after it
			kind, _, _ := m.facetAt(m.facets.itemAtLine(ln + 1))
			out = append(out, s.Heading.Render(headings[kind]))
			continue
		}
		kind, term, count := m.facetAt(it)
		var label string
		switch kind {
		case "actor":
			label = m.c.actorName(term)
		case "source":
			label = m.c.sourceBadge(term)
		default:
			label = monthLabel(term)
		}
		cur := " "
		if m.facetOn && it == m.facets.selected() {
			cur = s.Cursor.Render("▌")
		}
		cnt := fmt.Sprintf("%d", count)
		out = append(out, cur+fit(label, facetWidth-2-len(cnt))+" "+s.Muted.Render(cnt))
	}
	if !m.facetOn {
		out = append(out, "", s.Hint.Render("f: choose a facet"))
	}
	return out
}

// monthLabel writes a month facet ("2024-12") as "Dec 2024".
func monthLabel(month string) string {
	if t, err := time.Parse("2006-01", month); err == nil {
		return t.Format("Jan 2006")
	}
	return clean(month)
}

// queryTerms picks the words of a query to highlight in the reader: its
// words and phrases, without operators and field names.
func queryTerms(q string) []string {
	var out []string
	for _, p := range regexp.MustCompile(`"[^"]+"|\S+`).FindAllString(q, -1) {
		p = strings.TrimLeft(p, "+-")
		if i := strings.IndexByte(p, ':'); i >= 0 && !strings.HasPrefix(p, `"`) {
			p = p[i+1:]
		}
		p = strings.Trim(p, `"*?~^`)
		switch strings.ToUpper(p) {
		case "", "AND", "OR", "NOT":
			continue
		}
		out = append(out, p)
	}
	return out
}

// termSpans finds the terms in text, case-insensitively, at word starts.
func termSpans(text string, terms []string) []corpus.Span {
	var out []corpus.Span
	for _, t := range terms {
		re, err := regexp.Compile(`(?i)\b` + regexp.QuoteMeta(t))
		if err != nil {
			continue
		}
		for _, loc := range re.FindAllStringIndex(text, -1) {
			out = append(out, corpus.Span{Start: loc[0], End: loc[1]})
		}
	}
	return out
}
