package corpus

// FindQuotes reads each article (in parallel) paragraph by paragraph:
// quote marks are paired (curly, straight and single, telling a closing
// single quote from an apostrophe), and each quote is attributed by the
// words after it (`…," Okafor said`), before it (`A spokesperson said:
// "…"`), or, for a paragraph that is only a quote, by the quote before it
// (multi-paragraph quotes, quotes split by "she added"). Sentences that
// report speech without quote marks ("X said that …") give reported
// quotes. Finally quotes are linked across articles by shared word
// shingles (quotes_link.go).

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Quote is a direct or reported quote attributed to a speaker.
type Quote struct {
	Article   string `json:"article"`
	Text      string `json:"text"`
	Span             // byte offsets of the quoted words in the article's Text
	Sentence  int    `json:"sentence"` // first sentence of the quote
	Speaker   string `json:"speaker"`  // actor id; "" when unknown
	SpeakerAs string `json:"speaker_as"`
	Direct    bool   `json:"direct"`
	// SharedWith lists the other articles with the same or a
	// near-identical quote. Quotes of one group share the backing array:
	// read it, do not modify it.
	SharedWith []string `json:"shared_with"`
}

// FindQuotes finds quotes in the articles and attributes them to actors;
// it links near-identical quotes across articles.
func FindQuotes(arts []*Article, actors []*Actor) []Quote {
	byArticle := mentionsByArticle(actors)
	res := make([][]Quote, len(arts))
	parallel(len(arts), func(i int) {
		res[i] = quotesIn(arts[i], nil, actors, byArticle[arts[i].ID])
	}, func(int) {})
	var out []Quote
	for _, r := range res {
		out = append(out, r...)
	}
	linkQuotes(out)
	return out
}

// actorMention is a mention with the index of its actor.
type actorMention struct {
	actor int
	Mention
}

// mentionsByArticle groups the actors' mentions by article, in text order.
// The mentions are counted by article first and laid out in one array.
func mentionsByArticle(actors []*Actor) map[string][]actorMention {
	count, total := map[string]int{}, 0
	for _, a := range actors {
		for k := range a.Mentions {
			count[a.Mentions[k].Article]++
			total++
		}
	}
	out := make(map[string][]actorMention, len(count))
	all := make([]actorMention, 0, total)
	for i, a := range actors {
		for _, m := range a.Mentions {
			ms, ok := out[m.Article]
			if !ok {
				n := len(all)
				ms, all = all[n:n:n+count[m.Article]], all[:n+count[m.Article]]
			}
			out[m.Article] = append(ms, actorMention{i, m})
		}
	}
	for _, ms := range out {
		// stable, as appendArticleMentions: mentions that start together
		// keep the actors' order
		slices.SortStableFunc(ms, func(x, y actorMention) int { return cmp.Compare(x.Start, y.Start) })
	}
	return out
}

// quoted is a stretch of quoted words in a paragraph.
type quoted struct {
	open, close int // offsets of the opening mark and of the closing one (the paragraph end when unclosed)
	Span            // the words inside
	closed      bool
}

// quoteMarks pairs the quote marks of paragraph p.
func quoteMarks(text string, p Span) []quoted {
	var out []quoted
	i := p.Start
	for i < p.End {
		r, n := utf8.DecodeRuneInString(text[i:p.End])
		var q quoted
		found := false
		switch {
		case r == '“' || ((r == '"' || r == '”') && opensQuote(text, p, i, n)):
			q, found = closeDouble(text, p, i, n)
		case (r == '‘' || r == '\'') && opensQuote(text, p, i, n):
			q, found = closeSingle(text, p, i, n)
		}
		if !found {
			i += n
			continue
		}
		if q.End > q.Start {
			out = append(out, q)
		}
		i = q.close + 1
		if q.closed {
			_, cn := utf8.DecodeRuneInString(text[q.close:p.End])
			i = q.close + cn
		}
	}
	return out
}

// opensQuote reports whether the mark at i (n bytes) can open a quote: at
// the paragraph start or after a space or opening punctuation, and before
// a word.
func opensQuote(text string, p Span, i, n int) bool {
	if i > p.Start {
		prev, _ := utf8.DecodeLastRuneInString(text[p.Start:i])
		if !unicode.IsSpace(prev) && !strings.ContainsRune("([:—–-", prev) {
			return false
		}
	}
	if i+n >= p.End {
		return false
	}
	next, _ := utf8.DecodeRuneInString(text[i+n : p.End])
	return unicode.IsLetter(next) || unicode.IsDigit(next) || strings.ContainsRune("£$€‘'….", next)
}

