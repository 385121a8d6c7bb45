package corpus

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// figExpr is a figure being read: the number and everything around it.
type figExpr struct {
	first, last int // token range [first, last) of the figure's text
	numTok      int // first token of the number
	val, val2   float64
	isRange     bool
	currency    string
	scale       float64
	scaleName   string
	percent     bool
	points      bool // percentage points
	unit        string
	qual        Qualifier
	qualWord    string
	vague       bool    // a rough count ("dozens of"): val and val2 are the interval it is taken to mean
	timeAdj     string  // the unit of a length of time used as an adjective ("four-day week": "days")
	precision   float64 // in the figure's own unit, before scale
	neg         bool
	word        bool // written in words
	fraction    bool // "two-thirds", "half"
	ratio       bool // "one in five"
}

// figNumRead is a number read from the tokens.
type figNumRead struct {
	val      float64
	end      int // token after the number
	word     bool
	fraction bool
	prec     float64
}

// readNumber reads digits or number words at token j.
func (p *figParser) readNumber(j int) (figNumRead, bool) {
	ts := p.toks
	if j >= len(ts) {
		return figNumRead{}, false
	}
	t := ts[j]
	if t.kind == figNum {
		return figNumRead{val: t.val, end: j + 1, prec: figPrecision(t.val, t.frac)}, true
	}
	if t.kind != figWord || !figNumberStart(ts, j) {
		return figNumRead{}, false
	}
	// the longest run of number words and hyphens that NumberWord reads
	k := j
	for k < len(ts) && k-j < 9 {
		u := ts[k]
		if u.kind == figWord && figNumberPart(u.low) && (k == j || !u.poss || true) {
			k++
			if u.poss {
				break
			}
			continue
		}
		if u.kind == figSym && u.text == "-" && !u.space && k+1 < len(ts) && !ts[k+1].space && k > j {
			k++
			continue
		}
		break
	}
	for end := k; end > j; end-- {
		if ts[end-1].kind != figWord || ts[end-1].low == "and" || ts[end-1].low == "a" || ts[end-1].low == "an" {
			continue
		}
		var buf [128]byte
		b := buf[:0]
		fraction := false
		for x := j; x < end; x++ {
			u := ts[x]
			if u.kind == figSym {
				b = append(b, '-')
				continue
			}
			if x > j && ts[x-1].kind == figWord {
				b = append(b, ' ')
			}
			b = append(b, u.low...)
			if _, ok := fractionWords[u.low]; ok {
				fraction = true
			}
		}
		v, ok := p.numbers.read(b)
		if !ok {
			continue
		}
		if fraction && v >= 1 {
			fraction = false // "a hundred and a half" is not a share
		}
		return figNumRead{val: v, end: end, word: true, fraction: fraction, prec: figPrecision(v, 0)}, true
	}
	return figNumRead{}, false
}

// figNumberWords remembers what NumberWord made of the number words the
// parser read last ("two", "a dozen", "forty-five"), so that the words
// repeated from article to article are read once. One goroutine uses it
// at a time (it is part of a figScratch); a nil one remembers nothing.
type figNumberWords struct {
	seen map[string]figNumberWord
}

// figNumberWord is what NumberWord returned for some words.
type figNumberWord struct {
	v  float64
	ok bool
}

// figNumberWordsKeep is the most phrases a figNumberWords holds: when
// full, it starts again empty.
const figNumberWordsKeep = 1 << 12

// read returns NumberWord(string(words)).
func (nw *figNumberWords) read(words []byte) (float64, bool) {
	if nw == nil {
		return NumberWord(string(words))
	}
	if r, ok := nw.seen[string(words)]; ok {
		return r.v, r.ok
	}
	s := string(words)
	v, ok := NumberWord(s)
	if nw.seen == nil || len(nw.seen) >= figNumberWordsKeep {
		nw.seen = make(map[string]figNumberWord, 64)
	}
	nw.seen[s] = figNumberWord{v, ok}
	return v, ok
}

