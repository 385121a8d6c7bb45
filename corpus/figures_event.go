package corpus

// What happened to counted people, and where. "Five people were killed",
// "killing five people", "five people died" all count deaths; "20,000
// people marched" counts protesters; "firefighters rescued five people"
// counts people rescued. The event is part of what a count of people
// measures, so GroupQuantities never compares a count of the dead with a
// count of the injured or with the size of a crowd, and labels say it
// ("people killed", "protesters"). A place named around the figure ("in
// Thessaloniki, 20,000 people marched") is part of it too: the same count
// in two places is two quantities.

import (
	"sort"
	"strings"
)

// figEventSkip reports whether w may stand between a counted noun and what
// happened to it ("were reportedly killed", "are reported as marching",
// "had been seriously injured").
func figEventSkip(w string) bool {
	switch w {
	case "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "who", "reportedly", "believed", "feared",
		"confirmed", "now", "also", "all", "later", "reported", "as", "said", "to", "thought", "known", "apparently",
		"allegedly", "already", "since", "then", "either", "both", "initially", "eventually", "subsequently", "still",
		"may", "might", "could", "would", "will", "remain", "remained", "remains", "left":
		return true
	}
	return strings.HasSuffix(w, "ly") && len(w) > 4 // "seriously", "critically"
}

// figEventLabels give the words a label adds after the counted noun for
// each event ("people killed", "workers on strike"); events whose
// noun already says it ("protesters", "deaths") add nothing.
var figEventLabels = map[string]string{
	"deaths": "killed", "injured": "injured", "missing": "missing", "evacuated": "evacuated", "displaced": "displaced",
	"arrested": "arrested", "rescued": "rescued", "hospitalised": "in hospital", "infected": "infected",
	"trapped": "trapped", "affected": "affected", "dismissed": "laid off", "striking": "on strike",
	"protesters": "protesting", "charged": "charged", "casualties": "hurt or killed", "shot": "shot", "stabbed": "stabbed",
}

// figEventNouns are counted nouns that name an event themselves.
var figEventNouns = map[string]string{
	"protesters": "protesters", "protestors": "protesters", "demonstrators": "protesters", "marchers": "protesters",
	"rioters": "protesters", "strikers": "striking", "casualties": "casualties", "fatalities": "deaths",
	"deaths": "deaths", "dead": "deaths", "injured": "injured", "wounded": "injured", "hostages": "trapped",
}

// figLivingEvents happen only to people: a count they are said of counts
// people whatever its noun ("600 Palestinians were killed").
var figLivingEvents = map[string]bool{"deaths": true, "injured": true, "arrested": true, "rescued": true,
	"hospitalised": true, "protesters": true, "striking": true, "charged": true, "casualties": true, "infected": true,
	"shot": true, "stabbed": true}

// figEventMeasure describes a count of people with what happened to them:
// "people" and "deaths" make "people killed"; "protesters" and
// "protesters" stay "protesters"; a bare "people" protesting are
// "protesters".
func figEventMeasure(measure, head, event string) string {
	if figEventNouns[head] == event || figRoleWords[head] == event {
		return measure
	}
	if event == "protesters" && figHeadClass(head) == "people" {
		if i := strings.LastIndex(measure, " "); i >= 0 {
			return measure[:i+1] + "protesters"
		}
		return "protesters"
	}
	return measure + " " + figEventLabels[event]
}

// figCrowdNouns before a bare count of people make it the size of a crowd
// ("police put the march at 30,000 people", "a crowd of 1,000 people").
var figCrowdNouns = wordSet(`crowd crowds march marches rally rallies demonstration demonstrations protest protests procession
turnout vigil`)

