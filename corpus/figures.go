package corpus

// Figures: every number in an article that measures something in the
// story. ExtractFigures tokenises each sentence, reads each number with
// what bounds it (qualifiers, ranges), its currency, scale and unit, drops
// numbers that are not figures (years, dates, times of day, ages, phone and
// emergency numbers, street numbers, ordinals and names such as "Article
// 50"), then describes what each figure measures (its head noun,
// modifiers and owners, used by GroupQuantities) and who states it.

import (
	"cmp"
	"math"
	"slices"
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
	// known) that own the counted thing ("union members at the port"), the
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
	quotes    map[string][]figQuote
	mentions  map[string][]figMention
	ownerKeys map[*Actor]string // "@" and each actor's id, see ownerKey
}

// figQuote is what attributing a figure reads of a quote: where it stands
// and who said it.
type figQuote struct {
	Span
	Speaker, SpeakerAs string
}

// NewFigureSources indexes quotes and actors' mentions by article; either
// may be nil. Each index is counted first and filled into one array, the
// quotes in their order and the mentions of an article in text order
// (mentions that start together in the actors' order, as
// mentionsByArticle gives them).
func NewFigureSources(quotes []Quote, actors []*Actor) *FigureSources {
	fs := &FigureSources{quotes: map[string][]figQuote{}, mentions: map[string][]figMention{}, ownerKeys: map[*Actor]string{}}
	if len(quotes) > 0 {
		count := map[string]int{}
		for i := range quotes {
			count[quotes[i].Article]++
		}
		all := make([]figQuote, 0, len(quotes))
		for i := range quotes {
			id := quotes[i].Article
			qs, ok := fs.quotes[id]
			if !ok {
				n := len(all)
				qs, all = all[n:n:n+count[id]], all[:n+count[id]]
			}
			fs.quotes[id] = append(qs, figQuote{quotes[i].Span, quotes[i].Speaker, quotes[i].SpeakerAs})
		}
	}
	count, total := map[string]int{}, 0
	for _, a := range actors {
		for k := range a.Mentions {
			count[a.Mentions[k].Article]++
			total++
		}
	}
	if total == 0 {
		return fs
	}
	all := make([]figMention, 0, total)
	for _, a := range actors {
		if len(a.Mentions) > 0 {
			fs.ownerKeys[a] = "@" + a.ID
		}
		for k := range a.Mentions {
			m := &a.Mentions[k]
			ms, ok := fs.mentions[m.Article]
			if !ok {
				n := len(all)
				ms, all = all[n:n:n+count[m.Article]], all[:n+count[m.Article]]
			}
			fs.mentions[m.Article] = append(ms, figMention{Span: m.Span, actor: a})
		}
	}
	for _, ms := range fs.mentions {
		slices.SortStableFunc(ms, func(x, y figMention) int { return cmp.Compare(x.Start, y.Start) })
	}
	return fs
}

