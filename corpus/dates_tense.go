package corpus

import "strings"

// tense is the direction a sentence gives a relative expression: "said on
// Tuesday" points back, "will strike on Thursday" forward.
type dateTense uint8

const (
	tenseNeutral dateTense = iota
	tensePast
	tenseFuture
)

// futureBeforeTo are words that point forward when "to" follows ("set to
// walk out", "plans to hold", "due to be axed").
var futureBeforeTo = map[string]bool{
	"set": true, "due": true, "expected": true, "scheduled": true, "planned": true, "plans": true, "plan": true,
	"planning": true, "going": true, "intends": true, "intend": true, "intending": true, "aims": true, "aim": true,
	"poised": true, "preparing": true, "prepares": true, "threatening": true, "threatens": true, "vowed": true,
	"vows": true, "promised": true, "promises": true, "pledged": true, "pledges": true, "hopes": true,
	"hoping": true, "likely": true, "about": true, "ready": true,
}

// futureWords point forward on their own.
var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "upcoming": true, "forthcoming": true, "scheduled": true,
	"planned": true, "tomorrow": true, "next": true, "coming": true,
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

// tenseWindow bounds how many tokens either side of an expression are read
// for its tense: a clause, and linear time on run-on text.
const tenseWindow = 40

// tenseAt decides the direction for the expression spanning tokens
// [from, to]: the nearest tense marker before it in the sentence decides,
// else the nearest after it (within tenseWindow tokens), else it is neutral.
func (s *dateScanner) tenseAt(from, to int) dateTense {
	for k := from - 1; k >= 0 && k >= from-tenseWindow; k-- {
		if t, ok := s.markerCached(k); ok {
			return t
		}
	}
	for k := to + 1; k < len(s.toks) && k <= to+tenseWindow; k++ {
		if t, ok := s.markerCached(k); ok {
			return t
		}
	}
	return tenseNeutral
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
	if s.word(k+1) == "to" && futureBeforeTo[w] {
		return tenseFuture, true
	}
	if futureWords[w] {
		return tenseFuture, true
	}
	past := pastWords[w] || (len(w) > 3 && strings.HasSuffix(w, "ed") && !notPastEd[w])
	if !past {
		return 0, false
	}
	// a participle after "be"/"being"/"to be" is passive: its auxiliary
	// ("will be held", "was held") decides
	switch s.word(k - 1) {
	case "be", "being", "get", "getting":
		return 0, false
	}
	return tensePast, true
}
