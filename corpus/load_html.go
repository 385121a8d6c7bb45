package corpus

// HTML pages: a saved news page is decoded (BOM, <meta charset>, or
// Windows-1252 when it is not UTF-8), parsed once, and its metadata read
// from what publishers put there for machines: meta tags, JSON-LD and
// <time> elements. readability then picks the article body out of the page
// furniture (navigation, related links, cookie banners, comments) and
// htmlText lays it out as plain paragraphs for the cleaner, which is told
// (RawArticle.Markup) that the plain-text header heuristics do not apply.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

func init() {
	RegisterFormat(".html", loadHTML)
	RegisterFormat(".htm", loadHTML)
	RegisterFormat(".xhtml", loadHTML)
}

// MaxHTMLSize is the largest HTML page Load reads. Saved news pages are a
// few megabytes at most; a larger one is refused with a clear error rather
// than tying up the article extractor.
const MaxHTMLSize = 32 << 20

// maxHTMLElements bounds the work readability does on one page.
const maxHTMLElements = 200000

// loadHTML reads a saved web page as one article. A feed saved with an
// .html name is read as a feed.
func loadHTML(name string, data []byte) ([]RawArticle, []*LoadError) {
	if len(data) > MaxHTMLSize {
		return nil, []*LoadError{{Path: name, Err: fmt.Errorf("HTML page is %d MiB, larger than the %d MiB limit", len(data)>>20, MaxHTMLSize>>20)}}
	}
	if looksLikeFeed(data) {
		return loadFeed(name, data)
	}
	src, lerr := decodeHTML(name, data)
	if lerr != nil {
		return nil, []*LoadError{lerr}
	}
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return nil, []*LoadError{{Path: name, Err: fmt.Errorf("cannot parse HTML: %w", err)}}
	}
	meta := readPageMeta(doc)
	r := RawArticle{ID: fileID(name), Origin: name, Markup: true, URL: meta.url}

	ps := readability.NewParser()
	ps.MaxElemsToParse = maxHTMLElements
	var pageURL *url.URL
	if u, err := url.Parse(meta.url); err == nil && u.IsAbs() {
		pageURL = u
	}
	art, err := extractArticle(&ps, doc, pageURL)
	if err != nil {
		return nil, []*LoadError{{Path: name, Err: fmt.Errorf("no article found in the page: %w", err)}}
	}
	r.Title = firstNonEmpty(oneLine(art.Title()), meta.title)
	r.Author = firstNonEmpty(cleanByline(art.Byline()), cleanByline(meta.author))
	r.Source = firstNonEmpty(oneLine(art.SiteName()), meta.site)
	r.Published = meta.published
	if r.Published == "" {
		if t, err := art.PublishedTime(); err == nil {
			r.Published = formatPublished(t, t.Hour() != 0 || t.Minute() != 0)
		}
	}
	var text string
	if art.Node != nil {
		text = htmlText(art.Node)
	}
	text, hdr := takeMarkupHeader(text, r.Title)
	if r.Author == "" {
		r.Author = hdr.author
	}
	if r.Published == "" {
		r.Published = hdr.published
	}
	if strings.TrimSpace(text) == "" {
		return nil, []*LoadError{{Path: name, Err: errors.New("no article text found in the page")}}
	}
	r.Text = text
	return []RawArticle{r}, nil
}

// extractArticle runs readability on a parsed page, turning a panic inside
// it (a third-party extractor meeting hostile input) into an error.
func extractArticle(ps *readability.Parser, doc *html.Node, pageURL *url.URL) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("article extractor failed: %v", r)
		}
	}()
	return ps.ParseAndMutate(doc, pageURL)
}

// decodeHTML turns page bytes into UTF-8 text, honouring a byte-order mark
// or a declared charset and falling back to Windows-1252 (what browsers
// do) for bytes that are not UTF-8. A binary file is an error.
func decodeHTML(name string, data []byte) (string, *LoadError) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", &LoadError{Path: name, Err: errors.New("empty file")}
	}
	utf16 := bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF})
	if !utf16 && bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return "", &LoadError{Path: name, Err: errors.New("contains NUL bytes: a binary file, not HTML")}
	}
	enc, encName, certain := charset.DetermineEncoding(data, "text/html")
	if encName == "utf-8" && utf8.Valid(data) {
		return strings.TrimPrefix(string(data), "\uFEFF"), nil
	}
	if encName == "utf-8" || (!certain && encName == "windows-1252") {
		// UTF-8 with stray bytes of a legacy encoding (pages pasted
		// together from several sources), or no charset at all
		return strings.TrimPrefix(mixedToUTF8(data), "\uFEFF"), nil
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return "", &LoadError{Path: name, Err: fmt.Errorf("cannot decode page as %s: %w", encName, err)}
	}
	return strings.TrimPrefix(string(out), "\uFEFF"), nil
}

