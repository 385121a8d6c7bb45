package corpus

import (
	"sort"
	"strings"
	"testing"
)

// storyArticles cleans articles written for these tests: stories other
// than the seeds', so that nothing passes by knowing the seed story.
func storyArticles(t testing.TB, texts map[string]string) []*Article {
	t.Helper()
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var arts []*Article
	for _, id := range ids {
		a, err := Clean(RawArticle{ID: id, Title: "Test story " + id, Text: texts[id], Origin: id + ".txt", Markup: true})
		if err != nil {
			t.Fatalf("clean %s: %v", id, err)
		}
		arts = append(arts, a)
	}
	return arts
}

// A company and its chief executive, over two articles.
var companyStory = map[string]string{
	"c1": `Northwind Logistics Group (NLG) said on Monday it would close three depots, putting 400 jobs at risk.

Chief executive Priya Raman said the company had "no choice" after a fall in parcel volumes. "We have looked at every alternative, and this is the only way to protect the business," Ms Raman said.

The GMB union said it would ballot its members at the depots.`,
	"c2": `Shares in Northwind rose after NLG confirmed the depot closures.

Raman, who became chief executive in 2021, told analysts: "The network we inherited was built for a different decade."

A Northwind spokeswoman said talks with the union would begin next week. "We want to find redeployment for as many colleagues as possible," she added.`,
}

// A council and a charity, where the texts alone cannot tell that
// "County Hall" speaks for the council.
var councilStory = map[string]string{
	"k1": `Harborough District Council has cut its grant to Shelter Point, a charity that runs the town's only night shelter.

The council said the decision was "painful but unavoidable". Shelter Point director Tom Ellery warned that up to 40 people could be left without a bed this winter.

"We will keep the doors open as long as we can," Mr Ellery said.`,
	"k2": `County Hall defended the cut on Tuesday, saying the charity had been told a year ago.

Ellery said the charity would appeal to local businesses. "Every pound will go on beds, not buildings," he said.`,
}

// A minister and a ministry, with an acronym defined after the name and
// one defined before it.
var ministryStory = map[string]string{
	"m1": `The Ministry of Housing, Communities and Local Government (MHCLG) has published new rules for landlords.

Housing Minister Angela Okafor said the rules would "end the scandal of damp homes". The MHCLG estimates that one million homes are affected.

Okafor added: "No family should have to live like this."`,
	"m2": `Landlords' groups criticised the MHCLG plans. The NRLA (National Residential Landlords Association) said they would raise rents.

A ministry spokesperson said: "These rules have been agreed with the sector over two years of consultation."`,
}

func actorByName(actors []*Actor, name string) *Actor {
	s := &Story{Actors: actors}
	return s.FindActor(name)
}

func TestFindActors(t *testing.T) {
	tests := []struct {
		name    string
		texts   map[string]string
		aliases []AliasEntry
		// each group of names must be one actor, of the kind, found in the articles
		want []struct {
			names []string
			kind  string
			in    []string
			role  string
		}
		apart [][2]string // names that must be different actors
		none  []string    // names that must not be actors
	}{
		{
			name:  "company and chief executive",
			texts: companyStory,
			want: []struct {
				names []string
				kind  string
				in    []string
				role  string
			}{
				{[]string{"Northwind Logistics Group", "NLG"}, KindOrganisation, []string{"c1", "c2"}, ""},
				{[]string{"Priya Raman", "Raman", "Ms Raman"}, KindPerson, []string{"c1", "c2"}, "chief executive"},
				{[]string{"GMB"}, KindOrganisation, []string{"c1"}, ""},
			},
			none: []string{"Monday", "Shares", "Chief", "We"},
		},
		{
			name:  "council and charity without an alias list",
			texts: councilStory,
			want: []struct {
				names []string
				kind  string
				in    []string
				role  string
			}{
				{[]string{"Harborough District Council"}, KindOrganisation, []string{"k1"}, ""},
				{[]string{"Shelter Point"}, KindOrganisation, []string{"k1"}, ""},
				{[]string{"Tom Ellery", "Ellery", "Mr Ellery"}, KindPerson, []string{"k1", "k2"}, "Shelter Point director"},
			},
			apart: [][2]string{{"County Hall", "Harborough District Council"}},
			none:  []string{"Tuesday", "Every"},
		},
		{
			name:  "council and charity with an alias list",
			texts: councilStory,
			aliases: []AliasEntry{{Name: "Harborough District Council", Short: "the council", Kind: KindOrganisation,
				Aliases: []string{"County Hall"}}},
			want: []struct {
				names []string
				kind  string
				in    []string
				role  string
			}{
				{[]string{"Harborough District Council", "County Hall"}, KindOrganisation, []string{"k1", "k2"}, ""},
			},
		},
		{
			name:  "minister and ministry",
			texts: ministryStory,
			want: []struct {
				names []string
				kind  string
				in    []string
				role  string
			}{
				{[]string{"Ministry of Housing, Communities and Local Government", "MHCLG"}, KindOrganisation, []string{"m1", "m2"}, ""},
				{[]string{"Angela Okafor", "Okafor"}, KindPerson, []string{"m1"}, "Housing Minister"},
				{[]string{"National Residential Landlords Association", "NRLA"}, KindOrganisation, []string{"m2"}, ""},
			},
			apart: [][2]string{{"Angela Okafor", "MHCLG"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := FindActors(storyArticles(t, tt.texts), tt.aliases)
			for _, w := range tt.want {
				a := actorByName(actors, w.names[0])
				if a == nil {
					t.Errorf("no actor %q; have %s", w.names[0], listActors(actors))
					continue
				}
				for _, n := range w.names[1:] {
					if b := actorByName(actors, n); b != a {
						t.Errorf("%q is not grouped with %q (aliases %v)", n, a.Name, a.Aliases)
					}
				}
				if a.Kind != w.kind {
					t.Errorf("%s: kind %q, want %q", a.Name, a.Kind, w.kind)
				}
				if w.role != "" && !strings.EqualFold(a.Role, w.role) {
					t.Errorf("%s: role %q, want %q", a.Name, a.Role, w.role)
				}
				counts := a.MentionCounts()
				for _, id := range w.in {
					if counts[id] == 0 {
						t.Errorf("%s: no mention in %s (mentions %v)", a.Name, id, counts)
					}
				}
			}
			for _, p := range tt.apart {
				a, b := actorByName(actors, p[0]), actorByName(actors, p[1])
				if a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two actors (got %v and %v)", p[0], p[1], a, b)
				}
			}
			for _, n := range tt.none {
				if a := actorByName(actors, n); a != nil {
					t.Errorf("%q should not be an actor, got %+v", n, a)
				}
			}
		})
	}
}

