package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// abbreviations do not end a sentence when followed by a full stop
// (compared in lower case, without the stop).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "mx": true, "dr": true, "prof": true, "sir": true, "st": true, "mt": true,
	"jr": true, "sr": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "cpl": true, "maj": true,
	"rev": true, "gov": true, "sen": true, "rep": true, "pres": true, "supt": true, "insp": true, "det": true,
	"cllr": true, "hon": true, "rt": true, "inc": true, "ltd": true, "co": true, "corp": true, "bros": true,
	"vs": true, "v": true, "no": true, "nos": true, "fig": true, "approx": true, "dept": true, "univ": true,
	"ave": true, "blvd": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mon": true, "tue": true,
	"tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true, "sun": true,
	"e.g": true, "i.e": true, "a.m": true, "p.m": true, "u.s": true, "u.k": true, "u.n": true, "u.s.a": true,
	"est": true, "op": true, "vol": true, "pp": true, "cf": true, "al": true,
}

// SplitSentences splits each paragraph of text into sentences, keeping
// their byte offsets. Line breaks always end a sentence (headlines and
// captions have no full stop); a full stop after an abbreviation or an
// initial does not, nor does one inside a number ("£1.2bn").
func SplitSentences(text string, paras []Span) []Sentence {
	// the spans are gathered in a lent buffer and the sentences made at
	// their number: the slice is kept for as long as the article
	sc := spanScratches.Get().(*spanScratch)
	defer spanScratches.Put(sc)
	spans, paraOf := sc.spans[:0], sc.paras[:0]
	for pi, p := range paras {
		start := p.Start
		for start < p.End {
			// one line at a time
			end := p.End
			if i := strings.IndexByte(text[start:p.End], '\n'); i >= 0 {
				end = start + i
			}
			n := len(spans)
			spans = appendLineSpans(spans, text, start, end)
			for range len(spans) - n {
				paraOf = append(paraOf, pi)
			}
			start = end + 1
		}
	}
	sc.spans, sc.paras = spans, paraOf
	if len(spans) == 0 {
		return nil
	}
	out := make([]Sentence, len(spans))
	for i, s := range spans {
		out[i] = Sentence{Index: i, Paragraph: paraOf[i], Start: s.Start, End: s.End, Text: text[s.Start:s.End]}
	}
	return out
}

// spanScratch holds the sentence spans of one text while it is split.
type spanScratch struct {
	spans []Span
	paras []int
}

var spanScratches = sync.Pool{New: func() any { return new(spanScratch) }}

// appendLineSpans appends the sentence spans of text[start:end] (one
// line), trimmed of surrounding space, to out.
func appendLineSpans(out []Span, text string, start, end int) []Span {
	emit := func(a, b int) {
		for a < b {
			r, n := utf8.DecodeRuneInString(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			a += n
		}
		for b > a {
			r, n := utf8.DecodeLastRuneInString(text[a:b])
			if !unicode.IsSpace(r) {
				break
			}
			b -= n
		}
		if a < b {
			out = append(out, Span{a, b})
		}
	}
	sent := start
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		j := i + n
		// a run of terminal punctuation ("?!", "...")
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if r2 != '.' && r2 != '!' && r2 != '?' && r2 != '…' {
				break
			}
			j += n2
		}
		// closing quotes and brackets belong to the sentence
		for j < end {
			r2, n2 := utf8.DecodeRuneInString(text[j:end])
			if !strings.ContainsRune("\"'”’)]»", r2) {
				break
			}
			j += n2
		}
		if j >= end {
			break
		}
		if !isSpaceByte(text[j]) {
			i = j
			continue
		}
		k := j
		for k < end && isSpaceByte(text[k]) {
			k++
		}
		if k >= end {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:end])
		if !startsSentence(next) || (r == '.' && j == i+1 && isAbbreviation(text[sent:i])) {
			i = j
			continue
		}
		emit(sent, j)
		sent = k
		i = k
	}
	emit(sent, end)
	return out
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// startsSentence reports whether r can open a sentence.
func startsSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘(£$€[", r)
}

// isAbbreviation reports whether the text before a full stop ends in an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	i := len(before)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(before[:i])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		i -= n
	}
	w := before[i:]
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r) // an initial: "J. K. Rowling"
	}
	if strings.Count(w, ".") > 0 && len(w) <= 6 {
		return true // "U.S", "e.g", "a.m"
	}
	return abbreviations[strings.ToLower(w)]
}
