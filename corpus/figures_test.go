package corpus

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// figArticle builds an article from plain text: paragraphs separated by
// blank lines, split into sentences as Clean does.
func figArticle(id, text string) *Article {
	a := &Article{ID: id, Text: text}
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		a.Paragraphs = append(a.Paragraphs, Span{off, off + len(p)})
		off += len(p) + 2
	}
	a.Sentences = SplitSentences(a.Text, a.Paragraphs)
	return a
}

// wantFig is an expected figure: its value and unit, and when given its
// qualifier and bounds written "[low,high]" with "nil" for unbounded.
type wantFig struct {
	value  float64
	unit   string
	qual   Qualifier
	bounds string
}

func boundsOf(f Figure) string {
	b := func(p *float64) string {
		if p == nil {
			return "nil"
		}
		return strconv.FormatFloat(math.Round(*p*1000)/1000, 'f', -1, 64)
	}
	return "[" + b(f.Low) + "," + b(f.High) + "]"
}

func TestExtractFiguresPhrases(t *testing.T) {
	exact := QualExact
	for _, tc := range []struct {
		text string
		want []wantFig // nil: no figure at all
	}{
		// money, with currencies, scales and precision
		{"The council has a £260 million budget gap.", []wantFig{{260e6, "GBP", exact, "[260000000,260000000]"}}},
		{"It faces a £450million funding black hole.", []wantFig{{450e6, "GBP", exact, ""}}},
		{"The firm lost £450m last year.", []wantFig{{450e6, "GBP", exact, ""}}},
		{"Revenue rose to $2.3bn in the quarter.", []wantFig{{2.3e9, "USD", exact, ""}}},
		{"Each worker wants a £1,250 London allowance.", []wantFig{{1250, "GBP", exact, ""}}},
		{"The fine was €40,000.", []wantFig{{40000, "EUR", exact, ""}}},
		{"The deal is worth US$5 million.", []wantFig{{5e6, "USD", exact, ""}}},
		{"Sales reached 3.5 billion yen.", []wantFig{{3.5e9, "JPY", exact, ""}}},
		{"The project cost A$120m.", []wantFig{{120e6, "AUD", exact, ""}}},
		{"Salaries of 50,000 euros were offered.", []wantFig{{50000, "EUR", exact, ""}}},
		{"Profits of CHF 2.1bn were reported.", []wantFig{{2.1e9, "CHF", exact, ""}}},
		{"It raised 200 million US dollars.", []wantFig{{2e8, "USD", exact, ""}}},
		{"A stamp costs 50p.", []wantFig{{0.5, "GBP", exact, ""}}},
		{"The budget was cut by £2.5bn.", []wantFig{{2.5e9, "GBP", exact, ""}}},
		{"Tuition is $9k a year.", []wantFig{{9000, "USD", exact, ""}}},
		{"The fund returned -£3m over the year.", []wantFig{{-3e6, "GBP", exact, ""}}},
		{"Bonuses of between £2m and £3m were paid.", []wantFig{{2e6, "GBP", QualRange, "[2000000,3000000]"}}},
		{"A payout of £2m-£3m is expected.", []wantFig{{2e6, "GBP", QualRange, "[2000000,3000000]"}}},
		{"The country owes £1.2 trillion in debt.", []wantFig{{1.2e12, "GBP", exact, ""}}},
		{"The fine was Rs 500.", []wantFig{{500, "INR", exact, ""}}},
		{"Fares rose to 2,500 rupees.", []wantFig{{2500, "INR", exact, ""}}},
		{"Investors lost nearly $1bn.", []wantFig{{1e9, "USD", QualApprox, "[900000000,1000000000]"}}},
		{"The club paid more than €100m for him.", []wantFig{{100e6, "EUR", QualMoreThan, "[100000000,nil]"}}},
		{"Damage is estimated at up to £40m.", []wantFig{{40e6, "GBP", QualUpTo, "[0,40000000]"}}},
		{"The bill came to 12,000 Swiss francs.", []wantFig{{12000, "CHF", exact, ""}}},
		{"The bid was valued at €1.25 billion.", []wantFig{{1.25e9, "EUR", exact, ""}}},

		// percentages
		{"85% of members voted in favour.", []wantFig{{85, "percent", exact, "[85,85]"}}},
		{"More than 50% of staff backed action.", []wantFig{{50, "percent", QualMoreThan, "[50,100]"}}},
		{"Staff must spend at least 60 per cent of their hours in the office.", []wantFig{{60, "percent", QualAtLeast, "[60,100]"}}},
		{"Turnout was 45.5 percent.", []wantFig{{45.5, "percent", exact, ""}}},
		{"Inflation fell to 3.2pc in May.", []wantFig{{3.2, "percent", exact, ""}}},
		{"Up to 20% of jobs could go.", []wantFig{{20, "percent", QualUpTo, "[0,20]"}}},
		{"Less than 5% of homes are empty.", []wantFig{{5, "percent", QualLessThan, "[0,5]"}}},
		{"Between 20% and 30% of voters are undecided.", []wantFig{{20, "percent", QualRange, "[20,30]"}}},
		{"Prices rose 10-15% this year.", []wantFig{{10, "percent", QualRange, "[10,15]"}}},
		{"Two-thirds of staff work from home.", []wantFig{{200.0 / 3, "percent", exact, ""}}},
		{"Half of all residents were away.", []wantFig{{50, "percent", exact, ""}}},
		{"A quarter of the workforce is part-time.", []wantFig{{25, "percent", exact, ""}}},
		{"One in five adults smokes.", []wantFig{{20, "percent", exact, ""}}},
		{"Nine out of ten doctors agree.", []wantFig{{90, "percent", exact, ""}}},
		{"Rates rose by 0.25 percentage points.", []wantFig{{0.25, "percentage points", exact, ""}}},
		{"Growth was -0.3% in the quarter.", []wantFig{{-0.3, "percent", exact, ""}}},
		{"Nearly 40% of posts are vacant.", []wantFig{{40, "percent", QualApprox, "[36,40]"}}},
		{"About 50 per cent of pupils passed.", []wantFig{{50, "percent", QualApprox, "[45,55]"}}},

		// counts of people and things, in digits and in words
		{"Approximately 6,500 of its members will strike.", []wantFig{{6500, "people", QualApprox, "[5850,7150]"}}},
		{"Cuts mean 2,300 officers and 400 staff will go.", []wantFig{{2300, "people", exact, ""}, {400, "people", exact, ""}}},
		{"Around 700 Met staff joined a rally.", []wantFig{{700, "people", QualApprox, "[630,770]"}}},
		{"Six people were killed in the crash.", []wantFig{{6, "people", exact, "[6,6]"}}},
		{"Twenty-one passengers were injured.", []wantFig{{21, "people", exact, ""}}},
		{"Dozens of people were evacuated.", []wantFig{{24, "people", QualRange, "[24,100]"}}},
		{"Hundreds of homes were flooded.", []wantFig{{200, "homes", QualRange, "[200,1000]"}}},
		{"Tens of thousands of protesters marched.", []wantFig{{1e4, "people", QualRange, "[10000,100000]"}}},
		{"The death toll rose to 45.", []wantFig{{45, "people", exact, ""}}},
		{"The quake killed at least 30 people.", []wantFig{{30, "people", QualAtLeast, "[30,nil]"}}},
		{"Some 200 firefighters tackled the blaze.", []wantFig{{200, "people", QualApprox, "[180,220]"}}},
		{"The union represents nearly 200,000 civil servants.", []wantFig{{200000, "people", QualApprox, "[180000,200000]"}}},
		{"The firm employs 1.2 million workers.", []wantFig{{1.2e6, "people", exact, ""}}},
		{"A dozen soldiers stood guard.", []wantFig{{12, "people", exact, ""}}},
		{"Three hundred and fifty residents signed.", []wantFig{{350, "people", exact, ""}}},
		{"The app has 5m users.", []wantFig{{5e6, "people", exact, ""}}},
		{"Some 2.5 million households are affected.", []wantFig{{2.5e6, "people", QualApprox, ""}}},
		{"The storm destroyed 300 homes.", []wantFig{{300, "homes", exact, ""}}},
		{"Robbers made off with $137-million of diamonds.", []wantFig{{137e6, "USD", exact, ""}}},
		{"The project cost a 2-billion-euro loan.", []wantFig{{2e9, "EUR", exact, ""}}},
		{"Police seized 12 cars.", []wantFig{{12, "cars", exact, ""}}},
		{"The bombing left 20 dead.", []wantFig{{20, "people", exact, ""}}},
		{"As many as 300 people may have died.", []wantFig{{300, "people", QualUpTo, "[0,300]"}}},
		{"Fewer than 100 patients were treated.", []wantFig{{100, "people", QualLessThan, "[0,100]"}}},
		{"No fewer than 40 schools closed.", []wantFig{{40, "schools", QualAtLeast, "[40,nil]"}}},
		{"Between 3,000 and 4,000 troops were sent.", []wantFig{{3000, "people", QualRange, "[3000,4000]"}}},
		{"Over 500 hectares burned.", []wantFig{{500, "hectares", QualMoreThan, "[500,nil]"}}},
		{"The number of staff on strike reached 3,000.", []wantFig{{3000, "people", exact, ""}}},

		// durations and rates that measure the story
		{"Staff must work four days a week in the office.", []wantFig{{4, "days a week", exact, ""}}},
		{"The policy requires three to five days a week in the office.", []wantFig{{3, "days a week", QualRange, "[3,5]"}}},
		{"Staff may work from home up to two days a week.", []wantFig{{2, "days a week", QualUpTo, "[0,2]"}}},
		{"The force gave three months' notice.", []wantFig{{3, "months", exact, ""}}},
		{"The strike will last 48 hours.", []wantFig{{48, "hours", exact, ""}}},
		{"They have worked remotely for nearly three years.", []wantFig{{3, "years", QualApprox, "[2.7,3]"}}},

		// not figures
		{"There is too little staff in 999 call centres.", nil},
		{"Dial 911 in an emergency.", nil},
		{"Since 2021, staff have worked from home.", nil},
		{"The report was published in March 2024.", nil},
		{"It happened on 11 December.", nil},
		{"It happened on December 11, officials said.", nil},
		{"The alarm sounded at 22:39.", nil},
		{"The meeting starts at 10am.", nil},
		{"The meeting starts at 3 pm.", nil},
		{"The train left at 7.30pm.", nil},
		{"She died aged 100.", nil},
		{"The 45-year-old driver was at the wheel.", nil},
		{"John Smith, 45, said nothing.", nil},
		{"He lives at 10 Downing Street.", nil},
		{"The 1st Battalion was deployed.", nil},
		{"It is the 21st century.", nil},
		{"Article 50 was triggered.", nil},
		{"Covid-19 spread quickly.", nil},
		{"The G7 met in Italy.", nil},
		{"One source said the plan was dead.", nil},
		{"Music of the 1990s was louder.", nil},
		{"The 2024-25 season starts soon.", nil},
		{"The team won 2-1 on Saturday.", nil},
		{"One of the officers resigned.", nil},
		{"The M25 was closed.", nil},
		{"He was taken to Room 101.", nil},
		{"Millions were spent on it.", nil},
		{"A Jan. 21 memo gave agency heads these options.", nil},
		{"The laptops tout USB 3.0 ports.", nil},
		{"The box has an HDMI 1.4 output.", nil},
		{"Andre Pellan averaged 14.9 points a game.", []wantFig{{14.9, "points", exact, ""}}},
		{"The index fell 3.16% to 2,138.14.", []wantFig{{3.16, "percent", exact, ""}}},
		{"It asked about their new 787 aircraft.", nil},
		{"He was given a new 20 year sentence.", []wantFig{{20, "years", exact, ""}}},
		{"Two acquaintances rode bikes to the park.", []wantFig{{2, "acquaintances", exact, ""}}},
		{"Three witnesses saw the crash.", []wantFig{{3, "witnesses", exact, ""}}},
		{"Turnout rose by 5 to 10% in most wards.", []wantFig{{5, "percent", QualRange, "[5,10]"}}},
		{"The law took effect on Sept. 3 across the state.", nil},
	} {
		t.Run(tc.text, func(t *testing.T) {
			figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
			var got []string
			for _, f := range figs {
				got = append(got, fmt.Sprintf("%q=%g %s %s %s", f.Text, f.Value, f.Unit, f.Qualifier, boundsOf(f)))
			}
			if len(figs) != len(tc.want) {
				t.Fatalf("got %d figures %v, want %d", len(figs), got, len(tc.want))
			}
			for i, w := range tc.want {
				f := figs[i]
				if math.Abs(f.Value-w.value) > 1e-6*math.Max(1, math.Abs(w.value)) || f.Unit != w.unit || f.Qualifier != w.qual {
					t.Errorf("figure %d = %s, want %g %s %q", i, got[i], w.value, w.unit, w.qual)
				}
				if w.bounds != "" && boundsOf(f) != w.bounds {
					t.Errorf("figure %d bounds %s, want %s", i, boundsOf(f), w.bounds)
				}
				if tc.text[f.Start:f.End] != f.Text {
					t.Errorf("figure %d text %q is not the text at its span %q", i, f.Text, tc.text[f.Start:f.End])
				}
			}
		})
	}
}

