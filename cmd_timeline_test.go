package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// timelineDoc is what `timeline --json` prints, read back.
type timelineDoc struct {
	Schema   int `json:"schema"`
	Articles []struct {
		ID                 string  `json:"id"`
		Published          *string `json:"published"`
		PublishedCertainty *string `json:"published_certainty"`
		PublishedReason    *string `json:"published_reason"`
	} `json:"articles"`
	Events []struct {
		ID          string   `json:"id"`
		Start       *string  `json:"start"`
		End         *string  `json:"end"`
		Granularity string   `json:"granularity"`
		Certainty   string   `json:"certainty"`
		Summary     string   `json:"summary"`
		Actors      []string `json:"actors"`
		Reports     []struct {
			Article       string `json:"article"`
			Sentence      string `json:"sentence"`
			SentenceIndex int    `json:"sentence_index"`
			Expression    string `json:"expression"`
		} `json:"reports"`
	} `json:"events"`
	Expressions []struct {
		Article       string  `json:"article"`
		Text          string  `json:"text"`
		Start         *string `json:"start"`
		End           *string `json:"end"`
		Certainty     string  `json:"certainty"`
		Approximate   *bool   `json:"approximate"`
		Sentence      string  `json:"sentence"`
		SentenceIndex int     `json:"sentence_index"`
	} `json:"expressions"`
}

func timelineJSONOf(t *testing.T, args ...string) timelineDoc {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"timeline", "--json"}, args...)...)
	if code != exitOK {
		t.Fatalf("timeline --json %v: exit %d: %s", args, code, errs)
	}
	var doc timelineDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("timeline --json: %v\n%s", err, out)
	}
	return doc
}

// On the seeds: only 003 states its date; 002 shares quotes with it and
// gets it as inferred; 001 and 004 have no evidence and stay unknown, so
// none of their relative expressions gets a date.
func TestTimelineSeeds(t *testing.T) {
	doc := timelineJSONOf(t)
	if doc.Schema != 1 {
		t.Fatalf("schema %d", doc.Schema)
	}
	pub := map[string]string{}
	for _, a := range doc.Articles {
		p := "unknown"
		if a.Published != nil {
			p = (*a.Published)[:10] + " " + *a.PublishedCertainty
		}
		pub[a.ID[:3]] = p
	}
	want := map[string]string{"001": "unknown", "002": "2024-12-11 inferred", "003": "2024-12-11 stated", "004": "unknown"}
	for id, w := range want {
		if pub[id] != w {
			t.Errorf("article %s published %q, want %q", id, pub[id], w)
		}
	}
	for _, x := range doc.Expressions {
		undated := strings.HasPrefix(x.Article, "001") || strings.HasPrefix(x.Article, "004")
		if undated && (x.Certainty == "resolved" || x.Certainty == "inferred") {
			t.Errorf("%s %q is %s without a publication date", x.Article, x.Text, x.Certainty)
		}
		if (x.Start == nil) != (x.Certainty == "relative") {
			t.Errorf("%s %q: start %v with certainty %s", x.Article, x.Text, x.Start, x.Certainty)
		}
	}
	found := map[string]bool{}
	for _, e := range doc.Events {
		if len(e.Reports) == 0 || e.Summary == "" || e.Actors == nil {
			t.Errorf("event %s: %d reports, summary %q, actors %v", e.ID, len(e.Reports), e.Summary, e.Actors)
		}
		for _, r := range e.Reports {
			if e.Start != nil {
				found[r.Article[:3]+" "+r.Expression+" "+*e.Start] = true
			} else {
				found[r.Article[:3]+" "+r.Expression] = true
			}
		}
	}
	for _, w := range []string{"002 Since 2021 2021-01-01", "004 Since 2021 2021-01-01", "002 on Tuesday 2024-12-10",
		"003 11 December 2024, 22:39 2024-12-11", "001 on Thursday", "001 from Monday through to Thursday", "004 in December"} {
		if !found[w] {
			t.Errorf("no report %q among %v", w, found)
		}
	}
}