// eventAfter reads what happened to the counted people after the noun
// phrase ending at token end: "were killed", "had been injured", "marched",
// "took to the streets", "joined the demonstrations". It returns the event
// and the token after its word, or "" when none is stated.
func (p *figParser) eventAfter(end int) (string, int) {
	ts := p.toks
	m := end
	// "two women and one man died": skip the rest of a list of people
	if m+2 < len(ts) && ts[m].low == "and" {
		n := m + 1
		if ts[n].kind == figNum || figNumberStart(ts, n) || ts[n].low == "a" || ts[n].low == "an" {
			n++
			for n < len(ts) && n-m < 5 && ts[n].kind == figWord && !figPerson(ts[n].low) && !figStopWords[ts[n].low] {
				n++
			}
			if n < len(ts) && figPerson(ts[n].low) {
				m = n + 1
			}
		}
	}
	// "three bank workers - two women and a man - were killed", "two
	// women, between 30 and 40 years old, were hurt", "12 people, police
	// said, were injured"
	if m < len(ts) && ts[m].kind == figSym {
		closer := ts[m].text
		if closer == "(" {
			closer = ")"
		}
		if closer == "," || closer == ")" || closer == "-" || closer == "–" || closer == "—" {
			for n := m + 1; n < len(ts) && n-m <= 9; n++ {
				if ts[n].text == closer {
					if n+1 < len(ts) && figEventSkip(ts[n+1].low) {
						m = n + 1
					}
					break
				}
				if ts[n].kind == figSym && ts[n].text != "," && ts[n].text != "-" {
					break
				}
			}
		}
	}
	for k := 0; m < len(ts) && k < 5 && ts[m].kind == figWord && figEventSkip(ts[m].low); k++ {
		m++
	}
	if m >= len(ts) || ts[m].kind != figWord {
		return "", end
	}
	w := ts[m].low
	if m+2 < len(ts) && ts[m+1].low == "to" && ts[m+2].low == "death" || m+1 < len(ts) && ts[m+1].low == "dead" && w != "left" {
		return "deaths", m + 3 // "burnt to death", "shot dead"
	}
	if r, ok := figRoleWords[w]; ok && !(w == "strike" && m > end) {
		return r, m + 1
	}
	switch {
	case w == "took" || w == "take" || w == "taking" || w == "poured" || w == "flooded":
		if m+2 < len(ts) && (ts[m+1].low == "to" || ts[m+1].low == "into") && ts[m+2].low == "the" && m+3 < len(ts) &&
			ts[m+3].low == "streets" || m+2 < len(ts) && ts[m+1].low == "to" && ts[m+2].low == "streets" {
			return "protesters", m + 4
		}
		if m+2 < len(ts) && ts[m+1].low == "to" && (ts[m+2].low == "hospital" || ts[m+2].low == "hospitals") {
			return "hospitalised", m + 3
		}
	case w == "joined" || w == "join" || w == "joining" || w == "attended" || w == "attend" || w == "attending":
		for n := m + 1; n < len(ts) && n-m <= 4 && ts[n].kind == figWord; n++ {
			if figCrowdNouns[ts[n].low] {
				return "protesters", n + 1
			}
			if ts[n].low == "strike" || ts[n].low == "strikes" || ts[n].low == "walkout" {
				return "striking", n + 1
			}
		}
	case w == "lost" || w == "losing":
		if m+2 < len(ts) && ts[m+2].low == "lives" {
			return "deaths", m + 3
		}
	case w == "walked" || w == "walk":
		if m+1 < len(ts) && ts[m+1].low == "out" {
			return "striking", m + 2
		}
	case w == "on" && m+1 < len(ts) && ts[m+1].low == "strike":
		return "striking", m + 2
	}
	return "", end
}

// figPerson reports whether w counts people, singular words included.
func figPerson(w string) bool {
	return figPeopleNouns[w] || w == "man" || w == "woman" || w == "child" || w == "boy" || w == "girl"
}

// eventBefore reads a verb just before a count that says what happened to
// the people counted: "killing at least 30 people", "rescued another five
// people", "arrested 12".
func (p *figParser) eventBefore(first int) string {
	ts := p.toks
	x := first - 1
	for x >= 0 && ts[x].kind == figWord && (ts[x].low == "another" || ts[x].low == "further" || ts[x].low == "additional" ||
		ts[x].low == "a" || ts[x].low == "an" || ts[x].low == "the" || ts[x].low == "some" || ts[x].low == "other") && first-x < 4 {
		x--
	}
	if x < 0 || ts[x].kind != figWord {
		return ""
	}
	w := ts[x].low
	if w == "strike" || w == "striking" || w == "dead" || w == "missing" || w == "affected" {
		return "" // "striking protesters", "the dead 12" say nothing of these people
	}
	return figRoleWords[w]
}

// crowdBefore reports whether a noun naming a crowd stands earlier in the
// sentence, before token first: "police put the march, to mark a strike,
// at roughly 30,000 people".
func (p *figParser) crowdBefore(first int) bool {
	ts := p.toks
	for x := first - 1; x >= 0 && first-x <= 16; x-- {
		if ts[x].kind == figNum || ts[x].kind == figSym && (ts[x].text == ";" || ts[x].text == ":") {
			return false
		}
		if ts[x].kind == figWord && figCrowdNouns[ts[x].low] {
			return true
		}
	}
	return false
}

// figPlacePreps introduce a place ("in Thessaloniki", "outside the
// Parliament").
var figPlacePreps = wordSet(`in at near outside inside across throughout around`)

