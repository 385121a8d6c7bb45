package corpus

// Cleaning: a raw article's text is sanitised, split into lines, its
// header (headline, dateline, byline) taken off the top, web boilerplate
// dropped (widgets, "Read more:" links, picture credits, captions repeated
// from the body, navigation blocks of other stories) and what remains is
// laid out as paragraphs separated by blank lines and split into sentences.
// Every rule is about page layout, never about a particular story.

import (
	"bytes"
	"cmp"
	"errors"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Clean turns a raw article into a clean Article.
func Clean(r RawArticle) (*Article, error) {
	// metadata fields are one line each: a newline in a title must not
	// break the line it is printed on
	a := &Article{ID: r.ID, Title: oneLine(Sanitize(r.Title)), Source: oneLine(Sanitize(r.Source)),
		URL: oneLine(Sanitize(r.URL)), Author: oneLine(Sanitize(r.Author)), Origin: r.Origin}
	a.Origins = []string{r.Origin}
	if r.Published != "" {
		t, hasTime, err := ParsePublished(r.Published)
		if err != nil {
			return nil, err
		}
		a.Published, a.PublishedHasTime, a.PublishedHow = t, hasTime, PublishedMetadata
	}
	text := strings.ReplaceAll(r.Text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = Sanitize(text)
	text = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u202f', '\u2009', '\u200a':
			return ' '
		case '\u200b', '\ufeff':
			return -1
		}
		return r
	}, text)
	// the lines and paragraphs are made in a lent buffer, cleared after
	sc := cleanScratches.Get().(*cleanScratch)
	defer sc.done()
	// strings.Split(text, "\n"), each line trimmed
	lines := sc.lines[:0]
	for rest := text; ; {
		i := strings.IndexByte(rest, '\n')
		if i < 0 {
			lines = append(lines, strings.TrimSpace(rest))
			break
		}
		lines = append(lines, strings.TrimSpace(rest[:i]))
		rest = rest[i+1:]
	}
	sc.lines = lines
	titleGiven := a.Title != ""
	if !r.Markup {
		lines = a.takeHeader(lines)
	} else if a.Title != "" {
		lines = dropTitleLine(lines, a.Title)
	}
	lines = dropBoilerplate(lines)
	paras := appendJoinWrapped(sc.paras[:0], lines)
	sc.paras = paras
	if len(paras) == 0 && !titleGiven && a.Title != "" {
		paras = []string{a.Title} // a text that is only a headline is its own body
	}
	if len(paras) == 0 {
		return nil, errors.New("no article text left after cleaning")
	}
	// the text is built at its final size, and each slice at its length:
	// they are kept for as long as the article
	size := 2 * (len(paras) - 1)
	for _, p := range paras {
		size += len(p)
	}
	var b strings.Builder
	b.Grow(size)
	a.Paragraphs = make([]Span, len(paras))
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		a.Paragraphs[i] = Span{b.Len(), b.Len() + len(p)}
		b.WriteString(p)
	}
	a.Text = b.String()
	a.Sentences = SplitSentences(a.Text, a.Paragraphs)
	a.Words = fieldCount(a.Text)
	return a, nil
}

// cleanScratch holds the lines and paragraphs of one article while it is
// cleaned.
type cleanScratch struct {
	lines, paras []string
}

var cleanScratches = sync.Pool{New: func() any { return new(cleanScratch) }}

// done empties the scratch, so that it keeps no article's text, and lends
// it again.
func (sc *cleanScratch) done() {
	clear(sc.lines)
	clear(sc.paras)
	sc.lines, sc.paras = sc.lines[:0], sc.paras[:0]
	cleanScratches.Put(sc)
}

// dropTitleLine removes a first line that repeats the known title, in
// place.
func dropTitleLine(lines []string, title string) []string {
	for i, ln := range lines {
		if ln == "" {
			continue
		}
		var lb, tb [256]byte
		if bytes.Equal(appendNormLine(lb[:0], ln), appendNormLine(tb[:0], title)) {
			return slices.Delete(lines, i, i+1)
		}
		break
	}
	return lines
}

// headerLines is how far into the text the header (headline, dateline,
// byline) is looked for, in non-empty lines.
const headerLines = 8

