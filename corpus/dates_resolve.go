package corpus

import (
	"strings"
	"time"
)

// prefixPreps are kept in an expression's text when they introduce it
// ("on Thursday", "in November", "at the weekend").
var prefixPreps = map[string]bool{"on": true, "in": true, "at": true, "during": true, "over": true, "by": true}

// rangeLinks join the two ends of a range ("Monday to Thursday", "2019-2021").
func (s *dateScanner) rangeLink(i int) (int, bool) {
	switch {
	case s.word(i) == "through" && s.word(i+1) == "to":
		return i + 2, true
	case s.word(i) == "to" || s.word(i) == "through" || s.word(i) == "until" || s.word(i) == "till" || s.word(i) == "thru":
		return i + 1, true
	case s.isDash(i):
		return i + 1, true
	}
	return i, false
}

// sentencedWords before "for N years" make it a sentence or a ban, not a
// time ("jailed for four years").
var sentencedWords = map[string]bool{
	"jailed": true, "jail": true, "jails": true, "sentenced": true, "imprisoned": true, "banned": true,
	"ban": true, "bans": true, "suspended": true, "prison": true, "detained": true, "disqualified": true,
	"locked": true, "custody": true, "term": true, "contract": true, "deal": true, "lease": true,
}

// match tries every timePhrase form at token i.
func (s *dateScanner) match(i int) (timePhrase, bool) {
	w := s.word(i)
	switch w {
	case "between":
		if j, a, ok := s.parseWhen(i + 1); ok && s.word(j) == "and" {
			if k, b, ok := s.parseWhen(j + 1); ok && compatible(a, b) {
				return rangePhrase(a, b, i, k-1), true
			}
		}
	case "from":
		if j, a, ok := s.parseWhen(i + 1); ok {
			if a.kind == whenYear {
				if k, end, ok := s.yearTail(j, a.y); ok {
					return rangePhrase(a, timeRef{kind: whenYear, y: end}, i, k-1), true
				}
			}
			if l, ok := s.rangeLink(j); ok {
				if k, b, ok := s.parseWhen(l); ok && compatible(a, b) {
					return rangePhrase(a, b, i, k-1), true
				}
			}
			return timePhrase{op: opPoint, a: a, from: i, to: j - 1}, true
		}
	case "since":
		if j, a, ok := s.parseWhen(i + 1); ok {
			return timePhrase{op: opSince, a: a, from: i, to: j - 1}, true
		}
	case "until", "till", "untill", "through", "thru":
		k := i + 1
		if s.word(k) == "at" && s.word(k+1) == "least" {
			k += 2
		}
		if y, ok := s.yearNum(k); ok {
			return timePhrase{op: opUntil, a: timeRef{kind: whenYear, y: y}, from: i, to: k}, true
		}
		if j, a, ok := s.parseWhen(k); ok {
			if (w == "through" || w == "thru") && a.kind == whenWeekday && dayParts[s.word(j-1)] {
				// "worked through Tuesday night": during it, not until it
				return timePhrase{op: opPoint, a: a, from: i, to: j - 1}, true
			}
			return timePhrase{op: opUntil, a: a, from: i, to: j - 1}, true
		}
	case "for":
		if p, ok := s.duration(i); ok {
			return p, true
		}
	case "within":
		// "within a month of the launch" counts from the launch, not publication
		if j, n, u, approx, ok := s.amount(i + 1); ok && s.word(j) != "of" {
			return timePhrase{op: opWithin, n: n, timeUnit: u, approx: approx, from: i, to: j - 1}, true
		}
	}
	if w == "in" || w == "over" || w == "during" || w == "throughout" || w == "for" || w == "within" {
		if p, ok := s.nextSpan(i); ok {
			return p, true
		}
	}
	if w == "in" || w == "over" || w == "during" || w == "throughout" {
		if p, ok := s.pastSpan(i); ok {
			return p, true
		}
	}
	if w == "in" {
		// "in three weeks" points forward only in a future sentence (checked by the caller)
		if j, n, u, approx, ok := s.amount(i + 1); ok && s.word(i+1) != "the" {
			k := j
			if (s.punct(k, "'") || s.punct(k, "’")) && s.word(k+1) == "time" {
				k += 2
			} else if s.word(k) == "time" {
				k++
			}
			if s.superlativeBefore(i) { // "the deepest recession in a decade": the span up to publication
				return timePhrase{op: opDuration, n: n, timeUnit: u, approx: approx, from: i, to: j - 1, back: true}, true
			}
			return timePhrase{op: opWithin, n: n, timeUnit: u, approx: approx, from: i, to: k - 1, futureOnly: true}, true
		}
	}
	start := i
	if prefixPreps[w] {
		start = i + 1
	}
	// day ranges within one month: "9-11 December", "from 9 to 11 December 2024"
	if w == "from" || w == "between" {
		start = i + 1
	}
	if d1, ok := s.dayNum(start); ok {
		// "until" joins two days only after "from": "iPhone 4 until September 30" is no range
		if l, ok := s.rangeLink(start + 1); ok && (w == "from" || !untilWords[s.word(start+1)]) {
			if k, b, ok := s.parseWhen(l); ok && b.kind == whenDate && b.d > d1 {
				a := b
				a.d, a.hasTime = d1, false
				return rangePhrase(a, b, i, k-1), true
			}
		}
	}
	if w == "from" || w == "between" {
		start = i // "from" and "between" alone did not match above
	}
	j, a, ok := s.parseWhen(start)
	if !ok {
		return timePhrase{}, false
	}
	if start > i && (a.kind == whenDayOff || a.kind == whenAgo) {
		i = start // "checked in today", "moved in two years ago": the particle is no part of it
	}
	if a.kind == whenYear {
		if k, end, ok := s.yearTail(j, a.y); ok {
			return rangePhrase(a, timeRef{kind: whenYear, y: end}, i, k-1), true
		}
	}
	if l, ok := s.rangeLink(j); ok {
		if k, b, ok := s.parseWhen(l); ok && compatible(a, b) {
			return rangePhrase(a, b, i, k-1), true
		}
	}
	return timePhrase{op: opPoint, a: a, from: i, to: j - 1}, true
}