// figNumberStart reports whether a number in words can start at token j.
func figNumberStart(ts []figTok, j int) bool {
	w := ts[j].low
	if IsNumberWord(w) || w == "half" || w == "dozen" {
		return true
	}
	if (w == "a" || w == "an") && j+1 < len(ts) {
		n := ts[j+1].low
		_, frac := fractionWords[n]
		_, scale := scaleWords[n]
		return frac || scale || n == "dozen" || n == "half"
	}
	return false
}

// figNumberPart reports whether w can be part of a number in words.
func figNumberPart(w string) bool {
	if IsNumberWord(w) || w == "and" || w == "a" || w == "an" || w == "dozen" || w == "half" {
		return true
	}
	_, frac := fractionWords[w]
	_, scale := scaleWords[w]
	return frac || scale
}

// figPrecision is half a unit in the last digit a number states; two or
// more trailing zeros of a whole number count as rounding.
func figPrecision(v float64, frac int) float64 {
	if frac > 0 {
		return 0.5 * math.Pow10(-frac)
	}
	v = math.Abs(v)
	if v < 100 || v != math.Trunc(v) {
		return 0.5
	}
	zeros := 0
	for n := int64(v); n > 0 && n%10 == 0; n /= 10 {
		zeros++
	}
	if zeros < 2 {
		return 0.5
	}
	return 0.5 * math.Pow10(zeros)
}

