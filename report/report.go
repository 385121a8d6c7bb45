// Package report takes an analysed story out of the terminal: a Markdown
// briefing, the same as one self-contained HTML page, a JSON report and a
// TimelineJS export, and Markdown exports of single views (the timeline,
// one comparison of figures, one actor) for the terminal UI.
//
// Every format is drawn from one Briefing, built once from a
// *corpus.Story by Build, so the formats cannot disagree. Each article is
// cited by a number ([1], [2], …) given in corpus order.
package report

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// Schema is the version of the JSON report's shape.
const Schema = 1

// maxKeyQuotes is how many quotes an actor's entry shows; the rest are
// counted.
const maxKeyQuotes = 5

// Briefing is everything a report shows about a story, in the order it is
// shown: the articles, the timeline, the figures (conflicts first) and
// the actors.
type Briefing struct {
	Schema   int             `json:"schema"`
	Name     string          `json:"name"`
	Articles []Source        `json:"articles"`
	Timeline TimelineSection `json:"timeline"`
	// Quantities holds every quantity, conflicts first, then compatible,
	// agreeing and single-source ones.
	Quantities []Quantity `json:"quantities"`
	// Figures counts the figures found, in or out of quantities; Other
	// holds those no quantity claims.
	Figures int          `json:"figures"`
	Other   []Claim      `json:"other_figures"`
	Actors  []ActorEntry `json:"actors"`
	// Unattributed holds the quotes no speaker was found for.
	Unattributed []Quote `json:"unattributed_quotes"`
	// Skipped names the files that could not be loaded, with why.
	Skipped []string `json:"skipped"`
}

// Source is one article of the story and where it comes from.
type Source struct {
	Ref             int     `json:"ref"` // the citation number, [1]
	ID              string  `json:"id"`
	Title           string  `json:"title"`
	Source          string  `json:"source"`
	Author          string  `json:"author"`
	URL             string  `json:"url"`
	Origin          string  `json:"origin"`
	Published       *string `json:"published"`     // YYYY-MM-DD or YYYY-MM-DDTHH:MM, null when unknown
	PublishedHow    *string `json:"published_how"` // metadata, text, inferred; null when unknown
	PublishedReason string  `json:"published_reason,omitempty"`
	Words           int     `json:"words"`

	published time.Time
	hasTime   bool
}

// Cite names an article by id and citation number.
type Cite struct {
	Article string `json:"article"`
	Ref     int    `json:"ref"`
}

// TimelineSection is the story's events: those on the calendar, in date order,
// then the undated ones in one lane per article.
type TimelineSection struct {
	Dated   []Event `json:"dated"`
	Undated []Lane  `json:"undated"`
}

// Lane is one article's undated events.
type Lane struct {
	Cite
	Events []Event `json:"events"`
}

// Event is one happening of the timeline and the articles that report it.
type Event struct {
	ID          string        `json:"id"`
	Start       *string       `json:"start"` // YYYY-MM-DD, null when undated
	End         *string       `json:"end"`
	When        string        `json:"when"` // the date as a reader would write it
	Granularity string        `json:"granularity"`
	Certainty   string        `json:"certainty"`
	Summary     string        `json:"summary"`
	Actors      []string      `json:"actors"` // actor names
	Reports     []EventReport `json:"reports"`

	start, end time.Time
	gran       corpus.Granularity
}

// EventReport is one article's telling of an event: the sentence and the
// time expression in it.
type EventReport struct {
	Cite
	Expression string `json:"expression"` // "" when dated by publication
	// ByPublication marks an article's lead, dated by the article's
	// publication date rather than by words in the sentence.
	ByPublication bool   `json:"by_publication"`
	Approximate   bool   `json:"approximate"` // "for nearly three years"
	Future        bool   `json:"future"`      // the sentence looks ahead ("will strike on Thursday")
	Sentence      string `json:"sentence"`
}

// Quantity is a group of claims about one measured thing and the verdict
// on them.
type Quantity struct {
	Index  int     `json:"index"` // index into Story.Quantities
	ID     string  `json:"id"`
	Label  string  `json:"label"`
	Unit   string  `json:"unit"`
	Status string  `json:"status"`
	Claims []Claim `json:"claims"`
}

// Claim is one figure as an article states it.
type Claim struct {
	Cite
	Source    string   `json:"source"`
	Text      string   `json:"text"` // the figure as written
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	Measure   string   `json:"measure"`
	Speaker   string   `json:"speaker"` // the speaker's name, or the words the text uses; "" when unattributed
	Vague     bool     `json:"vague"`   // words standing for a rough count ("dozens")
	Date      *string  `json:"date"`    // the article's publication date
	Sentence  string   `json:"sentence"`
}

