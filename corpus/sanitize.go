package corpus

import (
	"strings"
	"unicode/utf8"
)

// Sanitize removes from s everything that could drive a terminal or hide
// text: ANSI CSI and OSC escape sequences (and other ESC sequences), C0
// and C1 control characters other than newline and tab, and Unicode bidi
// overrides, isolates and marks. Tabs become spaces. Invalid UTF-8 bytes
// become U+FFFD. It is applied to every article when it is loaded, and
// again by the TUI to anything it draws.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b.WriteRune('\uFFFD')
			i++
			continue
		case r == 0x1b: // ESC: skip the whole sequence
			i += escapeLen(s[i:])
			continue
		case r == 0x9b: // C1 CSI
			i += n
			for i < len(s) && !(s[i] >= 0x40 && s[i] <= 0x7e) {
				i++
			}
			if i < len(s) {
				i++
			}
			continue
		case r == 0x9d: // C1 OSC
			i += n + oscLen(s[i+n:])
			continue
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r == '\r':
			// dropped: line ends are normalised before this, a lone CR could
			// move the cursor back over text
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			// other C0 and C1 controls
		case isBidiControl(r):
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// isClean reports whether s needs no sanitising (the common case, checked
// without allocating).
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\n' {
			return false
		}
		if c == 0x7f || c >= 0x80 {
			// check multi-byte runes properly
			for _, r := range s[i:] {
				if r == utf8.RuneError || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r) || (r < 0x20 && r != '\n') {
					return false
				}
			}
			return utf8.ValidString(s[i:])
		}
	}
	return true
}

func isBidiControl(r rune) bool {
	switch {
	case r >= 0x202a && r <= 0x202e: // embeddings and overrides
		return true
	case r >= 0x2066 && r <= 0x2069: // isolates
		return true
	case r == 0x200e || r == 0x200f || r == 0x061c: // marks
		return true
	}
	return false
}

// escapeLen returns the length of the escape sequence at the start of s
// (which begins with ESC).
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[': // CSI: parameters and intermediates, then a final byte 0x40–0x7e
		i := 2
		for i < len(s) && !(s[i] >= 0x40 && s[i] <= 0x7e) {
			i++
		}
		if i < len(s) {
			i++
		}
		return i
	case ']', 'P', 'X', '^', '_': // OSC, DCS, SOS, PM, APC: until BEL or ST
		return 2 + oscLen(s[2:])
	default:
		// two-byte sequences, with intermediates (ESC ( B)
		i := 1
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) {
			i++
		}
		return i
	}
}

// oscLen returns the length of an OSC-style string body up to and
// including its terminator (BEL, ESC \ or C1 ST), or all of s.
func oscLen(s string) int {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b && i+1 < len(s) && s[i+1] == '\\':
			return i + 2
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
	}
	return len(s)
}
