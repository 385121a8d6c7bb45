package index

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"
	"time"
	"unicode"

	"github.com/dateline-news/dateline/corpus"
)

// facts is what a search needs to know of every sentence without reading
// a document: the days it is about and the actors it names, with its
// article's source and publication day. Search reads an article hit's id
// from the article field's doc values and takes its sentences' facts from
// here, to keep the sentences that pass the date and actor filters, count
// the facets and date the hits. It is built from the story by Build and
// kept in the index's internal store (keyFacts) for Open.
//
// Everything is in flat slices (a few bytes a sentence): at 100,000
// articles it holds about 1.5 million sentences.
type facts struct {
	ids     map[string]int32 // article id → index in arts
	arts    []artFacts
	sents   []sentFacts
	pool    []int32  // days and actor codes of the sentences, back to back
	actors  []string // actor code → actor id
	sources []string // source code → source

	codesOnce sync.Once
	codes     map[string]int32 // actor id → code, made on first use
}

// actorCodes returns the actor codes by actor id.
func (f *facts) actorCodes() map[string]int32 {
	f.codesOnce.Do(func() {
		f.codes = make(map[string]int32, len(f.actors))
		for i, id := range f.actors {
			f.codes[id] = int32(i)
		}
	})
	return f.codes
}

type artFacts struct {
	id        string
	source    int32 // code in sources, -1 for none
	published int32 // day number (dayNum), noDay when unknown
	first     int32 // its first sentence in sents
	n         int32 // its number of sentences
}

type sentFacts struct {
	off            int32 // days at pool[off:off+nDays], then actor codes
	nDays, nActors uint16
	words          uint16 // its length in words, for scoring its matches
}

// wordCount counts the runs of letters and digits in a sentence, capped
// to fit a sentFacts.
func wordCount(s string) uint16 {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	if n > math.MaxUint16 {
		n = math.MaxUint16
	}
	return uint16(n)
}

// noDay marks an unknown day.
const noDay = math.MinInt32

// dayNum is the number of days since 1970-01-01 of t's date (UTC).
func dayNum(t time.Time) int32 {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return int32(d.Unix() / 86400)
}

// dayTime is the date of a day number.
func dayTime(n int32) time.Time { return time.Unix(int64(n)*86400, 0).UTC() }

// monthNum is year*12+month-1 of a day number: months sort in order.
func monthNum(n int32) int32 {
	t := dayTime(n)
	return int32(t.Year()*12 + int(t.Month()) - 1)
}

func monthString(m int32) string {
	return fmt.Sprintf("%04d-%02d", m/12, m%12+1)
}

// days returns the days a sentence is about: its own event days, else its
// article's publication day (none when neither is known).
func (f *facts) days(a *artFacts, s *sentFacts, buf []int32) []int32 {
	if s.nDays > 0 {
		return f.pool[s.off : s.off+int32(s.nDays)]
	}
	if a.published != noDay {
		return append(buf[:0], a.published)
	}
	return nil
}

// sentActors returns the actor codes of a sentence.
func (f *facts) sentActors(s *sentFacts) []int32 {
	start := s.off + int32(s.nDays)
	return f.pool[start : start+int32(s.nActors)]
}

// buildFacts gathers the facts of a story's sentences.
func buildFacts(st *corpus.Story, sf *storyFacts) *facts {
	f := &facts{ids: make(map[string]int32, len(st.Articles))}
	actorCode := make(map[string]int32, len(st.Actors))
	for _, a := range st.Actors {
		actorCode[a.ID] = int32(len(f.actors))
		f.actors = append(f.actors, a.ID)
	}
	sourceCode := map[string]int32{}
	n := 0
	for _, a := range st.Articles {
		n += len(a.Sentences)
	}
	f.sents = make([]sentFacts, 0, n)
	for ai, a := range st.Articles {
		af := artFacts{id: a.ID, source: -1, published: noDay, first: int32(len(f.sents)), n: int32(len(a.Sentences))}
		if a.Source != "" {
			c, ok := sourceCode[a.Source]
			if !ok {
				c = int32(len(f.sources))
				sourceCode[a.Source] = c
				f.sources = append(f.sources, a.Source)
			}
			af.source = c
		}
		if a.HasPublished() {
			af.published = dayNum(a.Published)
		}
		for i := range a.Sentences {
			s := sentFacts{off: int32(len(f.pool)), words: wordCount(a.Sentences[i].Text)}
			for _, t := range sf.events.of(int32(ai), i) {
				d := dayNum(t)
				if !containsDay(f.pool[s.off:], d) {
					f.pool = append(f.pool, d)
					s.nDays++
				}
			}
			for _, id := range sf.sentenceActors(int32(ai), i) {
				if c, ok := actorCode[id]; ok {
					f.pool = append(f.pool, c)
					s.nActors++
				}
			}
			f.sents = append(f.sents, s)
		}
		f.ids[a.ID] = int32(len(f.arts))
		f.arts = append(f.arts, af)
	}
	return f
}

