package corpus

import (
	"strings"
	"testing"
	"time"
)

// tagSentence builds a one-paragraph article published on ref
// ("2024-12-11"; "i:2024-12-11" for an inferred date; "" for unknown) and
// tags it.
func tagSentence(t testing.TB, ref, text string) []TimeExpr {
	t.Helper()
	a := &Article{ID: "t", Text: text, Paragraphs: []Span{{0, len(text)}}}
	a.Sentences = SplitSentences(text, a.Paragraphs)
	if ref != "" {
		how := PublishedMetadata
		if r, ok := strings.CutPrefix(ref, "i:"); ok {
			ref, how = r, PublishedInferred
		}
		d, err := time.Parse("2006-01-02", ref)
		if err != nil {
			t.Fatalf("bad reference date %q: %v", ref, err)
		}
		a.Published, a.PublishedHow = d, how
	}
	return TagDates(a)
}

func fmtDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// The reference date of most cases, 2024-12-11, is a Wednesday.
func TestTagDates(t *testing.T) {
	const wed = "2024-12-11"
	tests := []struct {
		ref      string // publication date; "" unknown; "i:" prefix inferred
		sentence string
		text     string // the expression expected; "" for none at all
		start    string
		end      string
		cert     Certainty
		gran     Granularity
	}{
		// absolute dates and datelines
		{wed, "The vote closed on 11 December 2024.", "on 11 December 2024", "2024-12-11", "2024-12-11", CertStated, GranDay},
		{wed, "Updated 11 December 2024, 22:39", "11 December 2024, 22:39", "2024-12-11", "2024-12-11", CertStated, GranTime},
		{wed, "Sales fell in December 2024.", "in December 2024", "2024-12-01", "2024-12-31", CertStated, GranMonth},
		{wed, "The scheme began in 2021.", "in 2021", "2021-01-01", "2021-12-31", CertStated, GranYear},
		{wed, "The law passed on Dec. 11, 2023.", "on Dec. 11, 2023", "2023-12-11", "2023-12-11", CertStated, GranDay},
		{wed, "The report is dated 2024-03-05.", "2024-03-05", "2024-03-05", "2024-03-05", CertStated, GranDay},
		{wed, "Talks resumed on Dec. 11 after a pause.", "on Dec. 11", "2024-12-11", "2024-12-11", CertResolved, GranDay},
		{wed, "He was born on March 3, 1990.", "on March 3, 1990", "1990-03-03", "1990-03-03", CertStated, GranDay},
		{wed, "The 11th of December 2024 was cold.", "11th of December 2024", "2024-12-11", "2024-12-11", CertStated, GranDay},
		{wed, "On Thursday 12 December 2024 the strike began.", "On Thursday 12 December 2024", "2024-12-12", "2024-12-12", CertStated, GranDay},
		{wed, "Elections are held in May 2025.", "in May 2025", "2025-05-01", "2025-05-31", CertStated, GranMonth},
		{wed, "The rules changed on 1 April.", "on 1 April", "2024-04-01", "2024-04-01", CertResolved, GranDay},
		{wed, "The rules will change on 1 April.", "on 1 April", "2025-04-01", "2025-04-01", CertResolved, GranDay},
		{wed, "The talks broke down in July 2023 and never resumed.", "in July 2023", "2023-07-01", "2023-07-31", CertStated, GranMonth},
		{"", "The vote was held on 11 December 2024.", "on 11 December 2024", "2024-12-11", "2024-12-11", CertStated, GranDay},
		{"", "The strike began on 3 March 2025 at 10:30am.", "on 3 March 2025 at 10:30am", "2025-03-03", "2025-03-03", CertStated, GranTime},

		// relative days: tense decides the direction of bare weekdays
		{wed, "The union will strike on Thursday.", "on Thursday", "2024-12-12", "2024-12-12", CertResolved, GranDay},
		{wed, "The minister said on Tuesday that talks had failed.", "on Tuesday", "2024-12-10", "2024-12-10", CertResolved, GranDay},
		{wed, "Police said on Wednesday that two men were held.", "on Wednesday", "2024-12-11", "2024-12-11", CertResolved, GranDay},
		{wed, "The board met on Thursday.", "on Thursday", "2024-12-05", "2024-12-05", CertResolved, GranDay},
		{wed, "Protesters gathered on Sunday night.", "on Sunday night", "2024-12-08", "2024-12-08", CertResolved, GranDay},
		{wed, "The rally is scheduled for Saturday.", "Saturday", "2024-12-14", "2024-12-14", CertResolved, GranDay},
		{wed, "The results came yesterday.", "yesterday", "2024-12-10", "2024-12-10", CertResolved, GranDay},
		{wed, "The minister speaks today.", "today", "2024-12-11", "2024-12-11", CertResolved, GranDay},
		{wed, "Crowds will gather tonight.", "tonight", "2024-12-11", "2024-12-11", CertResolved, GranDay},
		{wed, "The court will rule tomorrow.", "tomorrow", "2024-12-12", "2024-12-12", CertResolved, GranDay},
		{wed, "Fans celebrated last night.", "last night", "2024-12-10", "2024-12-10", CertResolved, GranDay},
		{wed, "The match was postponed this morning.", "this morning", "2024-12-11", "2024-12-11", CertResolved, GranDay},
		{wed, "The plan was announced last Monday.", "last Monday", "2024-12-09", "2024-12-09", CertResolved, GranDay},
		{wed, "Talks will resume next Tuesday.", "next Tuesday", "2024-12-17", "2024-12-17", CertResolved, GranDay},
		{wed, "The strike is set to start this Friday.", "this Friday", "2024-12-13", "2024-12-13", CertResolved, GranDay},
		{wed, "Around 700 staff joined an online rally on Monday to mark the start.", "on Monday", "2024-12-09", "2024-12-09", CertResolved, GranDay},
		{wed, "A report published on Tuesday by the commissioner revealed a shortfall.", "on Tuesday", "2024-12-10", "2024-12-10", CertResolved, GranDay},
		{wed, "The meeting will be held on Friday.", "on Friday", "2024-12-13", "2024-12-13", CertResolved, GranDay},
		{wed, "The meeting was held on Friday.", "on Friday", "2024-12-06", "2024-12-06", CertResolved, GranDay},
		{wed, "Union leaders said they would walk out on Monday.", "on Monday", "2024-12-16", "2024-12-16", CertResolved, GranDay},

		// weeks and weekends
		{wed, "Staff are set to walk out this week.", "this week", "2024-12-09", "2024-12-15", CertResolved, GranWeek},
		{wed, "Earlier this week, it was reported that jobs were cut.", "Earlier this week", "2024-12-09", "2024-12-11", CertResolved, GranWeek},
		{wed, "The bill was debated last week.", "last week", "2024-12-02", "2024-12-08", CertResolved, GranWeek},
		{wed, "Ministers will meet next week.", "next week", "2024-12-16", "2024-12-22", CertResolved, GranWeek},
		{wed, "Later this week the panel will report.", "Later this week", "2024-12-11", "2024-12-15", CertResolved, GranWeek},
		{wed, "Rallies were held at the weekend.", "at the weekend", "2024-12-07", "2024-12-08", CertResolved, GranSpan},
		{wed, "A rally will be held at the weekend.", "at the weekend", "2024-12-14", "2024-12-15", CertResolved, GranSpan},
		{wed, "Shops will open this weekend.", "this weekend", "2024-12-14", "2024-12-15", CertResolved, GranSpan},
		{wed, "Protests took place last weekend.", "last weekend", "2024-12-07", "2024-12-08", CertResolved, GranSpan},
		{wed, "Fans will travel next weekend.", "next weekend", "2024-12-21", "2024-12-22", CertResolved, GranSpan},
		{wed, "Police officers at a rally in London over the weekend", "over the weekend", "2024-12-07", "2024-12-08", CertResolved, GranSpan},

		// a month, a comma and its year
		{wed, "The store was destroyed in February, 2003.", "in February, 2003", "2003-02-01", "2003-02-28", CertStated, GranMonth},
		{wed, "In February, 2003 the store burned down.", "In February, 2003", "2003-02-01", "2003-02-28", CertStated, GranMonth},
		{wed, "In March, 2000 people marched.", "In March", "2024-03-01", "2024-03-31", CertResolved, GranMonth},
		// seasons: with a year, or last/this/next from publication
		{wed, "Prices were lowest since autumn 2004.", "since autumn 2004", "2004-09-01", "2024-12-11", CertStated, GranSpan},
		{wed, "Sales rose in the summer of 2008.", "summer of 2008", "2008-06-01", "2008-08-31", CertStated, GranSpan},
		{wed, "It launches in the fall of 2025.", "fall of 2025", "2025-09-01", "2025-11-30", CertStated, GranSpan},
		{wed, "The plant will open next spring.", "next spring", "2025-03-01", "2025-05-31", CertResolved, GranSpan},
		{wed, "Talks stalled last summer.", "last summer", "2024-06-01", "2024-08-31", CertResolved, GranSpan},
		{wed, "The team has been busy this winter.", "this winter", "2024-12-01", "2025-02-28", CertResolved, GranSpan},
		{"2025-01-20", "Talks stalled last winter.", "last winter", "2023-12-01", "2024-02-29", CertResolved, GranSpan},
		{"2024-07-28", "He said so last summer.", "last summer", "2023-06-01", "2023-08-31", CertResolved, GranSpan},
		{wed, "Prices fall 2025 points.", "", "", "", "", ""},
		{wed, "The vote is scheduled for fall 2025.", "fall 2025", "2025-09-01", "2025-11-30", CertStated, GranSpan},
		{wed, "The leaves turn in the spring.", "", "", "", "", ""},

		// months and years without a year: the tense decides
		{wed, "This follows a previous walkout held in November.", "in November", "2024-11-01", "2024-11-30", CertResolved, GranMonth},
		{wed, "Members voted to strike in December.", "in December", "2024-12-01", "2024-12-31", CertResolved, GranMonth},
		{"2025-02-03", "Members voted to strike in December.", "in December", "2024-12-01", "2024-12-31", CertResolved, GranMonth},
		{wed, "The new rules will apply from January.", "from January", "2025-01-01", "2025-01-31", CertResolved, GranMonth},
		{wed, "The policy will take effect in March.", "in March", "2025-03-01", "2025-03-31", CertResolved, GranMonth},
		{wed, "Prices rose in March.", "in March", "2024-03-01", "2024-03-31", CertResolved, GranMonth},
		{wed, "The review is due in February.", "in February", "2025-02-01", "2025-02-28", CertResolved, GranMonth},
		{wed, "Inflation peaked last year.", "last year", "2023-01-01", "2023-12-31", CertResolved, GranYear},
		{wed, "Elections are due next year.", "next year", "2025-01-01", "2025-12-31", CertResolved, GranYear},
		{wed, "Sales have doubled this year.", "this year", "2024-01-01", "2024-12-31", CertResolved, GranYear},
		{wed, "The budget was cut last month.", "last month", "2024-11-01", "2024-11-30", CertResolved, GranMonth},
		{wed, "The review will report next month.", "next month", "2025-01-01", "2025-01-31", CertResolved, GranMonth},
		{wed, "The company said earlier this month that it would close.", "earlier this month", "2024-12-01", "2024-12-11", CertResolved, GranMonth},
		{wed, "Stocks fell in mid-December 2023.", "in mid-December 2023", "2023-12-11", "2023-12-20", CertStated, GranMonth},
		{wed, "The firm was founded in early 2020.", "in early 2020", "2020-01-01", "2020-04-30", CertStated, GranYear},
		{wed, "Growth slowed in late 2019.", "in late 2019", "2019-09-01", "2019-12-31", CertStated, GranYear},
		{wed, "At the end of July, thieves robbed a hotel.", "At the end of July", "2024-07-21", "2024-07-31", CertResolved, GranMonth},
		{wed, "Rescuers worked through Tuesday night.", "through Tuesday night", "2024-12-10", "2024-12-10", CertResolved, GranDay},
		{wed, "The shop reopens at the beginning of 2025.", "at the beginning of 2025", "2025-01-01", "2025-04-30", CertStated, GranYear},
		{wed, "The middle of the road was closed.", "", "", "", "", ""},
		{wed, "Last December the union balloted members.", "Last December", "2023-12-01", "2023-12-31", CertResolved, GranMonth},
		{wed, "Next March the law changes.", "Next March", "2025-03-01", "2025-03-31", CertResolved, GranMonth},

		// ranges and open ranges
		{wed, "Their industrial action is scheduled to run from Monday through to Thursday.", "from Monday through to Thursday", "2024-12-16", "2024-12-19", CertResolved, GranSpan},
		{"2024-12-13", "Strikes ran from Monday to Thursday.", "from Monday to Thursday", "2024-12-09", "2024-12-12", CertResolved, GranSpan},
		{wed, "The survey ran between 2019 and 2021.", "between 2019 and 2021", "2019-01-01", "2021-12-31", CertStated, GranSpan},
		{wed, "Data from 2015 to 2020 show a rise.", "from 2015 to 2020", "2015-01-01", "2020-12-31", CertStated, GranSpan},
		{wed, "Sales grew 2019-2021 across the region.", "2019-2021", "2019-01-01", "2021-12-31", CertStated, GranSpan},
		{wed, "He coached the team from 1979-90 and won nine titles.", "from 1979-90", "1979-01-01", "1990-12-31", CertStated, GranSpan},
		{wed, "They won the title in 1982-83.", "in 1982-83", "1982-01-01", "1983-12-31", CertStated, GranSpan},
		{wed, "The festival runs 9-11 December 2024.", "9-11 December 2024", "2024-12-09", "2024-12-11", CertStated, GranSpan},
		{wed, "The exhibition is open from January to March 2025.", "from January to March 2025", "2025-01-01", "2025-03-31", CertStated, GranSpan},
		{wed, "Trading was suspended from 3 to 5 March 2024.", "from 3 to 5 March 2024", "2024-03-03", "2024-03-05", CertStated, GranSpan},
		{wed, "Since 2021, staff have enjoyed hybrid working.", "Since 2021", "2021-01-01", wed, CertStated, GranSpan},
		{"", "Since 2021, staff have enjoyed hybrid working.", "Since 2021", "2021-01-01", "", CertStated, GranSpan},
		{wed, "Prices have risen since January.", "since January", "2024-01-01", wed, CertResolved, GranSpan},
		{wed, "The ban stays until March.", "until March", wed, "2025-03-31", CertResolved, GranSpan},
		{wed, "There will be no prosecution until at least 2027.", "until at least 2027", wed, "2027-12-31", CertResolved, GranSpan},
		{wed, "The fund will run until 2027.", "until 2027", wed, "2027-12-31", CertResolved, GranSpan},

		// durations anchored to publication
		{wed, "Staff have worked remotely for nearly three years.", "for nearly three years", "2021-12-11", wed, CertResolved, GranSpan},
		{wed, "We have been engaging with the union for over a year.", "for over a year", "2023-12-11", wed, CertResolved, GranSpan},
		{wed, "The strike will last for three days.", "for three days", wed, "2024-12-14", CertResolved, GranSpan},
		{wed, "They have lived there for 18 months.", "for 18 months", "2023-06-11", wed, CertResolved, GranSpan},
		{wed, "Numbers have grown in the past three years.", "in the past three years", "2021-12-11", wed, CertResolved, GranSpan},
		{wed, "Crime fell over the last year.", "over the last year", "2023-12-11", wed, CertResolved, GranSpan},
		{wed, "The deal must be signed within two weeks.", "within two weeks", wed, "2024-12-25", CertResolved, GranSpan},
		{wed, "Results will be known in three weeks' time.", "in three weeks' time", wed, "2025-01-01", CertResolved, GranSpan},
		{wed, "The firm collapsed two years ago.", "two years ago", "2022-01-01", "2022-12-31", CertResolved, GranYear},
		{wed, "He left three days ago.", "three days ago", "2024-12-08", "2024-12-08", CertResolved, GranDay},
		{wed, "The plant closed 6 months ago.", "6 months ago", "2024-06-01", "2024-06-30", CertResolved, GranMonth},

		// no publication date: relative expressions stay relative
		{"", "Members will take strike action on Thursday.", "on Thursday", "", "", CertRelative, GranDay},
		{"", "This follows a previous walkout held in November.", "in November", "", "", CertRelative, GranMonth},
		{"", "Action is scheduled to run from Monday through to Thursday.", "from Monday through to Thursday", "", "", CertRelative, GranSpan},
		{"", "Around 700 staff joined a rally on Monday.", "on Monday", "", "", CertRelative, GranDay},
		{"", "Those with operational duties were told from January they would need to attend.", "from January", "", "", CertRelative, GranMonth},
		{"", "We have been talking to the union for over a year.", "for over a year", "", "", CertRelative, GranSpan},
		{"", "Staff are set to walk out this week.", "this week", "", "", CertRelative, GranWeek},
		{"", "Officers police the protests, also at the weekend.", "at the weekend", "", "", CertRelative, GranSpan},

		// an inferred publication date gives inferred dates
		{"i:" + wed, "A report published on Tuesday revealed a shortfall.", "on Tuesday", "2024-12-10", "2024-12-10", CertInferred, GranDay},
		{"i:" + wed, "Since 2021, staff have worked from home.", "Since 2021", "2021-01-01", wed, CertStated, GranSpan},

		// non-dates
		{wed, "Ministers may decide later.", "", "", "", "", ""},
		{wed, "We will march on the capital.", "", "", "", "", ""},
		{wed, "Call 999 in an emergency.", "", "", "", "", ""},
		{wed, "Support rose to 85% among members.", "", "", "", "", ""},
		{wed, "The officer, 37, was injured.", "", "", "", "", ""},
		{wed, "A 37-year-old man was arrested.", "", "", "", "", ""},
		{wed, "The force faces a £450 million gap.", "", "", "", "", ""},
		{wed, "The meeting starts at 10:30.", "", "", "", "", ""},
		{wed, "Staff work three to five days a week.", "", "", "", "", ""},
		{wed, "The repair cost £2024 in total.", "", "", "", "", ""},
		{wed, "She marched with 2000 other people.", "", "", "", "", ""},
		{wed, "We are disappointed.", "", "", "", "", ""},
		{wed, "Theresa May said the plan works.", "", "", "", "", ""},
		{wed, "They march in protest at the cuts.", "", "", "", "", ""},
		{wed, "He was jailed for four years.", "", "", "", "", ""},
		{wed, "The contract runs for ten years.", "", "", "", "", ""},
		{wed, "Read the March report for details.", "", "", "", "", ""},
		{wed, "A three-year-old was found safe.", "", "", "", "", ""},
		{wed, "More than 2,300 officers could go.", "", "", "", "", ""},
		{wed, "Staff must be in the office 60 per cent of the time.", "", "", "", "", ""},
		{wed, "The screen is 2880 pixels by 1800 on the new model.", "", "", "", "", ""},
		{wed, "The old native screen resolution of 1827 x 1050 has been dropped.", "", "", "", "", ""},
		{wed, "It has a resolution of 1024 x 1900 pixels, up from 2000 x 1800.", "", "", "", "", ""},
		{wed, "Buyers of the 1920×1080 model got a discount.", "", "", "", "", ""},
		{wed, "The panels measure 1900x1200 at most.", "", "", "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			got := tagSentence(t, tc.ref, tc.sentence)
			if tc.text == "" {
				if len(got) > 0 {
					t.Fatalf("found %q (%s..%s), want no temporal expression", got[0].Text, fmtDay(got[0].Start), fmtDay(got[0].End))
				}
				return
			}
			if len(got) != 1 {
				var texts []string
				for _, x := range got {
					texts = append(texts, x.Text)
				}
				t.Fatalf("found %q, want exactly %q", texts, tc.text)
			}
			x := got[0]
			if x.Text != tc.text || fmtDay(x.Start) != tc.start || fmtDay(x.End) != tc.end || x.Certainty != tc.cert || x.Granularity != tc.gran {
				t.Errorf("got %q %s..%s %s %s; want %q %s..%s %s %s", x.Text, fmtDay(x.Start), fmtDay(x.End), x.Certainty, x.Granularity,
					tc.text, tc.start, tc.end, tc.cert, tc.gran)
			}
			if tc.sentence[x.Span.Start:x.Span.End] != x.Text {
				t.Errorf("span %v covers %q, want %q", x.Span, tc.sentence[x.Span.Start:x.Span.End], x.Text)
			}
		})
	}
}