// takeHeader takes the headline, dateline and byline off the top of the
// text into the article's fields and returns the remaining lines (lines
// itself, changed in place).
func (a *Article) takeHeader(lines []string) []string {
	if a.Title != "" {
		lines = dropTitleLine(lines, a.Title)
	} else if i, ok := headline(lines); ok {
		// a copy: a slice of the line would keep the whole raw text
		a.Title = strings.Clone(lines[i])
		lines = slices.Delete(lines, i, i+1)
	}
	seen := 0
	for i := 0; i < len(lines) && seen < headerLines; i++ {
		ln := lines[i]
		if ln == "" {
			continue
		}
		seen++
		if t, hasTime, ok := parseDateline(ln); ok {
			if a.Dateline == "" {
				a.Dateline = strings.Clone(ln)
				if a.PublishedHow == PublishedUnknown {
					a.Published, a.PublishedHasTime, a.PublishedHow = t, hasTime, PublishedText
				}
			}
			lines[i] = ""
			continue
		}
		if name, ok := parseByline(ln); ok {
			if a.Author == "" {
				a.Author = strings.Clone(name)
			}
			lines[i] = ""
		}
	}
	return lines
}

// headline returns the index of the first line when it reads as a
// headline: short, not ending like a sentence, and either set off by a
// blank line or in title case. A first line that runs straight into the
// body without a break and in sentence case is more likely a photo caption.
func headline(lines []string) (int, bool) {
	i := 0
	for i < len(lines) && lines[i] == "" {
		i++
	}
	if i >= len(lines) {
		return 0, false
	}
	ln := lines[i]
	if n := fieldCount(ln); n < 2 || n > 25 || endsSentence(ln) || strings.HasSuffix(ln, ":") {
		return 0, false
	}
	if _, _, ok := parseDateline(ln); ok || !hasWords(ln, 2) || linkLine.MatchString(ln) || widgetLine(ln) {
		return 0, false
	}
	blankAfter := i+1 >= len(lines) || lines[i+1] == ""
	if blankAfter || titleCaseText(ln) {
		return i, true
	}
	// a headline followed at once by a dateline or byline
	if i+1 < len(lines) {
		if _, _, ok := parseDateline(lines[i+1]); ok {
			return i, true
		}
		if _, ok := parseByline(lines[i+1]); ok {
			return i, true
		}
	}
	return 0, false
}

// hasWords reports whether at least n of the words of ln are words
// proper: three or more letters and not a month name ("APR 28" is not a
// headline).
func hasWords(ln string, n int) bool {
	k := 0
	for st, en := nextField(ln, 0); st < len(ln); st, en = nextField(ln, en) {
		w := ln[st:en]
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 3 && monthNumber(w) == 0 {
			k++
		}
	}
	return k >= n
}

