package corpus

import "strings"

// The direction of a relative expression ("on Thursday", "in March") comes
// from the verb that governs it, not from the nearest tense word of the
// sentence: in "the government was preparing for the measures to be voted
// on Thursday" the vote is ahead although "was" is the sentence's tense.
// tenseAt reads the expression's clause (bounded by ; : dashes, brackets
// and quotation marks) back from the expression to the first verb group
// that marks tense, then forward ("On Thursday, the board met"; "HP on
// Monday said"); only when the clause has none does the rest of the
// sentence decide.
//
// Verb groups and what they say:
//   - past: "said", "voted", "was", "had", "took" (a participle after a form
//     of "be" is passive: its auxiliary decides, "will be held", "was held");
//   - future: will, shall, would (unless "would have"), may, might, must,
//     should, can (unless followed by "have"), "to be", "is to", "are due
//     to", "expected to", "plans to", "aims to", "urged them to";
//   - present: "is", "are" (not before a participle: "is accused of" is a
//     state), "is meeting": a bare weekday is the coming one (or the
//     publication day), a month the nearest;
//     verbs of scheduled happenings in the present ("meets", "opens",
//     "ends", "talks resume") read the same way;
//   - reporting verbs in the present ("says Monday", "tells") point back: the
//     news agencies' "X says Monday" is the day it was said.
//
// Reported speech: "said it would strike on Thursday" is governed by "would
// strike" and points forward from publication. News reports a promise or a
// plan while it is still ahead; once it has happened they write "struck".

// tense is the direction a clause gives a relative expression: "said on
// Tuesday" points back, "will strike on Thursday" forward, "meets on
// Thursday" (present, scheduled) forward from the publication day.
type dateTense uint8

const (
	tenseNeutral dateTense = iota
	tensePast
	tenseFuture
	tensePresent
)

// futureBeforeTo are words that point forward when "to" follows ("set to
// walk out", "plans to hold", "due to be axed").
var futureBeforeTo = map[string]bool{
	"set": true, "due": true, "expected": true, "scheduled": true, "planned": true, "plans": true, "plan": true,
	"planning": true, "going": true, "intends": true, "intend": true, "intending": true, "aims": true, "aim": true,
	"aiming": true, "poised": true, "preparing": true, "prepares": true, "threatening": true, "threatens": true,
	"vowed": true, "vows": true, "promised": true, "promises": true, "pledged": true, "pledges": true, "hopes": true,
	"hoping": true, "hope": true, "likely": true, "about": true, "ready": true, "slated": true, "bound": true,
	"agreed": true, "agrees": true, "agree": true, "decided": true, "decides": true, "want": true, "wants": true,
	"wanted": true, "wanting": true, "needs": true, "seeks": true, "seeking": true, "seek": true, "tipped": true,
	"looks": true, "looking": true,
	"is": true, "are": true, "am": true, "was": true, "were": true,
}

// objectBeforeTo are verbs whose object comes before "to": "urging them to
// pass", "expects the deal to close". Verbs of a result ("forcing the
// company to file on Monday") are not among them: that happened.
var objectBeforeTo = map[string]bool{
	"urging": true, "urged": true, "urges": true, "urge": true, "asked": true, "asking": true, "asks": true,
	"told": true, "ordered": true, "orders": true, "called": true, "calling": true, "pressing": true,
	"pressed": true, "expects": true, "expect": true, "expected": true, "wants": true, "want": true, "wanted": true,
	"invited": true, "inviting": true,
}

// toDeterminers after "due to" make it "because of" ("due to the strike"),
// not a plan ("due to close").
var toDeterminers = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "this": true,
	"that": true, "these": true, "those": true, "our": true, "my": true, "heavy": true, "high": true, "low": true,
	"poor": true, "bad": true, "lack": true, "concerns": true,
}

// futureWords point forward on their own.
var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "upcoming": true, "forthcoming": true, "scheduled": true,
	"planned": true, "tomorrow": true, "next": true, "coming": true,
}

// modals point forward unless "have" follows ("may have left": past).
var modals = map[string]bool{
	"may": true, "might": true, "must": true, "should": true, "can": true, "could": true,
}

