package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// figTokKind is the kind of a token of the figure parser.
type figTokKind uint8

const (
	figWord figTokKind = iota // letters, with inner apostrophes and dots ("don't", "a.m")
	figNum                    // digits with thousands commas and a decimal point
	figSym                    // one other character: "£", "%", "-", "(", …
)

// figTok is one token of a sentence, with its byte offsets in the article.
type figTok struct {
	start, end int
	text       string // as written (a possessive "’s" is cut off)
	low        string // lower case of text
	kind       figTokKind
	space      bool    // whitespace (or the sentence start) comes before it
	poss       bool    // a possessive: "Yard’s", "months’"
	val        float64 // figNum: the value
	frac       int     // figNum: digits after the decimal point
	comma      bool    // figNum: written with thousands separators
}

// capital reports whether a word starts with an upper-case letter.
func (t figTok) capital() bool {
	if t.kind != figWord {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// allCaps reports whether a word of two or more letters is in capitals
// ("NHS", "NATO"), allowing a plural "s" ("MPs").
func (t figTok) allCaps() bool {
	if t.kind != figWord || len(t.text) < 2 {
		return false
	}
	s := strings.TrimSuffix(t.text, "s")
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return len(s) >= 2
}

// figTokenize splits text[start:end] into tokens with absolute offsets.
func figTokenize(text string, start, end int) []figTok {
	return appendFigTokens(make([]figTok, 0, (end-start)/5+4), text, start, end, nil)
}

// appendFigTokens appends the tokens of text[start:end] to toks and
// returns it, so that a caller tokenising sentence after sentence reuses
// one buffer (see figTokenize). Words are put in lower case through lc,
// which may be nil.
func appendFigTokens(toks []figTok, text string, start, end int, lc *lowerCache) []figTok {
	space := true
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			t := figNumber(text, i, end)
			t.space = space
			toks = append(toks, t)
			i = t.end
		case unicode.IsLetter(r):
			t := figWordTok(text, i, end, lc)
			t.space = space
			toks = append(toks, t)
			i = t.end
			if t.poss && i < end && (text[i] == '\'' || strings.HasPrefix(text[i:end], "’")) {
				// plural possessive "months’": the apostrophe belongs to the word
				if text[i] == '\'' {
					i++
				} else {
					i += len("’")
				}
			}
		default:
			toks = append(toks, figTok{start: i, end: i + n, text: text[i : i+n], low: text[i : i+n], kind: figSym, space: space})
			i += n
		}
		space = false
	}
	return toks
}

// figNumber reads digits with thousands commas ("4,800") and a decimal
// point ("2.3") starting at i.
func figNumber(text string, i, end int) figTok {
	j := i
	comma, frac, dot := false, 0, false
	for j < end {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			if dot {
				frac++
			}
			j++
			continue
		case c == ',' && !dot && j+3 < end+1 && figDigits(text, j+1, end) == 3:
			comma = true
			j++
			continue
		case c == '.' && !dot && j+1 < end && text[j+1] >= '0' && text[j+1] <= '9':
			dot = true
			j++
			continue
		}
		break
	}
	return figTok{start: i, end: j, text: text[i:j], low: text[i:j], kind: figNum, val: figNumberValue(text[i:j], comma), frac: frac, comma: comma}
}

// figNumberValue parses the digits of a number read by figNumber, its
// thousands commas left out: a number without them is parsed as written,
// one with them copied without them into a buffer on the stack, so that
// reading a number allocates nothing.
func figNumberValue(s string, comma bool) float64 {
	if !comma {
		v, _ := strconv.ParseFloat(s, 64)
		return v
	}
	var buf [64]byte
	b := buf[:0]
	for k := 0; k < len(s); k++ {
		if s[k] != ',' {
			b = append(b, s[k])
		}
	}
	v, _ := strconv.ParseFloat(string(b), 64)
	return v
}

// figDigits counts the digits at text[i:] up to end.
func figDigits(text string, i, end int) int {
	n := 0
	for i+n < end && text[i+n] >= '0' && text[i+n] <= '9' {
		n++
	}
	return n
}

// figWordTok reads a word starting at i: letters, with an inner apostrophe
// ("don’t") and inner dots of abbreviations ("a.m"). A possessive "’s" or
// a plural possessive "s’" marks the word as possessive.
func figWordTok(text string, i, end int, lc *lowerCache) figTok {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(text[j:end])
		if unicode.IsLetter(r) {
			j += n
			continue
		}
		if (r == '\'' || r == '’' || r == '.') && j+n < end {
			r2, _ := utf8.DecodeRuneInString(text[j+n : end])
			if unicode.IsLetter(r2) && (r != '.' || j+n+1 < end && text[j+n+1] == '.') {
				j += n
				continue
			}
		}
		break
	}
	t := figTok{start: i, end: j, text: text[i:j], kind: figWord}
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(t.text, suf) && len(t.text) > len(suf) {
			t.text, t.poss = t.text[:len(t.text)-len(suf)], true
		}
	}
	if !t.poss && strings.HasSuffix(t.text, "s") && j < end && (text[j] == '\'' || strings.HasPrefix(text[j:end], "’")) {
		after := j + 1
		if text[j] != '\'' {
			after = j + len("’")
		}
		if after < end && text[after] == ' ' {
			t.poss = true
		}
	}
	t.low = lowerASCII(t.text, lc)
	return t
}
