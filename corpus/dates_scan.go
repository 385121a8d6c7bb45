package corpus

// The temporal tagger reads a sentence as tokens (words, numbers,
// punctuation, with byte offsets) and tries, at each token, the timePhrase
// grammar below, longest form first:
//
//	timePhrase := "between" timeRef "and" timeRef | "from" timeRef [to timeRef] | timeRef to timeRef
//	        | "since" timeRef | ("until"|"till") timeRef | "for" [hedge] N unit
//	        | ("in"|"over"|"during") "the" ("past"|"last") [N] unit | "within" N unit
//	        | ["on"|"in"|"at"|"by"|"of"|"during"] timeRef
//	timeRef   := date | month [year] | year | weekday [part] | yesterday | today | …
//	        | (this|last|next|earlier this|later this) (week|month|year|weekend)
//	        | N unit "ago"
//
// A match becomes a timePhrase (a pattern with its words' values); resolving it
// against the publication date and the sentence's tense is in
// dates_resolve.go. Nothing here allocates per token except the token slice,
// reused across the sentences of one article.

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tokWord tokKind = iota
	tokNum
	tokPunct
)

// token is one word, number or punctuation mark of a sentence.
type dateToken struct {
	kind       tokKind
	start, end int    // byte offsets into the article's Text
	low        string // lower case (words); the digits as written, without the suffix (numbers)
	cap        bool   // a word that starts with an upper-case letter
	num        int    // value of a plain integer; -1 otherwise
	digits     int    // number of digits of a plain integer
	suffix     string // letters right after the digits, lower case ("th", "s", "am")
	spaceAfter bool   // whitespace (or the end) follows
}

// dateTokens appends the tokens of text[start:end] to toks. lows holds the
// lower-case forms of words seen before, or is nil.
func dateTokens(toks []dateToken, text string, start, end int, lows *lowerCache) []dateToken {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			if n := len(toks); n > 0 {
				toks[n-1].spaceAfter = true
			}
			i += size
		case unicode.IsLetter(r):
			j := i + size
			for j < end {
				r2, s2 := utf8.DecodeRuneInString(text[j:end])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += s2
			}
			w := text[i:j]
			toks = append(toks, dateToken{kind: tokWord, start: i, end: j, low: lowerASCII(w, lows), cap: unicode.IsUpper(r), num: -1})
			i = j
		case r >= '0' && r <= '9':
			j := i
			plain := true
			for j < end {
				c := text[j]
				if c >= '0' && c <= '9' {
					j++
					continue
				}
				if (c == ',' || c == '.' || c == ':') && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9' {
					plain = false
					j++
					continue
				}
				break
			}
			t := dateToken{kind: tokNum, start: i, low: text[i:j], num: -1}
			if plain && j-i <= 9 {
				t.num = atoi(text[i:j])
				t.digits = j - i
			}
			k := j
			for k < end && k-j < 12 && (text[k]|0x20) >= 'a' && (text[k]|0x20) <= 'z' {
				k++
			}
			if k > j {
				t.suffix = strings.ToLower(text[j:k])
			}
			t.end = k
			toks = append(toks, t)
			i = k
		default:
			toks = append(toks, dateToken{kind: tokPunct, start: i, end: i + size, low: text[i : i+size], num: -1})
			i += size
		}
	}
	if n := len(toks); n > 0 {
		toks[n-1].spaceAfter = true
	}
	return toks
}

// lowerASCII lower-cases w, without allocating when it is already lower
// case ASCII or lows (which may be nil) has it.
func lowerASCII(w string, lows *lowerCache) string {
	switch {
	case !hasUpperASCIIOrMulti(w):
		return w
	case lows == nil:
		return strings.ToLower(w)
	}
	return lows.of(w)
}

// timeUnit is a unit of calendar time.
type timeUnit uint8

const (
	unitNone timeUnit = iota
	unitDay
	unitWeek
	unitFortnight
	unitMonth
	unitYear
	unitDecade
)

// eventUnits are the units of a time counted from an event ("two hours
// later", "the next morning"); eventAnchors the words that count it.
var eventUnits = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "morning": true, "evening": true, "night": true,
	"afternoon": true, "weekend": true}
