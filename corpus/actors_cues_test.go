package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// Stories written for these tests after errors seen on real news: a
// legislature and a company with its suffix words, a street protest, a
// product launch and a boxing match.
var (
	senateStory = map[string]string{
		"s1": `The U.S. Senate voted on Tuesday to block the sale of Halvorsen Computer to a foreign buyer. Halvorsen said its board would meet on Friday.

Senators from both parties said the Senate had acted to protect jobs in the U.S. and abroad. Halvorsen Computer shares fell 4 percent.

The Air Force, a major Halvorsen customer, said it would review its contracts. The Atlas Composite Index (ACI) fell 2 percent, and the Atlas Composite closed at its lowest level this year.`,
		"s2": `Halvorsen shares recovered on Wednesday. The Atlas Composite rose 1 percent. The U.S. Air Force said the air in the hangars was tested.

The United States Air Force (USAF) will buy no more Halvorsen servers.`,
	}
	protestStory = map[string]string{
		"p1": `Protesters threw Molotov cocktails at police in Lisbon on Wednesday as unions staged a general strike against the Socialist government's budget.

Some demonstrators carried banners reading "Workers of the World, Stand Together" outside Parliament. Many Italians living in Lisbon joined the march to Rossio square.

"The Molotov cocktails came from the back of the crowd," said 58-year-old Duarte Feliciano, a retired teacher who lives in the Lisbon suburb of Amadora.

THE STRIKE HAS CLOSED EVERY SCHOOL IN THE CAPITAL, the union's statement began. The Portuguese Parliament will vote on the budget on Friday, and the Prime Minister told Parliament the cuts were unavoidable.

The Euro fell against the dollar. Police said the Belem Tower and other monuments would stay closed, and Socialist deputies left Parliament early.`,
		"p2": `Duarte Feliciano said he would march again. Police fired tear gas near the Belem Tower as protesters threw Molotov cocktails, and the Portuguese Parliament met behind closed doors.

The Communist Party of Portugal backed the strike, and the Communist Party said it would join the next march.`,
	}
	productStory = map[string]string{
		"l1": `Brightwell unveiled the new Lumio on Monday. Brightwell said its Lumio 5 would go on sale in June, and analysts expect Brightwell to sell ten million Lumios this year.

Chief executive Nadia Ferrante said: "The Lumio is the phone our customers asked for."`,
		"l2": `Brightwell shares rose after the Lumio launch. Rival Corvane said it would cut the price of its own phones. The Lumio 5 costs $799. Songs for it are sold on the eTune Music Store, which Brightwell also runs, and the eTune Music Store said sales doubled.`,
	}
	shootingStory = map[string]string{
		"r1": `A 16-year-old Brookfield resident was shot by police on Saturday. Hundreds of Brookfield residents marched down Elm Avenue on Monday.

Police Commissioner Raymond T. Okoro said the officers had acted lawfully, and Raymond Okoro promised an inquiry.

Darnell Hayes Jr., the boy's uncle, said the family wanted answers. "He was a child," Hayes said. The march ended outside the courthouse in Plainview, Tex., after dark.`,
		"r2": `Hayes said the inquiry should be independent. Brookfield police did not comment.`,
	}
	familyFirmStory = map[string]string{
		"f1": `Halvorsen said its profit fell by a third. Chairman Erik Halvorsen Jr. told shareholders the company would cut costs.`,
		"f2": `Halvorsen shares fell on Tuesday after Halvorsen said its profit had fallen.`,
	}
	agencyStory = map[string]string{
		"w1": `The U.S. Fish and Wildlife Service listed the owl as endangered. District Attorney Maria Lopez said the District Attorney would not prosecute.

Craig Zadan and Neil Meron, who produced the survey film, said the listing came too late. The owl population has fallen since World War II.`,
	}
	boxingStory = map[string]string{
		"b1": `Okonkwo stopped the champion in the ninth round in Manchester on Saturday. Okonkwo used his jab to keep the champion away.

"I trained for a year for this night," Okonkwo said. European Boxing Union president Jan Van Dermeulen said the fight was the best of the year, and Van Dermeulen said he would sanction a rematch.`,
		"b2": `Okonkwo will defend the title in the spring. Promoters said Okonkwo had earned a rest.`,
	}
)

