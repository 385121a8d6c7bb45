package corpus

import (
	"strings"
	"testing"
)

// Direction, clause awareness and the forms found wrong on real news (the
// ECB+ and Wikinews corpora), in sentences written for this test. Each
// case lists every expression expected, as "text=start..end" (or
// "text=start..end~" for an approximate one); want nil means none at all.
// The reference, 2024-12-11, is a Wednesday.
func TestTagDatesDirection(t *testing.T) {
	const wed = "2024-12-11"
	tests := []struct {
		ref, sentence string
		want          []string
	}{
		// infinitival, modal and scheduled futures point forward whatever
		// the sentence's other verbs say
		{wed, "Officials were preparing for the budget to be approved on Friday.", []string{"on Friday=2024-12-13..2024-12-13"}},
		{wed, "The new tariff is to be debated on Monday.", []string{"on Monday=2024-12-16..2024-12-16"}},
		{wed, "Councillors are due to vote on Tuesday.", []string{"on Tuesday=2024-12-17..2024-12-17"}},
		{wed, "The agency is expected to publish its findings on Monday.", []string{"on Monday=2024-12-16..2024-12-16"}},
		{wed, "The airline said it plans to resume flights on Saturday.", []string{"on Saturday=2024-12-14..2024-12-14"}},
		{wed, "The coalition aims to sign the pact by Friday.", []string{"by Friday=2024-12-13..2024-12-13"}},
		{wed, "The target is approval by Thursday; lenders have waited long enough.", []string{"by Thursday=2024-12-12..2024-12-12"}},
		{wed, "The ministry told lawmakers in Rome, urging them to pass the bill by Monday.", []string{"by Monday=2024-12-16..2024-12-16"}},
		{wed, "The board said the tender may be awarded on 2 January.", []string{"on 2 January=2025-01-02..2025-01-02"}},
		{wed, "Ferries might run again at the weekend.", []string{"at the weekend=2024-12-14..2024-12-15"}},
		{wed, "The fund expects the sale to close by the end of January.", []string{"by the end of January=2025-01-21..2025-01-31~"}},
		{wed, "Negotiators were given a January 15 deadline.", []string{"January 15=2025-01-15..2025-01-15"}},
		{wed, "Negotiators missed a December 2 deadline.", []string{"December 2=2024-12-02..2024-12-02"}},
		{wed, "The carrier warned it might run out of cash by March.", []string{"by March=2025-03-01..2025-03-31"}},
		{wed, "The challenge now is to keep the plant open for the next 90 days.", []string{"for the next 90 days=2024-12-11..2025-03-11"}},
		{wed, "Prices rose 4% over the next year, the bank found in a report published in 2023.", []string{"in 2023=2023-01-01..2023-12-31"}},
		{wed, "The bank predicts prices will rise over the next year.", []string{"over the next year=2024-12-11..2025-12-11"}},
		// present tense of a scheduled happening: the coming day
		{wed, "The parliament meets on Thursday to debate the plan.", []string{"on Thursday=2024-12-12..2024-12-12"}},
		{wed, "The museum opens on Monday after a refit.", []string{"on Monday=2024-12-16..2024-12-16"}},
		{wed, "The final is on Sunday.", []string{"on Sunday=2024-12-15..2024-12-15"}},
		{wed, "Talks resume on Friday in Geneva.", []string{"on Friday=2024-12-13..2024-12-13"}},
		{wed, "Hospital staff are holding a rally on Saturday.", []string{"on Saturday=2024-12-14..2024-12-14"}},
		{wed, "Traders expect losses when markets reopen Tuesday.", []string{"Tuesday=2024-12-17..2024-12-17"}},
		// a reporting verb in the present names the day it was said
		{wed, "The mayor says Monday that the roads are safe.", []string{"Monday=2024-12-09..2024-12-09"}},
		// reported speech: "would" points forward from publication; "had" back
		{wed, "Dockers said they would strike on Friday.", []string{"on Friday=2024-12-13..2024-12-13"}},
		{wed, "She said the ship had docked on Monday.", []string{"on Monday=2024-12-09..2024-12-09"}},
		{wed, "The strike may have started on Monday.", []string{"on Monday=2024-12-09..2024-12-09"}},
		// the clause's own verb decides, not the nearest tense word
		{wed, "Union leaders, who will meet ministers next month, walked out on Monday.", []string{"next month=2025-01-01..2025-01-31", "on Monday=2024-12-09..2024-12-09"}},
		{wed, "The driver who was arrested on Sunday is due to appear in court on Friday.", []string{"on Sunday=2024-12-08..2024-12-08", "on Friday=2024-12-13..2024-12-13"}},
		{wed, "On Saturday, the crew -- which is based in Leeds -- had finished filming.", []string{"On Saturday=2024-12-07..2024-12-07"}},
		{wed, "Police, forcing the crowd to disperse on Sunday, used tear gas.", []string{"on Sunday=2024-12-08..2024-12-08"}},
		{wed, "Shares fell after the company was forced to suspend trading on Tuesday.", []string{"on Tuesday=2024-12-10..2024-12-10"}},
		{wed, "The man, who is accused of stabbing a guard on Sunday, was held.", []string{"on Sunday=2024-12-08..2024-12-08"}},
		{wed, "Due to the storm on Monday, the ferry sailed late.", []string{"on Monday=2024-12-09..2024-12-09"}},
		{wed, "The striker agreed to a three-year deal with the club on Saturday.", []string{"on Saturday=2024-12-07..2024-12-07"}},
		{wed, "The two sides agreed to meet again on Saturday.", []string{"on Saturday=2024-12-14..2024-12-14"}},
		// the publication's own weekday is the publication day, either way;
		// "last" and "next" move a week
		{wed, "The minister will speak on Wednesday.", []string{"on Wednesday=2024-12-11..2024-12-11"}},
		{wed, "The minister spoke on Wednesday.", []string{"on Wednesday=2024-12-11..2024-12-11"}},
		{wed, "Wednesday, three people died in a fire at a depot.", []string{"Wednesday=2024-12-11..2024-12-11"}},
		{wed, "Talks ended last Wednesday.", []string{"last Wednesday=2024-12-04..2024-12-04"}},
		{wed, "Talks resume next Wednesday.", []string{"next Wednesday=2024-12-18..2024-12-18"}},
		// "today" as "nowadays" is no day
		{wed, "Today's youth read less news than their parents did.", nil},
		{wed, "Few institutions matter more in the world today.", nil},
		{wed, "Dealers struggle in today's economy.", nil},
		{wed, "Engineers are designing the cars of tomorrow.", nil},
		{wed, "Cyber attacks are one of the biggest threats facing banks today.", nil},
		{wed, "As of today, the office is closed.", []string{"today=2024-12-11..2024-12-11"}},
		{wed, "Today's vote was delayed by an hour.", []string{"Today=2024-12-11..2024-12-11"}},
		{wed, "She checked in today.", []string{"today=2024-12-11..2024-12-11"}},
		// rough "ago": an approximate span
		{wed, "The mill closed three decades ago.", []string{"three decades ago=1989-01-01..1998-12-31~"}},
		{wed, "A few years ago the town had no bus.", []string{"A few years ago=2019-01-01..2022-12-31~"}},
		{wed, "He moved in several months ago.", []string{"several months ago=2024-07-01..2024-10-31~"}},
		{wed, "Two years ago the bridge fell.", []string{"Two years ago=2022-01-01..2022-12-31~"}},
		// names with a weekday or a month are no dates; holidays are days
		{wed, "The Sunday Times reported the leak.", nil},
		{wed, "The report ran in the Sunday Telegraph.", nil},
		{wed, "Markets crashed on Black Monday in 1987.", []string{"in 1987=1987-01-01..1987-12-31"}},
		{wed, "Candidates campaigned hard ahead of Super Tuesday.", nil},
		{wed, "Saturday Night Live mocked the senator.", nil},
		{wed, "Fans partied on Saturday night.", []string{"on Saturday night=2024-12-07..2024-12-07"}},
		{wed, "Shoppers queued for Black Friday deals.", []string{"Black Friday=2024-11-29..2024-11-29"}},
		{wed, "Churches will be full on Good Friday.", []string{"on Good Friday=2025-04-18..2025-04-18"}},
		{wed, "Workers marched on May Day.", []string{"on May Day=2024-05-01..2024-05-01"}},
		{wed, "Shops opened on Boxing Day 2023.", []string{"on Boxing Day 2023=2023-12-26..2023-12-26"}},
		{wed, "Families will gather on Christmas Eve.", []string{"on Christmas Eve=2024-12-24..2024-12-24"}},
		{wed, "The club hopes to sign him by Christmas.", []string{"by Christmas=2024-12-25..2024-12-25"}},
		{wed, "Shoppers crowded around the Christmas tree.", nil},
		{wed, "Police prepared for the March 15 protest.", []string{"March 15=2024-03-15..2024-03-15"}},
		// months with a relative year, open ranges, streaks and superlatives
		{wed, "The firm bought the stake in April of last year.", []string{"in April of last year=2023-04-01..2023-04-30"}},
		{wed, "The terminal will open in January next year.", []string{"in January next year=2025-01-01..2025-01-31"}},
		{wed, "The index hit a high in September last year.", []string{"in September last year=2023-09-01..2023-09-30"}},
		{wed, "Savings are planned through 2026.", []string{"through 2026=2024-12-11..2026-12-31"}},
		{wed, "The ban stayed in force until March.", []string{"until March=2024-03-01..2024-03-31"}},
		{wed, "She was barred from working until April 2023.", []string{"until April 2023=2023-04-01..2023-04-30"}},
		{wed, "Owners of the Model 3 until June 30 pay no fee.", []string{"until June 30=2024-12-11..2025-06-30"}},
		{wed, "The Dow rose for five weeks in a row.", nil},
		{wed, "Exports hit their lowest level in six years.", []string{"in six years=2018-12-11..2024-12-11"}},
		{wed, "Rates will be reviewed in six months.", []string{"in six months=2024-12-11..2025-06-11"}},
		{wed, "Within a month of the launch, sales doubled.", nil},
		{wed, "The index last rose this fast between September and October of 2007.", []string{"between September and October of 2007=2007-09-01..2007-10-31"}},
		{wed, "In the late 1980's the firm added a recording studio.", []string{"late 1980's=1986-01-01..1989-12-31~"}},
		{wed, "Vinyl sales collapsed in the 1990s.", []string{"1990s=1990-01-01..1999-12-31"}},
		{wed, "Tickets cost £1990s in the auction.", nil},
		{wed, "The suit claims a breach of the 1991 agreement.", []string{"1991=1991-01-01..1991-12-31"}},
		{wed, "The loss was 7% of GM's 2008 revenue.", []string{"2008=2008-01-01..2008-12-31"}},
		{wed, "The hall seats the 2000 delegates.", nil},
		{wed, "Its 1900 employees were told.", nil},
		// durations run up to publication only in a present perfect
		{wed, "He had worked at the bank for 25 years.", nil},
		{wed, "The strike lasted for three days.", nil},
		{wed, "She has worked at the plant for 15 years.", []string{"for 15 years=2009-12-11..2024-12-11"}},
		{wed, "The technician's been at the plant for 37 years.", []string{"for 37 years=1987-12-11..2024-12-11"}},
		// arranged happenings, future perfect, adverbs inside a passive
		{wed, "A January 9 hearing has been scheduled in the bankruptcy court.", []string{"January 9=2025-01-09..2025-01-09"}},
		{wed, "The vote was postponed until Friday.", []string{"until Friday=2024-12-11..2024-12-13"}},
		{"2024-06-12", "Analysts said a million phones will have been sold by the end of the quarter, which ends on June 26.", []string{"on June 26=2024-06-26..2024-06-26"}},
		{"2024-06-12", "Analysts said a million phones will have been sold by June 26.", []string{"by June 26=2024-06-26..2024-06-26"}},
		{wed, "The lab said its report will have been published by Friday.", []string{"by Friday=2024-12-13..2024-12-13"}},
		// present tense with a calendar date: the nearest such date
		{"2013-10-02", "On October 1 the capital hosts a seminar on elections.", []string{"On October 1=2013-10-01..2013-10-01"}},
		// an attributive weekday takes no tense from a copula
		{wed, "That man is now the main suspect in the Friday afternoon shooting.", []string{"Friday afternoon=2024-12-06..2024-12-06"}},
		// a relative clause's modal does not date the clause around it
		{wed, "Police found a box that would hold a rifle outside the flat Monday evening.", []string{"Monday evening=2024-12-09..2024-12-09"}},
		// "am" after a clock time is no verb
		{wed, "The driver was stopped at 1:00 am Sunday on the ring road.", []string{"Sunday=2024-12-08..2024-12-08"}},
		// a plan that lapsed, contractions
		{wed, "A second witness had expected to testify on Thursday.", []string{"on Thursday=2024-12-05..2024-12-05"}},
		{wed, "The studio didn't open talks until three weeks before the film's March 23 release.", []string{"three weeks before=..", "March 23=2024-03-23..2024-03-23"}},
		{wed, "In May, thieves stole jewels that were due to be shown at a festival.", []string{"In May=2024-05-01..2024-05-31"}},
		{wed, "She was planning to marry on Valentine's Day in 2012.", []string{"on Valentine's Day in 2012=2012-02-14..2012-02-14"}},
		{wed, "It was the worst Patch Tuesday in years.", nil},
		{"2013-04-24", "They did say that after April 29 business customers will be able to register.", []string{"April 29=2013-04-29..2013-04-29"}},
		{"2013-09-17", "It is possible the team will deliver a so-called \"out-of-band\" update before Oct. 9.", []string{"Oct. 9=2013-10-09..2013-10-09"}},
		{wed, "He said that on Monday the talks collapsed.", []string{"on Monday=2024-12-09..2024-12-09"}},
		{wed, "The loss could grow before it is officially reported to regulators in March.", []string{"in March=2025-03-01..2025-03-31"}},
		{wed, "The new engine is 20% more efficient than the jets in service today.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			var got []string
			for _, x := range tagSentence(t, tc.ref, tc.sentence) {
				s := x.Text + "=" + fmtDay(x.Start) + ".." + fmtDay(x.End)
				if x.Approximate {
					s += "~"
				}
				got = append(got, s)
				if tc.sentence[x.Span.Start:x.Span.End] != x.Text {
					t.Errorf("span %v covers %q, want %q", x.Span, tc.sentence[x.Span.Start:x.Span.End], x.Text)
				}
			}
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

// Easter and the days fixed by it, checked against published calendars.
func TestEaster(t *testing.T) {
	tests := []struct{ y, m, d int }{
		{2000, 4, 23}, {2008, 3, 23}, {2010, 4, 4}, {2019, 4, 21}, {2024, 3, 31}, {2025, 4, 20}, {2038, 4, 25},
	}
	for _, tc := range tests {
		if m, d := easter(tc.y); m != tc.m || d != tc.d {
			t.Errorf("easter(%d) = %d-%d, want %d-%d", tc.y, m, d, tc.m, tc.d)
		}
	}
	if m, d := thanksgivingPlus(0)(2024); m != 11 || d != 28 {
		t.Errorf("Thanksgiving 2024 = %d-%d, want 11-28", m, d)
	}
	if m, d := nthWeekday(5, 1, -1)(2024); m != 5 || d != 27 {
		t.Errorf("Memorial Day 2024 = %d-%d, want 5-27", m, d)
	}
}
