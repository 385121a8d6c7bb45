package corpus

import (
	"math"
	"strings"
)

// What a figure measures: the counted noun after it ("2,300 officers"),
// the noun it modifies ("a £310 million budget gap"), the noun of its
// share ("85% of members") or, for a bare number, the noun on its left
// ("the death toll rose to 45"); the modifiers of that noun; the actors
// that own it ("City Hall's 11,000 council staff", "members in the
// union", "4,800 of its members"); what happened to counted people ("six
// people were killed" counts deaths); and the side of a vote a share is on.

// figNP is a counted noun phrase.
type figNP struct {
	head      string // the head's class
	headTok   int    // -1 when there is none
	mods      []string
	owners    []string
	ownerWeak bool
	role      string
	polarity  string
	start     int // first token of the phrase proper
	end       int // token after the head
}

// nounPhrase reads the noun phrase that starts at token k, after a number.
func (p *figParser) nounPhrase(k int) figNP {
	ts := p.toks
	np := figNP{headTok: -1, start: k, end: k}
	j := k
	if j < len(ts) && ts[j].low == "of" {
		j++
		for j < len(ts) && (ts[j].low == "the" || ts[j].low == "these" || ts[j].low == "those" || ts[j].low == "all") {
			j++
		}
		if j < len(ts) && figPossessivePronouns[ts[j].low] {
			if ts[j].low == "its" {
				if key := p.subjectOwner(); key != "" {
					np.owners = append(np.owners, key)
				} else {
					np.ownerWeak = true
				}
			} else {
				np.ownerWeak = true
			}
			j++
		}
		if end, key, weak := p.possessiveRun(j); end > j {
			if key != "" {
				np.owners = append(np.owners, key)
			}
			np.ownerWeak = np.ownerWeak || weak
			j = end
		}
		for j < len(ts) && (ts[j].kind == figNum || figScaleSuffixes[ts[j].low] != 0 && ts[j-1].kind == figNum) {
			j++ // "of the 3,100 members", "of its 1.2 million customers"
		}
	}
	np.start = j
	var wordBuf [12]int // the words of the phrase: at most 10, on the stack
	words := wordBuf[:0]
	for j < len(ts) && len(words) < 10 {
		t := ts[j]
		if t.kind == figSym {
			if t.text == "(" && j+2 < len(ts) && ts[j+1].allCaps() && ts[j+2].text == ")" && len(words) > 0 {
				words = append(words, j+1)
				j += 3
				continue
			}
			if (t.text == "-" || t.text == "‑") && !t.space && len(words) > 0 && j+1 < len(ts) && !ts[j+1].space && ts[j+1].kind == figWord {
				j++
				continue
			}
			break
		}
		if t.kind != figWord {
			break
		}
		if len(words) == 0 && figMeasureUnits[t.low] && !t.capital() {
			words = append(words, j) // "14 miles north of the town" measures miles
			break
		}
		if len(words) == 0 && figLeadModifiers[t.low] && !t.capital() && j+1 < len(ts) && ts[j+1].kind == figWord && !figStopWords[ts[j+1].low] {
			j++ // "30 new aircraft", "500 additional officers": what is counted comes after
			continue
		}
		if figStopWords[t.low] && !(t.capital() && j > 0 && figQualifierPhrases[t.low] == "" && !figFunctionStart(t.low)) {
			if (t.low == "and" || t.low == "of" || t.low == "for") && len(words) > 0 && ts[words[len(words)-1]].capital() &&
				j+1 < len(ts) && ts[j+1].capital() {
				j++
				continue
			}
			break
		}
		if (figAttributionVerbs[t.low] || figPastVerbs[t.low]) && len(words) > 0 {
			break
		}
		if len(words) > 0 && strings.HasSuffix(t.low, "ing") && figNotNoun(t.low) && figCountedNoun(ts[words[len(words)-1]]) {
			break // "youths hurling petrol bombs" counts youths
		}
		words = append(words, j)
		j++
	}
	if len(words) == 0 {
		return np
	}
	// the head: the last noun-like word when it looks like a counted noun,
	// else the last word counting people ("2,300 officers leave")
	head := len(words) - 1
	for head > 0 && figNotNoun(ts[words[head]].low) {
		head--
	}
	if last := ts[words[head]]; !figCountedNoun(last) {
		for x := len(words) - 1; x >= 0; x-- {
			t := ts[words[x]]
			if !t.capital() && (figPeopleNouns[t.low] || figCountNouns[t.low]) && !figNotNoun(t.low) {
				head = x
				break
			}
		}
	}
	if figNotNoun(ts[words[head]].low) || ts[words[head]].capital() && !ts[words[head]].allCaps() && head > 0 {
		return np
	}
	h := ts[words[head]]
	np.headTok = words[head]
	np.end = words[head] + 1
	np.head = figHeadClass(h.low)
	modEnd := head
	if head > 0 {
		prev := ts[words[head-1]]
		if c, ok := figHeadCompounds[prev.low+" "+h.low]; ok && !prev.capital() {
			np.head = c
			modEnd = head - 1
		}
	}
	// modifiers and owners named before the head
	for x := 0; x < modEnd; x++ {
		t := ts[words[x]]
		if t.capital() || t.allCaps() {
			// a run of capitalised words, with a parenthesised acronym after it
			y := x
			for y+1 < modEnd && (ts[words[y+1]].capital() || ts[words[y+1]].allCaps()) && words[y+1]-words[y] <= 2 &&
				!(ts[words[y+1]].allCaps() && ts[words[y+1]].start > 0 && p.a.Text[ts[words[y+1]].start-1] == '(') {
				y++
			}
			acr := ""
			z := y
			for z+1 < modEnd && words[z+1]-words[z] <= 3 {
				u := ts[words[z+1]]
				if u.allCaps() && u.start > 0 && p.a.Text[u.start-1] == '(' {
					acr = u.text
					z++
					break
				}
				if u.capital() || figOrgWord(u.low) {
					z++
					continue
				}
				break
			}
			if acr == "" {
				z = y
			}
			np.owners = append(np.owners, p.ownerKey(ts[words[x]].start, ts[words[y]].end, acr))
			x = z
			continue
		}
		if t.poss {
			np.ownerWeak = true
			continue
		}
		if figWeakModifiers[t.low] || figOrgWord(t.low) && x+1 < modEnd && ts[words[x+1]].allCaps() {
			continue
		}
		np.mods = append(np.mods, figHeadClass(t.low))
	}
	p.afterHead(&np)
	return np
}

