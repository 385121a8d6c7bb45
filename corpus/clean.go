package corpus

// Cleaning: a raw article's text is sanitised, split into lines, its
// header (headline, dateline, byline) taken off the top, web boilerplate
// dropped (widgets, "Read more:" links, picture credits, captions repeated
// from the body, navigation blocks of other stories) and what remains is
// laid out as paragraphs separated by blank lines and split into sentences.
// Every rule is about page layout, never about a particular story.

import (
	"errors"
	"regexp"
	"sort"
	"strings"
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
	lines := strings.Split(text, "\n")
	for i, ln := range lines {
		lines[i] = strings.TrimSpace(ln)
	}
	titleGiven := a.Title != ""
	if !r.Markup {
		lines = a.takeHeader(lines)
	} else if a.Title != "" {
		lines = dropTitleLine(lines, a.Title)
	}
	lines = dropBoilerplate(lines)
	paras := joinWrapped(lines)
	if len(paras) == 0 && !titleGiven && a.Title != "" {
		paras = []string{a.Title} // a text that is only a headline is its own body
	}
	if len(paras) == 0 {
		return nil, errors.New("no article text left after cleaning")
	}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		a.Paragraphs = append(a.Paragraphs, Span{b.Len(), b.Len() + len(p)})
		b.WriteString(p)
	}
	a.Text = b.String()
	a.Sentences = SplitSentences(a.Text, a.Paragraphs)
	a.Words = len(strings.Fields(a.Text))
	return a, nil
}

// dropTitleLine removes a first line that repeats the known title.
func dropTitleLine(lines []string, title string) []string {
	for i, ln := range lines {
		if ln == "" {
			continue
		}
		if normLine(ln) == normLine(title) {
			return append(lines[:i:i], lines[i+1:]...)
		}
		break
	}
	return lines
}

// headerLines is how far into the text the header (headline, dateline,
// byline) is looked for, in non-empty lines.
const headerLines = 8

// takeHeader takes the headline, dateline and byline off the top of the
// text into the article's fields and returns the remaining lines.
func (a *Article) takeHeader(lines []string) []string {
	if a.Title != "" {
		lines = dropTitleLine(lines, a.Title)
	} else if i, ok := headline(lines); ok {
		a.Title = lines[i]
		lines = append(lines[:i:i], lines[i+1:]...)
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
				a.Dateline = ln
				if a.PublishedHow == PublishedUnknown {
					a.Published, a.PublishedHasTime, a.PublishedHow = t, hasTime, PublishedText
				}
			}
			lines[i] = ""
			continue
		}
		if name, ok := parseByline(ln); ok {
			if a.Author == "" {
				a.Author = name
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
	words := strings.Fields(ln)
	if len(words) < 2 || len(words) > 25 || endsSentence(ln) || strings.HasSuffix(ln, ":") {
		return 0, false
	}
	if _, _, ok := parseDateline(ln); ok || !hasWords(words, 2) || linkLine.MatchString(ln) || widgetLines[strings.ToLower(strings.Trim(ln, " .…:!|»>-–—"))] {
		return 0, false
	}
	blankAfter := i+1 >= len(lines) || lines[i+1] == ""
	if blankAfter || titleCase(words) {
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

// hasWords reports whether at least n of the words are words proper:
// three or more letters and not a month name ("APR 28" is not a headline).
func hasWords(words []string, n int) bool {
	k := 0
	for _, w := range words {
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

// titleCase reports whether most words that could be capitalised are.
func titleCase(words []string) bool {
	caps, n := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || minorWords[strings.ToLower(w)] {
			continue
		}
		n++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*8
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
	for {
		t := datelinePrefix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
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
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
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

// dropBoilerplate removes page furniture, picture credits, photo captions
// (a line that carried a credit, and every copy of it) and trailing
// navigation blocks. Blank lines are kept as paragraph breaks.
func dropBoilerplate(lines []string) []string {
	lines = cutNavigation(lines)
	out := make([]string, 0, len(lines))
	captions := map[string]bool{}
	for _, ln := range lines {
		if ln == "" {
			out = append(out, ln)
			continue
		}
		key := strings.ToLower(strings.Trim(ln, " .…:!|»>-–—"))
		if widgetLines[key] || linkLine.MatchString(ln) {
			continue
		}
		if m := creditTail.FindStringIndex(ln); m != nil {
			if c := normLine(ln[:m[0]]); c != "" && len(strings.Fields(c)) <= 40 {
				captions[c] = true
			}
			continue
		}
		out = append(out, ln)
	}
	if len(captions) > 0 {
		kept := out[:0]
		for _, ln := range out {
			if ln != "" && captions[normLine(ln)] {
				continue
			}
			kept = append(kept, ln)
		}
		out = kept
	}
	return dropRepeats(out)
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
		words := len(strings.Fields(ln))
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
		if len(strings.Fields(ln)) <= 25 && !strings.HasSuffix(ln, ".") {
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
	ln = captionParen.ReplaceAllString(ln, "")
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(ln) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case r == '\'' || r == '’':
		default:
			space = true
		}
	}
	return b.String()
}

// dropRepeats removes photo captions that repeat the body: a line equal to
// another (ignoring case, punctuation and "(file image)") appears once —
// the copy that reads as a sentence is kept — and a line without a full
// stop that is the start of a longer line is dropped.
func dropRepeats(lines []string) []string {
	keys := make([]string, len(lines))
	best := map[string]int{}
	for i, ln := range lines {
		if ln == "" {
			continue
		}
		k := normLine(ln)
		keys[i] = k
		if k == "" {
			continue
		}
		j, ok := best[k]
		if !ok || (!endsSentence(lines[j]) && endsSentence(ln)) {
			best[k] = i
		}
	}
	sorted := make([]string, 0, len(best))
	for k := range best {
		sorted = append(sorted, k)
	}
	sort.Strings(sorted)
	out := make([]string, 0, len(lines))
	for i, ln := range lines {
		k := keys[i]
		if ln == "" {
			out = append(out, ln)
			continue
		}
		if k != "" && best[k] != i {
			continue
		}
		if !endsSentence(ln) && len(strings.Fields(k)) >= 4 && startsAnother(k, sorted) {
			continue
		}
		out = append(out, ln)
	}
	return out
}

// startsAnother reports whether some other key in sorted (ascending)
// begins with k and a space: a binary search, so captions are checked in
// O(n log n) however long the text.
func startsAnother(k string, sorted []string) bool {
	p := k + " "
	i := sort.SearchStrings(sorted, p)
	return i < len(sorted) && strings.HasPrefix(sorted[i], p)
}

// joinWrapped turns lines into paragraphs: blank lines separate them, each
// line is its own paragraph (news text is a line a paragraph), except that
// hard-wrapped prose — a line that does not end a sentence followed by one
// that starts in lower case — is joined back together.
func joinWrapped(lines []string) []string {
	var paras []string
	cur := ""
	flush := func() {
		if strings.TrimSpace(cur) != "" {
			paras = append(paras, strings.Join(strings.Fields(cur), " "))
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