func TestExtractFiguresMeasure(t *testing.T) {
	for _, tc := range []struct {
		text, head string
		mods       []string
		owners     []string
		polarity   string
	}{
		{"The council faces a £260 million budget gap.", "shortfall", []string{"budget"}, nil, ""},
		{"The force faces a £450million funding black hole.", "shortfall", []string{"budget"}, nil, ""},
		{"Since 2021, Scotland Yard's 11,000 civilian workers have worked from home.", "staff", []string{"civilian"}, []string{"scotland yard"}, ""},
		{"More than 50% of the 2,400 Public and Commercial Services union (PCS) members in the Met backed action.", "member", nil, []string{"pcs", "met"}, "+"},
		{"The Public and Commercial Services union (PCS) says 6,500 of its members will strike.", "member", nil, []string{"pcs"}, ""},
		{"Around 130 PCS members employed by the Mayor's Office for Policing and Crime (MOPAC) will strike.", "member", nil, []string{"pcs", "mopac"}, ""},
		{"Six people were killed in the crash.", "deaths", nil, nil, ""},
		{"The quake killed at least 30 people.", "deaths", nil, nil, ""},
		{"The death toll from the quake rose to 45 on Tuesday.", "deaths", nil, nil, ""},
		{"In the ballot 30% of members voted against the offer.", "member", nil, nil, "-"},
		{"Acme reported revenue of $2.3bn.", "revenue", nil, nil, ""},
		{"It gave three months' formal notice.", "notice", nil, nil, ""},
	} {
		t.Run(tc.text, func(t *testing.T) {
			figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
			if len(figs) == 0 {
				t.Fatal("no figure")
			}
			f := figs[0]
			if strings.Contains(tc.text, "2,400") {
				f = figs[0] // the share, not the count inside it
			}
			if f.Head != tc.head || fmt.Sprint(f.Modifiers) != fmt.Sprint(tc.mods) && len(tc.mods)+len(f.Modifiers) > 0 ||
				fmt.Sprint(f.Owners) != fmt.Sprint(tc.owners) && len(tc.owners)+len(f.Owners) > 0 || f.Polarity != tc.polarity {
				t.Errorf("%q: head %q mods %v owners %v polarity %q; want %q %v %v %q", f.Text, f.Head, f.Modifiers, f.Owners,
					f.Polarity, tc.head, tc.mods, tc.owners, tc.polarity)
			}
		})
	}
}