// Hostile run-on text is tagged in linear time: one long "sentence" of
// weekdays, months and numbers.
func BenchmarkTagDatesRunOn(b *testing.B) {
	text := strings.Repeat("Monday 11 December since 2021 for three years May 2024 the weekend ", 5000)
	a := &Article{ID: "t", Text: text, Paragraphs: []Span{{0, len(text)}}}
	a.Sentences = SplitSentences(text, a.Paragraphs)
	a.Published, a.PublishedHow = time.Date(2024, 12, 11, 0, 0, 0, 0, time.UTC), PublishedMetadata
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		TagDates(a)
	}
}

// TestTagDatesFromEvents checks times counted from an event the text
// tells: kept as relative expressions, with no date, whether or not the
// article's publication date is known.
func TestTagDatesFromEvents(t *testing.T) {
	for _, ref := range []string{"", "2024-12-11"} {
		for sentence, want := range map[string]string{
			"Parliament votes a day after three bank workers died.": "a day after",
			"The next day, police arrested two men.":                "The next day",
			"Two days later, the strike ended.":                     "Two days later",
			"He was freed 3 days later.":                            "3 days later",
			"Hours later, the fire was out.":                        "Hours later",
			"Prices rose 4% over the next year.":                    "",
		} {
			got := tagSentence(t, ref, sentence)
			if want == "" {
				if len(got) > 0 {
					t.Errorf("%s %q: found %q", ref, sentence, got[0].Text)
				}
				continue
			}
			if len(got) != 1 || got[0].Text != want || got[0].Certainty != CertRelative || !got[0].Start.IsZero() {
				t.Errorf("%s %q: %+v; want %q, relative and undated", ref, sentence, got, want)
			}
		}
	}
}