// mixedToUTF8 keeps the valid UTF-8 of data and reads each byte that is
// not as Windows-1252, the usual legacy encoding of the web.
func mixedToUTF8(data []byte) string {
	var b strings.Builder
	b.Grow(len(data))
	dec := charmap.Windows1252
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			b.WriteRune(dec.DecodeByte(data[i]))
			i++
			continue
		}
		b.Write(data[i : i+n])
		i += n
	}
	return b.String()
}

// pageMeta is what a page says about itself for machines.
type pageMeta struct {
	title, author, site, url string
	published                string // as RawArticle.Published wants it, or ""
}

// dateMetaKeys are the meta tags (name, property or itemprop) that give a
// page's publication date, best first.
var dateMetaKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
	"dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date", "pubdate", "publishdate",
	"publish-date", "publication_date", "sailthru.date", "parsely-pub-date", "article.published", "og:published_time",
}

// readPageMeta reads the metadata of a parsed page: meta tags, JSON-LD,
// <time> elements, the canonical link and the <title>.
func readPageMeta(doc *html.Node) pageMeta {
	metas := map[string]string{}
	var ldScripts []string
	var times []string // datetime attributes, the ones marked as publication first
	var pm pageMeta
	var canonical string
	walkHTML(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				return true
			}
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
					if _, ok := metas[key]; !ok {
						metas[key] = content
					}
				}
			}
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
				canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Script:
			if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
				ldScripts = append(ldScripts, textContent(n))
			}
			return false
		case atom.Title:
			if pm.title == "" {
				pm.title = oneLine(textContent(n))
			}
		case atom.Time:
			dt := strings.TrimSpace(attr(n, "datetime"))
			if dt == "" {
				return true
			}
			marked := strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate") ||
				strings.Contains(strings.ToLower(attr(n, "class")), "publish")
			if marked {
				times = append([]string{dt}, times...)
			} else {
				times = append(times, dt)
			}
		}
		return true
	})
	ld := readJSONLD(ldScripts)

	var dates []string
	dates = append(dates, ld.published)
	for _, k := range dateMetaKeys {
		dates = append(dates, metas[k])
	}
	dates = append(dates, times...)
	for _, d := range dates {
		if d == "" {
			continue
		}
		if t, hasTime, ok := parseWebDate(d); ok {
			pm.published = formatPublished(t, hasTime)
			break
		}
	}
	pm.author = firstNonEmpty(ld.author, metas["author"], metas["article:author"], metas["dc.creator"], metas["byl"])
	pm.site = oneLine(firstNonEmpty(metas["og:site_name"], ld.publisher, metas["application-name"]))
	pm.url = firstNonEmpty(canonical, metas["og:url"], ld.url)
	if ld.headline != "" {
		pm.title = oneLine(ld.headline)
	} else if t := metas["og:title"]; t != "" {
		pm.title = oneLine(t)
	}
	return pm
}

// ldArticle is what Dateline takes from a page's JSON-LD.
type ldArticle struct {
	headline, author, publisher, published, url string
}

// readJSONLD finds the first schema.org object with a datePublished or a
// headline in the page's JSON-LD blocks (arrays and @graph lists too) and
// reads its fields. Blocks that are not valid JSON are ignored.
func readJSONLD(scripts []string) ldArticle {
	var out ldArticle
	for _, s := range scripts {
		s = strings.TrimSpace(s)
		s = strings.TrimSuffix(strings.TrimPrefix(s, "<![CDATA["), "]]>")
		var v any
		if json.Unmarshal([]byte(s), &v) != nil {
			continue
		}
		if obj := findLDArticle(v, 0); obj != nil {
			out.headline = ldString(obj["headline"])
			if out.headline == "" {
				out.headline = ldString(obj["name"])
			}
			out.published = ldString(obj["datePublished"])
			out.author = ldNames(obj["author"])
			out.publisher = ldNames(obj["publisher"])
			out.url = ldString(obj["url"])
			if out.url == "" {
				out.url = ldString(obj["mainEntityOfPage"])
			}
			if m, ok := obj["mainEntityOfPage"].(map[string]any); ok && out.url == "" {
				out.url = ldString(m["@id"])
			}
			return out
		}
	}
	return out
}