// A word like "new" or "additional" right after the number does not hide
// what is counted: the figure measures what it would without the word.
// A counted thing that is not people keeps its own unit.
func TestExtractFiguresCountedAfterModifier(t *testing.T) {
	for _, tc := range []struct{ text, word, unit string }{
		{"The airline ordered 30 new aircraft from Boeing.", "new ", "aircraft"},
		{"The plan will create 2,000 new jobs.", "new ", "jobs"},
		{"The force will recruit 500 additional officers.", "additional ", "people"},
		{"The council hired 30 new staff last year.", "new ", "people"},
		{"About 40 other workers joined the strike.", "other ", "people"},
		{"Police arrested 12 more people on Friday.", "more ", "people"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
			plain := ExtractFigures(figArticle("a", strings.Replace(tc.text, tc.word, "", 1)), nil, nil)
			if len(figs) != 1 || len(plain) != 1 {
				t.Fatalf("figures %+v, without %q %+v; want one each", figs, tc.word, plain)
			}
			f, p := figs[0], plain[0]
			if !strings.Contains(f.Text, tc.word) || f.Unit != tc.unit || f.Unit != p.Unit || f.Head != p.Head ||
				fmt.Sprint(f.Modifiers) != fmt.Sprint(p.Modifiers) {
				t.Errorf("%q unit %q head %q mods %v; without %q: unit %q head %q mods %v; want unit %q", f.Text, f.Unit, f.Head,
					f.Modifiers, tc.word, p.Unit, p.Head, p.Modifiers, tc.unit)
			}
		})
	}
	for _, text := range []string{"The farm lost 300 sheep in the storm.", "The airline has 84 aircraft."} {
		if figs := ExtractFigures(figArticle("a", text), nil, nil); len(figs) != 1 || figs[0].Unit == "people" {
			t.Errorf("%q: %+v, want one figure not counting people", text, figs)
		}
	}
}

