package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

// The story kept beside an index is read back for its own fingerprint
// only; another corpus's story is not ours, and a damaged one is an error
// the caller can act on.
func TestSaveLoadStory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	st := fixtureStory(t)
	ix, _ := buildDisk(t, st, dir, "fp1")
	ix.Close()

	if got, err := LoadStory(dir, "fp1", nil); got != nil || err != nil {
		t.Fatalf("before saving: %v, %v; want none", got, err)
	}
	if err := SaveStory(context.Background(), dir, "fp1", st); err != nil {
		t.Fatal(err)
	}
	got, err := LoadStory(dir, "fp1", nil)
	if err != nil || got == nil {
		t.Fatalf("LoadStory: %v, %v", got, err)
	}
	if len(got.Articles) != len(st.Articles) || got.Articles[1].Sentences[0].Text != st.Articles[1].Sentences[0].Text || len(got.Actors) != len(st.Actors) {
		t.Errorf("story read back: %d articles, %d actors", len(got.Articles), len(got.Actors))
	}
	if got, err := LoadStory(dir, "fp2", nil); got != nil || err != nil {
		t.Errorf("another fingerprint: %v, %v; want none", got, err)
	}

	path := filepath.Join(dir, storyName)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x40
	writeFile(t, path, string(b))
	if got, err := LoadStory(dir, "fp1", nil); got != nil || !errors.Is(err, corpus.ErrStoryFile) || !strings.Contains(err.Error(), dir) {
		t.Errorf("damaged story: %v, %v; want an ErrStoryFile naming %s", got, err, dir)
	}
	writeFile(t, path, "not a story at all")
	if _, err := LoadStory(dir, "fp1", nil); !errors.Is(err, corpus.ErrStoryFile) {
		t.Errorf("foreign file: %v; want ErrStoryFile", err)
	}

	// the kept story does not stop a damaged index from being rebuilt
	writeFile(t, filepath.Join(dir, "index_meta.json"), "{not json")
	ix, notes := buildDisk(t, st, dir, "fp1")
	defer ix.Close()
	if len(notes) == 0 || !strings.Contains(notes[0], "damaged") {
		t.Errorf("rebuild messages %q", notes)
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("story of the removed index still there: %v", err)
	}
}

// Cancelling a save leaves neither a story nor a temporary file.
func TestSaveStoryCancelled(t *testing.T) {
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := SaveStory(ctx, dir, "fp1", fixtureStory(t)); !errors.Is(err, context.Canceled) {
		t.Errorf("SaveStory = %v, want context.Canceled", err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}

// A temporary file left by a writer that was killed is removed by the
// next save once it is stale; one still being written is left alone.
func TestSaveStoryRemovesStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale, fresh := filepath.Join(dir, storyTemp+"111"), filepath.Join(dir, storyTemp+"222")
	writeFile(t, stale, "cut short")
	writeFile(t, fresh, "being written")
	old := time.Now().Add(-staleTemp - time.Minute)
	if err := os.Chtimes(stale, old, old); err != nil {
		t.Fatal(err)
	}
	if HasStory(dir) {
		t.Error("HasStory before any story was kept")
	}
	if err := SaveStory(context.Background(), dir, "fp1", fixtureStory(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("stale temporary file still there: %v", err)
	}
	if _, err := os.Stat(fresh); err != nil {
		t.Errorf("a file being written was removed: %v", err)
	}
	if !HasStory(dir) {
		t.Error("HasStory after a story was kept")
	}
}