var stretchWords = map[string]bool{"over": true, "for": true, "within": true, "during": true, "in": true, "throughout": true}
var eventAnchors = map[string]bool{"later": true, "after": true, "afterwards": true, "earlier": true, "before": true}

var unitWords = map[string]timeUnit{
	"day": unitDay, "days": unitDay, "week": unitWeek, "weeks": unitWeek, "fortnight": unitFortnight,
	"fortnights": unitFortnight, "month": unitMonth, "months": unitMonth, "year": unitYear, "years": unitYear,
	"decade": unitDecade, "decades": unitDecade,
}

var weekdays = map[string]time.Weekday{
	"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday, "thursday": time.Thursday,
	"friday": time.Friday, "saturday": time.Saturday, "sunday": time.Sunday,
}

// monthWords maps month names and their abbreviations to 1–12. An
// abbreviation counts only beside a day or year number ("Dec. 11").
var monthWords = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
	"nov": 11, "dec": 12,
}

// dayParts may follow a weekday or "yesterday" without changing the day.
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "lunchtime": true}

// monthPreps are the words after which a bare month name ("March", "May")
// is a month and not a verb or a name.
var monthPreps = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true, "by": true, "before": true, "after": true,
	"during": true, "of": true, "early": true, "late": true, "mid": true, "last": true, "next": true, "this": true,
	"through": true, "throughout": true, "between": true, "to": true, "and": true, "or": true, "until-": true,
	"that": true, "each": true, "every": true, "past": true, "in-": true, "on": true,
}

// yearPreps are the words after which a bare four-digit number is a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "from": true, "until": true, "till": true, "by": true, "before": true, "after": true,
	"during": true, "of": true, "early": true, "late": true, "mid": true, "through": true, "throughout": true,
	"between": true, "to": true, "and": true, "or": true, "year": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "circa": true, "around": true, "back": true,
}

// durationHedges soften a duration ("for nearly three years"): the interval is approximate.
var durationHedges = map[string]bool{
	"nearly": true, "almost": true, "about": true, "around": true, "approximately": true, "roughly": true,
	"some": true, "over": true, "under": true, "only": true, "just": true, "barely": true, "well": true,
	"at": true, "least": true, "more": true, "less": true, "than": true, "close": true, "to": true, "up": true,
	"upwards": true, "of": true, "the": true, "past": true, "last": true, "almost-": true,
}

// whenKind says what a single time reference names.
type whenKind uint8

const (
	whenDate       whenKind = iota + 1 // a calendar day, perhaps without its year
	whenMonth                          // a month, perhaps without its year
	whenYear                           // a year
	whenWeekday                        // a day of the week
	whenDayOff                         // yesterday, today, tomorrow: days from publication
	whenUnitOff                        // this/last/next week, month, year
	whenWeekend                        // the weekend
	whenAgo                            // N units ago
	whenHoliday                        // a named day: Good Friday, Christmas Day
	whenSeason                         // a season: m is its first month (3 spring … 12 winter)
	whenAfterEvent                     // a time counted from an event the text tells: "a day after", "the next day"
)