func TestExtractFiguresSpeaker(t *testing.T) {
	for _, tc := range []struct {
		text, speaker string
	}{
		{"The union said 6,500 members would strike.", "union"},
		{"According to officials, 30 people died.", "officials"},
		{"Thirty people died, police said.", "police"},
		{"At least 30 people died, said Jane Smith.", "Jane Smith"},
		{"The Public and Commercial Services union (PCS) has confirmed that approximately 6,500 of its members will strike.", "Public and Commercial Services union (PCS)"},
		{"A spokesperson highlighted the pressures, citing a £260 million budget gap.", "spokesperson"},
		{"Six people died in the crash.", ""},
	} {
		figs := ExtractFigures(figArticle("a", tc.text), nil, nil)
		if len(figs) != 1 || figs[0].SpeakerAs != tc.speaker {
			t.Errorf("%q: figures %+v, want one said by %q", tc.text, figs, tc.speaker)
		}
	}
	// a figure inside a quote belongs to the quote's speaker
	text := `Jane Smith said: "We have lost 300 jobs this year."`
	a := figArticle("a", text)
	q := Quote{Article: "a", Span: Span{strings.Index(text, "We"), len(text) - 1}, Speaker: "jane-smith", SpeakerAs: "Jane Smith"}
	figs := ExtractFigures(a, []Quote{q}, nil)
	if len(figs) != 1 || figs[0].Speaker != "jane-smith" {
		t.Errorf("quoted figure: %+v, want speaker jane-smith", figs)
	}
	// an actor's mention names the speaker by id
	ac := &Actor{ID: "acme", Name: "Acme Corp", Mentions: []Mention{{Article: "a", Span: Span{0, 4}}}}
	figs = ExtractFigures(figArticle("a", "Acme said revenue rose to $2bn."), nil, []*Actor{ac})
	if len(figs) != 1 || figs[0].Speaker != "acme" {
		t.Errorf("actor speaker: %+v, want acme", figs)
	}
}