// Extract finds the figures in one article (see ExtractFigures). Its
// working memory (tokens, context words, names; see figScratch) comes from
// a pool and is reused from article to article; what it returns is
// allocated once, to size: the figures, and one array each of their
// context words, their names and their bounds.
func (fs *FigureSources) Extract(a *Article) []Figure {
	sc := figScratchPool.Get().(*figScratch)
	defer sc.release()
	p := &sc.p
	*p = figParser{a: a, numbers: &sc.numbers}
	if fs != nil {
		p.quotes, p.mentions, p.ownerKeys = fs.quotes[a.ID], fs.mentions[a.ID], fs.ownerKeys
	}
	for si, s := range a.Sentences {
		p.sent = si
		sc.toks = appendFigTokens(sc.toks[:0], a.Text, s.Start, s.End, &sc.lower)
		p.toks = sc.toks
		sc.cands = appendStoryNameCands(sc.cands[:0], p.toks)
		sc.names.addCands(p.toks, sc.cands)
		start := len(sc.figs)
		for i := 0; i < len(p.toks); {
			f, next := p.figureAt(i)
			if f != nil {
				sc.keepFigure(f)
			}
			if next <= i {
				next = i + 1
			}
			i = next
		}
		for k := start + 1; k < len(sc.figs); k++ {
			// a conversion in parentheses measures what the sum before
			// it does: "a deficit of £38m ($48m)"
			f, prev := &sc.figs[k], &sc.figs[k-1]
			if f.Head == "" && prev.Head != "" && currencyUnit(f.Unit) && currencyUnit(prev.Unit) && f.Unit != prev.Unit &&
				strings.TrimSpace(a.Text[prev.End:f.Start]) == "(" {
				f.Head, f.Measure, f.Modifiers, f.Owners, f.OwnerWeak = prev.Head, prev.Measure, prev.Modifiers, prev.Owners, prev.OwnerWeak
			}
		}
		if len(sc.figs) > start {
			sc.ctx = p.appendContextWords(sc.ctx[:0])
			from := len(sc.sentCands)
			sc.sentCands = append(sc.sentCands, sc.cands...)
			for k := start; k < len(sc.figs); k++ {
				f := &sc.figs[k]
				n := len(sc.ctxWords)
				sc.ctxWords, sc.ctxRange = endWordList(appendFigContext(sc.ctxWords, sc.ctx, f), n, sc.ctxRange, k > start)
				p.attribute(f)
				// a quake's magnitude is the quake's wherever a report
				// places it ("in the Amber Hills", "near Port Marrow")
				if f.Place = p.referencePlace(f); f.Place == "" && f.Unit != "magnitude" {
					f.Place = p.placeOf(f)
				}
				if p.isDepth(f) {
					// a quake's depth, not a distance: its place is the quake's
					f.Head, f.Measure, f.Modifiers, f.Place = "depth", "depth", nil, ""
				}
				f.Year = p.yearOf(f)
				sc.candRange = append(sc.candRange, [2]int{from, len(sc.sentCands)})
			}
		}
	}
	if len(sc.figs) == 0 {
		return nil
	}
	out := make([]Figure, len(sc.figs))
	copy(out, sc.figs)
	if local := localDollar(a); local != "" {
		for k := range out {
			if out[k].Unit == "USD" && strings.HasPrefix(out[k].Text, "$") {
				out[k].Unit = local // an Australian outlet's "$158 billion"
			}
		}
	}
	st := sc.names.story()
	for k := range out {
		r := sc.candRange[k]
		n := len(sc.nameWords)
		sc.nameWords, sc.nameRange = endWordList(appendSentenceNames(sc.nameWords, sc.sentCands[r[0]:r[1]], &out[k], st), n,
			sc.nameRange, k > 0 && r == sc.candRange[k-1])
	}
	ctx := slices.Clone(sc.ctxWords)
	names := slices.Clone(sc.nameWords)
	bounds := slices.Clone(sc.bounds)
	for k := range out {
		if at := sc.boundAt[k]; at[0] >= 0 {
			out[k].Low = &bounds[at[0]]
		}
		if at := sc.boundAt[k]; at[1] >= 0 {
			out[k].High = &bounds[at[1]]
		}
		out[k].Context = figWordsIn(ctx, sc.ctxRange[k])
		out[k].Names = figWordsIn(names, sc.nameRange[k])
		out[k].story = st
	}
	return out
}

// localDollars are the dollars a bare "$" means in an outlet of a country
// that has its own, by the country's internet domain.
var localDollars = map[string]string{"au": "AUD", "ca": "CAD", "nz": "NZD", "sg": "SGD", "hk": "HKD"}

