package main

// Indexing: how a command gets a searchable index of its corpus.
//
// Small corpora (the built-in seeds, or files under smallCorpusBytes in
// all) are loaded, analysed and indexed in memory on every run; that takes
// milliseconds and leaves nothing behind.
//
// Large corpora are indexed on disk, in os.UserCacheDir()/dateline/<key>
// (or the folder given with --index), where key is a digest of the
// corpus's absolute paths. The index stores a fingerprint of the corpus
// content: a digest of every file the loader may read under the paths
// (names, sizes and bytes) and of the dateline executable (a new build
// may analyse differently). A run goes like this:
//
//  1. Fingerprint the files. This reads them but parses nothing: hashing
//     is far cheaper than cleaning and analysing them. The index folder
//     keeps each file's digest with its size and modification time
//     (index.SaveFileSums), so only the files whose size or time changed
//     are read again; a folder of 100,000 files is otherwise opened file
//     by file on every run (3 s, against 1 s).
//  2. Open the cached index read-only. If its fingerprint matches, the
//     search runs at once: no loading, cleaning or analysis. --actor
//     resolves aliases through the actor table stored with the index, so
//     a cached search needs no Story at all.
//  3. Otherwise load and analyse the corpus and update the index. Build
//     compares per-article digests of the documents, so only articles
//     that changed (or whose analysis changed) are re-indexed and removed
//     ones are deleted; the fingerprint is stored last.
//
// Several processes may share an index: readers hold bolt's shared lock,
// a writer the exclusive one only while it writes. A reader that finds
// the index being written waits for it, saying so on stderr. A writer
// that cannot get the lock (another process has the index open) checks
// whether the other process brought the index up to date; if not it
// indexes in memory for this run, saying so, rather than wait or fail.
// A damaged or old-format index is rebuilt by index.Build, with a message.
//
// The terminal UI needs the whole analysed story, not only the index. For
// it the index folder also keeps the story (index.SaveStory), under the
// same fingerprint: a second start reads the analysis back instead of
// loading and analysing the corpus again, and so do the commands that
// need the story (cachedStory). The story is written after the UI has
// opened, in the background (indexing.keep); a missing, stale or damaged
// one only means analysing again.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// smallCorpusBytes is the size under which a corpus is indexed in memory
// on every run rather than cached on disk.
const smallCorpusBytes = 1 << 20

// waitForWriter is how long a reader waits for another process that is
// writing the index before giving up.
const waitForWriter = 10 * time.Minute

// indexing is what opening an index needs besides the corpus paths.
type indexing struct {
	// dir is the --index folder; "" picks one in the user's cache.
	dir string
	// progress, when set, is told how far loading, analysis and indexing
	// have got (stage "load", "index" or an analysis stage).
	progress func(stage string, done, total int)
	// lockTimeout is how long a writer waits for another process's lock;
	// zero means index.DefaultLockTimeout.
	lockTimeout time.Duration
	// keep, when set, is given a story that had to be analysed for an
	// index on disk, to keep it there for the next start (index.SaveStory).
	keep func(dir, fingerprint string, st *corpus.Story)
	// early, when set, is given the story before an index on disk is
	// built or brought up to date for it (the TUI shows it meanwhile).
	// When the corpus must be analysed it is given the story first before
	// its figures are compared across sources (grouping set, no
	// quantities), then the whole story, a new one, before indexing.
	early func(st *corpus.Story, grouping bool)
}

// openIndex returns an index of the corpus at paths (the seeds when there
// are none) and the analysed story when it had to be loaded; the story is
// nil when a cached index was current and nothing was loaded.
func openIndex(ctx context.Context, e *env, paths []string, ing indexing) (*index.Index, *corpus.Story, error) {
	return openStoryIndex(ctx, e, paths, ing, false)
}

// loadIndexedStory returns the analysed corpus at paths with its index,
// cached on disk when the corpus is large. With a current index it reads
// the story kept beside it when there is one, and loads and analyses the
// corpus only when there is not.
func loadIndexedStory(ctx context.Context, e *env, paths []string, ing indexing) (*corpus.Story, *index.Index, error) {
	ix, st, err := openStoryIndex(ctx, e, paths, ing, true)
	return st, ix, err
}

