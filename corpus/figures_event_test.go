package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestExtractFiguresEvents checks that a count of people carries what
// happened to them, in its head (what grouping compares) and its measure
// (what labels show), and where it happened.
func TestExtractFiguresEvents(t *testing.T) {
	for _, tc := range []struct {
		text, fig      string // the sentence, and the text of the figure checked
		head, measure  string
		place, counted string
	}{
		{"Police said 12 people were injured in the riots.", "12 people", "injured", "people injured", "", ""},
		{"Police said 18 people had been seriously injured in the violence.", "18 people", "injured", "people injured", "", ""},
		{"Firefighters rescued another five people from the balcony.", "five people", "rescued", "people rescued", "", ""},
		{"A firebomb attack on a bank killed at least three people today.", "at least three people", "deaths", "people killed", "", ""},
		{"Three people died when a bank in Larissa went up in flames.", "Three people", "deaths", "people killed", "Larissa", ""},
		{"Two women and one man died at a branch of the bank.", "Two women", "deaths", "women killed", "", "women"},
		{"The three bank workers - two women and a man - were killed in the blaze.", "three bank workers", "deaths", "bank workers killed", "", "staff"},
		{"The riots left three bank workers dead.", "three bank workers dead", "deaths", "bank workers dead", "", ""},
		{"The 3 bank employees were burnt to death.", "3 bank employees", "deaths", "bank employees killed", "", "staff"},
		{"In Heraklion, 10,000 people are reported as marching against the measures.", "10,000 people", "protesters", "protesters", "Heraklion", ""},
		{"Violence broke out in the northern city of Thessaloniki, where another 20,000 people marched.", "20,000 people", "protesters", "protesters", "Thessaloniki", ""},
		{"A further 20,000 people joined the city's demonstrations.", "20,000 people", "protesters", "protesters", "", ""},
		{"Tens of thousands of people took to the streets of the capital.", "Tens of thousands of people", "protesters", "protesters", "", ""},
		{"Police put the march, held during a general strike, at roughly 30,000 people.", "roughly 30,000 people", "protesters", "protesters", "", ""},
		{"A crowd of about 1,000 people attended a vigil in Brennholt.", "about 1,000 people", "protesters", "protesters", "Brennholt", ""},
		{"Some 4,000 union members rallied outside parliament.", "Some 4,000 union members", "protesters", "union members protesting", "", "member"},
		{"More than 200 people have been arrested since Friday.", "More than 200 people", "arrested", "people arrested", "", ""},
		{"Police detained 45 demonstrators near the ministry.", "45 demonstrators", "arrested", "demonstrators arrested", "", ""},
		{"About 300 residents were evacuated from Ostmark as the river rose.", "About 300 residents", "evacuated", "residents evacuated", "", "resident"},
		{"Nine miners remain missing after the collapse.", "Nine miners", "missing", "miners missing", "", "miner"},
		{"About 3,000 nurses walked out on Tuesday.", "About 3,000 nurses", "striking", "nurses on strike", "", "nurse"},
		{"Nine people were shot outside the club.", "Nine people", "shot", "people shot", "", ""},
		{"More than 600 Palestinians have been killed so far.", "More than 600 Palestinians", "deaths", "Palestinians killed", "", "palestinian"},
		{"As many as 20 people had been inside the bank.", "As many as 20 people", "people", "people", "", ""},
		{"Several dozen youths hurling petrol bombs ran through the streets.", "dozen youths", "youth", "youths", "", ""}, // the youths are counted, not the bombs
		{"The union represents 6,000 teachers in Valdoria.", "6,000 teachers", "teacher", "teachers", "", ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			var f *Figure
			figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
			for i := range figs {
				if figs[i].Text == tc.fig {
					f = &figs[i]
				}
			}
			if f == nil {
				t.Fatalf("no figure %q in %v", tc.fig, figTexts(figs))
			}
			if f.Unit != "people" || f.Head != tc.head || f.Measure != tc.measure || f.Place != tc.place || f.Counted != tc.counted {
				t.Errorf("%q: unit %q head %q measure %q place %q counted %q; want people %q %q %q %q",
					f.Text, f.Unit, f.Head, f.Measure, f.Place, f.Counted, tc.head, tc.measure, tc.place, tc.counted)
			}
		})
	}
}

