package corpus

import (
	"strings"
	"testing"
)

func TestSanitize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain text unchanged", "The council met on Monday.", "The council met on Monday."},
		{"unicode text unchanged", "Café “quoted” — £3.5m, 日本, émigré", "Café “quoted” — £3.5m, 日本, émigré"},
		{"newlines kept", "one\ntwo\n\nthree", "one\ntwo\n\nthree"},
		{"tab becomes space", "a\tb", "a b"},
		{"CSI colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"CSI cursor movement and erase", "a\x1b[2J\x1b[H\x1b[10;20Hb\x1b[?25l", "ab"},
		{"CSI with intermediates", "x\x1b[1 qy", "xy"},
		{"OSC title ended by BEL", "\x1b]0;you have been hacked\x07Title", "Title"},
		{"OSC hyperlink ended by ST", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\ here", "click here"},
		{"OSC ended by C1 ST", "\x1b]2;title\u009cafter", "after"},
		{"unterminated OSC swallows the rest", "before\x1b]0;never ends", "before"},
		{"DCS string", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC and PM strings", "a\x1b_payload\x07b\x1b^private\x1b\\c", "abc"},
		{"two-byte escape", "a\x1bcb\x1b(Bc", "abc"},
		{"lone ESC at end", "text\x1b", "text"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC", "a\u009d0;title\u0007b", "ab"},
		{"other C1 controls", "a\u0085b\u0090c\u009fd", "abcd"},
		{"C0 controls", "a\x00b\x07c\x08d\x0be\x0cf\x0eg\x1fh", "abcdefgh"},
		{"DEL", "a\x7fb", "ab"},
		{"lone carriage return", "safe\rEVIL", "safeEVIL"},
		{"bidi override", "abc\u202edcb\u202c", "abcdcb"},
		{"bidi embeddings", "\u202aa\u202bb\u202cc\u202dd", "abcd"},
		{"bidi isolates", "\u2066x\u2067y\u2068z\u2069", "xyz"},
		{"bidi marks", "a\u200eb\u200fc\u061cd", "abcd"},
		{"invalid UTF-8 made visible", "a\xffb\xc3(", "a\ufffdb\ufffd("},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sanitize(tt.in)
			if got != tt.want {
				t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
			}
			checkClean(t, "Sanitize output", got, true)
			if again := Sanitize(got); again != got {
				t.Errorf("Sanitize is not idempotent: %q then %q", got, again)
			}
		})
	}
}

// TestCleanSanitizes checks that escape sequences in any field of a raw
// article are gone from the cleaned article.
func TestCleanSanitizes(t *testing.T) {
	evil := "\x1b]0;pwned\x07\x1b[2J\u202e\u009b1m"
	r := RawArticle{
		ID:     "evil",
		Title:  "Headline " + evil + "here",
		Source: evil + "Gazette",
		Author: "Jane " + evil + "Smith",
		URL:    "https://example.org/" + evil,
		Text:   "The council " + evil + "met on Monday.\r\nIt voted\tto build a bridge.\x07\n\nA second " + evil + "paragraph.",
		Origin: "evil.txt",
	}
	a, err := Clean(r)
	if err != nil {
		t.Fatal(err)
	}
	checkArticle(t, a)
	if a.Title != "Headline here" || a.Source != "Gazette" || a.Author != "Jane Smith" {
		t.Errorf("title %q source %q author %q", a.Title, a.Source, a.Author)
	}
	if !strings.Contains(a.Text, "The council met on Monday.") || !strings.Contains(a.Text, "voted to build") {
		t.Errorf("text lost words while sanitising: %q", a.Text)
	}
}
