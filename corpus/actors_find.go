package corpus

// Discovery: one pass per article (in parallel) reads the capitalised
// names of its sentences and what surrounds them — an honorific, a role,
// a verb of speech, an acronym in brackets — and reports them as
// sightings, with the links the article itself makes between names
// (acronym and long form, surname and full name, a clipped form and the
// name it clips). No article looks at another here.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sighting is a name as one article uses it: what the merge of all
// articles reads of it, kept from discovery until the merge.
type sighting struct {
	key     string // foldName of the name without honorific
	name    string // as written, without honorific or possessive
	surface string // as written with its honorific ("Sir Keir Starmer"), if any
	role    string
	follow  string // the lower-case noun that followed the other uses ("cocktails")
	// counts of one article: 32 bits are plenty, and the sightings of
	// the whole corpus are kept until they are merged
	count   int32
	person  int32 // evidence for each kind
	org     int32
	place   int32
	speaker int32 // subject of a verb of speech
	product int32 // uses that read as a product's ("787 Dreamliner", "Macintosh computers")
	bare    int32 // uses not followed by a lower-case noun
	initial bool  // every use opens a sentence
	acronym bool
	multi   bool // more than one word
	lower   bool // a single word the article also writes in lower case ("Air" beside "air")
	varied  bool // several different nouns followed
}

// sightingWork is a sighting while its article is read, with the words
// of its key, which the links between the article's names compare.
type sightingWork struct {
	sighting
	firstTok string
	lastTok  string
	fields   []string // the words of key
	det      int32    // uses after an article or demonstrative ("the Colts")
	opens    int32    // uses that open their sentence
}

// nameLink is a link an article makes between two names (fold keys).
type nameLink struct {
	from, to string
	kind     linkKind
}

type linkKind int

const (
	linkAcronym   linkKind = iota // "Long Form (LF)": always trusted
	linkWider                     // a longer capitalised run around a long form
	linkSurname                   // "Okafor" after "Jane Okafor"
	linkClip                      // "Fed" beside "Federal Reserve"
	linkInitials                  // "GM" beside "General Motors"
	linkFirstName                 // "Steve" after "Steve Jobs"
)

// findings is what discovery reports for one article.
type findings struct {
	sightings []sighting
	links     []nameLink
}

// nameChunk is a name found in a sentence: words [from, to) of it.
type nameChunk struct {
	from, to  int
	honorific string // "Sir" when one stood before
	role      string // role stated with the name
	person    int
	org       int
	place     int
	speaker   bool
	initial   bool
	product   int
	follow    string // the lower-case noun right after a lone word ("Molotov cocktails")
}

