package corpus

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func clean(t *testing.T, text string) *Article {
	t.Helper()
	a, err := Clean(RawArticle{ID: "t", Text: text, Origin: "t.txt"})
	if err != nil {
		t.Fatalf("Clean: %v", err)
	}
	return a
}

func TestCleanHeader(t *testing.T) {
	for _, tc := range []struct {
		name, text         string
		title, author      string
		published          string // 2006-01-02T15:04, "" for unknown
		hasTime            bool
		firstSentenceStart string
	}{
		{
			name:  "headline, dateline with time, caption, byline",
			text:  "Factory fire forces evacuation\n\n3 June 2021, 07:15\n\nFirefighters at the scene\nFirefighters at the scene. Picture: Getty\n\nBy Ana Ruiz\n\nFirefighters tackled a blaze at a factory overnight. Nobody was hurt.\n",
			title: "Factory fire forces evacuation", author: "Ana Ruiz", published: "2021-06-03T07:15", hasTime: true,
			firstSentenceStart: "Firefighters tackled",
		},
		{
			name:  "US dateline with Updated and am/pm",
			text:  "Senate Passes Budget Bill After Long Night\nUpdated: March 4, 2023 3:15 PM ET\nWASHINGTON — The Senate passed the bill early on Saturday.\n",
			title: "Senate Passes Budget Bill After Long Night", published: "2023-03-04T15:15", hasTime: true,
			firstSentenceStart: "WASHINGTON",
		},
		{
			name:  "ISO dateline and byline with role",
			text:  "Rail fares to rise\n\nPublished 2022-01-15\nBy Tom Hart, Transport Correspondent\n\nFares will rise by 4% in March, the operator said.",
			title: "Rail fares to rise", author: "Tom Hart", published: "2022-01-15T00:00",
			firstSentenceStart: "Fares will rise",
		},
		{
			name:               "first line runs into the body: a caption, not a headline",
			text:               "Protesters outside the town hall on Saturday\nResidents have voted to close the library, ending a year-long campaign.\nThe vote was close.",
			firstSentenceStart: "Protesters outside",
		},
		{
			name:               "no headline: the text opens with the lead",
			text:               "The mayor resigned on Tuesday after a row over expenses.\nShe denies wrongdoing.",
			firstSentenceStart: "The mayor resigned",
		},
		{
			name:               "a sentence opening with By and a day is no byline",
			text:               "Quake toll rises\n\nBy Wednesday, 40 bodies had been found.\n\nRescuers kept digging.",
			title:              "Quake toll rises",
			firstSentenceStart: "By Wednesday, 40 bodies",
		},
		{
			name:  "a byline whose author has a month's name",
			text:  "Quake toll rises\n\nBy June Carter\n\nRescuers kept digging on Wednesday.",
			title: "Quake toll rises", author: "June Carter",
			firstSentenceStart: "Rescuers kept digging",
		},
		{
			name:               "a date inside a sentence is not a dateline",
			text:               "Inquiry opens\n\nThe inquiry opened on 4 March 2023 in Leeds.",
			title:              "Inquiry opens",
			firstSentenceStart: "The inquiry opened",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := clean(t, tc.text)
			if a.Title != tc.title || a.Author != tc.author {
				t.Errorf("title %q author %q; want %q, %q", a.Title, a.Author, tc.title, tc.author)
			}
			got := ""
			if a.HasPublished() {
				got = a.Published.Format("2006-01-02T15:04")
				if a.PublishedHow != PublishedText {
					t.Errorf("published how = %q, want text", a.PublishedHow)
				}
			}
			if got != tc.published || a.PublishedHasTime != tc.hasTime {
				t.Errorf("published %q (time %v), want %q (time %v)", got, a.PublishedHasTime, tc.published, tc.hasTime)
			}
			if len(a.Sentences) == 0 || !strings.HasPrefix(a.Sentences[0].Text, tc.firstSentenceStart) {
				t.Errorf("first sentence %q, want it to start %q (text %q)", a.Sentences[0].Text, tc.firstSentenceStart, a.Text)
			}
		})
	}
}

