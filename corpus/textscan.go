package corpus

// Small text helpers that give what the strings package gives (the
// number of fields, fields joined by single spaces, a lower-case form)
// without building the slices and copies the analysis would drop at once.
// Each one says which strings call it stands for, and gives exactly that.

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// spaceByte marks the ASCII bytes unicode.IsSpace reports as spaces, as
// strings.Fields reads them.
var spaceByte = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fieldCount is len(strings.Fields(s)), counted without the slice.
func fieldCount(s string) int {
	n := 0
	in := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		i += size
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// joinFields is strings.Join(strings.Fields(s), " "). When s is already
// that (words separated by single spaces, none at either end) it is
// returned as it is, without a copy.
func joinFields(s string) string {
	if singleSpaced(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	in := false
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		switch {
		case space:
			in = false
		case !in:
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			in = true
			fallthrough
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// singleSpaced reports whether s is its own strings.Fields joined by
// single spaces: no space at either end, and every run of spaces one
// plain ' '.
func singleSpaced(s string) bool {
	prevSpace := true // a space at the start is one too many
	for i := 0; i < len(s); {
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			if spaceByte[c] && c != ' ' {
				return false
			}
			space = c == ' '
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size
		}
		if space && prevSpace {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// appendLower appends strings.ToLower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		// an invalid byte decodes as U+FFFD, which strings.ToLower writes
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// lowerIn is m[strings.ToLower(s)], looked up without a copy of s when s
// is short.
func lowerIn(m map[string]bool, s string) bool {
	if !hasUpperASCIIOrMulti(s) {
		return m[s] // strings.ToLower(s) is s
	}
	if len(s) > 48 {
		return m[strings.ToLower(s)]
	}
	var buf [64]byte
	return m[string(appendLower(buf[:0], s))]
}

// hasUpperASCIIOrMulti reports whether strings.ToLower(s) may differ from
// s: s has an upper-case ASCII letter or a byte outside ASCII.
func hasUpperASCIIOrMulti(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
	}
	return false
}

// lowerCache remembers the lower-case forms of words written with
// capitals, so that a worker reading article after article lower-cases
// each such word once: "The", "Government", a name the story repeats.
// Its keys are copies, so it keeps no article's text; past maxLows words
// it starts again.
type lowerCache map[string]string

// maxLows bounds a lowerCache.
const maxLows = 1 << 13

// maxLowWord is the longest word a lowerCache keeps; a longer one (a
// run of letters that is no word) is put in lower case anew.
const maxLowWord = 64

// of returns strings.ToLower(w).
func (c *lowerCache) of(w string) string {
	if len(w) > maxLowWord {
		return strings.ToLower(w)
	}
	if *c == nil || len(*c) > maxLows {
		*c = make(lowerCache, 256)
	}
	if l, ok := (*c)[w]; ok {
		return l
	}
	l := strings.ToLower(w)
	(*c)[strings.Clone(w)] = l
	return l
}

// nextField returns the bounds of the first field of s (as strings.Fields
// splits s) that starts at or after byte i; start is len(s) when there is
// none. Fields are read in turn with
//
//	for st, en := nextField(s, 0); st < len(s); st, en = nextField(s, en) {
func nextField(s string, i int) (start, end int) {
	start = len(s)
	for i < len(s) {
		space, size := spaceAt(s, i)
		if !space {
			start = i
			break
		}
		i += size
	}
	end = start
	for end < len(s) {
		space, size := spaceAt(s, end)
		if space {
			break
		}
		end += size
	}
	return start, end
}

// spaceAt reports whether the rune at byte i of s is a space, as
// strings.Fields reads it, and its length.
func spaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return spaceByte[c], 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r), size
}

// appendFoldName appends foldName(s) to dst.
func appendFoldName(dst []byte, s string) []byte {
	start := len(dst)
	dst = appendLower(dst, joinFields(s))
	// curly apostrophes made straight
	k := start
	for i := start; i < len(dst); {
		if i+3 <= len(dst) && dst[i] == 0xe2 && dst[i+1] == 0x80 && dst[i+2] == 0x99 {
			dst[k] = '\''
			i, k = i+3, k+1
			continue
		}
		dst[k] = dst[i]
		i, k = i+1, k+1
	}
	dst = dst[:k]
	if bytes.IndexFunc(dst[start:], func(r rune) bool { return r >= 0x80 }) >= 0 {
		dst = append(dst[:start], foldDiacritics(string(dst[start:]))...)
	}
	if bytes.HasPrefix(dst[start:], []byte("the ")) {
		dst = append(dst[:start], dst[start+4:]...)
	}
	return dst
}

// diacriticBase maps a lower-case Latin letter with a diacritic to its
// base letter, so that "Québec" and "Quebec", "Gérard" and "Gerard" are
// one name.
var diacriticBase = func() map[rune]rune {
	m := map[rune]rune{}
	for base, letters := range map[rune]string{
		'a': "àáâãäåāăą", 'c': "çćĉċč", 'd': "ďđ", 'e': "èéêëēĕėęě", 'g': "ĝğġģ", 'h': "ĥħ",
		'i': "ìíîïĩīĭįı", 'j': "ĵ", 'k': "ķ", 'l': "ĺļľŀł", 'n': "ñńņňŉ", 'o': "òóôõöøōŏő",
		'r': "ŕŗř", 's': "śŝşšș", 't': "ţťŧț", 'u': "ùúûüũūŭůűų", 'w': "ŵ", 'y': "ýÿŷ", 'z': "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// foldDiacritics returns s with the diacritics of its Latin letters
// removed (see diacriticBase); s itself when it has none (strings.Map
// copies only when a letter changes).
func foldDiacritics(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return strings.Map(func(r rune) rune {
				if base, ok := diacriticBase[r]; ok {
					return base
				}
				return r
			}, s)
		}
	}
	return s
}
