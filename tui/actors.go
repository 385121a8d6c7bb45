package tui

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
)

// actorsModel lists the story's actors, most mentioned first, each with a
// bar of its mentions coloured by source.
type actorsModel struct {
	c      *common
	actors []*corpus.Actor
	l      list
	width  int
	height int
}

func newActors(c *common) actorsModel {
	m := actorsModel{c: c, actors: append([]*corpus.Actor(nil), c.story.Actors...)}
	sort.SliceStable(m.actors, func(i, j int) bool { return len(m.actors[i].Mentions) > len(m.actors[j].Mentions) })
	lineItem := make([]int, len(m.actors))
	for i := range lineItem {
		lineItem[i] = i
	}
	m.l.setLines(lineItem)
	return m
}

func (m actorsModel) setSize(w, h int) actorsModel {
	m.width, m.height = w, h
	m.l.setHeight(h - 1)
	return m
}

func (m actorsModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Open, k.Filter}
}

func (m actorsModel) selectedActor() *corpus.Actor {
	if i := m.l.selected(); i >= 0 {
		return m.actors[i]
	}
	return nil
}

func (m actorsModel) update(msg tea.Msg) (actorsModel, tea.Cmd) {
	if m.l.update(msg, m.c.keys) {
		return m, nil
	}
	if k, ok := msg.(tea.KeyMsg); ok {
		a := m.selectedActor()
		switch {
		case a == nil:
		case key.Matches(k, m.c.keys.Open):
			return m, emit(openActorMsg{actor: a.ID})
		case key.Matches(k, m.c.keys.Filter):
			return m, emit(setFilterMsg{actor: a.ID})
		}
	}
	return m, nil
}

// click selects the actor on line y of the view; a second click opens it.
func (m actorsModel) click(y int) (actorsModel, tea.Cmd) {
	if it, again := m.l.click(y - 1); again && it >= 0 {
		return m, emit(openActorMsg{actor: m.actors[it].ID})
	}
	return m, nil
}

// actor column widths
const (
	actorKindW = 6
)

// columns sizes the name and bar columns to the width.
func (m actorsModel) columns() (nameW, barW int) {
	return clamp(m.width/3, 12, 26), clamp(m.width/6, 4, 14)
}

func (m actorsModel) view() string {
	s := m.c.styles
	if len(m.actors) == 0 {
		return s.Hint.Render("No actors found in these articles.")
	}
	peak := 1
	for _, a := range m.actors {
		peak = max(peak, len(a.Mentions))
	}
	actorNameW, actorBarW := m.columns()
	head := "  " + fit("Actor", actorNameW) + " " + fit("Kind", actorKindW) + " " + fit("Mentions", actorBarW+5) + " Role · also called"
	out := []string{s.Muted.Render(truncate(head, m.width))}
	from, to := m.l.visible()
	for ln := from; ln < to; ln++ {
		a := m.actors[ln]
		cur := "  "
		name := fit(clean(a.Name), actorNameW)
		if ln == m.l.selected() {
			cur = s.Cursor.Render("▌ ")
			name = s.Selected.Render(name)
		}
		if a.ID == m.c.filter {
			name = s.Filter.Render(fit("● "+clean(a.Name), actorNameW))
		}
		bar := m.c.mentionBar(a, actorBarW, peak)
		rest := describeActor(a)
		line := cur + name + " " + s.Muted.Render(fit(kindShort(a.Kind), actorKindW)) + " " + bar + " " + s.Muted.Render(fmt.Sprintf("%4d", len(a.Mentions))) + " " + rest
		out = append(out, truncate(line, m.width))
	}
	return strings.Join(out, "\n")
}

// describeActor is an actor's role and other names on one line.
func describeActor(a *corpus.Actor) string {
	var parts []string
	if a.Role != "" {
		parts = append(parts, clean(a.Role))
	}
	var names []string
	for _, al := range a.Aliases {
		if al != a.Name {
			names = append(names, clean(al))
		}
	}
	if len(names) > 0 {
		parts = append(parts, "aka "+strings.Join(names, ", "))
	}
	return strings.Join(parts, " · ")
}

func kindShort(k string) string {
	switch k {
	case corpus.KindOrganisation:
		return "org"
	case corpus.KindPerson:
		return "person"
	case corpus.KindPlace:
		return "place"
	}
	return clean(k)
}

// mentionsBySource counts an actor's mentions per source (by position in
// c.sources), once per actor: the bars are drawn on every key, and the
// most named actors of a large corpus have tens of thousands of mentions.
func (c *common) mentionsBySource(a *corpus.Actor) []int {
	if counts, ok := c.bySource[a.ID]; ok {
		return counts
	}
	counts := make([]int, len(c.sources))
	for _, mn := range a.Mentions {
		if i, ok := c.articleSrc[mn.Article]; ok {
			counts[i]++
		}
	}
	c.bySource[a.ID] = counts
	return counts
}

