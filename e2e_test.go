package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// tmuxSession drives the built binary in a detached tmux session on a
// private server, so the test sees what a real terminal shows.
type tmuxSession struct {
	t      *testing.T
	socket string
	name   string
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket, "-f", "/dev/null"}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) capture() string { return s.tmux("capture-pane", "-p", "-t", s.name) }

func (s *tmuxSession) keys(keys ...string) {
	s.tmux(append([]string{"send-keys", "-t", s.name}, keys...)...)
}

// waitFor polls the pane until cond holds, failing with the last capture.
func (s *tmuxSession) waitFor(what string, cond func(pane string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		pane := s.capture()
		if cond(pane) {
			return pane
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %s; the pane shows:\n%s", what, pane)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *tmuxSession) waitText(text string) string {
	s.t.Helper()
	return s.waitFor(fmt.Sprintf("%q", text), func(p string) bool { return strings.Contains(p, text) })
}

// TestTerminalUIInTmux starts dateline on the seeds at 100×30, opens the
// budget comparison in Figures, searches, and quits, checking the
// terminal is restored.
func TestTerminalUIInTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is not installed; CI must install it (.ci/run does)")
		}
		t.Skip("tmux is not installed: skipping the end-to-end test of the terminal UI (install tmux to run it; under CI it is required)")
	}
	bin := filepath.Join(t.TempDir(), "dateline")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	s := &tmuxSession{t: t, socket: fmt.Sprintf("dateline-e2e-%d", os.Getpid()), name: "e2e"}
	exports := t.TempDir()
	script := fmt.Sprintf("TERM=xterm-256color DATELINE_EXPORT_DIR=%q %q; echo DATELINE-EXIT=$?; sleep 60", exports, bin)
	s.tmux("new-session", "-d", "-s", s.name, "-x", "100", "-y", "30", "sh", "-c", script)
	t.Cleanup(func() { exec.Command("tmux", "-L", s.socket, "kill-server").Run() })

	s.waitText("1 Timeline")
	if got := strings.TrimSpace(s.tmux("display-message", "-p", "-t", s.name, "#{alternate_on}")); got != "1" {
		t.Errorf("the app is not on the alternate screen (alternate_on=%s)", got)
	}

	// Figures: select the budget quantity (the row with £260 million) and open it
	s.keys("4")
	s.waitText("quantit")
	s.keys("g")
	selected := regexp.MustCompile(`(?m)^▌.*$`)
	// one j at a time, each waited for, so a slow terminal cannot overshoot
	row := selected.FindString(s.waitFor("a selected figure row", func(p string) bool { return selected.MatchString(p) }))
	for i := 0; !strings.Contains(row, "£260 million"); i++ {
		if i == 60 {
			t.Fatalf("no figure row with £260 million; the pane shows:\n%s", s.capture())
		}
		prev := row
		s.keys("j")
		pane := s.waitFor("the selection to move", func(p string) bool {
			r := selected.FindString(p)
			return r != "" && r != prev
		})
		row = selected.FindString(pane)
	}
	s.keys("Enter")
	pane := s.waitText("Comparison")
	sideBySide := func(a, b string) bool {
		for _, l := range strings.Split(pane, "\n") {
			if i, j := strings.Index(l, a), strings.Index(l, b); i >= 0 && j > i {
				return true
			}
		}
		return false
	}
	if !sideBySide("£260 million", "£450 million") {
		t.Errorf("£260 million and £450 million are not side by side:\n%s", pane)
	}
	if !sideBySide("[001_d4c1]", "[002_26e3]") {
		t.Errorf("the two sources are not named side by side:\n%s", pane)
	}

	// e exports the comparison to Markdown and says where it went
	s.keys("e")
	pane = s.waitText("Exported")
	files, _ := filepath.Glob(filepath.Join(exports, "dateline-figures-*.md"))
	if len(files) != 1 {
		t.Errorf("export wrote %v, want one comparison file; the pane shows:\n%s", files, pane)
	} else if body, err := os.ReadFile(files[0]); err != nil || !strings.Contains(string(body), "£260 million") || !strings.Contains(string(body), "£450 million") {
		t.Errorf("the exported comparison lacks the two figures (%v):\n%s", err, body)
	}
	if len(files) == 1 && !strings.Contains(pane, filepath.Base(files[0])[:20]) {
		t.Errorf("the status line does not name the file %s:\n%s", files[0], pane)
	}

	// search for a name from anywhere
	s.keys("/")
	s.keys("-l", "Heathcote")
	hits := regexp.MustCompile(`\b([1-9][0-9]*) hits? in`)
	pane = s.waitFor("search hits", func(p string) bool { return hits.MatchString(p) })
	if !strings.Contains(pane, "Heathcote") {
		t.Errorf("no hit shows Heathcote:\n%s", pane)
	}

	// quit: leave the box, q; the shell's message shows the screen restored
	s.keys("Escape")
	time.Sleep(100 * time.Millisecond)
	s.keys("q")
	pane = s.waitText("DATELINE-EXIT=")
	if !strings.Contains(pane, "DATELINE-EXIT=0") {
		t.Errorf("dateline did not exit cleanly:\n%s", pane)
	}
	if strings.Contains(pane, "1 Timeline") {
		t.Errorf("the app's screen is still showing after quit:\n%s", pane)
	}
	flags := strings.TrimSpace(s.tmux("display-message", "-p", "-t", s.name, "#{alternate_on} #{cursor_flag} #{mouse_any_flag} #{mouse_button_flag}"))
	if flags != "0 1 0 0" {
		t.Errorf("terminal not restored: alternate_on cursor_flag mouse_any_flag mouse_button_flag = %s, want 0 1 0 0", flags)
	}
}