// seasonWords map the seasons to their first month, as the seasons of
// the northern hemisphere's meteorologists run: spring March to May,
// summer June to August, autumn September to November, winter December
// to February. "Fall" counts only beside a year or last/this/next.
var seasonWords = map[string]int{"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}

// timeRef is one time reference, before resolution.
type timeRef struct {
	kind     whenKind
	y, m, d  int // calendar fields; y == 0 when the text gives no year
	hour     int
	min      int
	hasTime  bool
	wd       time.Weekday
	off      int  // -1 last, 0 this/bare, +1 next; days for whenDayOff
	bare     bool // no "this"/"last"/"next": the tense decides
	part     int8 // -1 "earlier this …" (up to publication), +1 "later this …" (after it)
	sub      int8 // 1 early, 2 mid, 3 late (of a month or year)
	n        float64
	timeUnit timeUnit
	approx   bool
	needsRef bool // resolving it needs the publication date
	holiday  int  // index into holidays (whenHoliday)
	decade   bool // whenYear: the ten years from y ("the 1980s")
	yrel     int8 // "March last year" (-1), "this year" (0), "next year" (+1); with hasYrel
	hasYrel  bool
}

// phraseOp says how a phrase's references combine.
type phraseOp uint8

const (
	opPoint    phraseOp = iota // one reference
	opRange                    // from a to b
	opSince                    // a up to publication
	opUntil                    // publication up to a
	opDuration                 // n units ending (or, in the future, starting) at publication
	opWithin                   // n units starting at publication ("within three weeks", "in two days")
)

// timePhrase is one matched temporal expression, before resolution.
type timePhrase struct {
	op       phraseOp
	a, b     timeRef
	n        float64
	timeUnit timeUnit
	approx   bool
	// back: a span that ends at publication whatever the tense ("over the past year")
	back bool
	// futureOnly: an expression only in a future sentence ("in three weeks")
	futureOnly bool
	// notPast: an expression anchored to publication unless its clause is past ("over the next year")
	notPast bool
	// first and last token indexes (inclusive) of the expression
	from, to int
}

// dateScanner holds one sentence's tokens while phrases are matched.
type dateScanner struct {
	toks  []dateToken
	marks []uint8 // per token: 0 not yet read, 1 no tense marker, 2+tense
}

func (s *dateScanner) word(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return ""
	}
	return s.toks[i].low
}

func (s *dateScanner) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokPunct && s.toks[i].low == p
}

// isDash reports a hyphen, en dash or em dash token.
func (s *dateScanner) isDash(i int) bool {
	return s.punct(i, "-") || s.punct(i, "–") || s.punct(i, "—")
}

// tight reports whether token i is followed directly, without space, by i+1.
func (s *dateScanner) tight(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].end == s.toks[i+1].start
}

// dayNum returns the day of month written at token i ("11", "11th").
func (s *dateScanner) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.kind != tokNum || t.num < 1 || t.num > 31 || t.digits > 2 {
		return 0, false
	}
	switch t.suffix {
	case "", "st", "nd", "rd", "th":
		return t.num, true
	}
	return 0, false
}

// yearNum returns the year written at token i (a plain four-digit number
// from 1800 to 2199).
func (s *dateScanner) yearNum(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	t := s.toks[i]
	if t.kind != tokNum || t.digits != 4 || t.suffix != "" || t.num < 1800 || t.num > 2199 {
		return 0, false
	}
	// not money or a measure: "£2000", "2000%", "$2,000"
	if i > 0 && s.tight(i-1) && isCurrency(s.toks[i-1].low) {
		return 0, false
	}
	if s.punct(i+1, "%") || s.dimension(i) {
		return 0, false
	}
	return t.num, true
}

// yearAfterComma returns the year at i when, after a month and a comma,
// it is the month's year ("in February, 2003") rather than a count
// opening the next clause ("in March, 2000 people marched").
func (s *dateScanner) yearAfterComma(i int) (int, bool) {
	y, ok := s.yearNum(i)
	if !ok {
		return 0, false
	}
	if i+1 >= len(s.toks) || s.toks[i+1].kind != tokWord {
		return y, true // punctuation or the end of the sentence
	}
	return y, yearClauseWords[s.word(i+1)]
}

// yearClauseWords may follow a year that ends a date phrase: a clause
// goes on, and no noun is counted.
var yearClauseWords = map[string]bool{
	"and": true, "or": true, "but": true, "when": true, "while": true, "after": true, "before": true,
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "as": true, "until": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true,
}

// dimension reports whether the number at i is one side of a size
// ("1827 x 1050", "2000×1800", "1024 x 1900"): a screen or a sheet, not a
// year.
func (s *dateScanner) dimension(i int) bool {
	times := func(j int) bool { return s.word(j) == "x" || s.punct(j, "×") }
	num := func(j int) bool { return j >= 0 && j < len(s.toks) && s.toks[j].kind == tokNum }
	return (times(i+1) && num(i+2)) || (times(i-1) && num(i-2))
}

func isCurrency(p string) bool {
	switch p {
	case "£", "$", "€", "¥", "₹":
		return true
	}
	return false
}

