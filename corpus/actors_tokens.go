package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// word is one word of a sentence, as the actor finder sees it: a run of
// letters and digits with inner apostrophes, hyphens, full stops and
// ampersands ("O'Neill", "Rolls-Royce", "U.S.", "AT&T"). A trailing
// possessive ("Apple’s", "Jones'") is not part of the word's Text but sets
// Possessive and is included in End.
type word struct {
	Text       string
	low        string // Text in lower case, apostrophes straight
	Start, End int    // byte offsets into Article.Text; End covers a possessive
	Possessive bool
	Initial    bool // the first word of its sentence (after any opening quote)
	// Gap is the text between the previous word and this one ("" for the
	// first word of a sentence): punctuation there breaks a name.
	Gap string
}

// capital reports whether w starts with an upper-case letter.
func (w word) capital() bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r)
}

// lower is the word in lower case.
func (w word) lower() string { return w.low }

func lowerWord(s string) string {
	l := strings.ToLower(s)
	if strings.Contains(l, "’") {
		l = strings.ReplaceAll(l, "’", "'")
	}
	return l
}

// acronym reports whether w is written in capitals: two or more letters,
// none lower case ("GMB", "U.S.", "AT&T", "G7"), optionally with a plural
// "s" ("MEPs").
func (w word) acronym() bool { return isAcronym(w.Text) }

func isAcronym(s string) bool {
	s = strings.TrimSuffix(s, "s")
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsLetter(r):
			return false
		}
	}
	return letters >= 2
}

// plainGap reports whether the text between two words is only spaces, so
// the words may belong to one name.
func plainGap(g string) bool {
	for i := 0; i < len(g); i++ {
		if g[i] != ' ' {
			return false
		}
	}
	return true
}

// keyOf is the comparison key of a name made of words: what
// foldName(wordsText(ws)) gives, built without the copies.
func keyOf(ws []word) string {
	if len(ws) > 1 && ws[0].low == "the" {
		ws = ws[1:]
	}
	if len(ws) == 1 && !ws[0].Possessive {
		return ws[0].low
	}
	var b strings.Builder
	n := len(ws)
	for _, w := range ws {
		n += len(w.low) + 2
	}
	b.Grow(n)
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.low)
		if w.Possessive && i < len(ws)-1 {
			b.WriteString("'s")
		}
	}
	return b.String()
}

// appendKey appends keyOf(ws) to dst.
func appendKey(dst []byte, ws []word) []byte {
	if len(ws) > 1 && ws[0].low == "the" {
		ws = ws[1:]
	}
	for i, w := range ws {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w.low...)
		if w.Possessive && i < len(ws)-1 {
			dst = append(dst, "'s"...)
		}
	}
	return dst
}

// keyIn reports whether keyOf(ws) is in m, looked up without making the
// key.
func keyIn(m map[string]bool, ws []word) bool {
	var buf [128]byte
	return m[string(appendKey(buf[:0], ws))]
}

// articleWords splits every sentence of a into words, one backing array
// for the article.
func articleWords(a *Article) [][]word {
	return (&wordBuffer{}).read(a)
}

// wordBuffer holds the words of one article at a time, so that a worker
// reading article after article reuses its arrays: the words may be read
// until the next call of read, and nothing made from them may keep the
// arrays (a word's strings, its text and lower-case form, are the
// article's own or shared copies, and may be kept). It also holds the
// scratch of the passes that read the words (discover, the mention pass),
// emptied for each article.
type wordBuffer struct {
	words []word
	sents [][]word
	lows  lowerCache // lower-case forms of capitalised words

	// discover
	written, capitalised map[string]bool
	chunks               []nameChunk
	byKey                map[string]int
	sightings            []sightingWork
	fields               []string
	links                []nameLink
	// the mention pass
	key      []byte
	pend     []pendingMention
	found    []foundMention
	local    map[string]int
	lastSeen map[int]int
	named    []int
	mentions []actorMention
}

// wordBuffers lends word buffers to the workers of FindActorsQuotes.
var wordBuffers = sync.Pool{New: func() any { return new(wordBuffer) }}

