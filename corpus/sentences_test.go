package corpus

import (
	"reflect"
	"testing"
)

func TestSplitSentences(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"One. Two! Three? Four", []string{"One.", "Two!", "Three?", "Four"}},
		{"Sir Mark Rowley spoke. Mr. Smith and Dr. Jones agreed.", []string{"Sir Mark Rowley spoke.", "Mr. Smith and Dr. Jones agreed."}},
		{"The deficit is £1.2bn. It grew.", []string{"The deficit is £1.2bn.", "It grew."}},
		{"Prices rose 2.5 per cent. Wages did not.", []string{"Prices rose 2.5 per cent.", "Wages did not."}},
		{"J. K. Rowling wrote it. Others read it.", []string{"J. K. Rowling wrote it.", "Others read it."}},
		{"The U.S. economy grew. The U.K. one shrank.", []string{"The U.S. economy grew.", "The U.K. one shrank."}},
		{"It happened on Dec. 11 in town. Police came.", []string{"It happened on Dec. 11 in town.", "Police came."}},
		{`"We will win," she said. "Always."`, []string{`"We will win," she said.`, `"Always."`}},
		{"“Is it over?” he asked. Nobody knew.", []string{"“Is it over?” he asked.", "Nobody knew."}},
		{"“It is over.” Nobody believed him.", []string{"“It is over.”", "Nobody believed him."}},
		{"Wait... what happened? Nothing.", []string{"Wait... what happened?", "Nothing."}},
		{"The vote was 3 to 1. 2024 will be different.", []string{"The vote was 3 to 1.", "2024 will be different."}},
		{"Visit example.com for more. Thanks.", []string{"Visit example.com for more.", "Thanks."}},
		{"A headline without a stop\nThe first sentence. The second.", []string{"A headline without a stop", "The first sentence.", "The second."}},
		{"  Leading space. Trailing space.  ", []string{"Leading space.", "Trailing space."}},
		{"lowercase after stop. is not split", []string{"lowercase after stop. is not split"}},
	} {
		got := SplitSentences(tc.text, []Span{{0, len(tc.text)}})
		var texts []string
		for i, s := range got {
			texts = append(texts, s.Text)
			if tc.text[s.Start:s.End] != s.Text {
				t.Errorf("%q: sentence %d offsets %d-%d do not match its text %q", tc.text, i, s.Start, s.End, s.Text)
			}
			if s.Index != i {
				t.Errorf("%q: sentence %d has index %d", tc.text, i, s.Index)
			}
		}
		if !reflect.DeepEqual(texts, tc.want) {
			t.Errorf("SplitSentences(%q)\n got %q\nwant %q", tc.text, texts, tc.want)
		}
	}
}

func TestSentenceOffsetsAcrossParagraphs(t *testing.T) {
	a := clean(t, "Headline here\n\nFirst para one. First para two.\n\nSecond para.\n")
	if len(a.Sentences) != 3 {
		t.Fatalf("sentences %+v", a.Sentences)
	}
	for i, s := range a.Sentences {
		if a.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d: offsets %d-%d give %q, text is %q", i, s.Start, s.End, a.Text[s.Start:s.End], s.Text)
		}
		if got := a.SentenceAt(s.Start); got != i {
			t.Errorf("SentenceAt(%d) = %d, want %d", s.Start, got, i)
		}
	}
	if a.Sentences[2].Paragraph != 1 {
		t.Errorf("third sentence paragraph = %d, want 1", a.Sentences[2].Paragraph)
	}
	if got := a.SentenceAt(a.Sentences[1].End); got != -1 {
		t.Errorf("SentenceAt between sentences = %d, want -1", got)
	}
}