func TestActorCues(t *testing.T) {
	type want struct {
		names []string // one actor under all these names
		kind  string
		short string // "" for any
	}
	tests := []struct {
		name  string
		texts map[string]string
		want  []want
		apart [][2]string
		none  []string
	}{
		{
			name:  "a legislature, a company and an index",
			texts: senateStory,
			want: []want{
				{[]string{"U.S. Senate", "Senate"}, KindOrganisation, "Senate"},
				{[]string{"Halvorsen Computer", "Halvorsen"}, KindOrganisation, ""},
				{[]string{"Atlas Composite Index", "ACI", "Atlas Composite"}, KindOrganisation, "ACI"},
				{[]string{"U.S."}, KindPlace, ""},
				{[]string{"United States Air Force", "USAF", "U.S. Air Force", "Air Force"}, KindOrganisation, "USAF"},
			},
			apart: [][2]string{{"U.S.", "U.S. Senate"}, {"U.S.", "Air Force"}},
			none:  []string{"Air", "Senators"},
		},
		{
			name:  "a street protest",
			texts: protestStory,
			want: []want{
				{[]string{"Portuguese Parliament", "Parliament"}, KindOrganisation, ""},
				{[]string{"Duarte Feliciano", "Feliciano"}, KindPerson, "Feliciano"},
				{[]string{"Belem Tower"}, KindPlace, ""},
				{[]string{"Amadora"}, KindPlace, ""},
				{[]string{"Lisbon"}, KindPlace, ""},
				{[]string{"Rossio"}, KindPlace, ""}, // "Rossio square"
				{[]string{"Communist Party", "Communist Party of Portugal"}, KindOrganisation, ""},
			},
			none: []string{"Molotov", "Socialist", "Italians", "Euro", "Workers of the World", "Stand", "Police", "STRIKE", "SCHOOL"},
		},
		{
			name:  "a product launch",
			texts: productStory,
			want: []want{
				{[]string{"Brightwell"}, KindOrganisation, ""},
				{[]string{"Nadia Ferrante", "Ferrante"}, KindPerson, ""},
				{[]string{"eTune Music Store"}, KindOrganisation, ""},
			},
			none: []string{"Lumio", "Lumios", "Lumio 5", "Music Store"},
		},
		{
			name:  "a police shooting",
			texts: shootingStory,
			want: []want{
				{[]string{"Brookfield"}, KindPlace, ""},
				{[]string{"Elm Avenue"}, KindPlace, ""},
				{[]string{"Raymond T. Okoro", "Raymond Okoro"}, KindPerson, "Okoro"},
				{[]string{"Darnell Hayes Jr.", "Hayes"}, KindPerson, "Hayes"},
				{[]string{"Tex"}, KindPlace, ""}, // "Plainview, Tex."
			},
		},
		{
			name:  "a company named after its chairman",
			texts: familyFirmStory,
			want: []want{
				{[]string{"Halvorsen"}, KindOrganisation, ""},
				{[]string{"Erik Halvorsen Jr."}, KindPerson, ""},
			},
			apart: [][2]string{{"Halvorsen", "Erik Halvorsen Jr."}},
		},
		{
			name:  "an agency, a prosecutor and two producers",
			texts: agencyStory,
			want: []want{
				{[]string{"U.S. Fish and Wildlife Service"}, KindOrganisation, ""},
				{[]string{"Maria Lopez"}, KindPerson, ""},
				{[]string{"Craig Zadan"}, KindPerson, ""},
				{[]string{"Neil Meron"}, KindPerson, ""},
			},
			none: []string{"District Attorney", "U.S. Fish", "Wildlife Service", "World War II", "War"},
		},
		{
			name:  "a boxing match",
			texts: boxingStory,
			want: []want{
				{[]string{"Okonkwo"}, KindPerson, ""},
				{[]string{"Jan Van Dermeulen", "Van Dermeulen"}, KindPerson, "Van Dermeulen"},
				{[]string{"European Boxing Union"}, KindOrganisation, ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			actors := FindActors(storyArticles(t, tt.texts), nil)
			for _, w := range tt.want {
				a := actorByName(actors, w.names[0])
				if a == nil {
					t.Errorf("no actor %q; have %s", w.names[0], listActors(actors))
					continue
				}
				for _, n := range w.names[1:] {
					if b := actorByName(actors, n); b != a {
						t.Errorf("%q is not grouped with %q (aliases %v; %q is %+v)", n, a.Name, a.Aliases, n, b)
					}
				}
				if a.Kind != w.kind {
					t.Errorf("%s: kind %q, want %q", a.Name, a.Kind, w.kind)
				}
				if w.short != "" && a.Short != w.short {
					t.Errorf("%s: short %q, want %q", a.Name, a.Short, w.short)
				}
			}
			for _, p := range tt.apart {
				if a, b := actorByName(actors, p[0]), actorByName(actors, p[1]); a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two actors (got %+v and %+v)", p[0], p[1], a, b)
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

// A person named in full and then by surname alone is a person, with the
// surname as an alias, even with no title, role or verb of speech: the
// usual way sport and culture pages name people. Teams, products, places
// and sentence openers that end in a word used alone are not.
func TestSurnameMakesPerson(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"s1": `Rovers hold on

The visitors led early when Tobias Wrenfield scored from a corner on Saturday. Wrenfield then hit the post twice. The hosts had brought in striker Kofi Adebanjo-Marsh, but the defence held Okonkwo Pellar to one shot. Pellar was booked late on.`,
		"s2": `Rovers face the Harbour Mariners

Fans of the Harbour Mariners travelled in numbers on Sunday. The Mariners lost again. Buyers queued for the Quillfone Nova handsets, and Nova sales rose. Residents of East Brackwater said Brackwater had flooded. Ironically Marchetti stayed home, and Marchetti said nothing.`,
	})
	actors := FindActors(arts, nil)
	wantKinds(t, actors, map[string]string{"Tobias Wrenfield": KindPerson, "Okonkwo Pellar": KindPerson})
	for _, n := range []string{"Tobias Wrenfield", "Okonkwo Pellar"} {
		if a, surname := actorByName(actors, n), n[strings.LastIndex(n, " ")+1:]; a != nil && actorByName(actors, surname) != a {
			t.Errorf("%s: the surname %q is not its alias: %+v", n, surname, a)
		}
	}
	for _, n := range []string{"Harbour Mariners", "Quillfone Nova", "East Brackwater", "Ironically Marchetti"} {
		if a := actorByName(actors, n); a != nil && a.Kind == KindPerson {
			t.Errorf("%q is a person: %+v", n, a)
		}
	}
}

// A capital after a colon opens a sentence, so a common word there is no
// name; a name made an adjective by a hyphen ("Utah-based") is no actor;
// a known place is a place even when it only opens sentences.
func TestColonsAndAdjectiveCompounds(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"c1": `Browser flaw

Experts have a simple answer: Stop using the browser. "Please, Don't do it," one said. "Frankly, I'd wait," said another. The Ohio-based Pellmark Group said a Truman-era law did not apply. Buyers came from four nations: Belgium, Chile, Fiji and Peru.`,
		"c2": `Pellmark responds

The firm told staff to stop at once, and "Don't panic," it added. "As always, I'd check," a manager said. Pellmark Group engineers worked through Saturday. A Truman-era rule and an Ohio-based lab were named.`,
	})
	actors := FindActors(arts, nil)
	for _, n := range []string{"Stop", "Ohio-based", "Truman-era", "Ohio-based Pellmark Group", "Don't", "I'd"} {
		if a := actorByName(actors, n); a != nil {
			t.Errorf("%q is an actor: %+v", n, a)
		}
	}
	wantKinds(t, actors, map[string]string{"Pellmark Group": KindOrganisation, "Belgium": KindPlace})
}

// A name that opens with a common given name from the lexicon file is a
// person's, even named once with no other cue; a place that is also a
// given name stays a place when the text says so.
func TestGivenNameLexicon(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"g1": `Festival line-up announced

The film stars Gretchen Mollard and Hal Brookfield alongside newcomer Rashad Venn. It was shot in Everett, Washington. The Everett Factory tour is closed.`,
	})
	actors := FindActors(arts, nil)
	wantKinds(t, actors, map[string]string{"Gretchen Mollard": KindPerson, "Hal Brookfield": KindPerson, "Rashad Venn": KindPerson})
	for _, n := range []string{"Everett", "Everett Factory"} {
		if a := actorByName(actors, n); a != nil && a.Kind == KindPerson {
			t.Errorf("%q is a person: %+v", n, a)
		}
	}
}