func TestCleanBoilerplate(t *testing.T) {
	for _, tc := range []struct {
		name   string
		text   string
		gone   []string // must not be in the cleaned text
		kept   []string // must be in it
		counts map[string]int
	}{
		{
			name: "read more links and audio widgets",
			text: "Ferry cancelled\n\nThe morning ferry was cancelled because of storms.\n\nListen to this article\n\nLoading audio...\n\nRead more: Storm warnings issued across the coast\n\nREAD MORE: Ferry firm fined last year\n\nPassengers were offered refunds.",
			gone: []string{"Listen to this article", "Loading audio", "Storm warnings issued", "Ferry firm fined"},
			kept: []string{"The morning ferry was cancelled", "Passengers were offered refunds."},
		},
		{
			name: "photo captions with credits go, with their copies",
			text: "Crowds gathered at the square\nCrowds gathered at the square. Picture: Reuters\nThe rally was peaceful.\nA police officer on duty (Image: PA)\nThe square was cleared by nightfall.\n",
			gone: []string{"Picture:", "Reuters", "Image:", "Crowds gathered", "A police officer on duty"},
			kept: []string{"The rally was peaceful.", "The square was cleared by nightfall."},
		},
		{
			name:   "caption repeated from the body with (file image)",
			text:   "Nurses have voted to strike over pay in a ballot of members.\nThe union said turnout was high.\nNurses have voted to strike over pay in a ballot of members (file image)\nTalks continue next week.\n",
			counts: map[string]int{"Nurses have voted to strike over pay": 1},
			kept:   []string{"Talks continue next week."},
		},
		{
			name:   "caption first, the sentence copy is kept",
			text:   "The mayor opened the new library on the river front\nThe mayor opened the new library on the river front.\nIt cost two million pounds.\n",
			counts: map[string]int{"The mayor opened the new library": 1},
			kept:   []string{"The mayor opened the new library on the river front."},
		},
		{
			name:   "a caption that starts a longer sentence is dropped",
			text:   "Workers have voted to strike\nWorkers have voted to strike amid a row over pay.\nThe vote closed on Monday.\n",
			counts: map[string]int{"Workers have voted to strike": 1},
		},
		{
			name: "navigation block of other stories",
			text: "Library saved\n\nThe library will stay open after a donation from a local business.\n\nCampaigners welcomed the news on Friday evening.\n\nThe council said the building will be repaired over the summer.\n\nMost Read\n\nSee more Most Read\n\nMan arrested after car chase\n\nWeather warning for the weekend\n\nSchool wins national award\n\nLocal team promoted\n",
			gone: []string{"Most Read", "car chase", "Weather warning", "Local team promoted"},
			kept: []string{"repaired over the summer."},
		},
		{
			name: "a word like 'More' opening a real paragraph is not navigation",
			text: "Budget approved\n\nThe budget was approved after a long debate in the chamber.\n\nCouncillors voted 30 to 12 in favour of the plan.\n\nSpending on roads will rise next year under the plan.\n\nMore than 200 residents attended the meeting, which ran late into the evening.\n\nThe opposition said it would keep fighting.\n",
			kept: []string{"More than 200 residents attended", "The opposition said it would keep fighting."},
		},
		{
			name: "share widgets and advertisement lines",
			text: "Share this article\nCopy link\nThe airport reopened after the snowfall.\nAdvertisement\nFlights resumed in the afternoon.\n",
			gone: []string{"Share this article", "Copy link", "Advertisement"},
			kept: []string{"The airport reopened", "Flights resumed"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := clean(t, tc.text)
			for _, g := range tc.gone {
				if strings.Contains(a.Text, g) {
					t.Errorf("%q left in text:\n%s", g, a.Text)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(a.Text, k) {
					t.Errorf("%q lost from text:\n%s", k, a.Text)
				}
			}
			for s, n := range tc.counts {
				if got := strings.Count(a.Text, s); got != n {
					t.Errorf("%q appears %d times, want %d:\n%s", s, got, n, a.Text)
				}
			}
		})
	}
}

func TestCleanParagraphsAndSanitising(t *testing.T) {
	a := clean(t, "Storm hits coast\n\nHigh winds brought down trees across the region\nand cut power to thousands of homes.\r\nEngineers worked through the night.\n\n\x1b]0;pwned\x07The \x1b[31mred\x1b[0m alert\u202e ended at dawn.\x00\n")
	want := "High winds brought down trees across the region and cut power to thousands of homes.\n\nEngineers worked through the night.\n\nThe red alert ended at dawn."
	if a.Text != want {
		t.Errorf("text:\n%q\nwant\n%q", a.Text, want)
	}
	if len(a.Paragraphs) != 3 {
		t.Errorf("paragraphs %v", a.Paragraphs)
	}
	for _, p := range a.Paragraphs {
		if strings.Contains(a.Text[p.Start:p.End], "\n") {
			t.Errorf("paragraph spans a line break: %q", a.Text[p.Start:p.End])
		}
	}
	if a.Words != 26 {
		t.Errorf("words = %d", a.Words)
	}
}

func TestCleanMetadataWins(t *testing.T) {
	a, err := Clean(RawArticle{ID: "m", Title: "Given title", Published: "2020-02-02", Text: "Given title\n\n5 May 2021\n\nBody text here."})
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Given title" || a.PublishedHow != PublishedMetadata || !a.Published.Equal(time.Date(2020, 2, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("metadata should win: %+v", a)
	}
	if a.Dateline != "5 May 2021" || strings.Contains(a.Text, "Given title") {
		t.Errorf("dateline %q, text %q", a.Dateline, a.Text)
	}
	if _, err := Clean(RawArticle{ID: "e", Text: "Read more: nothing else here\n"}); err == nil {
		t.Error("an article that is only boilerplate should be an error")
	}
}

// findCreditTail skips the regular expression only on lines it cannot
// match: it finds the same credit as creditTail on every line of the test
// corpora and on lines made to sit at the edges of its quick test.
func TestFindCreditTailAgrees(t *testing.T) {
	lines := []string{
		"Photo: Getty", "He left. Picture: PA Media", "(Image: Reuters)", "The talks, Source: ONS",
		"Figures rose. Source: ONS. More", "Picture: a.b", "Credit: Alamy  ", "picture:", "Pictures : Jane Smith",
		"No colon here.", "Time 10:30. Done", "Ends with a colon:", ".:", ":", "", "Photograph: x.",
	}
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, ln := range strings.Split(string(b), "\n") {
			// JSON lines hold many paragraphs: split them as the loader does
			lines = append(lines, strings.Split(strings.ReplaceAll(ln, `\n`, "\n"), "\n")...)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, ln := range lines {
		got, want := findCreditTail(ln), creditTail.FindStringIndex(ln)
		if !slices.Equal(got, want) {
			t.Errorf("%q: findCreditTail %v, creditTail %v", ln, got, want)
		}
		if want != nil {
			found++
		}
	}
	t.Logf("%d of %d lines have a credit", found, len(lines))
	if found < 8 {
		t.Errorf("only %d of %d lines have a credit: the test does not reach the expression", found, len(lines))
	}
}
