package corpus

import "testing"

// TestExtractFiguresMagnitudes checks the readings of earthquake size in
// the ways reports write them, and that a distance is placed by the place
// it is measured from.
func TestExtractFiguresMagnitudes(t *testing.T) {
	for _, tc := range []struct {
		text, fig string // the sentence, and the text of the figure checked
		value     float64
		unit      string
		head      string
		place     string
	}{
		{"An earthquake with a preliminary magnitude of 4.6 was recorded in the north.", "magnitude of 4.6", 4.6, "magnitude", "magnitude", ""},
		{"A 4.6-magnitude earthquake rattled the valley overnight.", "4.6-magnitude", 4.6, "magnitude", "magnitude", ""},
		{"A magnitude 5.1 quake hit the coast.", "magnitude 5.1", 5.1, "magnitude", "magnitude", ""},
		{"A magnitude-7.0 quake struck the island.", "magnitude-7.0", 7, "magnitude", "magnitude", ""},
		{"The quake measured 6.1 on the Richter scale.", "6.1 on the Richter scale", 6.1, "magnitude", "magnitude", ""},
		{"An earthquake measuring 4.6 struck before dawn.", "measuring 4.6", 4.6, "magnitude", "magnitude", ""},
		{"It was followed by a 2.9 aftershock at 2:12 a.m.", "2.9 aftershock", 2.9, "magnitude", "aftershock magnitude", ""},
		{"Two aftershocks, magnitude 2.9 and 2.2, followed.", "2.2", 2.2, "magnitude", "aftershock magnitude", ""},
		{"The quake struck about 14 miles north-northeast of Dorvale.", "about 14 miles", 14, "miles", "miles", "Dorvale"},
		{"It was centred in Lissen, 20 miles north of Port Marrow.", "20 miles", 20, "miles", "miles", "Port Marrow"},
		{"It struck 75 kilometers (50 miles) west of the region's main city of Manokwari.", "75 kilometers", 75, "km", "km", "Manokwari"},
		{"It struck 75 kilometers (50 miles) west of the region's main city of Manokwari.", "50 miles", 50, "miles", "miles", "Manokwari"},
		{"The quake occurred at a depth of 35 kilometers, the survey said.", "35 kilometers", 35, "km", "depth", ""},
		{"The quake was 10km deep.", "10km", 10, "km", "depth", ""},
		{"The quake began only one mile below ground level.", "one mile", 1, "miles", "depth", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			f := figureWithText(t, tc.text, tc.fig)
			if f.Value != tc.value || f.Unit != tc.unit || f.Head != tc.head || f.Place != tc.place {
				t.Errorf("%q: %v %q head %q place %q; want %v %q head %q place %q", f.Text, f.Value, f.Unit, f.Head, f.Place,
					tc.value, tc.unit, tc.head, tc.place)
			}
		})
	}
	// numbers that are no magnitude
	for _, text := range []string{
		"The M-16 rifle was found in the car.",
		"Version 4.6 of the software was released.",
		"He scored 4.6 points a game.",
	} {
		for _, f := range ExtractFigures(figArticle("a", text), nil, nil) {
			if f.Unit == "magnitude" {
				t.Errorf("%q: magnitude %q", text, f.Text)
			}
		}
	}
}

// TestExtractFiguresOnePerson checks that "one" counts a person only when
// something happened to them, and that an adjective can say what did.
func TestExtractFiguresOnePerson(t *testing.T) {
	for _, tc := range []struct {
		text, fig, head, measure string // fig "": no count of people
	}{
		{"Police said one person was killed.", "one person", "deaths", "person killed"},
		{"One victim died in the morning attack.", "One victim", "deaths", "victim killed"},
		{"One man said the noise was loud.", "", "", ""},
		{"The families of the two wounded men asked for privacy.", "two wounded men", "injured", "wounded men"},
		{"Three dead civilians were found in the house.", "Three dead civilians", "deaths", "dead civilians"},
		{"Monday's attack left two people injured.", "two people", "injured", "people injured"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
			var got *Figure
			for i := range figs {
				if figs[i].Unit == "people" {
					got = &figs[i]
				}
			}
			switch {
			case tc.fig == "" && got != nil:
				t.Errorf("counted %q as %s", got.Text, got.Head)
			case tc.fig != "" && got == nil:
				t.Errorf("no count of people in %v", figTexts(figs))
			case tc.fig != "" && (got.Text != tc.fig || got.Head != tc.head || got.Measure != tc.measure || len(got.Owners) > 0):
				t.Errorf("%q head %q measure %q owners %v; want %q %q %q and no owner", got.Text, got.Head, got.Measure, got.Owners,
					tc.fig, tc.head, tc.measure)
			}
		})
	}
}
