package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline-news/dateline/corpus"
)

func TestMarkdownGolden(t *testing.T) {
	golden(t, "fixture.md.golden", render(t, Markdown, fixtureStory(t)))
	golden(t, "seeds.md.golden", renderSeeds(t, Markdown))
}

func TestMarkdownEscape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain words, 12,000 people", "plain words, 12,000 people"},
		{"a | b", `a \| b`},
		{"*bold* and `code`", "\\*bold\\* and \\`code\\`"},
		{"[1] link](x)", `\[1\] link\](x)`},
		{"<b>tag</b>", `\<b\>tag\</b\>`},
		{"snake_case_id", "snake_case_id"},
		{"_under_", `\_under\_`},
		{"AT&T and &amp; and &#39;", `AT&T and \&amp; and \&#39;`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"-5 degrees", "-5 degrees"},
		{"2024. A year", `2024\. A year`},
		{"3.5 million", "3.5 million"},
		{"+ plus", `\+ plus`},
		{"line\nbreak", "line break"},
		{"~~struck~~", `\~\~struck\~\~`},
		{`back\slash`, `back\\slash`},
		{"", ""},
	} {
		if got := md(tc.in); got != tc.want {
			t.Errorf("md(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// unescapedPipes counts the table-cell separators in a Markdown line.
func unescapedPipes(line string) int {
	n := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n
}

func TestMarkdownTablesHoldTogether(t *testing.T) {
	st := fixtureStory(t)
	// a figure whose sentence, text and speaker carry pipes and markup
	for i := range st.Figures {
		st.Figures[i].Text += " | x"
	}
	st.Actors[2].Name = "Tom | Baker *"
	a := st.Article("gazette")
	a.Sentences[1].Text = "Repairs | cost <b>£4.2 million</b> | \\| says *someone*"
	out := string(render(t, Markdown, st))
	rows := 0
	for _, line := range strings.Split(out, "\n") {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		rows++
		if n := unescapedPipes(line); n != 7 {
			t.Errorf("table row has %d cell separators, want 7: %s", n, line)
		}
	}
	if rows < 8 {
		t.Errorf("%d table rows, want the header, rule and claims of both compared quantities", rows)
	}
}

// TestMarkdownCitesEveryLine checks that every list item and table row that
// reports something names its article.
func TestMarkdownCitesEveryLine(t *testing.T) {
	cite := regexp.MustCompile(`\[\d+\]`)
	for name, st := range map[string]*corpus.Story{"fixture": fixtureStory(t), "seeds": seedStory(t)} {
		out := string(render(t, Markdown, st))
		for _, line := range strings.Split(out, "\n") {
			item := strings.HasPrefix(strings.TrimSpace(line), "- ")
			row := strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| Source |")
			if (item || row) && !cite.MatchString(line) {
				t.Errorf("%s: line cites no article: %s", name, line)
			}
		}
	}
}

func TestMarkdownSections(t *testing.T) {
	out := string(render(t, Markdown, fixtureStory(t)))
	order := []string{"## Articles and sources", "## Timeline", "### On the calendar", "### Undated, by article",
		"## Figures", "### Conflicting figures", "### Figures the sources agree on", "### Other figures",
		"## Actors", "### Quotes without a known speaker"}
	last := -1
	for _, h := range order {
		i := strings.Index(out, "\n"+h+"\n")
		if i < 0 {
			t.Errorf("no section %q", h)
			continue
		}
		if i < last {
			t.Errorf("section %q is out of order", h)
		}
		last = i
	}
	for _, want := range []string{
		"**3 Mar 2025** — The bridge closes [1] [2]", // one event, two reports
		"[2] *on Monday*:",
		"**since 2019**",
		"**Conflict:** 2 articles give figures that cannot all be true.",
		"| [1] Riverside Gazette | **£4.2 million** (4,200,000 GBP) | exact | Riverside Council | 20 Feb 2025 |",
		"[1] [2] — **shared:**", // the shared quote, once, citing both
		"published 27 Feb 2025, 09:15 (from the file's metadata)",
		"[1]: <https://gazette.example/bridge?id=1&x=%3C2%3E>",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("briefing lacks %q", want)
		}
	}
	if n := strings.Count(out, "We cannot keep an unsafe bridge open"); n != 1 {
		t.Errorf("the shared quote appears %d times, want once", n)
	}
}

func TestMarkdownEmptyStory(t *testing.T) {
	out := string(render(t, Markdown, emptyStory()))
	for _, want := range []string{"No articles were loaded.", "No events could be placed on the calendar.",
		"No undated events.", "No figures were found.", "No actors were found."} {
		if !strings.Contains(out, want) {
			t.Errorf("empty briefing lacks %q:\n%s", want, out)
		}
	}
}

func TestViewExports(t *testing.T) {
	st := fixtureStory(t)
	conflict := -1
	for i, q := range st.Quantities {
		if q.Status == corpus.StatusConflict {
			conflict = i
		}
	}
	onlyRuiz := func(e corpus.Event) bool {
		for _, a := range e.Actors {
			if a == "ana-ruiz" {
				return true
			}
		}
		return false
	}
	for _, tc := range []struct {
		name    string
		write   func(*bytes.Buffer) error
		want    []string
		notWant []string
	}{
		{"timeline", func(b *bytes.Buffer) error { return Timeline(b, st, nil) },
			[]string{"# Old Mill bridge closure: timeline", "## On the calendar", "## Undated, by article", "## Articles cited", "- [3] **(no headline)**"},
			[]string{"## Figures"}},
		{"timeline filtered", func(b *bytes.Buffer) error { return Timeline(b, st, onlyRuiz) },
			[]string{"*last week*", "No events could be placed on the calendar.", "## Articles cited\n\n- [3]"},
			[]string{"3 Mar 2025", "- [1] **"}},
		{"comparison", func(b *bytes.Buffer) error { return Comparison(b, st, conflict) },
			[]string{"# Old Mill bridge closure: repair cost", "**Conflict:**", "| [2] The Herald | **£6 million**", "- [1] **Bridge to close"},
			[]string{"- [3] **"}},
		{"actor", func(b *bytes.Buffer) error { return Actor(b, st, "ana-ruiz") },
			[]string{"# Old Mill bridge closure: Ana Ruiz", "person · council leader · mentioned in [1] ×1, [2] ×1, [3] ×1", "— **shared:**"},
			[]string{"Tom Baker"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := tc.write(&b); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(out, w) {
					t.Errorf("has %q:\n%s", w, out)
				}
			}
		})
	}
	var b bytes.Buffer
	if err := Comparison(&b, st, len(st.Quantities)); err == nil {
		t.Errorf("Comparison of a quantity out of range: no error")
	}
	if err := Actor(&b, st, "nobody"); err == nil {
		t.Errorf("Actor of an unknown id: no error")
	}
}
