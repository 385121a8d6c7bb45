package corpus

// Tests of the web formats (HTML pages, feeds) and of loading hostile
// input: every bad file is reported with its path, line where known and
// reason, and skipped, while the good files beside it load.

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf16"
)

// testdataFS is the corpus package's testdata folder.
var testdataFS = os.DirFS("testdata")

// loadOne loads the given paths of fsys and fails the test on error.
func loadOne(t *testing.T, fsys fs.FS, paths ...string) *Corpus {
	t.Helper()
	c, err := Load(fsys, paths...)
	if err != nil {
		t.Fatalf("Load(%v): %v", paths, err)
	}
	for _, a := range c.Articles {
		checkArticle(t, a)
	}
	return c
}

func byOrigin(c *Corpus) map[string]*Article {
	m := map[string]*Article{}
	for _, a := range c.Articles {
		for _, o := range a.Origins {
			m[o] = a
		}
	}
	return m
}

func TestLoadHTMLPages(t *testing.T) {
	tests := []struct {
		file                       string
		title, author, source, url string
		published                  string // RFC 3339, or a date
		hasTime                    bool
		paragraphs                 int // at least
		want                       []string
		notWant                    []string
	}{
		{
			file:   "html/gazette-bridge.html",
			title:  "Council approves new river crossing after decade of argument",
			author: "Jane Okafor", source: "The Riverside Gazette", url: "https://gazette.example/news/river-crossing-approved",
			published: "2024-03-05T21:40:00Z", hasTime: true, paragraphs: 8,
			want: []string{
				"The city council voted on Tuesday night to approve a new pedestrian bridge",
				// both paragraphs of the block quote, as paragraphs
				"\n\n“This bridge will connect two communities that have been divided for far too long,” said the council leader, Maria Santos.\n\n",
				"\n\n“It is the most important decision this chamber has taken in a generation.”\n\n",
				"A public exhibition of the final plans will open at the central library on 2 April.",
			},
			notWant: []string{"cookies", "Accept all", "Sport", "Business", "Home", "Share on", "artist's impression",
				"Related stories", "Bridge plan delayed", "Comments", "riverwatcher", "waste of money", "Sign up",
				"Get the Gazette", "All rights reserved", "Privacy", "Advertisement", "By Jane Okafor", "5 March 2024"},
		},
		{
			file:   "html/wire-jsonld.html",
			title:  "Harbour strike ends as dock workers accept 6% pay offer",
			author: "Priya Raman and Owen Davies", source: "Coastal Wire", url: "https://wire.example/business/harbour-strike-ends",
			published: "2023-07-14T16:05:00+01:00", hasTime: true, paragraphs: 6,
			want: []string{
				"A three-week strike at the city's harbour ended on Friday",
				"\n\n\"Our members have shown what can be won when people stand together,\" said Dana Kerr, the union's regional secretary.\n\n",
				"One haulier, Mark Ellison, said his firm had lost about £80,000 in cancelled contracts.",
				"Days on strike | 21",
			},
			notWant: []string{"Subscribe", "Log in", "Markets", "Tweet", "Copy link", "Read more", "Talks resume",
				"Download the Coastal Wire app", "More on this story", "what you need to know", "Loading comments", "Registered in England"},
		},
		{
			file:   "html/valley-cp1252.html",
			title:  "Flood defences fail as river bursts banks",
			author: "Sam Lee", source: "Valley Echo",
			published: "2023-11-02", hasTime: false, paragraphs: 6,
			want: []string{
				// decoded from Windows-1252
				"“The water came up faster than anyone expected,” said Helen Ward, who runs a café on Mill Street.",
				"The defences cost £2.1m when they were completed in 2018.",
				"\n\nShelters are open at Valley Leisure Centre and St Anne’s School.\n\n",
			},
			notWant: []string{"What's on", "Posted on", "Share this", "Facebook", "Related", "Rain warning",
				"Stay safe", "Popular", "Market returns", "Bus timetable"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			c := loadOne(t, testdataFS, tt.file)
			if len(c.Problems) > 0 || len(c.Articles) != 1 {
				t.Fatalf("got %d articles, problems %v", len(c.Articles), c.Problems)
			}
			a := c.Articles[0]
			if a.Title != tt.title || a.Author != tt.author || a.Source != tt.source || a.URL != tt.url {
				t.Errorf("metadata:\n title %q\nauthor %q\nsource %q\n   url %q\nwant %q, %q, %q, %q", a.Title, a.Author, a.Source, a.URL, tt.title, tt.author, tt.source, tt.url)
			}
			want, _, err := ParsePublished(tt.published)
			if err != nil {
				t.Fatal(err)
			}
			if !a.Published.Equal(want) || a.PublishedHasTime != tt.hasTime || a.PublishedHow != PublishedMetadata {
				t.Errorf("published %v (time %v, %s), want %v (time %v, metadata)", a.Published, a.PublishedHasTime, a.PublishedHow, want, tt.hasTime)
			}
			if len(a.Paragraphs) < tt.paragraphs {
				t.Errorf("%d paragraphs, want at least %d:\n%s", len(a.Paragraphs), tt.paragraphs, a.Text)
			}
			for _, w := range tt.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("text lacks %q:\n%s", w, a.Text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(a.Text, w) {
					t.Errorf("text has page furniture %q:\n%s", w, a.Text)
				}
			}
			if strings.HasPrefix(a.Text, tt.title) {
				t.Errorf("headline left at the top of the text")
			}
		})
	}
}

