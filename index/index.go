// Package index puts an analysed story into a bleve index and searches it:
// one document per article, its sentences an array so that every match
// knows its sentence, with the article's source and dates and each
// sentence's actors, dates and figures. Hits are sentences. It knows
// nothing of the terminal UI.
//
// An index lives in memory (Options.Dir == "") or in a folder. A folder
// index is built and updated incrementally by Build and reopened read-only
// by Open. What it holds besides the documents is kept in bleve's internal
// store, written in the same batches as the documents it describes:
//
//	dateline:format           layout version; another value means rebuild
//	dateline:actors           the story's actors (names and aliases, no mentions)
//	dateline:facts            every sentence's days and actors (facts.go)
//	dateline:sources          the story's sources
//	dateline:fingerprint      the caller's corpus fingerprint, set last
//
// The actors, facts and sources end in a CRC-32 of themselves (seal), and
// every segment file ends in one that bleve writes but does not check;
// Open checks both (verify.go), so that a damaged index is rebuilt rather
// than read wrong or crashing the program.
//
// Beside bleve's files, the folder may keep the analysed story itself
// (SaveStory, LoadStory in story.go) for callers that need all of it.
//
// Each article document carries a digest of everything indexed for it
// (the digest field, read back through its doc values), so a document and
// its digest always change together. An update first clears the
// fingerprint, so an update cut short leaves an index that says it is
// stale but whose digests still match its documents; the next update
// carries on from there. (The digests are not kept in the internal store:
// scorch copies and persists the whole internal store with every batch,
// which made a large build quadratic.)
//
// bleve keeps its root in a bolt file that takes an exclusive lock for
// writing and a shared one for reading. Build holds the exclusive lock
// only while it writes, then reopens read-only, so several processes can
// search one index; a writer that cannot get the lock in time gets
// ErrLocked rather than waiting for ever.
package index

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	index "github.com/blevesearch/bleve_index_api"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/corpus/heapcap"
)

// Format is the version of the index layout and mapping. An index written
// with another format is rebuilt.
const Format = "6"

// metaName is the file bleve keeps an index's kind and mapping in: a
// folder without it holds no index.
const metaName = "index_meta.json"

// internal store keys (see the package comment)
const (
	keyFormat      = "dateline:format"
	keyActors      = "dateline:actors"
	keyFacts       = "dateline:facts"
	keySources     = "dateline:sources"
	keyFingerprint = "dateline:fingerprint"
)

// batchSize is about how many sentences go into one bleve batch (in
// whole articles).
const batchSize = 5000

// maxUnpersisted is how many batches an on-disk build lets scorch hold in
// memory before it waits for the persister: without a bound, a persister
// slower than the writers lets memory grow with the corpus. One is as
// fast as four on 27,000 articles (the next batch is analysed while the
// last is persisted) and its peak RSS is a fifth lower (1.1 against
// 1.35 GiB).
const maxUnpersisted = 1

// mergePlan is scorch's merge policy for the index folders Dateline
// writes. bleve's default counts every segment under 2,000 documents as
// 2,000 and merges ten at a time; a batch of batchSize sentences makes a
// segment of about 300 articles, so those were merged again and again on
// their way up: at 89,417 articles the merges wrote 1,269 MiB for an
// index of 565 MiB, about a quarter of the indexing CPU. Merging up to
// thirty segments of about a batch's size at a time, into tiers thirty
// times larger, writes each article about once more (543 MiB). The price
// is more segments for a search to visit, up to about forty at 90,000
// articles against fourteen, which did not change search times that we
// could measure (merge_test.go replays the planner; docs/PERFORMANCE.md
// has the runs).
var mergePlan = map[string]interface{}{
	"FloorSegmentSize":     300,
	"MaxSegmentsPerTier":   30,
	"SegmentsPerMergeTask": 30,
	"TierGrowth":           30.0,
}

// DefaultLockTimeout is how long Build and Open wait for another process's
// lock on an index folder before giving up with ErrLocked.
const DefaultLockTimeout = 2 * time.Second

// Errors of opening an index folder. They come wrapped as "index DIR: …".
var (
	// ErrLocked means another process holds the index folder's lock.
	ErrLocked = errors.New("in use by another process")
	// ErrDamaged means the folder holds an index that cannot be opened.
	ErrDamaged = errors.New("damaged")
	// ErrFormat means the index was written by another version of Dateline.
	ErrFormat = errors.New("built by another version of Dateline")
	// ErrNoIndex means the folder does not hold an index.
	ErrNoIndex = errors.New("no index")
)