// ActorEntry is one person, organisation or place, where it is mentioned and
// its key quotes.
type ActorEntry struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Short    string    `json:"short"`
	Kind     string    `json:"kind"`
	Role     string    `json:"role"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"mentions"`
	// Quotes holds the key quotes (shared ones first), at most a few;
	// QuotesTotal counts all of the actor's quotes, shared ones once.
	Quotes      []Quote `json:"quotes"`
	QuotesTotal int     `json:"quotes_total"`
	// MoreQuotesIn cites the articles of the quotes not shown.
	MoreQuotesIn []Cite `json:"more_quotes_in"`
}

// Mention counts an actor's mentions in one article.
type Mention struct {
	Cite
	Count int `json:"count"`
}

// Quote is one quote; a quote found in several articles is one Quote
// citing all of them, marked Shared.
type Quote struct {
	Cite
	Text    string `json:"text"`
	Speaker string `json:"speaker"` // name, or the words the text uses when unattributed
	Direct  bool   `json:"direct"`
	Shared  bool   `json:"shared"`
	// Also cites the other articles with the same or nearly the same words.
	Also []Cite `json:"also"`
}

// builder holds the lookups Build needs.
type builder struct {
	st       *corpus.Story
	refs     map[string]int
	sources  map[string]*Source
	actorsBy map[string]*corpus.Actor
	// quotesBy lists each speaker's quotes (indexes into st.Quotes, in
	// story order); unattributed those of no known actor. Finding them
	// by going over every quote for every actor took minutes at 100,000
	// articles.
	quotesBy     map[string][]int
	unattributed []int
}

// Build gathers what the reports show from an analysed story. Article text
// is sanitised; nothing in the Briefing can drive a terminal.
func Build(st *corpus.Story) *Briefing {
	b := newBuilder(st)
	br := &Briefing{Schema: Schema, Name: clean(st.Name), Figures: len(st.Figures),
		Articles: []Source{}, Quantities: []Quantity{}, Other: []Claim{}, Actors: []ActorEntry{},
		Unattributed: []Quote{}, Skipped: []string{}}
	for _, a := range st.Articles {
		br.Articles = append(br.Articles, *b.sources[a.ID])
	}
	br.Timeline = b.timeline(nil)
	claimed := make([]bool, len(st.Figures))
	for i, q := range st.Quantities {
		br.Quantities = append(br.Quantities, b.quantity(i))
		for _, fi := range q.Claims {
			if fi >= 0 && fi < len(claimed) {
				claimed[fi] = true
			}
		}
	}
	for i, f := range st.Figures {
		if !claimed[i] {
			br.Other = append(br.Other, b.claim(f))
		}
	}
	slices.SortStableFunc(br.Quantities, func(x, y Quantity) int {
		return cmp.Compare(corpus.Status(x.Status).Rank(), corpus.Status(y.Status).Rank())
	})
	for _, a := range b.sortedActors() {
		br.Actors = append(br.Actors, b.actor(a))
	}
	br.Unattributed = b.quotes(b.unattributed)
	for _, p := range st.Problems {
		br.Skipped = append(br.Skipped, clean(p.Error()))
	}
	return br
}

func newBuilder(st *corpus.Story) *builder {
	b := &builder{st: st, refs: map[string]int{}, sources: map[string]*Source{}, actorsBy: map[string]*corpus.Actor{}}
	for i, a := range st.Articles {
		b.refs[a.ID] = i + 1
		s := &Source{Ref: i + 1, ID: clean(a.ID), Title: clean(a.Title), Source: clean(a.Source),
			Author: clean(a.Author), URL: clean(a.URL), Origin: clean(a.Origin), Words: a.Words,
			PublishedReason: clean(a.PublishedReason), published: a.Published, hasTime: a.PublishedHasTime}
		if a.HasPublished() {
			p := a.Published.Format("2006-01-02")
			if a.PublishedHasTime {
				p = a.Published.Format("2006-01-02T15:04")
			}
			s.Published = &p
			if a.PublishedHow != corpus.PublishedUnknown {
				how := string(a.PublishedHow)
				s.PublishedHow = &how
			}
		}
		b.sources[a.ID] = s
	}
	for _, a := range st.Actors {
		b.actorsBy[a.ID] = a
	}
	b.quotesBy = map[string][]int{}
	for i, q := range st.Quotes {
		if q.Speaker == "" || b.actorsBy[q.Speaker] == nil {
			b.unattributed = append(b.unattributed, i)
		} else {
			b.quotesBy[q.Speaker] = append(b.quotesBy[q.Speaker], i)
		}
	}
	return b
}

