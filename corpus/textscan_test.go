package corpus

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The helpers that read text without copies must give exactly what the
// strings functions and the earlier ways of doing it gave: these tests
// hold them to that on awkward text (Unicode spaces, invalid UTF-8,
// letters whose lower case has another length).

var textSamples = []string{
	"", " ", "a", " a ", "a  b", "a\tb", "a\nb\r\nc", "\u00a0a\u00a0b", "a\u0085b", "a\u2003b\u3000c",
	"\xffab c", "a \xff", "\xe2\x80", "Ünïcödé  Wörds", "İstanbul KELVIN \u212a Ω", "Ⱥ ȿ ẞ ǅ",
	"‘Quoted’ – dash — “more”", "The Police (file image) said", "trailing space ", "multi   spaces\t\ttabs",
	"\v\f", "Met Police’s staff", "THE Union", "the union", "Said:", "A SPOKESMAN,", "O'Neill’s",
	"Pictured (left) with (Inset) and (pictured: John)", "(FILE PHOTO: Reuters) Text (above)",
}

func TestTextHelpersMatchStrings(t *testing.T) {
	for _, s := range textSamples {
		checkTextHelpers(t, s)
	}
}

// TestLowerCacheFillsAndLongWords checks the cache of lower-case words
// past its size, and with words too long to keep.
func TestLowerCacheFillsAndLongWords(t *testing.T) {
	var c lowerCache
	long := strings.Repeat("Long", 20)
	for round := 0; round < 2; round++ {
		for i := 0; i < maxLows+10; i++ {
			w := fmt.Sprintf("Name%d", i)
			if i%100 == 0 {
				w = long
			}
			if got, want := lowerASCII(w, &c), strings.ToLower(w); got != want {
				t.Fatalf("lowerASCII(%q) = %q, want %q", w, got, want)
			}
		}
	}
	if _, kept := c[long]; kept {
		t.Errorf("a word of %d bytes was kept", len(long))
	}
	if len(c) > maxLows+1 {
		t.Errorf("the cache holds %d words, more than %d", len(c), maxLows)
	}
}

func FuzzTextHelpers(f *testing.F) {
	for _, s := range textSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkTextHelpers(t, s) })
}

func checkTextHelpers(t *testing.T, s string) {
	t.Helper()
	fields := strings.Fields(s)
	if got := fieldCount(s); got != len(fields) {
		t.Errorf("fieldCount(%q) = %d, want %d", s, got, len(fields))
	}
	if got, want := joinFields(s), strings.Join(fields, " "); got != want {
		t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
	}
	if got := appendFields(nil, s); !slices.Equal(got, fields) {
		t.Errorf("appendFields(%q) = %q, want %q", s, got, fields)
	}
	var iter []string
	for st, en := nextField(s, 0); st < len(s); st, en = nextField(s, en) {
		iter = append(iter, s[st:en])
	}
	if !slices.Equal(iter, fields) {
		t.Errorf("nextField over %q gives %q, want %q", s, iter, fields)
	}
	low := strings.ToLower(s)
	if got := string(appendLower([]byte("x"), s)); got != "x"+low {
		t.Errorf("appendLower(%q) = %q, want %q", s, got[1:], low)
	}
	if !lowerIn(map[string]bool{low: true}, s) || lowerIn(map[string]bool{low + "?": true}, s) {
		t.Errorf("lowerIn(%q) does not look up %q", s, low)
	}
	if got, want := foldName(s), foldNameByStrings(s); got != want {
		t.Errorf("appendFoldName(%q) = %q, want %q", s, got, want)
	}
	var c lowerCache
	for range 2 {
		if got := c.of(s); got != low {
			t.Errorf("lowerCache.of(%q) = %q, want %q", s, got, low)
		}
	}
	if got, want := normLine(s), normLineByReplace(s); got != want {
		t.Errorf("normLine(%q) = %q, want %q", s, got, want)
	}
	for _, w := range append(fields, s, s+".", "SEPT"+s, "Dec"+s, "mAy") {
		if got, want := monthNumber(w), monthNumberByLower(w); got != want {
			t.Errorf("monthNumber(%q) = %d, want %d", w, got, want)
		}
	}
}

