package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
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
	keeper := newStoryKeeper()
	err := tui.Run(tui.Options{
		Title: title,
		Open:  openForTUI(warnings, paths, *indexDir, keeper.keep),
	})
	io.Copy(e.stderr, warnings.reader())
	keeper.finish(e)
	if err != nil {
		return fail(e, err)
	}
	return exitOK
}

// openForTUI is the TUI's Open: load and analyse the corpus and index it,
// in memory or, for a large corpus, in the on-disk cache (indexing.go),
// where keep (which may be nil) is given a newly analysed story to keep.
// A story that must be analysed or indexed on disk first is given to the
// UI early, so that it shows while its figures are compared and the index
// is built.
// What would go to stderr goes to log, printed once the UI closes; the
// warnings among it are also the UI's notices.
func openForTUI(log io.Writer, paths []string, indexDir string, keep func(dir, fingerprint string, st *corpus.Story)) tui.OpenFunc {
	return func(ctx context.Context, progress func(stage string, done, total int), notice func(msg string), early func(*corpus.Story, bool)) (*corpus.Story, *index.Index, error) {
		e := &env{stdout: io.Discard, stderr: log, notice: notice}
		return loadIndexedStory(ctx, e, paths, indexing{dir: indexDir, progress: progress, keep: keep, early: early})
	}
}

// storyKeeper writes analysed stories beside their indexes in the
// background while the UI runs (writing a large one takes seconds, and
// the user need not wait for it to start reading); finish waits for what
// is left when the UI closes.
type storyKeeper struct {
	ctx     context.Context
	cancel  context.CancelFunc
	wg      sync.WaitGroup
	mu      sync.Mutex
	pending int // stories being written
	errs    []error
}

func newStoryKeeper() *storyKeeper {
	ctx, cancel := context.WithCancel(context.Background())
	return &storyKeeper{ctx: ctx, cancel: cancel}
}

// keep starts writing st to the index folder dir.
func (k *storyKeeper) keep(dir, fingerprint string, st *corpus.Story) {
	k.mu.Lock()
	k.pending++
	k.mu.Unlock()
	k.wg.Add(1)
	go func() {
		defer k.wg.Done()
		err := index.SaveStory(k.ctx, dir, fingerprint, st)
		k.mu.Lock()
		defer k.mu.Unlock()
		k.pending--
		if err != nil && !errors.Is(err, context.Canceled) {
			k.errs = append(k.errs, err)
		}
	}()
}

// finish waits for the stories still being written, saying so; ctrl-c
// stops the wait, and the story is then not kept (the next start analyses
// again). Failures to write are warnings: the next start analyses again.
func (k *storyKeeper) finish(e *env) {
	done := make(chan struct{})
	go func() {
		k.wg.Wait()
		close(done)
	}()
	k.mu.Lock()
	pending := k.pending
	k.mu.Unlock()
	if pending > 0 {
		sig, stop := signal.NotifyContext(context.Background(), os.Interrupt)
		defer stop()
		e.say("dateline: keeping the analysis so that the next start is quick… (ctrl-c to skip)\n")
		select {
		case <-done:
		case <-sig.Done():
			k.cancel()
			<-done
			e.say("dateline: the analysis was not kept; the next start analyses the articles again\n")
		}
	}
	k.cancel()
	k.mu.Lock()
	defer k.mu.Unlock()
	for _, err := range k.errs {
		e.warn("%v; the next start analyses the articles again", err)
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
