package corpus

import "testing"

// TestGroupQuantitiesSumsByValue checks that reports' sums of one
// currency are compared whatever noun they measure when their values are
// close, and not when they are far apart.
func TestGroupQuantitiesSumsByValue(t *testing.T) {
	figs, qs := storyFigures(t, [][2]string{
		{"s1", "Thieves rammed a car into the Orlan jewellery store in Vessa and made off with a €2 million booty, police in Vessa said."},
		{"s2", "Police in Vessa said the thieves who raided the Orlan jewellery store stole watches worth €2 million."},
		{"s3", "The raid on the Orlan jewellery store in Vessa netted the thieves an estimated €2 million, police said. " +
			"In July, thieves took jewels worth €103 million from a hotel in Vessa."},
	})
	q := quantityWith(t, figs, qs, "s1", "€2 million")
	if q.Status != StatusCompatible || len(q.Claims) != 3 { // "an estimated €2 million" is only about
		t.Errorf("the loot: %s %v; want the three reports, compatible%s", q.Status, claimTexts(figs, q), describe(figs, qs))
	}
	if other := quantityWith(t, figs, qs, "s3", "€103 million"); other.ID == q.ID {
		t.Errorf("€103 million joined the loot%s", describe(figs, qs))
	}
}

// TestGroupQuantitiesPlaceNames checks that an owner or place written
// short ("the US") and in full ("the United States") is one.
func TestGroupQuantitiesPlaceNames(t *testing.T) {
	figs, qs := storyFigures(t, [][2]string{
		{"u1", "Ardent Systems, based in Boston, has 350 employees with 13 offices in the United States and the United Kingdom."},
		{"u2", "Ardent Systems has about 350 employees and 13 offices in the US and the UK, the company said."},
	})
	q := quantityWith(t, figs, qs, "u1", "13 offices")
	if q.Status != StatusAgree || len(q.Claims) != 2 {
		t.Errorf("13 offices: %s %v; want the two reports agreeing%s", q.Status, claimTexts(figs, q), describe(figs, qs))
	}
}
