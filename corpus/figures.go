package corpus

// Figures: every number in an article that measures something in the
// story. ExtractFigures tokenises each sentence, reads each number with
// what bounds it (qualifiers, ranges), its currency, scale and unit, drops
// numbers that are not figures (years, dates, times of day, ages, phone and
// emergency numbers, street numbers, ordinals and names such as "Article
// 50"), then describes what each figure measures (its head noun,
// modifiers and owners, used by GroupQuantities) and who states it.

import (
	"math"
	"sort"
	"strings"
)

// Qualifier says how a figure bounds its value.
type Qualifier string

// Qualifiers of figures.
const (
	QualExact    Qualifier = ""          // as stated
	QualApprox   Qualifier = "approx"    // around, about, nearly
	QualMoreThan Qualifier = "more-than" // (v, …)
	QualAtLeast  Qualifier = "at-least"  // [v, …)
	QualLessThan Qualifier = "less-than" // (…, v)
	QualUpTo     Qualifier = "up-to"     // [0, v]
	QualRange    Qualifier = "range"     // [low, high]
)

// ApproxTolerance is the relative tolerance of an approximate figure:
// "around 200,000" is [180,000, 220,000]. "Nearly", "almost", "just under"
// and "close to" take only the part below the number ([180,000, 200,000]),
// "just over" only the part above it. Exact figures are compared with
// their implied precision instead (see Figure.Precision).
const ApproxTolerance = 0.10

// Figure is one number in an article that measures something in the story.
type Figure struct {
	Article   string    `json:"article"`
	Text      string    `json:"text"`
	Span                // byte offsets into the article's Text
	Sentence  int       `json:"sentence"`
	Value     float64   `json:"value"`
	Low       *float64  `json:"low"`  // nil when unbounded below
	High      *float64  `json:"high"` // nil when unbounded above
	Unit      string    `json:"unit"` // ISO currency code, "percent", "people" or a plain unit word
	Scale     string    `json:"scale"`
	Qualifier Qualifier `json:"qualifier"`
	Measure   string    `json:"measure"` // what it measures: the counted noun and its modifiers
	Speaker   string    `json:"speaker"` // actor id of who states it, if attributed
	SpeakerAs string    `json:"speaker_as"`

	// Precision is half a unit of the last digit the number states: ±0.05bn
	// for "$2.3bn", ±50 for "2,300" (two or more trailing zeros of a whole
	// number count as rounding), ±0.5 for "85%".
	Precision float64 `json:"-"`
	// Vague marks words standing for a rough count ("dozens of people").
	Vague bool `json:"-"`

	// What the figure measures, for grouping: the head noun's class
	// ("shortfall" for "budget gap" and "funding black hole"), its
	// modifiers' classes, the actors (ids, or names when actors are not
	// known) that own the counted thing ("PCS members in the Met"), the
	// side of a vote it counts ("+" for, "-" against) and the content words
	// of its sentence.
	Head      string   `json:"-"`
	Modifiers []string `json:"-"`
	Owners    []string `json:"-"`
	OwnerWeak bool     `json:"-"` // owned by something unnamed: "the force's 3,100 members"
	Polarity  string   `json:"-"`
	Context   []string `json:"-"`
	// Place is the place named around the figure, as written ("in
	// Thessaloniki, 20,000 people marched"): the same count in two places
	// is two quantities.
	Place string `json:"-"`
	// Counted is the class of the counted noun of a count of people whose
	// Head is what happened to them ("women" in "two women were killed"):
	// two women killed are not the people killed.
	Counted string `json:"-"`
	// Year is the year named around the figure ("by the 2004 tsunami"), 0
	// when none is: counts of two years are two quantities.
	Year int `json:"-"`
	// Names are the names in the figure's sentence (folded, sorted), but
	// for its place and speaker: "Bush had 404 yards" and "Ivory rushed for
	// 716 yards" measure two players.
	Names []string `json:"-"`

	story *figStory // the names the figure's article repeats, shared by its figures
}

// Interval returns the values the figure allows, widened by its
// approximation and implied precision; ±Inf where unbounded.
func (f Figure) Interval() (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	if f.Low != nil {
		lo = *f.Low
	}
	if f.High != nil {
		hi = *f.High
	}
	lo -= f.Precision
	hi += f.Precision
	return lo, hi
}