// scheduleParticiples after "is"/"are" say a happening is arranged:
// "the vote is held on Thursday", "the rally is due on Saturday".
var scheduleParticiples = map[string]bool{
	"held": true, "scheduled": true, "planned": true, "due": true, "set": true, "slated": true, "expected": true,
	"timed": true, "booked": true, "pencilled": true, "penciled": true, "fixed": true, "staged": true,
}

// arrangedParticiples after "was", "were" or "been" say a happening was
// arranged and is still ahead: "a hearing has been scheduled", "the vote
// was postponed until Friday".
var arrangedParticiples = map[string]bool{
	"scheduled": true, "rescheduled": true, "planned": true, "slated": true, "due": true, "booked": true,
	"pencilled": true, "penciled": true, "timed": true, "postponed": true, "adjourned": true, "deferred": true,
}

// presentVerbs are present-tense verbs of scheduled happenings: "the court
// meets on Thursday", "talks resume on Monday".
var presentVerbs = map[string]bool{
	"meets": true, "opens": true, "starts": true, "begins": true, "resumes": true, "closes": true, "arrives": true,
	"reopens": true, "convenes": true, "reconvenes": true, "testifies": true, "appears": true, "expires": true,
	"kicks": true, "goes": true, "comes": true, "leaves": true, "gets": true, "decides": true, "sits": true,
	"travels": true, "heads": true, "hosts": true, "faces": true, "plays": true, "takes": true, "holds": true,
	"meet": true, "resume": true, "reconvene": true, "convene": true, "begin": true, "reopen": true,
	"arrive": true, "testify": true, "expire": true, "gather": true, "kick": true, "ends": true,
}

// reportVerbs in the present tell what was said, at or before
// publication: "the minister says Monday".
var reportVerbs = map[string]bool{
	"says": true, "say": true, "tells": true, "reports": true, "announces": true, "confirms": true,
	"claims": true, "insists": true, "adds": true, "notes": true, "warns": true, "argues": true, "writes": true,
	"explains": true, "admits": true, "denies": true, "reveals": true,
}

// pastWords point back: irregular past forms and auxiliaries.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true, "been": true, "ago": true, "said": true, "told": true,
	"took": true, "began": true, "begun": true, "went": true, "came": true, "made": true, "met": true, "held": true,
	"left": true, "saw": true, "gave": true, "found": true, "got": true, "ran": true, "spoke": true, "wrote": true,
	"broke": true, "fell": true, "won": true, "lost": true, "sent": true, "paid": true, "kept": true, "brought": true,
	"thought": true, "stood": true, "led": true, "rose": true, "struck": true, "chose": true, "drew": true,
	"drove": true, "flew": true, "grew": true, "knew": true, "threw": true, "sold": true, "sought": true,
	"fought": true, "caught": true, "taught": true, "bought": true, "felt": true, "heard": true, "meant": true,
	"built": true, "spent": true, "sat": true, "shot": true, "became": true, "earlier": true,
	"previously": true, "previous": true, "yesterday": true, "recently": true, "announced": true,
	"walked": true, "voted": true, "killed": true, "died": true, "arrested": true, "charged": true, "released": true,
	"given": true, "taken": true, "shown": true, "seen": true, "done": true, "gone": true, "written": true,
	"spoken": true, "broken": true, "chosen": true, "fallen": true, "driven": true, "stolen": true, "hit": true,
	"stole": true, "hid": true, "fled": true, "wore": true, "tore": true, "swore": true, "shook": true,
	"woke": true, "froze": true, "forgot": true, "rode": true, "rang": true, "sang": true, "sank": true,
	"swam": true, "slid": true, "stuck": true, "swept": true, "wept": true, "slept": true, "lent": true,
	"dealt": true, "lit": true, "laid": true, "blew": true, "withdrew": true, "overtook": true, "undertook": true,
	"arose": true, "oversaw": true, "underwent": true, "overcame": true, "upheld": true, "withheld": true,
	"ate": true, "hung": true, "drank": true, "shrank": true, "swung": true, "flung": true, "knelt": true,
	"leapt": true, "misled": true, "overthrew": true, "forbade": true, "bore": true,
	"didn": true, "wasn": true, "weren": true, "hadn": true,
}

