package corpus

// Feeds: an RSS, Atom or JSON Feed file is parsed with gofeed; every item
// becomes an article whose source is the feed's title, and whose HTML
// content (or, without content, its description) is laid out as text by
// htmlText, as a web page's body is. Each item's line in the file is found
// so that ids and problems point at it. A file of any name whose start
// reads as a feed is loaded as one (looksLikeFeed).

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/unicode"
)

func init() {
	for _, ext := range []string{".xml", ".rss", ".atom", ".rdf", ".feed"} {
		RegisterFormat(ext, loadFeed)
	}
}

// loadFeed reads every item of a feed as an article. An item without any
// text is reported with its line and skipped; the others load.
func loadFeed(name string, data []byte) ([]RawArticle, []*LoadError) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, []*LoadError{{Path: name, Err: errors.New("empty file")}}
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		// the feed parser reads only byte encodings: make UTF-16 UTF-8
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return nil, []*LoadError{{Path: name, Err: fmt.Errorf("bad UTF-16: %w", err)}}
		}
		data = xmlEncodingDecl.ReplaceAll(out, []byte(`${1}UTF-8$2`))
	}
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return nil, []*LoadError{{Path: name, Err: errors.New("contains NUL bytes: a binary file, not a feed")}}
	}
	p := gofeed.NewParser()
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	feed, err := parseFeed(p, data)
	if err != nil {
		return nil, []*LoadError{{Path: name, Line: feedErrorLine(err), Err: fmt.Errorf("not a readable RSS, Atom or JSON feed: %v", err)}}
	}
	lines := itemLines(data, len(feed.Items))
	source := oneLine(inlineHTML(feed.Title))
	var out []RawArticle
	var probs []*LoadError
	for i, it := range feed.Items {
		if it == nil {
			continue
		}
		line := lines[i]
		ref := fmt.Sprintf("item%d", i+1)
		if line > 0 {
			ref = fmt.Sprint(line)
		}
		r := RawArticle{
			ID:     fmt.Sprintf("%s#%s", fileID(name), ref),
			Title:  oneLine(inlineHTML(it.Title)),
			Source: source,
			URL:    strings.TrimSpace(it.Link),
			Author: feedAuthor(it),
			Origin: fmt.Sprintf("%s#%s", name, ref),
			Markup: true,
		}
		r.Published = feedPublished(it)
		content := it.Content
		if strings.TrimSpace(content) == "" {
			content = it.Description
		}
		text, err := markupText(content)
		if err != nil {
			probs = append(probs, &LoadError{Path: name, Line: line, Err: fmt.Errorf("item %d: %v", i+1, err)})
			continue
		}
		text, hdr := takeMarkupHeader(text, r.Title)
		if r.Author == "" {
			r.Author = hdr.author
		}
		if r.Published == "" {
			r.Published = hdr.published
		}
		if strings.TrimSpace(text) == "" {
			probs = append(probs, &LoadError{Path: name, Line: line, Err: fmt.Errorf("item %d (%q) has no text", i+1, clip(r.Title, 60))})
			continue
		}
		r.Text = text
		out = append(out, r)
	}
	if len(out) == 0 && len(probs) == 0 {
		probs = append(probs, &LoadError{Path: name, Err: errors.New("feed has no items")})
	}
	return out, probs
}

// parseFeed runs the feed parser, turning a panic inside it (a third-party
// parser meeting hostile input) into an error.
func parseFeed(p *gofeed.Parser, data []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	return p.Parse(bytes.NewReader(data))
}

// xmlEncodingDecl matches the encoding named in an XML declaration.
var xmlEncodingDecl = regexp.MustCompile(`^(\s*<\?xml[^>]*encoding=["'])[^"']*(["'])`)

// feedErrLine finds "line N" in a parser's error message.
var feedErrLine = regexp.MustCompile(`line (\d+)`)

func feedErrorLine(err error) int {
	if m := feedErrLine.FindStringSubmatch(err.Error()); m != nil {
		return atoi(m[1])
	}
	return 0
}

// itemTag matches the start tag of a feed item (RSS, RDF) or entry (Atom).
var itemTag = regexp.MustCompile(`<(?:[A-Za-z][\w.-]*:)?(?:item|entry)[\s/>]`)

