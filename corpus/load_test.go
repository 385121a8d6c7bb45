package corpus

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func ids(c *Corpus) []string {
	var out []string
	for _, a := range c.Articles {
		out = append(out, a.ID)
	}
	return out
}

func TestLoadFormats(t *testing.T) {
	fsys := fstest.MapFS{
		"news/plain.txt": file("Council approves new bridge\n\nBy Jane Doe\n\nThe council approved the bridge on Monday. Work starts in spring.\n"),
		"news/front.md":  file("---\ntitle: Flood defences fail\nsource: Valley Echo\npublished: 2023-03-04\nurl: https://example.org/flood\nauthor: Sam Lee\n---\n\n# Flood defences fail\n\nRiver levels rose **sharply** overnight, [officials](https://example.org) said.\n"),
		"news/one.json":  file(`{"id":"j1","title":"Port strike ends","source":"Harbour Times","published":"2022-07-01T09:30:00Z","text":"Dock workers returned to work on Friday."}`),
		"news/many.json": file(`[
  {"id":"a1","text":"First item text about the port."},
  {"title":"No id here","text":"Second item text about the port."}
]`),
		"news/lines.jsonl": file(`{"id":"l1","source":"Wire","published":"2021-05-06","text":"Line one article."}` + "\n\n" +
			`{"title":"anonymous","text":"Line three article."}` + "\n"),
		"news/skip.csv": file("a,b\n1,2\n"),
	}
	c, err := Load(fsys, "news")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) != 0 {
		t.Fatalf("unexpected problems: %v", c.Problems)
	}
	got := map[string]*Article{}
	for _, a := range c.Articles {
		got[a.ID] = a
	}
	want := []string{"plain", "front", "j1", "a1", "many#3", "l1", "lines#3"}
	for _, id := range want {
		if got[id] == nil {
			t.Errorf("article %q not loaded; have %v", id, ids(c))
		}
	}
	if len(c.Articles) != len(want) {
		t.Errorf("loaded %d articles %v, want %d (the .csv is not an article format)", len(c.Articles), ids(c), len(want))
	}
	if a := got["plain"]; a != nil {
		if a.Title != "Council approves new bridge" || a.Author != "Jane Doe" {
			t.Errorf("plain: title %q author %q", a.Title, a.Author)
		}
		if strings.Contains(a.Text, "By Jane Doe") {
			t.Errorf("plain: byline left in text: %q", a.Text)
		}
	}
	if a := got["front"]; a != nil {
		if a.Title != "Flood defences fail" || a.Source != "Valley Echo" || a.URL != "https://example.org/flood" || a.Author != "Sam Lee" {
			t.Errorf("front matter not read: %+v", a)
		}
		if a.PublishedHow != PublishedMetadata || a.Published.Format("2006-01-02") != "2023-03-04" {
			t.Errorf("front: published %v (%s)", a.Published, a.PublishedHow)
		}
		if a.Text != "River levels rose sharply overnight, officials said." {
			t.Errorf("front: markdown not stripped or heading repeated: %q", a.Text)
		}
	}
	if a := got["j1"]; a != nil {
		if !a.PublishedHasTime || a.Published.Hour() != 9 || a.Source != "Harbour Times" {
			t.Errorf("j1: %+v", a)
		}
	}
	if a := got["many#3"]; a != nil && a.Title != "No id here" {
		t.Errorf("many#3 title %q", a.Title)
	}
	if a := got["l1"]; a != nil && (a.Origin != "news/lines.jsonl#1" || a.Published.Format("2006-01-02") != "2021-05-06") {
		t.Errorf("l1 origin %q published %v", a.Origin, a.Published)
	}
}

func TestLoadErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"in/good.txt":     file("A good article that loads. It has two sentences."),
		"in/empty.txt":    file("  \n\n "),
		"in/binary.txt":   {Data: []byte("ok line\nbad \xff\xfe byte\n")},
		"in/broken.json":  file("{\n  \"id\": \"x\",\n  \"text\": \"unterminated\n}\n"),
		"in/bad.jsonl":    file(`{"id":"ok1","text":"Fine line."}` + "\n" + `{"id":"bad", "text": }` + "\n" + `{"id":"ok3","text":"Also fine."}` + "\n"),
		"in/notext.json":  file(`{"id":"nt","title":"only a title"}`),
		"in/baddate.json": file(`{"id":"bd","published":"last Tuesday","text":"Text."}`),
	}
	c, err := Load(fsys, "in")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(ids(c), ",") != "ok1,ok3,good" {
		t.Errorf("loaded %v, want ok1, ok3 and good", ids(c))
	}
	want := map[string]string{ // path:line → part of the message
		"in/empty.txt":     "empty file",
		"in/binary.txt:2":  "not valid UTF-8",
		"in/broken.json:3": "malformed JSON",
		"in/bad.jsonl:2":   "malformed JSON",
		"in/notext.json:1": `no "text"`,
		"in/baddate.json":  "not a date",
	}
	got := map[string]string{}
	for _, p := range c.Problems {
		key := p.Path
		if p.Line > 0 {
			key = fmt.Sprintf("%s:%d", p.Path, p.Line)
		}
		got[key] = p.Error()
	}
	for k, frag := range want {
		msg, ok := got[k]
		if !ok {
			t.Errorf("no problem reported for %s; got %v", k, got)
			continue
		}
		if !strings.Contains(msg, frag) || !strings.HasPrefix(msg, k) {
			t.Errorf("problem for %s = %q, want it to start with the location and mention %q", k, msg, frag)
		}
	}
	if len(c.Problems) != len(want) {
		t.Errorf("got %d problems, want %d: %v", len(c.Problems), len(want), got)
	}
}