// Options says where and how to build an index.
type Options struct {
	// Dir is the folder of an on-disk index; "" keeps the index in memory.
	Dir string
	// Progress, when set, is called as articles are indexed.
	Progress func(done, total int)
	// Fingerprint identifies the corpus the story was read from (a digest
	// of its files, say). It is stored with a finished on-disk index, so
	// that a later run can compare it and skip loading the corpus.
	Fingerprint string
	// Notify, when set, is told of events worth a message: an index that
	// was damaged or of an old format and is being rebuilt.
	Notify func(msg string)
	// LockTimeout is how long to wait for another process's lock on Dir;
	// zero means DefaultLockTimeout.
	LockTimeout time.Duration
	// Release says that the caller will not read the story again: once
	// an on-disk build has gathered the facts it indexes, it drops the
	// story's figures, expressions, events, quotes and actors' mentions,
	// so that a large build holds less in memory (the heap cap is then
	// lower too). The articles and actors stay. A build that fails to
	// take the folder (ErrLocked) has released nothing; one that has
	// released calls Progress before it returns.
	Release bool
}

func (o Options) lockTimeout() time.Duration {
	if o.LockTimeout > 0 {
		return o.LockTimeout
	}
	return DefaultLockTimeout
}

func (o Options) notify(format string, args ...any) {
	if o.Notify != nil {
		o.Notify(fmt.Sprintf(format, args...))
	}
}

// Index is a searchable index of one story's sentences. Its methods may be
// called from several goroutines at once.
type Index struct {
	b           bleve.Index
	dir         string
	readOnly    bool
	actors      []*corpus.Actor
	sources     []string
	facts       *facts
	fingerprint string
	stats       BuildStats
	closeOnce   sync.Once
	closeErr    error
}

// BuildStats says what the Build that made an index did, by article.
type BuildStats struct {
	Indexed   int // articles (re-)indexed
	Unchanged int // articles whose documents were already in the index
	Removed   int // articles deleted because the story no longer has them
}

// Build indexes the story's sentences. In memory (opts.Dir == "") it
// indexes everything. On disk it creates the folder's index or updates the
// one there, re-indexing only the articles whose documents changed and
// deleting those no longer in the story; a damaged or old-format index is
// rebuilt (and opts.Notify told). While it writes on disk, the Go heap is
// held to twice the live heap it started with (see heapcap). The index
// returned is open read-only.
func Build(ctx context.Context, st *corpus.Story, opts Options) (*Index, error) {
	if opts.Dir == "" {
		b, err := bleve.NewUsing("", newMapping(), scorch.Name, scorch.Name, nil)
		if err != nil {
			return nil, fmt.Errorf("create index in memory: %w", err)
		}
		ix := &Index{b: b}
		if err := ix.update(ctx, st, gatherFacts(st), opts, true); err != nil {
			b.Close()
			return nil, err
		}
		if err := ix.loadInternal(); err != nil {
			b.Close()
			return nil, err
		}
		return ix, nil
	}
	w, fresh, err := openForUpdate(opts)
	if err != nil {
		return nil, err
	}
	sf := gatherFacts(st)
	if opts.Release {
		release(st)
	}
	defer heapcap.Cap()()
	if err := w.update(ctx, st, sf, opts, fresh); err != nil {
		w.Close()
		return nil, err
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("index %s: %w", opts.Dir, err)
	}
	// what this build has just written and synced needs no checking
	ix, err := open(opts.Dir, opts.lockTimeout(), true)
	if err != nil {
		return nil, err
	}
	ix.stats = w.stats
	return ix, nil
}

// release drops what an index build reads only through its gathered
// facts (see Options.Release).
func release(st *corpus.Story) {
	st.Figures, st.Expressions, st.Events, st.Quotes, st.Quantities = nil, nil, nil, nil, nil
	for _, a := range st.Actors {
		a.Mentions = nil
	}
}

// Open opens the index in dir read-only, waiting up to lockTimeout for a
// process that is writing it. It fails with ErrNoIndex, ErrLocked,
// ErrDamaged or ErrFormat (wrapped, test with errors.Is).
// It checks the index's segment files first (verifySegments).
func Open(dir string, lockTimeout time.Duration) (*Index, error) {
	if err := verifySegments(dir, lockTimeout); err != nil {
		return nil, err
	}
	return open(dir, lockTimeout, true)
}