// figBareParticiple reports whether w says what happened to a bare count
// right after it: "18 injured and 12 arrested", "3 dead".
func figBareParticiple(w string) bool {
	switch w {
	case "dead", "hurt", "wounded", "injured", "killed", "arrested", "detained", "missing", "rescued", "evacuated":
		return true
	}
	return false
}

// nounPhraseAcross reads the noun phrase after a sum or a share at token
// k, past a conversion in parentheses: "a 110 billion euro (93.6 billion
// pound) aid package" measures the package, and so does the figure in the
// parentheses.
func (p *figParser) nounPhraseAcross(k int) figNP {
	np := p.nounPhrase(k)
	ts := p.toks
	if np.headTok >= 0 || k >= len(ts) {
		return np
	}
	switch ts[k].text {
	case ")":
		return p.nounPhrase(k + 1)
	case "(":
		for m := k + 1; m < len(ts) && m-k <= 10; m++ {
			if ts[m].text == ")" {
				return p.nounPhrase(m + 1)
			}
			if ts[m].text == "(" {
				break
			}
		}
	}
	return np
}

// afterHead reads what follows a counted noun: what happened to the
// people ("were killed"), an owner ("employed by the city council"),
// and the side of a vote ("voted against").
func (p *figParser) afterHead(np *figNP) {
	ts := p.toks
	if r, ok := figEventNouns[ts[np.headTok].low]; ok {
		np.role = r
	} else if r, ok := figRoleWords[ts[np.headTok].low]; ok {
		np.role = r
	}
	if np.role == "" {
		np.role, _ = p.eventAfter(np.end)
	}
	// a post-modifier naming an owner: "in the Met", "employed by X"
	m := np.end
	if m < len(ts) && ts[m].kind == figWord && (strings.HasSuffix(ts[m].low, "ed") || strings.HasSuffix(ts[m].low, "ing")) &&
		!figStopWords[ts[m].low] {
		m++
	}
	if m < len(ts) && figOwnerPreps[ts[m].low] {
		m++
		if m < len(ts) && ts[m].low == "the" {
			m++
		}
		// a name that modifies a noun ("in the Nortia earthquake") places
		// the event; only a name ending the phrase owns the counted thing
		if end, key := p.capitalRun(m); end > m && !(end < len(ts) && ts[end].kind == figWord && !ts[end].capital() &&
			!figStopWords[ts[end].low] && !figNotNoun(ts[end].low)) {
			np.owners = append(np.owners, key)
		}
	}
	np.polarity = p.polarity(np.end)
}

