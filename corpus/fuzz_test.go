package corpus

// Fuzz tests: each target feeds arbitrary input to one stage (the cleaner,
// the sentence splitter, a loader, the date tagger, the figure parser) and
// checks what comes out, not only that nothing panics: offsets in range
// and ordered, every Sentence.Text equal to Text[Start:End], every span's
// text equal to the article text it points at, no control characters in
// anything that could reach the terminal. The seed inputs are the test
// pages and feeds under testdata plus hostile strings; inputs the fuzzer
// found are kept under testdata/fuzz/<Target> and replayed by go test.

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// hostileSeeds are strings that have broken text tools before.
var hostileSeeds = []string{
	"",
	"\n\n\n",
	"Title\n\nBy Jane Smith\n\n5 March 2024\n\nThe council met on Monday. It voted 31 to 12.",
	"\x1b]0;pwned\x07Title\x1b[2J\n\nBody text with \x1b[31mred\x1b[0m words.",
	"\u202eevil\u202c text \u2066isolated\u2069 and \x9b31m C1 \x9d0;t\x9c",
	"Mr. J. K. Smith said £1.2bn was spent in the U.S. on 3 Jan. 2024... Really?! \"Yes.\"",
	"\xff\xfe\x00\x01 not utf-8 \xc3\x28",
	"line\r\nwith\rCR\r\n\r\nends",
	strings.Repeat("word ", 300),
	strings.Repeat("a.", 500) + " B",
	"On 5 March 2024, more than 2,400 people – about 12% – paid $3.5m between 2019 and 2021.",
	"Last Tuesday, three weeks ago, next month, in the spring of 2023, on the 31st.",
	"“Quoted”\u00a0text\u200b with\u2009odd\u202fspaces …",
}

// checkClean fails when s holds a character that could drive a terminal
// or hide text. newlines says whether line breaks are allowed.
func checkClean(t *testing.T, what, s string, newlines bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for i, r := range s {
		bad := (r < 0x20 && !(newlines && r == '\n')) || r == 0x7f || (r >= 0x80 && r < 0xa0) || isBidiControl(r)
		if bad {
			t.Fatalf("%s has control character %U at byte %d: %q", what, r, i, s)
		}
	}
}

// checkArticle checks the invariants every cleaned article must hold.
func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	checkClean(t, "Text", a.Text, true)
	for what, s := range map[string]string{"Title": a.Title, "Source": a.Source, "Author": a.Author, "URL": a.URL, "Dateline": a.Dateline} {
		checkClean(t, what, s, false)
	}
	if strings.TrimSpace(a.Text) == "" {
		t.Fatalf("article %q has empty text and no error", a.ID)
	}
	prev := 0
	for i, p := range a.Paragraphs {
		if p.Start < prev || p.End < p.Start || p.End > len(a.Text) {
			t.Fatalf("paragraph %d %v out of order or range (text %d bytes)", i, p, len(a.Text))
		}
		prev = p.End
	}
	checkSentences(t, a.Text, a.Paragraphs, a.Sentences)
}

// checkSentences checks sentence offsets against their text and paragraphs.
func checkSentences(t *testing.T, text string, paras []Span, sents []Sentence) {
	t.Helper()
	prev := 0
	for i, s := range sents {
		if s.Index != i {
			t.Fatalf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or range (previous end %d, text %d bytes)", i, s.Start, s.End, prev, len(text))
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("sentence %d Text %q != text[%d:%d] %q", i, s.Text, s.Start, s.End, text[s.Start:s.End])
		}
		if s.Paragraph < 0 || s.Paragraph >= len(paras) {
			t.Fatalf("sentence %d in paragraph %d of %d", i, s.Paragraph, len(paras))
		}
		if p := paras[s.Paragraph]; s.Start < p.Start || s.End > p.End {
			t.Fatalf("sentence %d [%d,%d) outside its paragraph %v", i, s.Start, s.End, p)
		}
		if strings.Trim(s.Text, " \t\r\n") != s.Text {
			t.Fatalf("sentence %d not trimmed: %q", i, s.Text)
		}
		prev = s.End
	}
}