func TestWithLexicon(t *testing.T) {
	set := withLexicon("# a comment\njosh  kristen # and a note\n\n  uma\n", map[string]bool{"ann": true})
	for _, w := range []string{"josh", "kristen", "uma", "ann"} {
		if !set[w] {
			t.Errorf("%q missing from %v", w, set)
		}
	}
	if len(set) != 4 {
		t.Errorf("got %v, want 4 names", set)
	}
	if !givenNames["josh"] || !givenNames["john"] {
		t.Errorf("givenNames lacks the lexicon file's or the built-in names")
	}
}

// A legislator's party and state after the name ("D-W.Va.") is no actor.
func TestPartyTagIsNoActor(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"p1": `Vote delayed

Rep. Nora Falkirk, D-W.Va., said the vote would wait. Sen. Ivo Brandt, R-Texas, agreed.`,
		"p2": `Vote delayed again

Rep. Nora Falkirk, D-W.Va., spoke on Monday, and Sen. Ivo Brandt, R-Texas, on Tuesday.`,
	})
	actors := FindActors(arts, nil)
	for _, n := range []string{"D-W.Va.", "R-Texas"} {
		if a := actorByName(actors, n); a != nil {
			t.Errorf("%q is an actor: %+v", n, a)
		}
	}
	if actorByName(actors, "Nora Falkirk") == nil {
		t.Errorf("no actor Nora Falkirk in %s", listActors(actors))
	}
}