// notPastEd are words ending in "ed" that are not past verbs.
var notPastEd = map[string]bool{
	"need": true, "hundred": true, "red": true, "bed": true, "speed": true, "indeed": true, "seed": true,
	"feed": true, "proceed": true, "succeed": true, "exceed": true, "breed": true, "greed": true, "shed": true,
	"united": true, "based": true, "aged": true, "armed": true, "skilled": true, "advanced": true, "detailed": true,
	"limited": true, "supposed": true, "concerned": true, "interested": true, "alleged": true, "related": true,
	"scheduled": true, "planned": true, "expected": true, "proposed": true, "wed": true, "ted": true, "fred": true,
	"ned": true, "med": true, "biased": true, "unprecedented": true, "dedicated": true,
	"sacred": true, "naked": true, "wicked": true, "beloved": true, "embed": true, "reed": true, "weed": true,
}

// beForms take a participle as passive or a state: the form of "be"
// decides ("was held", "will be held", "is accused").
var beForms = map[string]bool{
	"be": true, "being": true, "get": true, "getting": true, "is": true, "are": true, "am": true,
	"was": true, "were": true, "been": true,
}

// tenseWindow bounds how many tokens either side of an expression are read
// for its tense: a clause, and linear time on run-on text.
const tenseWindow = 40

// tenseAt decides the direction for the expression spanning tokens
// [from, to]: the verb group governing it in its clause (back, then
// forward, stepping over bracketed and dashed asides), else the nearest
// tense marker in the sentence.
func (s *dateScanner) tenseAt(from, to int) dateTense {
	t, _ := s.governing(from, to)
	return t
}

// governing is tenseAt with the index of the token that decided (-1 when
// none did).
func (s *dateScanner) governing(from, to int) (dateTense, int) {
	for k := from - 1; k >= 0 && k >= from-tenseWindow; k-- {
		if j, ok := s.asideBefore(k); ok {
			k = j
			continue
		}
		if s.clauseEdge(k) {
			break
		}
		if t, ok := s.markerCached(k); ok {
			return t, k
		}
		if clauseOpeners[s.word(k)] {
			break // "they did say that after April 29 customers will register": the clause starts here
		}
	}
	for k := to + 1; k < len(s.toks) && k <= to+tenseWindow; k++ {
		if j, ok := s.asideAfter(k); ok {
			k = j
			continue
		}
		if s.clauseEdge(k) {
			break
		}
		if t, ok := s.markerCached(k); ok {
			return t, k
		}
	}
	return s.sentenceTense(from, to)
}

// sentenceTense is the nearest tense marker before the expression in the
// sentence, else after it (within tenseWindow tokens), else neutral.
func (s *dateScanner) sentenceTense(from, to int) (dateTense, int) {
	for k := from - 1; k >= 0 && k >= from-tenseWindow; k-- {
		if t, ok := s.markerCached(k); ok {
			return t, k
		}
	}
	for k := to + 1; k < len(s.toks) && k <= to+tenseWindow; k++ {
		if t, ok := s.markerCached(k); ok {
			return t, k
		}
	}
	return tenseNeutral, -1
}

// clauseOpeners start a subordinate clause: reading back from an
// expression, the clause's verbs end at them.
var clauseOpeners = map[string]bool{
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true, "whether": true,
	"if": true, "because": true, "although": true, "though": true, "while": true, "whereas": true,
}

// shortQuote reports whether a quotation mark at k opens (dir +1) or closes
// (dir -1) a quote of at most five tokens ("a so-called "out-of-band"
// update"), and returns its other mark: a quoted word, not a clause.
func (s *dateScanner) shortQuote(k, dir int) (int, bool) {
	if !s.quoteMark(k) {
		return k, false
	}
	for j, n := k+dir, 0; j >= 0 && j < len(s.toks) && n < 6; j, n = j+dir, n+1 {
		if s.quoteMark(j) {
			return j, true
		}
	}
	return k, false
}

func (s *dateScanner) quoteMark(k int) bool {
	return s.punct(k, "\"") || s.punct(k, "“") || s.punct(k, "”")
}

