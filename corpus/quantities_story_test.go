package corpus

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// riotArticles tell one invented story (a firebombing during a strike in
// the city of Valmora) from four outlets: the people killed agree, the
// injured conflict, the crowds are counted in two cities.
var riotArticles = [][2]string{
	{"r1", "A firebomb attack on a bank in Valmora killed three people on Wednesday as police fought protesters during a general strike. " +
		"Police said 12 people were injured in the riots. In Castrel, 20,000 people marched against the cuts. " +
		"Prime Minister Oren Dask condemned the attack on the Halden Bank branch."},
	{"r2", "Three people died when the Halden Bank branch in Valmora was set on fire during strike protests, police said. " +
		"Police said 18 people had been injured in the violence and 30 were arrested. " +
		"Oren Dask called the deaths murder. Firefighters rescued another five people from the balcony."},
	{"r3", "Police put the Valmora march, held during the general strike, at roughly 30,000 people. " +
		"Three bank workers were killed when protesters threw petrol bombs into the Halden Bank. " +
		"In Castrel, another 20,000 people marched through the city centre. Oren Dask said the country was in shock."},
	{"r4", "As many as 20 people had been inside the Halden Bank when it caught fire in Valmora, firefighters said. " +
		"Three people were killed, and Oren Dask declared a day of mourning as strikers marched on parliament."},
}

// floodArticles tell another story (a flood in Ostmark) with the same
// kinds of figures.
var floodArticles = [][2]string{
	{"f1", "Floods in the Ostmark valley killed at least 9 people and forced 4,000 residents from their homes, the Ostmark regional council said. " +
		"Rescuers in Ostmark said 12 people were injured as the Lenne river burst its banks."},
	{"f2", "The death toll from the Ostmark floods rose to 14 on Friday, the Ostmark regional council said, as the Lenne river began to fall. " +
		"About 40 people were injured, and 5,000 residents were evacuated from Lenne villages."},
}

func TestGroupQuantitiesEventsAndStories(t *testing.T) {
	figs, qs := storyFigures(t, append(append([][2]string{}, riotArticles...), floodArticles...))
	byText := func(id, text string) Quantity { return quantityWith(t, figs, qs, id, text) }

	// what happened to people is what is measured: the killed, the injured,
	// the rescued, those inside and the crowds are apart
	apart := [][2][2]string{
		{{"r1", "three people"}, {"r1", "12 people"}},
		{{"r2", "five people"}, {"r4", "As many as 20 people"}},
		{{"r2", "five people"}, {"r2", "Three people"}},
		{{"r1", "12 people"}, {"r2", "30"}},
		{{"r1", "20,000 people"}, {"r3", "roughly 30,000 people"}},
		// two stories' counts are never compared
		{{"r1", "12 people"}, {"f1", "12 people"}},
		{{"r1", "three people"}, {"f1", "at least 9 people"}},
		{{"r2", "18 people"}, {"f2", "About 40 people"}},
	}
	for _, pair := range apart {
		a, b := byText(pair[0][0], pair[0][1]), byText(pair[1][0], pair[1][1])
		if a.ID == b.ID {
			t.Errorf("%v and %v share quantity %q%s", pair[0], pair[1], a.Label, describe(figs, qs))
		}
	}
	for _, tc := range []struct {
		article, text string
		status        Status
		label         string
		with          []string // articles of the quantity's claims, nil: not checked
	}{
		{"r1", "12 people", StatusConflict, "people injured", []string{"r1", "r2"}},
		{"r1", "three people", StatusAgree, "people killed in Valmora", nil},
		{"r1", "20,000 people", StatusAgree, "protesters in Castrel", []string{"r1", "r3"}},
		{"f2", "14", StatusCompatible, "", []string{"f1", "f2"}}, // "at least 9" and 14 can both be true
		{"f1", "12 people", StatusConflict, "people injured", []string{"f1", "f2"}},
	} {
		q := byText(tc.article, tc.text)
		var arts []string
		for _, i := range q.Claims {
			if len(arts) == 0 || arts[len(arts)-1] != figs[i].Article {
				arts = append(arts, figs[i].Article)
			}
		}
		if q.Status != tc.status || tc.label != "" && q.Label != tc.label || tc.with != nil && fmt.Sprint(arts) != fmt.Sprint(tc.with) {
			t.Errorf("%s %q: %s %q from %v; want %s %q from %v%s", tc.article, tc.text, q.Status, q.Label, arts, tc.status,
				tc.label, tc.with, describe(figs, qs))
		}
	}
	// no quantity mixes the two stories
	for _, q := range qs {
		stories := map[byte]bool{}
		for _, i := range q.Claims {
			stories[figs[i].Article[0]] = true
		}
		if len(stories) > 1 {
			t.Errorf("quantity %q mixes stories: %v", q.Label, claimTexts(figs, q))
		}
	}
}