// figCountedNoun reports whether t looks like a counted noun: a plural,
// a word counting people or a unit.
func figCountedNoun(t figTok) bool {
	w := t.low
	return figPeopleNouns[w] || figCountNouns[w] || figMeasureUnits[w] ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// figOwnerPreps introduce an owner after a counted noun.
var figOwnerPreps = wordSet(`in at of from for by across within`)

// polarity returns the side of a vote stated after token k: "+" for,
// "-" against, "" when none is stated.
func (p *figParser) polarity(k int) string {
	ts := p.toks
	for m := k; m < len(ts) && m-k < 10; m++ {
		t := ts[m]
		if t.kind == figSym && (t.text == "." || t.text == ";") || t.kind == figNum {
			break
		}
		w := t.low
		if w == "for" || w == "no" || w == "yes" {
			continue // only after a vote word
		}
		if s, ok := figPolarityWords[w]; ok {
			return s
		}
		if strings.HasPrefix(w, "vot") || w == "ballot" || w == "balloted" {
			for n := m + 1; n < len(ts) && n-m <= 3; n++ {
				if s, ok := figPolarityWords[ts[n].low]; ok {
					return s
				}
			}
		}
	}
	return ""
}

// figNotNoun reports whether w is unlikely to be a measured noun: a
// participle, an adverb or a verb of saying.
func figNotNoun(w string) bool {
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") && w != "funding" && w != "spending" && w != "housing" && w != "building" && w != "training" && w != "policing" ||
		strings.HasSuffix(w, "ly") || figAttributionVerbs[w] || figStopWords[w] || figAdverbs[w]
}

// figAdverbs follow a counted noun without being one: "13 offices
// worldwide", "40 staff nationwide".
var figAdverbs = wordSet(`worldwide nationwide statewide countrywide overall apiece altogether abroad overseas`)

// figOrgWord reports whether w is a common noun inside an organisation's
// name ("National Union of Teachers (NUT)").
func figOrgWord(w string) bool {
	switch w {
	case "union", "party", "council", "police", "service", "services", "office", "department", "ministry", "agency", "group",
		"company", "bank", "trust", "association", "federation", "authority", "board", "commission", "committee":
		return true
	}
	return false
}

// figFunctionStart reports whether a capitalised stop word is only
// capitalised because it opens a sentence.
func figFunctionStart(w string) bool { return figStopWords[w] }

// figHeadClass folds a measured noun to its class.
func figHeadClass(w string) string {
	w = strings.ReplaceAll(w, "’", "'")
	if c, ok := figHeadClasses[w]; ok {
		return c
	}
	return figStem(w)
}

// possessiveRun reads a possessive ending at or after token j ("the
// force's", "City Hall's") and returns the token after it, the
// owner's key when it is a name, and whether it is an unnamed owner.
func (p *figParser) possessiveRun(j int) (int, string, bool) {
	ts := p.toks
	for m := j; m < len(ts) && m-j < 6 && ts[m].kind == figWord; m++ {
		if ts[m].poss {
			if figWeekday(ts[m].low) || figMonth(ts[m].text) {
				return m + 1, "", false // "Monday's", "May's"
			}
			if ts[m].capital() {
				s := m
				for s > j && ts[s-1].capital() {
					s--
				}
				return m + 1, p.ownerKey(ts[s].start, ts[m].end, ""), false
			}
			return m + 1, "", true
		}
		if figStopWords[ts[m].low] && m > j {
			break
		}
	}
	return j, "", false
}

// possessiveBefore reads a possessive just before token i ("Scotland
// Yard's 11,000").
func (p *figParser) possessiveBefore(i int) (string, bool) {
	ts := p.toks
	if i == 0 || !ts[i-1].poss {
		return "", false
	}
	m := i - 1
	if figWeekday(ts[m].low) || figMonth(ts[m].text) {
		return "", false // "Monday's shooting" is a time, not an owner
	}
	if !ts[m].capital() {
		return "", true
	}
	s := m
	for s > 0 && ts[s-1].kind == figWord && ts[s-1].capital() && !(s-1 == 0 && figStopWords[ts[s-1].low]) {
		s--
	}
	return p.ownerKey(ts[s].start, ts[m].end, ""), false
}

// capitalRun reads a name starting at token m ("Regional Office for
// Transport and Roads (RTR)") and returns the token after it and its key.
func (p *figParser) capitalRun(m int) (int, string) {
	ts := p.toks
	j := m
	last := -1
	for j < len(ts) && j-m < 12 {
		t := ts[j]
		if t.kind == figWord && (t.capital() || t.allCaps()) {
			last = j
			j++
			continue
		}
		if t.kind == figWord && (t.low == "of" || t.low == "for" || t.low == "and") && last >= 0 && j+1 < len(ts) && ts[j+1].capital() {
			j++
			continue
		}
		break
	}
	if last < 0 {
		return m, ""
	}
	acr := ""
	a := last + 1
	if a < len(ts) && figOrgWord(ts[a].low) {
		a++ // "Union of Teachers (NUT)"
	}
	if a+2 < len(ts) && ts[a].text == "(" && ts[a+1].allCaps() && ts[a+2].text == ")" {
		acr = ts[a+1].text
		j = a + 3
	} else {
		j = last + 1
	}
	return j, p.ownerKey(ts[m].start, ts[last].end, acr)
}

// subjectOwner returns the key of the first name in the sentence, which
// "its" most often refers to.
func (p *figParser) subjectOwner() string {
	ts := p.toks
	for m := 0; m < len(ts); m++ {
		t := ts[m]
		if t.kind != figWord || !t.capital() || figStopWords[t.low] {
			continue
		}
		if _, key := p.capitalRun(m); key != "" {
			return key
		}
	}
	return ""
}

// ownerKey names an owner: its actor's id when actors are known (prefixed
// "@"), else its acronym, else its folded name.
func (p *figParser) ownerKey(start, end int, acronym string) string {
	if m := p.actorAt(start, end); m != nil {
		if key, ok := p.ownerKeys[m.actor]; ok {
			return key
		}
		return "@" + m.actor.ID
	}
	if acronym != "" {
		return strings.ToLower(acronym)
	}
	s := strings.ToLower(p.a.Text[start:end])
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimSuffix(s, "'s")
	s = strings.TrimPrefix(s, "the ")
	if full, ok := placeNames[s]; ok {
		return full // "the US" is the United States
	}
	return s
}

// leftHead finds the measured noun on the left of a figure that has none
// after it ("revenue of $2.3bn", "the death toll rose to 45"). It returns
// the head's token, or -1.
func (p *figParser) leftHead(i int, duration bool) int {
	ts := p.toks
	for x := i - 1; x >= 0 && i-x <= 6; x-- {
		t := ts[x]
		if t.kind != figWord {
			return -1
		}
		if figLinkWords[t.low] || duration && figDurationSkip[t.low] {
			continue
		}
		if figPeriodWords[t.low] && !duration {
			// "revenue for the year was $2.31bn": skip the period
			for x > 0 && figPeriodSkip[ts[x-1].low] {
				x--
			}
			continue
		}
		if figStopWords[t.low] || figAttributionVerbs[t.low] || t.capital() && !t.allCaps() && x > 0 {
			return -1
		}
		return x
	}
	return -1
}

// tollBefore looks back through the clause before token i for a count of
// people stated as a subject: "the death toll from the quake rose to 45",
// "the number of staff on strike reached 3,000". It returns the head's
// class and the words that name it.
func (p *figParser) tollBefore(i int) (string, string) {
	ts := p.toks
	for x := i - 1; x >= 1 && i-x <= 12; x-- {
		t := ts[x]
		if t.kind == figSym && (t.text == "," || t.text == ";" || t.text == ":") || t.kind == figNum {
			return "", ""
		}
		if t.low == "toll" && ts[x-1].low == "death" {
			return "deaths", p.a.Text[ts[x-1].start:t.end]
		}
		if t.low == "number" && x+2 < i && ts[x+1].low == "of" && figPeopleNouns[ts[x+2].low] {
			return figHeadClass(ts[x+2].low), p.a.Text[t.start:ts[x+2].end]
		}
	}
	return "", ""
}

// figPeriodWords name the period a figure covers, skipped when looking
// for what it measures; figPeriodSkip are the words that introduce them.
var (
	figPeriodWords = wordSet(`year quarter month week period half season`)
	figPeriodSkip  = wordSet(`the this last that first second third fourth full financial fiscal calendar for in during over of previous same`)
)

// figDurationSkip are words between a duration and what it measures
// ("work from home up to two days a week").
var figDurationSkip = wordSet(`for from in into on the work working spend spending be come coming return`)

// finish completes a figure read from tokens [e.first, k): its unit, what
// it measures and its interval. It returns nil when what follows shows the
// number is not a figure.
func (p *figParser) finish(e *figExpr, k int) (*Figure, int) {
	ts := p.toks
	f := p.newFigure()
	*f = Figure{Article: p.a.ID, Sentence: p.sent, Qualifier: e.qual, Scale: e.scaleName, Vague: e.vague}
	textEnd := k
	np := figNP{headTok: -1}
	leftOK := false
	switch {
	case e.currency != "":
		f.Unit = e.currency
		np = p.nounPhraseAcross(k)
		leftOK = true
	case e.percent:
		f.Unit = "percent"
		if e.points {
			f.Unit = "percentage points"
		}
		np = p.nounPhraseAcross(k)
		leftOK = true
	case e.unit != "":
		f.Unit = e.unit
		leftOK = true
	case e.timeAdj != "":
		return p.durationOf(f, e, k)
	case k < len(ts) && figTimeUnits[ts[k].low] != "" && !(e.val == 1 && e.word):
		return p.duration(f, e, k)
	default:
		if e.scaleName == "m" || e.scaleName == "k" || e.scaleName == "b" {
			// "100m" without a currency may be a distance: a count only with its noun
			np = p.nounPhrase(k)
			if np.headTok < 0 || !figPeopleNouns[ts[np.headTok].low] {
				return nil, k
			}
		} else {
			np = p.nounPhrase(k)
		}
		if np.headTok >= 0 {
			h := ts[np.headTok]
			switch {
			case figPeopleNouns[h.low] || figCountNouns[h.low] || figHeadCompounds["civil "+h.low] != "" ||
				np.role != "" && (h.capital() || figLivingEvents[np.role]):
				f.Unit = "people"
				if (!figPeopleNouns[h.low] && !figCountNouns[h.low] || figThingCountNouns[h.low]) && np.role == "" {
					f.Unit = h.low // "30 aircraft", "Sunday's 3,000 marched" by a named noun
				}
			case figMeasureUnits[h.low]:
				f.Unit = figUnitName(h.low)
			case strings.HasSuffix(h.low, "s") && !strings.HasSuffix(h.low, "ss") && !strings.HasSuffix(h.low, "us") && len(h.low) > 3 && !h.capital():
				f.Unit = h.low
			default:
				np = figNP{headTok: -1}
			}
		}
		if np.headTok >= 0 && np.start-k <= 4 {
			textEnd = np.end
		}
	}
	event := ""
	if np.headTok >= 0 {
		f.Head, f.Modifiers, f.Owners, f.OwnerWeak, f.Polarity = np.head, np.mods, np.owners, np.ownerWeak, np.polarity
		if figMeasureUnits[ts[np.headTok].low] {
			f.Head = f.Unit // "14 miles", "one mile": one head
		}
		f.Measure = p.a.Text[ts[np.start].start:ts[np.headTok].end]
		if f.Unit == "people" {
			event = np.role
		}
	} else {
		x := p.leftHead(e.first, false)
		// "a workforce of 350", "technical staff of more than 350": the
		// counted people before "of"
		staffOf := x >= 0 && x == e.first-2 && ts[x+1].low == "of" && e.currency == "" && !e.percent &&
			(figPeopleNouns[ts[x].low] || ts[x].low == "workforce" || ts[x].low == "membership")
		if x >= 0 {
			h := ts[x]
			f.Head = figHeadClass(h.low)
			start := x
			if x > 0 && ts[x-1].kind == figWord {
				prev := ts[x-1]
				if c, ok := figHeadCompounds[prev.low+" "+h.low]; ok {
					f.Head, start = c, x-1
				} else if !figStopWords[prev.low] && !figWeakModifiers[prev.low] && !prev.capital() {
					f.Modifiers = []string{figHeadClass(prev.low)}
					start = x - 1
				}
			}
			if r, ok := figRoleWords[h.low]; ok {
				f.Head = r
			}
			f.Measure = p.a.Text[ts[start].start:h.end]
		}
		if figUnitNames[f.Unit] != "" {
			f.Head = f.Unit // "48km": what is measured is the unit's
		}
		if f.Unit == "magnitude" {
			f.Head, f.Measure, f.Modifiers = "magnitude", "magnitude", nil
			if p.aftershockNear(e.first, k) {
				f.Head, f.Measure = "aftershock magnitude", "aftershock magnitude"
			}
		}
		if f.Unit == "" {
			// a bare number counts only when its noun on the left counts people
			switch {
			case staffOf:
				f.Unit = "people"
			case f.Head == "deaths", f.Head == "injured", f.Head == "missing", f.Head == "evacuated", f.Head == "displaced",
				f.Head == "arrested", f.Head == "rescued", f.Head == "hospitalised", f.Head == "casualties":
				f.Unit = "people"
			default:
				if head, measure := p.tollBefore(e.first); head != "" {
					f.Unit, f.Head, f.Measure, f.Modifiers = "people", head, measure, nil
					break
				}
				// "and 30 were arrested": a bare number that something happened to
				if ev, _ := p.eventAfter(k); figLivingEvents[ev] && e.currency == "" && !e.percent && e.scale == 0 &&
					k < len(ts) && (figEventSkip(ts[k].low) || figBareParticiple(ts[k].low)) {
					f.Unit, f.Head, f.Measure, f.Modifiers = "people", ev, "people "+figEventLabels[ev], nil
					break
				}
				return nil, k
			}
		}
		_ = leftOK
	}
	// an adjective of what happened: "two wounded men", "three dead
	// civilians"
	adjective := false
	if f.Unit == "people" && event == "" {
		for x, m := range f.Modifiers {
			if ev := figEventNouns[m]; ev != "" && figEventLabels[ev] != "" {
				event, adjective = ev, true
				f.Modifiers = append(f.Modifiers[:x:x], f.Modifiers[x+1:]...)
				break
			}
		}
	}
	// what happened to counted people: a verb before the number ("killing
	// at least 30 people") over one after the noun ("who were trapped"),
	// else a crowd named before a bare count of people
	if f.Unit == "people" {
		if r := p.eventBefore(e.first); r != "" {
			event = r
		}
		if event == "" && (f.Head == "people" || f.Head == "") && p.crowdBefore(e.first) {
			event = "protesters"
		}
		if event != "" {
			f.Head = event
			if np.headTok >= 0 {
				if !adjective {
					f.Measure = figEventMeasure(f.Measure, ts[np.headTok].low, event)
				}
				if c := figHeadClass(ts[np.headTok].low); c != "people" && figEventNouns[ts[np.headTok].low] == "" &&
					figRoleWords[ts[np.headTok].low] == "" {
					f.Counted = c
				}
			}
		}
	}
	if key, weak := p.possessiveBefore(e.first); key != "" || weak {
		if key != "" {
			f.Owners = append([]string{key}, f.Owners...)
		}
		f.OwnerWeak = f.OwnerWeak || weak
	}
	if e.word && e.val == 1 && f.Unit == "people" && figEventLabels[f.Head] == "" {
		return nil, k // "one man said": a person, not a count
	}
	p.setValue(f, e)
	f.Start, f.End = ts[e.first].start, ts[textEnd-1].end
	f.Text = p.a.Text[f.Start:f.End]
	return f, k
}

// duration completes a figure counting units of time: "four days a week",
// "three months' notice", "two days out of five".
func (p *figParser) duration(f *Figure, e *figExpr, k int) (*Figure, int) {
	ts := p.toks
	f.Unit = figTimeUnits[ts[k].low]
	m := k + 1
	switch {
	case m+1 < len(ts) && (ts[m].low == "a" || ts[m].low == "an" || ts[m].low == "per" || ts[m].low == "each" || ts[m].low == "every") &&
		figTimeUnits[ts[m+1].low] != "":
		f.Unit += " a " + strings.TrimSuffix(figTimeUnits[ts[m+1].low], "s")
		m += 2
	case m < len(ts) && (ts[m].low == "week" || ts[m].low == "year" || ts[m].low == "month") && !ts[k].poss:
		f.Unit += " a " + ts[m].low // "two days week"
		m++
	case m+2 < len(ts) && ts[m].low == "out" && ts[m+1].low == "of":
		if n, ok := p.readNumber(m + 2); ok {
			m = n.end
		}
	}
	textEnd := m
	// what it measures: a noun after it ("months' notice", "in the office"), else on its left
	head := -1
	for x := m; x < len(ts) && x-m < 4; x++ {
		t := ts[x]
		if t.kind != figWord {
			break
		}
		if figStopWords[t.low] || figWeakModifiers[t.low] {
			continue
		}
		if !t.capital() && !figNotNoun(t.low) {
			head = x
			for head+1 < len(ts) && head-x < 3 && ts[head+1].kind == figWord && !figStopWords[ts[head+1].low] &&
				!figNotNoun(ts[head+1].low) && !ts[head+1].capital() {
				head++ // "formal notice"
			}
		}
		break
	}
	if head < 0 {
		head = p.leftHead(e.first, true)
		if head >= 0 && figDurationVerbs[ts[head].low] {
			head = -1 // "support roles need to be in a minimum of three days": nothing named
		}
		if head > 0 && strings.HasSuffix(ts[head].low, "ly") && ts[head-1].kind == figWord && !figStopWords[ts[head-1].low] {
			// "worked remotely for three years"
			f.Head = figStem(ts[head-1].low) + " " + ts[head].low
			f.Measure = ts[head-1].low + " " + ts[head].low
			head = -1
		}
	}
	if head >= m && head < len(ts) {
		f.Head = figHeadClass(ts[head].low)
		f.Measure = p.a.Text[ts[m].start:ts[head].end] // "in the office"
	} else if head >= 0 {
		f.Head = figHeadClass(ts[head].low)
		f.Measure = ts[head].low
	}
	p.setValue(f, e)
	f.Start, f.End = ts[e.first].start, ts[textEnd-1].end
	f.Text = p.a.Text[f.Start:f.End]
	return f, textEnd
}

// figDurationVerbs before a length of time name no measured thing ("need
// to be in a minimum of three days").
var figDurationVerbs = wordSet(`need needs needed must should would will can could may might want wants wanted expected required
asked told going got get`)

// aftershockNear reports whether a magnitude read from tokens [first, end)
// measures an aftershock: "a 2.9 aftershock", "two aftershocks, magnitude
// 2.9 and 2.2".
func (p *figParser) aftershockNear(first, end int) bool {
	ts := p.toks
	for x := max(first-6, 0); x < len(ts) && x <= end; x++ {
		if strings.HasPrefix(ts[x].low, "aftershock") {
			return true
		}
	}
	return false
}

// durationOf completes a length of time used as an adjective: "a four-day
// week" measures the week in days, "a 48-hour strike" the strike in hours.
// Without a noun after it ("the strike is 48-hour") it is not read.
func (p *figParser) durationOf(f *Figure, e *figExpr, k int) (*Figure, int) {
	ts := p.toks
	np := p.nounPhrase(k)
	if np.headTok < 0 || np.start != k {
		return nil, k
	}
	f.Unit, f.Head, f.Modifiers = e.timeAdj, np.head, np.mods
	f.Measure = p.a.Text[ts[np.start].start:ts[np.headTok].end]
	p.setValue(f, e)
	f.Start, f.End = ts[e.first].start, ts[np.headTok].end
	f.Text = p.a.Text[f.Start:f.End]
	return f, np.end
}

// setValue sets the figure's value, interval and precision from what was
// read; see ApproxTolerance for approximate figures.
func (p *figParser) setValue(f *Figure, e *figExpr) {
	scale := e.scale
	if scale == 0 {
		scale = 1
	}
	v, v2 := e.val*scale, e.val2*scale
	if e.neg {
		v = -v
	}
	f.Value = v
	f.Precision = e.precision * scale
	if e.vague || e.qual == QualRange && e.isRange {
		f.Precision = 0
	}
	ptr := p.bound
	var floor, ceil *float64
	if f.Unit == "percent" {
		floor, ceil = ptr(0), ptr(100)
	} else if f.Unit == "people" || e.vague {
		floor = ptr(0)
	}
	tol := ApproxTolerance * math.Abs(v)
	switch {
	case e.isRange:
		f.Low, f.High = ptr(v), ptr(v2)
		if f.Qualifier != QualRange && f.Qualifier != QualApprox {
			// "up to 3-5 days" and the like: keep the range
			f.Qualifier = QualRange
		}
		if f.Qualifier == QualApprox {
			f.Low, f.High = ptr(v-tol), ptr(v2+ApproxTolerance*math.Abs(v2))
		}
	case f.Qualifier == QualApprox:
		switch figApproxShape[e.qualWord] {
		case -1:
			f.Low, f.High = ptr(v-tol), ptr(v)
		case +1:
			f.Low, f.High = ptr(v), ptr(v+tol)
		default:
			f.Low, f.High = ptr(v-tol), ptr(v+tol)
		}
	case f.Qualifier == QualMoreThan || f.Qualifier == QualAtLeast:
		f.Low, f.High = ptr(v), ceil
	case f.Qualifier == QualLessThan:
		f.Low, f.High = floor, ptr(v)
	case f.Qualifier == QualUpTo:
		f.Low, f.High = ptr(0), ptr(v)
	default:
		f.Low, f.High = ptr(v), ptr(v)
	}
}
