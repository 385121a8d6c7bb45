package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// An index folder may also keep the analysed story it was built from
// (storyName), so that the terminal UI, which needs the whole story, opens
// a large corpus it has seen before without analysing it again. The file
// starts with the fingerprint of the corpus it belongs to (the same the
// index keeps), then the story (corpus.WriteStory). It is written to a
// temporary file and renamed into place, so a reader sees a whole file or
// none; a file for another fingerprint is ignored and replaced.
const (
	storyName   = "story"
	storyTemp   = "story.tmp-"
	storyHeader = "dateline story for "
)

// SaveStory keeps st in the index folder dir as the story of the corpus
// with the given fingerprint. Cancelling ctx stops the writing and leaves
// no file behind.
func SaveStory(ctx context.Context, dir, fingerprint string, st *corpus.Story) error {
	if dir == "" {
		return nil
	}
	err := replaceFile(dir, storyName, storyTemp, func(f io.Writer) error {
		w := &ctxWriter{ctx: ctx, w: f}
		if _, err := fmt.Fprintf(w, "%s%s\n", storyHeader, fingerprint); err != nil {
			return err
		}
		return corpus.WriteStory(w, st)
	})
	if err != nil {
		return storyErr(dir, err)
	}
	return nil
}

// replaceFile writes the file name of the index folder dir with write:
// into a temporary file (named temp and a random suffix) renamed into
// place, so that a reader sees a whole file or none. A failure leaves no
// file behind; temporary files of writers killed long ago are removed.
func replaceFile(dir, name, temp string, write func(io.Writer) error) (err error) {
	removeStaleTemps(dir, temp)
	f, err := os.CreateTemp(dir, temp+"*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), filepath.Join(dir, name))
}

// staleTemp is how long a temporary file goes unwritten before it is
// taken for the leftover of a process that was killed while writing. A
// writer adds to its file many times a second.
const staleTemp = 10 * time.Minute

// removeStaleTemps deletes the temporary files (named temp and a suffix)
// of writers that were killed before they finished, so that they do not
// pile up in the cache.
func removeStaleTemps(dir, temp string) {
	temps, _ := filepath.Glob(filepath.Join(dir, temp+"*"))
	for _, t := range temps {
		if info, err := os.Stat(t); err == nil && time.Since(info.ModTime()) > staleTemp {
			os.Remove(t)
		}
	}
}

// HasStory says whether the index folder dir keeps a story, for whatever
// corpus: a cheap look before fingerprinting a corpus to load it.
func HasStory(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, storyName))
	return err == nil
}

func storyErr(dir string, err error) error {
	if errors.Is(err, context.Canceled) {
		return err
	}
	return fmt.Errorf("index %s: keeping the analysis: %w", dir, err)
}

// LoadStory reads the story kept in the index folder dir for the corpus
// with the given fingerprint. It returns nil and no error when there is
// none for that fingerprint, and an error wrapping corpus.ErrStoryFile
// when the file is damaged (the caller analyses again, and may save over
// it). progress, which may be nil, is told the bytes read of the total.
func LoadStory(dir, fingerprint string, progress func(done, total int64)) (*corpus.Story, error) {
	if dir == "" {
		return nil, nil
	}
	f, err := os.Open(filepath.Join(dir, storyName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	want := storyHeader + fingerprint + "\n"
	head := make([]byte, len(want))
	if _, err := io.ReadFull(f, head); err != nil || string(head) != want {
		if strings.HasPrefix(string(head), storyHeader) {
			return nil, nil // another corpus's or build's story: not ours
		}
		return nil, fmt.Errorf("index %s: kept analysis: %w: no header", dir, corpus.ErrStoryFile)
	}
	st, err := corpus.ReadStory(f, info.Size()-int64(len(want)), progress)
	if err != nil {
		return nil, fmt.Errorf("index %s: kept analysis: %w", dir, err)
	}
	return st, nil
}

// ctxWriter fails its writes once ctx is done.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c *ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