// month returns the month named at token i; abbreviations only when
// followed or preceded by a number (checked by the caller via abbr).
func (s *dateScanner) month(i int) (m int, abbr bool, ok bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord || !s.toks[i].cap {
		return 0, false, false
	}
	m, ok = monthWords[s.toks[i].low]
	return m, ok && len(s.toks[i].low) <= 4 && s.toks[i].low != "june" && s.toks[i].low != "july" && s.toks[i].low != "may", ok
}

// skipDot returns i+1 when token i is a full stop ("Dec."), else i.
func (s *dateScanner) skipDot(i int) int {
	if s.punct(i, ".") {
		return i + 1
	}
	return i
}

// clock reads ", 22:39" or " 10.30am" after a date; it returns the index
// after it.
func (s *dateScanner) clock(i int, w *timeRef) int {
	j := i
	if s.punct(j, ",") || s.punct(j, "at") {
		j++
	}
	if s.word(j) == "at" {
		j++
	}
	if j >= len(s.toks) || s.toks[j].kind != tokNum {
		return i
	}
	t := s.toks[j]
	h, m, ok := parseClock(t.low, t.suffix)
	if !ok {
		return i
	}
	w.hour, w.min, w.hasTime = h, m, true
	return j + 1
}

// parseClock reads "22:39", "10.30" with an optional am/pm suffix.
func parseClock(digits, suffix string) (int, int, bool) {
	sep := strings.IndexAny(digits, ":.")
	if sep < 0 {
		if suffix != "am" && suffix != "pm" {
			return 0, 0, false
		}
		sep = len(digits)
	}
	h := atoi(digits[:sep])
	m := 0
	if sep < len(digits) {
		if len(digits)-sep-1 != 2 {
			return 0, 0, false
		}
		m = atoi(digits[sep+1:])
	}
	switch suffix {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	case "":
	default:
		return 0, 0, false
	}
	if h > 23 || m > 59 || sep > 2 {
		return 0, 0, false
	}
	return h, m, true
}

// validDate reports whether y-m-d is a real calendar day (y 0: any leap year).
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseWhen reads one time reference starting at token i and returns the
// index after it.
func (s *dateScanner) parseWhen(i int) (int, timeRef, bool) {
	if i >= len(s.toks) {
		return i, timeRef{}, false
	}
	t := s.toks[i]
	switch t.kind {
	case tokNum:
		return s.parseNumberFirst(i)
	case tokWord:
		return s.parseWordFirst(i)
	}
	return i, timeRef{}, false
}

// parseNumberFirst reads forms that begin with a number: ISO dates,
// "11 December 2024", "11 December", years, "three days ago" (digits).
func (s *dateScanner) parseNumberFirst(i int) (int, timeRef, bool) {
	t := s.toks[i]
	// ISO 2024-12-11
	if y, ok := s.yearNum(i); ok && s.tight(i) && s.punct(i+1, "-") && s.tight(i+1) && i+4 < len(s.toks) &&
		s.toks[i+2].kind == tokNum && s.toks[i+2].digits == 2 && s.tight(i+2) && s.punct(i+3, "-") && s.tight(i+3) &&
		s.toks[i+4].kind == tokNum && s.toks[i+4].digits == 2 {
		m, d := s.toks[i+2].num, s.toks[i+4].num
		if validDate(y, m, d) {
			return i + 5, timeRef{kind: whenDate, y: y, m: m, d: d}, true
		}
	}
	// 11 December [2024] [, 22:39]  /  11th of December
	if d, ok := s.dayNum(i); ok {
		j := i + 1
		if s.word(j) == "of" {
			j++
		}
		if m, abbr, ok := s.month(j); ok {
			w := timeRef{kind: whenDate, m: m, d: d}
			j++
			if abbr {
				j = s.skipDot(j)
			}
			if s.punct(j, ",") {
				if y, ok := s.yearNum(j + 1); ok {
					j++
					_ = y
				}
			}
			if y, ok := s.yearNum(j); ok {
				w.y = y
				j++
			} else {
				w.needsRef = true
			}
			if !validDate(w.y, m, d) {
				return i, timeRef{}, false
			}
			j = s.clock(j, &w)
			return j, w, true
		}
	}
	// a decade: "the 1980s", "the 1990's"
	if y, ok := s.decadeNum(i); ok {
		k := i + 1
		if t.suffix == "" {
			k += 2 // "1990 ' s"
		}
		return k, timeRef{kind: whenYear, y: y, decade: true}, true
	}
	// a year: 2021, "2021's"
	if y, ok := s.yearNum(i); ok && s.yearContext(i) {
		if s.word(i-1) == "by" && s.dimensionBefore(i-1) {
			return i, timeRef{}, false // "2880 pixels by 1800"
		}
		return i + 1, timeRef{kind: whenYear, y: y}, true
	}
	// 3 days ago; 3 days later
	if t.num > 0 && t.suffix == "" {
		if u, ok := unitWords[s.word(i+1)]; ok && s.word(i+2) == "ago" {
			return i + 3, timeRef{kind: whenAgo, n: float64(t.num), timeUnit: u, needsRef: true}, true
		}
		if _, ok := unitWords[s.word(i+1)]; ok && eventAnchors[s.word(i+2)] {
			return i + 3, timeRef{kind: whenAfterEvent, needsRef: true}, true
		}
	}
	return i, timeRef{}, false
}