// scorchConfig is the configuration an index folder is created or opened
// with. A new index's is saved in its index_meta.json, and an opening's
// applies over it: unsafe_batch is always given, so that a build's does
// not apply again, and every writer merges by mergePlan, indexes built
// before it too.
func scorchConfig(lockTimeout time.Duration, readOnly, unsafe bool) map[string]interface{} {
	cfg := map[string]interface{}{"bolt_timeout": lockTimeout.String(), "unsafe_batch": unsafe}
	if readOnly {
		cfg["read_only"] = true
	} else {
		cfg["scorchMergePlanOptions"] = mergePlan
	}
	return cfg
}

func open(dir string, lockTimeout time.Duration, readOnly bool) (*Index, error) {
	return openUsing(dir, lockTimeout, readOnly, false)
}

// openUsing opens an index folder; unsafe turns off syncing each batch
// (update syncs its last one, which syncs everything before it).
func openUsing(dir string, lockTimeout time.Duration, readOnly, unsafe bool) (*Index, error) {
	if lockTimeout <= 0 {
		lockTimeout = DefaultLockTimeout
	}
	if _, err := os.Stat(filepath.Join(dir, metaName)); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("index %s: %w", dir, ErrNoIndex)
		}
		return nil, fmt.Errorf("index %s: %w", dir, err)
	}
	b, err := openBleve(dir, scorchConfig(lockTimeout, readOnly, unsafe))
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, fmt.Errorf("index %s: %w", dir, ErrLocked)
		}
		return nil, fmt.Errorf("index %s: %w: %v", dir, ErrDamaged, err)
	}
	ix := &Index{b: b, dir: dir, readOnly: readOnly}
	f, err := b.GetInternal([]byte(keyFormat))
	if err != nil {
		b.Close()
		return nil, fmt.Errorf("index %s: %w: %v", dir, ErrDamaged, err)
	}
	if len(f) == 0 {
		// written first by every build: a build cut short before it, or a
		// damaged index whose latest snapshot scorch could not load
		b.Close()
		return nil, fmt.Errorf("index %s: %w: it has no format mark", dir, ErrDamaged)
	}
	if string(f) != Format {
		b.Close()
		return nil, fmt.Errorf("index %s: %w (format %s, want %s)", dir, ErrFormat, f, Format)
	}
	if err := ix.loadInternal(); err != nil {
		b.Close()
		return nil, fmt.Errorf("index %s: %w: %v", dir, ErrDamaged, err)
	}
	return ix, nil
}

// openBleve opens an index folder with bleve, turning a panic of its
// loading code into an error: Open and Build check the segments first
// (verifySegments), but a damaged file that checks out must not take the
// program down. A panicking open leaves the root file open and locked
// until the process ends, so the folder is not opened again, only rebuilt
// (a new folder, new files).
func openBleve(dir string, cfg map[string]interface{}) (b bleve.Index, err error) {
	if _, bad := unloadable.Load(dir); bad {
		return nil, errors.New("bleve could not load it earlier in this run")
	}
	defer func() {
		if r := recover(); r != nil {
			// the open holds the root file's lock until the process ends:
			// the folder is only good for rebuilding now
			unloadable.Store(dir, true)
			b, err = nil, fmt.Errorf("bleve could not load it: %v", r)
		}
	}()
	return bleve.OpenUsing(dir, cfg)
}

// unloadable holds the folders whose opening panicked in this process.
var unloadable sync.Map

// openForUpdate opens opts.Dir for writing, creating the index when there
// is none and recreating it when it is damaged or of another format.
// fresh says the index is new (no lookups of old documents are needed).
func openForUpdate(opts Options) (ix *Index, fresh bool, err error) {
	dir := opts.Dir
	err = verifySegments(dir, opts.lockTimeout())
	if err == nil {
		ix, err = openUsing(dir, opts.lockTimeout(), false, true)
	}
	switch {
	case err == nil:
		return ix, false, nil
	case errors.Is(err, ErrLocked):
		return nil, false, err
	case errors.Is(err, ErrNoIndex):
		if err := checkEmpty(dir); err != nil {
			return nil, false, err
		}
	case errors.Is(err, ErrDamaged), errors.Is(err, ErrFormat):
		opts.notify("%v; rebuilding it", err)
		if err := removeIndex(dir); err != nil {
			return nil, false, err
		}
	default:
		return nil, false, err
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o755); err != nil {
		return nil, false, fmt.Errorf("index %s: %w", dir, err)
	}
	if err := os.Remove(dir); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, false, fmt.Errorf("index %s: %w", dir, err)
	}
	b, err := bleve.NewUsing(dir, newMapping(), scorch.Name, scorch.Name, scorchConfig(opts.lockTimeout(), false, true))
	if err != nil {
		if errors.Is(err, bolterrors.ErrTimeout) {
			return nil, false, fmt.Errorf("index %s: %w", dir, ErrLocked)
		}
		return nil, false, fmt.Errorf("create index %s: %w", dir, err)
	}
	return &Index{b: b, dir: dir}, true, nil
}

