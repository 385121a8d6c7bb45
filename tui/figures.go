package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
)

// figuresModel lists the story's quantities, conflicts first, each with
// its status mark, the values the sources give and their badges.
type figuresModel struct {
	c             *common
	quantities    []int // indexes into Story.Quantities, after filters
	conflictsOnly bool
	l             list
	width         int
	height        int
	rows          map[int]figRow // what a quantity's row shows, by quantity
}

// figRow is what a quantity's row shows whatever the width: its distinct
// values and the first of its claims' articles from each source. It is
// made once per quantity: a quantity of a large corpus can have thousands
// of claims, and rows are drawn on every key.
type figRow struct {
	values []string
	arts   []string
}

func newFigures(c *common) figuresModel {
	m := figuresModel{c: c, rows: map[int]figRow{}}
	m.rebuild()
	return m
}

// grouped lists the quantities of the story the root has just taken,
// whose figures have been compared, keeping the conflicts toggle.
func (m figuresModel) grouped() figuresModel {
	m.rows = map[int]figRow{}
	m.rebuild()
	return m
}

// rowParts returns the values and articles of quantity qi's row.
func (m figuresModel) rowParts(qi int) figRow {
	if r, ok := m.rows[qi]; ok {
		return r
	}
	st := m.c.story
	var r figRow
	seen, seenSrc := map[string]bool{}, map[string]bool{}
	for _, ci := range st.Quantities[qi].Claims {
		if ci < 0 || ci >= len(st.Figures) {
			continue
		}
		f := st.Figures[ci]
		// one article of each source is enough for the badges
		if l, _ := m.c.source(f.Article); !seenSrc[l] {
			seenSrc[l] = true
			r.arts = append(r.arts, f.Article)
		}
		if v := formatFigure(f); !seen[v] {
			seen[v] = true
			r.values = append(r.values, v)
		}
	}
	m.rows[qi] = r
	return r
}

func statusRank(s corpus.Status) int {
	switch s {
	case corpus.StatusConflict:
		return 0
	case corpus.StatusCompatible:
		return 1
	case corpus.StatusAgree:
		return 2
	}
	return 3
}

// rebuild applies the actor filter and the conflicts toggle.
func (m *figuresModel) rebuild() {
	st := m.c.story
	var ments map[sentenceRef]bool
	if m.c.filter != "" {
		ments = m.c.mentions(m.c.filter)
	}
	m.quantities = m.quantities[:0:0]
	for i, q := range st.Quantities {
		if m.conflictsOnly && q.Status != corpus.StatusConflict {
			continue
		}
		if m.c.filter != "" && !quantityHasActor(st, q, m.c.filter, ments) {
			continue
		}
		m.quantities = append(m.quantities, i)
	}
	slices.SortStableFunc(m.quantities, func(a, b int) int {
		return statusRank(st.Quantities[a].Status) - statusRank(st.Quantities[b].Status)
	})
	lineItem := make([]int, len(m.quantities))
	for i := range lineItem {
		lineItem[i] = i
	}
	m.l.setLines(lineItem)
}

// quantityHasActor reports whether an actor states one of a quantity's
// figures or is mentioned in the sentence of one.
func quantityHasActor(st *corpus.Story, q corpus.Quantity, actor string, ments map[sentenceRef]bool) bool {
	for _, ci := range q.Claims {
		if ci < 0 || ci >= len(st.Figures) {
			continue
		}
		f := st.Figures[ci]
		if f.Speaker == actor || ments[sentenceRef{f.Article, f.Sentence}] {
			return true
		}
	}
	return false
}

func (m figuresModel) setSize(w, h int) figuresModel {
	m.width, m.height = w, h
	m.l.setHeight(h - 1)
	return m
}

func (m figuresModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Conflicts}
}

func (m figuresModel) update(msg tea.Msg) (figuresModel, tea.Cmd) {
	if m.l.update(msg, m.c.keys) {
		return m, nil
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, m.c.keys.Open):
			return m, m.open()
		case key.Matches(k, m.c.keys.Conflicts):
			m.conflictsOnly = !m.conflictsOnly
			m.rebuild()
		}
	}
	return m, nil
}

func (m figuresModel) open() tea.Cmd {
	if i := m.l.selected(); i >= 0 {
		return emit(openQuantityMsg{quantity: m.quantities[i]})
	}
	return nil
}

// click selects the quantity on line y of the view; a second click opens it.
func (m figuresModel) click(y int) (figuresModel, tea.Cmd) {
	if _, again := m.l.click(y - 1); again {
		return m, m.open()
	}
	return m, nil
}

