package index

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// layouts of the keyword date fields
const (
	dayLayout   = "2006-01-02"
	monthLayout = "2006-01"
	yearLayout  = "2006"
)

// docID is the bleve id of an article's sentence: "<article>#<n>".
func docID(article string, sentence int) string {
	return article + "#" + strconv.Itoa(sentence)
}

// splitDocID undoes docID; ok is false for an id it did not make.
func splitDocID(id string) (article string, sentence int, ok bool) {
	i := strings.LastIndexByte(id, '#')
	if i < 0 {
		return "", 0, false
	}
	n, err := strconv.Atoi(id[i+1:])
	if err != nil {
		return "", 0, false
	}
	return id[:i], n, true
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

// articleDocs builds the documents of one article's sentences.
func (f *storyFacts) articleDocs(a *corpus.Article) []sentenceDoc {
	docs := make([]sentenceDoc, len(a.Sentences))
	var published []time.Time
	if a.HasPublished() {
		published = []time.Time{a.Published}
	}
	var articleActors []string
	for i := range a.Sentences {
		for _, id := range f.actors[sentenceKey{a.ID, i}] {
			if !contains(articleActors, id) {
				articleActors = append(articleActors, id)
			}
		}
	}
	for i, s := range a.Sentences {
		k := sentenceKey{a.ID, i}
		d := sentenceDoc{
			Text:          s.Text,
			Article:       a.ID,
			Source:        a.Source,
			Actors:        f.actors[k],
			ArticleActors: articleActors,
			Published:     published,
			Events:        f.events[k],
			Figures:       f.figures[k],
		}
		dates := d.Events
		if len(dates) == 0 {
			dates = published
		}
		for _, t := range dates {
			if day := t.Format(dayLayout); !contains(d.Date, day) {
				d.Date = append(d.Date, day)
			}
			if m := t.Format(monthLayout); !contains(d.Month, m) {
				d.Month = append(d.Month, m)
			}
			if y := t.Format(yearLayout); !contains(d.Year, y) {
				d.Year = append(d.Year, y)
			}
		}
		docs[i] = d
	}
	return docs
}

// docsHash is a digest of everything indexed for an article. The
// incremental update compares it with the stored one, so an article is
// re-indexed when its text changed and also when an analysis of other
// articles changed what is known about it (a new actor mention, say).
func docsHash(docs []sentenceDoc) string {
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
	num(float64(len(docs)))
	for _, d := range docs {
		str(h, d.Text)
		str(h, d.Article)
		str(h, d.Source)
		num(float64(len(d.Actors)))
		for _, a := range d.Actors {
			str(h, a)
		}
		num(float64(len(d.ArticleActors)))
		for _, a := range d.ArticleActors {
			str(h, a)
		}
		times(d.Published)
		times(d.Events)
		num(float64(len(d.Date)))
		for _, day := range d.Date {
			str(h, day)
		}
		num(float64(len(d.Figures)))
		for _, v := range d.Figures {
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