// figureAt reads a figure starting at token i. It returns the figure (nil
// when the tokens there are not one) and the index after what it read.
func (p *figParser) figureAt(i int) (*Figure, int) {
	ts := p.toks
	t := ts[i]
	var e figExpr
	e.first = i
	j := i
	// a currency before the number
	switch {
	case t.kind == figSym && figCurrencySymbols[t.text] != "":
		e.currency = figCurrencySymbols[t.text]
		j++
	case t.kind == figWord && !t.space || t.kind == figWord:
		if code, ok := figDollarPrefixes[t.text]; ok && j+1 < len(ts) && ts[j+1].text == "$" && !ts[j+1].space {
			e.currency = code
			j += 2
		} else if figIsoCurrencies[t.text] && j+1 < len(ts) && (ts[j+1].kind == figNum || ts[j+1].text == "$") {
			e.currency = t.text
			if e.currency == "RMB" {
				e.currency = "CNY"
			}
			j++
			if ts[j].text == "$" {
				j++
			}
		} else if (t.text == "Rs" || t.text == "Rs.") && j+1 < len(ts) && ts[j+1].kind == figNum {
			e.currency = "INR"
			j++
		} else if t.low == "euro" && j+1 < len(ts) && ts[j+1].kind == figNum && !ts[j+1].space {
			e.currency = "EUR" // "euro110 billion", as some agencies write it
			j++
		}
	}
	// a minus sign
	if j < len(ts) && (ts[j].text == "-" || ts[j].text == "−") && j+1 < len(ts) && !ts[j+1].space &&
		(ts[j+1].kind == figNum || figCurrencySymbols[ts[j+1].text] != "") && (j == 0 || ts[j].space) {
		e.neg = true
		j++
		if e.currency == "" && figCurrencySymbols[ts[j].text] != "" {
			e.currency = figCurrencySymbols[ts[j].text]
			j++
		}
	} else if j < len(ts) && ts[j].low == "minus" && j+1 < len(ts) && ts[j+1].kind == figNum {
		e.neg = true
		j++
	}
	// vague counts: "dozens of", "tens of thousands of"
	if e.currency == "" && !e.neg && t.kind == figWord {
		if f, next, ok := p.vague(i); ok {
			return f, next
		}
	}
	n, ok := p.readNumber(j)
	if !ok {
		return nil, i + 1
	}
	e.numTok = j
	e.val, e.word, e.fraction, e.precision = n.val, n.word, n.fraction, n.prec
	k := n.end
	num := ts[j]
	// letters or digits glued to the front: "G7", "M25", "Covid-19", "£" handled above
	if num.kind == figNum && !num.space && j > 0 && e.currency == "" && !e.neg {
		prev := ts[j-1]
		// but "magnitude-7.0", and "euro110" read above
		joined := prev.text == "-" && j > 1 && figMagnitudeWords[ts[j-2].low] || prev.low == "euro" && e.currency == "EUR"
		if !joined && (prev.kind == figWord || prev.text == "-" || prev.text == "/" || prev.text == ":" || prev.text == "#" || prev.text == ".") {
			return nil, k
		}
	}
	// glued suffixes: "450m", "2.3bn", "1st", "1990s", "10am", "22:39", "5pc", "50p"
	if num.kind == figNum && k < len(ts) && !ts[k].space {
		s := ts[k]
		switch {
		case s.kind == figWord:
			switch {
			case s.low == "st" || s.low == "nd" || s.low == "rd" || s.low == "th" || s.low == "s":
				return nil, k + 1
			case figTimeSuffixes[s.low]:
				return nil, k + 1
			case s.low == "pc":
				e.percent = true
				k++
			case s.low == "p" && e.currency == "":
				e.currency, e.scale, e.scaleName = "GBP", 0.01, "pence"
				k++
			case figScaleSuffixes[s.low] != 0:
				e.scale, e.scaleName = figScaleSuffixes[s.low], s.low
				k++
			case figMeasureUnits[s.low]:
				e.unit = figUnitName(s.low)
				k++
			default:
				return nil, k + 1
			}
		case s.text == ":" || s.text == "/" || (s.text == "." && k+1 < len(ts) && ts[k+1].kind == figNum && !ts[k+1].space):
			// a time of day, a date or a fraction written with digits
			k++
			for k < len(ts) && !ts[k].space && (ts[k].kind == figNum || ts[k].text == ":" || ts[k].text == "/" || ts[k].kind == figWord) {
				k++
			}
			return nil, k
		case s.text == "-" && k+1 < len(ts) && !ts[k+1].space && ts[k+1].kind == figWord && figTimeUnits[ts[k+1].low] != "":
			// "100-year-old", "five-day strike", "12-month"
			if k+3 < len(ts) && ts[k+2].text == "-" && ts[k+3].low == "old" {
				return p.age(&e, i, k+4)
			}
		}
	}
	// an area: "300 square miles", "a 170,000-square-foot building"
	if e.currency == "" && k+1 < len(ts) {
		h := k
		if ts[h].text == "-" && !ts[h].space {
			h++
		}
		if h+1 < len(ts) && ts[h].low == "square" {
			u := h + 1
			if ts[u].text == "-" && !ts[u].space && u+1 < len(ts) {
				u++
			}
			if unit := figAreaUnits[ts[u].low]; unit != "" {
				e.unit = unit
				e.qual, e.qualWord, e.first = p.qualifierBefore(i)
				e.last = u + 1
				return p.finish(&e, u+1)
			}
		}
	}
	// a length of time used as an adjective: "a four-day week", "a 48-hour strike"
	if e.currency == "" && k+1 < len(ts) && ts[k].text == "-" && !ts[k].space && !ts[k+1].space && ts[k+1].kind == figWord &&
		figTimeUnits[ts[k+1].low] != "" {
		if k+3 < len(ts) && ts[k+2].text == "-" && ts[k+3].low == "old" {
			return p.age(&e, i, k+4) // "a 15-year-old boy"
		}
		e.timeAdj = figTimeUnits[ts[k+1].low]
		e.qual, e.qualWord, e.first = p.qualifierBefore(i)
		e.last = k + 2
		return p.finish(&e, k+2)
	}
	// a scale word: "2.3 million", "£720 m", "$137-million"
	hyphened := func(k int) int { // k, or past a hyphen that joins a word to the number
		if k+1 < len(ts) && ts[k].text == "-" && !ts[k].space && !ts[k+1].space && ts[k+1].kind == figWord {
			return k + 1
		}
		return k
	}
	if h := hyphened(k); e.scale == 0 && h < len(ts) && ts[h].kind == figWord {
		w := ts[h].low
		if sc := figScaleSuffixes[w]; sc != 0 && (len(w) > 2 || e.currency != "" && h == k) && !strings.HasSuffix(w, "s") {
			e.scale, e.scaleName = sc, w
			k = h + 1
		}
	}
	// a currency after: "40,000 euros", "5m US dollars", "100 USD", "a
	// 2-billion-euro loan"
	large := e.scale != 0 || e.val >= 1000 // "two million euro": a sum, whatever the currency word's number
	if h := hyphened(k); e.currency == "" && h > k && large && figCurrencyWords[ts[h].low] != "" {
		e.currency = figCurrencyWords[ts[h].low]
		k = h + 1
	}
	if e.currency == "" && k < len(ts) && ts[k].kind == figWord {
		w := ts[k].low
		if code, ok := figCurrencyWords[w]; ok && (large || !(w == "won" || w == "rand" || w == "pound" || w == "euro" || w == "dollar")) {
			e.currency = code
			k++
		} else if code, ok := figDollarAdjectives[w]; ok && k+1 < len(ts) && figCurrencyWords[ts[k+1].low] != "" {
			e.currency = code
			k += 2
		} else if figIsoCurrencies[ts[k].text] && ts[k].text != "TRY" {
			e.currency = ts[k].text
			k++
		} else if w == "pence" {
			e.currency, e.scale, e.scaleName = "GBP", 0.01, "pence"
			k++
		} else if w == "cents" {
			e.currency, e.scale, e.scaleName = "USD", 0.01, "cents"
			k++
		}
	}
	// a percentage
	if !e.percent && k < len(ts) {
		switch {
		case ts[k].text == "%":
			e.percent = true
			k++
		case ts[k].low == "per" && k+1 < len(ts) && ts[k+1].low == "cent":
			e.percent = true
			k += 2
		case ts[k].low == "percent":
			e.percent = true
			k++
		case ts[k].low == "percentage" && k+1 < len(ts) && strings.HasPrefix(ts[k+1].low, "point"):
			e.percent, e.points = true, true
			k += 2
		}
	}
	// ratios: "one in five", "nine out of ten"
	if !e.percent && e.currency == "" && e.scale == 0 && k < len(ts) {
		m := k
		if ts[m].low == "in" {
			m++
		} else if ts[m].low == "out" && m+1 < len(ts) && ts[m+1].low == "of" {
			m += 2
		}
		if m > k {
			if d, ok := p.readNumber(m); ok && d.val > e.val && d.val > 1 {
				e.val, e.ratio, e.percent = e.val/d.val*100, true, true
				e.precision = 0
				k = d.end
			}
		}
	}
	// "one" alone is a pronoun far more often than a count ("one mile" is
	// a length)
	if e.word && !e.fraction && !e.ratio && e.val == 1 && e.scale == 0 && !(k < len(ts) && (figMeasureUnits[ts[k].low] ||
		figOnePerson[ts[k].low])) && !(figLivingEvents[p.eventBefore(i)] && (k >= len(ts) || ts[k].kind == figSym)) {
		return nil, k
	}
	// fractions in words measure a share of something: "two-thirds of staff"
	if e.fraction {
		if k >= len(ts) || ts[k].low != "of" {
			return nil, k
		}
		e.val, e.percent, e.precision = e.val*100, true, 0
	}
	// a range: "three to five days", "£2m-£3m", "between 20% and 30%"
	e.qual, e.qualWord, e.first = p.qualifierBefore(i)
	if e.currency == "" && !e.percent && e.scale == 0 && e.unit == "" && !e.word {
		if first, end, ok := p.magnitude(e.first, j, k); ok {
			e.unit, e.last = "magnitude", end
			if first < e.first {
				e.first = first
			}
			return p.finish(&e, end)
		}
	}
	if k < len(ts) && !e.fraction && !e.ratio {
		k = p.rangeAfter(&e, k)
	}
	e.last = k
	if p.notFigure(&e, j, k) {
		return nil, k
	}
	return p.finish(&e, k)
}