func (m figuresModel) view() string {
	s, c := m.c.styles, m.c
	st := c.story
	if c.grouping {
		return m.groupingView()
	}
	counts := map[corpus.Status]int{}
	for _, q := range st.Quantities {
		counts[q.Status]++
	}
	summary := fmt.Sprintf("%s: %d ⚠ conflict, %d ≈ compatible, %d = agree, %d · single",
		plural(len(st.Quantities), "quantity"), counts[corpus.StatusConflict], counts[corpus.StatusCompatible], counts[corpus.StatusAgree], counts[corpus.StatusSingle])
	if len(st.Quantities) == 1 {
		summary = strings.Replace(summary, "quantitys", "quantity", 1)
	} else {
		summary = strings.Replace(summary, "quantitys", "quantities", 1)
	}
	if m.conflictsOnly {
		summary += s.Filter.Render("  conflicts only (c)")
	}
	out := []string{truncate(s.Muted.Render(summary), m.width)}
	if len(m.quantities) == 0 {
		msg := "No figures found in these articles."
		switch {
		case m.conflictsOnly && len(st.Quantities) > 0:
			msg = "No conflicting figures. Press c to show all."
		case c.filter != "" && len(st.Quantities) > 0:
			msg = "No figures involve " + c.filterName() + "."
		}
		return strings.Join(append(out, s.Hint.Render(msg)), "\n")
	}
	from, to := m.l.visible()
	for ln := from; ln < to; ln++ {
		out = append(out, m.row(m.quantities[ln], ln == m.l.selected()))
	}
	return strings.Join(out, "\n")
}

// groupingView stands for the list while the figures are compared across
// sources: for how long so far, or why they could not be.
func (m figuresModel) groupingView() string {
	s, c := m.c.styles, m.c
	head := plural(len(c.story.Figures), "figure") + " read; "
	var next string
	if c.indexErr != nil {
		head += "they could not be compared across sources:"
		next = s.Notice.Render(truncate(clean(c.indexErr.Error()), m.width))
	} else {
		head += "comparing them across sources…"
		if c.groupingFor >= time.Second {
			head += " · " + c.groupingFor.Truncate(time.Second).String()
		}
		next = s.Hint.Render(truncate("The comparisons show here when they are ready; the other tabs work meanwhile.", m.width))
	}
	return truncate(s.Muted.Render(head), m.width) + "\n" + next
}

// row draws a quantity: mark, label, the distinct values, the badges.
func (m figuresModel) row(qi int, selected bool) string {
	s, c := m.c.styles, m.c
	st := c.story
	q := st.Quantities[qi]
	style, mk := s.StatusMark(q.Status)
	cur := "  "
	if selected {
		cur = s.Cursor.Render("▌ ")
	}
	parts := m.rowParts(qi)
	arts := parts.arts
	vals := style.Render(strings.Join(parts.values, " vs "))
	left := cur + style.Render(mk) + " "
	room := m.width - cellWidth(left)
	right := vals
	// the badges that fit beside the label's least room, "+N" for the rest
	if badges := c.badgesFit(arts, room-cellWidth(vals)-4-28); badges != "" {
		right += "  " + badges
	}
	lw := max(room-cellWidth(right)-2, 8)
	label := fit(quantityLabel(q), lw)
	if selected {
		label = s.Selected.Render(label)
	}
	return truncate(left+label+"  "+right, m.width)
}

// quantityLabel names what a quantity measures.
func quantityLabel(q corpus.Quantity) string {
	if q.Label != "" {
		return clean(q.Label)
	}
	if q.Unit != "" {
		return clean(q.Unit)
	}
	return clean(q.ID)
}

// compareModel is the comparison of one quantity: one column per source
// with the value, qualifier, speaker, publication date and the sentence
// with the figure highlighted. Values that agree with most sources show
// green, the odd ones out red.
type compareModel struct {
	c        *common
	quantity int
	col      int
	p        pane
	width    int
	height   int
}

func newCompareView(c *common, q int) compareModel { return compareModel{c: c, quantity: q} }

func (m compareModel) setSize(w, h int) compareModel {
	m.width, m.height = w, h
	m.build()
	return m
}

func (m compareModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Left, k.Right}
}

func (m compareModel) update(msg tea.Msg) (compareModel, tea.Cmd) {
	k := m.c.keys
	if km, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(km, k.Left):
			m.col = max(m.col-1, 0)
			m.build()
			return m, nil
		case key.Matches(km, k.Right):
			m.col++
			m.build()
			return m, nil
		}
	}
	m.p.update(msg, k)
	return m, nil
}