// checkSpan checks that a span found in an article points at its text and
// lies inside the sentence it names.
func checkSpan(t *testing.T, a *Article, what string, sp Span, text string, sentence int) {
	t.Helper()
	if sp.Start < 0 || sp.End < sp.Start || sp.End > len(a.Text) {
		t.Fatalf("%s %q span %v out of range (text %d bytes)", what, text, sp, len(a.Text))
	}
	if a.Text[sp.Start:sp.End] != text {
		t.Fatalf("%s Text %q != article text %q at %v", what, text, a.Text[sp.Start:sp.End], sp)
	}
	if sentence < 0 || sentence >= len(a.Sentences) {
		t.Fatalf("%s %q names sentence %d of %d", what, text, sentence, len(a.Sentences))
	}
	if s := a.Sentences[sentence]; sp.Start < s.Start || sp.Start >= s.End {
		t.Fatalf("%s %q at %v does not start inside its sentence %d [%d,%d)", what, text, sp, sentence, s.Start, s.End)
	}
}

// checkRaws cleans what a loader returned and checks every article and
// problem report.
func checkRaws(t *testing.T, name string, data []byte, raws []RawArticle, probs []*LoadError) {
	t.Helper()
	lines := strings.Count(string(data), "\n") + 1
	for _, p := range probs {
		if p == nil || p.Path != name || p.Err == nil {
			t.Fatalf("problem %#v does not name the file %s and a reason", p, name)
		}
		if p.Line < 0 || p.Line > lines {
			t.Fatalf("problem %v names line %d of a %d-line file", p, p.Line, lines)
		}
	}
	for _, r := range raws {
		if !strings.HasPrefix(r.Origin, name) {
			t.Fatalf("origin %q is not in %s", r.Origin, name)
		}
		a, err := Clean(r)
		if err != nil {
			continue
		}
		checkArticle(t, a)
	}
}

// checkMarkupRaws checks what the HTML and feed loaders return: text
// marked as markup, origins inside the file and publication dates written
// the way the cleaner reads them.
func checkMarkupRaws(t *testing.T, raws []RawArticle) {
	t.Helper()
	for _, r := range raws {
		if !r.Markup {
			t.Fatalf("%s: text from markup not marked as such", r.Origin)
		}
		if r.Published != "" {
			if _, _, err := ParsePublished(r.Published); err != nil {
				t.Fatalf("%s: loader gave a publication date the cleaner cannot read: %v", r.Origin, err)
			}
		}
	}
}

