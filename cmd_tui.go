package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
	"github.com/dateline-news/dateline/tui"
)

// runTUI opens the terminal UI on the corpus named by args (the seeds when
// there is none). Paths are checked before the terminal is taken over, so
// a mistyped path is a one-line error; loading, analysis and indexing run
// inside the UI behind a progress bar, and their warnings (skipped files,
// an index rebuilt) are shown in it and printed again once it has closed.
func runTUI(e *env, args []string) int {
	fs := flag.NewFlagSet("dateline", flag.ContinueOnError)
	fs.Usage = func() { usage(fs.Output()) }
	indexDir := fs.String("index", "", "keep the search index of a large corpus in this folder (default: the user cache)")
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	for _, p := range paths {
		if _, err := statPath(p); err != nil {
			return fail(e, err)
		}
	}
	if !isTerminal(os.Stdout) {
		fmt.Fprintln(e.stderr, "dateline: the terminal UI needs a terminal; use a command such as \"dateline timeline\" for text output (see --help)")
		return exitUsage
	}
	warnings := &lockedBuffer{}
	title := "seeds"
	if len(paths) > 0 {
		title = paths[0]
		if len(paths) > 1 {
			title = fmt.Sprintf("%d paths", len(paths))
		}
	}
	err := tui.Run(tui.Options{
		Title: title,
		Open:  openForTUI(warnings, paths, *indexDir),
	})
	io.Copy(e.stderr, warnings.reader())
	if err != nil {
		return fail(e, err)
	}
	return exitOK
}

// openForTUI is the TUI's Open: load and analyse the corpus and index it,
// in memory or, for a large corpus, in the on-disk cache (indexing.go).
// What would go to stderr goes to log, printed once the UI closes; the
// warnings among it are also the UI's notices.
func openForTUI(log io.Writer, paths []string, indexDir string) tui.OpenFunc {
	return func(ctx context.Context, progress func(stage string, done, total int), notice func(msg string)) (*corpus.Story, *index.Index, error) {
		e := &env{stdout: io.Discard, stderr: log, notice: notice}
		return loadIndexedStory(ctx, e, paths, indexing{dir: indexDir, progress: progress})
	}
}

// lockedBuffer collects warnings written while the UI runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) reader() io.Reader {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.NewReader(b.buf.Bytes())
}
