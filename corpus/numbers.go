package corpus

import (
	"strconv"
	"strings"
)

// Number words shared by the date tagger ("for three years") and the figure
// parser ("six people", "twenty-one", "two-thirds").

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}

var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}

// NumberWord reads a number written in words: "six", "twenty-one",
// "forty five", "a hundred", "two hundred and fifty", "three thousand",
// "a dozen". It also reads "two-thirds" and "a half" as fractions. It
// returns false when s is not entirely a number.
func NumberWord(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	// strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }),
	// in an array of the stack for the few words a number has
	var buf [8]string
	words := buf[:0]
	for i := 0; i < len(s); {
		for i < len(s) && (s[i] == ' ' || s[i] == '-') {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' && s[j] != '-' {
			j++
		}
		if j > i {
			words = append(words, s[i:j])
		}
		i = j
	}
	if len(words) == 2 {
		// fractions: "two-thirds", "one half", "a quarter"
		num, ok := smallNumbers[words[0]]
		if words[0] == "a" || words[0] == "an" {
			num, ok = 1, true
		}
		if den, isFrac := fractionWords[words[1]]; ok && isFrac {
			return num / den, true
		}
	}
	switch s {
	case "a dozen", "dozen":
		return 12, true
	case "half", "a half":
		return 0.5, true
	}
	total, cur := 0.0, 0.0
	seen := false
	for i, w := range words {
		switch {
		case w == "and" && seen && i < len(words)-1:
			continue
		case (w == "a" || w == "an") && i == 0 && len(words) > 1:
			cur = 1
			continue
		}
		if v, ok := smallNumbers[w]; ok {
			cur += v
		} else if v, ok := tens[w]; ok {
			cur += v
		} else if w == "dozen" {
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		} else if v, ok := scaleWords[w]; ok {
			if cur == 0 {
				cur = 1
			}
			if v == 100 {
				cur *= v
			} else {
				total += cur * v
				cur = 0
			}
		} else if n, ok := leadingNumber(w, i, len(words)); ok {
			cur = n // "2 million"
		} else {
			return 0, false
		}
		seen = true
	}
	if !seen {
		return 0, false
	}
	return total + cur, true
}

// leadingNumber reads w, the word at i of n, as a number in figures when
// it opens words that go on ("2 million"). Words that cannot be one are
// not handed to strconv.ParseFloat, whose error would be made for nothing.
func leadingNumber(w string, i, n int) (float64, bool) {
	if i != 0 || n <= 1 || w == "" {
		return 0, false
	}
	// what ParseFloat can read starts with a digit, a sign, a point or
	// "inf"/"infinity"/"nan" (w is in lower case)
	switch c := w[0]; {
	case c >= '0' && c <= '9', c == '+', c == '-', c == '.', c == 'i', c == 'n', c == ',':
	default:
		return 0, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	return f, err == nil
}

// IsNumberWord reports whether w alone is a number word ("six", "twenty").
func IsNumberWord(w string) bool {
	w = strings.ToLower(w)
	_, a := smallNumbers[w]
	_, b := tens[w]
	return a || b
}