func openStoryIndex(ctx context.Context, e *env, paths []string, ing indexing, needStory bool) (*index.Index, *corpus.Story, error) {
	progress := ing.progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	if len(paths) == 0 && ing.dir == "" {
		return memoryIndex(ctx, e, nil, paths, progress, needStory)
	}
	dir, dirErr := ing.dir, error(nil)
	if dir == "" {
		dir, dirErr = cacheDir(paths) // "" (no sums to read) when it fails
	}
	fp, err := fingerprint(paths, dir)
	if err != nil {
		return nil, nil, err
	}
	if len(paths) > 0 && fp.bytes < smallCorpusBytes && ing.dir == "" {
		return memoryIndex(ctx, e, nil, paths, progress, needStory)
	}
	if dirErr != nil {
		e.warn("no cache folder (%v); indexing in memory", dirErr)
		return memoryIndex(ctx, e, nil, paths, progress, needStory)
	}

	// the fast path: a current index on disk
	ix, err := openCurrent(ctx, e, dir, fp.digest, progress)
	if err != nil {
		return nil, nil, err
	}
	if ix != nil {
		fp.keepSums(dir)
	}
	if ix != nil && !needStory {
		return ix, nil, nil
	}
	if ix != nil {
		if st := keptStory(e, dir, fp.digest, progress); st != nil {
			return ix, st, nil
		}
	}
	var st *corpus.Story
	if ing.early != nil && needStory {
		// shown while its figures are compared, then whole
		st, err = loadStoryStaged(ctx, e, paths, progress, ing.early)
	} else {
		st, err = loadStoryProgress(e, paths, progress, needStory)
	}
	if err != nil {
		ix.Close()
		return nil, nil, err
	}
	if ix != nil {
		if ing.keep != nil {
			ing.keep(dir, fp.digest, st)
		}
		return ix, st, nil
	}

	// the slow path: bring the index up to date
	if ing.early != nil {
		ing.early(st, false)
	}
	// a caller that needs only the index lets the build drop what it has
	// indexed (the search command, on a large corpus); Build reports
	// progress once it holds the folder, after it has done so
	release, started := !needStory, false
	ix, err = index.Build(ctx, st, index.Options{
		Dir:         dir,
		Fingerprint: fp.digest,
		Progress: func(done, total int) {
			started = true
			progress("index", done, total)
		},
		Notify:      func(msg string) { e.warn("%s", msg) },
		LockTimeout: ing.lockTimeout,
		Release:     release,
	})
	if errors.Is(err, index.ErrLocked) {
		// another process has the index; perhaps it has just updated it
		if ix, err := openCurrent(ctx, e, dir, fp.digest, progress); err == nil && ix != nil {
			return ix, st, nil
		}
		e.warn("the index in %s is in use by another dateline; indexing in memory for this run", dir)
		if release && started {
			// the build has released part of the story: load the corpus
			// again, without repeating the first load's warnings
			quiet := *e
			quiet.stderr, quiet.notice, quiet.progress = io.Discard, nil, nil
			return memoryIndex(ctx, &quiet, nil, paths, progress, needStory)
		}
		return memoryIndex(ctx, e, st, paths, progress, needStory)
	}
	if err != nil {
		return nil, nil, err
	}
	fp.keepSums(dir)
	if needStory && ing.keep != nil {
		ing.keep(dir, fp.digest, st)
	}
	return ix, st, nil
}

// cachedStory returns the story kept in the index folder dir (by default
// the cache folder of the large corpus at paths) when it is current, or
// nil: the commands that need the story (timeline, figures, actors,
// articles, report) then need not analyse a corpus the TUI has opened
// before. Reading it shows a progress line on a terminal. Any problem
// with the paths is left to the loader to report.
func cachedStory(e *env, paths []string, dir string) *corpus.Story {
	if len(paths) == 0 && dir == "" {
		return nil
	}
	byDefault := dir == "" // there, only large corpora are kept
	if byDefault {
		var err error
		if dir, err = cacheDir(paths); err != nil {
			return nil
		}
	}
	if !index.HasStory(dir) {
		return nil
	}
	fp, err := fingerprint(paths, dir)
	if err != nil || (byDefault && fp.bytes < smallCorpusBytes) {
		return nil
	}
	report, stopProgress := e.showProgress()
	defer stopProgress()
	return keptStory(e, dir, fp.digest, report)
}