// ExtractFigures finds the figures in an article. Quotes and actors, when
// given, attribute figures to their speakers and name the owners of
// counted things. It keeps no state between calls and may run on several
// articles at once. It reads every quote and mention given, so over a whole
// corpus use NewFigureSources once and FigureSources.Extract per article.
func ExtractFigures(a *Article, quotes []Quote, actors []*Actor) []Figure {
	return NewFigureSources(quotes, actors).Extract(a)
}

// FigureSources holds the quotes and actors' mentions of a corpus indexed by
// article, built once, so that extracting the figures of one article reads
// only that article's own quotes and mentions. It is read-only after
// NewFigureSources and safe to use from several goroutines.
type FigureSources struct {
	quotes   map[string][]Quote
	mentions map[string][]figMention
}

// NewFigureSources indexes quotes and actors' mentions by article; either
// may be nil.
func NewFigureSources(quotes []Quote, actors []*Actor) *FigureSources {
	fs := &FigureSources{quotes: map[string][]Quote{}, mentions: map[string][]figMention{}}
	for _, q := range quotes {
		fs.quotes[q.Article] = append(fs.quotes[q.Article], q)
	}
	for id, ms := range mentionsByArticle(actors) {
		out := make([]figMention, len(ms))
		for i, m := range ms {
			out[i] = figMention{Span: m.Span, actor: actors[m.actor]}
		}
		fs.mentions[id] = out
	}
	return fs
}

// Extract finds the figures in one article (see ExtractFigures).
func (fs *FigureSources) Extract(a *Article) []Figure {
	p := figParser{a: a}
	if fs != nil {
		p.quotes, p.mentions = fs.quotes[a.ID], fs.mentions[a.ID]
	}
	var out []Figure
	names := newStoryNames()
	var sentNames [][]figTok // tokens of the sentences with figures, for their names
	for si, s := range a.Sentences {
		p.sent = si
		p.toks = figTokenize(a.Text, s.Start, s.End)
		names.add(p.toks)
		start := len(out)
		for i := 0; i < len(p.toks); {
			f, next := p.figureAt(i)
			if f != nil {
				out = append(out, *f)
			}
			if next <= i {
				next = i + 1
			}
			i = next
		}
		if len(out) > start {
			ctx := p.contextWords()
			for k := start; k < len(out); k++ {
				out[k].Context = figContextFor(ctx, &out[k])
				p.attribute(&out[k])
				out[k].Place = p.placeOf(&out[k])
				out[k].Year = p.yearOf(&out[k])
				sentNames = append(sentNames, p.toks)
			}
		}
	}
	if len(out) > 0 {
		st := names.story()
		for k := range out {
			out[k].story = st
			out[k].Names = sentenceNames(sentNames[k], &out[k], st)
		}
	}
	return out
}

// figMention is an actor's mention in the article being parsed.
type figMention struct {
	Span
	actor *Actor
}

// figParser reads the figures of one article, one sentence at a time.
type figParser struct {
	a        *Article
	quotes   []Quote
	mentions []figMention
	sent     int
	toks     []figTok
}

// actorAt returns the actor mentioned within [start, end), if any.
func (p *figParser) actorAt(start, end int) *figMention {
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].End > start })
	if i < len(p.mentions) && p.mentions[i].Start < end {
		return &p.mentions[i]
	}
	return nil
}

// contextWords returns the content words of the current sentence, with
// their token indexes.
func (p *figParser) contextWords() []figCtxWord {
	var out []figCtxWord
	for i, t := range p.toks {
		if t.kind != figWord || len(t.low) < 3 || figStopWords[t.low] {
			continue
		}
		out = append(out, figCtxWord{i: i, start: t.start, w: figStem(t.low)})
	}
	return out
}

type figCtxWord struct {
	i, start int
	w        string
}

// figContextFor returns the sentence's content words outside the figure's
// own text, without its head, sorted and unique.
func figContextFor(ctx []figCtxWord, f *Figure) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range ctx {
		if f.Span.Contains(c.start) || c.w == f.Head || seen[c.w] {
			continue
		}
		seen[c.w] = true
		out = append(out, c.w)
	}
	sort.Strings(out)
	return out
}