// endsSentence reports whether a line ends with sentence punctuation
// (possibly inside closing quotes).
func endsSentence(ln string) bool {
	ln = strings.TrimRight(ln, "\"'”’) ")
	r, _ := utf8.DecodeLastRuneInString(ln)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// minorWords stay lower case in title case.
var minorWords = map[string]bool{"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "of": true,
	"in": true, "on": true, "at": true, "to": true, "for": true, "by": true, "with": true, "over": true, "from": true,
	"as": true, "into": true, "vs": true, "v": true, "is": true, "up": true, "off": true, "out": true, "nor": true}

// titleCaseText reports whether most of the words of s that could be
// capitalised are.
func titleCaseText(s string) bool {
	caps, n := 0, 0
	for st, en := nextField(s, 0); st < len(s); st, en = nextField(s, en) {
		titleCaseCount(s[st:en], &caps, &n)
	}
	return mostlyCapitalised(caps, n)
}

// mostlyCapitalised is the verdict of title case on caps capitalised words
// of n that could be: at least three, and eight in ten of them.
func mostlyCapitalised(caps, n int) bool { return n >= 3 && caps*10 >= n*8 }

// titleCaseCount counts word w for titleCaseText: in n when it could be
// capitalised, in caps when it is.
func titleCaseCount(w string, caps, n *int) {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsLetter(r) || lowerIn(minorWords, w) {
		return
	}
	*n++
	if unicode.IsUpper(r) {
		*caps++
	}
}

var (
	monthNames = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`
	clockRe    = `(?:,?\s*(?:at\s+)?(\d{1,2})[:.](\d{2})(?:\s*([ap])\.?m\.?)?)?`
	// the words around a dateline that carry no date
	datelinePrefix = regexp.MustCompile(`(?i)^(?:(?:first\s+)?published(?:\s+on)?|updated(?:\s+on)?|last\s+updated|posted(?:\s+on)?|date)\s*:?\s*|^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+`)
	datelineTail   = regexp.MustCompile(`(?i)\s*(?:\(?(?:gmt|bst|utc|cet|cest|est|edt|cst|cdt|pst|pdt|et|pt)\)?)?\s*$`)
	dmyRe          = regexp.MustCompile(`(?i)^(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthNames + `)\s*,?\s+(\d{4})` + clockRe)
	mdyRe          = regexp.MustCompile(`(?i)^(` + monthNames + `)\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(\d{4})` + clockRe)
	isoRe          = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?`)
	bylineRe       = regexp.MustCompile(`^(?i:by|written by|words by)\s+([\p{Lu}][\p{L}'’.\-]*(?:\s+(?:[\p{Lu}][\p{L}'’.\-]*|and|&|de|van|von|da|di|la|le|bin|al))*)\s*(?:[,|–—-].*)?$`)
)

// parseDateline reads a line that is only a date (and perhaps a time,
// "Published"/"Updated" and a weekday), as news pages print them.
func parseDateline(ln string) (time.Time, bool, bool) {
	if len(ln) > 60 {
		return time.Time{}, false, false
	}
	s := strings.TrimSpace(ln)
	// the prefix is anchored at the start: cutting each match off is what
	// replacing it with "" until nothing changes does
	for {
		m := datelinePrefix.FindStringIndex(s)
		if m == nil || m[1] == 0 {
			break
		}
		s = s[m[1]:]
	}
	s = strings.TrimSpace(strings.Trim(s, "|·•-–— "))
	var year, month, day, hour, min int
	var ampm string
	var rest string
	hasTime := false
	if m := dmyRe.FindStringSubmatchIndex(s); m != nil {
		g := submatches(s, m)
		day, month, year = atoi(g[1]), monthNumber(g[2]), atoi(g[3])
		if g[4] != "" {
			hour, min, ampm, hasTime = atoi(g[4]), atoi(g[5]), g[6], true
		}
		rest = s[m[1]:]
	} else if m := mdyRe.FindStringSubmatchIndex(s); m != nil {
		g := submatches(s, m)
		month, day, year = monthNumber(g[1]), atoi(g[2]), atoi(g[3])
		if g[4] != "" {
			hour, min, ampm, hasTime = atoi(g[4]), atoi(g[5]), g[6], true
		}
		rest = s[m[1]:]
	} else if m := isoRe.FindStringSubmatchIndex(s); m != nil {
		g := submatches(s, m)
		year, month, day = atoi(g[1]), atoi(g[2]), atoi(g[3])
		if g[4] != "" {
			hour, min, hasTime = atoi(g[4]), atoi(g[5]), true
		}
		rest = s[m[1]:]
	} else {
		return time.Time{}, false, false
	}
	if datelineTail.ReplaceAllString(rest, "") != "" {
		return time.Time{}, false, false
	}
	switch strings.ToLower(ampm) {
	case "p":
		if hour < 12 {
			hour += 12
		}
	case "a":
		if hour == 12 {
			hour = 0
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2200 || hour > 23 || min > 59 {
		return time.Time{}, false, false
	}
	t := time.Date(year, time.Month(month), day, hour, min, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, false, false // 31 February
	}
	return t, hasTime, true
}

func submatches(s string, m []int) []string {
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// monthNumber returns 1–12 for a month name or abbreviation, else 0.
func monthNumber(s string) int {
	s = strings.TrimSuffix(s, ".")
	if !hasUpperASCIIOrMulti(s) {
		if len(s) < 3 {
			return 0
		}
		return monthOf(s[0], s[1], s[2])
	}
	// strings.ToLower(s), in a buffer of the stack for a short word
	var buf [64]byte
	l := appendLower(buf[:0], s)
	if len(l) < 3 {
		return 0
	}
	return monthOf(l[0], l[1], l[2])
}

// monthAbbrevs are the first three letters of the months' names.
var monthAbbrevs = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// monthOf returns 1–12 for the month whose name starts with the three
// lower-case bytes a, b, c, else 0.
func monthOf(a, b, c byte) int {
	for i, m := range monthAbbrevs {
		if m[0] == a && m[1] == b && m[2] == c {
			return i + 1
		}
	}
	return 0
}

// parseByline reads "By Jane Smith" (and "By Jane Smith, Home Affairs
// Editor") and returns the name.
func parseByline(ln string) (string, bool) {
	if len(ln) > 100 {
		return "", false
	}
	m := bylineRe.FindStringSubmatch(ln)
	if m == nil || len(strings.Fields(m[1])) > 8 {
		return "", false
	}
	// "By Wednesday, 40 bodies had been found" opens a sentence: a day or
	// a month alone is no author (but "By June Carter" is one)
	f := strings.Fields(m[1])
	if first := strings.ToLower(strings.TrimRight(f[0], ".,")); figWeekday(first) || len(f) == 1 && monthDayNames[first] {
		return "", false
	}
	return m[1], true
}

var (
	// lines that are page furniture, compared whole (lower case, trimmed
	// of punctuation and ellipses)
	widgetLines = map[string]bool{
		"listen to this article": true, "loading audio": true, "loading": true, "advertisement": true,
		"advertisment": true, "ad": true, "share": true, "share this article": true, "share this": true,
		"copy link": true, "link copied": true, "sign up": true, "subscribe": true, "skip advert": true,
		"play video": true, "click to play": true, "watch": true, "follow us": true, "comments": true,
		"show comments": true, "hide caption": true, "toggle caption": true, "enlarge this image": true,
		"image caption": true, "image source": true, "getty images": true, "pa media": true, "video": true,
		"audio": true, "close": true, "menu": true, "print": true, "email": true, "expand": true,
		"sponsored": true, "sponsored content": true, "continue reading": true, "read more": true,
		"scroll to continue": true, "back to top": true, "cookie settings": true, "accept cookies": true,
		"listen": true, "save": true, "gift this article": true, "add to myft": true, "exclusive": true,
	}
	// lines that link elsewhere: "Read more: …", "RELATED: …"
	linkLine = regexp.MustCompile(`(?i)^(?:read more|more|related|see also|also read|read also|read next|watch|listen|recommended|more on this story|more from|also see|click here|you may also like|pictured)\s*[:\-–—|»>]`)
	// trailing picture credits: "… . Picture: Alamy", "(Image: Getty)"
	creditTail = regexp.MustCompile(`(?i)(?:^|[.\s])\s*[(\[]?(?:picture|photo|photograph|image|credit|pic|photo credit|image credit|source)s?\s*:\s*[^.]{1,60}[)\]]?\s*$`)
	// parentheses that mark a caption: "(file image)", "(pictured)"
	captionParen = regexp.MustCompile(`(?i)\s*\((?:file (?:image|photo|picture)[^)]*|stock (?:image|photo)[^)]*|pictured[^)]*|left|right|centre|center|above|below|top|bottom|inset)\)`)
	// headings that open a block of links to other stories
	navHeading = regexp.MustCompile(`(?i)^(?:see more\b|more\b|latest\b|related\b|most (?:read|popular|viewed|shared)\b|recommended\b|trending\b|top stories\b|you (?:may|might) (?:also )?like\b|read next\b|in other news\b|popular\b|editor'?s picks\b|around the web\b|more stories\b|from around the web\b|more from\b|also on\b|what to read next\b)`)
)

