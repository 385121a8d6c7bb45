package corpus

import (
	"slices"
	"testing"
)

// figureWithText extracts the figures of one sentence and returns the
// one written as fig, failing the test when there is none.
func figureWithText(t *testing.T, sentence, fig string) Figure {
	t.Helper()
	figs := ExtractFigures(figArticle("a", sentence), nil, nil)
	i := slices.IndexFunc(figs, func(f Figure) bool { return f.Text == fig })
	if i < 0 {
		t.Fatalf("no figure %q in %v", fig, figTexts(figs))
	}
	return figs[i]
}

// TestExtractFiguresSumsAndCounts checks sums written the ways agencies
// write them, conversions in parentheses, areas, and bare counts of what
// happened to people.
func TestExtractFiguresSumsAndCounts(t *testing.T) {
	for _, tc := range []struct {
		text, fig string // the sentence, and the text of the figure checked
		value     float64
		unit      string
		head      string // "" not checked
	}{
		{"The government wants euro110 billion in loans.", "euro110 billion", 110e9, "EUR", ""},
		{"In exchange for a 110 billion euro (93.6 billion pound) aid package.", "110 billion euro", 110e9, "EUR", "package"},
		{"In exchange for a 110 billion euro (93.6 billion pound) aid package.", "93.6 billion pound", 93.6e9, "GBP", "package"},
		{"They made off with a two-million-euro booty.", "two-million-euro", 2e6, "EUR", "booty"},
		{"They made off with a two million euro booty.", "two million euro", 2e6, "EUR", "booty"},
		{"A deficit of £38m ($48m) was reported.", "$48m", 48e6, "USD", "shortfall"},
		{"The 170,000-square-foot building houses offices.", "170,000-square-foot", 170000, "square feet", ""},
		{"The park covers 300 square miles.", "300 square miles", 300, "square miles", ""},
		{"Witnesses saw four robbers make off with the jewels.", "four robbers", 4, "people", ""},
		{"A man suspected of shooting three people, killing one, was arrested.", "three people", 3, "people", "shot"},
		{"A man suspected of shooting three people, killing one, was arrested.", "one", 1, "people", "deaths"},
		{"Police said 18 people were injured and 12 arrested for carrying weapons.", "12", 12, "people", "arrested"},
		{"The crash left 3 dead and 12 injured.", "12", 12, "people", "injured"},
		{"It is based in Oslo with 13 offices worldwide.", "13 offices", 13, "offices", "office"},
		{"It has technical staff of more than 350.", "more than 350", 350, "people", "staff"},
		{"The firm has a workforce of 2,300.", "2,300", 2300, "people", "staff"},
	} {
		t.Run(tc.text+" "+tc.fig, func(t *testing.T) {
			f := figureWithText(t, tc.text, tc.fig)
			if f.Value != tc.value || f.Unit != tc.unit || tc.head != "" && f.Head != tc.head {
				t.Errorf("%q: %v %q head %q; want %v %q head %q", f.Text, f.Value, f.Unit, f.Head, tc.value, tc.unit, tc.head)
			}
		})
	}
	for _, text := range []string{"One of them said no.", "The euro fell against the dollar.", "They won 3 games."} {
		for _, f := range ExtractFigures(figArticle("a", text), nil, nil) {
			if f.Unit == "people" || currencyUnit(f.Unit) {
				t.Errorf("%q: %q read as %s", text, f.Text, f.Unit)
			}
		}
	}
}

// TestLocalDollar checks that a bare "$" is the dollar of the outlet's
// country when its address says which, and the US dollar otherwise.
func TestLocalDollar(t *testing.T) {
	for _, tc := range []struct{ url, source, text, unit string }{
		{"http://www.news.com.au/business/greece", "news.com.au", "A $158 billion bailout was agreed.", "AUD"},
		{"", "www.theglobeandmail.ca", "A $158 billion bailout was agreed.", "CAD"},
		{"https://example.com/story", "Example News", "A $158 billion bailout was agreed.", "USD"},
		{"http://www.news.com.au/business/greece", "news.com.au", "A US$158 billion bailout was agreed.", "USD"},
	} {
		a := figArticle("a", tc.text)
		a.URL, a.Source = tc.url, tc.source
		figs := ExtractFigures(a, nil, nil)
		if len(figs) != 1 || figs[0].Unit != tc.unit {
			t.Errorf("%s %s %q: %v, want one figure in %s", tc.url, tc.source, tc.text, figs, tc.unit)
		}
	}
}