// magnitude reads a reading on a scale of earthquake size: "a magnitude
// of 4.6", "magnitude 4.6", "a 4.6-magnitude quake", "a 2.9 aftershock",
// "6.1 on the Richter scale". The number is token j, its words start at
// token first and end before token k. It returns the first and the end
// token of the whole expression.
func (p *figParser) magnitude(first, j, k int) (int, int, bool) {
	ts := p.toks
	num := ts[j]
	if num.kind != figNum || num.comma || num.val <= 0 || num.val >= 11 {
		return 0, 0, false
	}
	word := func(x int) string {
		if x >= 0 && x < len(ts) && ts[x].kind == figWord {
			return ts[x].low
		}
		return ""
	}
	// after: "4.6 magnitude", "4.6-magnitude", "6.1 on the Richter scale"
	h := k
	if h < len(ts) && ts[h].text == "-" && !ts[h].space {
		h++
	}
	if figMagnitudeWords[word(h)] {
		return first, h + 1, true
	}
	if word(k) == "on" && word(k+1) == "the" && figMagnitudeWords[word(k+2)] {
		end := k + 3
		if word(end) == "scale" {
			end++
		}
		return first, end, true
	}
	// before: "magnitude 4.6", "magnitude of 4.6", "magnitude-4.6"
	b := first - 1
	if word(b) == "of" || word(b) == "at" { // "put the magnitude at 4.9"
		b--
	} else if b >= 0 && ts[b].text == "-" && !num.space {
		b--
	}
	if figMagnitudeWords[word(b)] {
		return b, k, true
	}
	// "magnitude 2.9 and 2.2": a second reading after the first
	if (word(b) == "and" || b >= 0 && ts[b].text == ",") && b > 0 && ts[b-1].kind == figNum && ts[b-1].frac > 0 && num.frac > 0 {
		if _, _, ok := p.magnitude(b-1, b-1, b); ok {
			return first, k, true
		}
	}
	// "an earthquake measuring 4.6": a decimal measured of the event
	if num.frac > 0 && (word(first-1) == "measuring" || word(first-1) == "measured") {
		for x := first - 2; x >= max(0, first-5); x-- {
			if figQuakeWords[word(x)] {
				return first - 1, k, true
			}
		}
	}
	// "a 2.9 aftershock", "a 6.1 quake": a decimal before the event itself
	if num.frac == 1 && figQuakeWords[word(k)] && (word(first-1) == "a" || word(first-1) == "an" || word(first-1) == "the") {
		return first, k + 1, true
	}
	return 0, 0, false
}

