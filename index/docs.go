package index

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"sort"
	"strconv"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// layouts of the keyword date fields
const (
	dayLayout   = "2006-01-02"
	monthLayout = "2006-01"
	yearLayout  = "2006"
)

// docID is the bleve id of a hit's sentence as tests and callers name
// it: "<article>#<n>". The documents themselves are whole articles, with
// the article id as their bleve id.
func docID(article string, sentence int) string {
	return article + "#" + strconv.Itoa(sentence)
}

// storyFacts gathers what the analyses found, by article and sentence, so
// that each article's document can be built without scanning the whole
// story. The facts are kept in flat lists sorted by article and sentence
// (a map keyed by article and sentence cost about a hundred bytes a
// sentence at 100,000 articles).
type storyFacts struct {
	art     map[string]int32 // article id → its position in the story
	actors  *corpus.SentenceActors
	events  factList[time.Time]
	figures factList[float64]
}

// fact is one value found in one sentence of one article.
type fact[T any] struct {
	art, sent int32
	v         T
}

// factList holds facts sorted by article and sentence, in the order they
// were added within a sentence.
type factList[T any] struct {
	items []fact[T]
	first []int32 // article a's facts are items[first[a]:first[a+1]]
}

func (l *factList[T]) add(art int32, sent int, v T) {
	l.items = append(l.items, fact[T]{art: art, sent: int32(sent), v: v})
}

// finish sorts the facts and indexes them by article.
func (l *factList[T]) finish(articles int) {
	sort.SliceStable(l.items, func(i, j int) bool {
		a, b := &l.items[i], &l.items[j]
		if a.art != b.art {
			return a.art < b.art
		}
		return a.sent < b.sent
	})
	l.first = make([]int32, articles+1)
	k := 0
	for a := 0; a <= articles; a++ {
		for k < len(l.items) && int(l.items[k].art) < a {
			k++
		}
		l.first[a] = int32(k)
	}
}

// of returns the values found in one sentence of article art, in a new
// slice (nil when there are none, or art is -1).
func (l *factList[T]) of(art int32, sent int) []T {
	if art < 0 || int(art) >= len(l.first)-1 {
		return nil
	}
	items := l.items[l.first[art]:l.first[art+1]]
	i := sort.Search(len(items), func(i int) bool { return items[i].sent >= int32(sent) })
	var out []T
	for ; i < len(items) && items[i].sent == int32(sent); i++ {
		out = append(out, items[i].v)
	}
	return out
}

func gatherFacts(st *corpus.Story) *storyFacts {
	f := &storyFacts{art: make(map[string]int32, len(st.Articles))}
	for i, a := range st.Articles {
		f.art[a.ID] = int32(i)
	}
	f.actors = corpus.ActorsBySentence(st.Articles, st.Actors)
	for _, e := range st.Expressions {
		ai, ok := f.art[e.Article]
		if !ok || !e.Resolved() {
			continue
		}
		f.events.add(ai, e.Sentence, e.Start)
		if !e.End.IsZero() && !e.End.Equal(e.Start) {
			f.events.add(ai, e.Sentence, e.End)
		}
	}
	for _, fig := range st.Figures {
		ai, ok := f.art[fig.Article]
		if !ok || math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
			continue
		}
		f.figures.add(ai, fig.Sentence, fig.Value)
	}
	f.events.finish(len(st.Articles))
	f.figures.finish(len(st.Articles))
	return f
}

// sentenceActors returns the ids of the actors a sentence names, each once,
// in the story's order of actors (none for art -1).
func (f *storyFacts) sentenceActors(art int32, sent int) []string {
	if art < 0 {
		return nil
	}
	return f.actors.At(int(art), sent)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// articleDoc builds the document of one article: its sentences as an
// array (so that a match's array position is its sentence), the actors,
// event dates and figures of each sentence as arrays of arrays, and the
// article's days, months and years (of all its sentences) for the date
// filter.
func (f *storyFacts) articleDoc(a *corpus.Article) articleDoc {
	d := articleDoc{Article: a.ID, Source: a.Source}
	ai, known := f.art[a.ID]
	if !known {
		ai = -1 // not in the story: no facts
	}
	d.Text = make([]string, len(a.Sentences))
	var published []time.Time
	if a.HasPublished() {
		published = []time.Time{a.Published}
		d.Published = published
	}
	add := func(list []string, v string) []string {
		if !contains(list, v) {
			list = append(list, v)
		}
		return list
	}
	for i, s := range a.Sentences {
		d.Text[i] = s.Text
		if acts := f.sentenceActors(ai, i); len(acts) > 0 {
			if d.Actors == nil {
				d.Actors = make([][]string, len(a.Sentences))
			}
			d.Actors[i] = acts
		}
		ev := f.events.of(ai, i)
		if len(ev) > 0 {
			if d.Events == nil {
				d.Events = make([][]time.Time, len(a.Sentences))
			}
			d.Events[i] = ev
		}
		if figs := f.figures.of(ai, i); len(figs) > 0 {
			if d.Figures == nil {
				d.Figures = make([][]float64, len(a.Sentences))
			}
			d.Figures[i] = figs
		}
		dates := ev
		if len(dates) == 0 {
			dates = published
		}
		for _, t := range dates {
			d.Date = add(d.Date, t.Format(dayLayout))
			d.Month = add(d.Month, t.Format(monthLayout))
			d.Year = add(d.Year, t.Format(yearLayout))
		}
	}
	return d
}

// docsHash is a digest of everything indexed for an article. The
// incremental update compares it with the stored one, so an article is
// re-indexed when its text changed and also when an analysis of other
// articles changed what is known about it (a new actor mention, say).
func docsHash(d *articleDoc) string {
	h := sha256.New()
	var buf [8]byte
	num := func(v float64) {
		binary.LittleEndian.PutUint64(buf[:], math.Float64bits(v))
		h.Write(buf[:])
	}
	times := func(ts []time.Time) {
		num(float64(len(ts)))
		for _, t := range ts {
			num(float64(t.UnixNano()))
		}
	}
	str(h, d.Article)
	str(h, d.Source)
	times(d.Published)
	num(float64(len(d.Text)))
	for i, text := range d.Text {
		str(h, text)
		var acts []string
		var ev []time.Time
		var figs []float64
		if d.Actors != nil {
			acts = d.Actors[i]
		}
		if d.Events != nil {
			ev = d.Events[i]
		}
		if d.Figures != nil {
			figs = d.Figures[i]
		}
		num(float64(len(acts)))
		for _, a := range acts {
			str(h, a)
		}
		times(ev)
		num(float64(len(figs)))
		for _, v := range figs {
			num(v)
		}
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// str writes a length-prefixed string, so that field boundaries cannot
// collide ("ab"+"c" vs "a"+"bc").
func str(h hash.Hash, s string) {
	var buf [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(buf[:], uint64(len(s)))
	h.Write(buf[:n])
	h.Write([]byte(s))
}