func TestTimelineFilters(t *testing.T) {
	all := timelineJSONOf(t)
	since := timelineJSONOf(t, "--since", "2024-12-10")
	for _, e := range since.Events {
		if e.Start == nil || (e.End != nil && *e.End < "2024-12-10") {
			t.Errorf("--since 2024-12-10 kept event %s %v..%v", e.ID, e.Start, e.End)
		}
	}
	if len(since.Events) == 0 || len(since.Events) >= len(all.Events) {
		t.Errorf("--since kept %d of %d events", len(since.Events), len(all.Events))
	}
	until := timelineJSONOf(t, "--until", "2021")
	for _, e := range until.Events {
		if e.Start == nil || *e.Start > "2021-12-31" {
			t.Errorf("--until 2021 kept event %s starting %v", e.ID, e.Start)
		}
	}
	actor := timelineJSONOf(t, "--actor", "Scotland Yard")
	if len(actor.Events) == 0 {
		t.Fatalf("--actor 'Scotland Yard' kept no events")
	}
	for _, e := range actor.Events {
		if !strings.Contains(strings.Join(e.Actors, " "), "met") {
			t.Errorf("--actor kept event %s with actors %v", e.ID, e.Actors)
		}
	}
	for _, args := range [][]string{{"--actor", "Nobody At All"}, {"--since", "yesterday"}, {"--since", "2025", "--until", "2024"}} {
		code, out, errs := runCLI(t, append([]string{"timeline"}, args...)...)
		if code != exitUsage || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("timeline %v: exit %d, stdout %q, stderr %q; want exit %d and one line", args, code, out, errs, exitUsage)
		}
	}
}

// The plain-text timeline is readable and free of control characters,
// even when an article carries them.
func TestTimelineText(t *testing.T) {
	dir := t.TempDir()
	body := "Storm hits coast\n\nThe storm \x1b[2Jclosed three schools on Tuesday.\n\nRepairs will start next week.\n"
	if err := os.WriteFile(filepath.Join(dir, "storm.txt"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, "timeline", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if strings.ContainsAny(out, "\x1b\x00\r") {
		t.Errorf("output carries control characters: %q", out)
	}
	for _, w := range []string{"Undated", "on Tuesday", "next week", "closed three schools"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	code, out, _ = runCLI(t, "timeline")
	if code != exitOK || !strings.Contains(out, "2024-12-11") || !strings.Contains(out, "inferred") {
		t.Errorf("seeds timeline: exit %d\n%s", code, out)
	}
}

// Every expression and report leads back to its sentence's text.
func TestTimelineJSONSentences(t *testing.T) {
	doc := timelineJSONOf(t)
	for _, x := range doc.Expressions {
		if x.SentenceIndex >= 0 && !strings.Contains(x.Sentence, x.Text) {
			t.Errorf("expression %q: sentence %q does not contain it", x.Text, x.Sentence)
		}
	}
	for _, e := range doc.Events {
		for _, r := range e.Reports {
			if r.SentenceIndex >= 0 && r.Sentence == "" {
				t.Errorf("event %s: report in %s has no sentence text", e.ID, r.Article)
			}
		}
	}
}

// Rough times are marked approximate in the JSON; exact ones are not, and
// a date governed by a plan points forward from publication.
func TestTimelineJSONApproximate(t *testing.T) {
	dir := t.TempDir()
	line := `{"id":"mill","published":"2010-05-05","text":"Mill to close\n\nThe mill opened three decades ago. ` +
		`Workers have protested for nearly three years. The closure was agreed in 2009. ` +
		`The final vote is to be held on Thursday."}` + "\n"
	if err := os.WriteFile(filepath.Join(dir, "mill.jsonl"), []byte(line), 0o644); err != nil {
		t.Fatal(err)
	}
	doc := timelineJSONOf(t, dir)
	want := map[string]string{
		"three decades ago":      "1975-01-01..1984-12-31 true",
		"for nearly three years": "2007-05-05..2010-05-05 true",
		"in 2009":                "2009-01-01..2009-12-31 false",
		"on Thursday":            "2010-05-06..2010-05-06 false",
	}
	got := map[string]string{}
	for _, x := range doc.Expressions {
		if x.Approximate == nil || x.Start == nil || x.End == nil {
			t.Fatalf("expression %q lacks approximate, start or end: %+v", x.Text, x)
		}
		got[x.Text] = fmt.Sprintf("%s..%s %v", *x.Start, *x.End, *x.Approximate)
	}
	for text, w := range want {
		if got[text] != w {
			t.Errorf("%q: got %q, want %q (all: %v)", text, got[text], w, got)
		}
	}
}