// TestExtractFiguresPlacesAndYears checks the place and year read around a
// figure, and the names that are not places.
func TestExtractFiguresPlacesAndYears(t *testing.T) {
	for _, tc := range []struct {
		text, place string
		year        int
	}{
		{"In Heraklion, 10,000 people marched.", "Heraklion", 0},
		{"About 1,000 people gathered in central Ostmark on Monday.", "Ostmark", 0},
		{"Protesters threw Molotov cocktails as 5,000 people marched.", "", 0},
		{"Clashes spread in the Greek capital as 5,000 people marched.", "", 0},
		{"A fire at Marfin Bank's branch killed three people.", "", 0},
		{"THREE PEOPLE DIED IN A BLAZE AT MARFIN BANK.", "", 0},
		{"Merkel told lawmakers in Berlin, urging them to pass the country's share of the rescue and to do it by Friday, that 80 members backed it.", "", 0},
		{"Some 168,000 people were killed in Aceh by the 2004 tsunami.", "Aceh", 2004},
		{"The quake in 2002 killed three people.", "", 2002},
		{"In 2000 people marched.", "", 0},
		{"Around 130 PCS members employed by the Mayor's Office in London will strike.", "London", 0},
		{"About 350 members in the Met backed the strike.", "", 0}, // the owner, not a place
	} {
		figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
		if len(figs) == 0 {
			t.Errorf("%q: no figure", tc.text)
			continue
		}
		if f := figs[len(figs)-1]; f.Place != tc.place || f.Year != tc.year {
			t.Errorf("%q: %q place %q year %d; want %q %d", tc.text, f.Text, f.Place, f.Year, tc.place, tc.year)
		}
	}
}

// TestExtractFiguresTimesAndAges checks lengths of time used as adjectives
// and durations with no measured noun, and which ages are figures.
func TestExtractFiguresTimesAndAges(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "text=value unit head measure", "" for no figure
	}{
		{"The firm will move to a four-day week in May.", `"four-day week"=4 days week week`},
		{"Unions called a 48-hour strike for Friday.", `"48-hour strike"=48 hours strike strike`},
		{"It signed an eight-year deal worth $160m.", `"eight-year deal"=8 years deal deal | "$160m"=1.6e+08 USD deal year deal`},
		{"Support staff need to be in a minimum of three days.", `"a minimum of three days"=3 days  `},
		{"They have worked remotely for nearly three years.", `"nearly three years"=3 years work remotely worked remotely`},
		{"Staff must spend four days a week in the office.", `"four days a week"=4 days a week office in the office`},
		{"A 15-year-old boy was shot on Monday.", `"15-year-old boy"=15 years old  age of boy shot`},
		{"Police arrested a 45-year-old man.", `"45-year-old man"=45 years old  age of man arrested`},
		{"The 45-year-old driver was at the wheel.", ""},
		{"She died aged 100.", ""},
		{"Two women, between 30 and 40 years old, were hurt.", `"Two women"=2 people injured women injured`},
	} {
		figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
		var got []string
		for _, f := range figs {
			got = append(got, fmt.Sprintf("%q=%g %s %s %s", f.Text, f.Value, f.Unit, f.Head, f.Measure))
		}
		if strings.Join(got, " | ") != tc.want {
			t.Errorf("%q: got %v, want [%s]", tc.text, got, tc.want)
		}
	}
}

func figTexts(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Text)
	}
	return out
}

// TestFigureSources checks that the per-article index gives each article
// its own quotes and mentions, as the per-call form does.
func TestFigureSources(t *testing.T) {
	a := figArticle("a", `Acme said revenue rose to $2bn. Jane Smith said: "We have lost 300 jobs this year."`)
	b := figArticle("b", "Acme said revenue rose to $3bn.")
	q := Quote{Article: "a", Span: Span{strings.Index(a.Text, "We"), len(a.Text) - 1}, Speaker: "jane-smith", SpeakerAs: "Jane Smith"}
	ac := &Actor{ID: "acme", Name: "Acme Corp", Mentions: []Mention{{Article: "a", Span: Span{0, 4}}, {Article: "b", Span: Span{0, 4}}}}
	src := NewFigureSources([]Quote{q}, []*Actor{ac})
	for _, art := range []*Article{a, b} {
		want := ExtractFigures(art, []Quote{q}, []*Actor{ac})
		got := src.Extract(art)
		if fmt.Sprint(speakers(got)) != fmt.Sprint(speakers(want)) || len(got) != len(want) {
			t.Errorf("%s: sources give %v, per call %v", art.ID, speakers(got), speakers(want))
		}
	}
	if got := speakers(src.Extract(a)); strings.Join(got, ",") != "acme,jane-smith" {
		t.Errorf("article a speakers %v, want acme and jane-smith", got)
	}
	if got := speakers(src.Extract(b)); strings.Join(got, ",") != "acme" {
		t.Errorf("article b speakers %v, want acme", got)
	}
	var none *FigureSources
	if n := len(none.Extract(b)); n != 1 {
		t.Errorf("nil sources: %d figures, want 1", n)
	}
}

func speakers(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, f.Speaker)
	}
	return out
}