// widgetLineMax is the length of the longest line of widgetLines.
var widgetLineMax = func() int {
	n := 0
	for k := range widgetLines {
		n = max(n, len(k))
	}
	return n
}()

// widgetLine reports whether a line is page furniture: in lower case and
// trimmed of punctuation and ellipses, one of widgetLines. A line too long
// to be one, even with letters that lower-casing shortens (three bytes to
// one at most), is not looked up.
func widgetLine(ln string) bool {
	t := strings.Trim(ln, " .…:!|»>-–—")
	return len(t) <= 3*widgetLineMax && lowerIn(widgetLines, t)
}

// dropBoilerplate removes page furniture, picture credits, photo captions
// (a line that carried a credit, and every copy of it) and trailing
// navigation blocks. Blank lines are kept as paragraph breaks.
func dropBoilerplate(lines []string) []string {
	lines = cutNavigation(lines)
	// filtered in place: a line is read before its place is written
	out := lines[:0]
	var captions map[string]bool
	for _, ln := range lines {
		if ln == "" {
			out = append(out, ln)
			continue
		}
		if widgetLine(ln) || linkLine.MatchString(ln) {
			continue
		}
		if m := findCreditTail(ln); m != nil {
			if c := normLine(ln[:m[0]]); c != "" && fieldCount(c) <= 40 {
				if captions == nil {
					captions = map[string]bool{}
				}
				captions[c] = true
			}
			continue
		}
		out = append(out, ln)
	}
	if len(captions) > 0 {
		kept := out[:0]
		var buf [256]byte
		for _, ln := range out {
			if ln != "" && captions[string(appendNormLine(buf[:0], ln))] {
				continue
			}
			kept = append(kept, ln)
		}
		out = kept
	}
	return dropRepeats(out)
}

