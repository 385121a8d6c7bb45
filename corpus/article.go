// Package corpus turns news files into clean articles and analyses them:
// sentences, temporal expressions, figures, actors and quotes. It knows
// nothing of the search index or the terminal UI.
package corpus

import (
	"time"
)

// Span is a half-open range of byte offsets [Start, End) into an
// article's cleaned Text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether the byte offset off falls inside the span.
func (s Span) Contains(off int) bool { return off >= s.Start && off < s.End }

// PublishedHow says how an article's publication date is known.
type PublishedHow string

// The ways a publication date can be known. The empty value means unknown.
const (
	PublishedUnknown  PublishedHow = ""
	PublishedMetadata PublishedHow = "metadata" // given by the file or the corpus manifest
	PublishedText     PublishedHow = "text"     // stated in the article (a dateline)
	PublishedInferred PublishedHow = "inferred" // inferred from other articles (see PublishedReason)
)

// Sentence is one sentence of an article's cleaned text, with its offsets.
type Sentence struct {
	Index     int    `json:"index"`     // position in Article.Sentences
	Paragraph int    `json:"paragraph"` // index into Article.Paragraphs
	Start     int    `json:"start"`     // byte offset into Article.Text
	End       int    `json:"end"`       // byte offset (exclusive)
	Text      string `json:"text"`      // Article.Text[Start:End]
}

// Article is one news article after loading and cleaning.
type Article struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Source   string `json:"source"`
	URL      string `json:"url"`
	Author   string `json:"author"`
	Dateline string `json:"dateline"` // the dateline line as it stood in the text, if any

	// Published is the publication date when known (zero otherwise).
	// PublishedHasTime says whether a time of day was given too.
	Published        time.Time    `json:"-"`
	PublishedHasTime bool         `json:"-"`
	PublishedHow     PublishedHow `json:"-"`
	PublishedReason  string       `json:"-"` // why an inferred date was inferred

	// Origin names where the article came from: a file path, with
	// "#<line>" for an item of a JSONL file.
	Origin string `json:"origin"`
	// Origins lists every place the same text was found (duplicates).
	Origins []string `json:"-"`

	Text       string     `json:"text"` // cleaned body text: paragraphs separated by "\n\n"
	Paragraphs []Span     `json:"-"`
	Sentences  []Sentence `json:"-"`
	Words      int        `json:"words"`
}

// HasPublished reports whether the article's publication date is known
// (from metadata, the text or inference).
func (a *Article) HasPublished() bool { return !a.Published.IsZero() }

// SentenceAt returns the index of the sentence that contains byte offset
// off, or -1 when off lies between sentences.
func (a *Article) SentenceAt(off int) int {
	lo, hi := 0, len(a.Sentences)
	for lo < hi {
		mid := (lo + hi) / 2
		s := a.Sentences[mid]
		switch {
		case off < s.Start:
			hi = mid
		case off >= s.End:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// Display returns the best short name for the article: its title, else its id.
func (a *Article) Display() string {
	if a.Title != "" {
		return a.Title
	}
	return a.ID
}
