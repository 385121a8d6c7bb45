package corpus

// Named days: holidays that fix a calendar day ("Good Friday", "Christmas
// Day", "May Day") are dates, resolved like a date without its year; names
// that only contain a weekday ("the Sunday Times", "Black Monday", "Super
// Tuesday") are not dates at all.

import "time"

// holiday is one named day: the words that name it and its day in a year.
type holiday struct {
	words []string // lower case, as tokens ("new", "year", "'", "s", "day" is written "new year's day")
	day   func(y int) (m, d int)
	limit bool // only as a limit, after by/before/after/until/since: "sign by Christmas"
}

// limitPreps make a lone holiday name a day: "by Christmas", "before
// Christmas" (but "the Christmas season", "a Christmas tree" are not).
var limitPreps = map[string]bool{"by": true, "before": true, "after": true, "until": true, "till": true, "since": true}

// easter returns the month and day of Western Easter Sunday in year y
// (the anonymous Gregorian algorithm).
func easter(y int) (int, int) {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return month, day
}

// fromEaster is the day n days after Easter Sunday of year y.
func fromEaster(n int) func(int) (int, int) {
	return func(y int) (int, int) {
		m, d := easter(y)
		t := calDay(y, m, d).AddDate(0, 0, n)
		return int(t.Month()), t.Day()
	}
}

// nthWeekday is the n-th given weekday of a month (n < 0: the last).
func nthWeekday(month int, wd time.Weekday, n int) func(int) (int, int) {
	return func(y int) (int, int) {
		if n < 0 {
			t := calDay(y, month+1, 0)
			for t.Weekday() != wd {
				t = t.AddDate(0, 0, -1)
			}
			return month, t.Day()
		}
		t := calDay(y, month, 1)
		for t.Weekday() != wd {
			t = t.AddDate(0, 0, 1)
		}
		return month, t.AddDate(0, 0, 7*(n-1)).Day()
	}
}

// fixedDay is the same calendar day every year.
func fixedDay(m, d int) func(int) (int, int) {
	return func(int) (int, int) { return m, d }
}

// thanksgivingPlus is n days after US Thanksgiving (the fourth Thursday
// of November): Black Friday, Cyber Monday.
func thanksgivingPlus(n int) func(int) (int, int) {
	return func(y int) (int, int) {
		_, d := nthWeekday(11, time.Thursday, 4)(y)
		t := calDay(y, 11, d).AddDate(0, 0, n)
		return int(t.Month()), t.Day()
	}
}

// holidays are the named days Dateline places on the calendar. The word
// lists are matched on lower-case tokens, each word capitalised in the
// text.
var holidays = []holiday{
	{[]string{"good", "friday"}, fromEaster(-2), false},
	{[]string{"easter", "sunday"}, fromEaster(0), false},
	{[]string{"easter", "monday"}, fromEaster(1), false},
	{[]string{"easter", "saturday"}, fromEaster(-1), false},
	{[]string{"holy", "saturday"}, fromEaster(-1), false},
	{[]string{"maundy", "thursday"}, fromEaster(-3), false},
	{[]string{"holy", "thursday"}, fromEaster(-3), false},
	{[]string{"palm", "sunday"}, fromEaster(-7), false},
	{[]string{"ash", "wednesday"}, fromEaster(-46), false},
	{[]string{"shrove", "tuesday"}, fromEaster(-47), false},
	{[]string{"fat", "tuesday"}, fromEaster(-47), false},
	{[]string{"black", "friday"}, thanksgivingPlus(1), false},
	{[]string{"cyber", "monday"}, thanksgivingPlus(4), false},
	{[]string{"thanksgiving", "day"}, nthWeekday(11, time.Thursday, 4), false},
	{[]string{"labor", "day"}, nthWeekday(9, time.Monday, 1), false},
	{[]string{"memorial", "day"}, nthWeekday(5, time.Monday, -1), false},
	{[]string{"may", "day"}, fixedDay(5, 1), false},
	{[]string{"christmas", "day"}, fixedDay(12, 25), false},
	{[]string{"christmas", "eve"}, fixedDay(12, 24), false},
	{[]string{"boxing", "day"}, fixedDay(12, 26), false},
	{[]string{"new", "year", "s", "day"}, fixedDay(1, 1), false},
	{[]string{"new", "year", "s", "eve"}, fixedDay(12, 31), false},
	{[]string{"valentine", "s", "day"}, fixedDay(2, 14), false},
	{[]string{"christmas"}, fixedDay(12, 25), true},
	{[]string{"easter"}, fromEaster(0), true},
}