// superlatives make "in N units" the span before publication: "the
// first rise in several months", "its worst day in a decade".
var superlatives = map[string]bool{
	"first": true, "most": true, "least": true, "best": true, "worst": true, "only": true, "record": true,
	"last": true, "lowest": true, "highest": true, "biggest": true, "largest": true, "smallest": true,
}

// superlativeBefore reports whether a superlative comes within the six
// words before token i (the clause's "the biggest … in N years").
func (s *dateScanner) superlativeBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k].kind == tokPunct && s.toks[k].low != "-" {
			return false
		}
		w := s.word(k)
		if superlatives[w] || len(w) > 5 && strings.HasSuffix(w, "est") && !notSuperlative[w] {
			return true
		}
	}
	return false
}

// notSuperlative are words ending in "est" that are not superlatives.
var notSuperlative = map[string]bool{
	"interest": true, "protest": true, "request": true, "arrest": true, "forest": true, "honest": true,
	"modest": true, "contest": true, "suggest": true, "harvest": true, "invest": true, "latest": true,
	"manifest": true, "conquest": true, "midwest": true, "southwest": true, "northwest": true,
}

// rangePhrase makes a range; a start written without its year takes the
// end's ("from January to March 2025").
func rangePhrase(a, b timeRef, from, to int) timePhrase {
	if a.y == 0 && b.y != 0 && (a.kind == whenDate || a.kind == whenMonth) && a.off == 0 {
		a.y, a.needsRef = b.y, false
		if a.m > b.m || (a.m == b.m && a.d > b.d) {
			a.y--
		}
	}
	return timePhrase{op: opRange, a: a, b: b, from: from, to: to}
}

// compatible reports whether two references can be the ends of a range.
func compatible(a, b timeRef) bool {
	switch a.kind {
	case whenDate, whenMonth:
		return b.kind == whenDate || b.kind == whenMonth
	case whenYear, whenWeekday:
		return b.kind == a.kind
	}
	return false
}