func closeDouble(text string, p Span, i, n int) (quoted, bool) {
	start := i + n
	for k := start; k < p.End; {
		r, m := utf8.DecodeRuneInString(text[k:p.End])
		if r == '”' || r == '"' {
			return quoted{open: i, close: k, Span: trimSpan(text, start, k), closed: true}, true
		}
		if r == '“' {
			// a new quote opens before this one closed: this one ran to here
			return quoted{open: i, close: k - 1, Span: trimSpan(text, start, k)}, true
		}
		k += m
	}
	return quoted{open: i, close: p.End, Span: trimSpan(text, start, p.End)}, true
}

// closeSingle finds the mark that closes a single quote: a ’ or ' after a
// word and before a space, punctuation or the end. "workers’ human" reads
// as a plural possessive when another candidate follows; an unclosed
// single quote counts only when it opens the paragraph.
func closeSingle(text string, p Span, i, n int) (quoted, bool) {
	start := i + n
	var cands []int
	for k := start; k < p.End; {
		r, m := utf8.DecodeRuneInString(text[k:p.End])
		if r == '‘' && k > start && opensQuote(text, p, k, m) {
			break
		}
		if (r == '’' || r == '\'') && k > start {
			prev, _ := utf8.DecodeLastRuneInString(text[start:k])
			var next rune
			if k+m < p.End {
				next, _ = utf8.DecodeRuneInString(text[k+m : p.End])
			}
			if !unicode.IsSpace(prev) && !(unicode.IsLetter(next) || unicode.IsDigit(next)) {
				cands = append(cands, k)
			}
		}
		k += m
	}
	for ci, k := range cands {
		prev, _ := utf8.DecodeLastRuneInString(text[start:k])
		m := utf8.RuneLen(firstRune(text[k:]))
		var after rune
		if k+m+1 < p.End && text[k+m] == ' ' {
			after = firstRune(text[k+m+1 : p.End])
		}
		if prev == 's' && unicode.IsLower(after) && ci < len(cands)-1 {
			continue // "workers’ human rights"
		}
		return quoted{open: i, close: k, Span: trimSpan(text, start, k), closed: true}, true
	}
	if i == p.Start {
		return quoted{open: i, close: p.End, Span: trimSpan(text, start, p.End)}, true
	}
	return quoted{}, false
}

// trimSpan trims spaces and a trailing comma from text[a:b].
func trimSpan(text string, a, b int) Span {
	for a < b && isSpaceByte(text[a]) {
		a++
	}
	for b > a && (isSpaceByte(text[b-1]) || text[b-1] == ',') {
		b--
	}
	return Span{a, b}
}

// quoteContext is what the attribution of one article's quotes reads.
type quoteContext struct {
	a        *Article
	actors   []*Actor
	mentions []actorMention
	words    [][]word // per sentence, made when first needed if not given
	// the organisation the article's unnamed spokespeople last spoke for,
	// and where they last spoke
	spokesOrg int
	spokesAt  int
}

// quoteScratches lends quotesIn a buffer for an article's quotes.
var quoteScratches = sync.Pool{New: func() any { return new([]Quote) }}

