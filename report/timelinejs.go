package report

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dateline-news/dateline/corpus"
)

// The TimelineJS JSON format, as documented by Knight Lab
// (timeline.knightlab.com/docs/json-format.html): an object with events
// (slides) and an optional title slide. Only the fields Dateline fills are
// declared; TimelineJS reads text fields as HTML, so they are escaped.

// TimelineJSDate is a TimelineJS date object. Year is required; month, day,
// hour and minute are given only as far as the date is known, which is how
// TimelineJS learns a date's precision.
type TimelineJSDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	Hour        *int   `json:"hour,omitempty"`
	Minute      *int   `json:"minute,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// TimelineJSText is a TimelineJS text object (HTML).
type TimelineJSText struct {
	Headline string `json:"headline,omitempty"`
	Text     string `json:"text,omitempty"`
}

// TimelineJSSlide is a TimelineJS slide: one event as one source tells it.
type TimelineJSSlide struct {
	StartDate   *TimelineJSDate `json:"start_date,omitempty"` // required except on the title slide
	EndDate     *TimelineJSDate `json:"end_date,omitempty"`
	Text        *TimelineJSText `json:"text,omitempty"`
	Group       string          `json:"group,omitempty"`
	DisplayDate string          `json:"display_date,omitempty"`
	UniqueID    string          `json:"unique_id,omitempty"`
}

// TimelineJSTimeline is the whole TimelineJS document.
type TimelineJSTimeline struct {
	Title  *TimelineJSSlide  `json:"title,omitempty"`
	Events []TimelineJSSlide `json:"events"`
}

// TimelineJS writes the story's dated events in TimelineJS's JSON format:
// one slide per event and source, grouped by source (by article when the
// source is unknown), dated to the precision the text supports. Undated
// events have no place on TimelineJS's axis and are counted on the title
// slide.
func TimelineJS(w io.Writer, st *corpus.Story) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false) // the text fields are HTML already, escaped
	if err := enc.Encode(BuildTimelineJS(Build(st))); err != nil {
		return fmt.Errorf("timelinejs: %w", err)
	}
	return nil
}

// BuildTimelineJS turns a briefing's timeline into a TimelineJS document.
func BuildTimelineJS(br *Briefing) TimelineJSTimeline {
	byRef := map[int]Source{}
	for _, s := range br.Articles {
		byRef[s.Ref] = s
	}
	out := TimelineJSTimeline{Events: []TimelineJSSlide{}}
	for _, e := range br.Timeline.Dated {
		// one slide per source, in the order the reports come
		var groups []string
		reports := map[string][]EventReport{}
		for _, r := range e.Reports {
			g := group(byRef, r.Cite)
			if _, ok := reports[g]; !ok {
				groups = append(groups, g)
			}
			reports[g] = append(reports[g], r)
		}
		for i, g := range groups {
			out.Events = append(out.Events, timelineJSSlide(e, g, reports[g], byRef, i))
		}
	}
	undated := 0
	for _, l := range br.Timeline.Undated {
		undated += len(l.Events)
	}
	var text strings.Builder
	fmt.Fprintf(&text, "<p>%s.", html.EscapeString(capitalise(plural(len(br.Articles), "article"))))
	if undated > 0 {
		fmt.Fprintf(&text, " %s without a calendar date not shown.", html.EscapeString(capitalise(plural(undated, "undated event"))))
	}
	text.WriteString("</p>")
	out.Title = &TimelineJSSlide{Text: &TimelineJSText{Headline: html.EscapeString(nameOr(br.Name)), Text: text.String()}}
	return out
}

// group names the TimelineJS group of a cited article: its source, or
// the article itself when the source is unknown.
func group(byRef map[int]Source, c Cite) string {
	s, ok := byRef[c.Ref]
	switch {
	case !ok:
		return c.Article
	case s.Source != "":
		return s.Source
	case s.Title != "":
		return fmt.Sprintf("[%d] %s", s.Ref, shorten(s.Title, 40))
	}
	return fmt.Sprintf("[%d] %s", s.Ref, s.ID)
}

func timelineJSSlide(e Event, g string, reports []EventReport, byRef map[int]Source, n int) TimelineJSSlide {
	p, pe := Precisions(e.start, e.end, e.gran)
	slide := TimelineJSSlide{StartDate: timelineJSDate(e.start, p), Group: g, DisplayDate: e.When,
		UniqueID: fmt.Sprintf("%s-%d", slug(e.ID), n+1)}
	if end := e.end; !end.IsZero() && !sameAt(e.start, end, min(p, pe)) {
		slide.EndDate = timelineJSDate(end, pe)
	}
	var text strings.Builder
	for _, r := range reports {
		title := r.Article
		if s, ok := byRef[r.Ref]; ok && s.Title != "" {
			title = s.Title
		}
		fmt.Fprintf(&text, "<p>“%s” <em>(%s)</em> — [%d] %s</p>", html.EscapeString(r.Sentence),
			html.EscapeString(r.Expression), r.Ref, html.EscapeString(title))
	}
	if note := certaintyNote(e.Certainty); note != "" {
		fmt.Fprintf(&text, "<p><small>Date %s.</small></p>", html.EscapeString(note))
	}
	slide.Text = &TimelineJSText{Headline: html.EscapeString(shorten(e.Summary, 100)), Text: text.String()}
	return slide
}

// timelineJSDate writes t to precision p.
func timelineJSDate(t time.Time, p Precision) *TimelineJSDate {
	d := &TimelineJSDate{Year: t.Year()}
	if p >= PrecMonth {
		d.Month = int(t.Month())
	}
	if p >= PrecDay {
		d.Day = t.Day()
	}
	if p >= PrecTime {
		h, m := t.Hour(), t.Minute()
		d.Hour, d.Minute = &h, &m
	}
	return d
}

// sameAt reports whether a and b are the same at precision p.
func sameAt(a, b time.Time, p Precision) bool {
	switch p {
	case PrecYear:
		return a.Year() == b.Year()
	case PrecMonth:
		return sameMonth(a, b)
	case PrecDay:
		return a.Year() == b.Year() && a.YearDay() == b.YearDay()
	}
	return a.Equal(b)
}

// shorten cuts s to at most n runes at a word boundary, with an ellipsis.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return strings.TrimRight(cut, " ,;:") + "…"
}

// slug makes an id safe for a URL fragment.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "event"
	}
	return b.String()
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return strings.ToUpper(string(r)) + s[n:]
}