// monthNumberByLower is monthNumber as it was first written, on a
// lower-case copy.
func monthNumberByLower(s string) int {
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

// normLineByReplace is normLine as it was written first: the caption
// parentheses cut out of a copy, then the copy lower-cased.
func normLineByReplace(ln string) string {
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

// dropRepeatsByMap is dropRepeats as it was written first, with the keys
// in a map.
func dropRepeatsByMap(lines []string) []string {
	keys := make([]string, len(lines))
	best := map[string]int{}
	for i, ln := range lines {
		if ln == "" {
			continue
		}
		k := normLineByReplace(ln)
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
	var out []string
	for i, ln := range lines {
		k := keys[i]
		if ln == "" {
			out = append(out, ln)
			continue
		}
		if k != "" && best[k] != i {
			continue
		}
		if !endsSentence(ln) && len(strings.Fields(k)) >= 4 {
			p := k + " "
			if j := sort.SearchStrings(sorted, p); j < len(sorted) && strings.HasPrefix(sorted[j], p) {
				continue
			}
		}
		out = append(out, ln)
	}
	return out
}

func TestDropRepeatsMatchesMapVersion(t *testing.T) {
	pool := []string{
		"", "", "Police said the march was peaceful.", "Police said the march was peaceful",
		"POLICE SAID THE MARCH WAS PEACEFUL (file image)", "Police said the march",
		"Police said the march was peaceful and long.", "Crowds gathered (pictured) outside",
		"Crowds gathered outside the hall on Monday.", "Crowds gathered", "Crowds gathered outside",
		"The union’s leader spoke.", "The unions leader spoke", "—", "(left)", "A B C D E", "A B C D",
		"a b c d e f.", "Ünïcödé words here now", "ünïcödé words here now and then.",
	}
	rng := rand.New(rand.NewSource(7))
	for trial := 0; trial < 2000; trial++ {
		lines := make([]string, rng.Intn(12))
		for i := range lines {
			lines[i] = pool[rng.Intn(len(pool))]
		}
		want := dropRepeatsByMap(slices.Clone(lines))
		got := dropRepeats(slices.Clone(lines))
		if len(got) == 0 && len(want) == 0 {
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("dropRepeats(%q) = %q, want %q", lines, got, want)
		}
	}
}

// foldNameByStrings is foldName as it was first written, with the
// strings package (and diacritics folded, as they have been since).
func foldNameByStrings(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.ReplaceAll(s, "\u2019", "'")
	return strings.TrimPrefix(foldDiacritics(s), "the ")
}

func TestFoldDiacritics(t *testing.T) {
	for in, want := range map[string]string{
		"vendôme": "vendome", "gérard bénézat": "gerard benezat", "łódź": "lodz", "plain": "plain",
		"şanlıurfa": "sanliurfa", "日本": "日本", "café’s": "cafe’s",
	} {
		if got := foldDiacritics(in); got != want {
			t.Errorf("foldDiacritics(%q) = %q, want %q", in, got, want)
		}
	}
}

// numberWordByFields is NumberWord's reading of words as it was first
// written: strings.FieldsFunc, and strconv.ParseFloat tried on any word.
func numberWordByFields(s string) (float64, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return 0, false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) == 2 {
		num, ok := smallNumbers[words[0]]
		if words[0] == "a" || words[0] == "an" {
			num, ok = 1, true
		}
		if den, isFrac := fractionWords[words[1]]; ok && isFrac {
			return num / den, true
		}
	}
	switch s {
	case "a dozen", "dozen":
		return 12, true
	case "half", "a half":
		return 0.5, true
	}
	total, cur := 0.0, 0.0
	seen := false
	for i, w := range words {
		switch {
		case w == "and" && seen && i < len(words)-1:
			continue
		case (w == "a" || w == "an") && i == 0 && len(words) > 1:
			cur = 1
			continue
		}
		if v, ok := smallNumbers[w]; ok {
			cur += v
		} else if v, ok := tens[w]; ok {
			cur += v
		} else if w == "dozen" {
			if cur == 0 {
				cur = 1
			}
			cur *= 12
		} else if v, ok := scaleWords[w]; ok {
			if cur == 0 {
				cur = 1
			}
			if v == 100 {
				cur *= v
			} else {
				total += cur * v
				cur = 0
			}
		} else if n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64); err == nil && i == 0 && len(words) > 1 {
			cur = n
		} else {
			return 0, false
		}
		seen = true
	}
	if !seen {
		return 0, false
	}
	return total + cur, true
}

func TestNumberWordMatchesFields(t *testing.T) {
	for _, s := range []string{
		"", "six", "Twenty-One", "forty five", "a hundred", "two hundred and fifty", "three thousand",
		"a dozen", "two-thirds", "a half", "2 million", "2,500 thousand", ",5 million", "+3 billion",
		"-2 thousand", ".5 million", "inf million", "NaN thousand", "infinity million", "0x10 million",
		"1_000 million", "2 things", "some million", "million", "2", "--", " - ", "one  -  two",
		"ten ten ten ten ten ten ten ten ten ten", "İ million", "and six", "six and",
	} {
		gv, gok := NumberWord(s)
		wv, wok := numberWordByFields(s)
		if gok != wok || gv != wv && !(gv != gv && wv != wv) {
			t.Errorf("NumberWord(%q) = %v, %v, want %v, %v", s, gv, gok, wv, wok)
		}
	}
}

func TestParsePublishedShortDates(t *testing.T) {
	for _, s := range []string{"2024-12-11", " 2024-12-11 ", "2024-1-11", "2024-12-1", "24-12-11", "", "2024-12-11T10:00", "2024-12-11 10:00:05", "2024-12-11T10:00:00Z"} {
		got, gh, gerr := ParsePublished(s)
		want, wh, werr := parsePublishedEveryLayout(s)
		if !got.Equal(want) || gh != wh || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Errorf("ParsePublished(%q) = %v, %v, %v; want %v, %v, %v", s, got, gh, gerr, want, wh, werr)
		}
	}
}