// findCreditTail finds a trailing picture credit (creditTail) in a line.
// Nothing after the credit's colon may be a full stop, so a line with no
// colon after its last full stop (most lines of prose) has none, and the
// regular expression, which would try every position of the line, is not
// run on it.
func findCreditTail(ln string) []int {
	if strings.IndexByte(ln[strings.LastIndexByte(ln, '.')+1:], ':') < 0 {
		return nil
	}
	return creditTail.FindStringIndex(ln)
}

// cutNavigation drops everything from a navigation heading ("More Latest
// News", "Related stories") on, when what follows it is a run of short
// headline lines rather than prose, and the heading comes after some body.
func cutNavigation(lines []string) []string {
	body := 0 // words of prose before the heading
	for i, ln := range lines {
		if ln == "" {
			continue
		}
		words := fieldCount(ln)
		if body >= 30 && words <= 8 && !endsSentence(ln) && navHeading.MatchString(ln) && headlineRun(lines[i+1:]) {
			return lines[:i]
		}
		body += words
	}
	return lines
}

// headlineRun reports whether the lines after a heading look like a list
// of links: at least three lines, most of them short and without a final
// full stop.
func headlineRun(lines []string) bool {
	n, short := 0, 0
	for _, ln := range lines {
		if ln == "" {
			continue
		}
		n++
		if fieldCount(ln) <= 25 && !strings.HasSuffix(ln, ".") {
			short++
		}
		if n == 12 {
			break
		}
	}
	return n >= 3 && short*10 >= n*6
}

// normLine is a line's comparison key: lower case, letters and digits
// only, caption parentheses and credits removed.
func normLine(ln string) string {
	var buf [256]byte
	return string(appendNormLine(buf[:0], ln))
}

// appendNormLine appends normLine(ln) to dst: the caption parentheses are
// skipped where they stand instead of being cut out of a copy, and the
// line is lower-cased a letter at a time.
func appendNormLine(dst []byte, ln string) []byte {
	start := len(dst)
	space := false
	for {
		seg, rest := ln, ""
		if strings.IndexByte(ln, '(') >= 0 {
			// the pattern has no anchors: matching the rest of the line is
			// matching the line from there, as ReplaceAllString does
			if m := captionParen.FindStringIndex(ln); m != nil {
				seg, rest = ln[:m[0]], ln[m[1]:]
			}
		}
		for i := 0; i < len(seg); {
			r, size := rune(seg[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(seg[i:])
			}
			i += size
			r = unicode.ToLower(r)
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if space && len(dst) > start {
					dst = append(dst, ' ')
				}
				space = false
				dst = utf8.AppendRune(dst, r)
			case r == '\'' || r == '’':
			default:
				space = true
			}
		}
		if len(seg) == len(ln) {
			return dst
		}
		ln = rest
	}
}

// repeatScratch is what dropRepeats works in, lent to one article at a
// time by repeatScratches.
type repeatScratch struct {
	keys   []byte  // every line's key, one after another
	ends   []int   // per line: where its key ends in keys
	byKey  []int32 // the lines with a key, by key and then by position
	best   []int32 // per line: the line kept of those with its key
	sorted []int32 // per key: its first line in byKey, in key order
}