// valueKey identifies a claim's value for comparison.
func valueKey(f corpus.Figure) string {
	k := fmt.Sprintf("%g", f.Value)
	if f.Low != nil {
		k += fmt.Sprintf(" %g", *f.Low)
	}
	if f.High != nil {
		k += fmt.Sprintf(" %g", *f.High)
	}
	return k
}

func (m *compareModel) build() {
	c, s := m.c, m.c.styles
	st := c.story
	if m.quantity < 0 || m.quantity >= len(st.Quantities) {
		m.p.setLines([]string{s.Error.Render("This quantity is no longer in the story.")})
		m.p.setHeight(m.height)
		return
	}
	q := st.Quantities[m.quantity]
	style, mk := s.StatusMark(q.Status)
	lines := []string{
		truncate(style.Render(mk+" "+string(q.Status))+"  "+s.Bold.Render(quantityLabel(q)), m.width),
	}
	// claims grouped by source, in source order
	type group struct {
		label  string
		claims []corpus.Figure
	}
	var groups []*group
	byLabel := map[string]*group{}
	votes := map[string]int{}
	for _, ci := range q.Claims {
		if ci < 0 || ci >= len(st.Figures) {
			continue
		}
		f := st.Figures[ci]
		l, _ := c.source(f.Article)
		g := byLabel[l]
		if g == nil {
			g = &group{label: l}
			byLabel[l] = g
			groups = append(groups, g)
		}
		g.claims = append(g.claims, f)
		votes[valueKey(f)]++
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return c.sourceIndex[a.label] - c.sourceIndex[b.label] })
	// the value most sources give, when more than one gives it
	top, topN, tie := "", 0, false
	for v, n := range votes {
		switch {
		case n > topN:
			top, topN, tie = v, n, false
		case n == topN:
			tie = true
		}
	}
	valueStyle := func(f corpus.Figure) func(...string) string {
		switch {
		case q.Status == corpus.StatusAgree:
			return s.Same.Render
		case q.Status == corpus.StatusSingle:
			return s.Bold.Render
		case topN > 1 && !tie && valueKey(f) == top:
			return s.Same.Render
		case q.Status == corpus.StatusCompatible:
			return s.Neutral.Render
		}
		return s.Odd.Render
	}
	shown, colW := columnLayout(len(groups), m.width, 26, 3)
	m.col = clamp(m.col, 0, max(len(groups)-shown, 0))
	lines = append(lines, s.Muted.Render(fmt.Sprintf("%s from %s", plural(len(q.Claims), "claim"), plural(len(groups), "source"))))
	if shown < len(groups) {
		lines = append(lines, s.Hint.Render(fmt.Sprintf("sources %d–%d of %d (←/→ for more)", m.col+1, m.col+shown, len(groups))))
	}
	lines = append(lines, "")
	var cols [][]string
	var widths []int
	for _, g := range groups[m.col:min(m.col+shown, len(groups))] {
		var col []string
		for i, f := range g.claims {
			a, sen, ok := c.sentence(f.Article, f.Sentence)
			if a == nil {
				continue
			}
			// the source's badge heads its column once; an article's
			// publication date shows at its first claim
			newArticle := i == 0 || f.Article != g.claims[i-1].Article
			if i == 0 {
				col = append(col, c.badge(a.ID))
			} else {
				col = append(col, "", s.Separator.Render(strings.Repeat("─", min(colW, 12))))
			}
			col = append(col, valueStyle(f)(truncate(formatFigure(f), colW)))
			var about []string
			if f.Measure != "" {
				about = append(about, clean(f.Measure))
			}
			if f.Speaker != "" {
				about = append(about, "said by "+c.actorName(f.Speaker))
			}
			for _, l := range renderWrapped(strings.Join(about, " · "), 0, len(strings.Join(about, " · ")), colW, nil) {
				col = append(col, s.Muted.Render(l))
			}
			if newArticle {
				col = append(col, s.Muted.Render(truncate(formatPublished(a), colW)))
			}
			if ok {
				col = append(col, "")
				col = append(col, renderWrapped(a.Text, sen.Start, sen.End, colW, []mark{{f.Span, s.Figure}})...)
			}
		}
		cols = append(cols, col)
		widths = append(widths, colW)
	}
	lines = append(lines, joinColumns(cols, widths, s.Separator.Render(" │ "))...)
	m.p.setLines(lines)
	m.p.setHeight(m.height)
}

func (m compareModel) view() string { return m.p.view() }