// quotesIn finds and attributes the quotes of one article. They are
// gathered in a lent buffer and returned in a slice of their own.
func quotesIn(a *Article, words [][]word, actors []*Actor, mentions []actorMention) []Quote {
	qc := &quoteContext{a: a, words: words, actors: actors, mentions: mentions, spokesOrg: -1, spokesAt: -1}
	buf := quoteScratches.Get().(*[]Quote)
	defer quoteScratches.Put(buf)
	out := (*buf)[:0]
	lastSpeaker, lastPara := -1, -10
	for pi, p := range a.Paragraphs {
		qs := quoteMarks(a.Text, p)
		rep := qc.reported(p, qs)
		out = append(out, rep...)
		prevEnd := p.Start
		for qi, q := range qs {
			if insideQuote(q.Span, rep) {
				continue // a few words quoted inside reported speech
			}
			sp, as := qc.after(q, p, qs, qi)
			if sp < 0 && as == "" {
				sp, as = qc.before(q, prevEnd)
			}
			words := fieldCount(a.Text[q.Start:q.End])
			if sp < 0 && as == "" && q.open == p.Start && lastSpeaker >= 0 && pi-lastPara <= 2 {
				sp, as = lastSpeaker, "(continued)"
			}
			prevEnd = q.close
			if sp < 0 && (as == "" || words < 3) && words < 5 {
				continue // a scare quote or a title
			}
			if sp < 0 && as == "" && words < 5 {
				continue
			}
			qt := Quote{Article: a.ID, Text: a.Text[q.Start:q.End], Span: q.Span, Sentence: qc.sentenceOf(q.Start), SpeakerAs: as, Direct: true}
			if sp >= 0 {
				qt.Speaker = actors[sp].ID
				lastSpeaker, lastPara = sp, pi
			} else if q.open == p.Start {
				lastSpeaker = -1
			}
			out = append(out, qt)
		}
	}
	slices.SortStableFunc(out, func(x, y Quote) int { return cmp.Compare(x.Start, y.Start) })
	var res []Quote
	if len(out) > 0 {
		res = make([]Quote, len(out))
		copy(res, out)
	}
	clear(out)
	*buf = out[:0]
	return res
}

// mentionAt reports whether an actor's mention starts at off.
func (qc *quoteContext) mentionAt(off int) bool {
	i := qc.mentionFrom(off)
	return i < len(qc.mentions) && qc.mentions[i].Start == off
}

// mentionFrom returns the first mention that starts at or after off
// (len(qc.mentions) when none does): mentions are in text order.
func (qc *quoteContext) mentionFrom(off int) int {
	return sort.Search(len(qc.mentions), func(i int) bool { return qc.mentions[i].Start >= off })
}

func insideQuote(s Span, qs []Quote) bool {
	for _, q := range qs {
		if s.Start >= q.Start && s.End <= q.End {
			return true
		}
	}
	return false
}

func (qc *quoteContext) sentenceOf(off int) int {
	if s := qc.a.SentenceAt(off); s >= 0 {
		return s
	}
	for i, s := range qc.a.Sentences {
		if s.Start >= off {
			return i
		}
	}
	return len(qc.a.Sentences) - 1
}

// after reads an attribution after a quote: `," Okafor said.`,
// `," said the spokesperson`, `," she added, "…`.
func (qc *quoteContext) after(q quoted, p Span, qs []quoted, qi int) (int, string) {
	if !q.closed {
		return -1, ""
	}
	text := qc.a.Text
	_, cn := utf8.DecodeRuneInString(text[q.close:p.End])
	from := q.close + cn
	to := p.End
	if qi+1 < len(qs) {
		to = qs[qi+1].open
	}
	// the tail ends at the sentence's end, as the sentence splitter found
	// it: a full stop after a title or an initial does not end it (`,"
	// said Rep. Anna Morvell.`)
	if s := qc.sentenceOf(from); s >= 0 {
		if end := qc.a.Sentences[s].End; end > from && end < to {
			to = end
		}
	}
	if k := strings.IndexAny(text[from:to], "!?;"); k >= 0 {
		to = from + k
	}
	// a quote that ends its sentence inside the marks has no tail
	// attribution (the next sentence is not about it)
	tail := text[from:to]
	n := fieldCount(tail)
	if n == 0 {
		return -1, ""
	}
	inner := strings.TrimSpace(text[q.Start:q.close])
	endsInner := strings.HasSuffix(inner, ".")
	if endsInner {
		return -1, ""
	}
	verb, verbStart, verbEnd := -1, 0, 0
	i := 0
	for st, en := nextField(tail, 0); st < len(tail); st, en = nextField(tail, en) {
		if lowerIn(speechVerbs, strings.Trim(tail[st:en], ",.:;")) {
			verb, verbStart, verbEnd = i, st, st+len(strings.TrimRight(tail[st:en], ",.:;"))
			break
		}
		i++
	}
	// a long tail is an attribution only when it opens with one (`,"
	// said Mary John, 43, who lives near E. 31st St.`), or with the
	// speaker and what they are (`," John Ames, who works in the
	// building, told WDIV.`)
	if verb < 0 || (verb > 6 || n > 10 && verb > 2) && !(verb <= 30 && qc.appositiveTail(from, tail, verbStart)) {
		return -1, ""
	}
	// the speaker is named by the first comma after the verb that follows
	// a name or pronoun: not in `, noting that Hardwicke …` or `, 43, who
	// saw Gray …`, but in `said her nephew, Ravi Singh, 32,`
	for at := verbEnd; ; {
		k := strings.IndexByte(tail[at:], ',')
		if k < 0 {
			break
		}
		at += k
		if qc.namesSomeone(from, from+at) {
			to = from + at
			break
		}
		at++
	}
	return qc.speakerIn(from, to, true)
}