// weekdayNames are words that, capitalised before a weekday, make a name
// that is no date: "Black Monday" (a crash), "Super Tuesday" (a different
// day every election year), "Bloody Sunday".
var weekdayNames = map[string]bool{
	"black": true, "bloody": true, "super": true, "blue": true, "manic": true, "casual": true, "giving": true,
	"freaky": true, "red": true, "white": true, "tragic": true, "terrible": true, "mad": true, "spy": true,
	"low": true, "cyber": true, "good": true, "easter": true, "holy": true, "palm": true, "ash": true,
	"maundy": true, "shrove": true, "fat": true, "great": true, "glorious": true, "patch": true,
}

// weekdayTitles are capitalised words that, after a weekday, make a title:
// "the Sunday Times", "Saturday Night Live", "Monday Night Football".
var weekdayTitles = map[string]bool{
	"times": true, "telegraph": true, "mirror": true, "express": true, "people": true, "post": true,
	"herald": true, "mail": true, "independent": true, "sport": true, "star": true, "tribune": true,
	"record": true, "sun": true, "journal": true, "chronicle": true, "news": true, "magazine": true,
	"review": true, "observer": true, "business": true, "age": true, "edition": true, "school": true,
	"service": true, "mass": true, "club": true, "league": true, "show": true, "live": true, "football": true,
	"lights": true, "night": true, "morning": true, "supplement": true, "paper": true,
}

// weekdayName reports whether the capitalised weekday at token i is part
// of a name rather than a date.
func (s *dateScanner) weekdayName(i int) bool {
	if i > 0 && s.toks[i-1].kind == tokWord && s.toks[i-1].cap && weekdayNames[s.toks[i-1].low] {
		return true
	}
	n := i + 1
	if n < len(s.toks) && s.toks[n].kind == tokWord && s.toks[n].cap && weekdayTitles[s.toks[n].low] {
		// "Sunday Night" is a day part unless a title follows: "Saturday Night Live"
		if s.toks[n].low == "night" || s.toks[n].low == "morning" {
			return n+1 < len(s.toks) && s.toks[n+1].kind == tokWord && s.toks[n+1].cap && weekdayTitles[s.toks[n+1].low]
		}
		return true
	}
	return false
}

// holidayAt reads a named day at token i: every word capitalised (the
// possessive "s" aside), apostrophes between them skipped. It returns the
// index after it.
func (s *dateScanner) holidayAt(i int) (int, int, bool) {
	for hi, h := range holidays {
		j := i
		ok := true
		for wi, w := range h.words {
			if w == "s" {
				if !(s.punct(j, "'") || s.punct(j, "’")) || s.word(j+1) != "s" {
					ok = false
					break
				}
				j += 2
				continue
			}
			if s.word(j) != w || !s.toks[j].cap && (wi == 0 || w != "day" && w != "eve") {
				ok = false
				break
			}
			j++
		}
		if ok && (!h.limit || limitPreps[s.word(i-1)]) {
			return j, hi, true
		}
	}
	return i, 0, false
}

// holidayDay places holiday h in the year the tense picks: the latest on
// or before publication when the sentence points back, the first on or
// after it when it points forward, else the nearest (ties go back).
func holidayDay(h int, y int, ref time.Time, dir dateTense) time.Time {
	at := func(y int) time.Time {
		m, d := holidays[h].day(y)
		return calDay(y, m, d)
	}
	if y != 0 {
		return at(y)
	}
	y = ref.Year()
	prev, cur, next := at(y-1), at(y), at(y+1)
	before, after := cur, cur // latest on or before ref, first on or after it
	if cur.After(ref) {
		before = prev
	}
	if cur.Before(ref) {
		after = next
	}
	switch dir {
	case tensePast:
		return before
	case tenseFuture, tensePresent:
		return after
	}
	if after.Sub(ref) < ref.Sub(before) {
		return after
	}
	return before
}