// checkEmpty refuses to create an index in a folder that holds other
// files than file sums (which may outlive an index removed by hand, and
// are removed).
func checkEmpty(dir string) error {
	ents, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	for _, e := range ents {
		if !sumsFile(e.Name()) {
			return fmt.Errorf("index %s: the folder is not empty and holds no Dateline index; refusing to write into it", dir)
		}
	}
	for _, e := range ents {
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return fmt.Errorf("index %s: %w", dir, err)
		}
	}
	return nil
}

// sumsFile says whether a file of an index folder is its file sums (or a
// temporary file of them).
func sumsFile(name string) bool { return name == sumsName || strings.HasPrefix(name, sumsTemp) }

// removeIndex deletes an index folder, but only if it looks like one
// (bleve's index_meta.json and store folder and the kept story, nothing
// else), so that a mistaken --index never deletes someone's files.
func removeIndex(dir string) error {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("index %s: %w", dir, err)
	}
	for _, e := range ents {
		if e.Name() != metaName && e.Name() != "store" && e.Name() != storyName && !strings.HasPrefix(e.Name(), storyTemp) && !sumsFile(e.Name()) {
			return fmt.Errorf("index %s: unexpected file %s in the index folder; remove the folder yourself to rebuild", dir, e.Name())
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("remove index %s: %w", dir, err)
	}
	unloadable.Delete(dir)
	return nil
}

