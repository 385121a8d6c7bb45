package corpus

import (
	"testing"
	"time"
)

// quakeReports tell one invented story from four outlets on one day: each
// names different places, so no two share many names, but together they
// are one thread of reports. The fourth puts the magnitude lower.
var quakeReports = [][2]string{
	{"q1", "An earthquake with a preliminary magnitude of 5.2 struck near Dorvale early on Tuesday, the Tessian Geological Bureau said. " +
		"The quake was centred 12 miles north of Dorvale. Residents of Dorvale reported broken windows."},
	{"q2", "A 5.2-magnitude earthquake rattled the Amber Coast overnight, shaking homes from Lissen to Port Marrow. " +
		"Residents of Lissen said dishes fell from shelves. The Tessian Geological Bureau said there were no reports of injuries."},
	{"q3", "The quake, with a magnitude of 5.2, was felt across the Amber Coast and in Port Marrow. " +
		"Seismologists at Marrow University said it was the strongest on the Amber Coast in a decade."},
	{"q4", "Seismologists at Marrow University put the quake’s magnitude at 4.9. " +
		"Shops in Lissen stayed closed on Tuesday while engineers checked the harbour wall at Port Marrow."},
}

// TestGroupQuantitiesThread checks that reports of one day that share few
// names are compared as one story through the reports between them, and
// that the same reports published a year apart are not.
func TestGroupQuantitiesThread(t *testing.T) {
	group := func(days []int) ([]Figure, []Quantity) {
		var arts []*Article
		var figs []Figure
		for i, tx := range quakeReports {
			a := figArticle(tx[0], tx[1])
			a.Published = time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days[i])
			arts = append(arts, a)
			figs = append(figs, ExtractFigures(a, nil, nil)...)
		}
		return figs, GroupQuantities(arts, figs)
	}
	figs, qs := group([]int{0, 0, 0, 1})
	q := quantityWith(t, figs, qs, "q1", "magnitude of 5.2")
	var arts []string
	for _, i := range q.Claims {
		arts = append(arts, figs[i].Article)
	}
	if q.Status != StatusConflict || len(arts) != 4 {
		t.Errorf("magnitudes: %s from %v; want a conflict of all four reports%s", q.Status, arts, describe(figs, qs))
	}
	figs, qs = group([]int{0, 0, 0, 400})
	a, b := quantityWith(t, figs, qs, "q1", "magnitude of 5.2"), quantityWith(t, figs, qs, "q4", "4.9")
	if a.ID == b.ID {
		t.Errorf("a report a year later joined the thread: %s%s", a.Status, describe(figs, qs))
	}
}

// TestGroupQuantitiesDistanceFromOnePlace checks that distances measured
// from one place by reports of one day are compared, and conflict when
// they differ.
func TestGroupQuantitiesDistanceFromOnePlace(t *testing.T) {
	figs, qs := storyFigures(t, [][2]string{
		{"d1", "Its epicentre lay in Lissen, about 20 miles north of Dorvale, police said."},
		{"d2", "Residents across the Amber Hills woke as it hit 26 miles north of Dorvale before dawn."},
	})
	q := quantityWith(t, figs, qs, "d1", "about 20 miles")
	if q.Status != StatusConflict || len(q.Claims) != 2 {
		t.Errorf("20 and 26 miles north of Dorvale: %s %v; want a conflict%s", q.Status, claimTexts(figs, q), describe(figs, qs))
	}
}

// TestGroupQuantitiesQuakeReports checks two reports of one quake a day
// apart that share only common names: their magnitudes conflict whatever
// places their sentences name, and two distances from one town far apart
// are two places, not a conflict.
func TestGroupQuantitiesQuakeReports(t *testing.T) {
	figs, qs := storyFigures(t, [][2]string{
		{"r1", "A magnitude 6.3 earthquake struck near Tessia's only nuclear plant on Tuesday, killing at least 37 people, state media said. " +
			"The quake hit about 89 km southeast of Dunmore, the Tessian Geological Bureau said. Around 700 homes were destroyed in the village of Karn. " +
			"A motorist 50 miles north of Dunmore filmed the dust cloud."},
		{"r2", "At least 32 people have been killed in an earthquake in southern Tessia, officials say. " +
			"The 6.1-magnitude quake struck 100km from the port of Dunmore. The Red Crescent said 700 homes had been destroyed. " +
			"The Lissen power station, about 15 miles north of Dunmore, was not damaged."},
	})
	q := quantityWith(t, figs, qs, "r1", "magnitude 6.3")
	if q.Status != StatusConflict || len(q.Claims) != 2 {
		t.Errorf("6.3 and 6.1: %s %v; want a conflict%s", q.Status, claimTexts(figs, q), describe(figs, qs))
	}
	if a, b := quantityWith(t, figs, qs, "r1", "50 miles"), quantityWith(t, figs, qs, "r2", "15 miles"); a.ID == b.ID {
		t.Errorf("50 and 15 miles north of Dunmore compared: %s%s", a.Status, describe(figs, qs))
	}
}
