package corpus

import (
	"slices"
	"strings"
	"testing"
)

// quoteBy returns the quote of article whose text starts with prefix.
func quoteBy(qs []Quote, article, prefix string) *Quote {
	for i, q := range qs {
		if q.Article == article && strings.HasPrefix(q.Text, prefix) {
			return &qs[i]
		}
	}
	return nil
}

func TestFindQuotes(t *testing.T) {
	type want struct {
		article, starts string
		speaker         string // a name of the speaker; "" for unknown
		direct          bool
	}
	tests := []struct {
		name  string
		texts map[string]string
		want  []want
		not   []string // texts that must not be quotes (prefixes)
	}{
		{
			name:  "said after, said before, pronoun and spokesperson",
			texts: companyStory,
			want: []want{
				{"c1", "We have looked at every alternative", "Priya Raman", true},
				{"c2", "The network we inherited", "Priya Raman", true},
				{"c2", "We want to find redeployment", "Northwind Logistics Group", true},
				{"c1", "the company had", "Priya Raman", false},
			},
			not: []string{"no choice"}, // a two-word scare quote
		},
		{
			name:  "council, charity and an unnamed council",
			texts: councilStory,
			want: []want{
				{"k1", "We will keep the doors open", "Tom Ellery", true},
				{"k2", "Every pound will go on beds", "Tom Ellery", true},
				// a few words quoted inside reported speech stay in it
				{"k1", `the decision was "painful but unavoidable"`, "Harborough District Council", false},
			},
		},
		{
			name: "single quotes beside apostrophes, a quote split by she added, a quote over paragraphs",
			texts: map[string]string{
				"s1": `Dr Lena Morris, the chief executive of Kingsbridge Hospital Trust, said: ‘We can’t keep the ward open, and the nurses’ rota is already stretched.’

“We are ready to talk,” she added, “but not to close the unit.”

Morris then told the board: “The trust has done everything it can.

“Now it is for the ministry to act.”`,
			},
			want: []want{
				{"s1", "We can’t keep the ward open, and the nurses’ rota is already stretched.", "Lena Morris", true},
				{"s1", "We are ready to talk", "Lena Morris", true},
				{"s1", "but not to close the unit", "Lena Morris", true},
				{"s1", "The trust has done everything it can", "Lena Morris", true},
				{"s1", "Now it is for the ministry to act", "Lena Morris", true},
			},
		},
		{
			name: "a spokesperson of an organisation counts as the organisation",
			texts: map[string]string{
				"o1": `Riverside Water said bills would rise. A spokesperson said the rise was needed to fix leaks.

"We know this is hard for customers," the spokesperson explained.

One senior Riverside Water source told The Courier: "The regulator forced our hand."`,
			},
			want: []want{
				{"o1", "We know this is hard for customers", "Riverside Water", true},
				{"o1", "The regulator forced our hand", "Riverside Water", true},
			},
		},
		{
			name: "a title's full stop, a long tail, an apposition, a clause after the verb",
			texts: map[string]string{
				"t1": `Senators question the plan

"There is no link here at all," said Sen. Jay Brockfeld, D-W.Va., on Tuesday. "We will fight it," said Rep. Anna Morvell.

"I was sitting in my kitchen," said Carla Menzies, 43, who saw the damage near E. 31st St. and Church Ave.

"We are just shocked," said her nephew, Ravi Tandon, 32, of Coney Island.

Anna Morvell spoke first. "It was a hard week," Brockfeld said, noting that Morvell had opposed the bill.`,
			},
			want: []want{
				{"t1", "There is no link here at all", "Jay Brockfeld", true},
				{"t1", "We will fight it", "Anna Morvell", true},
				{"t1", "I was sitting in my kitchen", "Carla Menzies", true},
				{"t1", "We are just shocked", "Ravi Tandon", true},
				{"t1", "It was a hard week", "Jay Brockfeld", true},
			},
		},
		{
			name: "the speaker and what they are before the verb, a title of rank, more verbs of speech",
			texts: map[string]string{
				"a1": `Office gunman held after chase

"We heard gunshots, and we barricaded the door," Bill Adgate, who works for a finance firm in the building, told a local station.

"Buying the firm boosts our reach in every market we serve," Jon Mercer, senior VP and general manager of the services arm, said in a statement.

"A protest is one thing and murder is quite another!" Prime Minister Anders Holm thundered in parliament.

"He probably realised he would be shot," Undersheriff James Gage said.

"It lasted a really long time. You could tell" it was larger, said shop clerk Alicia Mullin.`,
			},
			want: []want{
				{"a1", "We heard gunshots", "Bill Adgate", true},
				{"a1", "Buying the firm boosts our reach", "Jon Mercer", true},
				{"a1", "A protest is one thing", "Anders Holm", true},
				{"a1", "He probably realised", "James Gage", true},
				{"a1", "It lasted a really long time", "Alicia Mullin", true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts := storyArticles(t, tt.texts)
			actors := FindActors(arts, nil)
			qs := FindQuotes(arts, actors)
			s := &Story{Actors: actors, Quotes: qs}
			for _, w := range tt.want {
				q := quoteBy(qs, w.article, w.starts)
				if q == nil {
					t.Errorf("no quote %q in %s; have %s", w.starts, w.article, listQuotes(qs))
					continue
				}
				sp := s.FindActor(w.speaker)
				if sp == nil || q.Speaker != sp.ID {
					t.Errorf("%q: speaker %q (as %q), want %s", w.starts, q.Speaker, q.SpeakerAs, w.speaker)
				}
				if q.Direct != w.direct {
					t.Errorf("%q: direct %v, want %v", w.starts, q.Direct, w.direct)
				}
				a := arts[0]
				for _, x := range arts {
					if x.ID == q.Article {
						a = x
					}
				}
				if a.Text[q.Start:q.End] != q.Text {
					t.Errorf("%q: span %v holds %q", w.starts, q.Span, a.Text[q.Start:q.End])
				}
				if s := a.SentenceAt(q.Start); s != q.Sentence {
					t.Errorf("%q: sentence %d, SentenceAt %d", w.starts, q.Sentence, s)
				}
			}
			for _, n := range tt.not {
				for _, q := range qs {
					if strings.HasPrefix(q.Text, n) {
						t.Errorf("%q should not be a quote", q.Text)
					}
				}
			}
		})
	}
}

// A speaker for a body the article does not name is nobody the article
// names, and a pronoun before "told" is the subject, not the body told.
func TestQuoteSpeakersNotNamed(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"f1": `Kingsbridge Council said the library would be rebuilt. A senior fire department official said crews had been held up by traffic.

"We lost ten minutes at the bridge," the official said.

Prime Minister Elena Marsh spoke for an hour. "We will not let the town down," she told Parliament.`,
	})
	actors, qs := FindActorsQuotes(arts, nil)
	s := &Story{Actors: actors, Quotes: qs}
	tests := []struct{ starts, speaker string }{
		{"We lost ten minutes", ""},
		{"We will not let the town down", "Elena Marsh"},
	}
	for _, tt := range tests {
		q := quoteBy(qs, "f1", tt.starts)
		if q == nil {
			t.Errorf("no quote %q; have %s", tt.starts, listQuotes(qs))
			continue
		}
		want := ""
		if a := s.FindActor(tt.speaker); a != nil {
			want = a.ID
		}
		if q.Speaker != want {
			t.Errorf("%q: speaker %q (as %q), want %q", tt.starts, q.Speaker, q.SpeakerAs, want)
		}
	}
}