// read splits every sentence of a into words, in b's arrays.
func (b *wordBuffer) read(a *Article) [][]word {
	buf := b.words[:0]
	if need := len(a.Text)/5 + 8; cap(buf) < need {
		buf = make([]word, 0, need)
	}
	out := b.sents[:0]
	if cap(out) < len(a.Sentences) {
		out = make([][]word, len(a.Sentences))
	}
	out = out[:len(a.Sentences)]
	for i, s := range a.Sentences {
		start := len(buf)
		buf = appendWords(buf, a.Text, &b.lows, s)
		out[i] = buf[start:len(buf):len(buf)]
	}
	b.words, b.sents = buf, out
	return out
}

// sentenceWords splits one sentence into words.
func sentenceWords(text string, s Sentence) []word {
	return appendWords(make([]word, 0, (s.End-s.Start)/5+4), text, nil, s)
}

// appendWords appends the words of sentence s to out. lows holds the
// lower-case forms of words already seen, or is nil.
func appendWords(out []word, text string, lows *lowerCache, s Sentence) []word {
	first := len(out)
	i := s.Start
	prevEnd := s.Start
	for i < s.End {
		r, n := utf8.DecodeRuneInString(text[i:s.End])
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		j := i + n
		for j < s.End {
			r2, n2 := utf8.DecodeRuneInString(text[j:s.End])
			if isWordRune(r2) {
				j += n2
				continue
			}
			// inner joiners need a word rune after them
			if strings.ContainsRune("'’-.&", r2) && j+n2 < s.End {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : s.End])
				if isWordRune(r3) {
					j += n2
					continue
				}
			}
			break
		}
		end := j
		// "U.S.", the initial "R." and "Sgt." keep their final stop
		if j < s.End && text[j] == '.' && (strings.Count(text[start:j], ".") > 0 && j-start <= 8 || j-start == 1 && unicode.IsUpper(r) ||
			unicode.IsUpper(r) && abbreviations[strings.ToLower(text[start:j])]) {
			end = j + 1
			j++
		}
		w := word{Text: text[start:end], Start: start, End: end, Gap: text[prevEnd:start]}
		// possessive: "Apple’s" or "Jones'"
		if t := w.Text; strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "'S") || strings.HasSuffix(t, "’S") {
			cut := strings.LastIndexAny(w.Text, "'’")
			w.Text = w.Text[:cut]
			w.Possessive = true
		} else if j < s.End && (text[j] == '\'' || strings.HasPrefix(text[j:s.End], "’")) && strings.HasSuffix(w.Text, "s") {
			// plural possessive only when what follows is not a letter
			k := j + 1
			if text[j] != '\'' {
				k = j + len("’")
			}
			if k >= s.End || !isWordRune(firstRune(text[k:s.End])) {
				w.Possessive = true
				w.End = k
				j = k
			}
		}
		if len(out) == first {
			w.Initial = true
			w.Gap = ""
		} else if opensWithQuote(w.Gap) || opensAfterColon(w.Gap) {
			// a quote opens a sentence of its own: "Thieves!"; so may a
			// colon: "a simpler solution: Stop using it"
			w.Initial = true
		}
		if w.Text != "" {
			switch {
			case strings.Contains(w.Text, "’"):
				w.low = lowerWord(w.Text)
			case !hasUpper(w.Text):
				w.low = w.Text
			case lows != nil:
				w.low = lows.of(w.Text) // lowerWord: the word has no ’
			default:
				w.low = lowerWord(w.Text)
			}
			w.low = foldDiacritics(w.low) // "Québec" and "Quebec" are one name
			out = append(out, w)
		}
		prevEnd = w.End
		i = j
		if i < w.End {
			i = w.End
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// properWord reports whether w looks like a word of a proper name: a
// capital followed by letters ("Okafor", "McDonald", "O'Neill"), or an
// acronym.
func properWord(w word) bool {
	if !w.capital() {
		return false
	}
	for _, r := range w.Text {
		if unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// opensAfterColon reports whether a word follows a colon, where English
// may capitalise the first word of what follows.
func opensAfterColon(gap string) bool {
	return strings.HasSuffix(strings.TrimRight(gap, " \t"), ":")
}

// opensWithQuote reports whether a gap between words ends in an opening
// quote mark: a mark right before the word, after a space or the start.
func opensWithQuote(gap string) bool {
	r, n := utf8.DecodeLastRuneInString(gap)
	if r != '"' && r != '“' && r != '‘' && r != '\'' {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(gap[:len(gap)-n])
	return len(gap) == n || unicode.IsSpace(prev) || prev == '(' || prev == ':' || prev == '—' || prev == '–'
}
