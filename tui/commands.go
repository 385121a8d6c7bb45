package tui

import (
	"context"
	"fmt"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/dateline-news/dateline/index"
)

// Every tea.Cmd of the app lives here: they are the only code that does
// I/O or waits, so Update never blocks.

// searchDelay is how long the search box waits after a keystroke before it
// searches.
const searchDelay = 120 * time.Millisecond

// progressPipe carries progress reports from Open, running in a command's
// goroutine, to the program. Reports are dropped rather than block Open
// when the program is slow to read them.
type progressPipe struct {
	mu     sync.Mutex
	closed bool
	ch     chan progressMsg
}

func newProgressPipe() *progressPipe { return &progressPipe{ch: make(chan progressMsg, 64)} }

func (p *progressPipe) send(stage string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	select {
	case p.ch <- progressMsg{stage: stage, done: done, total: total}:
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

// openCmd runs Open and reports its result as a loadedMsg or loadFailedMsg.
func openCmd(ctx context.Context, open OpenFunc, pipe *progressPipe) tea.Cmd {
	return func() (msg tea.Msg) {
		defer pipe.close()
		defer func() {
			if r := recover(); r != nil {
				msg = loadFailedMsg{err: fmt.Errorf("opening the corpus failed: %v", r)}
			}
		}()
		st, ix, err := open(ctx, pipe.send)
		if err != nil {
			return loadFailedMsg{err: err}
		}
		if st == nil {
			return loadFailedMsg{err: fmt.Errorf("opening the corpus gave no story")}
		}
		return loadedMsg{story: st, index: ix}
	}
}

// waitProgress waits for the next progress report; it yields nil once
// Open has returned.
func waitProgress(pipe *progressPipe) tea.Cmd {
	return func() tea.Msg {
		p, ok := <-pipe.ch
		if !ok {
			return nil
		}
		return p
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
		if err != nil {
			err = fmt.Errorf("search %q: %w", q.Text, err)
		}
		return searchResultMsg{seq: seq, query: q, results: r, err: err}
	}
}

// emit returns a command that yields msg: how a child asks the root to do
// something (open a page, set the filter).
func emit(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }
