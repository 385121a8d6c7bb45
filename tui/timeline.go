package tui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/report"
)

// timelineModel lists the story's events in date order, grouped under
// month headings with a date gutter, the undated lane last, and a
// sparkline of events per month above.
type timelineModel struct {
	c      *common
	events []int    // indexes into Story.Events, after the filter
	lines  []tlLine // one per line of the list
	l      list
	width  int
	height int
	spark  string // the sparkline, made again when the events or the width change
}

// tlLine is a heading (event < 0) or an event row; day says whether the
// row shows its date in the gutter (the first of its day).
type tlLine struct {
	heading string
	event   int
	day     bool
}

func newTimeline(c *common) timelineModel {
	t := timelineModel{c: c}
	t.rebuild()
	return t
}

// rebuild recomputes the rows after the story or the filter changed.
func (t *timelineModel) rebuild() {
	st := t.c.story
	var ments map[sentenceRef]bool
	if t.c.filter != "" {
		ments = t.c.mentions(t.c.filter)
	}
	t.events = t.events[:0:0]
	for i, e := range st.Events {
		if t.c.filter == "" || eventHasActor(e, t.c.filter, ments) {
			t.events = append(t.events, i)
		}
	}
	t.lines = nil
	var lineItem []int
	lastHeading, lastDay := "", ""
	for n, i := range t.events {
		e := st.Events[i]
		h := "Undated"
		day := ""
		if e.Dated() {
			h = groupHeading(e.Start, e.End, e.Granularity)
			day = gutter(e, approximate(st, e), gutterWidth)
		}
		if h != lastHeading {
			t.lines = append(t.lines, tlLine{heading: h, event: -1})
			lineItem = append(lineItem, -1)
			lastHeading, lastDay = h, ""
		}
		t.lines = append(t.lines, tlLine{event: i, day: day != lastDay})
		lineItem = append(lineItem, n)
		lastDay = day
	}
	t.l.setLines(lineItem)
	t.spark = t.makeSparkline()
}

// eventHasActor reports whether an event involves the actor: it names it,
// or one of its reports' sentences mentions it.
func eventHasActor(e corpus.Event, actor string, ments map[sentenceRef]bool) bool {
	if slices.Contains(e.Actors, actor) {
		return true
	}
	for _, r := range e.Reports {
		if ments[sentenceRef{r.Article, r.Sentence}] {
			return true
		}
	}
	return false
}

func (t timelineModel) setSize(w, h int) timelineModel {
	if w != t.width {
		t.width = w
		t.spark = t.makeSparkline()
	}
	t.height = h
	t.l.setHeight(h - t.sparkHeight())
	return t
}

func (t timelineModel) sparkHeight() int {
	if t.spark == "" {
		return 0
	}
	return 2
}

func (t timelineModel) helpKeys() []key.Binding {
	k := t.c.keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Filter}
}

func (t timelineModel) update(msg tea.Msg) (timelineModel, tea.Cmd) {
	if t.l.update(msg, t.c.keys) {
		return t, nil
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, t.c.keys.Open):
			return t, t.open()
		case key.Matches(k, t.c.keys.Filter):
			return t, t.filterSelected()
		}
	}
	return t, nil
}

// click selects the row on line y of the view; a second click opens it.
func (t timelineModel) click(y int) (timelineModel, tea.Cmd) {
	if _, again := t.l.click(y - t.sparkHeight()); again {
		return t, t.open()
	}
	return t, nil
}

func (t timelineModel) open() tea.Cmd {
	if n := t.l.selected(); n >= 0 {
		return emit(openEventMsg{event: t.events[n]})
	}
	return nil
}

// filterSelected filters by the first actor of the selected event.
func (t timelineModel) filterSelected() tea.Cmd {
	if n := t.l.selected(); n >= 0 {
		if e := t.c.story.Events[t.events[n]]; len(e.Actors) > 0 {
			return emit(setFilterMsg{actor: e.Actors[0]})
		}
	}
	return nil
}