// parsePublishedEveryLayout tries every layout in turn, as ParsePublished
// did for every string.
func parsePublishedEveryLayout(s string) (time.Time, bool, error) {
	s = strings.TrimSpace(s)
	for _, f := range []struct {
		layout  string
		hasTime bool
	}{
		{time.RFC3339, true}, {"2006-01-02T15:04:05", true}, {"2006-01-02T15:04", true},
		{"2006-01-02 15:04:05", true}, {"2006-01-02 15:04", true}, {"2006-01-02", false},
	} {
		if t, err := time.Parse(f.layout, s); err == nil {
			return t, f.hasTime, nil
		}
	}
	return time.Time{}, false, fmt.Errorf("published %q is not a date (want YYYY-MM-DD or RFC 3339)", s)
}

// groupReportsByMap is groupReports as it was first written: groups copied
// out of the candidates, postings in a map of slices, shared words counted
// in a map.
func groupReportsByMap(cands []eventCandidate) []eventCandidate {
	var groups []eventCandidate
	type postKey struct{ bucket, word string }
	posting := map[postKey][]int{}
	for _, c := range cands {
		best, bestScore := -1, 0.0
		shared := map[int]int{}
		for _, w := range c.words {
			for _, g := range posting[postKey{c.key, w}] {
				shared[g]++
			}
		}
		for g, n := range shared {
			sc := similarity(n, len(c.words), len(groups[g].words), shareAny(c.ev.Actors, groups[g].ev.Actors))
			if sc == 0 || sc < bestScore || sc == bestScore && g > best || !compatibleEnds(groups[g].ev, c.ev) {
				continue
			}
			best, bestScore = g, sc
		}
		if best < 0 {
			groups = append(groups, c)
			for _, w := range c.words {
				k := postKey{c.key, w}
				if len(posting[k]) < 64 {
					posting[k] = append(posting[k], len(groups)-1)
				}
			}
			continue
		}
		g := &groups[best]
		g.ev.Reports = append(g.ev.Reports, c.ev.Reports...)
		for _, id := range c.ev.Actors {
			if !hasString(g.ev.Actors, id) {
				g.ev.Actors = append(g.ev.Actors, id)
			}
		}
		if certRank(c.ev.Certainty) < certRank(g.ev.Certainty) {
			g.ev.Certainty = c.ev.Certainty
			g.ev.Summary = c.ev.Summary
		}
		if g.ev.End.IsZero() {
			g.ev.End = c.ev.End
		}
		if c.art < g.art || (c.art == g.art && c.pos < g.pos) {
			g.art, g.pos = c.art, c.pos
		}
	}
	return groups
}

