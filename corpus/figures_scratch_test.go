package corpus

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestFigMonthAsBefore checks figMonth, which reads ASCII words without
// allocating, against the plain rule: monthNumber finds a month, and the
// word is an abbreviation or the month's whole name.
func TestFigMonthAsBefore(t *testing.T) {
	words := []string{"May", "may", "March", "Mar", "Mar.", "Marc", "Marching", "Decision", "Dec", "December", "DECEMBER",
		"Sept", "Sept.", "September", "Septembre", "Jun", "June", "Junior", "Ja", "J", "", ".", "Jan.", "JAN", "Ḿay",
		"Mäy", "Février", "Août", "Oct", "Octo", "Octopus", "Nov", "Nova", "November.", "Aug", "Augusta", "x\xff"}
	for _, w := range words {
		want := false
		if n := monthNumber(w); n != 0 {
			low := strings.TrimSuffix(strings.ToLower(w), ".")
			want = len(low) <= 4 || low == strings.ToLower(time.Month(n).String())
		}
		if got := figMonth(w); got != want {
			t.Errorf("figMonth(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestFigNumberValue checks that numbers are read with their thousands
// commas left out.
func TestFigNumberValue(t *testing.T) {
	for _, tc := range []struct {
		text string
		want float64
	}{{"4,800", 4800}, {"2.3", 2.3}, {"1,234,567.89", 1234567.89}, {"007", 7}, {"12", 12}} {
		tok := figNumber(tc.text, 0, len(tc.text))
		if tok.val != tc.want || tok.end != len(tc.text) {
			t.Errorf("%q: value %v to %d, want %v to %d", tc.text, tok.val, tok.end, tc.want, len(tc.text))
		}
	}
}

// TestExtractReusesNothingVisible checks that extracting an article's
// figures after other articles (reusing the pooled working memory) gives
// the same figures as extracting it first, and that the figures of one
// article do not change when others are extracted after it.
func TestExtractReusesNothingVisible(t *testing.T) {
	arts := storyCorpus(40, 10)
	long := figArticle("long", strings.Repeat("The council has a £260 million budget gap, officials in Leeds said on Tuesday. "+
		"More than 50% of the 2,400 PCS members in the Met backed strike action, with 85% voting in favour.\n\n", 30))
	arts = append(arts, long)
	first := make([][]Figure, len(arts))
	for i, a := range arts {
		first[i] = cloneFigures(ExtractFigures(a, nil, nil))
	}
	kept := ExtractFigures(arts[0], nil, nil)
	keptCopy := cloneFigures(kept)
	for round := 0; round < 2; round++ {
		for i := len(arts) - 1; i >= 0; i-- {
			got := cloneFigures(ExtractFigures(arts[i], nil, nil))
			if !reflect.DeepEqual(got, first[i]) {
				t.Fatalf("article %s: figures differ on extracting it again", arts[i].ID)
			}
		}
	}
	if !reflect.DeepEqual(cloneFigures(kept), keptCopy) {
		t.Fatal("figures changed after other articles were extracted")
	}
}

// cloneFigures copies figures deeply, with their stories' names, for
// comparing.
func cloneFigures(figs []Figure) []Figure {
	out := make([]Figure, len(figs))
	for i, f := range figs {
		g := f
		if f.Low != nil {
			v := *f.Low
			g.Low = &v
		}
		if f.High != nil {
			v := *f.High
			g.High = &v
		}
		g.Modifiers = append([]string(nil), f.Modifiers...)
		g.Owners = append([]string(nil), f.Owners...)
		g.Context = append([]string(nil), f.Context...)
		g.Names = append([]string(nil), f.Names...)
		if f.story != nil {
			st := *f.story
			st.keys = append([]string(nil), st.keys...)
			st.counts = append([]float64(nil), st.counts...)
			g.story = &st
		}
		out[i] = g
	}
	return out
}
