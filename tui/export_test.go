package tui

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExport presses e on each view that can be exported, runs the
// command it returns and checks the file written and the status line.
func TestExport(t *testing.T) {
	st := fixture(t)
	tests := []struct {
		name   string
		keys   []string
		file   string   // the file name's start
		has    []string // in the file
		hasNot []string
		status string
	}{
		{"timeline", nil, "dateline-timeline-2", []string{"# Fixture story: timeline", "Staff strike begins", "A rally is planned"}, nil,
			"Exported the timeline to "},
		{"filtered timeline", []string{"a"}, "dateline-timeline-union-2", []string{"Staff strike begins"}, []string{"A rally is planned"},
			"Exported the timeline of Workers Union to "},
		{"comparison", []string{"4", "enter"}, "dateline-figures-budget-gap-2", []string{"# Fixture story: budget gap", "£260 million", "£450 million"}, nil,
			"Exported the budget gap comparison to "},
		{"actor", []string{"3", "enter"}, "dateline-actor-", []string{"# Fixture story: "}, nil, "Exported "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Setenv(exportDirEnv, dir)
			m := start(t, openStory(st), 100, 30)
			m = send(t, m, keys(tt.keys...)...)
			if !m.canExport() || !strings.Contains(m.View(), "e export markdown") {
				t.Errorf("help does not offer the export:\n%s", m.View())
			}
			m = send(t, m, keys("e")...)
			files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
			if len(files) != 1 {
				t.Fatalf("files written: %v, want one", files)
			}
			name := filepath.Base(files[0])
			if !strings.HasPrefix(name, tt.file) {
				t.Errorf("file %s, want it to start %s", name, tt.file)
			}
			body, err := os.ReadFile(files[0])
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.has {
				if !bytes.Contains(body, []byte(s)) {
					t.Errorf("%s lacks %q:\n%s", name, s, body)
				}
			}
			for _, s := range tt.hasNot {
				if bytes.Contains(body, []byte(s)) {
					t.Errorf("%s has %q:\n%s", name, s, body)
				}
			}
			if !strings.HasPrefix(m.status, tt.status) || !strings.HasSuffix(m.status, name) {
				t.Errorf("status %q, want %q… naming %s", m.status, tt.status, name)
			}
			if !strings.Contains(m.View(), "Exported") {
				t.Errorf("status line not shown:\n%s", m.View())
			}
			// a second export in the same minute gets a new name
			m = send(t, m, keys("e")...)
			if files, _ := filepath.Glob(filepath.Join(dir, "*.md")); len(files) != 2 {
				t.Errorf("after a second export: %v, want two files", files)
			}
		})
	}
}

// TestExportElsewhere: views that cannot be exported say so, and a folder
// that cannot be written to shows the error in the status line.
func TestExportElsewhere(t *testing.T) {
	st := fixture(t)
	dir := t.TempDir()
	t.Setenv(exportDirEnv, dir)
	m := start(t, openStory(st), 100, 30)
	m = send(t, m, keys("5", "e")...)
	if files, _ := filepath.Glob(filepath.Join(dir, "*")); len(files) != 0 {
		t.Errorf("sources exported %v", files)
	}
	if !strings.Contains(m.View(), "e exports the timeline") {
		t.Errorf("no hint on the sources tab:\n%s", m.View())
	}
	if strings.Contains(m.View(), "e export markdown") {
		t.Errorf("sources tab offers an export in its help")
	}
	t.Setenv(exportDirEnv, filepath.Join(dir, "missing"))
	m = send(t, m, keys("1", "e")...)
	if !strings.HasPrefix(m.status, "Export failed: export to ") || !strings.Contains(m.status, "missing") {
		t.Errorf("status %q, want the error", m.status)
	}
	// the next key clears the message
	m = send(t, m, keys("j")...)
	if m.status != "" {
		t.Errorf("status %q after a key", m.status)
	}
}

// TestExportFile checks file naming: a taken name gets -2, -3; a failed
// render writes nothing.
func TestExportFile(t *testing.T) {
	dir := t.TempDir()
	now := time.Date(2026, 11, 23, 19, 3, 0, 0, time.UTC)
	write := func(w io.Writer) error { _, err := io.WriteString(w, "# x\n"); return err }
	var got []string
	for range 3 {
		p, err := exportFile(dir, "timeline", now, write)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, filepath.Base(p))
	}
	want := []string{"dateline-timeline-20261123-1903.md", "dateline-timeline-20261123-1903-2.md", "dateline-timeline-20261123-1903-3.md"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("export %d: %s, want %s", i+1, got[i], want[i])
		}
	}
	if _, err := exportFile(dir, "x", now, func(io.Writer) error { return errTest("no such quantity") }); err == nil || !strings.Contains(err.Error(), "no such quantity") {
		t.Errorf("failed render: %v", err)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "dateline-x-*")); len(files) != 0 {
		t.Errorf("a failed render left %v", files)
	}
}

func TestSlug(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Budget gap", "budget-gap"},
		{"  £260m — the ‘gap’!  ", "260m-the-gap"},
		{"Ελληνικά", ""},
		{strings.Repeat("word ", 20), "word-word-word-word-word-word-word-word"},
	} {
		if got := slug(tt.in); got != tt.want {
			t.Errorf("slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := nameBase("actor", "Ελληνικά", "act-7"); got != "actor-act-7" {
		t.Errorf("nameBase falls back to the id: %q", got)
	}
}