// amount reads "[hedge] N unit" ("nearly three years", "a year", "over
// 18 months", "a few weeks") from token i.
func (s *dateScanner) amount(i int) (int, float64, timeUnit, bool, bool) {
	j := i
	approx := false
	for k := 0; k < 4 && durationHedges[s.word(j)]; k++ {
		if s.word(j) != "the" {
			approx = true
		}
		j++
	}
	var n float64
	switch w := s.word(j); {
	case j < len(s.toks) && s.toks[j].kind == tokNum && s.toks[j].num > 0 && s.toks[j].suffix == "":
		n = float64(s.toks[j].num)
		j++
	case w == "a" || w == "an":
		n = 1
		j++
		if s.word(j) == "few" {
			n, approx = 3, true
			j++
		} else if s.word(j) == "couple" && s.word(j+1) == "of" {
			n = 2
			j += 2
		}
	case w == "few" || w == "several":
		n, approx = 3, true
		j++
	default:
		// three, twenty-one, eighteen
		v, ok := NumberWord(w)
		if !ok {
			return i, 0, 0, false, false
		}
		n = v
		j++
		if s.isDash(j) && s.tight(j-1) {
			if v2, ok := NumberWord(w + "-" + s.word(j+1)); ok {
				n = v2
				j += 2
			}
		}
	}
	u, ok := unitWords[s.word(j)]
	if !ok {
		return i, 0, 0, false, false
	}
	// "three-year-old", "a 10-year contract": an age or a length, not a time
	if (s.isDash(j-1) && s.tight(j-2) && s.tight(j-1)) || (s.isDash(j+1) && s.tight(j) && s.tight(j+1)) {
		return i, 0, 0, false, false
	}
	if s.word(j+1) == "old" || s.word(j+1) == "ago" {
		return i, 0, 0, false, false
	}
	if n > 1000 {
		return i, 0, 0, false, false
	}
	return j + 1, n, u, approx, true
}

// duration reads "for [hedge] N unit" and "for the past N unit".
func (s *dateScanner) duration(i int) (timePhrase, bool) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if sentencedWords[s.word(k)] {
			return timePhrase{}, false
		}
	}
	if s.word(i+1) == "the" && (s.word(i+2) == "past" || s.word(i+2) == "last" || s.word(i+2) == "previous") {
		return s.pastSpan(i)
	}
	j, n, u, approx, ok := s.amount(i + 1)
	if !ok {
		return timePhrase{}, false
	}
	if s.word(j) == "straight" || s.word(j) == "running" || s.word(j) == "in" && s.word(j+1) == "a" && s.word(j+2) == "row" {
		return timePhrase{}, false // "rose for four weeks in a row": a streak, not a span up to publication
	}
	return timePhrase{op: opDuration, n: n, timeUnit: u, approx: approx, from: i, to: j - 1}, true
}

// untilWords end an open range at a time.
var untilWords = map[string]bool{"until": true, "till": true, "untill": true}

// nextSpan reads "over the next three years", "in the coming weeks" is
// too vague, "for the next 90 days", "within the next year": a span that
// starts at publication, whatever the tense.
func (s *dateScanner) nextSpan(i int) (timePhrase, bool) {
	if s.word(i+1) != "the" || s.word(i+2) != "next" && s.word(i+2) != "coming" && s.word(i+2) != "following" {
		return timePhrase{}, false
	}
	if s.word(i+2) == "following" { // "in the following year": after some other time, not publication
		return timePhrase{}, false
	}
	j := i + 3
	if u, ok := unitWords[s.word(j)]; ok && !strings.HasSuffix(s.word(j), "s") {
		return timePhrase{op: opWithin, n: 1, timeUnit: u, from: i, to: j, notPast: true}, true
	}
	k, n, u, approx, ok := s.amount(j)
	if !ok {
		return timePhrase{}, false
	}
	return timePhrase{op: opWithin, n: n, timeUnit: u, approx: approx, from: i, to: k - 1, notPast: true}, true
}