// age reads an age written as an adjective ("a 15-year-old boy was shot"),
// the number read into e, its words ending before token k. An age is a
// figure only when the person it describes is who the story happened to:
// killed, hurt, arrested, charged, missing or rescued. It is never grouped
// with other figures (its Head is empty), so it never makes a conflict:
// two reports' "15-year-old boy" may be two boys, and a wrong age is not a
// disagreement over a number the story measures.
func (p *figParser) age(e *figExpr, i, k int) (*Figure, int) {
	ts := p.toks
	if k >= len(ts) || ts[k].kind != figWord || !figPerson(ts[k].low) && !figAgeNouns[ts[k].low] {
		return nil, k
	}
	event, _ := p.eventAfter(k + 1)
	if event == "" {
		event = p.eventBefore(i)
	}
	if !figLivingEvents[event] && event != "missing" {
		return nil, k
	}
	f := p.newFigure()
	*f = Figure{Article: p.a.ID, Sentence: p.sent, Unit: "years old", Value: e.val, Precision: 0.5}
	f.Measure = "age of " + ts[k].low + " " + figEventLabels[event]
	v := p.bound(e.val)
	f.Low, f.High = v, v
	f.Start, f.End = ts[i].start, ts[k].end
	f.Text = p.a.Text[f.Start:f.End]
	return f, k + 1
}