func TestLoadBadPaths(t *testing.T) {
	fsys := fstest.MapFS{"only/empty.txt": file("")}
	if _, err := Load(fsys, "missing"); !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "missing") {
		t.Errorf("missing path: err = %v, want not-exist naming the path", err)
	}
	_, err := Load(fsys, "only")
	if !errors.Is(err, ErrNoArticles) || !strings.Contains(err.Error(), "only/empty.txt") {
		t.Errorf("folder of bad files: err = %v, want ErrNoArticles naming the file", err)
	}
}

func TestLoadManifest(t *testing.T) {
	fsys := fstest.MapFS{
		"story/dateline.yaml": file(`name: Harbour strike
source: Harbour Times
articles:
  first:
    published: 2022-07-01
    title: Strike begins
aliases:
  - name: Port Authority of Example
    short: PAE
    kind: organisation
    aliases: [the port bosses]
`),
		"story/first.txt":      file("Dock workers walked out on Friday."),
		"story/sub/second.txt": file("Talks resumed on Monday."),
		"story/sub/third.json": file(`{"id":"third","source":"Wire","text":"Talks ended."}`),
	}
	c, err := Load(fsys, "story")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "Harbour strike" || len(c.Aliases) != 1 || c.Aliases[0].Short != "PAE" || c.Aliases[0].Aliases[0] != "the port bosses" {
		t.Errorf("manifest not read: %+v", c)
	}
	by := map[string]*Article{}
	for _, a := range c.Articles {
		by[a.ID] = a
	}
	if a := by["first"]; a == nil || a.Title != "Strike begins" || a.PublishedHow != PublishedMetadata || a.Published != time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC) {
		t.Errorf("first: manifest metadata not applied: %+v", a)
	}
	if a := by["second"]; a == nil || a.Source != "Harbour Times" || a.HasPublished() {
		t.Errorf("second: want the folder's default source and no date: %+v", a)
	}
	if a := by["third"]; a == nil || a.Source != "Wire" {
		t.Errorf("third: the file's own source must win over the manifest: %+v", a)
	}

	bad := fstest.MapFS{"x/dateline.yaml": file("aliases: [{kind: person}]"), "x/a.txt": file("Text.")}
	c, err = Load(bad, "x")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Problems) != 1 || !strings.Contains(c.Problems[0].Error(), "dateline.yaml") || !strings.Contains(c.Problems[0].Error(), "no name") {
		t.Errorf("bad manifest: problems %v", c.Problems)
	}
}

func TestLoadDuplicatesAndIDs(t *testing.T) {
	same := "Identical text from two places. It is the same article."
	fsys := fstest.MapFS{
		"a/story.txt":  file(same),
		"b/story.txt":  file(same),
		"b/other.txt":  file("A different article."),
		"c/other.json": file(`{"text":"Yet another article."}`),
	}
	c, err := Load(fsys, ".")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 3 {
		t.Fatalf("want 3 articles (one duplicate dropped), got %v", ids(c))
	}
	var dup *Article
	seen := map[string]bool{}
	for _, a := range c.Articles {
		if seen[a.ID] {
			t.Errorf("duplicate id %q", a.ID)
		}
		seen[a.ID] = true
		if a.ID == "story" {
			dup = a
		}
	}
	if dup == nil || len(dup.Origins) != 2 {
		t.Errorf("duplicate should keep both origins: %+v", dup)
	}
}

func TestParsePublished(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    string
		hasTime bool
		ok      bool
	}{
		{"2024-12-11", "2024-12-11T00:00", false, true},
		{"2024-12-11T22:39", "2024-12-11T22:39", true, true},
		{"2024-12-11T22:39:00Z", "2024-12-11T22:39", true, true},
		{"2024-12-11T22:39:00+01:00", "2024-12-11T22:39", true, true},
		{"11/12/2024", "", false, false},
		{"yesterday", "", false, false},
	} {
		got, hasTime, err := ParsePublished(tc.in)
		if (err == nil) != tc.ok {
			t.Errorf("ParsePublished(%q) err = %v", tc.in, err)
			continue
		}
		if tc.ok && (got.Format("2006-01-02T15:04") != tc.want || hasTime != tc.hasTime) {
			t.Errorf("ParsePublished(%q) = %v, %v; want %s, %v", tc.in, got, hasTime, tc.want, tc.hasTime)
		}
	}
}

func ExampleLoad() {
	fsys := fstest.MapFS{
		"story/report.txt": file("Bridge reopens after repairs\n\n4 March 2023\n\nThe bridge reopened on Friday. Traffic returned at once.\n"),
	}
	c, _ := Load(fsys, "story")
	a := c.Articles[0]
	fmt.Println(a.ID, "|", a.Title, "|", a.Published.Format("2006-01-02"), a.PublishedHow)
	for _, s := range a.Sentences {
		fmt.Printf("%d-%d %s\n", s.Start, s.End, s.Text)
	}
	// Output:
	// report | Bridge reopens after repairs | 2023-03-04 text
	// 0-30 The bridge reopened on Friday.
	// 31-56 Traffic returned at once.
}