// findLDArticle returns the first object in v that has a datePublished or
// an article @type.
func findLDArticle(v any, depth int) map[string]any {
	if depth > 16 {
		return nil
	}
	switch x := v.(type) {
	case map[string]any:
		if _, ok := x["datePublished"]; ok {
			return x
		}
		if strings.Contains(strings.ToLower(fmt.Sprint(x["@type"])), "article") {
			return x
		}
		if g, ok := x["@graph"]; ok {
			return findLDArticle(g, depth+1)
		}
	case []any:
		for _, e := range x {
			if o := findLDArticle(e, depth+1); o != nil {
				return o
			}
		}
	}
	return nil
}

// ldString returns a JSON-LD value that is a string (or the first string
// of a list).
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		for _, e := range x {
			if s := ldString(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// ldNames reads a person or organisation value: a name string, an object
// with a name, or a list of them, joined with ", ".
func ldNames(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if n := ldNames(e); n != "" {
				names = append(names, n)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// webDateLayouts are the date forms found in page metadata and feeds
// beyond those ParsePublished reads, with whether they carry a time.
var webDateLayouts = []struct {
	layout  string
	hasTime bool
}{
	{"2006-01-02T15:04:05Z0700", true},
	{"2006-01-02T15:04:05.000Z0700", true},
	{"2006-01-02T15:04Z07:00", true},
	{time.RFC1123Z, true},
	{time.RFC1123, true},
	{"Mon, 2 Jan 2006 15:04:05 -0700", true},
	{"Mon, 2 Jan 2006 15:04:05 MST", true},
	{"Mon, 2 Jan 2006 15:04 -0700", true},
	{time.RFC822Z, true},
	{time.RFC822, true},
	{"2006/01/02 15:04:05", true},
	{"2006/01/02", false},
	{"20060102", false},
}

// parseWebDate reads a publication date as written in page metadata or a
// feed. hasTime says whether a time of day was given.
func parseWebDate(s string) (t time.Time, hasTime, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 {
		return time.Time{}, false, false
	}
	if t, hasTime, err := ParsePublished(s); err == nil {
		return t, hasTime, plausibleYear(t)
	}
	for _, f := range webDateLayouts {
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, f.hasTime, plausibleYear(t)
		}
	}
	if t, hasTime, ok := parseDateline(s); ok {
		return t, hasTime, true
	}
	return time.Time{}, false, false
}

func plausibleYear(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2200 }

// formatPublished writes a date the way RawArticle.Published wants it.
func formatPublished(t time.Time, hasTime bool) string {
	if !plausibleYear(t) {
		return ""
	}
	if hasTime {
		return t.Format(time.RFC3339)
	}
	return t.Format("2006-01-02")
}

// cleanByline turns a byline as pages give it ("By Jane Smith | Home
// Affairs", "https://…/jane") into a name, or "" when it is not one.
func cleanByline(s string) string {
	s = oneLine(s)
	if s == "" || len(s) > 200 || strings.Contains(s, "://") || strings.HasPrefix(s, "@") {
		return ""
	}
	if name, ok := parseByline(s); ok {
		return name
	}
	if i := strings.IndexAny(s, "|•·"); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s
}

// markupHeader is what takeMarkupHeader finds at the top of a page's text.
type markupHeader struct {
	author, published string
}

// takeMarkupHeader removes from the first blocks of extracted text the
// headline, the dateline and the byline that pages print above the body
// (readability keeps them), returning what they said.
func takeMarkupHeader(text, title string) (string, markupHeader) {
	var h markupHeader
	blocks := strings.Split(text, "\n\n")
	keep := blocks[:0]
	titleKey := normLine(title)
	for i, b := range blocks {
		ln := strings.TrimSpace(b)
		if i < 5 && !strings.Contains(ln, "\n") {
			if titleKey != "" && normLine(ln) == titleKey {
				continue
			}
			if t, hasTime, ok := parseDateline(ln); ok {
				if h.published == "" {
					h.published = formatPublished(t, hasTime)
				}
				continue
			}
			if name, ok := parseByline(ln); ok {
				if h.author == "" {
					h.author = name
				}
				continue
			}
		}
		keep = append(keep, b)
	}
	return strings.Join(keep, "\n\n"), h
}

// skippedElements hold no article text.
var skippedElements = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Video: true,
	atom.Audio: true, atom.Canvas: true, atom.Img: true, atom.Picture: true, atom.Source: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Form: true, atom.Nav: true, atom.Aside: true,
	atom.Footer: true, atom.Figcaption: true, atom.Title: true, atom.Meta: true, atom.Link: true, atom.Dialog: true,
}

// blockElements start and end a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Blockquote: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true,
	atom.Dd: true, atom.Dt: true, atom.Pre: true, atom.Figure: true, atom.Table: true, atom.Tr: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Header: true, atom.Center: true, atom.Caption: true, atom.Body: true,
}

// furniture matches class and id names of page furniture that is not
// article text: banners, sharing, comments, related links, adverts.
var furniture = regexp.MustCompile(`(?i)(?:^|[\s_-])(?:cookies?|consent|gdpr|newsletter|share|sharing|social|related|comments?|advert|adverts|ads?|promo|subscribe|subscription|paywall|sidebar|breadcrumbs?|nav|navigation|menu|footer|masthead|outbrain|taboola)(?:$|[\s_-])`)

// htmlText lays out the text of an HTML tree as plain text: one block
// element (paragraph, heading, list item, block quote paragraph, table
// row) to a paragraph, paragraphs separated by blank lines, <br> kept as a
// line break. Scripts, forms, navigation, figure captions, hidden elements
// and elements whose class or id names page furniture are left out.
func htmlText(root *html.Node) string {
	var t textLayout
	var visit func(n *html.Node, pre bool)
	visit = func(n *html.Node, pre bool) {
		switch n.Type {
		case html.TextNode:
			t.text(n.Data, pre)
			return
		case html.ElementNode:
			if skippedElements[n.DataAtom] || hiddenElement(n) {
				return
			}
		case html.DocumentNode:
		default:
			return
		}
		block := blockElements[n.DataAtom]
		switch n.DataAtom {
		case atom.Br:
			t.lineBreak()
			return
		case atom.Td, atom.Th:
			t.cell()
		case atom.Q:
			t.text("“", true)
		case atom.Pre:
			pre = true
		}
		if block {
			t.endBlock()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, pre)
		}
		if n.DataAtom == atom.Q {
			t.text("”", true)
		}
		if block {
			t.endBlock()
		}
	}
	visit(root, false)
	t.endBlock()
	return strings.Join(t.blocks, "\n\n")
}

