// Package index puts an analysed story into a bleve index and searches it:
// one document per sentence, with its article's source and dates, the
// actors it mentions and the figures it states. It knows nothing of the
// terminal UI.
package index

import (
	"context"
	"errors"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// Options says where and how to build an index.
type Options struct {
	// Dir is the folder of an on-disk index; "" keeps the index in memory.
	Dir string
	// Progress, when set, is called as documents are indexed.
	Progress func(done, total int)
}

// Index is a searchable index of one story's sentences.
type Index struct {
	story *corpus.Story
}

// Build indexes the story's sentences.
func Build(ctx context.Context, st *corpus.Story, opts Options) (*Index, error) {
	return &Index{story: st}, nil
}

// Close releases the index's files.
func (ix *Index) Close() error { return nil }

// Query is one search: query-string text and filters.
type Query struct {
	Text         string
	Actors       []string // actor ids; a hit mentions all of them
	Source       string
	Since, Until time.Time
	Limit        int
	Offset       int
}

// Results are the hits of one search, best first, with facets.
type Results struct {
	Total  uint64
	Took   time.Duration
	Hits   []Hit
	Facets Facets
}

// Hit is one matching sentence.
type Hit struct {
	Article   string
	Sentence  int
	Text      string
	Score     float64
	Fragments []string      // with <mark>…</mark> around matched terms
	Matches   []corpus.Span // byte offsets of matched terms within Text
	Actors    []string
	Date      time.Time // zero when unknown
}

// Facets count the hits by actor, source and month.
type Facets struct {
	Actors, Sources, Months []FacetCount
}

// FacetCount is one facet value and how many hits have it.
type FacetCount struct {
	Term  string
	Count int
}

// Search runs a query against the index.
func (ix *Index) Search(ctx context.Context, q Query) (*Results, error) {
	return nil, errors.New("search: not implemented yet")
}