// discover reads one article's names. It works in the scratch of a word
// buffer and returns the sightings and links in slices of their own.
func discover(a *Article) findings {
	wb := wordBuffers.Get().(*wordBuffer)
	defer wordBuffers.Put(wb)
	words := wb.read(a)
	lowerSeen := wb.lowerWords(a, words)
	titles := quotedTitles(a)
	if wb.byKey == nil {
		wb.byKey = map[string]int{}
	}
	byKey := wb.byKey
	order := wb.sightings[:0]
	fieldBuf := wb.fields[:0]
	links := wb.links[:0]
	// add notes a use of a name and returns its sighting's index in
	// order, or -1 when it has no key
	add := func(c nameChunk, ws []word) int {
		key := keyOf(ws[c.from:c.to])
		if key == "" {
			return -1
		}
		i, ok := byKey[key]
		if !ok {
			// the key is the article's own text, a shared lower-case word
			// or a string of its own: it keeps no scratch alive
			n := len(fieldBuf)
			fieldBuf = appendFields(fieldBuf, key)
			fields := fieldBuf[n:len(fieldBuf):len(fieldBuf)]
			name := nameText(a.Text, ws[c.from:c.to])
			sw := sightingWork{sighting: sighting{key: key, name: name, initial: true, acronym: c.to-c.from == 1 && ws[c.from].acronym(),
				multi: c.to-c.from > 1}, firstTok: fields[0], lastTok: lastName(fields), fields: fields}
			sw.lower = !sw.multi && lowerSeen.written[key]
			i = len(order)
			byKey[key] = i
			order = append(order, sw)
		}
		s := &order[i]
		s.count++
		if c.from > 0 && determiners[ws[c.from-1].lower()] {
			s.det++
		}
		if ws[c.from].Initial {
			s.opens++
		}
		s.initial = s.initial && c.initial
		s.person += int32(c.person)
		s.org += int32(c.org)
		s.place += int32(c.place)
		s.product += int32(c.product)
		switch {
		case c.follow == "":
			s.bare++
		case s.follow == "":
			s.follow = c.follow
		case s.follow != c.follow:
			s.varied = true
		}
		if c.speaker {
			s.speaker++
		}
		if c.honorific != "" && s.surface == "" {
			s.surface = c.honorific + " " + s.name
		}
		if c.role != "" && len(c.role) > len(s.role) {
			s.role = c.role
		}
		return i
	}
	for si, sent := range a.Sentences {
		ws := words[si]
		if len(ws) == 0 || headlineLike(sent.Text, ws) {
			continue
		}
		defs := acronymDefs(a.Text, sent, ws)
		wb.chunks = appendNameChunks(wb.chunks[:0], a.Text, ws, lowerSeen)
		chunks := wb.chunks
		for k, c := range chunks {
			if insideDef(c, ws, defs) || inSpans(ws[c.from].Start, titles) {
				continue
			}
			next := len(ws)
			if k+1 < len(chunks) {
				next = chunks[k+1].from
			}
			var nextSent []word
			if si+1 < len(words) {
				nextSent = words[si+1]
			}
			add(pronounCue(c, ws, next, nextSent), ws)
		}
		for _, d := range defs {
			if roleEnd(ws, d.LongFrom, d.LongTo) == d.LongTo || roleHeads[ws[d.LongTo-1].lower()] && !ws[d.LongTo-1].capital() {
				// "District Attorney (D.A.)" names a role, not an actor, and
				// so does "Hector Ruiz, chairman and chief executive officer
				// (CEO)", whatever the long form's letters reached back to
				continue
			}
			short := add(nameChunk{from: indexOfWord(ws, d.ShortSpan.Start), to: indexOfWord(ws, d.ShortSpan.Start) + 1, org: 2}, ws)
			long := add(nameChunk{from: d.LongFrom, to: d.LongTo, org: 2}, ws)
			if short < 0 || long < 0 || order[short].key == order[long].key {
				continue
			}
			links = append(links, nameLink{order[short].key, order[long].key, linkAcronym})
			// the capitalised run the long form ends ("London King's College …")
			if w := widerRun(ws, d.LongFrom); w < d.LongFrom {
				if wide := add(nameChunk{from: w, to: d.LongTo, org: 1}, ws); wide >= 0 && !places[order[wide].key] {
					links = append(links, nameLink{order[wide].key, order[long].key, linkWider})
				}
			}
		}
	}
	// links the article makes by surnames and clipped forms
	for si := range order {
		s := &order[si]
		if s.acronym || (s.multi && !(len(s.fields) == 2 && particles[s.fields[0]])) {
			continue
		}
		for ti := range order {
			t := &order[ti]
			if !t.multi || t == s {
				continue
			}
			switch {
			case s.lastTok == t.lastTok && t.org == 0 && (t.person > 0 || looksPersonal(t.fields)) && len(t.fields) > len(s.fields):
				// "Okafor" after "Jane Okafor", "Van Rompuy" after "Herman Van Rompuy"
				links = append(links, nameLink{s.key, t.key, linkSurname})
				var firstAlone *sightingWork // t's first word used alone ("Intel" beside "Intel Xeon")
				if k, ok := byKey[t.firstTok]; ok {
					firstAlone = &order[k]
				}
				if surnameCue(s, t, firstAlone, lowerSeen) {
					t.person++
				}
			case s.multi:
			case (givenNames[s.firstTok] || s.person > 0) && s.firstTok == t.firstTok && t.person > 0 && t.org == 0:
				// "Steve" after "Steve Jobs"
				links = append(links, nameLink{s.key, t.key, linkFirstName})
			case clips(s.firstTok, t.firstTok) && !givenNames[s.firstTok] && !places[s.key] && t.person == 0:
				links = append(links, nameLink{s.key, t.key, linkClip})
			}
		}
	}
	var initials map[string][]*sightingWork // initials of the names an initialism may stand for
	for si := range order {
		s := &order[si]
		if !s.acronym || places[s.key] {
			continue
		}
		if initials == nil {
			initials = map[string][]*sightingWork{}
			for ti := range order {
				t := &order[ti]
				if (t.multi || strings.Count(t.name, "-") == 1) && t.person == 0 && !looksPersonal(t.fields) && !isRole(t.fields) {
					k := initialsOf(t.name)
					initials[k] = append(initials[k], t)
				}
			}
		}
		// "GM" beside "General Motors", but not "U.S." beside "U.S. Senate"
		for _, t := range initials[strings.ReplaceAll(s.key, ".", "")] {
			if !slices.Contains(t.fields, s.key) {
				links = append(links, nameLink{s.key, t.key, linkInitials})
			}
		}
	}
	for si := range order {
		s := &order[si]
		if !s.multi {
			continue
		}
		// "Apple Computer" or "Ford Motor Company" beside "Apple" or "Ford"
		for k := len(s.fields) - 1; k >= 1 && corporateWords[s.fields[k]]; k-- {
			stem := strings.Join(s.fields[:k], " ")
			if ti, ok := byKey[stem]; ok && !places[stem] && order[ti].person == 0 && !order[ti].lower {
				links = append(links, nameLink{s.key, order[ti].key, linkWider})
			}
		}
	}
	// "Man City" beside "Manchester City": a clipped first word
	for si := range order {
		s := &order[si]
		if !s.multi {
			continue
		}
		for ti := range order {
			t := &order[ti]
			if t == s || len(t.fields) != len(s.fields) || t.person > 0 || s.person > 0 {
				continue
			}
			if clips(s.fields[0], t.fields[0]) && slices.Equal(s.fields[1:], t.fields[1:]) {
				links = append(links, nameLink{s.key, t.key, linkClip})
			}
		}
	}
	var out findings
	if len(order) > 0 {
		out.sightings = make([]sighting, len(order))
		for i := range order {
			out.sightings[i] = order[i].sighting
		}
	}
	if len(links) > 0 {
		out.links = slices.Clone(links)
	}
	// the scratch forgets the article
	clear(byKey)
	clear(order)
	clear(links)
	wb.sightings, wb.fields, wb.links = order[:0], fieldBuf[:0], links[:0]
	return out
}