func listQuotes(qs []Quote) string {
	var out []string
	for _, q := range qs {
		out = append(out, q.Article+":"+q.Speaker+":"+q.Text)
	}
	return strings.Join(out, " | ")
}

func TestQuoteMarks(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`He said “yes, we will” and left.`, []string{"yes, we will"}},
		{`"Straight quotes," she said, "work too."`, []string{"Straight quotes", "work too."}},
		{`The workers’ union called it ‘a soft strike’ on Monday.`, []string{"a soft strike"}},
		{`‘violating its own workers’ human rights’ was the charge`, []string{"violating its own workers’ human rights"}},
		{`It's the union's view that nothing's changed.`, nil},
		{`“An unclosed quote runs to the paragraph end`, []string{"An unclosed quote runs to the paragraph end"}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range quoteMarks(tt.text, Span{0, len(tt.text)}) {
			got = append(got, tt.text[q.Start:q.End])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("quoteMarks(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// The same quote in two articles, and a near-identical one (a word
// changed, a sentence dropped), are linked; a different quote is not.
func TestLinkQuotes(t *testing.T) {
	qs := []Quote{
		{Article: "a", Text: "We are disappointed the union felt such action was necessary, but want to reassure residents we have plans in place."},
		{Article: "b", Text: "We are disappointed the union felt such action was necessary but want to reassure residents we have plans in place"},
		{Article: "c", Text: "We are disappointed that the union felt such action was necessary, but want to reassure residents."},
		{Article: "d", Text: "The figures speak for themselves and the board will decide in March."},
		{Article: "a", Text: "Short reply."},
		{Article: "e", Text: "Another short reply."},
	}
	linkQuotes(qs)
	want := [][]string{{"b", "c"}, {"a", "c"}, {"a", "b"}, nil, nil, nil}
	for i, w := range want {
		got := slices.Sorted(slices.Values(qs[i].SharedWith))
		if strings.Join(got, ",") != strings.Join(w, ",") {
			t.Errorf("quote %d (%s): shared with %v, want %v", i, qs[i].Article, qs[i].SharedWith, w)
		}
	}
}