// pastSpan reads "in the past three years", "over the last year".
func (s *dateScanner) pastSpan(i int) (timePhrase, bool) {
	if s.word(i+1) != "the" {
		return timePhrase{}, false
	}
	switch s.word(i + 2) {
	case "past", "last", "previous":
	default:
		return timePhrase{}, false
	}
	j := i + 3
	if u, ok := unitWords[s.word(j)]; ok {
		return timePhrase{op: opDuration, n: 1, timeUnit: u, from: i, to: j, back: true}, true
	}
	k, n, u, approx, ok := s.amount(j)
	if !ok {
		return timePhrase{}, false
	}
	return timePhrase{op: opDuration, n: n, timeUnit: u, approx: approx, from: i, to: k - 1, back: true}, true
}

// day returns midnight UTC of a calendar day.
func calDay(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// dayOf truncates t to its calendar day in UTC.
func dayOf(t time.Time) time.Time { return calDay(t.Year(), int(t.Month()), t.Day()) }

// weekStart returns the Monday of t's week.
func weekStart(t time.Time) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
}

// addUnits moves t by n units (fractions of a unit are rounded to days).
func addUnits(t time.Time, n float64, u timeUnit) time.Time {
	switch u {
	case unitDay:
		return t.AddDate(0, 0, int(n))
	case unitWeek:
		return t.AddDate(0, 0, int(n*7))
	case unitFortnight:
		return t.AddDate(0, 0, int(n*14))
	case unitMonth:
		whole := int(n)
		return t.AddDate(0, whole, int((n-float64(whole))*30))
	case unitYear:
		whole := int(n)
		return t.AddDate(whole, 0, int((n-float64(whole))*365))
	case unitDecade:
		return t.AddDate(int(n*10), 0, 0)
	}
	return t
}

// dateInterval is a resolved reference: inclusive calendar days.
type dateInterval struct {
	start, end time.Time
	gran       Granularity
	approx     bool
	endOnly    bool // "until" resolved to the time something ended: the publication date was not needed
}

