package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process and returns its exit status and
// output.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(&env{stdout: &out, stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func TestCLIUsageErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		msg  string
	}{
		{[]string{"articles", "--no-such-flag"}, "no-such-flag"},
		{[]string{"articles", "/no/such/path"}, "/no/such/path"},
		{[]string{"timeline", "--bogus"}, "bogus"},
		{[]string{"figures", "/no/such/dir", "--json"}, "/no/such/dir"},
		{[]string{"actors", "--json", "--nope"}, "nope"},
		{[]string{"search", "--wat"}, "wat"},
		{[]string{"--frobnicate"}, "frobnicate"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != exitUsage {
			t.Errorf("%v: exit %d, want %d", tc.args, code, exitUsage)
		}
		if out != "" {
			t.Errorf("%v: printed to stdout: %q", tc.args, out)
		}
		if strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: stderr %q, want one line naming %q", tc.args, errs, tc.msg)
		}
	}
}

func TestCLIHelpAndVersion(t *testing.T) {
	for _, c := range commands {
		code, out, _ := runCLI(t, c.name, "--help")
		if code != exitOK || !strings.Contains(out, "dateline "+c.name) || !strings.Contains(out, "-json") {
			t.Errorf("%s --help: exit %d, output %q", c.name, code, out)
		}
	}
	code, out, _ := runCLI(t, "--help")
	if code != exitOK {
		t.Errorf("--help exit %d", code)
	}
	for _, c := range []string{"timeline", "figures", "actors", "search", "articles"} {
		if !strings.Contains(out, c) {
			t.Errorf("--help does not list %s:\n%s", c, out)
		}
	}
	code, out, _ = runCLI(t, "--version")
	if code != exitOK || !strings.HasPrefix(out, "dateline ") {
		t.Errorf("--version: %d %q", code, out)
	}
}

// TestArticlesSeeds checks the foundation issue's acceptance on the
// embedded seeds.
func TestArticlesSeeds(t *testing.T) {
	code, out, errs := runCLI(t, "articles", "--json")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got struct {
		Schema   int `json:"schema"`
		Articles []struct {
			ID, Title, Text string
			Published       *string `json:"published"`
			PublishedHow    *string `json:"published_how"`
			Words           int
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Schema != 1 || len(got.Articles) != 4 {
		t.Fatalf("schema %d, %d articles", got.Schema, len(got.Articles))
	}
	for _, a := range got.Articles {
		for _, bad := range []string{"More Latest News", "Read more", "Listen to this article", "Picture: Alamy", "Loading audio"} {
			if strings.Contains(a.Text, bad) {
				t.Errorf("%s: text contains %q", a.ID, bad)
			}
		}
		if a.Words == 0 {
			t.Errorf("%s: no words", a.ID)
		}
		switch {
		case strings.HasPrefix(a.ID, "003_"):
			if a.Published == nil || !strings.HasPrefix(*a.Published, "2024-12-11") || a.PublishedHow == nil || *a.PublishedHow != "text" {
				t.Errorf("003: published %v (%v), want 2024-12-11 from the text", a.Published, a.PublishedHow)
			}
		case strings.HasPrefix(a.ID, "004_"):
			if n := strings.Count(a.Text, "Commissioner Sir Mark Rowley has warned of devastating budget cuts"); n != 1 {
				t.Errorf("004: duplicated caption sentence appears %d times", n)
			}
		}
		if !strings.HasPrefix(a.ID, "003_") && a.Published != nil && (a.PublishedHow == nil || *a.PublishedHow != "inferred") {
			t.Errorf("%s: published %v from %v; the text does not say", a.ID, *a.Published, a.PublishedHow)
		}
	}
}

func TestArticlesFromPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a/one.txt", "Bridge closes\n\nThe bridge closed on Monday for repairs.")
	write("a/b/two.jsonl", `{"id":"w1","source":"Wire","published":"2023-01-02","text":"Repairs will take a month."}`+"\n{broken\n")
	write("a/empty.md", "")
	code, out, errs := runCLI(t, "articles", "--json", filepath.Join(dir, "a"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, `"id": "one"`) || !strings.Contains(out, `"id": "w1"`) {
		t.Errorf("articles missing: %s", out)
	}
	for _, want := range []string{"two.jsonl:2", "empty.md"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr should report %s: %q", want, errs)
		}
	}
	// a folder with nothing loadable is a usage error naming the file
	write("bad/x.json", "{")
	code, _, errs = runCLI(t, "articles", filepath.Join(dir, "bad"))
	if code != exitUsage || !strings.Contains(errs, "x.json") {
		t.Errorf("bad folder: exit %d, stderr %q", code, errs)
	}
}

// writeJSONList prints what writeJSON prints for the same document, byte
// for byte, however many items there are and whatever they hold.
func TestWriteJSONListMatchesWriteJSON(t *testing.T) {
	type item struct {
		Name   string         `json:"name"`
		Counts map[string]int `json:"counts"`
		Tags   []string       `json:"tags"`
		Low    *float64       `json:"low"`
	}
	half := 0.5
	items := []item{
		{Name: "Fish & <Chips> \"Ltd\"", Counts: map[string]int{"b": 2, "a": 1}, Tags: []string{}},
		{Name: "Zoë", Low: &half},
		{Name: "", Counts: map[string]int{}, Tags: []string{"x", "y"}},
	}
	for n := 0; n <= len(items); n++ {
		var want, got bytes.Buffer
		doc := struct {
			Schema int    `json:"schema"`
			Things []item `json:"things"`
		}{Schema: 1, Things: items[:n]}
		if err := writeJSON(&want, doc); err != nil {
			t.Fatal(err)
		}
		if err := writeJSONList(&got, "things", n, func(i int) any { return items[i] }); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d items:\n%s\nwant\n%s", n, got.String(), want.String())
		}

		// fields and several lists, the first empty
		want.Reset()
		got.Reset()
		two := struct {
			Schema int            `json:"schema"`
			Name   string         `json:"name"`
			None   []int          `json:"none"`
			Meta   map[string]int `json:"meta"`
			Things []item         `json:"things"`
			Words  []string       `json:"words"`
		}{Schema: 1, Name: "<Story> & co", None: []int{}, Meta: map[string]int{"b": 2, "a": 1}, Things: items[:n], Words: []string{"a", "b"}[:min(n, 2)]}
		if err := writeJSON(&want, two); err != nil {
			t.Fatal(err)
		}
		err := writeJSONLists(&got, jsonField("name", two.Name), jsonList{"none", 0, nil}, jsonField("meta", two.Meta),
			jsonList{"things", n, func(i int) any { return items[i] }},
			jsonList{"words", len(two.Words), func(i int) any { return two.Words[i] }})
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("fields and lists, %d items:\n%s\nwant\n%s", n, got.String(), want.String())
		}
	}
}
