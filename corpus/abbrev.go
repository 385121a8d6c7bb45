package corpus

import (
	"strings"
	"unicode"
)

// An acronym defined in the text: "the Civil and Public Services union
// (CPS)" or "NICE (National Institute for Health and Care Excellence)".
// The long form is found in the manner of Schwartz and Hearst (2003, "A
// simple algorithm for identifying abbreviation definitions in biomedical
// text"): the letters of the short form are matched against the words
// before the parenthesis. Word initials are tried first, so that "Civil
// and Public Services union" is read by its initials ("and" skipped), and
// a lower-case head noun after the last matched word ("union") belongs to
// the long form; then any letters in order, as Schwartz and Hearst do.
type acronymDef struct {
	Short, Long         string
	ShortSpan, LongSpan Span
	// LongFrom and LongTo are the index range [from, to) of the long form's words in
	// the sentence's words.
	LongFrom, LongTo int
}

// connectorWords may stand inside a name without being capitalised.
var connectorWords = wordSet(`of for and the & de du des la le van von der den da di del y on upon in at to`)

// acronymDefs finds the acronym definitions of one sentence, whose words
// are ws.
func acronymDefs(text string, s Sentence, ws []word) []acronymDef {
	var out []acronymDef
	for i, w := range ws {
		if !strings.HasSuffix(strings.TrimRight(w.Gap, " "), "(") {
			continue
		}
		// the parenthesis holds words i .. j-1
		c := strings.IndexByte(text[w.Start:s.End], ')')
		if c < 0 {
			continue
		}
		c += w.Start
		j := i
		for j < len(ws) && ws[j].Start < c {
			j++
		}
		if j-i > 10 || strings.ContainsAny(text[w.Start:c], "(;:") {
			continue
		}
		if j-i == 1 && w.acronym() && !w.Possessive {
			// Long Form (LF)
			if d, ok := longFormBefore(text, ws, i, w); ok {
				out = append(out, d)
			}
			continue
		}
		// LF (Long Form): the word before the parenthesis is the acronym
		if i == 0 || !ws[i-1].acronym() || j-i < 2 {
			continue
		}
		short := ws[i-1]
		from := i
		if ws[from].lower() == "the" {
			from++
		}
		if from < j && matchInitials(shortLetters(short.Text), ws[from:j]) == j-from {
			out = append(out, acronymDef{Short: short.Text, ShortSpan: Span{short.Start, short.Start + len(short.Text)},
				Long: text[ws[from].Start : ws[j-1].Start+len(ws[j-1].Text)], LongSpan: Span{ws[from].Start, ws[j-1].Start + len(ws[j-1].Text)},
				LongFrom: from, LongTo: j})
		}
	}
	return out
}

// shortLetters is the short form's letters and digits in lower case,
// without a plural "s" ("MEPs" → "mep").
func shortLetters(s string) []rune {
	if strings.HasSuffix(s, "s") && isAcronym(s) && len(s) > 2 {
		s = s[:len(s)-1]
	}
	var out []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			out = append(out, r)
		}
	}
	return out
}

// longFormBefore finds the long form of the acronym ws[i] among the words
// before it, within the same clause.
func longFormBefore(text string, ws []word, i int, short word) (acronymDef, bool) {
	letters := shortLetters(short.Text)
	if len(letters) < 2 {
		return acronymDef{}, false
	}
	maxWords := len(letters) + 5
	if 2*len(letters) < maxWords {
		maxWords = 2 * len(letters)
	}
	lo := i - maxWords
	if lo < 0 {
		lo = 0
	}
	// stop at punctuation before the parenthesis (a comma may stand in a
	// long form: "Ministry of Housing, Communities and Local Government")
	for k := i - 1; k > lo; k-- {
		if g := strings.TrimSpace(ws[k].Gap); g != "" && g != "," {
			lo = k
			break
		}
	}
	// try every start, shortest first, by initials then by letters
	best := -1
	for from := i - 1; from >= lo; from-- {
		if !ws[from].capital() && !unicode.IsDigit(firstRune(ws[from].Text)) {
			continue
		}
		if matchInitials(letters, ws[from:i]) == i-from {
			best = from
			break
		}
	}
	if best < 0 {
		for from := i - 1; from >= lo; from-- {
			if !ws[from].capital() {
				continue
			}
			if matchLetters(letters, ws[from:i]) {
				best = from
				break
			}
		}
	}
	if best < 0 {
		return acronymDef{}, false
	}
	last := ws[i-1]
	return acronymDef{Short: short.Text, ShortSpan: Span{short.Start, short.Start + len(short.Text)},
		Long: nameText(text, ws[best:i]), LongSpan: Span{ws[best].Start, last.Start + len(last.Text)},
		LongFrom: best, LongTo: i}, true
}

// wordsText joins words with single spaces, without a final possessive.
func wordsText(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
		if w.Possessive && i < len(ws)-1 {
			parts[i] = w.Text + "'s"
		}
	}
	return strings.Join(parts, " ")
}

// matchInitials matches the letters to the initials of ws, in order:
// connector words may be skipped, and up to two lower-case words may
// follow the last matched word ("union"). It returns how many words took
// part (len(ws) when all did), or 0 when the letters do not match.
func matchInitials(letters []rune, ws []word) int {
	// trailing lower-case head nouns
	end := len(ws)
	for t := 0; t < 2 && end > 0 && !ws[end-1].capital() && !connectorWords[ws[end-1].lower()] && !isAcronym(ws[end-1].Text); t++ {
		if !genericOrgNouns[ws[end-1].lower()] && !orgWords[ws[end-1].lower()] {
			break
		}
		end--
	}
	for e := len(ws); e >= end; e-- {
		if initialsMatch(letters, ws[:e]) {
			return len(ws)
		}
	}
	return 0
}

// initialsMatch reports whether letters spell the initials of ws, where a
// connector word may give its initial or be skipped, and a word may give
// more than its initial only as a prefix ("MoD": Ministry of Defence).
func initialsMatch(letters []rune, ws []word) bool {
	if len(ws) == 0 {
		return len(letters) == 0
	}
	if len(letters) == 0 {
		return false
	}
	lw := ws[0].lower()
	if connectorWords[lw] && initialsMatch(letters, ws[1:]) {
		return true
	}
	// the word gives a prefix of itself of length 1..n
	n := 0
	for _, r := range lw {
		if n >= len(letters) || r != letters[n] || n > 0 && !unicode.IsLetter(r) {
			break
		}
		n++
		if initialsMatch(letters[n:], ws[1:]) {
			return true
		}
	}
	return false
}

// matchLetters is Schwartz and Hearst's test: every letter of the short
// form occurs in the long form in order, the first at the start of a word,
// and every word of the long form holds a matched letter or is a
// connector.
func matchLetters(letters []rune, ws []word) bool {
	long := []rune(strings.ToLower(wordsText(ws)))
	li := len(long) - 1
	for si := len(letters) - 1; si >= 0; si-- {
		c := letters[si]
		for li >= 0 && (long[li] != c || (si == 0 && li > 0 && (unicode.IsLetter(long[li-1]) || unicode.IsDigit(long[li-1])))) {
			li--
		}
		if li < 0 {
			return false
		}
		li--
	}
	// the first letter must open the first word
	return li < 0 || long[li] == ' '
}