// localDollar returns the currency a bare "$" means in an article, from
// its outlet's address or name ("news.com.au"), or "" for US dollars.
func localDollar(a *Article) string {
	host := ""
	if a.URL != "" {
		host = urlHost(a.URL)
	}
	for _, h := range []string{host, a.Source} {
		h = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(h), "."))
		if i := strings.LastIndexByte(h, '.'); i >= 0 && !strings.ContainsAny(h, " ") {
			if cur := localDollars[h[i+1:]]; cur != "" {
				return cur
			}
		}
	}
	return ""
}

// endWordList ends the word list words[from:] just appended: it sorts it,
// removes repeats and appends its range in words to ranges. A list equal
// to the one before it (which maybeSame allows: the two figures share a
// sentence) is not kept twice: it takes that one's range.
func endWordList(words []string, from int, ranges [][2]int, maybeSame bool) ([]string, [][2]int) {
	list := words[from:]
	slices.Sort(list)
	list = slices.Compact(list)
	if maybeSame && len(ranges) > 0 {
		prev := ranges[len(ranges)-1]
		if slices.Equal(words[prev[0]:prev[1]], list) {
			return words[:from], append(ranges, prev)
		}
	}
	return words[:from+len(list)], append(ranges, [2]int{from, from + len(list)})
}

// figWordsIn returns the word list words[r[0]:r[1]]: nil when it is
// empty, else capped at its length so that appending to it never writes
// over the next list.
func figWordsIn(words []string, r [2]int) []string {
	if r[1] <= r[0] {
		return nil
	}
	return words[r[0]:r[1]:r[1]]
}

// figMention is an actor's mention in the article being parsed.
type figMention struct {
	Span
	actor *Actor
}

// figParser reads the figures of one article, one sentence at a time.
type figParser struct {
	a         *Article
	quotes    []figQuote
	mentions  []figMention
	ownerKeys map[*Actor]string // may be nil
	sent      int
	toks      []figTok
	numbers   *figNumberWords // number words read before, may be nil
	fig       Figure          // the figure being read (see newFigure)
	bounds    [8]float64      // its bounds (see bound): setValue takes at most 6
	nbounds   int
}

// newFigure returns the parser's figure, to be filled. There is one, reused
// for each figure read: what figureAt returns is valid until it is next
// called, and Extract copies it at once.
func (p *figParser) newFigure() *Figure {
	p.nbounds = 0
	return &p.fig
}

// bound returns a pointer to x for the bounds of the figure being read.
// It points into the parser, as the figure is, and is valid as long as
// the figure; Extract gives each figure it keeps bounds of its own.
func (p *figParser) bound(x float64) *float64 {
	if p.nbounds == len(p.bounds) {
		b := new(float64)
		*b = x
		return b
	}
	b := &p.bounds[p.nbounds]
	p.nbounds++
	*b = x
	return b
}

// actorAt returns the actor mentioned within [start, end), if any.
func (p *figParser) actorAt(start, end int) *figMention {
	i := sort.Search(len(p.mentions), func(i int) bool { return p.mentions[i].End > start })
	if i < len(p.mentions) && p.mentions[i].Start < end {
		return &p.mentions[i]
	}
	return nil
}

// appendContextWords appends the content words of the current sentence,
// with their token indexes, to ctx.
func (p *figParser) appendContextWords(ctx []figCtxWord) []figCtxWord {
	for i, t := range p.toks {
		if t.kind != figWord || len(t.low) < 3 || figStopWords[t.low] {
			continue
		}
		ctx = append(ctx, figCtxWord{i: i, start: t.start, w: figStem(t.low)})
	}
	return ctx
}

// figCtxWord is a content word of a sentence: its stem, its token and
// where it starts.
type figCtxWord struct {
	i, start int
	w        string
}

// appendFigContext appends to words the sentence's content words outside
// the figure's own text, but for its head; endWordList then sorts them and
// removes repeats.
func appendFigContext(words []string, ctx []figCtxWord, f *Figure) []string {
	for _, c := range ctx {
		if f.Span.Contains(c.start) || c.w == f.Head {
			continue
		}
		words = append(words, c.w)
	}
	return words
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
