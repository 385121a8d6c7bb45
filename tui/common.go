package tui

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// common is what every child model shares: the story, its index, the
// styles and keys, the colour of each source and the actor filter. The
// root owns it; children only read it.
type common struct {
	ctx    context.Context
	story  *corpus.Story
	index  *index.Index
	styles *Styles
	keys   keyMap

	sources     []string       // source labels, sorted
	sourceIndex map[string]int // label → position in sources
	articleSrc  map[string]int // article id → position in sources

	// counts per article
	events, figures, quotes map[string]int

	// indexDone and indexTotal say how far the index has got while the
	// story is shown without it (opened early); indexErr why it failed.
	indexDone, indexTotal int
	indexErr              error
	// grouping says the story was opened early, before its figures were
	// compared across sources: it has no quantities yet. groupingFor is
	// how long that has taken so far.
	grouping    bool
	groupingFor time.Duration

	// bySource holds actors' mentions per source (mentionsBySource).
	bySource map[string][]int

	// span is the story's span of dates for the header (storySpan),
	// made once: it goes over every article.
	span string

	// filter is the id of the actor everything is filtered by, or "".
	filter string

	// delay is how long the search box waits after a keystroke (tests
	// make it 0).
	delay time.Duration
}

func newCommon(ctx context.Context, st *corpus.Story, ix *index.Index, styles *Styles, keys keyMap) *common {
	c := &common{ctx: ctx, story: st, index: ix, styles: styles, keys: keys,
		sourceIndex: map[string]int{}, articleSrc: map[string]int{},
		events: map[string]int{}, figures: map[string]int{}, quotes: map[string]int{},
		delay: searchDelay, span: storySpan(st), bySource: map[string][]int{}}
	seen := map[string]bool{}
	for _, a := range st.Articles {
		if l := sourceLabel(a); !seen[l] {
			seen[l] = true
			c.sources = append(c.sources, l)
		}
	}
	sort.Strings(c.sources)
	for i, s := range c.sources {
		c.sourceIndex[s] = i
	}
	for _, a := range st.Articles {
		c.articleSrc[a.ID] = c.sourceIndex[sourceLabel(a)]
	}
	for _, e := range st.Events {
		seenArt := map[string]bool{}
		for _, r := range e.Reports {
			if !seenArt[r.Article] {
				seenArt[r.Article] = true
				c.events[r.Article]++
			}
		}
	}
	for _, f := range st.Figures {
		c.figures[f.Article]++
	}
	for _, q := range st.Quotes {
		c.quotes[q.Article]++
	}
	return c
}

// source returns the source label and colour index of an article.
func (c *common) source(articleID string) (string, int) {
	a := c.story.Article(articleID)
	if a == nil {
		return shortID(clean(articleID)), -1
	}
	return sourceLabel(a), c.articleSrc[articleID]
}

// badge draws an article's source badge in the source's colour.
func (c *common) badge(articleID string) string {
	l, i := c.source(articleID)
	return c.styles.Source(i).Render("[" + l + "]")
}

// sourceBadge draws a source label in its colour.
func (c *common) sourceBadge(label string) string {
	i, ok := c.sourceIndex[label]
	if !ok {
		i = -1
	}
	return c.styles.Source(i).Render("[" + clean(label) + "]")
}

// badges draws the badges of several articles, each source once.
func (c *common) badges(articleIDs []string) string {
	seen := map[string]bool{}
	var out []string
	for _, id := range articleIDs {
		l, _ := c.source(id)
		if seen[l] {
			continue
		}
		seen[l] = true
		out = append(out, c.badge(id))
	}
	return strings.Join(out, " ")
}

// badgesFit draws the badges of several articles, each source once, in at
// most w cells: when they do not all fit, as many as do and "+N" for the
// others, so no source is silently dropped. It returns "" when not even
// "+N" fits.
func (c *common) badgesFit(articleIDs []string, w int) string {
	seen := map[string]bool{}
	var all []string
	for _, id := range articleIDs {
		l, _ := c.source(id)
		if !seen[l] {
			seen[l] = true
			all = append(all, c.badge(id))
		}
	}
	// the widths of the first k badges with their spaces, to try the
	// longest that fits without joining them over and over
	widths := make([]int, len(all)+1)
	for i, b := range all {
		widths[i+1] = widths[i] + cellWidth(b)
		if i > 0 {
			widths[i+1]++
		}
	}
	for k := len(all); k >= 0; k-- {
		more := ""
		if k < len(all) {
			more = c.styles.Muted.Render(fmt.Sprintf("+%d", len(all)-k))
			if k > 0 {
				more = " " + more
			}
		}
		if widths[k]+cellWidth(more) <= w {
			return strings.Join(all[:k], " ") + more
		}
	}
	return ""
}

// sourceCount is how many sources the articles come from.
func (c *common) sourceCount(articleIDs []string) int {
	seen := map[string]bool{}
	for _, id := range articleIDs {
		l, _ := c.source(id)
		seen[l] = true
	}
	return len(seen)
}

// actorName is the short name of an actor, for tags.
func (c *common) actorName(id string) string {
	a := c.story.Actor(id)
	switch {
	case a == nil:
		return clean(id)
	case a.Short != "":
		return clean(a.Short)
	}
	return clean(a.Name)
}

// filterName is the full name of the filtering actor.
func (c *common) filterName() string {
	if a := c.story.Actor(c.filter); a != nil {
		return clean(a.Name)
	}
	return clean(c.filter)
}

// mentions returns the set of sentences (article id and index) that
// mention an actor.
func (c *common) mentions(actorID string) map[sentenceRef]bool {
	return storyMentions(c.story, actorID)
}

// storyMentions is mentions in a given story, for a command's goroutine
// (the root may swap the story while it runs, see model.takeStory).
func storyMentions(st *corpus.Story, actorID string) map[sentenceRef]bool {
	out := map[sentenceRef]bool{}
	if a := st.Actor(actorID); a != nil {
		for _, m := range a.Mentions {
			out[sentenceRef{m.Article, m.Sentence}] = true
		}
	}
	return out
}

// sentenceRef names one sentence of one article.
type sentenceRef struct {
	article  string
	sentence int
}

// sentence returns a sentence of an article, or false.
func (c *common) sentence(articleID string, i int) (*corpus.Article, corpus.Sentence, bool) {
	a := c.story.Article(articleID)
	if a == nil || i < 0 || i >= len(a.Sentences) {
		return a, corpus.Sentence{}, false
	}
	return a, a.Sentences[i], true
}