// cite names an article; an id the story does not have gets ref 0.
func (b *builder) cite(article string) Cite {
	return Cite{Article: clean(article), Ref: b.refs[article]}
}

// sentence returns the text of sentence i of an article, or "".
func (b *builder) sentence(article string, i int) string {
	a := b.st.Article(article)
	if a == nil || i < 0 || i >= len(a.Sentences) {
		return ""
	}
	return clean(a.Sentences[i].Text)
}

// actorName returns the display name of the actor with the given id.
func (b *builder) actorName(id string) string {
	if a := b.actorsBy[id]; a != nil {
		return clean(a.Name)
	}
	return ""
}

// timeline builds the dated events and the undated lanes from the events
// keep accepts (all when keep is nil).
func (b *builder) timeline(keep func(corpus.Event) bool) TimelineSection {
	t := TimelineSection{Dated: []Event{}, Undated: []Lane{}}
	lanes := map[string]*Lane{}
	for _, ev := range b.st.Events {
		if keep != nil && !keep(ev) {
			continue
		}
		e := b.event(ev)
		if ev.Dated() {
			t.Dated = append(t.Dated, e)
			continue
		}
		// an undated event sits in the lane of each article that reports it
		for _, r := range e.Reports {
			l := lanes[r.Article]
			if l == nil {
				l = &Lane{Cite: r.Cite}
				lanes[r.Article] = l
			}
			one := e
			one.Reports = []EventReport{r}
			l.Events = append(l.Events, one)
		}
	}
	slices.SortStableFunc(t.Dated, func(x, y Event) int {
		if c := x.start.Compare(y.start); c != 0 {
			return c
		}
		return x.end.Compare(y.end)
	})
	for _, a := range b.st.Articles {
		if l := lanes[a.ID]; l != nil {
			t.Undated = append(t.Undated, *l)
			delete(lanes, a.ID)
		}
	}
	// reports naming articles the story does not have, last and in order
	for _, id := range slices.Sorted(maps.Keys(lanes)) {
		t.Undated = append(t.Undated, *lanes[id])
	}
	return t
}

func (b *builder) event(ev corpus.Event) Event {
	e := Event{ID: clean(ev.ID), Granularity: string(ev.Granularity), Certainty: string(ev.Certainty),
		Summary: clean(ev.Summary), Actors: []string{}, Reports: []EventReport{},
		start: ev.Start, end: ev.End, gran: ev.Granularity}
	if ev.Dated() {
		s := ev.Start.Format("2006-01-02")
		e.Start = &s
		end := ev.End
		if end.IsZero() {
			end = ev.Start
		}
		en := end.Format("2006-01-02")
		e.End = &en
		e.When = When(ev.Start, ev.End, ev.Granularity)
	}
	for _, id := range ev.Actors {
		if n := b.actorName(id); n != "" {
			e.Actors = append(e.Actors, n)
		}
	}
	for _, r := range ev.Reports {
		er := EventReport{Cite: b.cite(r.Article), Sentence: b.sentence(r.Article, r.Sentence)}
		er.ByPublication = r.Expression < 0
		if r.Expression >= 0 && r.Expression < len(b.st.Expressions) {
			x := b.st.Expressions[r.Expression]
			er.Expression = clean(x.Text)
			er.Approximate, er.Future = x.Approximate, x.Future
			if e.When == "" {
				e.When = er.Expression
			}
		}
		e.Reports = append(e.Reports, er)
	}
	if e.Summary == "" && len(e.Reports) > 0 {
		e.Summary = e.Reports[0].Sentence
	}
	return e
}

func (b *builder) quantity(i int) Quantity {
	q := b.st.Quantities[i]
	out := Quantity{Index: i, ID: clean(q.ID), Label: clean(q.Label), Unit: clean(q.Unit), Status: string(q.Status), Claims: []Claim{}}
	for _, fi := range q.Claims {
		if fi < 0 || fi >= len(b.st.Figures) {
			continue
		}
		out.Claims = append(out.Claims, b.claim(b.st.Figures[fi]))
	}
	if out.Label == "" && len(out.Claims) > 0 {
		out.Label = out.Claims[0].Measure
	}
	if out.Label == "" {
		out.Label = out.ID
	}
	return out
}

func (b *builder) claim(f corpus.Figure) Claim {
	c := Claim{Cite: b.cite(f.Article), Text: clean(f.Text), Value: f.Value, Low: f.Low, High: f.High,
		Unit: clean(f.Unit), Qualifier: string(f.Qualifier), Measure: clean(f.Measure),
		Speaker: b.actorName(f.Speaker), Vague: f.Vague, Sentence: b.sentence(f.Article, f.Sentence)}
	if c.Speaker == "" {
		c.Speaker = clean(f.SpeakerAs)
	}
	if s := b.sources[f.Article]; s != nil {
		c.Source = s.Source
		c.Date = s.Published
	}
	return c
}

