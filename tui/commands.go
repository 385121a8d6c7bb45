package tui

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// Every tea.Cmd of the app lives here: they are the only code that does
// I/O or waits, so Update never blocks.

// searchDelay is how long the search box waits after a keystroke before it
// searches.
const searchDelay = 120 * time.Millisecond

// progressPipe carries progress reports, notices and the early story from
// Open, running in a command's goroutine, to the program. Progress
// reports are dropped rather than block Open when the program is slow to
// read them; notices are kept, and every notice message and the result of
// Open carry all of them so far, so none is lost.
type progressPipe struct {
	mu      sync.Mutex
	closed  bool
	notices []string
	ch      chan tea.Msg
}

func newProgressPipe() *progressPipe { return &progressPipe{ch: make(chan tea.Msg, 64)} }

func (p *progressPipe) send(stage string, done, total int) {
	p.put(progressMsg{stage: stage, done: done, total: total, at: time.Now()})
}

// notice keeps a message for the user (a skipped file, an index being
// rebuilt) and tells the program.
func (p *progressPipe) notice(msg string) {
	p.mu.Lock()
	p.notices = append(p.notices, msg)
	m := noticeMsg{notices: slices.Clone(p.notices)}
	p.mu.Unlock()
	p.put(m)
}

// early gives the program the story before Open has indexed it (before
// its figures are grouped, when grouping is set). Unlike a progress
// report it is not dropped: it waits for the program, which reads the
// pipe for as long as it runs, or for ctx to end.
func (p *progressPipe) early(ctx context.Context, st *corpus.Story, grouping bool) {
	if st == nil {
		return
	}
	select {
	case p.ch <- earlyMsg{story: st, grouping: grouping}:
	case <-ctx.Done():
	}
}

// allNotices returns the notices so far.
func (p *progressPipe) allNotices() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.notices)
}

func (p *progressPipe) put(msg tea.Msg) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	select {
	case p.ch <- msg:
	default:
	}
}

func (p *progressPipe) close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.closed {
		p.closed = true
		close(p.ch)
	}
}

// groupTick waits a second and reports the time (see groupTickMsg).
func groupTick() tea.Cmd {
	return tea.Tick(time.Second, func(t time.Time) tea.Msg { return groupTickMsg{at: t} })
}

// openCmd runs Open and reports its result as a loadedMsg or loadFailedMsg.
func openCmd(ctx context.Context, open OpenFunc, pipe *progressPipe) tea.Cmd {
	return func() (msg tea.Msg) {
		defer pipe.close()
		defer func() {
			if r := recover(); r != nil {
				msg = loadFailedMsg{err: fmt.Errorf("opening the corpus failed: %v", r)}
			}
		}()
		early := func(st *corpus.Story, grouping bool) { pipe.early(ctx, st, grouping) }
		st, ix, err := open(ctx, pipe.send, pipe.notice, early)
		if err != nil {
			return loadFailedMsg{err: err, notices: pipe.allNotices()}
		}
		if st == nil {
			return loadFailedMsg{err: fmt.Errorf("opening the corpus gave no story"), notices: pipe.allNotices()}
		}
		return loadedMsg{story: st, index: ix, notices: pipe.allNotices()}
	}
}

// waitProgress waits for the next progress report or notice; it yields
// nil once Open has returned.
func waitProgress(pipe *progressPipe) tea.Cmd {
	return func() tea.Msg {
		msg, ok := <-pipe.ch
		if !ok {
			return nil
		}
		return msg
	}
}

// debounceCmd fires a searchDebounceMsg for seq after delay.
func debounceCmd(seq int, delay time.Duration) tea.Cmd {
	if delay <= 0 {
		return emit(searchDebounceMsg{seq: seq})
	}
	return tea.Tick(delay, func(time.Time) tea.Msg { return searchDebounceMsg{seq: seq} })
}

// searchCmd runs one search against the index.
func searchCmd(ctx context.Context, ix *index.Index, seq int, q index.Query) tea.Cmd {
	return func() tea.Msg {
		if ix == nil {
			return searchResultMsg{seq: seq, query: q, err: fmt.Errorf("no search index")}
		}
		r, err := ix.Search(ctx, q)
		var qe *index.QueryError
		if err != nil && !errors.As(err, &qe) { // a QueryError names the query
			err = fmt.Errorf("search %q: %w", q.Text, err)
		}
		return searchResultMsg{seq: seq, query: q, results: r, err: err}
	}
}

// exportCmd writes one view as Markdown with write into the folder named
// by $DATELINE_EXPORT_DIR (the current directory when it is unset) under
// a file name made of base and the time, never overwriting a file: a name
// that is taken gets -2, -3 ….
func exportCmd(what, base string, write func(io.Writer) error) tea.Cmd {
	return func() tea.Msg {
		path, err := exportFile(os.Getenv(exportDirEnv), base, time.Now(), write)
		return exportedMsg{what: what, path: path, err: err}
	}
}

// exportFile is exportCmd's work: it renders the document first, so a
// failed render leaves no file, then creates the first free name.
func exportFile(dir, base string, now time.Time, write func(io.Writer) error) (string, error) {
	var buf bytes.Buffer
	if err := write(&buf); err != nil {
		return "", fmt.Errorf("export %s: %w", base, err)
	}
	if dir == "" {
		dir = "."
	}
	stem := "dateline-" + base + "-" + now.Format("20060102-1504")
	for n := 1; n <= 1000; n++ {
		name := stem + ".md"
		if n > 1 {
			name = stem + "-" + strconv.Itoa(n) + ".md"
		}
		path := filepath.Join(dir, name)
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", fmt.Errorf("export to %s: %w", dir, err)
		}
		_, err = f.Write(buf.Bytes())
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path)
			return "", fmt.Errorf("export to %s: %w", path, err)
		}
		return shownPath(path), nil
	}
	return "", fmt.Errorf("export to %s: %s*.md: too many files of that name", dir, stem)
}

// shownPath is how the status line names a written file: relative to the
// current directory when it is inside it, else absolute.
func shownPath(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, abs); err == nil && !strings.HasPrefix(rel, "..") {
			return "./" + filepath.ToSlash(rel)
		}
	}
	return abs
}

// emit returns a command that yields msg: how a child asks the root to do
// something (open a page, set the filter).
func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