// addFiles adds every file under testdata/<dir> as a seed.
func addFiles(f *testing.F, dir string) {
	paths, _ := filepath.Glob(filepath.Join("testdata", dir, "*"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add("", s, false)
		f.Add("A Headline", s, true)
	}
	f.Fuzz(func(t *testing.T, title, text string, markup bool) {
		a, err := Clean(RawArticle{ID: "fuzz", Title: title, Text: text, Origin: "fuzz.txt", Markup: markup})
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}

func FuzzSplitSentences(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		// paragraphs as the cleaner lays them out: split at blank lines
		var paras []Span
		start := 0
		for start <= len(text) {
			end := len(text)
			if i := strings.Index(text[start:], "\n\n"); i >= 0 {
				end = start + i
			}
			if end > start {
				paras = append(paras, Span{start, end})
			}
			start = end + 2
		}
		sents := SplitSentences(text, paras)
		checkSentences(t, text, paras, sents)
		for i, s := range sents {
			if strings.Contains(s.Text, "\n") {
				t.Fatalf("sentence %d spans a line break: %q", i, s.Text)
			}
		}
	})
}

func FuzzLoadJSON(f *testing.F) {
	f.Add([]byte(`{"id":"a","title":"T","published":"2024-03-05","text":"Body. More body."}`))
	f.Add([]byte(`[{"text":"One."},{"text":""},{"title":"x"},3,{"text":"Two.","published":"nope"}]`))
	f.Add([]byte(`[` + strings.Repeat(`[`, 200)))
	f.Add([]byte("\xff\xfe{\x00}\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		raws, probs := loadJSON("in.json", data)
		checkRaws(t, "in.json", data, raws, probs)
	})
}

func FuzzLoadJSONL(f *testing.F) {
	f.Add([]byte("{\"text\":\"One.\"}\n{\"text\":\"Two.\",\"title\":\"T\"}\n"))
	f.Add([]byte("{\"text\":\"One.\"}\nnot json\n\n{\"text\":3}\r\n{\"text\":\"\\u001b[2J\"}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		raws, probs := loadJSONL("in.jsonl", data)
		checkRaws(t, "in.jsonl", data, raws, probs)
	})
}

func FuzzLoadHTML(f *testing.F) {
	addFiles(f, "html")
	f.Add([]byte("<html><body><article><p>" + strings.Repeat("<div>", 600) + "deep"))
	f.Add([]byte("<p>Truncated <b>page with <i>unclosed"))
	f.Fuzz(func(t *testing.T, data []byte) {
		raws, probs := loadHTML("in.html", data)
		checkRaws(t, "in.html", data, raws, probs)
		checkMarkupRaws(t, raws)
	})
}

func FuzzLoadFeed(f *testing.F) {
	addFiles(f, "feeds")
	f.Add([]byte(`<rss version="2.0"><channel><title>T</title><item><title>A</title><description>&lt;p&gt;Hi.&lt;/p&gt;</description></item>`))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","content_text":"Hello."}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		raws, probs := loadFeed("in.xml", data)
		checkRaws(t, "in.xml", data, raws, probs)
		checkMarkupRaws(t, raws)
		for _, r := range raws {
			if !strings.HasPrefix(r.Origin, "in.xml#") {
				t.Fatalf("feed item origin %q does not name its item", r.Origin)
			}
		}
	})
}

// fuzzArticle builds an article from fuzzed text through the cleaner, with
// a publication date when withDate is set.
func fuzzArticle(text string, withDate bool) *Article {
	r := RawArticle{ID: "fuzz", Text: text, Origin: "fuzz.txt"}
	if withDate {
		r.Published = "2024-03-05T10:00:00Z"
	}
	a, err := Clean(r)
	if err != nil {
		return nil
	}
	return a
}

func FuzzTagDates(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, text string, withDate bool) {
		a := fuzzArticle(text, withDate)
		if a == nil {
			return
		}
		for _, e := range TagDates(a) {
			checkClean(t, "time expression", e.Text, false)
			if e.Sentence == -1 {
				// the dateline, which is not part of the text
				if e.Text != a.Dateline || e.Span != (Span{}) {
					t.Fatalf("expression %q outside the text is not the dateline %q (span %v)", e.Text, a.Dateline, e.Span)
				}
				continue
			}
			checkSpan(t, a, "time expression", e.Span, e.Text, e.Sentence)
			if e.Resolved() && !e.End.IsZero() && e.End.Before(e.Start) {
				t.Fatalf("time expression %q ends %v before it starts %v", e.Text, e.End, e.Start)
			}
			if !withDate && a.PublishedHow == PublishedUnknown && e.Certainty == CertResolved {
				t.Fatalf("%q resolved against a publication date the article does not have", e.Text)
			}
		}
	})
}

func FuzzExtractFigures(f *testing.F) {
	for _, s := range hostileSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := fuzzArticle(text, true)
		if a == nil {
			return
		}
		for _, fig := range ExtractFigures(a, nil, nil) {
			checkSpan(t, a, "figure", fig.Span, fig.Text, fig.Sentence)
			if math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
				t.Fatalf("figure %q has value %v", fig.Text, fig.Value)
			}
			if fig.Low != nil && fig.High != nil && *fig.Low > *fig.High {
				t.Fatalf("figure %q has low %v above high %v", fig.Text, *fig.Low, *fig.High)
			}
			checkClean(t, "figure measure", fig.Measure, false)
		}
	})
}