// hiddenElement reports whether an element is hidden from readers or
// named as page furniture.
func hiddenElement(n *html.Node) bool {
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
		return true
	}
	if n.DataAtom == atom.Html || n.DataAtom == atom.Body || n.DataAtom == atom.Article || n.DataAtom == atom.Main {
		return false
	}
	return furniture.MatchString(attr(n, "class")) || furniture.MatchString(attr(n, "id")) ||
		strings.EqualFold(attr(n, "role"), "navigation") || strings.EqualFold(attr(n, "role"), "complementary")
}

// textLayout collects the paragraphs of htmlText.
type textLayout struct {
	blocks []string
	cur    strings.Builder
	space  bool // a space is pending before the next word
	cells  int  // table cells seen in the current block
}

func (t *textLayout) text(s string, pre bool) {
	if pre {
		t.flushSpace()
		t.cur.WriteString(s)
		return
	}
	if first, _ := utf8.DecodeRuneInString(s); unicode.IsSpace(first) {
		t.space = true
	}
	for i, w := range strings.Fields(s) {
		if i > 0 {
			t.space = true
		}
		t.flushSpace()
		t.cur.WriteString(w)
	}
	if last, _ := utf8.DecodeLastRuneInString(s); unicode.IsSpace(last) {
		t.space = true
	}
}

func (t *textLayout) flushSpace() {
	if t.space && t.cur.Len() > 0 {
		last := t.cur.String()[t.cur.Len()-1]
		if last != ' ' && last != '\n' {
			t.cur.WriteByte(' ')
		}
	}
	t.space = false
}

func (t *textLayout) lineBreak() {
	if t.cur.Len() > 0 {
		t.cur.WriteByte('\n')
	}
	t.space = false
}

func (t *textLayout) cell() {
	if t.cells > 0 && t.cur.Len() > 0 {
		t.cur.WriteString(" | ")
	}
	t.cells++
	t.space = false
}

func (t *textLayout) endBlock() {
	s := strings.TrimSpace(t.cur.String())
	if s != "" {
		// blank lines inside a block (from <pre>) would split it
		for strings.Contains(s, "\n\n") {
			s = strings.ReplaceAll(s, "\n\n", "\n")
		}
		t.blocks = append(t.blocks, s)
	}
	t.cur.Reset()
	t.space = false
	t.cells = 0
}

// walkHTML calls visit for n and its descendants in document order; visit
// returns false to skip an element's children.
func walkHTML(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walkHTML(c, visit)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// textContent returns all the text under n.
func textContent(n *html.Node) string {
	var b strings.Builder
	walkHTML(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}

// oneLine collapses a metadata value's white space to single spaces.
func oneLine(s string) string { return joinFields(s) }

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}