// itemLines returns the line of each of n items in a feed file, or zeros
// when the start tags found do not match the items one to one.
func itemLines(data []byte, n int) []int {
	lines := make([]int, n)
	locs := itemTag.FindAllIndex(data, n+1)
	if len(locs) != n {
		return lines
	}
	line, last := 1, 0
	for i, l := range locs {
		line += bytes.Count(data[last:l[0]], []byte("\n"))
		last = l[0]
		lines[i] = line
	}
	return lines
}

// feedAuthor joins the names of an item's authors.
func feedAuthor(it *gofeed.Item) string {
	var names []string
	for _, p := range it.Authors {
		if p == nil {
			continue
		}
		n := oneLine(p.Name)
		if n == "" {
			n = oneLine(p.Email)
		}
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 && it.Author != nil {
		names = append(names, oneLine(it.Author.Name))
	}
	return cleanByline(strings.Join(names, ", "))
}

// feedPublished returns an item's publication date (else its update date)
// as RawArticle.Published wants it.
func feedPublished(it *gofeed.Item) string {
	for _, d := range []struct {
		raw    string
		parsed *time.Time
	}{{it.Published, it.PublishedParsed}, {it.Updated, it.UpdatedParsed}} {
		if t, hasTime, ok := parseWebDate(d.raw); ok {
			return formatPublished(t, hasTime)
		}
		if d.parsed != nil {
			if s := formatPublished(*d.parsed, strings.Contains(d.raw, ":")); s != "" {
				return s
			}
		}
	}
	return ""
}

// markupText turns an item's content into text: HTML is laid out by
// htmlText; text without tags keeps its own line breaks.
func markupText(s string) (string, error) {
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s), nil
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return "", fmt.Errorf("cannot parse its HTML: %w", err)
	}
	return htmlText(doc), nil
}

// inlineHTML returns the text of a short value (a title) that may hold
// tags or entities.
func inlineHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	if t, err := markupText(s); err == nil {
		return t
	}
	return s
}

// clip shortens s to at most n runes for messages.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// feedSniffSize is how much of a file looksLikeFeed reads.
const feedSniffSize = 4096

// looksLikeFeed reports whether data starts like an RSS, Atom or RDF feed
// (after any BOM, XML declaration, comments and processing instructions),
// or like a JSON Feed.
func looksLikeFeed(data []byte) bool {
	b := markupStart(data)
	for _, root := range []string{"<rss", "<feed", "<rdf:RDF", "<RDF", "<atom:feed"} {
		if bytes.HasPrefix(b, []byte(root)) && len(b) > len(root) && strings.IndexByte(" \t\r\n>", b[len(root)]) >= 0 {
			return true
		}
	}
	return bytes.HasPrefix(b, []byte("{")) && bytes.Contains(b, []byte("jsonfeed.org/version"))
}

// looksLikeHTML reports whether data starts like an HTML page.
func looksLikeHTML(data []byte) bool {
	b := markupStart(data)
	return len(b) > 5 && strings.EqualFold(string(b[:5]), "<html") && strings.IndexByte(" \t\r\n>", b[5]) >= 0
}

// markupStart returns the start of data's first element (or of anything
// else), past a UTF-8 BOM, white space, XML declarations, processing
// instructions, comments and a doctype. Only the first feedSniffSize
// bytes are looked at.
func markupStart(data []byte) []byte {
	b := data[:min(len(data), feedSniffSize)]
	b = bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
	for {
		b = bytes.TrimLeft(b, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(b, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(b, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(b, []byte("<!")):
			end = []byte(">")
		default:
			return b
		}
		i := bytes.Index(b, end)
		if i < 0 {
			return nil
		}
		b = b[i+len(end):]
	}
}

// sniffFormat returns the loader for data whose start shows its format
// whatever the file is called: a feed, or an HTML page. It returns nil
// when the start shows nothing.
func sniffFormat(data []byte) FormatLoader {
	switch {
	case looksLikeFeed(data):
		return loadFeed
	case looksLikeHTML(data):
		return loadHTML
	}
	return nil
}

// fileLooksLikeFeed reads the start of a file whose name Load does not
// know and reports whether it is a feed.
func fileLooksLikeFeed(fsys fs.FS, p string) bool {
	f, err := fsys.Open(p)
	if err != nil {
		return false
	}
	defer f.Close()
	buf := make([]byte, feedSniffSize)
	n, _ := io.ReadFull(f, buf)
	return looksLikeFeed(buf[:n])
}