// figStem crudely folds plurals and verb endings so that "workers" and
// "worker", "voted" and "voting" compare equal.
func figStem(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	switch {
	case len(w) > 5 && strings.HasSuffix(w, "ing"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}

// attribute sets who states the figure: the speaker of a quote it lies
// in, else the source named by an attribution in its sentence ("the union
// said", "according to officials").
func (p *figParser) attribute(f *Figure) {
	for _, q := range p.quotes {
		if q.Start <= f.Start && f.End <= q.End {
			f.Speaker, f.SpeakerAs = q.Speaker, q.SpeakerAs
			if f.Speaker != "" || f.SpeakerAs != "" {
				return
			}
		}
	}
	start, end, ok := p.attribution(f)
	if !ok {
		return
	}
	if m := p.actorAt(start, end); m != nil {
		f.Speaker = m.actor.ID
		f.SpeakerAs = p.a.Text[m.Start:m.End]
		return
	}
	f.SpeakerAs = p.a.Text[start:end]
}

// attribution finds the source named in the figure's sentence: the
// subject of the attribution verb nearest the figure, the words after an
// inverted "said" or after "according to". It returns their byte span.
func (p *figParser) attribution(f *Figure) (int, int, bool) {
	ts := p.toks
	best, bestDist := [2]int{}, -1
	consider := func(s, e, at int) {
		if s >= e {
			return
		}
		d := at - f.Start
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = [2]int{s, e}, d
		}
	}
	for i, t := range ts {
		if t.kind != figWord {
			continue
		}
		if t.low == "according" && i+1 < len(ts) && ts[i+1].low == "to" {
			if s, e, ok := p.sourceAfter(i + 2); ok {
				consider(s, e, t.start)
			}
			continue
		}
		if !figAttributionVerbs[t.low] || t.poss {
			continue
		}
		if s, e, ok := p.sourceBefore(i); ok {
			consider(s, e, t.start)
		} else if s, e, ok := p.sourceAfter(i + 1); ok && (t.low == "said" || t.low == "says" || t.low == "added") {
			consider(s, e, t.start)
		}
	}
	return best[0], best[1], bestDist >= 0
}

// sourceBefore reads the subject of the verb at i: a name or a noun such
// as "a spokesperson", skipping auxiliaries ("has confirmed").
func (p *figParser) sourceBefore(i int) (int, int, bool) {
	ts := p.toks
	j := i - 1
	for j >= 0 && ts[j].kind == figWord && (ts[j].low == "has" || ts[j].low == "have" || ts[j].low == "had" ||
		ts[j].low == "also" || ts[j].low == "later" || ts[j].low == "previously" || ts[j].low == "was" || ts[j].low == "is") {
		j--
	}
	end := j + 1
	named := false
	for ; j >= 0 && end-j <= 10; j-- {
		t := ts[j]
		if t.kind == figSym && (t.text == "(" || t.text == ")") {
			continue
		}
		if t.kind != figWord {
			break
		}
		if t.capital() && !(j == 0 && figStopWords[t.low]) {
			named = true
			continue
		}
		if figSpeakerNouns[t.low] {
			named = true
			continue
		}
		if t.low == "of" || t.low == "and" || t.low == "for" || figRoleWordOK(t.low) {
			continue
		}
		break
	}
	j++
	for j < end && (ts[j].kind != figWord || figStopWords[ts[j].low]) {
		j++
	}
	if !named || j >= end {
		return 0, 0, false
	}
	return ts[j].start, ts[end-1].end, true
}

// figRoleWordOK reports whether w may stand inside a source's name or
// title ("general secretary", "senior officials").
func figRoleWordOK(w string) bool {
	switch w {
	case "general", "chief", "senior", "deputy", "assistant", "executive", "national", "local", "federal", "state",
		"a", "an", "the", "one", "two", "its", "his", "her", "their":
		return true
	}
	return false
}

// sourceAfter reads a source named after position i ("according to the
// ministry", "said Jane Smith").
func (p *figParser) sourceAfter(i int) (int, int, bool) {
	ts := p.toks
	j := i
	for j < len(ts) && ts[j].kind == figWord && (ts[j].low == "the" || ts[j].low == "a" || ts[j].low == "an") {
		j++
	}
	start, named := j, false
	for ; j < len(ts) && j-start < 8; j++ {
		t := ts[j]
		if t.kind != figWord {
			break
		}
		if t.capital() || figSpeakerNouns[t.low] {
			named = true
			continue
		}
		if (t.low == "of" || t.low == "for" || t.low == "and") && named {
			continue
		}
		if figRoleWordOK(t.low) && !figStopWords[t.low] {
			continue
		}
		break
	}
	for j > start && ts[j-1].kind == figWord && figStopWords[ts[j-1].low] {
		j--
	}
	if !named || j <= start {
		return 0, 0, false
	}
	return ts[start].start, ts[j-1].end, true
}