// mentionBar draws an actor's mentions as a bar w cells wide at peak,
// each source's share in its colour.
func (c *common) mentionBar(a *corpus.Actor, w, peak int) string {
	counts := c.mentionsBySource(a)
	total := len(a.Mentions)
	cells := 0
	if total > 0 {
		cells = max(1, total*w/max(peak, 1))
	}
	var b strings.Builder
	used := 0
	for i, n := range counts {
		if n == 0 {
			continue
		}
		k := (n*cells + total/2) / total
		if i == len(counts)-1 || used+k > cells {
			k = cells - used
		}
		k = max(k, 0)
		b.WriteString(c.styles.Source(i).Render(strings.Repeat("█", k)))
		used += k
	}
	if used < cells {
		b.WriteString(strings.Repeat("█", cells-used))
		used = cells
	}
	return b.String() + strings.Repeat(" ", max(w-used, 0))
}

// actorModel shows one actor: names, mentions by source, its quotes (who
// said what, where, shared quotes marked) and its events.
type actorModel struct {
	c      *common
	actor  string
	p      pane
	width  int
	height int
}

func newActorView(c *common, id string) actorModel { return actorModel{c: c, actor: id} }

func (m actorModel) setSize(w, h int) actorModel {
	m.width, m.height = w, h
	m.build()
	return m
}

func (m actorModel) helpKeys() []key.Binding {
	k := m.c.keys
	return []key.Binding{k.Up, k.Down, k.Filter}
}

func (m actorModel) update(msg tea.Msg) (actorModel, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.c.keys.Filter) {
		return m, emit(setFilterMsg{actor: m.actor})
	}
	m.p.update(msg, m.c.keys)
	return m, nil
}

func (m *actorModel) build() {
	c, s := m.c, m.c.styles
	a := c.story.Actor(m.actor)
	if a == nil {
		m.p.setLines([]string{s.Error.Render("This actor is no longer in the story.")})
		m.p.setHeight(m.height)
		return
	}
	w := m.width
	var lines []string
	title := s.Title.Render(clean(a.Name))
	if a.Short != "" && a.Short != a.Name {
		title += s.Muted.Render(" (" + clean(a.Short) + ")")
	}
	lines = append(lines, truncate(title+"  "+s.Muted.Render(kindShort(a.Kind)), w))
	if d := describeActor(a); d != "" {
		for _, l := range renderWrapped(d, 0, len(d), w, nil) {
			lines = append(lines, s.Muted.Render(l))
		}
	}
	// mentions by source
	counts := map[string]int{}
	for _, mn := range a.Mentions {
		l, _ := c.source(mn.Article)
		counts[l]++
	}
	var by []string
	for _, l := range c.sources {
		if counts[l] > 0 {
			by = append(by, c.sourceBadge(l)+fmt.Sprintf(" %d", counts[l]))
		}
	}
	lines = append(lines, truncate(s.Muted.Render(plural(len(a.Mentions), "mention")+": ")+strings.Join(by, "  "), w))

	lines = append(lines, "", s.Heading.Render("Quotes"))
	quotes := c.story.QuotesBy(a.ID)
	if len(quotes) == 0 {
		lines = append(lines, s.Hint.Render("No quotes attributed."))
	}
	for i, q := range quotes {
		// an article's badge heads its run of quotes once; a quote with a
		// note of its own (shared, reported) has its own head line
		head := c.badge(q.Article)
		plain := len(q.SharedWith) == 0 && q.Direct
		if len(q.SharedWith) > 0 {
			head += s.Compatible.Render(" ⇄ also in ") + c.badges(q.SharedWith)
		}
		if !q.Direct {
			head += s.Muted.Render(" (reported)")
		}
		if plain && i > 0 && quotes[i-1].Article == q.Article {
			lines = append(lines, "")
		} else {
			lines = append(lines, "", truncate(head, w))
		}
		text := "“" + strings.TrimSpace(q.Text) + "”"
		for _, l := range renderWrapped(text, 0, len(text), w-2, nil) {
			lines = append(lines, "  "+l)
		}
	}

	lines = append(lines, "", s.Heading.Render("Timeline"))
	ments := c.mentions(a.ID)
	n := 0
	for _, e := range c.story.Events {
		if !eventHasActor(e, a.ID, ments) {
			continue
		}
		n++
		g := "undated"
		if e.Dated() {
			g = gutter(e, approximate(c.story, e), gutterWidth)
		}
		var arts []string
		for _, r := range e.Reports {
			arts = append(arts, r.Article)
		}
		left := s.Gutter.Render(fit(g, gutterWidth)+" "+certaintyMark(e.Certainty)) + " "
		badges := c.badges(arts)
		sw := w - cellWidth(left) - cellWidth(badges) - 2
		lines = append(lines, truncate(left+fit(eventSummary(c, e), max(sw, 10))+"  "+badges, w))
	}
	if n == 0 {
		lines = append(lines, s.Hint.Render("No events involve "+clean(a.Name)+"."))
	}
	m.p.setLines(lines)
	m.p.setHeight(m.height)
}

func (m actorModel) view() string { return m.p.view() }
