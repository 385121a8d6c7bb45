package corpus

import (
	"strings"
	"testing"
	"time"
)

// pubTestArticle builds a test article from paragraphs, published on date
// ("" for unknown).
func pubTestArticle(t testing.TB, id, date string, paras ...string) *Article {
	t.Helper()
	text := strings.Join(paras, "\n\n")
	a := &Article{ID: id, Text: text}
	off := 0
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, Span{off, off + len(p)})
		off += len(p) + 2
	}
	a.Sentences = SplitSentences(text, a.Paragraphs)
	if date != "" {
		d, err := time.Parse("2006-01-02", date)
		if err != nil {
			t.Fatal(err)
		}
		a.Published, a.PublishedHow = d, PublishedMetadata
	}
	return a
}

const longQuote = "Our members are not bobbies on the beat and never have been, the union said"

func TestInferPublished(t *testing.T) {
	tests := []struct {
		name       string
		arts       func(t *testing.T) []*Article
		quotes     []Quote
		want       map[string]string // id → published date ("" unknown)
		wantReason map[string]string // id → a substring of the reason
	}{
		{
			name: "a long quote shared with a dated article dates the undated one",
			arts: func(t *testing.T) []*Article {
				return []*Article{pubTestArticle(t, "a", "", "Staff voted to strike."), pubTestArticle(t, "b", "2024-12-11", "Staff voted."), pubTestArticle(t, "c", "", "Nothing shared here at all.")}
			},
			quotes: []Quote{
				{Article: "a", Text: longQuote, SharedWith: []string{"b"}},
				{Article: "b", Text: longQuote, SharedWith: []string{"a"}},
			},
			want:       map[string]string{"a": "2024-12-11", "b": "2024-12-11", "c": ""},
			wantReason: map[string]string{"a": "shares 1 verbatim quote with b"},
		},
		{
			name: "a short shared quote is not evidence",
			arts: func(t *testing.T) []*Article {
				return []*Article{pubTestArticle(t, "a", "", "x."), pubTestArticle(t, "b", "2024-12-11", "y.")}
			},
			quotes: []Quote{{Article: "a", Text: "We are disappointed", SharedWith: []string{"b"}}},
			want:   map[string]string{"a": ""},
		},
		{
			name: "an inferred date is never evidence for another article",
			arts: func(t *testing.T) []*Article {
				b := pubTestArticle(t, "b", "2024-12-11", "y.")
				b.PublishedHow = PublishedInferred
				return []*Article{pubTestArticle(t, "a", "", "x."), b}
			},
			quotes: []Quote{{Article: "a", Text: longQuote, SharedWith: []string{"b"}}},
			want:   map[string]string{"a": ""},
		},
		{
			name: "the article sharing most quotes wins",
			arts: func(t *testing.T) []*Article {
				return []*Article{pubTestArticle(t, "a", "", "x."), pubTestArticle(t, "b", "2024-12-11", "y."), pubTestArticle(t, "c", "2025-01-20", "z.")}
			},
			quotes: []Quote{
				{Article: "a", Text: longQuote, SharedWith: []string{"b", "c"}},
				{Article: "a", Text: "They are desk-based civilians who work from home just as productively", SharedWith: []string{"c"}},
			},
			want:       map[string]string{"a": "2025-01-20"},
			wantReason: map[string]string{"a": "shares 2 verbatim quotes with c"},
		},
		{
			name: "without quotes, a long quoted sentence printed by both articles counts",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "a", "", "Staff have voted to strike.", "The union said: “They are desk-based civilians who work from home just as productively as anyone.”"),
					pubTestArticle(t, "b", "2024-12-11", "A row over home working.", `The union said: "They are desk-based civilians who work from home just as productively as anyone."`),
				}
			},
			want:       map[string]string{"a": "2024-12-11"},
			wantReason: map[string]string{"a": "quoted sentence"},
		},
		{
			name: "without quotes, a shared sentence outside quotation marks is not evidence",
			arts: func(t *testing.T) []*Article {
				return []*Article{
					pubTestArticle(t, "a", "", "The force employs eleven thousand civilian staff across London and the home counties."),
					pubTestArticle(t, "b", "2024-12-11", "The force employs eleven thousand civilian staff across London and the home counties."),
				}
			},
			want: map[string]string{"a": ""},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			arts := tc.arts(t)
			InferPublished(arts, tc.quotes)
			for _, a := range arts {
				want, ok := tc.want[a.ID]
				if !ok {
					continue
				}
				if got := fmtDay(a.Published); got != want {
					t.Errorf("%s published %q, want %q", a.ID, got, want)
				}
				if want != "" && a.PublishedHow != PublishedMetadata && a.PublishedHow != PublishedInferred {
					t.Errorf("%s published how %q", a.ID, a.PublishedHow)
				}
				if r := tc.wantReason[a.ID]; r != "" && (a.PublishedHow != PublishedInferred || !strings.Contains(a.PublishedReason, r)) {
					t.Errorf("%s: how %q reason %q, want inferred with %q", a.ID, a.PublishedHow, a.PublishedReason, r)
				}
			}
		})
	}
}