// appositiveTail reports whether a quote's tail, text[from:] as tail,
// opens with a person's name and a comma and reaches its verb of speech
// (at tail[verbStart:]) straight after another comma: the name, then what
// the person is, then the verb.
func (qc *quoteContext) appositiveTail(from int, tail string, verbStart int) bool {
	lead := len(tail) - len(strings.TrimLeft(tail, " ,"))
	i := qc.mentionFrom(from)
	if i >= len(qc.mentions) {
		return false
	}
	m := qc.mentions[i]
	if m.Start != from+lead || qc.actors[m.actor].Kind != KindPerson || m.End-from >= verbStart {
		return false
	}
	return strings.HasPrefix(tail[m.End-from:], ",") && strings.HasSuffix(strings.TrimRight(tail[:verbStart], " "), ",")
}

// namesSomeone reports whether text[from:to] holds a mention of an actor
// or a personal pronoun.
func (qc *quoteContext) namesSomeone(from, to int) bool {
	// mentions are in text order and do not overlap: the first that
	// starts in the span is the one that may end in it
	if i := qc.mentionFrom(from); i < len(qc.mentions) && qc.mentions[i].End <= to {
		return true
	}
	return hasPronoun(strings.ToLower(qc.a.Text[from:to]))
}

// before reads an attribution before a quote in the same sentence:
// `A Network Rail spokesman said: "…"`, `…, saying: "…"`, `The union said
// it "disproportionately impacts" women`.
func (qc *quoteContext) before(q quoted, prevEnd int) (int, string) {
	text := qc.a.Text
	from := prevEnd
	if s := qc.a.SentenceAt(q.open); s >= 0 && qc.a.Sentences[s].Start > from {
		from = qc.a.Sentences[s].Start
	}
	// from a sentence start inside the head
	head := text[from:q.open]
	for _, sep := range []string{". ", "? ", "! "} {
		if k := strings.LastIndex(head, sep); k >= 0 {
			from += k + len(sep)
			head = text[from:q.open]
		}
	}
	nws := fieldCount(head)
	if nws == 0 || nws > 40 {
		return -1, ""
	}
	verb := -1
	i := 0
	var buf [64]byte
	for st, en := nextField(head, 0); st < len(head); st, en = nextField(head, en) {
		lw := strings.Trim(head[st:en], ",.:;")
		if hasUpper(lw) {
			// strings.ToLower(lw), in a buffer of the stack
			if l := appendLower(buf[:0], lw); speechVerbs[string(l)] && string(l) != "according" {
				verb = i
			}
		} else if speechVerbs[lw] && lw != "according" {
			verb = i
		}
		i++
	}
	if verb < 0 {
		return -1, ""
	}
	// the verb must be near the quote: `said:`, `told The Guardian:`, `said it`
	if nws-verb > 6 {
		return -1, ""
	}
	return qc.speakerIn(from, q.open, false)
}