// wantKinds checks that each named actor is found, with its kind.
func wantKinds(t *testing.T, actors []*Actor, kinds map[string]string) {
	t.Helper()
	for n, k := range kinds {
		a := actorByName(actors, n)
		if a == nil {
			t.Errorf("no actor %q in %s", n, listActors(actors))
		} else if a.Kind != k {
			t.Errorf("%s: kind %s, want %s", n, a.Kind, k)
		}
	}
}

// mentionedOnlyIn checks that the named actor is found and mentioned in
// article art alone.
func mentionedOnlyIn(t *testing.T, actors []*Actor, name, art string) {
	t.Helper()
	a := actorByName(actors, name)
	if a == nil {
		t.Fatalf("no actor %s in %s", name, listActors(actors))
	}
	for _, m := range a.Mentions {
		if m.Article != art {
			t.Errorf("%s is mentioned in %s: %+v", name, m.Article, m)
		}
	}
}

func listActors(actors []*Actor) string {
	var out []string
	for _, a := range actors {
		out = append(out, a.Name)
	}
	return strings.Join(out, ", ")
}

// Every mention's offsets cover the alias as written, in the sentence
// the mention names.
// FindActor takes a person's name or alias after honorifics and roles,
// which name no organisation or place.
func TestFindActorAfterTitles(t *testing.T) {
	st := &Story{Actors: []*Actor{
		{ID: "angela-okafor", Name: "Angela Okafor", Kind: KindPerson, Aliases: []string{"Okafor"}},
		{ID: "general-motors", Name: "General Motors", Kind: KindOrganisation, Aliases: []string{"GM"}},
		{ID: "motors", Name: "Motors", Kind: KindOrganisation},
	}}
	for _, tc := range []struct{ name, want string }{
		{"Angela Okafor", "angela-okafor"},
		{"Ms Okafor", "angela-okafor"},
		{"Housing Minister Angela Okafor", "angela-okafor"},
		{"Housing Minister Dr Angela Okafor", "angela-okafor"},
		{"Dr. Okafor", "angela-okafor"},
		{"the General Motors", "general-motors"},
		{"General Motors", "general-motors"},
		{"Chief Executive Motors", ""}, // titles are dropped only before a person
		{"Minister", ""},
		{"Ms Angela", ""},
	} {
		got := ""
		if a := st.FindActor(tc.name); a != nil {
			got = a.ID
		}
		if got != tc.want {
			t.Errorf("FindActor(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestMentionOffsets(t *testing.T) {
	for _, story := range []map[string]string{companyStory, councilStory, ministryStory} {
		arts := storyArticles(t, story)
		byID := map[string]*Article{}
		for _, a := range arts {
			byID[a.ID] = a
		}
		for _, act := range FindActors(arts, nil) {
			if act.ID == "" || act.ID != slug(act.ID) {
				t.Errorf("%s: id %q is not a slug", act.Name, act.ID)
			}
			for _, m := range act.Mentions {
				a := byID[m.Article]
				if m.Start < 0 || m.End > len(a.Text) || m.Start >= m.End {
					t.Fatalf("%s: bad span %v in %s", act.Name, m.Span, m.Article)
				}
				if got := a.Text[m.Start:m.End]; got != m.Alias {
					t.Errorf("%s: span text %q, alias %q", act.Name, got, m.Alias)
				}
				if s := a.SentenceAt(m.Start); s != m.Sentence {
					t.Errorf("%s: mention %q in sentence %d, SentenceAt says %d", act.Name, m.Alias, m.Sentence, s)
				}
			}
		}
	}
}

// Generic references resolve to the actor the article has named: "the
// union" to the union, "the Commissioner" to the person whose role it is.
func TestMentionsByRoleAndNoun(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"r1": `The Rail and Maritime Workers union (RMW) called a strike. Transport Commissioner Dame Ada Blake said the strike was regrettable.

Later the union said it was open to talks, and the Commissioner replied in writing.`,
	})
	actors := FindActors(arts, nil)
	union, blake := actorByName(actors, "RMW"), actorByName(actors, "Ada Blake")
	if union == nil || blake == nil {
		t.Fatalf("actors: %s", listActors(actors))
	}
	has := func(a *Actor, alias string) bool {
		for _, m := range a.Mentions {
			if m.Alias == alias {
				return true
			}
		}
		return false
	}
	if !has(union, "the union") {
		t.Errorf("the union: not a mention of %s: %+v", union.Name, union.Mentions)
	}
	if !has(blake, "the Commissioner") {
		t.Errorf("the Commissioner: not a mention of %s: %+v", blake.Name, blake.Mentions)
	}
	if got := blake.Role; !strings.Contains(strings.ToLower(got), "commissioner") {
		t.Errorf("role %q", got)
	}
}

// Places are kept apart from organisations and people; headlines in
// title case, month and day names give no actors.
func TestActorKindsAndRejections(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"p1": `Flood Warnings Issued Across The North

Heavy rain hit Leeds on Friday. Thousands of Leeds residents left their homes. The Environment Agency said rivers in Yorkshire would peak in March. However, Leeds City Council opened two rest centres.

An SUV was swept away at 11.30 p.m. ET, the council's VP of operations said. GPS data showed the SUV had left the road.`,
	})
	actors := FindActors(arts, nil)
	wantKinds(t, actors, map[string]string{"Leeds": KindPlace, "Environment Agency": KindOrganisation, "Leeds City Council": KindOrganisation})
	if actorByName(actors, "Leeds") == actorByName(actors, "Leeds City Council") {
		t.Errorf("Leeds and Leeds City Council are one actor")
	}
	for _, n := range []string{"Friday", "March", "However", "Flood Warnings", "Flood Warnings Issued Across The North", "North", "Heavy", "Thousands of Leeds", "Thousands", "SUV", "ET", "VP", "GPS"} {
		if a := actorByName(actors, n); a != nil {
			t.Errorf("%q is an actor: %+v", n, a)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"Mayor's Office for Policing and Crime": "mayors-office-for-policing-and-crime",
		"U.S.":                                  "us",
		"Rolls-Royce Holdings":                  "rolls-royce-holdings",
		"  São Paulo ":                          "são-paulo",
	}
	for in, want := range tests {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// keyOf must agree with foldName over wordsText, which the alias tables use.
func TestKeyOf(t *testing.T) {
	for _, text := range []string{"The Met’s", "London Mayor’s Office for Policing", "U.S. Senate", "Sir Mark Rowley", "PCS", "McDONALD'S Corp"} {
		ws := sentenceWords(text, Sentence{Start: 0, End: len(text)})
		if got, want := keyOf(ws), foldName(wordsText(ws)); got != want {
			t.Errorf("keyOf(%q) = %q, foldName(wordsText) = %q", text, got, want)
		}
	}
}

// TestActorsDiacritics checks that a name written with and without its
// accents is one actor, and that an accented given name is known.
func TestActorsDiacritics(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a": "Thieves rammed a car into a jeweller near the Place Vendôme on Monday.\n\n" +
			"\"They are not afraid of anything,\" Gérard Bénézat, the store's insurer, told Radio Nord.",
		"b": "The raid near the Place Vendome was the third this year, police said.",
	})
	actors, quotes := FindActorsQuotes(arts, nil)
	st := &Story{Actors: actors}
	if v := st.FindActor("Place Vendome"); v == nil || len(v.Mentions) != 2 {
		t.Errorf("Place Vendôme and Place Vendome not one actor: %s", listActors(actors))
	}
	p := st.FindActor("Gerard Benezat")
	if p == nil || p.Kind != KindPerson {
		t.Fatalf("Gérard Bénézat not a person: %s", listActors(actors))
	}
	if len(quotes) != 1 || quotes[0].Speaker != p.ID {
		t.Errorf("quote not attributed to Gérard Bénézat: %+v", quotes)
	}
}

