package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// actorsDoc is what `actors --json` prints, read back.
type actorsDoc struct {
	Schema int         `json:"schema"`
	Actors []actorJSON `json:"actors"`
}

func actorsJSONOf(t *testing.T, args ...string) actorsDoc {
	t.Helper()
	code, out, errs := runCLI(t, append([]string{"actors", "--json"}, args...)...)
	if code != exitOK {
		t.Fatalf("actors --json %v: exit %d: %s", args, code, errs)
	}
	var doc actorsDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("actors --json: %v\n%s", err, out)
	}
	return doc
}

func TestActorsCommand(t *testing.T) {
	dir := t.TempDir()
	story := `Northwind Logistics Group (NLG) will close three depots.

Chief executive Priya Raman said: "We have looked at every alternative, and this is the only way."
`
	if err := os.WriteFile(filepath.Join(dir, "n1.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		check  func(t *testing.T, doc actorsDoc)
		actors int // how many actors, -1 for any
	}{
		{"seeds list", nil, func(t *testing.T, doc actorsDoc) {
			if doc.Schema != 1 || len(doc.Actors) == 0 {
				t.Fatalf("schema %d, %d actors", doc.Schema, len(doc.Actors))
			}
			for _, a := range doc.Actors {
				if a.ID == "" || a.Name == "" || a.Aliases == nil || a.Mentions == nil || a.Quotes == nil {
					t.Errorf("incomplete actor %+v", a)
				}
			}
		}, -1},
		// NAME matches any alias, case-insensitively
		{"seeds by alias", []string{"scotland yard"}, func(t *testing.T, doc actorsDoc) {
			if doc.Actors[0].Name != "Metropolitan Police" || len(doc.Actors[0].Quotes) == 0 {
				t.Errorf("got %+v", doc.Actors[0])
			}
		}, 1},
		// the first argument is a path when it exists
		{"folder", []string{dir}, func(t *testing.T, doc actorsDoc) {
			if len(doc.Actors) != 2 {
				t.Errorf("actors: %+v", doc.Actors)
			}
		}, -1},
		{"name and folder", []string{"NLG", dir}, func(t *testing.T, doc actorsDoc) {
			a := doc.Actors[0]
			if a.Name != "Northwind Logistics Group" || a.Short != "NLG" || a.Mentions["n1"] != 2 {
				t.Errorf("got %+v", a)
			}
		}, 1},
		{"person with quote", []string{"raman", dir}, func(t *testing.T, doc actorsDoc) {
			a := doc.Actors[0]
			if a.Kind != "person" || a.Role != "chief executive" || len(a.Quotes) != 1 || !strings.HasPrefix(a.Quotes[0].Text, "We have looked") {
				t.Errorf("got %+v", a)
			}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := actorsJSONOf(t, tt.args...)
			if tt.actors >= 0 && len(doc.Actors) != tt.actors {
				t.Fatalf("%d actors, want %d", len(doc.Actors), tt.actors)
			}
			tt.check(t, doc)
		})
	}
}

func TestActorsCommandErrors(t *testing.T) {
	code, _, errs := runCLI(t, "actors", "Nobody At All")
	if code != exitError || !strings.Contains(errs, `no actor is named "Nobody At All"`) {
		t.Errorf("unknown name: exit %d, %q", code, errs)
	}
	code, _, errs = runCLI(t, "actors", "/no/such/dir")
	if code != exitUsage || !strings.Contains(errs, "/no/such/dir") {
		t.Errorf("missing path: exit %d, %q", code, errs)
	}
	code, out, _ := runCLI(t, "actors")
	if code != exitOK || !strings.Contains(out, "Metropolitan Police (Met) · organisation") {
		t.Errorf("text list: exit %d\n%s", code, out)
	}
}

// The text list counts the actors mentioned once instead of listing them;
// --all lists them too.
func TestActorsCommandHidesSingletons(t *testing.T) {
	dir := t.TempDir()
	story := `Harborough District Council cut its grant to Shelter Point, a charity.

Shelter Point director Tom Ellery said the council had given no warning. Ellery said the charity would appeal.

The Harborough Gazette first reported the cut.`
	if err := os.WriteFile(filepath.Join(dir, "h1.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args          []string
		listed, unlst []string
	}{
		{[]string{"actors", dir}, []string{"Tom Ellery", "Shelter Point", "more mentioned once"}, []string{"Harborough Gazette"}},
		{[]string{"actors", "--all", dir}, []string{"Tom Ellery", "Harborough Gazette"}, []string{"more mentioned once"}},
	}
	for _, tt := range tests {
		code, out, errs := runCLI(t, tt.args...)
		if code != exitOK {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs)
		}
		for _, s := range tt.listed {
			if !strings.Contains(out, s) {
				t.Errorf("%v: %q not in\n%s", tt.args, s, out)
			}
		}
		for _, s := range tt.unlst {
			if strings.Contains(out, s) {
				t.Errorf("%v: %q listed in\n%s", tt.args, s, out)
			}
		}
	}
}