func TestGroupReportsMatchesMapVersion(t *testing.T) {
	vocab := strings.Fields("strike vote union pay police rally march court ruling budget cut staff talks deal fire flood river bridge school")
	keys := []string{"2024-12-11/day", "2024-12/month", "~on monday", "~last week"}
	certs := []Certainty{CertStated, CertResolved, CertInferred, CertRelative}
	day := time.Date(2024, 12, 11, 0, 0, 0, 0, time.UTC)
	// the same candidates, made afresh for each version (both append to
	// the groups' lists)
	make := func() []eventCandidate {
		rng := rand.New(rand.NewSource(11))
		out := []eventCandidate{}
		for i := 0; i < 600; i++ {
			var ws []string
			for _, w := range vocab {
				if rng.Intn(4) == 0 {
					ws = append(ws, w)
				}
			}
			c := eventCandidate{ev: Event{Certainty: certs[rng.Intn(len(certs))], Summary: fmt.Sprintf("s%d", i),
				Reports: []Report{{Article: fmt.Sprintf("a%d", i/5), Sentence: i % 5, Expression: i}}},
				words: ws, key: keys[rng.Intn(len(keys))], art: i / 5, pos: rng.Intn(1000)}
			if rng.Intn(3) == 0 {
				c.ev.End = day.AddDate(0, 0, rng.Intn(2))
			}
			for k := rng.Intn(3); k > 0; k-- {
				c.ev.Actors = append(c.ev.Actors, fmt.Sprintf("actor-%d", rng.Intn(4)))
			}
			out = append(out, c)
		}
		return out
	}
	want := groupReportsByMap(make())
	got := groupReports(make())
	if len(got) != len(want) {
		t.Fatalf("%d groups, want %d", len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Fatalf("group %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestSentenceActorsMatchesMap(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	arts := []*Article{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "b"}} // "b" twice: its mentions go by id
	var actors []*Actor
	for i := 0; i < 6; i++ {
		ac := &Actor{ID: fmt.Sprintf("actor-%d", i)}
		for _, id := range []string{"a", "b", "c", "x"} {
			for s := 0; s < 8; s++ {
				for k := rng.Intn(3) - 1; k > 0; k-- {
					ac.Mentions = append(ac.Mentions, Mention{Article: id, Sentence: s})
				}
			}
		}
		actors = append(actors, ac)
	}
	// as BuildEvents read them first: a map by article id and sentence
	type place struct {
		art string
		sen int
	}
	actorsAt := map[place][]string{}
	for _, ac := range actors {
		for _, m := range ac.Mentions {
			k := place{m.Article, m.Sentence}
			if l := actorsAt[k]; len(l) == 0 || l[len(l)-1] != ac.ID {
				actorsAt[k] = append(l, ac.ID)
			}
		}
	}
	artPos := map[string]int{}
	for i, a := range arts {
		artPos[a.ID] = i
	}
	sa := actorsBySentence(arts, artPos, actors)
	for _, a := range arts {
		for s := 0; s < 9; s++ {
			got, want := sa.At(artPos[a.ID], s), slices.Clone(actorsAt[place{a.ID, s}])
			if !reflect.DeepEqual(got, want) {
				t.Errorf("article %s sentence %d: actors %q, want %q", a.ID, s, got, want)
			}
		}
	}
}

// hasQuoteMark finds what strings.ContainsAny finds for the same marks.
func TestHasQuoteMark(t *testing.T) {
	pieces := []string{"a", "B", " ", "'", "\"", "‘", "’", "“", "”", "–", "é", "\u2018x", "€", "\xe2\x80", "\xe2"}
	rng := rand.New(rand.NewSource(1))
	for range 20_000 {
		var b strings.Builder
		for range rng.Intn(8) {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := b.String()
		for _, tc := range []struct{ curly, set string }{{openingCurly, "\"“‘'"}, {closingCurly, "'’”\""}} {
			if got, want := hasQuoteMark(s, tc.curly), strings.ContainsAny(s, tc.set); got != want {
				t.Fatalf("hasQuoteMark(%q, %q) = %v, strings.ContainsAny gives %v", s, tc.set, got, want)
			}
		}
	}
}