// keptStory reads the story kept beside a current index, or returns nil
// when there is none (or it cannot be read: then it says why and the
// corpus is analysed again). The files' problems are said again, as
// loading them would have.
func keptStory(e *env, dir, digest string, progress func(string, int, int)) *corpus.Story {
	st, err := index.LoadStory(dir, digest, func(done, total int64) { progress("story", int(done>>20), int(total>>20)) })
	if err != nil {
		e.warn("%v; analysing the articles again", err)
		return nil
	}
	if st != nil {
		reportProblems(e, st.Problems)
	}
	return st
}

// openCurrent opens the index in dir read-only if it holds the corpus with
// the given fingerprint; it returns nil (and no error) when there is no
// such index, and waits while another process writes it, saying so on
// stderr and as the progress stage "wait" (the TUI's stderr is only shown
// once it closes).
func openCurrent(ctx context.Context, e *env, dir, digest string, progress func(string, int, int)) (*index.Index, error) {
	deadline := time.Now().Add(waitForWriter)
	said := false
	for {
		ix, err := index.Open(dir, time.Second)
		switch {
		case err == nil && ix.Fingerprint() == digest:
			return ix, nil
		case err == nil:
			ix.Close()
			return nil, nil
		case errors.Is(err, index.ErrLocked):
			if time.Now().After(deadline) {
				return nil, fmt.Errorf("%w; gave up waiting after %v (is another dateline stuck?)", err, waitForWriter)
			}
			if !said {
				e.say("dateline: another dateline is updating the index in %s; waiting for it…\n", dir)
				progress("wait", 0, 0)
				said = true
			}
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		default:
			// no index yet, or damaged or old (Build rebuilds it)
			return nil, nil
		}
	}
}

// memoryIndex indexes the corpus in memory, loading it first when st is nil
// (with the whole analysis when the story is needed, see loadStoryProgress).
func memoryIndex(ctx context.Context, e *env, st *corpus.Story, paths []string, progress func(string, int, int), needStory bool) (*index.Index, *corpus.Story, error) {
	if st == nil {
		var err error
		if st, err = loadStoryProgress(e, paths, progress, needStory); err != nil {
			return nil, nil, err
		}
	}
	ix, err := index.Build(ctx, st, index.Options{Progress: func(done, total int) { progress("index", done, total) }})
	if err != nil {
		return nil, nil, err
	}
	return ix, st, nil
}

// loadStoryProgress is loadStory with progress reports of the analysis.
// Only a story that is needed (not only indexed, as search does) gets its
// figures grouped into quantities: at 89,346 articles that step is a
// third of the analysis.
func loadStoryProgress(e *env, paths []string, progress func(string, int, int), needStory bool) (*corpus.Story, error) {
	progress("load", 0, 0)
	c, err := loadCorpus(e, paths)
	if err != nil {
		return nil, err
	}
	if !needStory {
		return corpus.AnalyseForIndex(c, corpus.Progress(progress)), nil
	}
	return corpus.AnalyseProgress(c, corpus.Progress(progress)), nil
}

// loadStoryStaged loads and analyses the corpus like loadStoryProgress,
// giving early the story before its figures are compared across sources
// (the slowest step at scale), and returns the whole story, a new one.
// It gives up when ctx ends while the figures are compared.
func loadStoryStaged(ctx context.Context, e *env, paths []string, progress func(string, int, int), early func(*corpus.Story, bool)) (*corpus.Story, error) {
	progress("load", 0, 0)
	c, err := loadCorpus(e, paths)
	if err != nil {
		return nil, err
	}
	st, group := corpus.AnalyseStaged(c, corpus.Progress(progress))
	early(st, true)
	st = group()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return st, nil
}