// A role read after a name stops at a verb of speech, and a name right
// after the role words is someone else's, whose role it is.
func TestAppositiveRoleEnds(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"r1": `Club makes offer

The Hawks have offered an eight-year contract to Rico Balfour, general manager Tess Quayle said Friday night. Rico Balfour has not answered.

Ivo Brandt, president of the Harbour Workers Union said he had not been consulted. Ivo Brandt later called for talks.`,
	})
	actors := FindActors(arts, nil)
	for n, want := range map[string]string{"Rico Balfour": "", "Ivo Brandt": "president of the Harbour Workers Union"} {
		a := actorByName(actors, n)
		if a == nil {
			t.Errorf("no actor %q in %s", n, listActors(actors))
			continue
		}
		if a.Role != want {
			t.Errorf("%s: role %q, want %q", n, a.Role, want)
		}
	}
}

// A given name that followed a full name in one article is not that
// person in the other articles, which use the word without the full name.
func TestGivenNameAliasStaysInItsArticles(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"f1": `Actor flies home

Hugo Tarrant said he flew home with his son, Oscar Tarrant. Oscar is eight, Hugo Tarrant said.`,
		"f2": `Awards night

The film won an Oscar on Sunday. Oscar voters praised the cast.`,
		"f3": `Awards season

An Oscar nomination came on Tuesday. Oscar night is in March.`,
		"f4": `Ceremony plans

The Oscar ceremony will be shorter. Oscar organisers said so on Friday.`,
	})
	actors := FindActors(arts, nil)
	mentionedOnlyIn(t, actors, "Oscar Tarrant", "f1")
}

// An acronym defined by a role ("chief executive officer (CEO)") is no
// actor, even when the letters of its long form reach back over a name.
func TestRoleAcronymIsNoActor(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"r1": `Chip maker results

"We grew," said Ines Varga, chairman and chief executive officer (CEO) of Nortel Chips, in a statement. The CEO spoke again on Monday.`,
		"r2": `Chip maker outlook

The CEO of Nortel Chips, Ines Varga, said sales would rise. Varga said the CEO role was demanding.`,
	})
	actors := FindActors(arts, nil)
	for _, a := range actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if n == "CEO" || strings.Contains(n, "chief executive officer") {
				t.Errorf("actor %q has the role %q as a name", a.Name, n)
			}
		}
	}
	wantKinds(t, actors, map[string]string{"Ines Varga": KindPerson})
}

// "Name of Body" after a given name is a person and where they are from,
// while "Bank of England" stays one name.
func TestPersonOfBody(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"o1": `Rates held

"Rates will stay," said Keith Morland of Harbour Capital Advisers. The Bank of England agreed.`,
		"o2": `Rates held again

Keith Morland of Harbour Capital Advisers said rates would stay. The Bank of England said so too.`,
	})
	actors := FindActors(arts, nil)
	wantKinds(t, actors, map[string]string{"Keith Morland": KindPerson, "Harbour Capital Advisers": KindOrganisation})
	if a := actorByName(actors, "Bank of England"); a == nil {
		t.Errorf("no Bank of England in %s", listActors(actors))
	}
}

// A short acronym matches only in capitals: the PRO (a public relations
// officer's office) is not every "Pro" of a laptop's name.
func TestShortAcronymMatchesInCapitals(t *testing.T) {
	arts := storyArticles(t, map[string]string{
		"a1": `Navy statement

A statement from the PRO said the ship was safe. The PRO added that crews were well.`,
		"a2": `Laptop launch

The new Pro laptop ships in May. Buyers of the Pro praised it.`,
	})
	actors := FindActors(arts, nil)
	mentionedOnlyIn(t, actors, "PRO", "a1")
}

// One weak cue of a person in many uses does not make a team a person:
// "Sox" used once beside "Ember Sox" is no surname of a person named
// eleven other times without one.
func TestWeakPersonCueInManyUses(t *testing.T) {
	texts := map[string]string{
		"w0": "Sox win\n\nEmber Sox won on Sunday. Sox won again on Monday, and Ember Sox will play next week.",
	}
	for i := 1; i <= 5; i++ {
		texts[fmt.Sprintf("w%d", i)] = fmt.Sprintf("Match %d\n\nEmber Sox beat the visitors on Saturday. Ember Sox lead the league.", i)
	}
	actors := FindActors(storyArticles(t, texts), nil)
	a := actorByName(actors, "Ember Sox")
	if a == nil {
		t.Fatalf("no actor Ember Sox in %s", listActors(actors))
	}
	if a.Kind == KindPerson {
		t.Errorf("Ember Sox is a person: %+v", a)
	}
}
