package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
	"github.com/dateline-news/dateline/report"
	"github.com/dateline-news/dateline/seeds"
)

// writeArticles writes a small corpus of plain-text articles into dir.
func writeArticles(t *testing.T, dir string, arts map[string]string) {
	t.Helper()
	for name, text := range arts {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

var testArticles = map[string]string{
	"harbour.txt": "Harbour wall repairs begin\n\n3 March 2023\n\nWork on the harbour wall began on Monday after storms damaged it in January.\n\nThe council said the repairs would cost £4 million.",
	"ferry.txt":   "Ferry services resume\n\n5 March 2023\n\nFerry services resumed on Tuesday once the harbour was cleared.\n\nPassengers praised the crews.",
	"school.txt":  "School roof fixed\n\n9 March 2023\n\nThe school roof was repaired over the weekend.\n\nLessons restart on Monday.",
}

// openTestIndex runs openIndex on dir with its index in ixDir and returns
// what it printed on stderr.
func openTestIndex(t *testing.T, dir, ixDir string, lock time.Duration) (*index.Index, bool, string) {
	t.Helper()
	var errb bytes.Buffer
	e := &env{stdout: &bytes.Buffer{}, stderr: &errb}
	ix, st, err := openIndex(context.Background(), e, []string{dir}, indexing{dir: ixDir, lockTimeout: lock})
	if err != nil {
		t.Fatalf("openIndex: %v (stderr %s)", err, errb.String())
	}
	t.Cleanup(func() { ix.Close() })
	return ix, st != nil, errb.String()
}

func hits(t *testing.T, ix *index.Index, text string) int {
	t.Helper()
	r, err := ix.Search(context.Background(), index.Query{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	return int(r.Total)
}

func TestCachedIndex(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)

	ix, loaded, msgs := openTestIndex(t, corpusDir, ixDir, 0)
	if !loaded || ix.Dir() != ixDir || ix.Stats().Indexed != 3 || msgs != "" {
		t.Fatalf("first run: loaded %v dir %q stats %+v stderr %q", loaded, ix.Dir(), ix.Stats(), msgs)
	}
	if hits(t, ix, "harbour") != 2 { // harbour.txt's body and ferry.txt
		t.Errorf("harbour: %d hits", hits(t, ix, "harbour"))
	}
	ix.Close()

	// unchanged corpus: the cached index is used without loading anything
	ix, loaded, _ = openTestIndex(t, corpusDir, ixDir, 0)
	if loaded || hits(t, ix, "harbour") != 2 {
		t.Errorf("second run loaded the corpus (%v) or lost hits", loaded)
	}
	ix.Close()

	// one article changes, one goes: only they are re-indexed
	writeArticles(t, corpusDir, map[string]string{"school.txt": strings.Replace(testArticles["school.txt"], "weekend", "holiday", 1)})
	if err := os.Remove(filepath.Join(corpusDir, "ferry.txt")); err != nil {
		t.Fatal(err)
	}
	ix, loaded, _ = openTestIndex(t, corpusDir, ixDir, 0)
	s := ix.Stats()
	if !loaded || s.Indexed < 1 || s.Unchanged < 1 || s.Removed != 1 || s.Indexed+s.Unchanged != 2 {
		t.Errorf("after a change: loaded %v stats %+v", loaded, s)
	}
	if hits(t, ix, "holiday") != 1 || hits(t, ix, "weekend") != 0 || hits(t, ix, "ferry") != 0 {
		t.Errorf("stale hits: holiday %d weekend %d ferry %d", hits(t, ix, "holiday"), hits(t, ix, "weekend"), hits(t, ix, "ferry"))
	}
}

func TestCachedIndexInUse(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	ix, _, _ := openTestIndex(t, corpusDir, ixDir, 0)
	// another process would hold the same shared lock while it searches
	// the old index; the changed corpus cannot be written, so this run
	// indexes in memory and says so
	writeArticles(t, corpusDir, map[string]string{"extra.txt": "Extra edition\n\n10 March 2023\n\nA lighthouse keeper retired."})
	mem, loaded, msgs := openTestIndex(t, corpusDir, ixDir, 50*time.Millisecond)
	if !loaded || mem.Dir() != "" || !strings.Contains(msgs, "in use by another dateline") {
		t.Errorf("loaded %v dir %q stderr %q", loaded, mem.Dir(), msgs)
	}
	if hits(t, mem, "lighthouse") != 1 || hits(t, ix, "lighthouse") != 0 {
		t.Errorf("lighthouse: memory %d, old index %d", hits(t, mem, "lighthouse"), hits(t, ix, "lighthouse"))
	}

	// the build that could not take the folder released nothing, so the
	// memory index is made from the story already loaded, not a second load
	writeArticles(t, corpusDir, map[string]string{"late.txt": "Late edition\n\n11 March 2023\n\nA ferry ran aground."})
	loads := 0
	progress := func(stage string, done, _ int) {
		if stage == "load" && done == 0 {
			loads++
		}
	}
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	mem2, _, err := openIndex(context.Background(), e, []string{corpusDir}, indexing{dir: ixDir, lockTimeout: 50 * time.Millisecond, progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	defer mem2.Close()
	if mem2.Dir() != "" || loads != 1 || hits(t, mem2, "aground") != 1 {
		t.Errorf("second changed run: dir %q, %d loads, %d hits for aground", mem2.Dir(), loads, hits(t, mem2, "aground"))
	}
}

// damagedIndex writes testArticles and a cached index of them, then
// breaks the index's metadata.
func damagedIndex(t *testing.T) (corpusDir, ixDir string) {
	t.Helper()
	corpusDir, ixDir = t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	ix, _, _ := openTestIndex(t, corpusDir, ixDir, 0)
	ix.Close()
	if err := os.WriteFile(filepath.Join(ixDir, "index_meta.json"), []byte("{broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	return corpusDir, ixDir
}

func TestCachedIndexDamaged(t *testing.T) {
	corpusDir, ixDir := damagedIndex(t)
	ix, loaded, msgs := openTestIndex(t, corpusDir, ixDir, 0)
	if !loaded || !strings.Contains(msgs, "damaged") || !strings.Contains(msgs, "rebuilding") || hits(t, ix, "harbour") != 2 {
		t.Errorf("loaded %v stderr %q", loaded, msgs)
	}
}

// The TUI's Open gives its warnings (a skipped file, a damaged index
// being rebuilt) to the UI as notices, and to the log printed once the UI
// closes; the wait for another writer is a stage, not a notice.
func TestOpenForTUINotices(t *testing.T) {
	corpusDir, ixDir := damagedIndex(t)
	writeArticles(t, corpusDir, map[string]string{"bad.json": "{\"title\": broken"})
	var log bytes.Buffer
	var notices []string
	open := openForTUI(&log, []string{corpusDir}, ixDir, nil)
	st, ix, err := open(context.Background(), func(string, int, int) {}, func(msg string) { notices = append(notices, msg) }, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if len(st.Articles) != 3 || hits(t, ix, "harbour") != 2 {
		t.Errorf("%d articles, harbour %d hits", len(st.Articles), hits(t, ix, "harbour"))
	}
	if len(notices) != 2 || !strings.HasPrefix(notices[0], "skipped ") || !strings.Contains(notices[0], "bad.json") ||
		!strings.Contains(notices[1], "damaged") || !strings.Contains(notices[1], "rebuilding") {
		t.Errorf("notices %q", notices)
	}
	for _, n := range notices {
		if !strings.Contains(log.String(), "dateline: "+n+"\n") {
			t.Errorf("log %q lacks %q", log.String(), n)
		}
	}
}

// While another process writes the index, a run waits for it and says
// so: on stderr, and as the progress stage "wait" that the TUI shows.
func TestCachedIndexWaitsForWriter(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	ix, _, _ := openTestIndex(t, corpusDir, ixDir, 0)
	ix.Close()
	// a writer holds bleve's root file exclusively for as long as it writes
	db, err := bolt.Open(filepath.Join(ixDir, "store", "root.bolt"), 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	released := make(chan struct{})
	go func() {
		time.Sleep(1500 * time.Millisecond)
		db.Close()
		close(released)
	}()
	var errb bytes.Buffer
	e := &env{stdout: &bytes.Buffer{}, stderr: &errb}
	var stages []string
	progress := func(stage string, _, _ int) { stages = append(stages, stage) }
	ix, st, err := openIndex(context.Background(), e, []string{corpusDir}, indexing{dir: ixDir, progress: progress})
	<-released
	if err != nil {
		t.Fatalf("openIndex: %v (stderr %q)", err, errb.String())
	}
	defer ix.Close()
	if st != nil || hits(t, ix, "harbour") != 2 {
		t.Errorf("after the wait: loaded %v, harbour %d hits", st != nil, hits(t, ix, "harbour"))
	}
	if !strings.Contains(errb.String(), "another dateline is updating the index") || !slices.Contains(stages, "wait") {
		t.Errorf("stderr %q, stages %q: want the wait said on both", errb.String(), stages)
	}
}

func TestSmallCorpusInMemory(t *testing.T) {
	corpusDir := t.TempDir()
	writeArticles(t, corpusDir, testArticles)
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	ix, loaded, _ := openTestIndex(t, corpusDir, "", 0)
	if !loaded || ix.Dir() != "" {
		t.Errorf("a small corpus was not indexed in memory: dir %q", ix.Dir())
	}
}

func TestFingerprint(t *testing.T) {
	dir := t.TempDir()
	writeArticles(t, dir, testArticles)
	fp := func() corpusPrint {
		t.Helper()
		p, err := fingerprint([]string{dir}, "")
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := fp()
	if first.files != 3 || first.bytes == 0 {
		t.Errorf("fingerprint %+v", first)
	}
	tests := []struct {
		name   string
		change func()
		same   bool
	}{
		{"nothing", func() {}, true},
		{"a touch", func() {
			later := time.Now().Add(time.Hour)
			os.Chtimes(filepath.Join(dir, "ferry.txt"), later, later)
		}, true},
		{"a hidden file", func() { writeArticles(t, dir, map[string]string{".notes.txt": "private"}) }, true},
		{"a changed byte", func() {
			writeArticles(t, dir, map[string]string{"ferry.txt": strings.Replace(testArticles["ferry.txt"], "Tuesday", "Tuesdax", 1)})
		}, false},
		{"a manifest", func() { writeArticles(t, dir, map[string]string{"dateline.yaml": "name: Harbour\n"}) }, false},
		{"a new file", func() { writeArticles(t, dir, map[string]string{"new.txt": "New\n\nText."}) }, false},
	}
	prev := first
	for _, tt := range tests {
		tt.change()
		got := fp()
		if (got.digest == prev.digest) != tt.same {
			t.Errorf("%s: digest same = %v, want %v", tt.name, got.digest == prev.digest, tt.same)
		}
		prev = got
	}
	if _, err := fingerprint([]string{filepath.Join(dir, "missing")}, ""); err == nil {
		t.Error("fingerprint of a missing path gave no error")
	}
}

func TestCacheDir(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", "/tmp/cache-test")
	a, err := cacheDir([]string{"b", "a"})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := cacheDir([]string{"a", "b"})
	c, _ := cacheDir([]string{"a"})
	if a != b || a == c || !strings.HasPrefix(a, filepath.Join("/tmp/cache-test", "dateline")+string(filepath.Separator)) {
		t.Errorf("cacheDir: %q %q %q", a, b, c)
	}
}

// A warning printed while the progress line is shown clears it first, so
// it does not run on from "loading articles…"; the next report draws the
// line again below it.
func TestWarningClearsProgressLine(t *testing.T) {
	var errb bytes.Buffer
	e := &env{stdout: &bytes.Buffer{}, stderr: &errb, isTerminal: true}
	pl := &progressLine{e: e}
	e.progress = pl
	pl.report("load", 0, 0)
	e.warn("skipped a.json:1: malformed JSON")
	pl.report("index", 2, 2)
	pl.done()
	want := "\r\x1b[Kdateline: loading articles…" + "\r\x1b[Kdateline: skipped a.json:1: malformed JSON\n" +
		"\r\x1b[Kdateline: indexing 2/2 articles" + "\r\x1b[K"
	if got := errb.String(); got != want {
		t.Errorf("stderr %q\nwant   %q", got, want)
	}
}

// tuiOpen runs the TUI's Open once on dir with its index in ixDir and a
// story keeper, waits for the keeper as runTUI does, and returns the story
// as report JSON with the progress stages and notices seen.
func tuiOpen(t *testing.T, dir, ixDir string) (story string, stages, notices []string, stderr string) {
	t.Helper()
	var log bytes.Buffer
	keeper := newStoryKeeper()
	open := openForTUI(&log, []string{dir}, ixDir, keeper.keep)
	st, ix, err := open(context.Background(), func(stage string, _, _ int) {
		if len(stages) == 0 || stages[len(stages)-1] != stage {
			stages = append(stages, stage)
		}
	}, func(msg string) { notices = append(notices, msg) }, nil)
	if err != nil {
		t.Fatalf("open: %v (log %q)", err, log.String())
	}
	defer ix.Close()
	var errb bytes.Buffer
	keeper.finish(&env{stdout: io.Discard, stderr: &errb})
	var out bytes.Buffer
	if err := report.JSON(&out, st); err != nil {
		t.Fatal(err)
	}
	return out.String(), stages, notices, log.String() + errb.String()
}

// A second start of the TUI on a cached corpus reads the story kept
// beside the index instead of loading and analysing the articles, and
// gets the same story, problems included; a changed corpus or a damaged
// story is analysed again.
func TestTUIKeepsStory(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	writeArticles(t, corpusDir, map[string]string{"bad.json": "{\"title\": broken"})

	first, stages, _, _ := tuiOpen(t, corpusDir, ixDir)
	if !slices.Contains(stages, "actors") || slices.Contains(stages, "story") {
		t.Errorf("first start stages %q: want an analysis", stages)
	}
	if _, err := os.Stat(filepath.Join(ixDir, "story")); err != nil {
		t.Fatalf("no story kept: %v", err)
	}

	second, stages, notices, _ := tuiOpen(t, corpusDir, ixDir)
	if !slices.Contains(stages, "story") || slices.Contains(stages, "load") || slices.Contains(stages, "actors") {
		t.Errorf("second start stages %q: want the kept story read, nothing loaded", stages)
	}
	if second != first {
		t.Errorf("kept story differs from the analysed one:\n%s\n---\n%s", second, first)
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "bad.json") {
		t.Errorf("second start notices %q: want the skipped file again", notices)
	}

	// a changed article: the kept story is stale, so analyse (and keep) again
	writeArticles(t, corpusDir, map[string]string{"ferry.txt": strings.Replace(testArticles["ferry.txt"], "Tuesday", "Wednesday", 1)})
	third, stages, _, _ := tuiOpen(t, corpusDir, ixDir)
	if !slices.Contains(stages, "actors") || third == first || !strings.Contains(third, "resumed on Wednesday") {
		t.Errorf("after a change: stages %q, story changed %v", stages, third != first)
	}
	if fourth, stages, _, _ := tuiOpen(t, corpusDir, ixDir); !slices.Contains(stages, "story") || fourth != third {
		t.Errorf("after a change, second start: stages %q, same story %v", stages, fourth == third)
	}

	// a damaged story: said, and analysed again
	path := filepath.Join(ixDir, "story")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)/2] ^= 0x08
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	fifth, stages, notices, _ := tuiOpen(t, corpusDir, ixDir)
	if fifth != third || !slices.Contains(stages, "actors") {
		t.Errorf("damaged story: stages %q, same story %v", stages, fifth == third)
	}
	if !slices.ContainsFunc(notices, func(n string) bool { return strings.Contains(n, "analysing the articles again") }) {
		t.Errorf("damaged story: notices %q", notices)
	}
}

// A story that cannot be written is a warning once the UI closes, not a
// failure.
func TestStoryKeeperReportsFailure(t *testing.T) {
	c, err := corpus.Load(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	k := newStoryKeeper()
	k.keep(filepath.Join(t.TempDir(), "no", "such", "folder"), "fp", corpus.Analyse(c))
	var errb bytes.Buffer
	k.finish(&env{stdout: io.Discard, stderr: &errb})
	if !strings.Contains(errb.String(), "keeping the analysis") || !strings.Contains(errb.String(), "no such file") {
		t.Errorf("stderr %q", errb.String())
	}
}

// The commands that need the whole story read the one the TUI kept for a
// large corpus in the cache, and analyse again once a file changes.
func TestCommandsReadKeptStory(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	corpusDir := t.TempDir()
	writeArticles(t, corpusDir, testArticles)
	// too long to be an article (skipped, and said), but it makes the
	// corpus large enough to be cached
	writeArticles(t, corpusDir, map[string]string{"dump.txt": strings.Repeat("A line of a log file.\n", 60000)})

	_, before, _ := runCLI(t, "timeline", "--json", corpusDir)
	_, _, _, _ = tuiOpen(t, corpusDir, "")
	code, after, stderr := runCLI(t, "timeline", "--json", corpusDir)
	if code != 0 || after != before {
		t.Errorf("timeline from the kept story (status %d) differs:\n%s\n---\n%s", code, after, before)
	}
	if !strings.Contains(stderr, "skipped") || !strings.Contains(stderr, "dump.txt") {
		t.Errorf("the skipped file is not said again: stderr %q", stderr)
	}

	// mark the kept story, to see that the command reads it
	dir, err := cacheDir([]string{corpusDir})
	if err != nil {
		t.Fatal(err)
	}
	markKeptStory(t, corpusDir, dir)
	if _, out, _ := runCLI(t, "articles", "--json", corpusDir); !strings.Contains(out, "Marked in the kept story") {
		t.Errorf("articles did not read the kept story:\n%s", out)
	}
	writeArticles(t, corpusDir, map[string]string{"school.txt": testArticles["school.txt"] + "\n\nParents thanked the builders."})
	if _, out, _ := runCLI(t, "articles", "--json", corpusDir); strings.Contains(out, "Marked in the kept story") || !strings.Contains(out, "Parents thanked") {
		t.Errorf("articles read a stale kept story:\n%s", out)
	}
}

// markKeptStory titles the first article of the story kept in the index
// folder dir for the corpus at corpusDir "Marked in the kept story", so
// that a test sees whether a command read it.
func markKeptStory(t *testing.T, corpusDir, dir string) {
	t.Helper()
	fp, err := fingerprint([]string{corpusDir}, "")
	if err != nil {
		t.Fatal(err)
	}
	st, err := index.LoadStory(dir, fp.digest, nil)
	if err != nil || st == nil {
		t.Fatalf("no kept story in %s: %v", dir, err)
	}
	st.Articles[0].Title = "Marked in the kept story"
	if err := index.SaveStory(context.Background(), dir, fp.digest, st); err != nil {
		t.Fatal(err)
	}
}

// With --index the commands read the story the TUI kept in that folder,
// small corpus or not.
func TestCommandsReadKeptStoryIndexFlag(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	_, _, _, _ = tuiOpen(t, corpusDir, ixDir)
	markKeptStory(t, corpusDir, ixDir)
	if _, out, _ := runCLI(t, "articles", "--json", "--index", ixDir, corpusDir); !strings.Contains(out, "Marked in the kept story") {
		t.Errorf("articles --index did not read the kept story:\n%s", out)
	}
	for _, cmd := range []string{"timeline", "figures", "actors", "report"} {
		if code, _, stderr := runCLI(t, cmd, "--index", ixDir, corpusDir); code != 0 {
			t.Errorf("%s --index: status %d, stderr %q", cmd, code, stderr)
		}
	}
	if _, out, _ := runCLI(t, "articles", "--json", corpusDir); strings.Contains(out, "Marked in the kept story") {
		t.Errorf("without --index a small corpus read a kept story")
	}
}

// The TUI's Open gives the story early when it must analyse the corpus:
// first before the figures are compared across sources, without
// quantities, then whole, before the index is built. With a current
// index and no kept story only the first comes early, and the whole story
// is Open's result; with a kept story, none.
func TestOpenForTUIEarly(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), filepath.Join(t.TempDir(), "ix")
	writeArticles(t, corpusDir, testArticles)
	type earlyStory struct {
		st       *corpus.Story
		grouping bool
		quants   int
		stages   []string // the stages reported before it came
	}
	run := func(keep func(string, string, *corpus.Story)) (*corpus.Story, []earlyStory) {
		var log bytes.Buffer
		var early []earlyStory
		var stages []string
		progress := func(stage string, _, _ int) { stages = append(stages, stage) }
		st, ix, err := openForTUI(&log, []string{corpusDir}, ixDir, keep)(context.Background(), progress, func(string) {},
			func(s *corpus.Story, grouping bool) {
				early = append(early, earlyStory{s, grouping, len(s.Quantities), slices.Clone(stages)})
			})
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if len(st.Quantities) == 0 {
			t.Fatalf("Open's story has no quantities")
		}
		return st, early
	}
	st, early := run(nil)
	if len(early) != 2 {
		t.Fatalf("the story came early %d times, want 2", len(early))
	}
	first, whole := early[0], early[1]
	if !first.grouping || first.quants != 0 || slices.Contains(first.stages, "quantities") || !slices.Contains(first.stages, "figures") {
		t.Errorf("first early story: grouping %v, %d quantities, after stages %v; want it before the quantities stage, without them",
			first.grouping, first.quants, first.stages)
	}
	if first.st.Quantities != nil {
		t.Errorf("the first early story was given quantities after it was shown")
	}
	if whole.grouping || whole.st != st || whole.st == first.st || !slices.Contains(whole.stages, "quantities") || slices.Contains(whole.stages, "index") {
		t.Errorf("second early story: grouping %v, Open's story %v, new %v, after stages %v; want the whole story before indexing",
			whole.grouping, whole.st == st, whole.st != first.st, whole.stages)
	}

	// the index is current now, but no story was kept
	st, early = run(nil)
	if len(early) != 1 || !early[0].grouping || early[0].quants != 0 || early[0].st == st {
		t.Errorf("with a current index: %d early stories (%+v), want one before the figures are compared", len(early), early)
	}

	// a kept story opens at once
	var kept sync.WaitGroup
	kept.Add(1)
	run(func(dir, fp string, st *corpus.Story) {
		defer kept.Done()
		if err := index.SaveStory(context.Background(), dir, fp, st); err != nil {
			t.Error(err)
		}
	})
	kept.Wait()
	if _, early = run(nil); len(early) != 0 {
		t.Errorf("a kept story came early %d times", len(early))
	}
}

// With no story being written, closing the UI says nothing.
func TestStoryKeeperQuietWithNothingToKeep(t *testing.T) {
	for range 50 {
		var errb bytes.Buffer
		newStoryKeeper().finish(&env{stdout: io.Discard, stderr: &errb})
		if errb.Len() > 0 {
			t.Fatalf("stderr %q with nothing kept", errb.String())
		}
	}
}

// search only indexes the story it loads, so it does not group figures
// into quantities; the commands and the TUI that show the story do. On
// disk, search lets the build release what it has indexed (figures among
// it); in memory the index is small and the story stays whole.
func TestOpenIndexSkipsQuantities(t *testing.T) {
	corpusDir := t.TempDir()
	writeArticles(t, corpusDir, testArticles)
	for _, dir := range []string{"", filepath.Join(t.TempDir(), "ix")} {
		e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
		var stages []string
		progress := func(stage string, _, _ int) { stages = append(stages, stage) }
		ix, st, err := openIndex(context.Background(), e, []string{corpusDir}, indexing{dir: dir, progress: progress})
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		if st == nil || st.Quantities != nil || slices.Contains(stages, "quantities") || !slices.Contains(stages, "figures") {
			t.Fatalf("openIndex (dir %q): stages %v, story %v", dir, stages, st)
		}
		if released := len(st.Figures) == 0; released != (dir != "") {
			t.Errorf("openIndex (dir %q): %d figures left in the story", dir, len(st.Figures))
		}
		full, ix2, err := loadIndexedStory(context.Background(), e, []string{corpusDir}, indexing{dir: filepath.Join(t.TempDir(), "ix2")})
		if err != nil {
			t.Fatal(err)
		}
		ix2.Close()
		if len(full.Quantities) == 0 {
			t.Errorf("loadIndexedStory (dir %q): no quantities", dir)
		}
	}
}

// With the sums kept beside an index, a file is read again only when its
// size or modification time changed, or when it was modified so shortly
// before the sums were taken that it could have changed again unseen.
func TestFingerprintKeptSums(t *testing.T) {
	corpusDir, ixDir := t.TempDir(), t.TempDir()
	writeArticles(t, corpusDir, testArticles)
	// an index folder (sums are kept only beside an index)
	writeArticles(t, ixDir, map[string]string{"index_meta.json": "{}"})
	long := time.Now().Add(-time.Hour).Truncate(time.Second)
	setTime := func(name string, at time.Time) {
		t.Helper()
		if err := os.Chtimes(filepath.Join(corpusDir, name), at, at); err != nil {
			t.Fatal(err)
		}
	}
	for name := range testArticles {
		setTime(name, long)
	}
	fp := func(sums string) corpusPrint {
		t.Helper()
		p, err := fingerprint([]string{corpusDir}, sums)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	first := fp("")
	if !first.changed || len(first.sums) != 3 {
		t.Fatalf("first fingerprint: changed %v, %d sums", first.changed, len(first.sums))
	}
	first.keepSums(ixDir)
	if again := fp(ixDir); again.digest != first.digest || again.changed {
		t.Errorf("unchanged files: digest same %v, sums changed %v", again.digest == first.digest, again.changed)
	}

	// the same size and time: not read again (this is the trust)
	swapped := strings.Replace(testArticles["ferry.txt"], "Tuesday", "Thursday"[:7], 1)
	writeArticles(t, corpusDir, map[string]string{"ferry.txt": swapped})
	setTime("ferry.txt", long)
	if got := fp(ixDir); got.digest != first.digest {
		t.Errorf("a file of the same size and time was read again")
	}
	if got := fp(""); got.digest == first.digest {
		t.Fatalf("the test's change does not change the digest")
	}
	// modified just before the sums were taken, then again within the
	// same tick of the clock: read again
	just := time.Now().Add(-time.Second / 2)
	setTime("ferry.txt", just)
	before := fp(ixDir)
	before.keepSums(ixDir)
	writeArticles(t, corpusDir, map[string]string{"ferry.txt": testArticles["ferry.txt"]})
	setTime("ferry.txt", just)
	racy := fp(ixDir)
	if racy.digest == before.digest || racy.digest != fp("").digest {
		t.Errorf("a file modified within %v of the sums was trusted", racyWindow)
	}
	racy.keepSums(ixDir)
	// a new time alone: read again, the same digest as reading everything
	setTime("school.txt", long.Add(time.Minute))
	touched := fp(ixDir)
	if touched.digest != fp("").digest || !touched.changed {
		t.Errorf("a touched file: digest as read %v, sums changed %v", touched.digest == fp("").digest, touched.changed)
	}
	touched.keepSums(ixDir)
	// a file gone: the sums change
	os.Remove(filepath.Join(corpusDir, "harbour.txt"))
	if gone := fp(ixDir); !gone.changed || len(gone.sums) != 2 || gone.digest != fp("").digest {
		t.Errorf("a file gone: sums changed %v, %d sums", gone.changed, len(gone.sums))
	}
}