// cacheDir is the cache folder for the corpus at paths.
func cacheDir(paths []string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	h := sha256.New()
	fmt.Fprintf(h, "dateline index %s\n", index.Format)
	abs := make([]string, 0, len(paths))
	for _, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			return "", fmt.Errorf("%s: %w", p, err)
		}
		abs = append(abs, a)
	}
	sort.Strings(abs)
	for _, a := range abs {
		fmt.Fprintf(h, "%s\n", a)
	}
	return filepath.Join(base, "dateline", hex.EncodeToString(h.Sum(nil)[:12])), nil
}

// corpusPrint is the fingerprint of a corpus's files.
type corpusPrint struct {
	digest string
	bytes  int64 // total size of the files
	files  int
	// sums are the files' digests, taken at at, to keep beside the index
	// for the next run (keepSums); changed says they differ from the
	// sums fingerprint was given.
	sums    map[string]index.FileSum
	at      time.Time
	changed bool
}

// racyWindow is how long before sums were taken a file must have been
// last modified for its sum to be trusted by size and time: one modified
// within the clock's tick after it was read could have changed again
// without its time changing.
const racyWindow = 2 * time.Second

// fingerprint digests every file the loader may read under paths: regular
// files not hidden, walked in order, plus the manifest beside a file named
// on its own, and the executable. Files are read and hashed in parallel,
// but for those whose size and modification time are those of their sum
// kept in the index folder sumsDir (index.LoadFileSums; none when it is
// ""), which are not read again: reopening the index of a folder of
// 100,000 articles would otherwise open every file.
func fingerprint(paths []string, sumsDir string) (corpusPrint, error) {
	at := time.Now()
	// the sums are read while the folders are walked, and the files are
	// looked at (and read when they must be) as the walk finds them
	var old map[string]index.FileSum
	var oldAt time.Time
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		old, oldAt = index.LoadFileSums(sumsDir)
	}()
	type corpusFile struct {
		n    int
		path string      // absolute
		d    fs.DirEntry // nil for a file named on its own
		info fs.FileInfo // of a file named on its own
	}
	type fileDigest struct {
		n    int
		path string
		sum  string
		size int64
		stat index.FileSum // size and time before reading; Digest "" when not to keep
		read bool
	}
	workers := runtime.GOMAXPROCS(0)
	next := make(chan corpusFile, 256)
	done := make([][]fileDigest, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-loaded
			trustBefore := oldAt.Add(-racyWindow).UnixNano()
			for f := range next {
				r := fileDigest{n: f.n, path: f.path}
				info := f.info
				if info == nil {
					info, _ = f.d.Info()
				}
				if info != nil {
					r.stat = index.FileSum{Size: info.Size(), ModTime: info.ModTime().UnixNano()}
					if o, ok := old[f.path]; ok && o.Size == r.stat.Size && o.ModTime == r.stat.ModTime && o.ModTime < trustBefore {
						r.sum, r.size, r.stat = o.Digest, o.Size, o
						done[w] = append(done[w], r)
						continue
					}
				}
				r.read = true
				r.sum, r.size = fileSum(f.path)
				if r.stat.ModTime != 0 && !strings.HasPrefix(r.sum, "error: ") {
					r.stat.Digest = r.sum
				}
				done[w] = append(done[w], r)
			}
		}()
	}
	n := 0
	add := func(path string, d fs.DirEntry, info fs.FileInfo) {
		if d == nil {
			path, _ = filepath.Abs(path)
		}
		next <- corpusFile{n: n, path: path, d: d, info: info}
		n++
	}
	walk := func() error {
		for _, p := range paths {
			info, err := statPath(p)
			if err != nil {
				return err
			}
			if !info.IsDir() {
				add(p, nil, info)
				if m := filepath.Join(filepath.Dir(p), corpus.ManifestName); m != p {
					if mi, err := os.Stat(m); err == nil {
						add(m, nil, mi)
					}
				}
				continue
			}
			// walked from its absolute path, every path found is absolute
			root := p
			if a, err := filepath.Abs(p); err == nil {
				root = a
			}
			err = filepath.WalkDir(root, func(f string, d fs.DirEntry, err error) error {
				if err != nil {
					return nil // the loader reports unreadable files
				}
				if f != root && strings.HasPrefix(d.Name(), ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if d.Type().IsRegular() {
					add(f, d, nil)
				}
				return nil
			})
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
		return nil
	}
	err := walk()
	close(next)
	wg.Wait()
	if err != nil {
		return corpusPrint{}, err
	}
	files := make([]fileDigest, n)
	read := false
	for _, rs := range done {
		for _, r := range rs {
			files[r.n] = r
			read = read || r.read
		}
	}

	h := sha256.New()
	fmt.Fprintf(h, "dateline corpus %s\n%s\n", index.Format, executablePrint())
	out := corpusPrint{files: n, at: at}
	known := 0 // files with a sum to keep
	for _, f := range files {
		fmt.Fprintf(h, "%s\x00%d\x00%s\n", f.path, f.size, f.sum)
		out.bytes += f.size
		if f.stat.Digest != "" {
			known++
		}
	}
	out.digest = hex.EncodeToString(h.Sum(nil))
	// the sums change when a file was read, or one kept is gone
	if out.changed = read || known != len(old); out.changed {
		out.sums = make(map[string]index.FileSum, known)
		for _, f := range files {
			if f.stat.Digest != "" {
				out.sums[f.path] = f.stat
			}
		}
	}
	return out, nil
}

// keepSums keeps the fingerprint's file sums beside the index in dir, when
// they changed, for the next run; failing to is no matter (the files are
// read again).
func (fp corpusPrint) keepSums(dir string) {
	if fp.changed {
		index.SaveFileSums(dir, fp.sums, fp.at)
	}
}

// fileSum returns a digest of a file's bytes and its size; an unreadable
// file gets a digest of its error (the loader will report it).
func fileSum(path string) (string, int64) {
	f, err := os.Open(path)
	if err != nil {
		return "error: " + err.Error(), 0
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return "error: " + err.Error(), n
	}
	return hex.EncodeToString(h.Sum(nil)), n
}

// executablePrint identifies the running build: a new dateline may analyse
// differently, so its index must be brought up to date.
func executablePrint() string {
	exe, err := os.Executable()
	if err != nil {
		return versionString()
	}
	info, err := os.Stat(exe)
	if err != nil {
		return versionString()
	}
	return fmt.Sprintf("%s %s %d %d", versionString(), exe, info.Size(), info.ModTime().UnixNano())
}

// progressLine prints a progress line on stderr when it is a terminal,
// overwriting itself, at most every tenth of a second; done clears it.
type progressLine struct {
	e    *env
	mu   sync.Mutex
	last time.Time
	used bool
}

// showProgress starts a progress line on stderr (drawn when it is a
// terminal) that messages said meanwhile clear first; stop clears it.
func (e *env) showProgress() (report func(stage string, done, total int), stop func()) {
	pl := &progressLine{e: e}
	e.progress = pl
	return pl.report, func() {
		pl.done()
		e.progress = nil
	}
}

// report is a progress function for indexing.progress.
func (p *progressLine) report(stage string, done, total int) {
	// a wait for another process is said on a line of its own
	if !p.e.isTerminal || stage == "wait" {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || (done == total && total > 0) {
		p.last = now
		p.used = true
		var what string
		switch {
		case stage == "load":
			what = "loading articles…"
		case stage == "story":
			what = fmt.Sprintf("reading the kept analysis %d/%d MB", done, total)
		case stage == "index":
			what = fmt.Sprintf("indexing %d/%d articles", done, total)
		case done == 0: // a stage that works over the whole corpus at once
			what = fmt.Sprintf("analysing (%s)…", stage)
		default:
			what = fmt.Sprintf("analysing (%s) %d/%d articles", stage, done, total)
		}
		fmt.Fprintf(p.e.stderr, "\r\x1b[Kdateline: %s", what)
	}
}

// print prints a message of its own, clearing the progress line first;
// the next report draws it again below the message.
func (p *progressLine) print(msg string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.used {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
		p.used = false
	}
	fmt.Fprint(p.e.stderr, msg)
}

// done clears the progress line.
func (p *progressLine) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.used {
		fmt.Fprint(p.e.stderr, "\r\x1b[K")
		p.used = false
	}
}