// resolveWhen places one reference on the calendar. ref is the
// publication day (zero when unknown); references that need it fail
// without it.
func resolveWhen(w timeRef, ref time.Time, dir dateTense) (dateInterval, bool) {
	if w.needsRef && ref.IsZero() {
		return dateInterval{}, false
	}
	switch w.kind {
	case whenDate:
		y := w.y
		switch {
		case y == 0 && w.hasYrel:
			y = ref.Year() + int(w.yrel)
		case y == 0:
			y = pickYear(ref, dir, w.m, w.d)
		}
		t := calDay(y, w.m, w.d)
		if w.hasTime {
			return dateInterval{start: t, end: t, gran: GranTime}, true
		}
		return dateInterval{start: t, end: t, gran: GranDay}, true
	case whenMonth:
		y := w.y
		if y == 0 && w.hasYrel {
			y = ref.Year() + int(w.yrel)
		}
		if y == 0 {
			switch w.off {
			case -1: // last December: the latest before this month
				y = ref.Year()
				if w.m >= int(ref.Month()) {
					y--
				}
			case 1: // next March: the first after this month
				y = ref.Year()
				if w.m <= int(ref.Month()) {
					y++
				}
			default:
				y = pickYear(ref, dir, w.m, 0)
			}
		}
		start, end := calDay(y, w.m, 1), calDay(y, w.m, daysIn(y, w.m))
		start, end = narrowPart(start, end, w.sub, unitMonth)
		return dateInterval{start: start, end: end, gran: GranMonth, approx: w.approx}, true
	case whenYear:
		if w.decade {
			start, end := calDay(w.y, 1, 1), calDay(w.y+9, 12, 31)
			switch w.sub {
			case 1:
				end = calDay(w.y+3, 12, 31)
			case 2:
				start, end = calDay(w.y+3, 1, 1), calDay(w.y+6, 12, 31)
			case 3:
				start = calDay(w.y+6, 1, 1)
			}
			return dateInterval{start: start, end: end, gran: GranSpan, approx: w.approx}, true
		}
		start, end := calDay(w.y, 1, 1), calDay(w.y, 12, 31)
		start, end = narrowPart(start, end, w.sub, unitYear)
		return dateInterval{start: start, end: end, gran: GranYear, approx: w.approx}, true
	case whenWeekday:
		back := (int(ref.Weekday()) - int(w.wd) + 7) % 7 // days back to the latest such day, 0 = today
		var t time.Time
		switch {
		case w.off == -1:
			if back == 0 {
				back = 7
			}
			t = ref.AddDate(0, 0, -back)
		case w.off == 1:
			fwd := (7 - back) % 7
			if fwd == 0 {
				fwd = 7
			}
			t = ref.AddDate(0, 0, fwd)
		case !w.bare: // this Thursday: in the week of publication
			t = weekStart(ref).AddDate(0, 0, (int(w.wd)+6)%7)
		case dir == tenseFuture || dir == tensePresent:
			// the coming such day; the publication's own weekday is the
			// publication day (news names the day itself, "next Wednesday"
			// a week on)
			t = ref.AddDate(0, 0, (7-back)%7)
		default:
			t = ref.AddDate(0, 0, -back)
		}
		return dateInterval{start: t, end: t, gran: GranDay}, true
	case whenSeason:
		start := seasonStart(w, ref)
		return dateInterval{start: start, end: start.AddDate(0, 3, -1), gran: GranSpan, approx: true}, true
	case whenHoliday:
		t := holidayDay(w.holiday, w.y, ref, dir)
		return dateInterval{start: t, end: t, gran: GranDay}, true
	case whenDayOff:
		t := ref.AddDate(0, 0, w.off)
		return dateInterval{start: t, end: t, gran: GranDay}, true
	case whenUnitOff:
		var start, end time.Time
		switch w.timeUnit {
		case unitWeek:
			start = weekStart(ref).AddDate(0, 0, 7*w.off)
			end = start.AddDate(0, 0, 6)
		case unitMonth:
			start = calDay(ref.Year(), int(ref.Month()), 1).AddDate(0, w.off, 0)
			end = start.AddDate(0, 1, -1)
		default:
			start = calDay(ref.Year()+w.off, 1, 1)
			end = calDay(ref.Year()+w.off, 12, 31)
		}
		switch w.part {
		case -1:
			end = ref
		case 1:
			start = ref
		}
		return dateInterval{start: start, end: end, gran: unitGranularity(w.timeUnit)}, true
	case whenWeekend:
		sat := weekStart(ref).AddDate(0, 0, 5) // this week's Saturday
		switch {
		case w.off == -1:
			sat = sat.AddDate(0, 0, -7)
			if sat.AddDate(0, 0, 1).After(ref) && ref.Sub(sat) >= 0 {
				sat = sat.AddDate(0, 0, -7)
			}
		case w.off == 1:
			sat = sat.AddDate(0, 0, 7)
		case w.bare && dir != tenseFuture && dir != tensePresent && sat.After(ref):
			sat = sat.AddDate(0, 0, -7) // at the weekend (past): the latest one
		}
		return dateInterval{start: sat, end: sat.AddDate(0, 0, 1), gran: GranSpan}, true
	case whenAgo:
		if w.timeUnit == unitDecade || w.approx {
			return agoSpan(w, ref), true
		}
		t := addUnits(ref, -w.n, w.timeUnit)
		switch w.timeUnit {
		case unitDay:
			return dateInterval{start: t, end: t, gran: GranDay, approx: w.approx}, true
		case unitWeek, unitFortnight:
			ws := weekStart(t)
			return dateInterval{start: ws, end: ws.AddDate(0, 0, 6), gran: GranWeek, approx: true}, true
		case unitMonth:
			ms := calDay(t.Year(), int(t.Month()), 1)
			return dateInterval{start: ms, end: ms.AddDate(0, 1, -1), gran: GranMonth, approx: true}, true
		default:
			return dateInterval{start: calDay(t.Year(), 1, 1), end: calDay(t.Year(), 12, 31), gran: GranYear, approx: true}, true
		}
	}
	return dateInterval{}, false
}