// figAgeNouns are singular words for a person that an age may describe.
var figAgeNouns = wordSet(`teenager teen student pupil son daughter mother father driver resident victim suspect gunman
pensioner soldier officer worker youth toddler baby infant`)

// rangeAfter reads the second number of a range after token k and returns
// the token after it (k when there is no range).
func (p *figParser) rangeAfter(e *figExpr, k int) int {
	ts := p.toks
	link := ts[k]
	dash := link.kind == figSym && (link.text == "-" || link.text == "–" || link.text == "—")
	between := e.qualWord == "between"
	if !(link.low == "to" || dash || (link.low == "and" && between)) {
		return k
	}
	if e.first > 0 && ts[e.first-1].low == "from" && !between {
		return k // "rose from 12 to 20" is a change, not a range
	}
	m := k + 1
	cur := e.currency
	if m < len(ts) && figCurrencySymbols[ts[m].text] != "" {
		if cur != "" && figCurrencySymbols[ts[m].text] != cur {
			return k
		}
		cur = figCurrencySymbols[ts[m].text]
		m++
	}
	n, ok := p.readNumber(m)
	if !ok || n.word != e.word {
		return k
	}
	if dash && (link.space || ts[m].space) && ts[m].kind == figNum {
		return k // "2 - 3" is more often a score than a range
	}
	end := n.end
	scale, scaleName := e.scale, e.scaleName
	if end < len(ts) {
		w := ts[end].low
		if sc := figScaleSuffixes[w]; sc != 0 && !strings.HasSuffix(w, "s") && (len(w) > 2 || cur != "") {
			if e.scale != 0 && e.scale != sc {
				return k
			}
			scale, scaleName = sc, w
			end++
		}
	}
	percent, secondPercent := e.percent, false
	if end < len(ts) && (ts[end].text == "%" || ts[end].low == "percent") {
		percent, secondPercent = true, true
		end++
	} else if end+1 < len(ts) && ts[end].low == "per" && ts[end+1].low == "cent" {
		percent, secondPercent = true, true
		end += 2
	}
	if e.percent && !secondPercent {
		// "20% to 30 people", "fell 3.16% to 2,138.14": a percentage then
		// a count or a level, not a range
		return k
	}
	if dash && cur == "" && !percent && scale == 0 {
		// "2-0", "2024-25": a range only with a unit word after it
		if end >= len(ts) || ts[end].kind != figWord || figStopWords[ts[end].low] || figIsYear(e.val) {
			return k
		}
	}
	if n.val <= e.val {
		return k
	}
	e.val2, e.isRange = n.val, true
	e.currency, e.scale, e.scaleName, e.percent = cur, scale, scaleName, percent
	if e.qual == QualExact || e.qualWord == "between" {
		e.qual = QualRange
	}
	return end
}

// qualifierBefore reads the words before token i that bound the figure
// ("more than", "at least", "between") and returns the qualifier, its
// words and the first token of the figure's text. The words are joined in
// a buffer on the stack, so that a number without a qualifier, the most
// common case, allocates nothing.
func (p *figParser) qualifierBefore(i int) (Qualifier, string, int) {
	ts := p.toks
	var buf [64]byte
	for n := 3; n >= 1; n-- {
		if i-n < 0 {
			continue
		}
		b := buf[:0]
		ok := true
		for x := i - n; x < i; x++ {
			if ts[x].kind != figWord && ts[x].text != "." {
				ok = false
				break
			}
			if x > i-n && ts[x].kind == figWord {
				b = append(b, ' ')
			}
			b = append(b, ts[x].low...)
		}
		if !ok {
			continue
		}
		if q, found := figQualifierPhrases[string(b)]; found {
			return q, figQualifierKeys[string(b)], i - n
		}
		if n == 1 && string(b) == "between" {
			return QualExact, "between", i - 1
		}
	}
	return QualExact, "", i
}