func TestLoadFeeds(t *testing.T) {
	type item struct {
		origin, title, author, url, published string
		text                                  []string
	}
	tests := []struct {
		file     string
		source   string
		items    []item
		problems []string // "line: reason" substrings
	}{
		{
			file: "feeds/gazette.rss", source: "The Riverside Gazette - Local news",
			items: []item{
				{"feeds/gazette.rss#10", "Council approves new river crossing after decade of argument", "Jane Okafor",
					"https://gazette.example/news/river-crossing-approved", "2024-03-05T21:40:00Z",
					[]string{"\n\n“It is the most important decision this chamber has taken in a generation.”\n\n", "on 2 April."}},
				// a plain-text description keeps its paragraphs
				{"feeds/gazette.rss#29", "Library opening hours cut from next month", "Ravi Patel",
					"https://gazette.example/news/library-hours", "2024-03-04T07:00:00Z",
					[]string{"has confirmed.\n\nStaff shortages"}},
				// escaped HTML in a description
				{"feeds/gazette.rss#45", "Bus fares to rise by 5% in May", "Ravi Patel",
					"https://gazette.example/news/bus-fares", "2024-03-02T16:30:00Z",
					[]string{"announced on Saturday.\n\nA single adult fare will go up from £2.00 to £2.10."}},
			},
			problems: []string{`feeds/gazette.rss:39: item 3 ("Gallery: spring flowers in the park") has no text`},
		},
		{
			file: "feeds/wire.atom", source: "Coastal Wire: Business",
			items: []item{
				{"feeds/wire.atom#9", "Harbour strike ends as dock workers accept 6% pay offer", "Priya Raman, Owen Davies",
					"https://wire.example/business/harbour-strike-ends", "2023-07-14T16:05:00+01:00",
					[]string{"union officials said.\n\nThe walkout", "\n\n\"Our members have shown"}},
				// xhtml title and content; only an updated date
				{"feeds/wire.atom#21", "Fish market reopens after repairs", "Owen Davies",
					"https://wire.example/business/fish-market", "2023-07-12T08:00:00Z",
					[]string{"costing £750,000.\n\nTraders said"}},
			},
		},
		{
			// a JSON Feed is known by its content, though named .json
			file: "feeds/valley-feed.json", source: "Valley Echo",
			items: []item{
				{"feeds/valley-feed.json#item1", "Flood defences fail as river bursts banks", "Sam Lee",
					"https://echo.example/2023/11/02/flood-defences-fail", "2023-11-02T18:30:00Z",
					[]string{"gave way.\n\nThe council said about 120 homes had been affected."}},
				{"feeds/valley-feed.json#item2", "Market returns to the square", "", "", "2023-11-01",
					[]string{"a year away.\n\nStallholders said trade was good."}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			c := loadOne(t, testdataFS, tt.file)
			var probs []string
			for _, p := range c.Problems {
				probs = append(probs, p.Error())
			}
			if fmt.Sprint(probs) != fmt.Sprint(tt.problems) {
				t.Errorf("problems %q, want %q", probs, tt.problems)
			}
			if len(c.Articles) != len(tt.items) {
				t.Fatalf("%d articles, want %d", len(c.Articles), len(tt.items))
			}
			got := byOrigin(c)
			for _, it := range tt.items {
				a := got[it.origin]
				if a == nil {
					t.Errorf("no article from %s", it.origin)
					continue
				}
				if a.Title != it.title || a.Author != it.author || a.URL != it.url || a.Source != tt.source {
					t.Errorf("%s: title %q author %q url %q source %q", it.origin, a.Title, a.Author, a.URL, a.Source)
				}
				want, _, _ := ParsePublished(it.published)
				if !a.Published.Equal(want) {
					t.Errorf("%s: published %v, want %v", it.origin, a.Published, want)
				}
				for _, w := range it.text {
					if !strings.Contains(a.Text, w) {
						t.Errorf("%s: text lacks %q:\n%s", it.origin, w, a.Text)
					}
				}
				if strings.Contains(a.Text, "<") || strings.Contains(a.Text, "&lt;") {
					t.Errorf("%s: markup left in the text:\n%s", it.origin, a.Text)
				}
			}
		})
	}
}

// TestLoadMixedFolder loads pages, feeds and plain text together: the same
// story found as a page, a feed item and a text file is one article with
// three origins, and its metadata comes from whichever copy has it.
func TestLoadMixedFolder(t *testing.T) {
	read := func(p string) *fstest.MapFile {
		data, err := fs.ReadFile(testdataFS, p)
		if err != nil {
			t.Fatal(err)
		}
		return &fstest.MapFile{Data: data}
	}
	story := "Council approves new river crossing after decade of argument\n\n" +
		"5 March 2024\n\n" +
		"The city council voted on Tuesday night to approve a new pedestrian bridge across the river, ending a decade of argument over where and whether a crossing should be built.\n\n" +
		"Councillors backed the plan by 31 votes to 12 after a debate that lasted more than four hours. Construction is expected to begin next spring and to take about 18 months.\n\n" +
		"“This bridge will connect two communities that have been divided for far too long,” said the council leader, Maria Santos.\n\n" +
		"“It is the most important decision this chamber has taken in a generation.”\n\n" +
		// typographic differences from the page: straight quotes, doubled spaces
		"Opponents argued that the cost, estimated at £14 million, would be better spent on road repairs.  A petition against the bridge gathered 2,300 signatures in the weeks before the vote.\n\n" +
		"Tom Hale, who led the petition, said the council had ignored residents: \"They asked for our views and then did what they had always planned to do.\"\n\n" +
		"What happens next\n\n" +
		"The design, by a local architecture firm, includes a cycle lane and viewing platforms at both ends. A public exhibition of the final plans will open at the central library on 2 April.\n"
	fsys := fstest.MapFS{
		"mixed/a-copy.txt":          {Data: []byte(story)},
		"mixed/gazette-bridge.html": read("html/gazette-bridge.html"),
		"mixed/gazette.rss":         read("feeds/gazette.rss"),
		"mixed/wire.atom":           read("feeds/wire.atom"),
		"mixed/valley.htm":          read("html/valley-cp1252.html"),
		"mixed/notes.json":          {Data: []byte(`{"id":"note","title":"A note","text":"Unrelated text about the weather today."}`)},
	}
	c := loadOne(t, fsys, "mixed")
	got := byOrigin(c)
	a := got["mixed/a-copy.txt"]
	if a == nil {
		t.Fatalf("text copy not loaded; problems %v", c.Problems)
	}
	wantOrigins := []string{"mixed/a-copy.txt", "mixed/gazette-bridge.html", "mixed/gazette.rss#10"}
	if fmt.Sprint(a.Origins) != fmt.Sprint(wantOrigins) {
		t.Errorf("origins %v, want %v", a.Origins, wantOrigins)
	}
	if got["mixed/gazette-bridge.html"] != a || got["mixed/gazette.rss#10"] != a {
		t.Errorf("duplicates not merged into one article")
	}
	if a.Source != "The Riverside Gazette" || a.Author != "Jane Okafor" || a.URL == "" {
		t.Errorf("metadata not filled from the duplicates: source %q author %q url %q", a.Source, a.Author, a.URL)
	}
	// 1 story + 2 other gazette items + 2 wire + 1 valley + 1 note
	if len(c.Articles) != 7 {
		var ids []string
		for _, a := range c.Articles {
			ids = append(ids, a.ID)
		}
		t.Errorf("%d articles %v, want 7", len(c.Articles), ids)
	}
	seen := map[string]bool{}
	for _, a := range c.Articles {
		if seen[a.ID] {
			t.Errorf("id %q not unique", a.ID)
		}
		seen[a.ID] = true
	}
}

// TestFeedSniffing loads feeds saved under names that do not say so, and
// refuses an XML file that is not a feed.
func TestFeedSniffing(t *testing.T) {
	rss, err := fs.ReadFile(testdataFS, "feeds/gazette.rss")
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{
		"in/latest":         {Data: rss},                                           // no extension, found in a folder
		"in/saved.html":     {Data: rss},                                           // a feed saved from a browser
		"in/picture.png":    {Data: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")}, // skipped silently
		"in/config.xml":     {Data: []byte(`<?xml version="1.0"?><config><a>1</a></config>`)},
		"explicit/feed.txt": {Data: rss},
		"explicit/page.php": {Data: []byte("<!DOCTYPE html>\n<html lang=en><head><title>Saved Page</title></head><body><article><p>A page saved under a name that does not say it is HTML still loads as a page, without its tags.</p></article></body></html>")},
	}
	c, err := Load(fsys, "in", "explicit/feed.txt", "explicit/page.php")
	if err != nil {
		t.Fatal(err)
	}
	var origins []string
	for _, a := range c.Articles {
		origins = append(origins, a.Origins...)
	}
	for _, want := range []string{"in/latest#10", "in/saved.html#29", "explicit/feed.txt#45"} {
		if !strings.Contains(strings.Join(origins, " "), want) {
			t.Errorf("no article from %s; origins %v", want, origins)
		}
	}
	if a := byOrigin(c)["explicit/page.php"]; a == nil || a.Title != "Saved Page" || strings.Contains(a.Text, "<") {
		t.Errorf("page saved as .php not read as HTML: %+v", a)
	}
	var configProblem bool
	for _, p := range c.Problems {
		if strings.Contains(p.Path, "picture.png") {
			t.Errorf("a picture in a folder is reported: %v", p)
		}
		if p.Path == "in/config.xml" && strings.Contains(p.Error(), "not a readable RSS, Atom or JSON feed") {
			configProblem = true
		}
	}
	if !configProblem {
		t.Errorf("XML that is not a feed not reported; problems %v", c.Problems)
	}
}

// good is a file that always loads, put beside bad ones.
const good = "Good Article Headline Here\n\nThe good article loads whatever is beside it. It has two sentences.\n"

func utf16File(s string, bigEndian bool) []byte {
	var b bytes.Buffer
	put := func(u uint16) {
		if bigEndian {
			b.Write([]byte{byte(u >> 8), byte(u)})
		} else {
			b.Write([]byte{byte(u), byte(u >> 8)})
		}
	}
	put(0xFEFF)
	for _, u := range utf16.Encode([]rune(s)) {
		put(u)
	}
	return b.Bytes()
}

// TestHostileFiles loads each bad file beside a good one: the bad file is
// reported (path, line where known, reason) or loads sensibly, the good one
// always loads, and nothing panics.
func TestHostileFiles(t *testing.T) {
	binary := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), bytes.Repeat([]byte{0, 0xff, 0x13, 0x9b}, 64)...)
	tests := []struct {
		name    string
		data    []byte
		line    int    // expected line of the problem; -1: any
		problem string // substring of the problem; "" means the file loads
		text    string // substring of the loaded text
	}{
		{"empty.txt", nil, 0, "empty file", ""},
		{"blank.md", []byte(" \n\n \t\n"), 0, "empty file", ""},
		{"empty.html", nil, 0, "empty file", ""},
		{"empty.xml", []byte("\n"), 0, "empty file", ""},
		{"empty.json", nil, 0, "empty file", ""},
		{"binary.txt", binary, 1, "not valid UTF-8", ""},
		{"binary.html", binary, 0, "binary file", ""},
		{"binary.rss", binary, 0, "binary file", ""},
		{"binary.json", binary, 1, "not valid UTF-8", ""},
		{"invalid-utf8.txt", []byte("Headline Of The Story\n\nFirst line is fine.\nSecond has a bad byte \xff here.\n"), 4, "not valid UTF-8", ""},
		{"mixed-encodings.txt", []byte("Caf\xc3\xa9 Society Opens Today\n\nThe caf\xe9 opened on Monday.\n"), 3, "not valid UTF-8", ""},
		{"mixed-encodings.html", []byte("<html><body><article><p>The caf\xc3\xa9 opened on Monday, said the owner, and the caf\xe9 was full by noon with people who had waited for \x93years\x94.</p></article></body></html>"), 0, "", "The café opened on Monday, said the owner, and the café was full by noon with people who had waited for “years”."},
		{"declared-utf8-with-latin1.html", []byte("<html><head><meta charset=\"utf-8\"></head><body><p>Cr\xe8me br\xfbl\xe9e and cr\xc3\xa8me fra\xc3\xaeche were on the menu that the caf\xe9 printed for the festival weekend.</p></body></html>"), 0, "", "Crème brûlée and crème fraîche"},
		{"utf16le.txt", utf16File("UTF-16 Little Endian Story\n\nThe text was saved as UTF-16 with a byte-order mark.\n", false), 0, "", "saved as UTF-16"},
		{"utf16be.html", utf16File("<html><body><p>The page was saved as UTF-16, big-endian, with a byte-order mark in front of it.</p></body></html>", true), 0, "", "saved as UTF-16"},
		{"utf16.rss", utf16File(`<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Sixteen</title><item><title>Wide</title><description>A UTF-16 feed item.</description></item></channel></rss>`, false), 0, "", "A UTF-16 feed item."},
		{"crlf.txt", []byte("Windows Line Ends Story\r\n\r\nThe text has CRLF line ends.\r\nIt still loads.\r\n"), 0, "", "The text has CRLF line ends."},
		{"crlf.jsonl", []byte("{\"text\":\"Record one has a CRLF.\"}\r\n{\"text\":\"Record two too.\"}\r\n"), 0, "", "CRLF"},
		{"long-line.txt", []byte("Long Line Story Headline\n\n" + strings.Repeat("word ", 200000) + "end.\n"), 0, "", "word word"},
		{"nested.json", []byte(strings.Repeat("[", 100000) + strings.Repeat("]", 100000)), 1, "malformed JSON", ""},
		{"nested-objects.json", []byte(strings.Repeat(`{"a":`, 20000)), 1, "malformed JSON", ""},
		{"truncated.json", []byte("[\n {\"text\": \"one\"},\n {\"text\": \"tw"), 3, "truncated", ""},
		{"truncated.jsonl", []byte("{\"text\":\"Line one is whole.\"}\n{\"text\":\"Line two is cut"), 2, "malformed JSON", ""},
		{"nested.html", []byte("<html><body>" + strings.Repeat("<div>", 5000) + "deep text" + "</body></html>"), 0, "cannot parse HTML", ""},
		{"truncated.html", []byte("<html><head><title>Cut off</title></head><body><article><p>The first paragraph is whole and long enough to be read as the article body of this page.</p><p>The second paragraph is cut off in the mid"), 0, "", "The second paragraph is cut off"},
		{"truncated.rss", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title><description>Cut`), -1, "not a readable RSS", ""},
		{"garbage.atom", []byte("this is not XML at all"), -1, "not a readable RSS", ""},
		{"escapes.txt", []byte("Escape \x1b]0;pwned\x07Sequences Story\n\n\x1b[2JThe text \x1b[31mhides\x1b[0m nothing\u202e now.\n"), 0, "", "The text hides nothing now."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{"in/" + tt.name: {Data: tt.data}, "in/good.txt": {Data: []byte(good)}}
			c, err := Load(fsys, "in")
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			var goodLoaded bool
			var text strings.Builder
			for _, a := range c.Articles {
				checkArticle(t, a)
				if a.Origin == "in/good.txt" {
					goodLoaded = true
				} else {
					text.WriteString(a.Text)
				}
			}
			if !goodLoaded {
				t.Errorf("the good file did not load beside %s", tt.name)
			}
			var mine []*LoadError
			for _, p := range c.Problems {
				if p.Path != "in/"+tt.name {
					t.Errorf("problem with the wrong file: %v", p)
				}
				mine = append(mine, p)
			}
			if tt.problem == "" {
				if len(mine) > 0 {
					t.Errorf("problems %v, want none", mine)
				}
				if !strings.Contains(text.String(), tt.text) {
					t.Errorf("text lacks %q: %q", tt.text, clip(text.String(), 300))
				}
				if text.Len() == 0 {
					t.Errorf("nothing loaded from %s", tt.name)
				}
				return
			}
			if len(mine) == 0 {
				t.Fatalf("no problem reported for %s; loaded %q", tt.name, clip(text.String(), 200))
			}
			p := mine[0]
			if !strings.Contains(p.Error(), tt.problem) {
				t.Errorf("problem %q, want it to say %q", p.Error(), tt.problem)
			}
			if tt.line >= 0 && p.Line != tt.line {
				t.Errorf("problem %q at line %d, want %d", p.Error(), p.Line, tt.line)
			}
		})
	}
}

// TestHugeFile loads a 50 MB text file: it is refused with a clear message
// (not an out-of-memory crash or a long stall), and the file beside it
// loads.
func TestHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 50 MB file")
	}
	var b bytes.Buffer
	b.Grow(50 << 20)
	for i := 0; b.Len() < 50<<20; i++ {
		fmt.Fprintf(&b, "Line %d of a very large file that is not a news article\n", i)
	}
	fsys := fstest.MapFS{"in/huge.txt": {Data: b.Bytes()}, "in/good.txt": {Data: []byte(good)}}
	start := time.Now()
	c, err := Load(fsys, "in")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded in %v", time.Since(start))
	if len(c.Articles) != 1 || c.Articles[0].Origin != "in/good.txt" {
		t.Errorf("articles %d, want only the good one", len(c.Articles))
	}
	if len(c.Problems) != 1 || c.Problems[0].Path != "in/huge.txt" || !strings.Contains(c.Problems[0].Error(), "MiB, more than the 1 MiB one article may have") {
		t.Errorf("problems %v, want the huge file refused with its size", c.Problems)
	}
}

// TestFeedOfTenThousandItems loads a feed with 10,000 items: every item is
// an article with its own id and line.
func TestFeedOfTenThousandItems(t *testing.T) {
	var b strings.Builder
	b.WriteString("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Busy Wire</title>\n")
	for i := 0; i < 10000; i++ {
		fmt.Fprintf(&b, "<item><title>Story %d</title><link>https://wire.example/%d</link><pubDate>Mon, 04 Mar 2024 07:%02d:00 GMT</pubDate>"+
			"<description>&lt;p&gt;Report number %d says %d people came.&lt;/p&gt;</description></item>\n", i, i, i%60, i, i*3)
	}
	b.WriteString("</channel></rss>\n")
	c := loadOne(t, fstest.MapFS{"busy.xml": {Data: []byte(b.String())}}, "busy.xml")
	if len(c.Articles) != 10000 || len(c.Problems) != 0 {
		t.Fatalf("%d articles, problems %v; want 10000 and none", len(c.Articles), c.Problems)
	}
	last := c.Articles[9999]
	if last.Origin != "busy.xml#10002" || last.Title != "Story 9999" || last.Source != "Busy Wire" || !strings.Contains(last.Text, "Report number 9999 says 29997 people came.") {
		t.Errorf("last item: origin %q title %q source %q text %q", last.Origin, last.Title, last.Source, last.Text)
	}
}

// failingFS wraps a file system so that some files vanish between being
// listed and being read, some cannot be read, some break off mid-read and
// one folder cannot be listed.
type failingFS struct {
	fstest.MapFS
}

func (f failingFS) Open(name string) (fs.File, error) {
	switch {
	case strings.HasSuffix(name, "vanished.txt"):
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	case strings.HasSuffix(name, "locked.txt"):
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	case strings.HasSuffix(name, "locked-dir"):
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	file, err := f.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	if strings.HasSuffix(name, "broken.txt") {
		return brokenFile{file}, nil
	}
	return file, nil
}

// Stat must not go through MapFS's own Stat, which would not fail.
func (f failingFS) Stat(name string) (fs.FileInfo, error) {
	if strings.HasSuffix(name, "locked-dir") {
		return f.MapFS.Stat(name)
	}
	file, err := f.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

// ReadFile goes through Open, so that the failures above apply.
func (f failingFS) ReadFile(name string) ([]byte, error) {
	file, err := f.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return io.ReadAll(file)
}

// ReadDir fails for the locked folder.
func (f failingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if strings.HasSuffix(name, "locked-dir") {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrPermission}
	}
	return f.MapFS.ReadDir(name)
}

// brokenFile fails after its first few bytes, as a file on a failing disk
// or a network share that goes away.
type brokenFile struct{ fs.File }

func (b brokenFile) Read(p []byte) (int, error) {
	if len(p) > 8 {
		p = p[:8]
	}
	n, _ := b.File.Read(p)
	if n == 0 {
		return 0, errors.New("input/output error")
	}
	return n, errors.New("input/output error")
}

func TestFilesThatFailWhileLoading(t *testing.T) {
	fsys := failingFS{fstest.MapFS{
		"in/good.txt":              {Data: []byte(good)},
		"in/vanished.txt":          {Data: []byte(good)},
		"in/locked.txt":            {Data: []byte(good)},
		"in/broken.txt":            {Data: []byte(good)},
		"in/locked-dir/inside.txt": {Data: []byte(good)},
		"in/sub/also-good.md":      {Data: []byte("# Another Good One\n\nThis one loads from a subfolder.\n")},
	}}
	c, err := Load(fsys, "in")
	if err != nil {
		t.Fatal(err)
	}
	var loaded []string
	for _, a := range c.Articles {
		loaded = append(loaded, a.Origins...)
	}
	if fmt.Sprint(loaded) != "[in/good.txt in/sub/also-good.md]" {
		t.Errorf("loaded %v, want the good file and the one in sub/", loaded)
	}
	want := map[string]string{
		"in/vanished.txt": "file does not exist",
		"in/locked.txt":   "permission denied",
		"in/broken.txt":   "input/output error",
		"in/locked-dir":   "permission denied",
	}
	for _, p := range c.Problems {
		if w, ok := want[p.Path]; !ok || !strings.Contains(p.Error(), w) {
			t.Errorf("problem %v not expected", p)
		}
		delete(want, p.Path)
	}
	for p, w := range want {
		t.Errorf("no problem reported for %s (want %q)", p, w)
	}
}

// TestSymlinkLoops loads a real folder with symlink loops: links to
// themselves, to each other and to a parent folder. Nothing hangs, the
// looping files are reported and the real file loads.
func TestSymlinkLoops(t *testing.T) {
	dir := t.TempDir()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Skipf("cannot make links here: %v", err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "news", "sub"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "news", "good.txt"), []byte(good), 0o644))
	must(os.Symlink("self.txt", filepath.Join(dir, "news", "self.txt")))
	must(os.Symlink("pong.txt", filepath.Join(dir, "news", "ping.txt")))
	must(os.Symlink("ping.txt", filepath.Join(dir, "news", "pong.txt")))
	must(os.Symlink("..", filepath.Join(dir, "news", "sub", "up")))
	must(os.Symlink("../..", filepath.Join(dir, "news", "sub", "loop.html")))
	must(os.Symlink("nowhere.txt", filepath.Join(dir, "news", "dangling.txt")))

	done := make(chan struct{})
	var c *Corpus
	var err error
	go func() {
		defer close(done)
		c, err = Load(os.DirFS(dir), "news")
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Load hangs on a folder with symlink loops")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || c.Articles[0].Origin != "news/good.txt" {
		t.Errorf("articles %d, want only news/good.txt", len(c.Articles))
	}
	want := map[string]string{
		"news/self.txt":      "too many levels of symbolic links",
		"news/ping.txt":      "too many levels of symbolic links",
		"news/pong.txt":      "too many levels of symbolic links",
		"news/dangling.txt":  "no such file",
		"news/sub/loop.html": "not a regular file",
	}
	for _, p := range c.Problems {
		if w, ok := want[p.Path]; !ok || !strings.Contains(p.Error(), w) {
			t.Errorf("problem %v not expected", p)
		}
		delete(want, p.Path)
	}
	for p, w := range want {
		t.Errorf("no problem reported for %s (want %q)", p, w)
	}

	// naming a looping link itself is an error for the whole load
	if _, err := Load(os.DirFS(dir), "news/self.txt"); err == nil || !strings.Contains(err.Error(), "news/self.txt") {
		t.Errorf("Load of a self-link: %v, want an error naming it", err)
	}
}

// TestSpecialFiles checks that a named pipe is reported, not opened: a
// read from a pipe nobody writes to would hang.
func TestSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "good.txt"), []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	// mkfifo(1) rather than syscall.Mkfifo, so that the test builds everywhere
	if out, err := exec.Command("mkfifo", filepath.Join(dir, "pipe.txt"), filepath.Join(dir, "pipe")).CombinedOutput(); err != nil {
		t.Skipf("no named pipes here: %v %s", err, out)
	}
	done := make(chan struct{})
	var c *Corpus
	var err error
	go func() {
		defer close(done)
		c, err = Load(os.DirFS(dir), ".")
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("Load hangs on a named pipe")
	}
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Articles) != 1 || len(c.Problems) != 1 || c.Problems[0].Path != "pipe.txt" || !strings.Contains(c.Problems[0].Error(), "not a regular file") {
		t.Errorf("articles %d, problems %v; want the good file and pipe.txt reported", len(c.Articles), c.Problems)
	}
}

func TestParseWebDate(t *testing.T) {
	tests := []struct {
		in   string
		want string // RawArticle.Published form; "" for not a date
	}{
		{"2024-03-05T21:40:00+00:00", "2024-03-05T21:40:00Z"},
		{"2024-03-05T21:40:00.000Z", "2024-03-05T21:40:00Z"},
		{"2023-07-14T16:05:00+0100", "2023-07-14T16:05:00+01:00"},
		{"2023-07-14T16:05+01:00", "2023-07-14T16:05:00+01:00"},
		{"2023-11-02", "2023-11-02"},
		{"Tue, 05 Mar 2024 21:40:00 GMT", "2024-03-05T21:40:00Z"},
		{"Mon, 4 Mar 2024 07:00:00 +0000", "2024-03-04T07:00:00Z"},
		{"2024/03/05", "2024-03-05"},
		{"20240305", "2024-03-05"},
		{"5 March 2024", "2024-03-05"},
		{"March 5, 2024 at 9:30 p.m.", "2024-03-05T21:30:00Z"},
		{"", ""},
		{"yesterday", ""},
		{"0001-01-01T00:00:00Z", ""},
		{"9999-12-31", ""},
		{"2024-02-30", ""},
	}
	for _, tt := range tests {
		got := ""
		if tm, hasTime, ok := parseWebDate(tt.in); ok {
			got = formatPublished(tm, hasTime)
		}
		if got != tt.want {
			t.Errorf("parseWebDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSniffFormat(t *testing.T) {
	tests := []struct {
		start string
		want  string // "feed", "html" or ""
	}{
		{`<?xml version="1.0"?><rss version="2.0">`, "feed"},
		{"\xEF\xBB\xBF\n  <?xml version='1.0'?>\n<?xml-stylesheet href='a.xsl'?>\n<!-- generator -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", "feed"},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, "feed"},
		{`{"version": "https://jsonfeed.org/version/1.1", "items": []}`, "feed"},
		{`{"id": "a", "text": "an article"}`, ""},
		{`<rssfeed>`, ""},
		{`<feedback>`, ""},
		{"<!DOCTYPE html>\n<html lang=\"en\">", "html"},
		{"<!-- saved from url=(0042) -->\n<HTML>", "html"},
		{"<htmlish>", ""},
		{`<?xml version="1.0"?><config/>`, ""},
		{"<!-- never closed", ""},
		{"Plain text that mentions <rss> later", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ""
		switch f := sniffFormat([]byte(tt.start)); {
		case f == nil:
		case looksLikeFeed([]byte(tt.start)):
			got = "feed"
		default:
			got = "html"
		}
		if got != tt.want {
			t.Errorf("sniffFormat(%q) = %q, want %q", tt.start, got, tt.want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"paragraphs", "<p>One  two\nthree.</p><p>Four.</p>", "One two three.\n\nFour."},
		{"inline elements keep spaces", "<p>A <b>bold</b> and <i>italic</i>, <a href=x>linked</a>.</p>", "A bold and italic, linked."},
		{"no space invented between inline elements", "<p><b>Bold</b><i>Italic</i> text</p>", "BoldItalic text"},
		{"line break", "<p>Line one<br>Line two</p>", "Line one\nLine two"},
		{"block quote paragraphs", "<p>Before.</p><blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote><p>After.</p>", "Before.\n\nQuoted one.\n\nQuoted two.\n\nAfter."},
		{"list items", "<ul><li>First</li><li>Second <em>item</em></li></ul>", "First\n\nSecond item"},
		{"headings", "<h2>Subhead</h2><p>Body.</p>", "Subhead\n\nBody."},
		{"divs of text", "<div>Loose text<div>Nested block</div>tail</div>", "Loose text\n\nNested block\n\ntail"},
		{"table rows", "<table><tr><th>Year</th><th>Cost</th></tr><tr><td>2023</td><td>£2m</td></tr></table>", "Year | Cost\n\n2023 | £2m"},
		{"pre keeps lines", "<pre>a  b\n\n\nc</pre>", "a  b\nc"},
		{"inline quote", "<p>He said <q>no</q>.</p>", "He said “no”."},
		{"furniture left out", "<p>Text.</p><script>alert(1)</script><style>p{}</style><nav>Home</nav><form><button>Go</button></form><aside>Related</aside><footer>©</footer><figure><img src=x><figcaption>Caption</figcaption></figure>", "Text."},
		{"hidden left out", `<p>Seen.</p><p hidden>Hidden.</p><p aria-hidden="true">Aria.</p><p style="display: none">Styled.</p>`, "Seen."},
		{"furniture classes left out", `<p>Body.</p><div class="share-tools">Share</div><div id="comments">Nice</div><div class="cookie-banner">Cookies</div><div class="related-links">More</div>`, "Body."},
		{"classes that only contain furniture words kept", `<div class="shareholder-news"><p>Shareholders met.</p></div><div class="adventure"><p>Trip.</p></div>`, "Shareholders met.\n\nTrip."},
		{"entities decoded", "<p>Fish &amp; chips &pound;5 &mdash; &#8220;good&#8221;</p>", "Fish & chips £5 — “good”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := markupText(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("htmlText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCleanByline(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Okafor", "Jane Okafor"},
		{"By Jane Okafor", "Jane Okafor"},
		{"  By  Jane Okafor, Home Affairs Editor ", "Jane Okafor"},
		{"Priya Raman | Business reporter", "Priya Raman"},
		{"https://gazette.example/authors/jane", ""},
		{"@janeokafor", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cleanByline(tt.in); got != tt.want {
			t.Errorf("cleanByline(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func BenchmarkLoadHTML(b *testing.B) {
	data, err := fs.ReadFile(testdataFS, "html/gazette-bridge.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if raws, probs := loadHTML("page.html", data); len(raws) != 1 || len(probs) != 0 {
			b.Fatal(probs)
		}
	}
}

func BenchmarkLoadFeed(b *testing.B) {
	data, err := fs.ReadFile(testdataFS, "feeds/gazette.rss")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if raws, _ := loadFeed("feed.rss", data); len(raws) != 3 {
			b.Fatalf("%d items", len(raws))
		}
	}
}

func TestMergeDuplicates(t *testing.T) {
	art := func(origin, source, text string) *Article {
		a, err := Clean(RawArticle{ID: origin, Source: source, Text: text, Origin: origin, Markup: true})
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	arts := []*Article{
		art("a.txt", "", "The mayor said “yes” on Monday.\n\nWork starts soon."),
		art("b.html", "Gazette", "The mayor said \"yes\" on Monday.\n\nWork  starts soon!"),
		art("c.json", "Wire", "The mayor said no on Monday.\n\nWork starts soon."),
		art("d.rss#4", "Echo", "THE MAYOR SAID ‘YES’ ON MONDAY. WORK STARTS SOON."),
	}
	got := MergeDuplicates(arts)
	var summary []string
	for _, a := range got {
		summary = append(summary, fmt.Sprintf("%s%v(%s)", a.ID, a.Origins, a.Source))
	}
	// the copy from another outlet (Echo) is another publication of the text
	want := "[a.txt[a.txt b.html](Gazette) c.json[c.json](Wire) d.rss#4[d.rss#4](Echo)]"
	if fmt.Sprint(summary) != want {
		t.Errorf("MergeDuplicates = %v\nwant %s", summary, want)
	}
}