// seasonStart is the first day of the season w names: of its year when
// it states one (winter 2009 is December 2009 to February 2010); else,
// from the publication date ref, this year's ("this summer"), the latest
// one that has ended ("last winter") or the first that has not begun
// ("next spring"). The winter of January and February began the year
// before.
func seasonStart(w timeRef, ref time.Time) time.Time {
	if w.y != 0 {
		return calDay(w.y, w.m, 1)
	}
	y := ref.Year()
	if w.m == 12 && ref.Month() <= 2 {
		y--
	}
	start := calDay(y, w.m, 1)
	switch w.off {
	case -1:
		for start.AddDate(0, 3, 0).After(dayOf(ref)) { // not yet ended
			start = start.AddDate(-1, 0, 0)
		}
	case 1:
		for !start.After(dayOf(ref)) {
			start = start.AddDate(1, 0, 0)
		}
	}
	return start
}

// agoSpan places a rough "N units ago" as an approximate span: "three
// decades ago" is the ten years around thirty years before publication,
// "a few years ago" (n = 3) two to five years before it. Its ends are
// whole units.
func agoSpan(w timeRef, ref time.Time) dateInterval {
	var from, to time.Time
	if w.timeUnit == unitDecade {
		mid := ref.Year() - int(w.n*10)
		from, to = calDay(mid-5, 1, 1), calDay(mid+4, 12, 31)
	} else {
		from, to = addUnits(ref, -(w.n+2), w.timeUnit), addUnits(ref, -(w.n-1), w.timeUnit)
		switch w.timeUnit {
		case unitYear:
			from, to = calDay(from.Year(), 1, 1), calDay(to.Year(), 12, 31)
		case unitMonth:
			from = calDay(from.Year(), int(from.Month()), 1)
			to = calDay(to.Year(), int(to.Month()), 1).AddDate(0, 1, -1)
		case unitWeek, unitFortnight:
			from, to = weekStart(from), weekStart(to).AddDate(0, 0, 6)
		}
	}
	if to.After(ref) {
		to = ref
	}
	return dateInterval{start: from, end: to, gran: GranSpan, approx: true}
}

// pickYear chooses the year of a date (d > 0) or month (d == 0) written
// without one: the latest on or before publication when the sentence
// points back, the first on or after it when it points forward, else the
// nearest (ties go back).
func pickYear(ref time.Time, dir dateTense, m, d int) int {
	y := ref.Year()
	// cmp < 0: the candidate in year c lies before publication
	cmp := func(c int) int {
		if d == 0 {
			return (c*12 + m) - (ref.Year()*12 + int(ref.Month()))
		}
		t := calDay(c, m, min(d, daysIn(c, m)))
		return int(t.Sub(ref).Hours() / 24)
	}
	switch dir {
	case tensePast:
		if cmp(y) > 0 {
			return y - 1
		}
		return y
	case tenseFuture:
		if cmp(y) < 0 {
			return y + 1
		}
		return y
	}
	best, bestDist := y, absInt(cmp(y))
	for _, c := range []int{y - 1, y + 1} {
		if dist := absInt(cmp(c)); dist < bestDist || (dist == bestDist && c < best) {
			best, bestDist = c, dist
		}
	}
	return best
}