// figIsYear reports whether v looks like a year.
func figIsYear(v float64) bool { return v >= 1800 && v <= 2100 && v == math.Trunc(v) }

// figMonth reports whether w is a month's name or abbreviation.
func figMonth(w string) bool {
	n, ascii := figASCIIMonth(w)
	if !ascii {
		n = monthNumber(w)
		if n == 0 {
			return false
		}
		w = strings.TrimSuffix(strings.ToLower(w), ".")
		return len(w) <= 4 || w == strings.ToLower(time.Month(n).String())
	}
	if n == 0 {
		return false
	}
	w = strings.TrimSuffix(w, ".")
	return len(w) <= 4 || strings.EqualFold(w, time.Month(n).String())
}

// figMonthAbbrevs are the first three letters of the months' names.
var figMonthAbbrevs = [12]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// figASCIIMonth is monthNumber for a word in ASCII, without allocating:
// the month whose name begins w (a full stop after it left out), or 0.
// ascii is false, and the month 0, when w is not in ASCII.
func figASCIIMonth(w string) (month int, ascii bool) {
	w = strings.TrimSuffix(w, ".")
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return 0, false
		}
	}
	if len(w) < 3 {
		return 0, true
	}
	var low [3]byte
	for k := range low {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[k] = c
	}
	for i, m := range figMonthAbbrevs {
		if string(low[:]) == m {
			return i + 1, true
		}
	}
	return 0, true
}