// TestActorKindsFromLastWord checks the kinds that a name's last word
// gives: firms of advisers and partners are organisations even after a
// given name, townships and highways are places.
func TestActorKindsFromLastWord(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a": "The gunman had worked at Gordon Advisors, an accounting firm in the building.\n\n" +
			"Calls to Gordon Advisors were not answered, and Kline Associates said it would review its security.\n\n" +
			"He was caught in Bruce Township after a chase on Pacific Coast Highway.",
		"b": "Gordon Advisors closed its offices on Tuesday. Police said the chase ended in Bruce Township.",
	})
	actors, _ := FindActorsQuotes(arts, nil)
	wantKinds(t, actors, map[string]string{
		"Gordon Advisors": KindOrganisation, "Kline Associates": KindOrganisation,
		"Bruce Township": KindPlace, "Pacific Coast Highway": KindPlace,
	})
}

// TestActorsInitialsAndDistances checks initialisms of abbreviated and
// hyphenated names, and places named as the point a distance is measured
// from.
func TestActorsInitialsAndDistances(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a": "The quake struck 14 miles north-northeast of Dunmore, according to the U.S. Geological Survey.\n\n" +
			"The USGS said it was followed by two aftershocks. Hewlett-Packard said its data centre in Dunmore was shut, and HP engineers were on site.",
		"b": "Engineers from HP checked the building, 135 kilometers from Talvik. The USGS rated the quake as light.",
	})
	actors, _ := FindActorsQuotes(arts, nil)
	st := &Story{Actors: actors}
	for long, short := range map[string]string{"U.S. Geological Survey": "USGS", "Hewlett-Packard": "HP"} {
		a, b := st.FindActor(long), st.FindActor(short)
		if a == nil || a != b {
			t.Errorf("%s and %s are not one actor: %s", long, short, listActors(actors))
		}
	}
	wantKinds(t, actors, map[string]string{"Dunmore": KindPlace, "Talvik": KindPlace, "U.S. Geological Survey": KindOrganisation})
}