func absInt(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// narrow keeps the early, middle or late third of a month or year.
func narrowPart(start, end time.Time, sub int8, u timeUnit) (time.Time, time.Time) {
	if sub == 0 {
		return start, end
	}
	if u == unitMonth {
		switch sub {
		case 1:
			return start, start.AddDate(0, 0, 9)
		case 2:
			return start.AddDate(0, 0, 10), start.AddDate(0, 0, 19)
		default:
			return start.AddDate(0, 0, 20), end
		}
	}
	switch sub {
	case 1:
		return start, start.AddDate(0, 4, -1)
	case 2:
		return start.AddDate(0, 4, 0), start.AddDate(0, 8, -1)
	default:
		return start.AddDate(0, 8, 0), end
	}
}

// needsRef reports whether resolving the timePhrase needs the publication date.
func (p timePhrase) needsRef() bool {
	switch p.op {
	case opUntil, opDuration, opWithin:
		return true
	case opRange:
		return p.a.needsRef || p.b.needsRef
	}
	return p.a.needsRef
}

// resolve places a timePhrase on the calendar, or reports false when it needs
// a publication date that is unknown.
func (p timePhrase) resolve(ref time.Time, dir dateTense) (dateInterval, bool) {
	if p.needsRef() && ref.IsZero() {
		return dateInterval{}, false
	}
	switch p.op {
	case opPoint:
		return resolveWhen(p.a, ref, dir)
	case opRange:
		a, b := p.a, p.b
		ia, ok := resolveWhen(a, ref, dir)
		if !ok {
			return dateInterval{}, false
		}
		// the end follows the start: resolve it forward from there
		ib, ok := resolveWhen(b, ia.start, tenseFuture)
		if b.y != 0 || !b.needsRef {
			ib, ok = resolveWhen(b, ref, dir)
		}
		if !ok || ib.end.Before(ia.start) {
			return dateInterval{}, false
		}
		return dateInterval{start: ia.start, end: ib.end, gran: GranSpan, approx: ia.approx || ib.approx}, true
	case opSince:
		ia, ok := resolveWhen(p.a, ref, tensePast)
		if !ok {
			return dateInterval{}, false
		}
		end := ref // zero when unknown: an open range
		if !ref.IsZero() && ref.Before(ia.start) {
			return dateInterval{}, false
		}
		return dateInterval{start: ia.start, end: end, gran: GranSpan, approx: ia.approx}, true
	case opUntil:
		// "until March" runs from publication unless the clause is past
		// ("stayed until March"): then it names the time it ended
		// (a weekday stays ahead: "kept markets closed until Friday")
		udir := tenseFuture
		if dir == tensePast && p.a.kind != whenWeekday && p.a.kind != whenWeekend && p.a.kind != whenDayOff {
			udir = tensePast
		}
		ia, ok := resolveWhen(p.a, ref, udir)
		if !ok {
			return dateInterval{}, false
		}
		if ia.end.Before(ref) {
			ia.endOnly = true
			return ia, true
		}
		return dateInterval{start: ref, end: ia.end, gran: GranSpan, approx: ia.approx}, true
	case opDuration:
		if (dir == tenseFuture || dir == tensePresent) && !p.back {
			return dateInterval{start: ref, end: addUnits(ref, p.n, p.timeUnit), gran: GranSpan, approx: p.approx}, true
		}
		return dateInterval{start: addUnits(ref, -p.n, p.timeUnit), end: ref, gran: GranSpan, approx: p.approx}, true
	case opWithin:
		return dateInterval{start: ref, end: addUnits(ref, p.n, p.timeUnit), gran: GranSpan, approx: p.approx}, true
	}
	return dateInterval{}, false
}

// granularity is the granularity a timePhrase has even when unresolved.
func (p timePhrase) granularity() Granularity {
	if p.op != opPoint {
		return GranSpan
	}
	switch p.a.kind {
	case whenDate:
		if p.a.hasTime {
			return GranTime
		}
		return GranDay
	case whenMonth:
		return GranMonth
	case whenYear:
		if p.a.decade {
			return GranSpan
		}
		return GranYear
	case whenWeekday, whenDayOff, whenHoliday:
		return GranDay
	case whenWeekend, whenSeason:
		return GranSpan
	case whenAgo:
		if p.a.timeUnit == unitDecade || p.a.approx {
			return GranSpan
		}
		return unitGranularity(p.a.timeUnit)
	case whenUnitOff:
		return unitGranularity(p.a.timeUnit)
	}
	return GranDay
}

// unitGranularity is the granularity of one unit of time.
func unitGranularity(u timeUnit) Granularity {
	switch u {
	case unitDay:
		return GranDay
	case unitWeek, unitFortnight:
		return GranWeek
	case unitMonth:
		return GranMonth
	}
	return GranYear
}