// sortedActors returns the actors, the most mentioned first.
func (b *builder) sortedActors() []*corpus.Actor {
	out := slices.Clone(b.st.Actors)
	slices.SortStableFunc(out, func(x, y *corpus.Actor) int { return cmp.Compare(len(y.Mentions), len(x.Mentions)) })
	return out
}

func (b *builder) actor(a *corpus.Actor) ActorEntry {
	out := ActorEntry{ID: clean(a.ID), Name: clean(a.Name), Short: clean(a.Short), Kind: clean(a.Kind), Role: clean(a.Role),
		Aliases: []string{}, Mentions: []Mention{}, Quotes: []Quote{}}
	for _, al := range a.Aliases {
		if al = clean(al); al != "" && al != out.Name && al != out.Short {
			out.Aliases = append(out.Aliases, al)
		}
	}
	// mentions in the order of the articles, then those of ids the story
	// does not have, sorted
	counts := a.MentionCounts()
	ids := slices.Collect(maps.Keys(counts))
	slices.SortFunc(ids, func(x, y string) int {
		rx, ry := b.refs[x], b.refs[y]
		switch {
		case rx > 0 && ry > 0:
			return cmp.Compare(rx, ry)
		case rx > 0:
			return -1
		case ry > 0:
			return 1
		}
		return cmp.Compare(x, y)
	})
	for _, id := range ids {
		out.Mentions = append(out.Mentions, Mention{Cite: b.cite(id), Count: counts[id]})
	}
	all := b.quotes(b.quotesBy[a.ID])
	out.QuotesTotal = len(all)
	// key quotes: those several articles carry first, then direct ones,
	// each group in corpus order
	slices.SortStableFunc(all, func(x, y Quote) int {
		if c := cmp.Compare(len(y.Also), len(x.Also)); c != 0 {
			return c
		}
		switch {
		case x.Direct && !y.Direct:
			return -1
		case y.Direct && !x.Direct:
			return 1
		}
		return 0
	})
	out.MoreQuotesIn = []Cite{}
	if len(all) > maxKeyQuotes {
		seen := map[Cite]bool{}
		for _, q := range all[maxKeyQuotes:] {
			for _, c := range append([]Cite{q.Cite}, q.Also...) {
				if !seen[c] {
					seen[c] = true
					out.MoreQuotesIn = append(out.MoreQuotesIn, c)
				}
			}
		}
		slices.SortFunc(out.MoreQuotesIn, func(x, y Cite) int { return cmp.Compare(x.Ref, y.Ref) })
		all = all[:maxKeyQuotes]
	}
	out.Quotes = append(out.Quotes, all...)
	return out
}

// quotes returns the story's quotes at the indexes idx (in story order),
// a quote shared by several articles once (where it first appears)
// citing the others.
func (b *builder) quotes(idx []int) []Quote {
	out := []Quote{}
	// copies holds the speaker and article of every quote that is the
	// copy, in another article, of a quote already taken
	type speakerIn struct{ speaker, article string }
	copies := map[speakerIn]bool{}
	for _, i := range idx {
		q := b.st.Quotes[i]
		if strings.TrimSpace(q.Text) == "" || copies[speakerIn{q.Speaker, q.Article}] {
			continue
		}
		for _, other := range q.SharedWith {
			if other != q.Article {
				copies[speakerIn{q.Speaker, other}] = true
			}
		}
		speaker := b.actorName(q.Speaker)
		if speaker == "" {
			speaker = clean(q.SpeakerAs)
		}
		o := Quote{Cite: b.cite(q.Article), Text: clean(q.Text), Speaker: speaker, Direct: q.Direct, Also: []Cite{}}
		seen := map[string]bool{q.Article: true}
		for _, other := range q.SharedWith {
			if !seen[other] {
				seen[other] = true
				o.Also = append(o.Also, b.cite(other))
			}
		}
		slices.SortStableFunc(o.Also, func(x, y Cite) int { return cmp.Compare(x.Ref, y.Ref) })
		o.Shared = len(o.Also) > 0
		out = append(out, o)
	}
	return out
}

// clean makes text from an article safe and single-spaced for a report:
// sanitised, with runs of white space (newlines too) made one space.
func clean(s string) string {
	return strings.Join(strings.Fields(corpus.Sanitize(s)), " ")
}