func containsDay(days []int32, d int32) bool {
	for _, x := range days {
		if x == d {
			return true
		}
	}
	return false
}

// factsVersion is the first byte of an encoded facts table.
const factsVersion = 3

// encode writes the table compactly: uvarint counts and codes, zig-zag
// varint days. The numbers of sentences and of pooled codes come before
// the articles, so that decoding allocates each list once (growing them
// took a third of reopening a 1.4-million-sentence index).
func (f *facts) encode() []byte {
	b := make([]byte, 0, 16+len(f.sents)*4+len(f.pool)*3+len(f.arts)*24)
	b = append(b, factsVersion)
	putStr := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	b = binary.AppendUvarint(b, uint64(len(f.actors)))
	for _, s := range f.actors {
		putStr(s)
	}
	b = binary.AppendUvarint(b, uint64(len(f.sources)))
	for _, s := range f.sources {
		putStr(s)
	}
	b = binary.AppendUvarint(b, uint64(len(f.arts)))
	b = binary.AppendUvarint(b, uint64(len(f.sents)))
	b = binary.AppendUvarint(b, uint64(len(f.pool)))
	for i := range f.arts {
		a := &f.arts[i]
		putStr(a.id)
		b = binary.AppendVarint(b, int64(a.source))
		b = binary.AppendVarint(b, int64(a.published))
		b = binary.AppendUvarint(b, uint64(a.n))
		for _, s := range f.sents[a.first : a.first+a.n] {
			b = binary.AppendUvarint(b, uint64(s.words))
			b = binary.AppendUvarint(b, uint64(s.nDays))
			for _, d := range f.pool[s.off : s.off+int32(s.nDays)] {
				b = binary.AppendVarint(b, int64(d))
			}
			b = binary.AppendUvarint(b, uint64(s.nActors))
			for _, c := range f.sentActors(&s) {
				b = binary.AppendUvarint(b, uint64(c))
			}
		}
	}
	return b
}

var errFacts = errors.New("stored sentence facts are damaged")

// decodeFacts reads a table written by encode.
func decodeFacts(b []byte) (*facts, error) {
	if len(b) == 0 || b[0] != factsVersion {
		return nil, errFacts
	}
	b = b[1:]
	bad := false
	uv := func() uint64 {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return v
	}
	sv := func() int64 {
		v, n := binary.Varint(b)
		if n <= 0 {
			bad = true
			return 0
		}
		b = b[n:]
		return v
	}
	str := func() string {
		n := uv()
		if bad || n > uint64(len(b)) {
			bad = true
			return ""
		}
		s := string(b[:n])
		b = b[n:]
		return s
	}
	// count reads a count that cannot exceed what is left to read
	count := func() int {
		n := uv()
		if n > uint64(len(b)) {
			bad = true
			return 0
		}
		return int(n)
	}
	f := &facts{}
	f.actors = make([]string, count())
	for i := range f.actors {
		f.actors[i] = str()
	}
	f.sources = make([]string, count())
	for i := range f.sources {
		f.sources[i] = str()
	}
	na, ns, np := count(), count(), count()
	f.arts = make([]artFacts, 0, na)
	f.ids = make(map[string]int32, na)
	f.sents = make([]sentFacts, 0, ns)
	f.pool = make([]int32, 0, np)
	for i := 0; i < na && !bad; i++ {
		a := artFacts{id: str(), source: int32(sv()), published: int32(sv()), first: int32(len(f.sents))}
		a.n = int32(count())
		if a.source < -1 || a.source >= int32(len(f.sources)) {
			bad = true
		}
		for j := int32(0); j < a.n && !bad; j++ {
			s := sentFacts{off: int32(len(f.pool))}
			words := uv()
			nd := count()
			for k := 0; k < nd; k++ {
				f.pool = append(f.pool, int32(sv()))
			}
			na := count()
			for k := 0; k < na; k++ {
				c := uv()
				if c >= uint64(len(f.actors)) {
					bad = true
				}
				f.pool = append(f.pool, int32(c))
			}
			if nd > math.MaxUint16 || na > math.MaxUint16 || words > math.MaxUint16 {
				bad = true
			}
			s.nDays, s.nActors, s.words = uint16(nd), uint16(na), uint16(words)
			f.sents = append(f.sents, s)
		}
		f.ids[a.id] = int32(len(f.arts))
		f.arts = append(f.arts, a)
	}
	if bad || len(b) != 0 || len(f.sents) != ns || len(f.pool) != np {
		return nil, errFacts
	}
	return f, nil
}