// TestExtractFiguresParallel runs the parser on many articles at once; with
// -race it shows the parser keeps no shared state.
func TestExtractFiguresParallel(t *testing.T) {
	texts := []string{
		"The council has a £260 million budget gap, officials said.",
		"More than 50% of the 2,400 members backed strike action.",
		"The quake killed at least 30 people and injured 200.",
	}
	want := make([]int, len(texts))
	for i, s := range texts {
		want[i] = len(ExtractFigures(figArticle("a", s), nil, nil))
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 50; r++ {
				for i, s := range texts {
					if n := len(ExtractFigures(figArticle(fmt.Sprint(i), s), nil, nil)); n != want[i] {
						t.Errorf("parallel run found %d figures in %q, want %d", n, s, want[i])
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestExtractFiguresHostileText feeds text that is not news: it must not
// panic or hang, and spans must stay inside the text.
func TestExtractFiguresHostileText(t *testing.T) {
	for _, s := range []string{
		"", "£", "$$$", "-", "1,", "1.", "1,2,3,4", "£-", "50 per", "between 1 and", "3 to", "£2m-", "one in",
		strings.Repeat("9", 400), strings.Repeat("one two three ", 200), "½ of £½m", "€€€5", "5 5 5 5 5 5",
		"US$", "A$ 5", "1-", "-1", "tens of", "hundreds of thousands of", "a a a a a", "(PCS) members",
	} {
		a := figArticle("x", s)
		for _, f := range ExtractFigures(a, nil, nil) {
			if f.Start < 0 || f.End > len(s) || f.Start > f.End {
				t.Errorf("%q: span %v outside the text", s, f.Span)
			}
		}
	}
}

func ExampleExtractFigures() {
	a := figArticle("a", "The union said more than 50% of its 2,400 members backed action over a £260 million budget gap.")
	for _, f := range ExtractFigures(a, nil, nil) {
		fmt.Printf("%s: %g %s %s (said by %s)\n", f.Text, f.Value, f.Unit, qualOrExact(f.Qualifier), f.SpeakerAs)
	}
	// Output:
	// more than 50%: 50 percent more-than (said by union)
	// 2,400 members: 2400 people exact (said by union)
	// £260 million: 2.6e+08 GBP exact (said by union)
}

func qualOrExact(q Qualifier) string {
	if q == QualExact {
		return "exact"
	}
	return string(q)
}

func BenchmarkExtractFigures(b *testing.B) {
	text := strings.Repeat("The council has a £260 million budget gap, officials said on Tuesday. "+
		"More than 50% of the 2,400 PCS members in the Met backed strike action, with 85% voting in favour. "+
		"The quake killed at least 30 people in 2021 and injured 200, and staff work four days a week.\n\n", 10)
	a := figArticle("bench", strings.TrimSpace(text))
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		ExtractFigures(a, nil, nil)
	}
}

// BenchmarkExtractFiguresCorpus extracts the figures of a generated corpus
// whose actors are mentioned in every article: "sources" indexes quotes and
// mentions once (as Analyse does) and grows linearly with the corpus;
// "per-call" passes all of them to ExtractFigures for each article, which
// reads every mention each time and grows quadratically.
func BenchmarkExtractFiguresCorpus(b *testing.B) {
	for _, n := range []int{500, 2000} {
		arts := storyCorpus(n, 8)
		actors := benchActors(arts)
		b.Run(fmt.Sprintf("sources/articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				src := NewFigureSources(nil, actors)
				for _, a := range arts {
					src.Extract(a)
				}
			}
		})
		b.Run(fmt.Sprintf("per-call/articles=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				for _, a := range arts {
					ExtractFigures(a, nil, actors)
				}
			}
		})
	}
}

// benchActors makes one actor per capitalised word of the articles, with a
// mention at each of its occurrences.
func benchActors(arts []*Article) []*Actor {
	byName := map[string]*Actor{}
	var out []*Actor
	for _, a := range arts {
		for _, s := range a.Sentences {
			for _, t := range figTokenize(a.Text, s.Start, s.End) {
				if !t.capital() || len(t.text) < 4 {
					continue
				}
				ac := byName[t.low]
				if ac == nil {
					ac = &Actor{ID: t.low, Name: t.text}
					byName[t.low] = ac
					out = append(out, ac)
				}
				ac.Mentions = append(ac.Mentions, Mention{Article: a.ID, Span: Span{t.start, t.end}})
			}
		}
	}
	return out
}