// speakerIn finds the speaker named in text[from:to], a clause around a
// verb of speech: a person named there, else an organisation (the one a
// spokesperson speaks for), else a pronoun or an unnamed spokesperson
// resolved from earlier in the article. It returns the actor index (-1
// when none) and the words that name the speaker.
func (qc *quoteContext) speakerIn(from, to int, tail bool) (int, string) {
	text := qc.a.Text
	clause := text[from:to]
	// the subject comes before the verb; in a tail, "said Okafor"
	// puts it after
	verbAt := len(clause)
	for _, v := range []string{" said", " told", " added", " explained", " stated", " says", " warned", " insisted", " claimed", " argued", " continued", " saying", " responded", " wrote"} {
		if k := strings.Index(clause, v); k >= 0 && k < verbAt {
			verbAt = k
		}
	}
	// `," he told Parliament`: a pronoun before the verb is the subject
	// (`," she later told`), not in a clause of its own before the verb
	// (`" it was larger, said clerk Ann Keller`)
	subjectFirst := tail && verbAt < len(clause) && fieldCount(clause[:verbAt]) <= 2 && hasPronoun(strings.ToLower(clause[:verbAt]))
	person, org := -1, -1
	personAs, orgAs := "", ""
	for _, m := range qc.mentions {
		if m.Start < from || m.End > to {
			continue
		}
		if (!tail || subjectFirst) && m.Start-from > verbAt {
			continue // the object of "told The Guardian"
		}
		switch qc.actors[m.actor].Kind {
		case KindPerson:
			if person < 0 {
				person, personAs = m.actor, m.Alias
			}
		case KindOrganisation:
			if org < 0 {
				org, orgAs = m.actor, m.Alias
			}
		}
	}
	lc := strings.ToLower(clause)
	spokes := hasSpeakerNoun(lc)
	switch {
	case person >= 0 && !(spokes && org >= 0 && strings.Index(lc, strings.ToLower(orgAs)) < strings.Index(lc, strings.ToLower(personAs))):
		return person, personAs
	case org >= 0:
		if spokes {
			qc.spokesOrg, qc.spokesAt = org, from
		}
		return org, orgAs
	case spokes && (unnamedBody(clause) || qc.spokesOrg == unnamedSpeaker && strings.Contains(lc, "the ")):
		// "a senior fire department official", then "the official"
		qc.spokesOrg, qc.spokesAt = unnamedSpeaker, from
		return -1, ""
	case spokes:
		if qc.spokesOrg < 0 {
			qc.spokesOrg, _ = qc.lastBefore(from, KindOrganisation)
		}
		if qc.spokesOrg >= 0 {
			qc.spokesAt = from
		}
		return qc.spokesOrg, strings.TrimSpace(spokesPhrase(clause))
	}
	for st, en := nextField(lc, 0); st < len(lc); st, en = nextField(lc, en) {
		w := lc[st:en]
		switch strings.Trim(w, ",.:;") {
		case "he", "she":
			// the person named last, unless a spokesperson spoke since
			p, at := qc.lastBefore(from, KindPerson)
			if qc.spokesOrg == unnamedSpeaker && qc.spokesAt > at {
				return -1, ""
			}
			if qc.spokesOrg >= 0 && qc.spokesAt > at {
				return qc.spokesOrg, w
			}
			return p, w
		case "they", "it":
			o, _ := qc.lastBefore(from, KindOrganisation)
			return o, w
		}
	}
	return -1, ""
}

// hasSpeakerNoun reports whether a clause speaks through an unnamed
// spokesperson, source or official.
func hasSpeakerNoun(lc string) bool {
	for len(lc) > 0 {
		i := strings.IndexByte(lc, ' ')
		if i < 0 {
			i = len(lc)
		}
		if speakerNouns[strings.Trim(lc[:i], ",.:;\n")] {
			return true
		}
		lc = lc[min(i+1, len(lc)):]
	}
	return false
}

// unnamedSpeaker marks that the article's last unnamed speaker spoke for
// a body it does not name.
const unnamedSpeaker = -2

// hasPronoun reports whether lower-case text holds a personal pronoun.
func hasPronoun(lc string) bool {
	for st, en := nextField(lc, 0); st < len(lc); st, en = nextField(lc, en) {
		switch strings.Trim(lc[st:en], ",.:;") {
		case "he", "she", "they", "it", "we", "i":
			return true
		}
	}
	return false
}

// unnamedBody reports whether the speaker noun of a clause is qualified
// by a body the article does not name ("a senior fire department
// official", "a police spokesman"): the quote is then no earlier
// organisation's. "A spokesperson", "a senior official" and "a company
// spokesman" still speak for the organisation the article is about.
func unnamedBody(clause string) bool {
	prevSt, prevEn := -1, -1
	for st, en := nextField(clause, 0); st < len(clause); st, en = nextField(clause, en) {
		w := clause[st:en]
		if !lowerIn(speakerNouns, strings.Trim(w, ",.:;")) || prevSt < 0 {
			prevSt, prevEn = st, en
			continue
		}
		prev := strings.Trim(clause[prevSt:prevEn], ",.:;")
		if prev == "" || !unicode.IsLower(firstRune(prev)) {
			return false // "A Met spokesperson": the name decides
		}
		return !spokesQualifiers[prev]
	}
	return false
}