// spacedDash reports whether token k is a dash set off by spaces (" – ",
// " -- "), which opens or closes an aside; it returns the dash's last token.
func (s *dateScanner) spacedDash(k int) (int, bool) {
	if !s.isDash(k) || (k > 0 && !s.toks[k-1].spaceAfter) {
		return k, false
	}
	if s.toks[k].spaceAfter {
		return k, true
	}
	if s.isDash(k+1) && s.toks[k+1].spaceAfter { // "--"
		return k + 1, true
	}
	return k, false
}

// asideAfter reports whether an aside (in brackets or between spaced
// dashes) opens at token k, and returns its closing token, so a forward
// scan steps over it: "On Sunday, the countries -- that is, those which
// use the euro -- had agreed".
func (s *dateScanner) asideAfter(k int) (int, bool) {
	if j, ok := s.shortQuote(k, 1); ok {
		return j, true
	}
	end := min(len(s.toks), k+tenseWindow)
	if s.punct(k, "(") || s.punct(k, "[") {
		for j := k + 1; j < end; j++ {
			if s.punct(j, ")") || s.punct(j, "]") {
				return j, true
			}
		}
		return k, false
	}
	if d, ok := s.spacedDash(k); ok {
		for j := d + 1; j < end; j++ {
			if e, ok := s.spacedDash(j); ok {
				return e, true
			}
		}
	}
	return k, false
}

// asideBefore is asideAfter for a backward scan: token k closes an aside;
// it returns the aside's opening token.
func (s *dateScanner) asideBefore(k int) (int, bool) {
	if j, ok := s.shortQuote(k, -1); ok {
		return j, true
	}
	stop := max(0, k-tenseWindow)
	if s.punct(k, ")") || s.punct(k, "]") {
		for j := k - 1; j >= stop; j-- {
			if s.punct(j, "(") || s.punct(j, "[") {
				return j, true
			}
		}
		return k, false
	}
	if s.isDash(k) && s.toks[k].spaceAfter {
		first := k
		if s.isDash(k-1) && !s.toks[k-1].spaceAfter {
			first = k - 1
		}
		if first > 0 && s.toks[first-1].spaceAfter {
			for j := first - 1; j >= stop; j-- {
				if s.isDash(j) && j > 0 && s.toks[j-1].spaceAfter {
					if _, ok := s.spacedDash(j); ok {
						return j, true
					}
				}
			}
		}
	}
	return k, false
}

// clauseEdge reports whether token k bounds a clause: ; : brackets,
// quotation marks and dashes set off by spaces.
func (s *dateScanner) clauseEdge(k int) bool {
	t := s.toks[k]
	if t.kind != tokPunct {
		return false
	}
	switch t.low {
	case ";", ":", "(", ")", "[", "]", "\"", "“", "”":
		return true
	}
	_, ok := s.spacedDash(k)
	return ok
}

// markerCached is marker, remembered per token of the sentence: tenseAt
// reads the same neighbours for each expression of a sentence.
func (s *dateScanner) markerCached(k int) (dateTense, bool) {
	if len(s.marks) != len(s.toks) {
		s.marks = s.marks[:0]
		for range s.toks {
			s.marks = append(s.marks, 0)
		}
	}
	switch m := s.marks[k]; m {
	case 0:
		t, ok := s.marker(k)
		if !ok {
			s.marks[k] = 1
			return 0, false
		}
		s.marks[k] = 2 + uint8(t)
		return t, true
	case 1:
		return 0, false
	default:
		return dateTense(m - 2), true
	}
}

// nextContent returns the index of the first word after k that is not a
// negation or a plain adverb ("is not expected", "will now meet").
func (s *dateScanner) nextContent(k int) int {
	j := k + 1
	for n := 0; n < 3; n++ {
		switch s.word(j) {
		case "not", "also", "still", "now", "already", "currently", "then", "only", "just", "n":
			j++
			continue
		case "t":
			if s.punct(j-1, "'") || s.punct(j-1, "’") {
				j++
				continue
			}
		}
		if s.punct(j, "'") || s.punct(j, "’") {
			j++
			continue
		}
		break
	}
	return j
}