// figDirections are the compass points of a distance's direction.
var figDirections = wordSet(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west
north-northeast north-northwest south-southeast south-southwest east-northeast east-southeast west-northwest west-southwest`)

// figDistanceUnits are the units of length.
var figDistanceUnits = wordSet(`km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet ft foot`)

// referencePlace returns the place a distance is measured from, as
// written: "14 miles north of Lissen", "12 km from the capital
// Athens". Two distances from different places measure different things
// even in one clause; it returns "" when the figure names none.
func (p *figParser) referencePlace(f *Figure) string {
	if !figDistanceUnits[f.Unit] {
		return ""
	}
	ts := p.toks
	x := tokenFrom(ts, f.End)
	if x < len(ts) && ts[x].text == "(" { // "75 kilometers (50 miles) northwest of Dunmore"
		for y := x + 1; y < len(ts) && y-x <= 8; y++ {
			if ts[y].text == ")" {
				x = y + 1
				break
			}
		}
	}
	if x < len(ts) && ts[x].text == ")" { // the conversion itself: "(50 miles) northwest of …"
		x++
	}
	dir := false
	for x < len(ts) && (figDirections[ts[x].low] || ts[x].text == "-" && dir) {
		dir = true
		x++
	}
	if x >= len(ts) || !(dir && ts[x].low == "of" || ts[x].low == "from") {
		return ""
	}
	x++
	// "of the region's main city of Dunmore"
	for y := x; y < len(ts) && y-x < 7 && ts[y].kind == figWord; y++ {
		if ts[y].capital() && !figStopWords[ts[y].low] {
			x = y
			break
		}
	}
	if x >= len(ts) || !ts[x].capital() || figStopWords[ts[x].low] {
		return ""
	}
	end, _ := p.capitalRun(x)
	if end <= x {
		return ""
	}
	return p.a.Text[ts[x].start:ts[end-1].end]
}

// isDepth reports whether a distance measures a depth: "at a depth of 35
// kilometers", "10 km deep", "a mile below ground".
func (p *figParser) isDepth(f *Figure) bool {
	if !figDistanceUnits[f.Unit] {
		return false
	}
	ts := p.toks
	x, y := tokenFrom(ts, f.Start), tokenFrom(ts, f.End)
	if x >= 2 && ts[x-1].low == "of" && ts[x-2].low == "depth" || x >= 1 && ts[x-1].low == "depth" {
		return true
	}
	return y < len(ts) && (ts[y].low == "deep" || ts[y].low == "below" || ts[y].low == "underground")
}

// placeOf returns the place named nearest the figure in its clause, as
// written ("Thessaloniki"), or "". A place is a name after a preposition
// of place that is not the figure's owner, speaker or a date; a name
// inside the figure's own text does not count.
func (p *figParser) placeOf(f *Figure) string {
	ts := p.toks
	best, bestDist := "", -1
	for x := 0; x+1 < len(ts); x++ {
		if ts[x].kind != figWord || !figPlacePreps[ts[x].low] {
			continue
		}
		m := x + 1
		if ts[m].low == "the" {
			m++
		}
		// "in the northern city of Thessaloniki", "in central Athens"
		for m < len(ts) && m-x <= 5 && ts[m].kind == figWord && !ts[m].capital() && !figStopWords[ts[m].low] &&
			!figNotNoun(ts[m].low) {
			m++
		}
		if m+1 < len(ts) && ts[m].low == "of" && !ts[m-1].capital() {
			m++
		}
		if m >= len(ts) || !ts[m].capital() || figMonth(ts[m].text) || figWeekday(ts[m].low) || figStopWords[ts[m].low] {
			continue
		}
		end, _ := p.capitalRun(m)
		if end <= m || ts[end-1].poss {
			continue // "at Marfin Bank's branch" names an owner
		}
		if end < len(ts) && figModifiedNoun(ts[end]) {
			continue // a name that modifies a noun ("Molotov cocktails", "the Greek capital")
		}
		if tokenGap(ts, x, f) > figPlaceReach {
			continue
		}
		if allCapsRun(ts, m, end) {
			continue // a headline in capitals
		}
		start, stop := ts[m].start, ts[end-1].end
		if f.Span.Contains(start) || stop <= start {
			continue
		}
		if clauseBreak(ts, x, f) || p.ownsOrSays(f, m, end) {
			continue
		}
		d := start - f.Start
		if d < 0 {
			d = f.Start - stop
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = p.a.Text[start:stop], d
		}
	}
	return best
}

// ownsOrSays reports whether the name at tokens [m, end) is the figure's
// owner ("members in the Met") or its speaker rather than a place.
func (p *figParser) ownsOrSays(f *Figure, m, end int) bool {
	_, key := p.capitalRun(m)
	for _, o := range f.Owners {
		if o == key || ownerSame(o, key) {
			return true
		}
	}
	name := p.a.Text[p.toks[m].start:p.toks[end-1].end]
	return f.SpeakerAs != "" && strings.Contains(f.SpeakerAs, name)
}

// allCapsRun reports whether every word of tokens [m, end) is in capitals.
func allCapsRun(ts []figTok, m, end int) bool {
	for x := m; x < end; x++ {
		if ts[x].kind == figWord && !ts[x].allCaps() {
			return false
		}
	}
	return true
}

// yearOf returns the year named nearest the figure in its clause ("by the
// 2004 tsunami", "in 2002"), or 0: a figure of another year is about
// another moment than today's.
func (p *figParser) yearOf(f *Figure) int {
	ts := p.toks
	best, bestDist := 0, -1
	for x, t := range ts {
		if t.kind != figNum || t.comma || t.frac != 0 || len(t.text) != 4 || !figIsYear(t.val) || f.Span.Contains(t.start) {
			continue
		}
		if x+1 < len(ts) && ts[x+1].kind == figWord && (figPeopleNouns[ts[x+1].low] || figCountNouns[ts[x+1].low]) {
			continue // "2000 people"
		}
		d := tokenGap(ts, x, f)
		if d > figPlaceReach || clauseBreak(ts, x, f) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = int(t.val), d
		}
	}
	return best
}

// figModifiedNoun reports whether t is a noun that a name before it
// modifies ("Molotov cocktails", "the Greek capital"), not a verb after a
// place ("Larissa went up in flames"): a plural, or a noun of places,
// organisations and measured things.
func figModifiedNoun(t figTok) bool {
	if t.kind != figWord || t.capital() || figStopWords[t.low] || figNotNoun(t.low) {
		return false
	}
	w := t.low
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3 || figOrgWord(w) ||
		figHeadClasses[w] != "" || figPlaceNouns[w]
}

// figPlaceNouns are nouns of places and bodies that a name may modify.
var figPlaceNouns = wordSet(`capital city town village region province state county district border coast island
government army navy forces authorities officials branch headquarters embassy parliament court school hospital
area side street square port airport station plant factory mine site office building store shop church bridge`)

// figPlaceReach is how many tokens from a figure its place may be named.
const figPlaceReach = 12

// tokenFrom returns the first of the sentence's tokens ts that starts at
// or after byte offset off (len(ts) when none does).
func tokenFrom(ts []figTok, off int) int {
	return sort.Search(len(ts), func(i int) bool { return ts[i].start >= off })
}

// tokenGap counts the tokens between token x and the figure's text.
func tokenGap(ts []figTok, x int, f *Figure) int {
	n := 0
	if ts[x].start < f.Start {
		for y := x + 1; y < len(ts) && ts[y].start < f.Start; y++ {
			n++
		}
		return n
	}
	for y := x - 1; y >= 0 && ts[y].end > f.End; y-- {
		n++
	}
	return n
}

// clauseBreak reports whether a semicolon or a colon stands between token
// x and the figure: a place beyond one belongs to another clause.
func clauseBreak(ts []figTok, x int, f *Figure) bool {
	for y := x; y < len(ts); y++ {
		if ts[y].start >= f.Start {
			break
		}
		if ts[y].kind == figSym && (ts[y].text == ";" || ts[y].text == ":") {
			return true
		}
	}
	for y := x; y >= 0; y-- {
		if ts[y].end <= f.End {
			break
		}
		if ts[y].kind == figSym && (ts[y].text == ";" || ts[y].text == ":") {
			return true
		}
	}
	return false
}

// figWeekday reports whether w (lower case) names a day of the week.
func figWeekday(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
		"thu", "thur", "thurs", "fri", "sat", "sun":
		return true
	}
	return false
}

// placeKey folds a place for comparison: "the US" and "United States"
// are one place.
func placeKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	s = strings.TrimSuffix(strings.TrimPrefix(s, "the "), "'s")
	if full, ok := placeNames[s]; ok {
		return full
	}
	return s
}

// placeKeysDiffer reports whether two places, named and folded (see
// placeKey), share no word: "Athens" and "central Athens" are one place,
// "Athens" and "Thessaloniki" two.
func placeKeysDiffer(a, b string) bool {
	if a == b {
		return false
	}
	for w := range strings.FieldsSeq(a) {
		if len(w) < 3 || figStopWords[w] {
			continue
		}
		for v := range strings.FieldsSeq(b) {
			if v == w {
				return false
			}
		}
	}
	return true
}
