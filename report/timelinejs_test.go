package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

// The fields TimelineJS documents (timeline.knightlab.com/docs/json-format.html)
// for each kind of object.
var timelineJSFields = map[string]map[string]bool{
	"timeline": set("events", "title", "eras", "scale"),
	"slide":    set("start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"),
	"date":     set("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"),
	"text":     set("headline", "text"),
}

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// checkTimelineJS checks a TimelineJS document against the documented
// fields and types, returning the slides.
func checkTimelineJS(t *testing.T, doc []byte) []map[string]any {
	t.Helper()
	var top map[string]any
	if err := json.Unmarshal(doc, &top); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	fields := func(kind string, obj map[string]any) {
		for k := range obj {
			if !timelineJSFields[kind][k] {
				t.Errorf("%s object has undocumented field %q", kind, k)
			}
		}
	}
	fields("timeline", top)
	date := func(where string, v any) {
		d, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s is not a date object: %v", where, v)
			return
		}
		fields("date", d)
		y, ok := d["year"].(float64)
		if !ok || y != float64(int(y)) {
			t.Errorf("%s has no integer year: %v", where, d)
		}
		m, hasM := d["month"].(float64)
		day, hasD := d["day"].(float64)
		if hasD && !hasM {
			t.Errorf("%s has a day but no month: %v", where, d)
		}
		if hasM && (m < 1 || m > 12) {
			t.Errorf("%s month %v", where, m)
		}
		if hasD && time.Date(int(y), time.Month(m), int(day), 0, 0, 0, 0, time.UTC).Day() != int(day) {
			t.Errorf("%s is not a calendar day: %v", where, d)
		}
	}
	text := func(where string, v any) {
		tx, ok := v.(map[string]any)
		if !ok {
			t.Errorf("%s is not a text object: %v", where, v)
			return
		}
		fields("text", tx)
		for k, s := range tx {
			if _, ok := s.(string); !ok {
				t.Errorf("%s.%s is not a string", where, k)
			}
		}
	}
	if title, ok := top["title"].(map[string]any); ok {
		fields("slide", title)
		text("title.text", title["text"])
	}
	events, ok := top["events"].([]any)
	if !ok {
		t.Fatalf("no events list: %v", top["events"])
	}
	var slides []map[string]any
	for i, e := range events {
		s, ok := e.(map[string]any)
		if !ok {
			t.Fatalf("event %d is not an object", i)
		}
		fields("slide", s)
		if _, ok := s["start_date"]; !ok {
			t.Errorf("event %d has no start_date", i)
		}
		date("start_date", s["start_date"])
		if end, ok := s["end_date"]; ok {
			date("end_date", end)
		}
		text("text", s["text"])
		for _, k := range []string{"group", "display_date", "unique_id"} {
			if v, ok := s[k]; ok {
				if _, isString := v.(string); !isString {
					t.Errorf("event %d: %s is not a string", i, k)
				}
			}
		}
		slides = append(slides, s)
	}
	return slides
}

func TestTimelineJSFormat(t *testing.T) {
	checkTimelineJS(t, renderSeeds(t, TimelineJS))
	checkTimelineJS(t, render(t, TimelineJS, emptyStory()))
	slides := checkTimelineJS(t, render(t, TimelineJS, fixtureStory(t)))
	// the fixture's four dated events, the last one told by two sources
	if len(slides) != 5 {
		t.Fatalf("%d slides, want 5", len(slides))
	}
	groups := map[string]bool{}
	byDisplay := map[string]map[string]any{}
	for _, s := range slides {
		groups[s["group"].(string)] = true
		byDisplay[s["display_date"].(string)] = s
	}
	for _, g := range []string{"Riverside Gazette", "The Herald", "[3] post"} {
		if !groups[g] {
			t.Errorf("no group %q in %v", g, groups)
		}
	}
	if len(groups) != 3 {
		t.Errorf("groups %v, want one per source", groups)
	}
	// precision: only the parts of a date the text gives (keys sorted)
	for _, tc := range []struct {
		display  string
		start    string
		end      string // "" for none
		headline string
	}{
		{"since 2019", `{"year":2019}`, "", "Closed twice"},
		{"2–9 Dec 2024", `{"day":2,"month":12,"year":2024}`, `{"day":9,"month":12,"year":2024}`, "Inspections of the bridge"},
		{"Jan 2025", `{"month":1,"year":2025}`, "", "Work on the approach road began"},
		{"3 Mar 2025", `{"day":3,"month":3,"year":2025}`, "", "The bridge closes"},
	} {
		s := byDisplay[tc.display]
		if s == nil {
			t.Errorf("no slide shown as %q", tc.display)
			continue
		}
		if got, _ := json.Marshal(s["start_date"]); string(got) != tc.start {
			t.Errorf("%s: start_date %s, want %s", tc.display, got, tc.start)
		}
		got := ""
		if e, ok := s["end_date"]; ok {
			b, _ := json.Marshal(e)
			got = string(b)
		}
		if got != tc.end {
			t.Errorf("%s: end_date %s, want %s", tc.display, got, tc.end)
		}
		if h := s["text"].(map[string]any)["headline"]; h != tc.headline {
			t.Errorf("%s: headline %v", tc.display, h)
		}
	}
	// the title slide counts what TimelineJS cannot show
	doc := string(render(t, TimelineJS, fixtureStory(t)))
	if !strings.Contains(doc, "1 undated event without a calendar date not shown") {
		t.Errorf("title slide does not count the undated event:\n%s", doc)
	}
}

func TestTimelineJSEscapesText(t *testing.T) {
	st := fixtureStory(t)
	st.Events[0].Summary = `<script>alert(1)</script> & co`
	slides := checkTimelineJS(t, render(t, TimelineJS, st))
	for _, s := range slides {
		if h := s["text"].(map[string]any)["headline"].(string); strings.Contains(h, "<script") {
			t.Errorf("headline not escaped: %s", h)
		}
	}
}