func (t timelineModel) view() string {
	s := t.c.styles
	if len(t.events) == 0 {
		msg := "No events found in these articles."
		if t.c.filter != "" {
			msg = "No events involve " + t.c.filterName() + "."
		}
		return s.Hint.Render(msg)
	}
	var b []string
	if sp := t.spark; sp != "" {
		b = append(b, truncate(sp, t.width), truncate(s.Muted.Render(certaintyLegend()), t.width))
	}
	from, to := t.l.visible()
	sel := t.l.selected()
	// the tags and badges of the rows in view line up in one column
	rightW := 0
	for ln := from; ln < to; ln++ {
		if line := t.lines[ln]; line.event >= 0 {
			tags, arts := t.tagsAndArticles(t.c.story.Events[line.event])
			rightW = max(rightW, cellWidth(strings.Join(tags, " · "))+2+cellWidth(t.c.badges(arts)))
		}
	}
	for ln := from; ln < to; ln++ {
		line := t.lines[ln]
		if line.event < 0 {
			b = append(b, truncate(s.Heading.Render(line.heading), t.width))
			continue
		}
		b = append(b, t.row(line, t.l.lineItem[ln] == sel, rightW))
	}
	return strings.Join(b, "\n")
}

// row draws one event: cursor, gutter, certainty mark, summary, actor tags
// and source badges.
func (t timelineModel) row(line tlLine, selected bool, rightW int) string {
	s, c := t.c.styles, t.c
	e := c.story.Events[line.event]
	cur := "  "
	if selected {
		cur = s.Cursor.Render("▌ ")
	}
	g := ""
	gs := s.Gutter
	switch {
	case line.day && e.Dated():
		g = gutter(e, approximate(c.story, e), gutterWidth)
	case !e.Dated():
		// the undated lane shows the words that could not be placed
		g, gs = undatedWords(c.story, e), s.Muted
	}
	left := cur + gs.Render(fit(g, gutterWidth)) + " " + s.Gutter.Render(certaintyMark(e.Certainty)) + " "
	tags, arts := t.tagsAndArticles(e)
	room := t.width - cellWidth(left)
	right := ""
	const minSummary = 24
	// the tags and badges take a column as wide as the widest row in
	// view needs, at most two fifths of the row and never the summary's
	// least room; badges that do not fit become "+N", tags go first
	// (more when this row's summary is short); on a narrow screen "+N"
	// still says that several sources report the event
	summary := eventSummary(c, e)
	rw := min(rightW, max(room*2/5, room-2-cellWidth(summary)), room-2-minSummary)
	if n := c.sourceCount(arts); n > 1 {
		if moreW := len(strconv.Itoa(n)) + 1; rw < moreW && room-2-moreW >= minSummary/2 {
			rw = moreW
		}
	}
	if rw > 0 {
		badges := c.badgesFit(arts, rw)
		if tw := rw - cellWidth(badges) - 2; len(tags) > 0 && tw >= min(4, cellWidth(tags[0])) {
			right = fit(t.tagsFit(tags, tw), tw) + "  " + badges
		} else {
			right = strings.Repeat(" ", max(rw-cellWidth(badges), 0)) + badges
		}
	}
	sw := room
	if right != "" {
		sw = room - cellWidth(right) - 2
	}
	sum := fit(summary, sw)
	if selected {
		sum = s.Selected.Render(sum)
	}
	out := left + sum
	if right != "" {
		out += "  " + right
	}
	return truncate(out, t.width)
}

// undatedWords is the temporal expression of an undated event's first
// report ("on Thursday"), which the reader must place themselves.
func undatedWords(st *corpus.Story, e corpus.Event) string {
	for _, r := range e.Reports {
		if r.Expression >= 0 && r.Expression < len(st.Expressions) {
			return clean(st.Expressions[r.Expression].Text)
		}
	}
	return ""
}