// participle reports whether w reads as a past participle.
func participle(w string) bool {
	return pastWords[w] || scheduleParticiples[w] || (len(w) > 3 && strings.HasSuffix(w, "ed") && !notPastEd[w]) ||
		notPastEd[w] && strings.HasSuffix(w, "ed")
}

// marker reports whether token k marks tense, and which.
func (s *dateScanner) marker(k int) (dateTense, bool) {
	if s.toks[k].kind != tokWord {
		return 0, false
	}
	w := s.toks[k].low
	// contractions: we'll, won't
	if w == "ll" && (s.punct(k-1, "'") || s.punct(k-1, "’")) {
		return tenseFuture, true
	}
	if w == "won" && (s.punct(k+1, "'") || s.punct(k+1, "’")) && s.word(k+2) == "t" {
		return tenseFuture, true
	}
	next := s.word(k + 1)
	switch {
	case w == "to":
		prev := s.word(k - 1)
		switch {
		case next == "be" || next == "have" && s.word(k+2) == "been":
			return tenseFuture, true
		case futureBeforeTo[prev] && s.toInfinitive(k+1):
			if s.word(k-2) == "had" || s.word(k-2) == "d" {
				return tensePast, true // "had expected to testify on Thursday": a plan that lapsed
			}
			return tenseFuture, true
		case objectBeforeTo[s.word(k-2)] || objectBeforeTo[s.word(k-3)] && s.word(k-2) == "the":
			return tenseFuture, true
		}
		return 0, false
	case next == "to" && futureBeforeTo[w] && !beForms[w] && s.toInfinitive(k+2):
		if s.word(k-1) == "had" || s.word(k-1) == "d" {
			return tensePast, true
		}
		return tenseFuture, true // "agreed to meet", not "agreed to a deal"
	case w == "would" || modals[w] || w == "wouldn" || w == "shouldn" || w == "mustn":
		if w == "may" && s.toks[k].cap {
			return 0, false // the month, or a name
		}
		switch s.word(k - 1) {
		case "that", "which", "who":
			// "a box that would hold a shotgun": a relative clause's modal
			// says what something can do, not when the clause happens
			return 0, false
		}
		if j := s.nextContent(k); s.word(j) == "have" || s.word(j) == "ve" {
			return tensePast, true
		}
		if w == "could" {
			return 0, false // "could not attend on Monday": either way
		}
		return tenseFuture, true
	case futureWords[w]:
		return tenseFuture, true
	case (w == "was" || w == "were" || w == "been") && arrangedParticiples[s.word(s.nextContent(k))]:
		return tenseFuture, true
	case w == "been" && s.word(k-1) == "have" && (futureWords[s.word(k-2)] || s.word(k-2) == "ll"):
		return tenseFuture, true // "will have been sold by June 26"
	case w == "am" && k > 0 && s.toks[k-1].kind == tokNum:
		return 0, false // "1:00 am"
	case w == "isn" || w == "aren":
		return tensePresent, true
	case w == "is" || w == "are" || w == "am":
		j := s.nextContent(k)
		nw := s.word(j)
		switch {
		case nw == "to" && s.toInfinitive(j+1):
			return tenseFuture, true
		case scheduleParticiples[nw]:
			return tenseFuture, true
		case participle(nw):
			return 0, false // a state: "is accused of"; the clause's other verbs decide
		}
		return tensePresent, true
	case presentVerbs[w] && s.subjectBefore(k):
		return tensePresent, true // a scheduled happening: "the museum opens on Monday"
	case reportVerbs[w] && s.subjectBefore(k):
		return tensePast, true
	}
	past := pastWords[w] || (len(w) > 3 && strings.HasSuffix(w, "ed") && !notPastEd[w])
	if !past || w == "called" && s.isDash(k-1) && s.word(k-2) == "so" { // "so-called" is no verb
		return 0, false
	}
	// a participle after a form of "be" is passive: its auxiliary
	// ("will be held", "was held", "is held") decides
	if beForms[s.word(s.prevContent(k))] {
		return 0, false
	}
	return tensePast, true
}