// update brings the index's documents in line with the story.
//
// The articles are compared with the stored digests in this goroutine;
// the changed ones go in chunks to batch writers, one per core, because
// bleve builds each batch's segment on one core. Batches are not synced
// one by one (scorch's unsafe_batch on a folder), but at most
// maxUnpersisted of them wait in memory for the persister; the final batch, with
// the actors, sources and fingerprint, waits until scorch has persisted
// it, and scorch persists snapshots in order, so everything before it is
// on disk too.
func (ix *Index) update(ctx context.Context, st *corpus.Story, sf *storyFacts, opts Options, fresh bool) error {
	where := ix.dir
	if where == "" {
		where = "memory"
	}
	wrap := func(err error) error { return fmt.Errorf("index %s: %w", where, err) }
	start := ix.b.NewBatch()
	if fresh {
		start.SetInternal([]byte(keyFormat), []byte(Format))
	} else {
		// mark the index stale until the update completes
		start.DeleteInternal([]byte(keyFingerprint))
	}
	if err := ix.b.Batch(start); err != nil {
		return wrap(err)
	}
	var stored map[string]string // article id → digest of its document
	if !fresh {
		var err error
		if stored, err = ix.storedDigests(ctx); err != nil {
			return wrap(err)
		}
	}

	n := len(st.Articles)
	var mu sync.Mutex // serialises progress reports from the writers
	done := 0
	report := func(k int) {
		if opts.Progress == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		done += k
		opts.Progress(done, n)
	}
	report(0)

	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	chunks := make(chan []articleDoc, 1)
	var unpersisted chan struct{} // on disk: bounds the batches not yet persisted
	if ix.dir != "" {
		unpersisted = make(chan struct{}, maxUnpersisted)
	}
	errs := make(chan error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for chunk := range chunks {
				if err := ix.writeChunk(chunk, unpersisted); err != nil {
					errs <- wrap(err)
					cancel()
					for range chunks {
					}
					return
				}
				report(len(chunk))
			}
		}()
	}

	err := ix.compare(ctx, st, sf, stored, chunks, report)
	close(chunks)
	wg.Wait()
	select {
	case werr := <-errs:
		return werr
	default:
	}
	if err != nil {
		return wrap(err)
	}

	final := ix.b.NewBatch()
	if !fresh {
		ix.deleteMissing(final, st, stored)
	}
	actors := make([]*corpus.Actor, len(st.Actors))
	for i, a := range st.Actors {
		c := *a
		c.Mentions = nil
		actors[i] = &c
	}
	aj, err := json.Marshal(actors)
	if err != nil {
		return wrap(err)
	}
	sj, err := json.Marshal(st.Sources())
	if err != nil {
		return wrap(err)
	}
	ix.facts = buildFacts(st, sf)
	final.SetInternal([]byte(keyFacts), seal(ix.facts.encode()))
	final.SetInternal([]byte(keyActors), seal(aj))
	final.SetInternal([]byte(keySources), seal(sj))
	// the fingerprint goes last: only a finished update is taken as current
	final.SetInternal([]byte(keyFingerprint), []byte(opts.Fingerprint))
	persisted := make(chan error, 1)
	if ix.dir != "" {
		final.SetPersistedCallback(func(err error) { persisted <- err })
	}
	if err := ix.b.Batch(final); err != nil {
		return wrap(err)
	}
	if ix.dir != "" {
		select {
		case err := <-persisted:
			if err != nil {
				return wrap(err)
			}
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// compare sends the articles whose documents differ from the stored ones
// (all of them when stored is nil: a new index) to chunks, about
// batchSize sentences at a time.
func (ix *Index) compare(ctx context.Context, st *corpus.Story, sf *storyFacts, stored map[string]string, chunks chan<- []articleDoc, report func(int)) error {
	var chunk []articleDoc
	docs, unchanged := 0, 0
	for _, a := range st.Articles {
		if err := ctx.Err(); err != nil {
			return err
		}
		d := sf.articleDoc(a)
		d.Digest = docsHash(&d)
		if stored != nil && stored[a.ID] == d.Digest {
			ix.stats.Unchanged++
			if unchanged++; unchanged == 1000 {
				report(unchanged)
				unchanged = 0
			}
			continue
		}
		chunk = append(chunk, d)
		ix.stats.Indexed++
		if docs += len(d.Text) + 1; docs >= batchSize {
			select {
			case chunks <- chunk:
			case <-ctx.Done():
				return ctx.Err()
			}
			chunk, docs = nil, 0
		}
	}
	report(unchanged)
	if len(chunk) > 0 {
		select {
		case chunks <- chunk:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	return nil
}

// writeChunk indexes a chunk of articles in one batch.
func (ix *Index) writeChunk(chunk []articleDoc, unpersisted chan struct{}) error {
	batch := ix.b.NewBatch()
	for i := range chunk {
		if err := batch.Index(chunk[i].Article, chunk[i]); err != nil {
			return fmt.Errorf("article %s: %w", chunk[i].Article, err)
		}
	}
	if unpersisted != nil {
		// wait while maxUnpersisted batches are in memory only
		unpersisted <- struct{}{}
		batch.SetPersistedCallback(func(error) { <-unpersisted })
	}
	return ix.b.Batch(batch)
}

// storedDigests reads every article document's id and digest from their
// doc values.
func (ix *Index) storedDigests(ctx context.Context) (map[string]string, error) {
	out := map[string]string{}
	var id, digest string
	visit := func(field string, term []byte) {
		switch field {
		case fieldArticle:
			id = string(term)
		case fieldDigest:
			digest = string(term)
		}
	}
	var dv index.DocValueReader
	var pool *search.DocumentMatchPool
	handle := func(d *search.DocumentMatch) error {
		if d == nil {
			return nil
		}
		defer pool.Put(d)
		id, digest = "", ""
		if err := dv.VisitDocValues(d.IndexInternalID, visit); err != nil {
			return err
		}
		if id != "" {
			out[id] = digest
		}
		return nil
	}
	makeHandler := func(sc *search.SearchContext) (search.DocumentMatchHandler, bool, error) {
		var err error
		dv, err = sc.IndexReader.DocValueReader([]string{fieldArticle, fieldDigest})
		pool = sc.DocumentMatchPool
		return handle, false, err
	}
	if err := ix.eachMatch(ctx, bleve.NewMatchAllQuery(), false, makeHandler); err != nil {
		return nil, fmt.Errorf("read the stored digests: %w", err)
	}
	return out, nil
}

// deleteMissing adds to batch the deletion of every stored article that
// the story no longer has.
func (ix *Index) deleteMissing(batch *bleve.Batch, st *corpus.Story, stored map[string]string) {
	seen := make(map[string]bool, len(st.Articles))
	for _, a := range st.Articles {
		seen[a.ID] = true
	}
	for id := range stored {
		if !seen[id] {
			batch.Delete(id)
			ix.stats.Removed++
		}
	}
}

// loadInternal reads the actors, sources and fingerprint stored with the index.
func (ix *Index) loadInternal() error {
	fp, err := ix.b.GetInternal([]byte(keyFingerprint))
	if err != nil {
		return err
	}
	ix.fingerprint = string(fp)
	aj, err := ix.storedInternal(keyActors)
	if err != nil {
		return err
	}
	ix.actors = nil
	if len(aj) > 0 {
		if err := json.Unmarshal(aj, &ix.actors); err != nil {
			return fmt.Errorf("stored actors: %w", err)
		}
	}
	sj, err := ix.storedInternal(keySources)
	if err != nil {
		return err
	}
	ix.sources = nil
	if len(sj) > 0 {
		if err := json.Unmarshal(sj, &ix.sources); err != nil {
			return fmt.Errorf("stored sources: %w", err)
		}
	}
	if ix.facts == nil { // a Build in memory has them already
		fj, err := ix.storedInternal(keyFacts)
		if err != nil {
			return err
		}
		ix.facts = &facts{ids: map[string]int32{}}
		if len(fj) > 0 {
			if ix.facts, err = decodeFacts(fj); err != nil {
				return err
			}
		}
	}
	return nil
}

// storedInternal is sealedInternal for a value every finished build
// stores with its fingerprint (the facts, actors and sources): one absent
// beside a fingerprint is damage (a key bolt's unchecked pages no longer
// name), not an empty index, whose searches would silently find nothing.
func (ix *Index) storedInternal(key string) ([]byte, error) {
	v, err := ix.sealedInternal(key)
	if err == nil && v == nil && ix.fingerprint != "" {
		err = fmt.Errorf("stored %s: missing", strings.TrimPrefix(key, "dateline:"))
	}
	return v, err
}

// sealedInternal reads a value of the internal store written by seal;
// an absent value is nil.
func (ix *Index) sealedInternal(key string) ([]byte, error) {
	v, err := ix.b.GetInternal([]byte(key))
	if err != nil || len(v) == 0 {
		return nil, err
	}
	v, ok := unseal(v)
	if !ok {
		return nil, fmt.Errorf("stored %s: checksum mismatch", strings.TrimPrefix(key, "dateline:"))
	}
	return v, nil
}

// seal appends a CRC-32 of v to it. bleve keeps its internal store in a
// bolt file, which checks its own bookkeeping but not the values in it,
// and a damaged value can still decode: the facts, actors and sources are
// sealed so that Open finds it out.
func seal(v []byte) []byte {
	return binary.BigEndian.AppendUint32(v, crc32.ChecksumIEEE(v))
}

// unseal checks and removes the CRC-32 that seal appended.
func unseal(v []byte) ([]byte, bool) {
	if len(v) < 4 {
		return nil, false
	}
	body := v[:len(v)-4]
	return body, binary.BigEndian.Uint32(v[len(v)-4:]) == crc32.ChecksumIEEE(body)
}

// Close releases the index and its folder's lock. Closing again does
// nothing.
func (ix *Index) Close() error {
	if ix == nil || ix.b == nil {
		return nil
	}
	ix.closeOnce.Do(func() { ix.closeErr = ix.b.Close() })
	return ix.closeErr
}

// Dir returns the index's folder, or "" for an index in memory.
func (ix *Index) Dir() string { return ix.dir }

// Fingerprint returns the corpus fingerprint stored by the last finished
// Build, or "" when there is none (or the last update did not finish).
func (ix *Index) Fingerprint() string { return ix.fingerprint }

// Actors returns the story's actors as stored with the index (names and
// aliases, without mentions), so that a cached index can resolve an alias
// without analysing the corpus again.
func (ix *Index) Actors() []*corpus.Actor { return ix.actors }

// Sources returns the story's sources as stored with the index.
func (ix *Index) Sources() []string { return ix.sources }

// Stats says what the Build that returned the index did; it is zero for
// an index from Open.
func (ix *Index) Stats() BuildStats { return ix.stats }

// Sentences returns the number of sentences in the index.
func (ix *Index) Sentences() (uint64, error) {
	if ix.facts == nil {
		return 0, nil
	}
	return uint64(len(ix.facts.sents)), nil
}

// Articles returns the number of article documents in the index.
func (ix *Index) Articles() (uint64, error) { return ix.b.DocCount() }