// decadeNum returns the first year of a decade written at token i:
// "1980s", or "1980's" after "the", "early", "mid" or "late".
func (s *dateScanner) decadeNum(i int) (int, bool) {
	t := s.toks[i]
	if t.kind != tokNum || t.digits != 4 || t.num < 1800 || t.num > 2190 || t.num%10 != 0 {
		return 0, false
	}
	if i > 0 && s.tight(i-1) && isCurrency(s.toks[i-1].low) {
		return 0, false
	}
	switch {
	case t.suffix == "s":
		return t.num, true
	case t.suffix == "" && s.tight(i) && (s.punct(i+1, "'") || s.punct(i+1, "’")) && s.tight(i+1) && s.word(i+2) == "s":
		switch s.prevWord(i) {
		case "the", "early", "mid", "late":
			return t.num, true
		}
	}
	return 0, false
}

// yearContext reports whether the four-digit number at i reads as a year:
// after a preposition ("in 2021", "since 2021"), in a range ("2019-2021"),
// before a possessive, or as an introductory "2021," at the sentence start.
func (s *dateScanner) yearContext(i int) bool {
	if yearPreps[s.word(i-1)] {
		return true
	}
	if s.isDash(i-1) && i >= 2 {
		if _, ok := s.yearNum(i - 2); ok {
			return true
		}
	}
	if s.isDash(i + 1) {
		if _, ok := s.yearNum(i + 2); ok {
			return true
		}
	}
	if (s.punct(i+1, "'") || s.punct(i+1, "’")) && s.word(i+2) == "s" {
		return true
	}
	if yearNouns[s.word(i+1)] && !s.toks[i+1].cap { // "the 1991 agreement", "GM's 2008 revenue"
		switch s.word(i - 1) {
		case "the", "a", "an", "its", "his", "her", "their", "our", "this", "that":
			return true
		case "s":
			return s.punct(i-2, "'") || s.punct(i-2, "’")
		}
	}
	return i == 0 && s.punct(i+1, ",")
}

// yearNouns, after "the 1991" or "GM's 2008", make the number a year:
// they name a happening or a period, not things that are counted.
var yearNouns = map[string]bool{
	"agreement": true, "accord": true, "deal": true, "election": true, "elections": true, "campaign": true,
	"season": true, "crash": true, "accident": true, "attack": true, "attacks": true, "riots": true,
	"revolution": true, "war": true, "earthquake": true, "floods": true, "budget": true, "revenue": true,
	"revenues": true, "sales": true, "profit": true, "profits": true, "loss": true, "results": true,
	"report": true, "census": true, "survey": true, "law": true, "act": true, "ruling": true,
	"decision": true, "tournament": true, "championship": true, "final": true, "model": true, "models": true,
	"edition": true, "film": true, "album": true, "merger": true, "acquisition": true, "takeover": true,
	"bailout": true, "recession": true, "crisis": true, "trial": true, "case": true, "contract": true,
	"lawsuit": true, "settlement": true, "referendum": true, "summit": true, "visit": true, "tour": true,
	"festival": true, "conference": true, "fiscal": true, "financial": true, "debut": true, "launch": true,
	"olympics": true, "games": true, "cup": true, "vote": true, "strike": true, "protests": true,
	"shooting": true, "murder": true, "fire": true, "storm": true, "hurricane": true, "collapse": true,
}