// spokesQualifiers may stand before a speaker noun without naming another
// body.
var spokesQualifiers = wordSet(`a an the its their his her our senior chief official company union council
ministry government party firm bank group department's agency's company's union's one another other two three
several unnamed anonymous`)

// spokesPhrase is "the spokesperson" out of a clause.
func spokesPhrase(clause string) string {
	prevSt := -1
	for st, en := nextField(clause, 0); st < len(clause); st, en = nextField(clause, en) {
		if lowerIn(speakerNouns, strings.Trim(clause[st:en], ",.:;")) {
			from := st
			if prevSt >= 0 {
				from = prevSt
			}
			// the word before and this one, joined by one space
			return joinFields(clause[from:en])
		}
		prevSt = st
	}
	return ""
}

// lastBefore is the actor of the given kind mentioned last before off,
// and where; -1 when none is.
func (qc *quoteContext) lastBefore(off int, kind string) (int, int) {
	for i := len(qc.mentions) - 1; i >= 0; i-- {
		m := qc.mentions[i]
		if m.Start < off && qc.actors[m.actor].Kind == kind {
			return m.actor, m.Start
		}
	}
	return -1, -1
}

// reported finds reported speech in the sentences of a paragraph that
// hold no quote: "Jane Okafor stated that the employers …" gives a
// quote of what follows the verb, attributed to the subject.
func (qc *quoteContext) reported(p Span, qs []quoted) []Quote {
	var out []Quote
	for si := qc.a.SentenceAt(p.Start); si >= 0 && si < len(qc.a.Sentences) && qc.a.Sentences[si].Start < p.End; si++ {
		s := qc.a.Sentences[si]
		if qc.overlapsQuote(s, qs) {
			continue
		}
		if q, ok := qc.reportedIn(s); ok {
			out = append(out, q)
		}
	}
	return out
}

// overlapsQuote reports whether a sentence holds a quote of its own: a
// quote of five words or more, or one that opens the sentence. A few
// words quoted inside reported speech ("said the company had "no
// choice"") do not count.
func (qc *quoteContext) overlapsQuote(s Sentence, qs []quoted) bool {
	for _, q := range qs {
		if q.open < s.End && q.close >= s.Start {
			if q.open <= s.Start || fieldCount(qc.a.Text[q.Start:q.End]) >= 5 {
				return true
			}
		}
	}
	return false
}

// reportedIn reads one sentence as reported speech: a subject naming an
// actor, a verb of speech early in the sentence, then "that" and a clause
// (or, after "said"/"says", the clause directly).
func (qc *quoteContext) reportedIn(s Sentence) (Quote, bool) {
	if qc.words == nil {
		qc.words = articleWords(qc.a)
	}
	ws := qc.words[s.Index]
	for i, w := range ws {
		lw := w.lower()
		if i > 15 {
			break
		}
		if !speechVerbs[lw] || lw == "according" || lw == "asked" || lw == "asks" || i == 0 {
			continue
		}
		k := i + 1
		if lw == "told" || lw == "tells" || lw == "telling" {
			// "told reporters that …"
			for k < len(ws) && k < i+4 && ws[k].lower() != "that" {
				k++
			}
		}
		switch {
		case k < len(ws) && ws[k].lower() == "that":
			k++
		case lw == "said" || lw == "says" || (lw == "saying" && strings.HasSuffix(strings.TrimSpace(w.Gap), ",")):
		default:
			return Quote{}, false
		}
		if len(ws)-k < 4 || qc.mentionAt(ws[k].Start) {
			// too short, or "said Nathan Brookwood, an analyst": a name, not a clause
			return Quote{}, false
		}
		sp, as := qc.speakerIn(s.Start, w.Start, false)
		if sp < 0 {
			return Quote{}, false
		}
		span := trimSpan(qc.a.Text, ws[k].Start, s.End)
		t := strings.TrimRight(qc.a.Text[span.Start:span.End], ".")
		span.End = span.Start + len(t)
		return Quote{Article: qc.a.ID, Text: t, Span: span, Sentence: s.Index, Speaker: qc.actors[sp].ID, SpeakerAs: as}, true
	}
	return Quote{}, false
}
