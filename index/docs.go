package index

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
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

// sentenceKey addresses one sentence of one article.
type sentenceKey struct {
	article  string
	sentence int
}

// storyFacts gathers what the analyses found, by sentence, so that each
// article's documents can be built without scanning the whole story.
type storyFacts struct {
	actors  map[sentenceKey][]string
	events  map[sentenceKey][]time.Time
	figures map[sentenceKey][]float64
}

func gatherFacts(st *corpus.Story) *storyFacts {
	f := &storyFacts{
		actors:  map[sentenceKey][]string{},
		events:  map[sentenceKey][]time.Time{},
		figures: map[sentenceKey][]float64{},
	}
	for _, a := range st.Actors {
		for _, m := range a.Mentions {
			k := sentenceKey{m.Article, m.Sentence}
			if !contains(f.actors[k], a.ID) {
				f.actors[k] = append(f.actors[k], a.ID)
			}
		}
	}
	for _, e := range st.Expressions {
		if !e.Resolved() {
			continue
		}
		k := sentenceKey{e.Article, e.Sentence}
		f.events[k] = append(f.events[k], e.Start)
		if !e.End.IsZero() && !e.End.Equal(e.Start) {
			f.events[k] = append(f.events[k], e.End)
		}
	}
	for _, fig := range st.Figures {
		if math.IsNaN(fig.Value) || math.IsInf(fig.Value, 0) {
			continue
		}
		k := sentenceKey{fig.Article, fig.Sentence}
		f.figures[k] = append(f.figures[k], fig.Value)
	}
	return f
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
		k := sentenceKey{a.ID, i}
		d.Text[i] = s.Text
		if acts := f.actors[k]; len(acts) > 0 {
			if d.Actors == nil {
				d.Actors = make([][]string, len(a.Sentences))
			}
			d.Actors[i] = acts
		}
		ev := f.events[k]
		if len(ev) > 0 {
			if d.Events == nil {
				d.Events = make([][]time.Time, len(a.Sentences))
			}
			d.Events[i] = ev
		}
		if figs := f.figures[k]; len(figs) > 0 {
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