// appendFields appends strings.Fields(s) to dst.
func appendFields(dst []string, s string) []string {
	start := -1
	for i := 0; i < len(s); {
		space, size := spaceAt(s, i)
		if space {
			if start >= 0 {
				dst = append(dst, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		dst = append(dst, s[start:])
	}
	return dst
}

// The last bytes of the curly quote marks (U+2018, U+201C are E2 80 98,
// E2 80 9C; U+2019, U+201D are E2 80 99, E2 80 9D), for hasQuoteMark.
const (
	openingCurly = "\x98\x9c" // ‘ “
	closingCurly = "\x99\x9d" // ’ ”
)

// hasQuoteMark reports whether s holds a straight quote mark or
// apostrophe, or one of the curly marks named by the last bytes in curly.
// It is strings.ContainsAny without its slow path for non-ASCII sets,
// which the analysis of a large corpus called for every word (about 2 CPU
// seconds at 89,417 articles).
func hasQuoteMark(s, curly string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\'', '"':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && strings.IndexByte(curly, s[i+2]) >= 0 {
				return true
			}
		}
	}
	return false
}

// quotedTitles finds the quoted stretches of an article written in title
// case, a slogan or the title of a work ("Peoples of Europe, Rise Up"):
// their capitals name no actor.
func quotedTitles(a *Article) []Span {
	var out []Span
	for _, p := range a.Paragraphs {
		if !hasQuoteMark(a.Text[p.Start:p.End], openingCurly) {
			continue
		}
		for _, q := range quoteMarks(a.Text, p) {
			if q.End-q.Start > 120 || !unicode.IsUpper(firstRune(a.Text[q.Start:q.End])) {
				continue
			}
			if t := a.Text[q.Start:q.End]; fieldCount(t) <= 12 && titleCaseText(t) {
				out = append(out, q.Span)
			}
		}
	}
	return out
}

func inSpans(off int, spans []Span) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// pronounCue reads the pronoun that refers back to a name in its own
// clause, close by: "Klitschko used his jab", "Okafor said she", "Ford
// said its"; or, after a name that spoke last in its sentence, "He" or
// "She" opening the next sentence.
func pronounCue(c nameChunk, ws []word, next int, nextSent []word) nameChunk {
	if c.to-c.from > 3 || !personLike(ws[c.from:c.to]) {
		return c
	}
	end := min(next, c.to+4)
	for k := c.to; k < end && plainGap(ws[k].Gap); k++ {
		switch ws[k].lower() {
		case "he", "she", "his", "him", "himself", "herself":
			c.person++
			return c
		case "its", "itself":
			c.org++
			return c
		}
	}
	if c.speaker && next == len(ws) && len(nextSent) > 0 {
		if lw := nextSent[0].lower(); lw == "he" || lw == "she" {
			c.person++
		}
	}
	return c
}

// isRole reports whether a name's words only name a role ("District
// Attorney"), which an initialism ("D.A.") does not make an actor.
func isRole(fields []string) bool {
	for _, f := range fields {
		if !roleHeads[f] && !roleModifiers[f] {
			return false
		}
	}
	return roleHeads[fields[len(fields)-1]]
}

// placePrefix returns how many words at the start of a name are a place
// or a demonym ("U.S.", "United States", "Greek"), or 0.
func placePrefix(fields []string) int {
	if len(fields) > 2 && places[fields[0]+" "+fields[1]] {
		return 2
	}
	if places[fields[0]] || demonyms[fields[0]] {
		return 1
	}
	return 0
}

// nameText is a name as written, spaces collapsed and a final possessive
// left out ("Ministry of Housing, Communities and Local Government").
func nameText(text string, ws []word) string {
	last := ws[len(ws)-1]
	s := text[ws[0].Start : last.Start+len(last.Text)]
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\n\t\r") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// insideDef reports whether a name overlaps an acronym definition, which
// names its long and short forms itself.
func insideDef(c nameChunk, ws []word, defs []acronymDef) bool {
	for _, d := range defs {
		if c.from < d.LongTo && c.to > d.LongFrom {
			return true
		}
		if c.to-c.from == 1 && ws[c.from].Start == d.ShortSpan.Start {
			return true
		}
	}
	return false
}

// looksPersonal reports whether a name of two plain words could be a
// person's ("Reggie Bush"), so initials ("RB") should not be read as it.
func looksPersonal(f []string) bool {
	if len(f) == 3 && generational[f[2]] {
		f = f[:2]
	}
	if len(f) != 2 {
		return false
	}
	for _, w := range f {
		if orgWords[w] || placeWords[w] || connectorWords[w] || places[w] {
			return false
		}
	}
	return true
}

// surnameCue reports whether the lone word s, used in the same article
// as the two-word name t and equal to its last word, reads as the
// surname of a person: news names a person in full and then by surname
// ("Darius Butler … Butler picked off the pass"), while an organisation,
// product or place is rarely called by its last word alone ("the
// Colts", "MacBook Air", "East Flatbush"). Only names with nothing
// against a person are taken: no cue of another kind on either, neither
// after "the" ("the Carolina Panthers"), a surname never written in lower
// case, and a first word that may be a given name: not a place, compass
// word, acronym or CamelCase brand, not a common word of the article that
// only ever opens the sentence ("Ironically"), and not a name used alone
// as often or with signs of a company ("Intel" beside "Intel Xeon").
func surnameCue(s, t, firstAlone *sightingWork, lowerSeen lowerSet) bool {
	if !looksPersonal(t.fields) || len(t.fields) != 2 || t.org > 0 || t.place > 0 || t.product > 0 || t.det > 0 {
		return false
	}
	if s.org > 0 || s.place > 0 || s.product > 0 || s.det > 0 || s.lower {
		return false
	}
	first, last, ok := strings.Cut(t.name, " ")
	if !ok || strings.Contains(last, " ") {
		return false
	}
	lf := strings.ToLower(first)
	switch {
	case !unicode.IsUpper(firstRune(first)), compassWords[lf], places[lf], placeFirstWords[lf]:
		return false
	case isAcronym(first) && !strings.Contains(first, "."): // "INS Mysore", "BBC Capaldi"
		return false
	case innerCapital(first, 3) || innerCapital(strings.TrimPrefix(last, "Mac"), 3): // "MacBook Air", "HotSpot Wi-Fi"
		return false
	case t.opens == t.count && !givenNames[lf] && (strings.HasSuffix(lf, "ly") || lowerSeen.written[lf] || roleHeads[lf] || functionWords[lf]):
		return false // "Clearly Mark", "Producer Moffat"
	case firstAlone != nil && (firstAlone.org > 0 || firstAlone.product > 0 || firstAlone.count >= t.count && firstAlone.person == 0):
		return false
	}
	return true
}

// innerCapital reports whether w has a capital letter at byte offset from
// or later ("BlackBerry"; not "McAllister" or "DeShawn" from 3).
func innerCapital(w string, from int) bool {
	for i, r := range w {
		if i >= from && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// clips reports whether short is a clipped form of long: at least three
// letters and at most half of it ("Man" of "Manchester", "Fed" of
// "Federal"; not "Russia" of "Russian").
func clips(short, long string) bool {
	return len(short) >= 3 && 2*len(short) <= len(long) && strings.HasPrefix(long, short) &&
		unicode.IsLetter(firstRune(long[len(short):]))
}

// legalSuffixes end a company's formal name ("Apple Inc"): the name
// without one is the same company.
var legalSuffixes = wordSet(`inc inc. incorporated ltd ltd. limited plc llc corp corp. corporation co co. n.v. ag sa s.a. gmbh`)

// initialsOf is the initials of a name's words, connectors left out
// ("General Motors" → "gm").
// An abbreviation gives all its letters and a hyphenated name the
// initials of its parts: "U.S. Forest Service" → "usfs",
// "Rolls-Royce" → "rr".
func initialsOf(name string) string {
	var b strings.Builder
	for _, f := range strings.Fields(name) {
		if connectorWords[strings.ToLower(f)] {
			continue
		}
		switch {
		case strings.Count(f, ".") >= 2 && utf8Len(strings.ReplaceAll(f, ".", "")) <= 3:
			for _, r := range f {
				if unicode.IsLetter(r) {
					b.WriteRune(unicode.ToLower(r))
				}
			}
		case strings.Contains(f, "-"):
			for _, part := range strings.Split(f, "-") {
				if r := firstRune(part); unicode.IsUpper(r) {
					b.WriteRune(unicode.ToLower(r))
				}
			}
		default:
			b.WriteRune(unicode.ToLower(firstRune(f)))
		}
	}
	return b.String()
}

func indexOfWord(ws []word, start int) int {
	for i, w := range ws {
		if w.Start == start {
			return i
		}
	}
	return 0
}

// widerRun returns where the capitalised run that reaches word i starts.
func widerRun(ws []word, i int) int {
	j := i
	for j > 0 && plainGap(ws[j].Gap) && properWord(ws[j-1]) && !functionWords[ws[j-1].lower()] && !ws[j-1].acronym() &&
		!(ws[j-1].Initial && !ws[j-1].Possessive && functionWords[ws[j-1].lower()]) {
		j--
	}
	return j
}

// lowerSet is what an article writes in lower case: written holds every
// word seen in lower case, capitalised the words also capitalised inside a
// sentence ("the Fed" beside "was fed up").
type lowerSet struct{ written, capitalised map[string]bool }

// common reports whether w is a common word of the article: written in
// lower case and never capitalised inside a sentence, so that opening a
// sentence it is no name.
func (l lowerSet) common(w string) bool { return l.written[w] && !l.capitalised[w] }

// lowerWords collects the words an article writes in lower case, in the
// buffer's maps: the set may be read until the buffer reads another article.
func (b *wordBuffer) lowerWords(a *Article, words [][]word) lowerSet {
	if b.written == nil {
		b.written, b.capitalised = map[string]bool{}, map[string]bool{}
	}
	seen := b.written
	clear(seen)
	text := a.Text
	i := 0
	for i < len(text) {
		r := firstRune(text[i:])
		if !unicode.IsLetter(r) {
			i++
			continue
		}
		j := i
		for j < len(text) {
			c := text[j]
			if c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')' || c == '?' || c == '!' {
				break
			}
			j++
		}
		if unicode.IsLower(r) {
			w := text[i:j]
			if hasQuoteMark(w, closingCurly) || hasUpper(w) {
				w = strings.TrimRight(lowerWord(w), "'’”\"")
				w = strings.TrimSuffix(w, "'s")
			}
			seen[w] = true
		}
		i = j + 1
	}
	caps := b.capitalised
	clear(caps)
	for _, ws := range words {
		for _, w := range ws {
			if !w.Initial && w.capital() && !w.acronym() {
				caps[w.lower()] = true
			}
		}
	}
	return lowerSet{written: seen, capitalised: caps}
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// headlineLike reports whether a sentence is a headline or caption in
// title case ("Union and Police Statements"): names are not read from it.
func headlineLike(s string, ws []word) bool {
	if endsSentence(s) {
		return false
	}
	// titleCaseText of the words' texts
	caps, n := 0, 0
	for _, w := range ws {
		titleCaseCount(w.Text, &caps, &n)
	}
	return mostlyCapitalised(caps, n)
}

// appendNameChunks appends the names of one sentence and what is said of
// them to out.
func appendNameChunks(out []nameChunk, text string, ws []word, lowerSeen lowerSet) []nameChunk {
	for i := 0; i < len(ws); {
		if !properWord(ws[i]) {
			i++
			continue
		}
		if n := shouted(ws, i, lowerSeen); n > 0 {
			i += n
			continue
		}
		j := runEnd(ws, i)
		from := i
		if i > 0 && plainGap(ws[i].Gap) && camelCase(ws[i-1].Text) {
			from = i - 1 // "iTunes Music Store"
		}
		// a name made an adjective ends its run: "Ohio-based" is no part
		// of "Ohio-based Pellmark Group"
		for k := from; k < j-1; k++ {
			if adjectiveCompound(ws[k].Text) {
				out = appendSplitRun(out, text, ws, from, k+1, lowerSeen)
				from = k + 1
			}
		}
		out = appendSplitRun(out, text, ws, from, j, lowerSeen)
		i = j
	}
	return out
}

// shouted returns how many words from i are written in capitals for
// emphasis, not as acronyms: three or more in a row ("THREE PEOPLE HAVE
// DIED"), or one long word the article also writes in lower case
// ("PEOPLE"). It returns 0 when word i is not shouted.
func shouted(ws []word, i int, lowerSeen lowerSet) int {
	if !allCaps(ws[i].Text) {
		return 0
	}
	j := i + 1
	for j < len(ws) && plainGap(ws[j].Gap) && allCaps(ws[j].Text) {
		j++
	}
	if j-i >= 3 {
		return j - i
	}
	for k := i; k < j; k++ {
		if strings.Contains(ws[k].Text, "-") {
			return j - i // "A FIRE-BOMB attack"
		}
	}
	if lw := ws[i].lower(); utf8Len(lw) >= 5 && lowerSeen.written[lw] && !places[lw] {
		return 1
	}
	return 0
}

// camelCase reports whether a word opens in lower case and has a capital
// inside ("iTunes", "eBay"): a brand's name, whose run it opens.
func camelCase(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r) && hasUpper(s[n:])
}

// allCaps reports whether s has letters and none in lower case.
func allCaps(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// runEnd returns the end of the capitalised run that starts at word i:
// proper words with plain spaces between them, and connectors ("of",
// "for", "and" after one of them, "de", "van") followed by a proper word.
// A possessive ends the run unless an organisation word follows
// ("King's College").
func runEnd(ws []word, i int) int {
	hasOf := false
	j := i + 1
	for j < len(ws) {
		if !plainGap(ws[j].Gap) {
			break
		}
		if ws[j-1].Possessive && !possessiveInName(ws, j) {
			break
		}
		w := ws[j]
		if properWord(w) && (!functionWords[w.lower()] || honorifics[w.lower()]) {
			j++
			continue
		}
		lw := w.lower()
		if j+1 < len(ws) && plainGap(ws[j+1].Gap) && properWord(ws[j+1]) && !functionWords[ws[j+1].lower()] {
			switch {
			case lw == "of" || lw == "for" || lw == "&":
				hasOf = hasOf || lw != "&"
				j += 2
				continue
			case lw == "and" && (hasOf || orgAhead(ws, j+1)), lw == "de" || lw == "du" || lw == "van" || lw == "von" || lw == "der" || lw == "da" || lw == "di" || lw == "del" || lw == "la" || lw == "le":
				j += 2
				continue
			}
		}
		// "of the" inside a name: "Bank of the West"
		if (lw == "of" || lw == "for") && j+2 < len(ws) && ws[j+1].lower() == "the" && plainGap(ws[j+1].Gap) && plainGap(ws[j+2].Gap) && properWord(ws[j+2]) {
			hasOf = true
			j += 3
			continue
		}
		break
	}
	return j
}

// possessiveInName reports whether the possessive before word j belongs
// inside a name ("King's College", "Children's Society") rather than
// ending one ("London's Natural History Museum").
func possessiveInName(ws []word, j int) bool {
	p := ws[j-1].lower()
	return !places[p] && !ws[j-1].acronym() && orgAhead(ws, j)
}

// orgAhead reports whether an organisation word follows within the
// capitalised words from j.
func orgAhead(ws []word, j int) bool {
	for k := j; k < len(ws) && k < j+4 && properWord(ws[k]); k++ {
		if orgWords[ws[k].lower()] {
			return true
		}
	}
	return false
}

// appendSplitRun turns the capitalised run ws[i:j] into names, appended
// to out: it drops the common words that open it, splits an
// organisation, a role and a person apart ("GMB General Secretary Jane
// Okafor"), strips honorifics and notes the cues around it.
func appendSplitRun(out []nameChunk, text string, ws []word, i, j int, lowerSeen lowerSet) []nameChunk {
	// drop opening common words: "The", "However", month and day names
	for i < j {
		lw := ws[i].lower()
		if honorifics[lw] || honorifics[lw+"."] {
			break
		}
		if particles[lw] && ws[i].capital() && i+1 < j && !functionWords[lw] {
			break // "Le Parisien", "Van Rompuy"
		}
		if monthDayNames[lw] && givenNames[lw] && i+1 < j && !monthDayNames[ws[i+1].lower()] {
			break // "Jan Novak", "June Carter"
		}
		if functionWords[lw] || monthDayNames[lw] || connectorWords[lw] || countWord(lw) || (ws[i].Initial && lowerSeen.common(lw) && !ws[i].acronym()) {
			i++
			continue
		}
		if demonyms[lw] && i+1 < j && personLike(ws[i+1:j]) && !ws[i].Possessive {
			i++ // "American Hasim Rahman"
			continue
		}
		if ws[i].Initial && len(lw) > 5 && strings.HasSuffix(lw, "ing") && i+1 < j && !orgAhead(ws, i+1) &&
			!roleModifiers[lw] && !roleHeads[ws[i+1].lower()] && !roleModifiers[ws[i+1].lower()] {
			i++ // "Choosing DeGeneres, the Academy …", "Breaking Watergate"
			continue
		}
		break
	}
	if i >= j {
		return out
	}
	// a role inside the run: "General Secretary", "Commissioner"
	for r := i; r < j; r++ {
		if ws[r].Possessive {
			continue
		}
		// a rank inside the run: "Dunmore Police Lt. Ann Keller"
		if lw := ws[r].lower(); r > i && r+1 < j && (honorifics[lw] || honorifics[lw+"."]) && personLike(ws[r+1:j]) &&
			!slices.ContainsFunc(ws[r+1:j], func(w word) bool { return roleHeads[w.lower()] }) {
			if pc := prefixChunk(ws, i, r); keepChunk(ws, pc, lowerSeen) {
				out = append(out, pc)
			}
			return append(out, chunkAt(ws, r+1, j, nameChunk{honorific: ws[r].Text, person: 3}))
		}
		re := roleEnd(ws, r, j)
		if re == r {
			continue
		}
		// what follows must be a person: honorific and/or proper words
		p := re
		hon := ""
		if p < j && (honorifics[ws[p].lower()] || honorifics[ws[p].lower()+"."]) {
			hon = ws[p].Text
			p++
		}
		role := strings.ToLower(wordsText(ws[r:re]))
		if r > i {
			role = wordsText(ws[i:r]) + " " + role
		}
		if p < j && personLike(ws[p:j]) {
			if pc := prefixChunk(ws, i, r); r > i && keepChunk(ws, pc, lowerSeen) {
				out = append(out, pc)
			}
			c := chunkAt(ws, p, j, nameChunk{honorific: hon, role: role, person: 3})
			out = append(out, c)
			return out
		}
		if re == j && r > i {
			// "Thames Valley Police Commissioner": an organisation and a role
			if pc := prefixChunk(ws, i, r); keepChunk(ws, pc, lowerSeen) {
				out = append(out, pc)
			}
			return out
		}
		if r == i {
			// a role on its own ("Home Secretary", "the Commissioner") names no one here
			return out
		}
	}
	// a person and where they are from: "Rick McGuire of the Alpine Lakes
	// Protection Society", "Warren Gotcher of McAlester"
	for k := i + 2; k < j-1 && k <= i+3; k++ {
		if ws[k].lower() == "of" && !ws[k].capital() && givenNames[ws[i].lower()] && personLike(ws[i:k]) {
			out = appendSplitRun(out, text, ws, i, k, lowerSeen)
			return appendSplitRun(out, text, ws, k+1, j, lowerSeen)
		}
	}
	// an honorific: "Sir Keir Starmer", "Mr Smith"
	hon := ""
	if lw := ws[i].lower(); (honorifics[lw] || honorifics[lw+"."]) && i+1 < j {
		hon = ws[i].Text
		i++
	}
	for j > i+1 && monthDayNames[ws[j-1].lower()] {
		j--
	}
	c := chunkAt(ws, i, j, nameChunk{honorific: hon})
	if hon != "" {
		c.person += 3
	}
	if keepChunk(ws, c, lowerSeen) {
		c = cues(text, ws, c)
		out = append(out, c)
	}
	return out
}

// prefixChunk is the name before a role ("GMB" in "GMB General
// Secretary", "United States" in "United States President"): an
// organisation, or a place.
func prefixChunk(ws []word, from, to int) nameChunk {
	if keyIn(places, ws[from:to]) {
		return chunkAt(ws, from, to, nameChunk{place: 3})
	}
	return chunkAt(ws, from, to, nameChunk{org: 1})
}

// countWord reports whether w counts rather than names: "Thousands of",
// "Six", "Dozens of".
func countWord(w string) bool {
	if _, ok := scaleWords[strings.TrimSuffix(w, "s")]; ok {
		return true
	}
	return IsNumberWord(w) || w == "dozens" || w == "dozen" || w == "scores"
}

// roleEnd returns the end of a role phrase starting at word r (before
// limit), or r when none starts there: role modifiers and heads, ending in
// a head ("General Secretary", "Chief Executive", "Commissioner").
func roleEnd(ws []word, r, limit int) int {
	end := r
	for k := r; k < limit && k < r+4; k++ {
		lw := ws[k].lower()
		if k > r && !plainGap(ws[k].Gap) {
			break
		}
		if roleHeads[lw] || (lw == "general" && end == k && k > r) {
			// "Attorney General", "Secretary General"
			end = k + 1
			if ws[k].Possessive {
				break
			}
			continue
		}
		if !roleModifiers[lw] {
			break
		}
	}
	if end > r && ws[end-1].Possessive {
		return r
	}
	return end
}

// personLike reports whether words read as a person's name: one to four
// proper words, no organisation or place word, not an acronym.
func personLike(ws []word) bool {
	if len(ws) == 0 || len(ws) > 4 || !properWord(ws[0]) || !properWord(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		lw := w.lower()
		if !properWord(w) && !connectorWords[lw] {
			return false
		}
		if w.acronym() || orgWords[lw] || placeWords[lw] || functionWords[lw] {
			return false
		}
	}
	return !keyIn(places, ws)
}

func chunkAt(ws []word, from, to int, c nameChunk) nameChunk {
	c.from, c.to = from, to
	// only a lone word that opens a sentence may be a common word
	c.initial = to-from == 1 && ws[from].Initial && !ws[from].acronym()
	return c
}

// keepChunk rejects what is not a name: a lone common word, a month, a
// demonym, a role.
func keepChunk(ws []word, c nameChunk, lowerSeen lowerSet) bool {
	n := c.to - c.from
	if n <= 0 || n > 8 || adjectiveCompound(ws[c.to-1].Text) || partyTag(ws[c.from].Text) {
		return false
	}
	if n == 1 {
		w := ws[c.from]
		lw := w.lower()
		if functionWords[lw] || monthDayNames[strings.TrimSuffix(lw, ".")] || demonyms[lw] || roleHeads[lw] || roleModifiers[lw] || honorifics[lw] ||
			notNames[lw] || placeWords[lw] || genericOrgNouns[lw] || peopleWord(lw) {
			return false
		}
		if utf8Len(w.Text) < 2 || contraction(lw) {
			return false // "Don't", "I'd": a contraction is no name
		}
		if !w.acronym() && lowerSeen.common(lw) && w.Initial {
			return false
		}
	}
	return true
}

// contraction reports whether a lower-case word is a contraction: a
// negation ("don't", "can’t") or a pronoun with its verb ("i'd", "we’ll").
// Names with an apostrophe ("O'Brien", "D'Angelo") are none.
func contraction(lw string) bool {
	lw = strings.ReplaceAll(lw, "’", "'")
	if strings.HasSuffix(lw, "n't") {
		return true
	}
	pron, verb, ok := strings.Cut(lw, "'")
	return ok && contractedVerbs[verb] && contractedPronouns[pron]
}

// adjectiveCompound reports whether a word is a name made an adjective
// by a word after a hyphen ("Utah-based", "Bush-era", "New
// Zealand-born", "President-elect"): what it qualifies is no actor of
// that name. A prefix of one or two letters is no name ("Re-elect"), and
// other compounds may be names ("Latter-day Saints").
func adjectiveCompound(w string) bool {
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || len(w)-i-1 < 2 {
		return false
	}
	// a prefix is no name: "Co-operation", "Re-elect"
	if head := w[strings.LastIndexAny(w[:i], " -")+1 : i]; utf8Len(head) < 3 && !isAcronym(head) {
		return false
	}
	return adjectiveSuffixes[w[i+1:]]
}

// partyTag reports whether a word is a legislator's party and state,
// as American news writes them after a name: "D-W.Va.", "R-Texas",
// "I-Vt.".
func partyTag(w string) bool {
	return len(w) > 3 && (w[0] == 'D' || w[0] == 'R' || w[0] == 'I') && w[1] == '-' && 'A' <= w[2] && w[2] <= 'Z'
}

// peopleWord reports whether a lone capitalised word names a kind of
// people or a creed rather than an actor: a demonym in the plural
// ("Greeks"), "Socialist", "Communists", "Athenians".
func peopleWord(lw string) bool {
	if t := strings.TrimSuffix(lw, "s"); demonyms[t] || demonyms[strings.TrimSuffix(t, "e")] {
		return true
	}
	for _, suf := range []string{"ist", "ists", "ians", "eans"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

func utf8Len(s string) int { return len([]rune(s)) }

// cues notes what the words of a name and those around it say of its kind.
func cues(text string, ws []word, c nameChunk) nameChunk {
	name := ws[c.from:c.to]
	n := len(name)
	last := name[n-1].lower()
	switch {
	case keyIn(places, name):
		c.place += 3
	case orgWords[last]:
		c.org += 2
	case placeWords[last] && n > 1 || placeFirstWords[name[0].lower()] && n > 1:
		c.place += 2 // "Church Avenue", "Gulf of Aden"
	case orgWords[name[0].lower()]:
		c.org += 2
	case n > 1 && !anyOrgWord(name) && (places[name[0].lower()] || n > 2 && places[name[0].lower()+" "+name[1].lower()]):
		c.place += 2 // "Athens Acropolis": a place in a place
	case n == 1 && name[0].acronym():
		c.org++
	}
	for _, w := range name {
		if orgWords[w.lower()] && !(placeWords[last] && n > 1) {
			c.org++
			break
		}
	}
	if n >= 2 && n <= 3 && givenNames[name[0].lower()] && c.org == 0 && personLike(name) {
		c.person += 2
	}
	if n >= 2 && (last == "jr" || last == "jr." || last == "sr" || last == "sr.") {
		c.person += 3 // "Darnell Hayes Jr."
	}
	// "near Paris", "in Troy, Michigan"
	if c.from > 0 && n <= 2 && c.org == 0 {
		switch ws[c.from-1].lower() {
		case "near", "outside", "throughout":
			c.place++
		case "in":
			if c.to == len(ws) || strings.TrimSpace(ws[c.to].Gap) == "," {
				c.place++
			}
		}
	}
	if n == 1 && givenNames[name[0].lower()] && !places[name[0].lower()] && c.place == 0 {
		c.person++
	}
	c = contextCues(ws, c)
	// role before the name in lower case: "GMB general secretary Jane Okafor"
	if c.role == "" && c.from > 0 && plainGap(ws[c.from].Gap) {
		k := c.from
		for k > 0 && plainGap(ws[k].Gap) && (roleHeads[ws[k-1].lower()] || roleModifiers[ws[k-1].lower()]) {
			k--
		}
		if k < c.from && roleHeads[ws[c.from-1].lower()] && personLike(name) {
			role := strings.ToLower(wordsText(ws[k:c.from]))
			o := k
			for o > 0 && plainGap(ws[o].Gap) && properWord(ws[o-1]) && !functionWords[ws[o-1].lower()] && !roleHeads[ws[o-1].lower()] {
				o--
			}
			if o < k {
				role = wordsText(ws[o:k]) + " " + role
			}
			c.role = role
			c.person += 3
		}
	}
	after := c.to
	if after < len(ws) && plainGap(ws[after].Gap) && genericOrgNouns[ws[after].lower()] && !ws[after].capital() {
		after++ // "the GMB union said"
	}
	// "Okafor said", "said Okafor"
	if after < len(ws) && plainGap(ws[after].Gap) && speechVerbs[ws[after].lower()] {
		c.speaker = true
	}
	if after < len(ws) && plainGap(ws[after].Gap) && (ws[after].lower() == "has" || ws[after].lower() == "had") && after+1 < len(ws) && speechVerbs[ws[after+1].lower()] {
		c.speaker = true
	}
	if c.from > 0 && speechVerbs[ws[c.from-1].lower()] && plainGap(ws[c.from].Gap) && strings.HasSuffix(ws[c.from-1].lower(), "d") {
		c.speaker = true
	}
	// appositive: "Jane Okafor, the general secretary of the GMB union,"
	if after < len(ws) && strings.TrimSpace(ws[after].Gap) == "," {
		k := after
		if lw := ws[k].lower(); lw == "the" || lw == "a" || lw == "an" {
			k++
		}
		e := k
		hasHead := false
		for e < len(ws) && e < k+8 && (e == k || plainGap(ws[e].Gap)) {
			lw := ws[e].lower()
			if roleHeads[lw] {
				hasHead = true
			}
			e++
			if lw == "said" {
				break
			}
		}
		if hasHead && personLike(name) {
			// the role phrase runs to the next comma or the end; a name
			// right after a role word is someone else's ("Mark Teixeira,
			// general manager Tony Reagins said")
			end, other, onlyRole := k, false, true
			for end < len(ws) && (end == k || plainGap(ws[end].Gap)) && end < k+8 {
				w := ws[end]
				if speechVerbs[w.lower()] && !w.capital() {
					break // "…, the club's chairman said"
				}
				if end > k && onlyRole && roleHeads[ws[end-1].lower()] && (!ws[end-1].capital() || ws[end-1].acronym()) &&
					properWord(w) && !w.acronym() {
					other = true
					break
				}
				onlyRole = onlyRole && (roleHeads[w.lower()] || roleModifiers[w.lower()])
				end++
			}
			phrase := wordsText(ws[k:end])
			if !other && (roleHeads[ws[k].lower()] || roleModifiers[ws[k].lower()] || properWord(ws[k])) {
				c.role = appositiveRole(phrase)
				c.person += 3
			}
		}
		// ", a municipal worker", ", the boy's uncle"
		if lw := ws[after].lower(); (lw == "a" || lw == "an" || lw == "the") && personLike(name) {
			for e := after + 1; e < len(ws) && e <= after+4 && plainGap(ws[e].Gap); e++ {
				if personNouns[ws[e].lower()] {
					c.person += 2
					break
				}
			}
		}
		// ", 45," an age
		if unicode.IsDigit(firstRune(ws[after].Text)) && len(ws[after].Text) <= 3 && n >= 2 &&
			after+1 < len(ws) && strings.TrimSpace(ws[after+1].Gap) == "," {
			c.person += 2
		}
	}
	return c
}

func anyOrgWord(ws []word) bool {
	for _, w := range ws {
		if orgWords[w.lower()] || corporateWords[w.lower()] {
			return true
		}
	}
	return false
}

// contextCues reads the words right around a name: "61-year-old Jan
// Novak", "the Athens suburb of Piraeus", "French newspaper Le Monde",
// "787 Dreamliner", "the new MacBook", and after a lone word the
// lower-case noun it qualifies ("Molotov cocktails", "Stadiou street",
// "Marfin bank", "Macintosh computers").
func contextCues(ws []word, c nameChunk) nameChunk {
	n := c.to - c.from
	if c.from > 0 && plainGap(ws[c.from].Gap) {
		prev := ws[c.from-1]
		pl := prev.lower()
		switch {
		case strings.HasSuffix(pl, "-year-old") && !qualifiesNoun(ws, c.to):
			c.person += 3 // but not "a 16-year-old Brooklyn resident"
		case mediaNouns[pl] && !prev.capital():
			c.org += 2
		case pl == "of" && c.from > 1 && plainGap(prev.Gap) && placeNouns[ws[c.from-2].lower()] && c.org == 0:
			c.place += 2
		case pl == "of" && c.from > 1 && plainGap(prev.Gap) && figDirections[ws[c.from-2].lower()] && c.org == 0:
			c.place += 2 // "14 miles north-northeast of Lissen"
		case pl == "from" && c.from > 1 && plainGap(prev.Gap) && figDistanceUnits[ws[c.from-2].lower()] && c.org == 0:
			c.place += 2 // "135 kilometers from Dunmore"
		case unicode.IsDigit(firstRune(prev.Text)) || pl == "new":
			c.product++
		case prev.Possessive && prev.capital() && !places[pl] && n == 1 && !givenNames[ws[c.from].lower()]:
			c.product++ // "Apple's Macintosh"
		}
	}
	if c.to < len(ws) && plainGap(ws[c.to].Gap) && unicode.IsDigit(firstRune(ws[c.to].Text)) && !ws[c.to-1].Possessive {
		c.product++ // "Lumio 5", "Boeing 787"
	}
	if n != 1 || ws[c.from].Possessive || c.to >= len(ws) || !plainGap(ws[c.to].Gap) {
		return c
	}
	nx := ws[c.to]
	lw := nx.lower()
	if nx.capital() || !unicode.IsLetter(firstRune(lw)) {
		return c
	}
	switch {
	case placeWords[lw] || placeFollowers[lw]:
		c.place += 2 // "Stadiou street", "Brooklyn residents", "Baytown police"
	case orgFollowers[lw]:
		c.org += 2 // "Marfin bank"
	case speechVerbs[lw] || auxiliaries[lw] || functionWords[lw] || connectorWords[lw] || strings.HasSuffix(lw, "ed"):
	default:
		c.follow = strings.TrimSuffix(lw, "s")
	}
	return c
}

// qualifiesNoun reports whether the word at i is a lower-case noun that
// the name before it qualifies ("Brooklyn resident"), not a verb.
func qualifiesNoun(ws []word, i int) bool {
	if i >= len(ws) || !plainGap(ws[i].Gap) || ws[i].capital() || !unicode.IsLetter(firstRune(ws[i].Text)) {
		return false
	}
	lw := ws[i].lower()
	return !(speechVerbs[lw] || auxiliaries[lw] || functionWords[lw] || connectorWords[lw] || strings.HasSuffix(lw, "ed"))
}

// appositiveRole tidies a role phrase read after a name: role words in
// lower case, names kept as written.
func appositiveRole(phrase string) string {
	f := strings.Fields(phrase)
	for i, w := range f {
		if roleHeads[strings.ToLower(w)] || roleModifiers[strings.ToLower(w)] {
			f[i] = strings.ToLower(w)
		}
	}
	return strings.Join(f, " ")
}
