package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReportCommand(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		args  []string
		file  string // --out FILE, "" for stdout
		check func(t *testing.T, out string)
	}{
		{[]string{"report"}, "", func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "# Met Police civilian staff disputes: briefing\n") || !strings.Contains(out, "## Articles and sources") {
				t.Errorf("markdown briefing starts %q", out[:min(200, len(out))])
			}
		}},
		{[]string{"report", "--format", "json"}, "", func(t *testing.T, out string) {
			var v struct {
				Schema   int
				Articles []struct{ ID string }
			}
			if err := json.Unmarshal([]byte(out), &v); err != nil || v.Schema != 1 || len(v.Articles) != 4 {
				t.Errorf("json report: %v, %+v", err, v)
			}
		}},
		{[]string{"report", "--format", "html", "--out", filepath.Join(dir, "b.html")}, filepath.Join(dir, "b.html"), func(t *testing.T, out string) {
			if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "</html>") {
				t.Errorf("html report starts %q", out[:min(100, len(out))])
			}
		}},
		{[]string{"report", "--out", "-", "--format", "timelinejs"}, "", func(t *testing.T, out string) {
			var v struct {
				Events []struct {
					StartDate struct{ Year int } `json:"start_date"`
				}
			}
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Errorf("timelinejs: %v", err)
			}
		}},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, out, errs := runCLI(t, tc.args...)
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			if tc.file != "" {
				if !strings.Contains(out, "wrote the html report to "+tc.file) {
					t.Errorf("does not say where the report went: %q", out)
				}
				data, err := os.ReadFile(tc.file)
				if err != nil {
					t.Fatal(err)
				}
				out = string(data)
			}
			tc.check(t, out)
		})
	}
}

func TestReportCommandErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report", "--format", "pdf"}, exitUsage, `unknown format "pdf"`},
		{[]string{"report", "--out", filepath.Join(t.TempDir(), "no", "such", "dir", "b.md")}, exitUsage, "b.md"},
		{[]string{"report", "/no/such/corpus"}, exitUsage, "/no/such/corpus"},
	} {
		code, out, errs := runCLI(t, tc.args...)
		if code != tc.code || out != "" || strings.Count(strings.TrimSpace(errs), "\n") != 0 || !strings.Contains(errs, tc.msg) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and one line naming %q", tc.args, code, out, errs, tc.code, tc.msg)
		}
	}
}