// tagsAndArticles lists an event's actors by their short names and the
// articles that report it, for their badges.
func (t timelineModel) tagsAndArticles(e corpus.Event) ([]string, []string) {
	var tags []string
	for _, a := range e.Actors {
		tags = append(tags, t.c.actorName(a))
	}
	var arts []string
	for _, r := range e.Reports {
		arts = append(arts, r.Article)
	}
	return tags, arts
}

// tagsFit draws actor tags in at most w cells: whole names, and "+N" for
// those that do not fit (a lone name too long is cut with …).
func (t timelineModel) tagsFit(tags []string, w int) string {
	s := t.c.styles
	for k := len(tags); k >= 1; k-- {
		out := s.Actor.Render(strings.Join(tags[:k], " · "))
		if k < len(tags) {
			out += s.Muted.Render(fmt.Sprintf(" +%d", len(tags)-k))
		}
		if cellWidth(out) <= w {
			return out
		}
	}
	return s.Actor.Render(truncate(tags[0], w))
}

// eventSummary is an event's summary, else the sentence of its first
// report.
func eventSummary(c *common, e corpus.Event) string {
	if e.Summary != "" {
		return clean(e.Summary)
	}
	for _, r := range e.Reports {
		if _, sen, ok := c.sentence(r.Article, r.Sentence); ok {
			return clean(sen.Text)
		}
	}
	return "(no summary)"
}

// makeSparkline draws the number of dated events per month, in as many
// cells as fit, between the first and last month. It goes over every
// event, so it is made when the events or the width change, not on every
// key (at 125,000 events that was 70 ms a key).
func (t timelineModel) makeSparkline() string {
	var first, last time.Time
	var dates []time.Time
	for _, i := range t.events {
		e := t.c.story.Events[i]
		if !e.Dated() {
			continue
		}
		m := time.Date(e.Start.Year(), e.Start.Month(), 1, 0, 0, 0, 0, time.UTC)
		dates = append(dates, m)
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	if len(dates) == 0 {
		return ""
	}
	months := (last.Year()-first.Year())*12 + int(last.Month()-first.Month()) + 1
	label := func(m time.Time) string { return m.Format("Jan 2006") }
	room := t.width - 2*8 - 4 - 24
	if room < 4 {
		return ""
	}
	cells := min(months, room)
	per := (months + cells - 1) / cells
	cells = (months + per - 1) / per
	counts := make([]int, cells)
	peak := 0
	for _, d := range dates {
		k := ((d.Year()-first.Year())*12 + int(d.Month()-first.Month())) / per
		counts[k]++
		peak = max(peak, counts[k])
	}
	bars := []rune(" ▁▂▃▄▅▆▇█")
	var b strings.Builder
	for _, n := range counts {
		if n == 0 {
			b.WriteRune('·')
			continue
		}
		b.WriteRune(bars[1+(n*(len(bars)-2)+peak-1)/peak])
	}
	s := t.c.styles
	undated := len(t.events) - len(dates)
	tail := fmt.Sprintf("  %s", plural(len(dates), "dated event"))
	if undated > 0 {
		tail += fmt.Sprintf(", %d undated", undated)
	}
	return s.Muted.Render(label(first)+" ") + s.Spark.Render(b.String()) + s.Muted.Render(" "+label(last)+tail)
}

// eventModel shows every report of one event side by side: one column per
// source, each with the article's publication date and the sentence, its
// date expression highlighted.
type eventModel struct {
	c      *common
	event  int
	col    int // first source column in view
	p      pane
	width  int
	height int
	more   bool // columns are hidden to the left or right
}

func newEventView(c *common, event int) eventModel {
	return eventModel{c: c, event: event}
}

func (m eventModel) setSize(w, h int) eventModel {
	m.width, m.height = w, h
	m.build()
	return m
}

func (m eventModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Filter}
}