var repeatScratches = sync.Pool{New: func() any { return new(repeatScratch) }}

// dropRepeats removes photo captions that repeat the body: a line equal to
// another (ignoring case, punctuation and "(file image)") appears once —
// the copy that reads as a sentence is kept — and a line without a full
// stop that is the start of a longer line is dropped. lines is filtered in
// place. The lines' keys (normLine) stay bytes in a scratch buffer: lines
// are sorted by them instead of being counted in a map.
func dropRepeats(lines []string) []string {
	sc := repeatScratches.Get().(*repeatScratch)
	defer repeatScratches.Put(sc)
	keys, ends := sc.keys[:0], sc.ends[:0]
	for _, ln := range lines {
		if ln != "" {
			keys = appendNormLine(keys, ln)
		}
		ends = append(ends, len(keys))
	}
	sc.keys, sc.ends = keys, ends
	key := func(i int32) []byte {
		from := 0
		if i > 0 {
			from = ends[i-1]
		}
		return keys[from:ends[i]]
	}
	byKey := sc.byKey[:0]
	for i, ln := range lines {
		if ln != "" && len(key(int32(i))) > 0 {
			byKey = append(byKey, int32(i))
		}
	}
	slices.SortFunc(byKey, func(a, b int32) int {
		if c := bytes.Compare(key(a), key(b)); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// the line kept of each key: the first that reads as a sentence, else
	// the first
	best := slices.Grow(sc.best[:0], len(lines))[:len(lines)]
	sorted := sc.sorted[:0]
	for r := 0; r < len(byKey); {
		e := r + 1
		for e < len(byKey) && bytes.Equal(key(byKey[e]), key(byKey[r])) {
			e++
		}
		b := byKey[r]
		for _, i := range byKey[r:e] {
			if endsSentence(lines[i]) {
				b = i
				break
			}
		}
		for _, i := range byKey[r:e] {
			best[i] = b
		}
		sorted = append(sorted, byKey[r])
		r = e
	}
	sc.byKey, sc.best, sc.sorted = byKey, best, sorted
	out := lines[:0]
	for i, ln := range lines {
		if ln == "" {
			out = append(out, ln)
			continue
		}
		k := key(int32(i))
		if len(k) > 0 && best[i] != int32(i) {
			continue
		}
		// a key's words are joined by single spaces
		if !endsSentence(ln) && len(k) > 0 && bytes.Count(k, []byte{' '}) >= 3 && startsAnother(k, sorted, key) {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// startsAnother reports whether some other key (sorted holds one line of
// each, ascending by key) begins with k and a space: a binary search, so
// captions are checked in O(n log n) however long the text.
func startsAnother(k []byte, sorted []int32, key func(int32) []byte) bool {
	// the first key not below k+" ", found without making k+" "
	i := sort.Search(len(sorted), func(i int) bool {
		s := key(sorted[i])
		if len(s) <= len(k) {
			return bytes.Compare(s, k[:len(s)]) > 0
		}
		if c := bytes.Compare(s[:len(k)], k); c != 0 {
			return c > 0
		}
		return s[len(k)] >= ' '
	})
	if i == len(sorted) {
		return false
	}
	s := key(sorted[i])
	return len(s) > len(k) && s[len(k)] == ' ' && bytes.HasPrefix(s, k)
}

// appendJoinWrapped turns lines into paragraphs, appended to paras: blank
// lines separate them, each line is its own paragraph (news text is a line
// a paragraph), except that hard-wrapped prose — a line that does not end
// a sentence followed by one that starts in lower case — is joined back
// together.
func appendJoinWrapped(paras []string, lines []string) []string {
	cur := ""
	flush := func() {
		if strings.TrimSpace(cur) != "" {
			paras = append(paras, joinFields(cur))
		}
		cur = ""
	}
	for _, ln := range lines {
		if ln == "" {
			flush()
			continue
		}
		if cur != "" {
			first, _ := utf8.DecodeRuneInString(ln)
			if !endsSentence(cur) && !strings.HasSuffix(cur, ":") && (unicode.IsLower(first) || strings.HasSuffix(cur, ",")) {
				cur += " " + ln
				continue
			}
			flush()
		}
		cur = ln
	}
	flush()
	return paras
}