// prevContent returns the index of the first word before k that is not a
// negation or an adverb ("is officially reported", "was not held").
func (s *dateScanner) prevContent(k int) int {
	j := k - 1
	for n := 0; n < 2; n++ {
		w := s.word(j)
		if w == "not" || w == "also" || w == "already" || w == "still" || w == "never" || w == "being" && beForms[s.word(j-1)] ||
			len(w) > 4 && strings.HasSuffix(w, "ly") {
			j--
			continue
		}
		break
	}
	return j
}

// perfectAt reports whether the past marker at token k belongs to a
// present perfect ("has worked", "'s been", "have been engaging"): a
// duration then runs up to publication. "had worked" and "worked" do not
// say when the span ended.
func (s *dateScanner) perfectAt(k int) bool {
	for j, n := k-1, 0; j >= 0 && n < 4; j, n = j-1, n+1 {
		switch w := s.word(j); w {
		case "has", "have", "having", "ve":
			return true
		case "s":
			return s.punct(j-1, "'") || s.punct(j-1, "’")
		case "been", "not", "also", "already", "only", "just", "now", "long", "since":
			continue
		default:
			if len(w) > 4 && strings.HasSuffix(w, "ly") {
				continue
			}
			return false
		}
	}
	return false
}

// toInfinitive reports whether the word at j, after "to", reads as a verb:
// not a determiner, a number or a capitalised name ("is to be voted", not
// "is to the west").
func (s *dateScanner) toInfinitive(j int) bool {
	if j >= len(s.toks) || s.toks[j].kind != tokWord || s.toks[j].cap {
		return false
	}
	return !toDeterminers[s.toks[j].low] && !monthPreps[s.toks[j].low]
}

// subjectBefore reports whether a present-tense verb at k follows its
// subject rather than a word that makes it a noun or an infinitive ("the
// opens", "to meet", "did not meet").
func (s *dateScanner) subjectBefore(k int) bool {
	if k == 0 {
		return false
	}
	if s.toks[k-1].kind != tokWord {
		return s.toks[k-1].kind == tokPunct && s.punct(k-1, ",") && k >= 2
	}
	switch s.toks[k-1].low {
	case "the", "a", "an", "to", "not", "did", "does", "do", "didn", "doesn", "will", "would", "may", "might",
		"could", "should", "must", "can", "of", "in", "on", "for", "with", "its", "his", "her", "their", "this",
		"that", "these", "those", "new", "first", "next", "last":
		return false
	}
	return true
}

// deadlineNouns after an expression make it a limit still ahead unless
// the clause says it passed ("a May 10 deadline", "the Friday deadline").
var deadlineNouns = map[string]bool{"deadline": true, "deadlines": true, "due": true, "target": true, "cutoff": true}

// phraseTense is the direction for a matched phrase: its clause's tense
// (tenseAt), with deadlines read forward. "by Friday", "by the end of
// January" in a clause that is not past is a limit ahead ("the goal is
// passage by Friday"); a date followed by "deadline" is ahead unless the
// clause is past, and then the nearest such date ("missed the May 10
// deadline").
func (s *dateScanner) phraseTense(p timePhrase) dateTense {
	dir, _ := s.governing(p.from, p.to)
	if dir == tenseFuture {
		return dir
	}
	if deadlineNouns[s.word(p.to+1)] && !(s.word(p.to+1) == "due" && s.word(p.to+2) == "to") {
		if dir == tensePast {
			return tenseNeutral
		}
		return tenseFuture
	}
	if dir != tensePast && s.byDeadline(p.from) {
		return tenseFuture
	}
	if dir == tensePresent && p.op == opPoint && p.a.kind == whenWeekday && p.a.bare {
		// "the main suspect in the Friday afternoon slaying": a weekday
		// naming a noun's time takes no tense from the copula
		switch s.word(p.from - 1) {
		case "the", "a", "an", "that", "its", "his", "her", "their":
			return tenseNeutral
		}
	}
	return dir
}

// byDeadline reports whether the phrase at token i is the limit of "by":
// "by Friday", "by the end of January", "by early June".
func (s *dateScanner) byDeadline(i int) bool {
	if s.word(i) == "by" || s.word(i-1) == "by" {
		return true
	}
	// by the end of / by the middle of / by the start of
	if s.word(i-1) == "of" && s.word(i-3) == "the" && s.word(i-4) == "by" {
		switch s.word(i - 2) {
		case "end", "start", "beginning", "middle", "close":
			return true
		}
	}
	return false
}