func (m eventModel) update(msg tea.Msg) (eventModel, tea.Cmd) {
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
		case key.Matches(km, k.Filter):
			if e := m.c.story.Events[m.event]; len(e.Actors) > 0 {
				return m, emit(setFilterMsg{actor: e.Actors[0]})
			}
			return m, nil
		}
	}
	m.p.update(msg, k)
	return m, nil
}

// build lays the page out for the current size.
func (m *eventModel) build() {
	c, s := m.c, m.c.styles
	st := c.story
	if m.event < 0 || m.event >= len(st.Events) {
		m.p.setLines([]string{s.Error.Render("This event is no longer in the story.")})
		m.p.setHeight(m.height)
		return
	}
	e := st.Events[m.event]
	when := "Undated"
	if e.Dated() {
		when = report.When(e.Start, e.End, e.Granularity)
		if approximate(st, e) {
			when = "about " + when
		}
	}
	var lines []string
	lines = append(lines, truncate(s.Gutter.Render(certaintyMark(e.Certainty)+" "+when)+s.Muted.Render("  "+certaintyWords(e.Certainty)), m.width))
	for _, l := range renderWrapped(eventSummary(c, e), 0, len(eventSummary(c, e)), m.width, nil) {
		lines = append(lines, s.Bold.Render(l))
	}
	if len(e.Actors) > 0 {
		var tags []string
		for _, a := range e.Actors {
			tags = append(tags, c.actorName(a))
		}
		lines = append(lines, s.Actor.Render(truncate(strings.Join(tags, " · "), m.width)))
	}
	// reports grouped by source, in source order
	type group struct {
		label   string
		reports []corpus.Report
	}
	var groups []*group
	byLabel := map[string]*group{}
	for _, r := range e.Reports {
		l, _ := c.source(r.Article)
		g := byLabel[l]
		if g == nil {
			g = &group{label: l}
			byLabel[l] = g
			groups = append(groups, g)
		}
		g.reports = append(g.reports, r)
	}
	slices.SortStableFunc(groups, func(a, b *group) int { return c.sourceIndex[a.label] - c.sourceIndex[b.label] })
	lines = append(lines, "", s.Muted.Render(fmt.Sprintf("Reported by %s:", plural(len(groups), "source"))))
	shown, colW := columnLayout(len(groups), m.width, 28, 3)
	m.col = clamp(m.col, 0, max(len(groups)-shown, 0))
	m.more = shown < len(groups)
	var cols [][]string
	var widths []int
	for _, g := range groups[m.col:min(m.col+shown, len(groups))] {
		var col []string
		for i, r := range g.reports {
			a, sen, ok := c.sentence(r.Article, r.Sentence)
			if a == nil {
				continue
			}
			if i == 0 || r.Article != g.reports[i-1].Article {
				if i > 0 {
					col = append(col, "")
				}
				col = append(col, c.badge(a.ID)+" "+s.Muted.Render(formatPublished(a)))
				if a.Title != "" {
					col = append(col, s.Muted.Render(truncate(clean(a.Title), colW)))
				}
			}
			if !ok {
				continue
			}
			var marks []mark
			if r.Expression >= 0 && r.Expression < len(st.Expressions) {
				if x := st.Expressions[r.Expression]; x.Article == a.ID {
					marks = append(marks, mark{x.Span, s.Date})
				}
			}
			col = append(col, "")
			col = append(col, renderWrapped(a.Text, sen.Start, sen.End, colW, marks)...)
		}
		cols = append(cols, col)
		widths = append(widths, colW)
	}
	if m.more {
		lines = append(lines, s.Hint.Render(fmt.Sprintf("sources %d–%d of %d (←/→ for more)", m.col+1, m.col+len(cols), len(groups))))
	}
	lines = append(lines, "")
	lines = append(lines, joinColumns(cols, widths, s.Separator.Render(" │ "))...)
	m.p.setLines(lines)
	m.p.setHeight(m.height)
}

func (m eventModel) view() string { return m.p.view() }
