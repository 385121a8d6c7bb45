package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// searchOut is the part of search --json the tests read.
type searchOut struct {
	Schema int     `json:"schema"`
	Total  int     `json:"total"`
	TookMS float64 `json:"took_ms"`
	Hits   []struct {
		Article   string   `json:"article"`
		Sentence  int      `json:"sentence"`
		Score     float64  `json:"score"`
		Text      string   `json:"text"`
		Fragments []string `json:"fragments"`
		Actors    []string `json:"actors"`
		Date      *string  `json:"date"`
	} `json:"hits"`
	Facets struct {
		Actors  map[string]int `json:"actors"`
		Sources map[string]int `json:"sources"`
		Months  map[string]int `json:"months"`
	} `json:"facets"`
}

func searchJSONRun(t *testing.T, args ...string) searchOut {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"search", "--json"}, args...)...)
	if code != exitOK {
		t.Fatalf("search %v: exit %d: %s", args, code, errs)
	}
	var r searchOut
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("search %v: %v\n%s", args, err, out)
	}
	if r.Schema != 1 {
		t.Errorf("schema %d", r.Schema)
	}
	return r
}

// articlePrefixes returns the set of seed article numbers ("001") hit.
func articlePrefixes(r searchOut) map[string]bool {
	out := map[string]bool{}
	for _, h := range r.Hits {
		out[h.Article[:3]] = true
	}
	return out
}

func TestSearchSeeds(t *testing.T) {
	t.Run("budget", func(t *testing.T) {
		r := searchJSONRun(t, "budget")
		got := articlePrefixes(r)
		for _, a := range []string{"001", "002", "004"} {
			if !got[a] {
				t.Errorf("no hit in %s: %v", a, got)
			}
		}
		if got["003"] {
			t.Errorf("hit in 003, which never says budget: %v", got)
		}
		for _, h := range r.Hits {
			if len(h.Fragments) == 0 || !strings.Contains(h.Fragments[0], "<mark>budget</mark>") {
				t.Errorf("%s#%d: fragments %q", h.Article, h.Sentence, h.Fragments)
			}
		}
		if r.Total != len(r.Hits) || r.TookMS <= 0 {
			t.Errorf("total %d for %d hits, took %v ms", r.Total, len(r.Hits), r.TookMS)
		}
	})
	t.Run("actor alias MOPAC", func(t *testing.T) {
		r := searchJSONRun(t, "--actor", "MOPAC", "budget")
		if got := articlePrefixes(r); len(got) != 1 || !got["001"] {
			t.Errorf("articles %v, want only 001", got)
		}
	})
	t.Run("actor alias Scotland Yard", func(t *testing.T) {
		r := searchJSONRun(t, "--actor", "Scotland Yard", "")
		if r.Total == 0 {
			t.Fatal("no sentences of the Met")
		}
		for _, h := range r.Hits {
			if !containsString(h.Actors, "metropolitan-police") {
				t.Errorf("%s#%d does not name the Met: %v", h.Article, h.Sentence, h.Actors)
			}
		}
		if r.Facets.Actors["metropolitan-police"] != r.Total {
			t.Errorf("actor facet %v, total %d", r.Facets.Actors, r.Total)
		}
	})
	t.Run("misspelt name", func(t *testing.T) {
		r := searchJSONRun(t, "Heathcot~")
		if r.Total == 0 || !strings.Contains(r.Hits[0].Text, "Heathcote") {
			t.Errorf("Heathcot~ found %+v", r.Hits)
		}
	})
	t.Run("date range", func(t *testing.T) {
		all := searchJSONRun(t, "strike")
		r := searchJSONRun(t, "--since", "2024-12", "--until", "2024-12", "strike")
		if r.Total == 0 || r.Total >= all.Total {
			t.Errorf("December strikes %d of %d", r.Total, all.Total)
		}
		for _, h := range r.Hits {
			if h.Date == nil || !strings.HasPrefix(*h.Date, "2024-12") {
				t.Errorf("%s#%d dated %v", h.Article, h.Sentence, deref(h.Date))
			}
		}
	})
	t.Run("limit", func(t *testing.T) {
		r := searchJSONRun(t, "--limit", "2", "strike")
		if len(r.Hits) != 2 || r.Total <= 2 {
			t.Errorf("%d hits of %d", len(r.Hits), r.Total)
		}
	})
}

func TestSearchText(t *testing.T) {
	code, out, errs := runCLI(t, "search", "budget")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "[budget]") || !strings.Contains(out, "sentences") || strings.Contains(out, "<mark>") {
		t.Errorf("text output:\n%s", out)
	}
}

func TestSearchUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"search"}, "missing QUERY"},
		{[]string{"search", `"unclosed`}, "unclosed"},
		{[]string{"search", "--actor", "Nobody At All", "budget"}, "Nobody At All"},
		{[]string{"search", "--since", "yesterday", "budget"}, "yesterday"},
		{[]string{"search", "--limit", "0", "budget"}, "--limit"},
		{[]string{"search", "budget", "/no/such/corpus"}, "dateline: /no/such/corpus: no such file"},
		{[]string{"search", "--since", "2024-12-31", "--until", "2024-12-01", "budget"}, "--until 2024-12-01 is before --since 2024-12-31"},
		{[]string{"search", "--source", "Nowhere Gazette", "budget"}, `--source "Nowhere Gazette": no article is from that source (no article names its source)`},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, tt.args...)
		if code != exitUsage || out != "" || !strings.Contains(errs, tt.msg) || strings.Count(strings.TrimSpace(errs), "\n") != 0 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want status 2 and one line naming %q", tt.args, code, out, errs, tt.msg)
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return "null"
	}
	return *s
}

// --source takes a source in any case; one that no article is from is a
// usage error that lists the sources there are.
func TestSearchSource(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, map[string]string{
		"a.json": `{"id": "a", "title": "Harbour wall", "source": "Harbour Times", "published": "2023-03-03", "text": "Repairs to the harbour wall began."}`,
		"b.json": `{"id": "b", "title": "Harbour ferry", "source": "Coast Post", "published": "2023-03-05", "text": "The harbour ferry runs again."}`,
	})
	r := searchJSONRun(t, "--source", "harbour TIMES", "harbour", dir)
	if r.Total != 1 || r.Hits[0].Article != "a" {
		t.Errorf("--source harbour TIMES: %+v", r.Hits)
	}
	code, _, errs := runCLI(t, "search", "--source", "Daily Bugle", "harbour", dir)
	if code != exitUsage || !strings.Contains(errs, "sources: Coast Post, Harbour Times") {
		t.Errorf("unknown source: exit %d, stderr %q", code, errs)
	}
}