// unanchored reports whether a duration ("for 25 years") belongs to a
// past clause that is no present perfect: "he had worked there for 25
// years", "the strike lasted for three days" do not say when the span
// ended, so it cannot be placed from the publication date.
func (s *dateScanner) unanchored(p timePhrase) bool {
	if p.op != opDuration || p.back {
		return false
	}
	dir, k := s.governing(p.from, p.to)
	return dir == tensePast && k >= 0 && !s.perfectAt(k) && s.word(k) != "ago"
}

// nowadaysAfter are nouns that make "today's" mean "nowadays": "today's
// youth", "in today's economy", "tomorrow's world".
var nowadaysAfter = map[string]bool{
	"world": true, "society": true, "youth": true, "young": true, "generation": true, "generations": true,
	"children": true, "kids": true, "teenagers": true, "teens": true, "consumers": true, "families": true,
	"students": true, "parents": true, "culture": true, "standards": true, "economy": true, "economies": true,
	"climate": true, "environment": true, "era": true, "age": true, "life": true, "lives": true, "politics": true,
	"technology": true, "technologies": true, "media": true, "marketplace": true, "people": true,
	"modern": true, "global": true, "digital": true, "fast": true, "competitive": true, "changing": true,
	"connected": true, "workforce": true, "workplace": true, "leaders": true, "cars": true, "jobs": true,
	"musicians": true, "artists": true, "athletes": true, "players": true, "game": true, "society's": true,
}

// nowadaysBefore are nouns that make a following "today" mean "nowadays":
// "the world today", "youth today", "the hottest issues today".
var nowadaysBefore = map[string]bool{
	"world": true, "society": true, "youth": true, "generation": true, "kids": true, "children": true,
	"teenagers": true, "culture": true, "issues": true, "issue": true, "problems": true, "challenges": true,
	"america": true, "britain": true, "europe": true, "china": true, "russia": true, "india": true,
}

// nowadays reports whether "today" or "tomorrow" (the phrase p, resolved
// with direction dir) means the present age or the future in general
// rather than a day: "today's youth", "the world today", "cars of
// tomorrow", "one of the largest costs in data centres today".
func (s *dateScanner) nowadays(p timePhrase, dir dateTense) bool {
	if p.op != opPoint || p.a.kind != whenDayOff || p.from != p.to {
		return false
	}
	w := s.word(p.from)
	if w != "today" && w != "tomorrow" {
		return false
	}
	k := p.to + 1
	if (s.punct(k, "'") || s.punct(k, "’")) && s.word(k+1) == "s" {
		for j := k + 2; j <= k+3 && j < len(s.toks); j++ {
			if nowadaysAfter[s.word(j)] {
				return true
			}
		}
		return false
	}
	before := s.word(p.from - 1)
	if before == "of" {
		switch s.word(p.from - 2) {
		case "as", "end", "start", "rest", "close", "morning", "afternoon", "evening", "events":
			return false
		}
		return true
	}
	if w != "today" {
		return false
	}
	if nowadaysBefore[before] {
		if t, ok := s.markerCached(min(k, len(s.toks)-1)); !ok || t == tensePresent || k >= len(s.toks) {
			return true
		}
	}
	// a comparison with the present: "more efficient than aircraft today"
	for j := p.from - 1; j >= 0 && j >= p.from-6 && s.toks[j].kind == tokWord; j-- {
		if s.word(j) == "than" {
			return true
		}
	}
	if dir != tensePresent {
		return false
	}
	// a present-tense comparison: "one of the largest … today"
	for j := p.from - 1; j >= 0 && j >= p.from-tenseWindow && !s.clauseEdge(j); j-- {
		x := s.word(j)
		if x == "one" && s.word(j+1) == "of" || superlatives[x] && x != "last" && x != "first" ||
			len(x) > 5 && strings.HasSuffix(x, "est") && !notSuperlative[x] {
			return true
		}
	}
	return false
}