// dimensionBefore reports whether "by" at i joins two measures ("2880
// pixels by 1800", "10 by 2000"), not a preposition before a year.
func (s *dateScanner) dimensionBefore(i int) bool {
	if i >= 1 && s.toks[i-1].kind == tokNum {
		return true
	}
	return i >= 2 && s.toks[i-2].kind == tokNum && s.toks[i-1].kind == tokWord
}

// yearTail reads the short end of a year range after a year y at token
// i-1: "1979-90", "2019–21". It returns the index after it.
func (s *dateScanner) yearTail(i, y int) (int, int, bool) {
	if !s.isDash(i) || !s.tight(i-1) || !s.tight(i) || i+1 >= len(s.toks) {
		return i, 0, false
	}
	t := s.toks[i+1]
	if t.kind != tokNum || t.digits != 2 || t.suffix != "" {
		return i, 0, false
	}
	end := y/100*100 + t.num
	if end <= y {
		end += 100
	}
	if end-y > 99 {
		return i, 0, false
	}
	return i + 2, end, true
}

// parseWordFirst reads forms that begin with a word.
func (s *dateScanner) parseWordFirst(i int) (int, timeRef, bool) {
	w0 := s.word(i)
	if s.toks[i].cap {
		if j, h, ok := s.holidayAt(i); ok {
			w := timeRef{kind: whenHoliday, holiday: h, needsRef: true}
			k := j
			if s.punct(k, ",") || s.word(k) == "in" { // "Valentine's Day, 2012", "on Valentine's Day in 2012"
				k++
			}
			if y, ok := s.yearNum(k); ok {
				w.y, w.needsRef, j = y, false, k+1
			}
			return j, w, true
		}
	}
	// summer 2008, the summer of 2008 (a season alone is left to the
	// reader: "in the spring" has no year)
	if m, ok := seasonWords[w0]; ok && (w0 != "fall" || s.toks[i].cap || s.prevWord(i) == "the" || s.prevWord(i) == "for" || monthPreps[s.prevWord(i)]) {
		// "prices fall 2010 points": fall after a noun is the verb
		j := i + 1
		if s.word(j) == "of" {
			j++
		}
		if y, ok := s.yearNum(j); ok && !s.punct(j+1, "%") && s.word(j+1) != "percent" {
			return j + 1, timeRef{kind: whenSeason, m: m, y: y, approx: true}, true
		}
		return i, timeRef{}, false
	}
	// December 11[, 2024] / Dec. 11 / December 2024 / December
	if m, abbr, ok := s.month(i); ok {
		j := i + 1
		if abbr {
			j = s.skipDot(j)
		}
		if d, ok := s.dayNum(j); ok && !s.punct(j+1, "%") {
			if _, timeUnit := unitWords[s.word(j+1)]; !timeUnit {
				w := timeRef{kind: whenDate, m: m, d: d}
				k := j + 1
				if s.punct(k, ",") {
					if _, ok := s.yearNum(k + 1); ok {
						k++
					}
				}
				if y, ok := s.yearNum(k); ok {
					w.y = y
					k++
				} else {
					w.needsRef = true
					k = s.relYear(k, &w)
				}
				if validDate(w.y, m, d) {
					k = s.clock(k, &w)
					return k, w, true
				}
			}
		}
		if y, ok := s.yearNum(j); ok {
			return j + 1, timeRef{kind: whenMonth, y: y, m: m}, true
		}
		if y, ok := s.yearAfterComma(j + 1); ok && s.punct(j, ",") && !abbr { // "February, 2003"
			return j + 2, timeRef{kind: whenMonth, y: y, m: m}, true
		}
		if s.word(j) == "of" && !abbr { // "October of 2007"
			if y, ok := s.yearNum(j + 1); ok {
				return j + 2, timeRef{kind: whenMonth, y: y, m: m}, true
			}
		}
		w := timeRef{kind: whenMonth, m: m, needsRef: true}
		if k := s.relYear(i+1, &w); w.hasYrel && !abbr && (m != 5 || s.prevWord(i) != "") {
			return k, w, true // "April of last year", "September last year"
		}
		if !abbr && monthPreps[s.prevWord(i)] && !(m == 5 && s.prevWord(i) == "by") {
			return i + 1, w, true
		}
		return i, timeRef{}, false
	}
	// Thursday [12 December [2024]] [night]
	if wd, ok := weekdays[w0]; ok && s.toks[i].cap {
		if s.weekdayName(i) {
			return i, timeRef{}, false
		}
		j := i + 1
		if s.punct(j, ",") {
			j++
		}
		if k, w, ok := s.parseWhen(j); ok && w.kind == whenDate {
			return k, w, true
		}
		k := i + 1
		if dayParts[s.word(k)] {
			k++
		}
		return k, timeRef{kind: whenWeekday, wd: wd, bare: true, needsRef: true}, true
	}
	switch w0 {
	case "yesterday", "today", "tonight", "tomorrow":
		off := 0
		switch w0 {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		k := i + 1
		if w0 != "tonight" && dayParts[s.word(k)] {
			k++
		}
		return k, timeRef{kind: whenDayOff, off: off, needsRef: true}, true
	case "early", "mid", "late":
		j := i + 1
		if s.punct(j, "-") {
			j++
		}
		if k, w, ok := s.parseWhen(j); ok && (w.kind == whenMonth || w.kind == whenYear) {
			w.sub = 1
			switch w0 {
			case "mid":
				w.sub = 2
			case "late":
				w.sub = 3
			}
			w.approx = true
			return k, w, true
		}
	case "last", "this", "next", "earlier", "later", "coming", "past", "previous":
		return s.parseRelative(i)
	case "the":
		// the weekend, the previous week
		if s.word(i+1) == "weekend" {
			return i + 2, timeRef{kind: whenWeekend, bare: true, needsRef: true}, true
		}
		if k, w, ok := s.partOf(i + 1); ok {
			return k, w, true // the end of July
		}
		// "the next day", "the following week", "the day after" (not a
		// stretch of time: "over the next year")
		if w1 := s.word(i + 1); (w1 == "next" || w1 == "following" || w1 == "previous") && eventUnits[s.word(i+2)] &&
			!stretchWords[s.word(i-1)] {
			return i + 3, timeRef{kind: whenAfterEvent, needsRef: true}, true
		}
		if eventUnits[s.word(i+1)] && (s.word(i+2) == "after" || s.word(i+2) == "before") {
			return i + 3, timeRef{kind: whenAfterEvent, needsRef: true}, true
		}
	case "hours", "days", "weeks", "months", "years":
		if s.word(i+1) == "later" || s.word(i+1) == "afterwards" {
			return i + 2, timeRef{kind: whenAfterEvent, needsRef: true}, true // "days later"
		}
	case "end", "beginning", "start", "middle":
		if k, w, ok := s.partOf(i); ok {
			return k, w, true // end of July
		}
	case "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
		"twelve", "few", "several", "couple":
		// three days ago, a year ago, a couple of weeks ago
		j := i + 1
		n, ok := NumberWord(w0)
		switch {
		case w0 == "a" || w0 == "an":
			n, ok = 1, true
			if s.word(j) == "few" {
				n, j = 3, j+1
			} else if s.word(j) == "couple" && s.word(j+1) == "of" {
				n, j = 2, j+2
			}
		case w0 == "few" || w0 == "several":
			n, ok = 3, true
		case w0 == "couple":
			ok = false
		}
		if ok {
			if u, isUnit := unitWords[s.word(j)]; isUnit && s.word(j+1) == "ago" {
				return j + 2, timeRef{kind: whenAgo, n: n, timeUnit: u, needsRef: true, approx: w0 == "few" || w0 == "several" || s.word(i+1) == "few"}, true
			}
			// "a day after the fire", "two weeks later": a date counted
			// from an event, not from the publication
			if _, isUnit := eventUnits[s.word(j)]; isUnit && eventAnchors[s.word(j+1)] {
				return j + 2, timeRef{kind: whenAfterEvent, needsRef: true}, true
			}
		}
	}
	return i, timeRef{}, false
}

// partOf reads "end of July", "beginning of 2024", "middle of March" at
// token i: a part of a month or a year, as "late July" is.
func (s *dateScanner) partOf(i int) (int, timeRef, bool) {
	var sub int8
	switch s.word(i) {
	case "beginning", "start":
		sub = 1
	case "middle":
		sub = 2
	case "end":
		sub = 3
	}
	if sub == 0 || s.word(i+1) != "of" {
		return i, timeRef{}, false
	}
	k, w, ok := s.parseWhen(i + 2)
	if !ok || w.kind != whenMonth && w.kind != whenYear {
		return i, timeRef{}, false
	}
	w.sub, w.approx = sub, true
	return k, w, true
}

// relYear reads "[of] last year", "this year", "next year" after a month or
// a day without its year, at token j, and returns the index after it.
func (s *dateScanner) relYear(j int, w *timeRef) int {
	k := j
	if s.punct(k, ",") {
		k++
	}
	if s.word(k) == "of" {
		k++
	}
	var rel int8
	switch s.word(k) {
	case "last", "previous":
		rel = -1
	case "this":
		rel = 0
	case "next":
		rel = 1
	default:
		return j
	}
	if s.word(k+1) != "year" {
		return j
	}
	w.yrel, w.hasYrel = rel, true
	return k + 2
}

// prevWord returns the lower-case word before token i, looking past a
// hyphen ("mid-December").
func (s *dateScanner) prevWord(i int) string {
	if s.isDash(i-1) && s.tight(i-2) {
		return s.word(i - 2)
	}
	return s.word(i - 1)
}

// parseRelative reads "last week", "this month", "next year", "earlier
// this week", "the coming weeks" is not a reference; "last Thursday",
// "next weekend", "last night", "this morning".
func (s *dateScanner) parseRelative(i int) (int, timeRef, bool) {
	j := i
	part := int8(0)
	switch s.word(j) {
	case "earlier", "later":
		if s.word(j+1) != "this" {
			return i, timeRef{}, false
		}
		part = -1
		if s.word(j) == "later" {
			part = 1
		}
		j++
	}
	off := 0
	switch s.word(j) {
	case "last", "past", "previous":
		off = -1
	case "this":
		off = 0
	case "next", "coming":
		off = 1
	default:
		return i, timeRef{}, false
	}
	j++
	nw := s.word(j)
	switch {
	case nw == "night" && off == -1:
		return j + 1, timeRef{kind: whenDayOff, off: -1, needsRef: true}, true
	case dayParts[nw] && off == 0:
		return j + 1, timeRef{kind: whenDayOff, off: 0, needsRef: true}, true
	case nw == "weekend":
		return j + 1, timeRef{kind: whenWeekend, off: off, needsRef: true}, true
	}
	if wd, ok := weekdays[nw]; ok && s.toks[j].cap && part == 0 {
		k := j + 1
		if dayParts[s.word(k)] {
			k++
		}
		return k, timeRef{kind: whenWeekday, wd: wd, off: off, needsRef: true}, true
	}
	if m, abbr, ok := s.month(j); ok && !abbr && part == 0 && off != 0 {
		return j + 1, timeRef{kind: whenMonth, m: m, off: off, needsRef: true}, true
	}
	if m, ok := seasonWords[nw]; ok && part == 0 && !(s.word(i) == "past" || s.word(i) == "previous" || s.word(i-1) == "the") {
		return j + 1, timeRef{kind: whenSeason, m: m, off: off, needsRef: true, approx: true}, true
	}
	if u, ok := unitWords[nw]; ok && !strings.HasSuffix(nw, "s") && (u == unitWeek || u == unitMonth || u == unitYear) {
		// "the past year" is a span back from publication (a timePhrase), not the calendar year
		if s.word(j-1) == "past" || s.word(j-1) == "previous" || s.word(i-1) == "the" {
			return i, timeRef{}, false
		}
		return j + 1, timeRef{kind: whenUnitOff, timeUnit: u, off: off, part: part, needsRef: true}, true
	}
	return i, timeRef{}, false
}