// TestStorySimilarity checks the likeness of articles' names: one story's
// articles are alike, two stories' are not, whatever their words in common.
func TestStorySimilarity(t *testing.T) {
	var figs []Figure
	for _, tx := range append(append([][2]string{}, riotArticles...), floodArticles...) {
		figs = append(figs, ExtractFigures(figArticle(tx[0], tx[1]), nil, nil)...)
	}
	ix := newStoryIndex(groupingOf(figs))
	first := map[string]*Figure{}
	for i := range figs {
		if first[figs[i].Article] == nil {
			first[figs[i].Article] = &figs[i]
		}
	}
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"r1", "r2", true}, {"r1", "r3", true}, {"r2", "r4", true}, {"f1", "f2", true},
		{"r1", "f1", false}, {"r3", "f2", false}, {"r4", "f1", false},
	} {
		f, g := first[tc.a], first[tc.b]
		sim := ix.similarity(f.Article, g.Article, f.story, g.story)
		if got := sim >= storyMinSimilarity; got != tc.same {
			t.Errorf("%s and %s: similarity %.2f, same story %v; want %v (names %v / %v)", tc.a, tc.b, sim, got, tc.same,
				f.story.keys, g.story.keys)
		}
	}
	// figures made by hand, without an article's names, are compared as before
	if s := ix.similarity("x", "y", nil, nil); s != 1 {
		t.Errorf("figures without names: similarity %v, want 1", s)
	}
}

// TestStoryNames checks which words tell an article's story.
func TestStoryNames(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // the article's names, sorted
	}{
		{"The Halden Bank in Valmora was attacked. Police said the Halden Bank had closed.", "bank halden valmora"},
		{"Valmora is calm. On Monday, Mr Dask visited Valmora.", "dask valmora"}, // "Valmora" opens a sentence but is also inside one
		{"THREE PEOPLE DIED IN VALMORA. Rescuers came.", ""},                     // a headline in capitals names nothing
		{"In January the President met Reuters reporters.", ""},
	} {
		sn := newStoryNames()
		a := figArticle("a", tc.text)
		for _, s := range a.Sentences {
			sn.add(figTokenize(a.Text, s.Start, s.End))
		}
		if got := strings.Join(sn.story().keys, " "); got != tc.want {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
}

// storyCorpus builds n articles about stories/perStory invented stories,
// each article with its figures' variants: a growing death toll, injured,
// a crowd in a named city, money and shares. The words of each story are
// its own invented names, so stories do not share names.
func storyCorpus(n, perStory int) []*Article {
	syll := []string{"val", "mor", "cas", "trel", "ost", "mark", "len", "ne", "hal", "den", "bra", "vik", "tor", "sun", "dal", "ker"}
	name := func(k, salt int) string { // a different name for each story and salt
		s := syll[salt%len(syll)]
		for x := k*8 + salt; ; x /= len(syll) {
			s += syll[x%len(syll)]
			if x < len(syll) {
				break
			}
		}
		return strings.ToUpper(s[:1]) + s[1:]
	}
	out := make([]*Article, 0, n)
	for i := 0; i < n; i++ {
		k := i / perStory
		city, leader, firm := name(k, 1), name(k, 2), name(k, 5)
		text := fmt.Sprintf("An explosion at the %s plant in %s killed at least %d people on Tuesday, %s officials said. "+
			"Police said %d people were injured, and %d residents were evacuated. "+
			"In %s, %d people marched to demand answers from %s, the plant's owner.\n\n"+
			"%s said the repairs would cost $%dm and that %d%% of its %d workers had been sent home. "+
			"Mayor %s said the %s plant had a %d-day inspection in %d.",
			firm, city, 10+i%perStory, city, 20+i%7, 100*(1+i%5), city, 1000*(1+i%3), firm,
			firm, 5+i%40, 10+i%80, 400+i%9*50, leader, firm, 2+i%3, 2000+i%20)
		a := figArticle(fmt.Sprintf("s%d-%d", k, i), text)
		a.Published = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i%perStory) * 24 * time.Hour)
		out = append(out, a)
	}
	return out
}

// TestGroupQuantitiesGeneratedCorpus checks on a generated corpus of many
// stories that no quantity spans two stories, and that within a story the
// rising death toll is still compared.
func TestGroupQuantitiesGeneratedCorpus(t *testing.T) {
	arts := storyCorpus(600, 6)
	var figs []Figure
	for _, a := range arts {
		figs = append(figs, ExtractFigures(a, nil, nil)...)
	}
	qs := GroupQuantities(arts, figs)
	storyOf := func(id string) string { return id[:strings.Index(id, "-")] }
	tolls := 0
	for _, q := range qs {
		stories := map[string]bool{}
		for _, i := range q.Claims {
			stories[storyOf(figs[i].Article)] = true
		}
		if len(stories) > 1 {
			t.Fatalf("quantity %q spans stories %v", q.Label, stories)
		}
		if strings.HasPrefix(q.Label, "people killed") && articleCount(figs, q.Claims) > 1 {
			tolls++
		}
	}
	if tolls < 90 {
		t.Errorf("%d death tolls compared within their story, want most of the 100 stories", tolls)
	}
}
