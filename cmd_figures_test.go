package main

import (
	"encoding/csv"
	"encoding/json"
	"sort"
	"strings"
	"testing"
)

func TestFiguresCommand(t *testing.T) {
	code, out, errs := runCLI(t, "figures", "--json")
	if code != exitOK {
		t.Fatalf("figures --json: exit %d: %s", code, errs)
	}
	var doc struct {
		Schema     int `json:"schema"`
		Quantities []struct {
			ID, Label, Unit, Status string
			Claims                  []map[string]any
		}
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || doc.Schema != 1 || len(doc.Quantities) == 0 {
		t.Fatalf("figures --json: schema %d, %d quantities, err %v", doc.Schema, len(doc.Quantities), err)
	}
	keys := "article,high,low,published,qualifier,sentence,speaker,text,value"
	for _, q := range doc.Quantities {
		for _, c := range q.Claims {
			got := make([]string, 0, len(c))
			for k := range c {
				got = append(got, k)
			}
			sort.Strings(got)
			if s := strings.Join(got, ","); s != keys {
				t.Fatalf("claim keys %s, want %s", s, keys)
			}
		}
	}
	if doc.Quantities[0].Status != "conflict" {
		t.Errorf("first quantity is %s, want conflicts first", doc.Quantities[0].Status)
	}

	code, out, _ = runCLI(t, "figures", "--conflicts")
	if code != exitOK || !strings.HasPrefix(out, "CONFLICT") || strings.Contains(out, "AGREE") || strings.Contains(out, "SINGLE") {
		t.Errorf("figures --conflicts: exit %d, output %q", code, out)
	}

	code, out, _ = runCLI(t, "figures", "--csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) < 2 || strings.Join(rows[0], ",") !=
		"quantity,label,unit,status,article,source,published,text,value,low,high,qualifier,speaker,sentence" {
		t.Errorf("figures --csv: exit %d, err %v, header %v", code, err, rows)
	}

	code, out, errs = runCLI(t, "figures", "--actor", "No Such Body Anywhere")
	if code != exitUsage || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.Contains(errs, "No Such Body") {
		t.Errorf("figures --actor unknown: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestFormatValue(t *testing.T) {
	for _, tc := range []struct {
		v    float64
		unit string
		want string
	}{
		{260e6, "GBP", "£260m"}, {2.3e9, "USD", "$2.3bn"}, {40000, "EUR", "€40,000"}, {85, "percent", "85%"},
		{6500, "people", "6,500 people"}, {5e6, "CHF", "CHF 5m"}, {-3e6, "GBP", "-£3m"},
	} {
		if got := formatValue(tc.v, tc.unit); got != tc.want {
			t.Errorf("formatValue(%v, %s) = %q, want %q", tc.v, tc.unit, got, tc.want)
		}
	}
}