// TestActorsRankInsideName checks a rank or title inside a run of
// capitalised words: the body before it and the person after it are two
// actors ("Troy Police Lt. Gerry Scherlinck").
func TestActorsRankInsideName(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a": "Dunmore Police Lt. Gerry Scherlinck identified the victims.\n\n" +
			"Witnesses said the man used a rifle, Dunmore police Lieutenant Gerry Scherlinck said.\n\n" +
			"Alaska Gov. Sarah Pallin said she was shocked, and FBI Special Agent John Broadbent joined the search.",
	})
	actors, _ := FindActorsQuotes(arts, nil)
	wantKinds(t, actors, map[string]string{
		"Gerry Scherlinck": KindPerson, "Dunmore Police": KindOrganisation, "Sarah Pallin": KindPerson, "John Broadbent": KindPerson,
	})
	if a := actorByName(actors, "Gerry Scherlinck"); a != nil && len(a.Mentions) != 2 {
		t.Errorf("Gerry Scherlinck: %d mentions, want 2", len(a.Mentions))
	}
	for _, n := range []string{"Dunmore Police Lt. Gerry Scherlinck", "Lieutenant Gerry Scherlinck", "FBI Special"} {
		// by these names exactly (FindActor drops the titles of a name)
		if (&Story{Actors: actors}).findFolded(foldName(n), "") != nil {
			t.Errorf("%q is an actor: %s", n, listActors(actors))
		}
	}
}

// TestActorsTownAndItsHospital checks that a town named as a place is not
// taken for short for the hospital or paper named after it.
func TestActorsTownAndItsHospital(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a": "The quake struck 135 kilometers from Dunmore. Ten people were taken to Dunmore Hospital.",
		"b": "The epicentre was 85 miles from Dunmore, and Dunmore Hospital treated the injured.",
		"c": "The quake struck 20 miles north of Santa Verde, the Santa Verde Herald reported. " +
			"Houses in Santa Verde shook, and the Santa Verde Herald said 60 people called in. It was centred 26 miles north of Santa Verde.",
	})
	actors, _ := FindActorsQuotes(arts, nil)
	wantKinds(t, actors, map[string]string{"Dunmore": KindPlace, "Dunmore Hospital": KindOrganisation,
		"Santa Verde": KindPlace, "Santa Verde Herald": KindOrganisation})
	if actorByName(actors, "Dunmore") == actorByName(actors, "Dunmore Hospital") {
		t.Errorf("Dunmore and Dunmore Hospital are one actor: %s", listActors(actors))
	}
}