// notFigure reports whether the number at tokens [j, k) is not a figure:
// a year, a date, a time of day, an age, a phone or emergency number, a
// street number or part of a name ("Article 50").
func (p *figParser) notFigure(e *figExpr, j, k int) bool {
	ts := p.toks
	num := ts[j]
	plain := e.currency == "" && !e.percent && e.scale == 0 && !e.isRange
	digits := num.kind == figNum && !num.comma && num.frac == 0
	next := func(d int) figTok {
		if k+d < len(ts) {
			return ts[k+d]
		}
		return figTok{}
	}
	prev := figTok{}
	if e.first > 0 {
		prev = ts[e.first-1]
	}
	if prev.text == "." && e.first > 1 && figMonth(ts[e.first-2].text) && ts[e.first-2].kind == figWord {
		prev = ts[e.first-2] // "Jan. 21"
	}
	// a version after a name: "USB 3.0 ports", "HDMI 1.4 cable" (but
	// "Andre Iguodala 14.9 points")
	if plain && num.kind == figNum && num.frac > 0 && !num.comma && e.first == j && prev.kind == figWord && prev.capital() &&
		!figStopWords[prev.low] && !figMonth(prev.text) && figQualifierPhrases[prev.low] == "" && !prev.poss &&
		(allCaps(prev.text) || num.val == math.Trunc(num.val)) {
		return true
	}
	if plain && digits {
		// years: "in 2021", "2024-25"; a count written like a year needs its noun
		if figIsYear(e.val) && len(num.text) == 4 {
			if !(next(0).kind == figWord && (figPeopleNouns[next(0).low] || figCountNouns[next(0).low])) {
				return true
			}
		}
		// dates: "11 December", "December 11"
		if e.val >= 1 && e.val <= 31 && (figMonth(prev.text) && prev.kind == figWord || next(0).kind == figWord && figMonth(next(0).text) && next(0).capital()) {
			return true
		}
		if figMonth(next(0).text) && next(0).kind == figWord && next(0).capital() {
			return true
		}
		// telephone and emergency numbers: "999 call handlers", "dial 999"
		if next(0).kind == figWord && figPhoneWords[next(0).low] && !figPeopleNouns[next(0).low] {
			return true
		}
		if prev.low == "dial" || prev.low == "dialled" || prev.low == "dialed" || prev.low == "call" || prev.low == "ring" {
			return true
		}
		// names with a number: "Article 50", "Apollo 11", "No 10"
		if e.first == j && prev.kind == figWord && prev.capital() && !figStopWords[prev.low] && !figMonth(prev.text) &&
			figQualifierPhrases[prev.low] == "" && !prev.poss {
			return true
		}
		// a model after an adjective: "their new 787 aircraft", "five new
		// 737 aircraft" (a count comes before the adjective: "30 new
		// aircraft")
		if e.first == j && (prev.low == "new" || prev.low == "latest") && figTimeUnits[next(0).low] == "" {
			return true // but "a new 20 year sentence"
		}
		if prev.low == "no" || prev.low == "no." || prev.low == "number" || prev.text == "#" {
			return true
		}
		// street numbers: "10 Downing Street"
		for d := 0; d < 4 && next(d).kind == figWord && next(d).capital(); d++ {
			if figStreetWords[next(d).low] && d > 0 {
				return true
			}
		}
	}
	// ages: "45 years old", "between 30 and 40 years old"
	if e.currency == "" && !e.percent && (next(0).low == "years" || next(0).low == "year") && next(1).low == "old" {
		return true
	}
	if plain {
		// times of day: "10 am", "22.39 GMT"
		if next(0).kind == figWord && figTimeSuffixes[next(0).low] && next(0).low != "hours" && next(0).low != "h" {
			return true
		}
		if next(0).low == "o'clock" || next(0).low == "o’clock" {
			return true
		}
		// ages: "aged 100", "a 45-year-old", "45 years old"
		if figAgeWords[prev.low] || prev.low == "aged" {
			return true
		}
		if next(0).text == "-" && next(1).low == "year" {
			return true
		}
		if next(0).text == "-" && (next(1).low == "yearold" || next(1).low == "year-old") {
			return true
		}
		// "John Smith, 45, said": a number alone between commas after a name
		if prev.text == "," && next(0).text == "," && e.first >= 2 && ts[e.first-2].capital() && e.val < 120 {
			return true
		}
	}
	return false
}

// vague reads "dozens of people", "hundreds of thousands of homes".
func (p *figParser) vague(i int) (*Figure, int, bool) {
	ts := p.toks
	w := ts[i].low
	var iv [2]float64
	k := i + 1
	switch {
	case w == "tens" || w == "hundreds":
		if k+1 < len(ts) && ts[k].low == "of" && (ts[k+1].low == "thousands" || ts[k+1].low == "millions") {
			base := 1e3
			if ts[k+1].low == "millions" {
				base = 1e6
			}
			mult := 10.0
			if w == "hundreds" {
				mult = 100
			}
			iv = [2]float64{base * mult, base * mult * 10}
			k += 2
			break
		}
		fallthrough
	default:
		v, ok := figVagueCounts[w]
		if !ok {
			return nil, 0, false
		}
		iv = v
	}
	if k >= len(ts) || ts[k].low != "of" {
		return nil, 0, false
	}
	q, qw, first := p.qualifierBefore(i)
	_ = q
	e := figExpr{first: first, numTok: i, val: iv[0], val2: iv[1], isRange: true, qual: QualRange, vague: true, qualWord: qw, word: true, scaleName: "vague"}
	e.last = k
	f, next := p.finish(&e, k)
	if f == nil || f.Unit != "people" && !strings.HasSuffix(f.Unit, "s") {
		return nil, 0, false
	}
	return f, next, true
}
