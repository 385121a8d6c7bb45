package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dateline-news/dateline/corpus"
)

func TestMapping(t *testing.T) {
	m := newMapping()
	if err := m.Validate(); err != nil {
		t.Fatalf("Validate: %v", err)
	}
	doc := m.TypeMapping[docType]
	if doc == nil || doc.Dynamic {
		t.Fatalf("article mapping missing or dynamic: %+v", doc)
	}
	tests := []struct {
		field     string
		typ       string
		analyzer  string
		store     bool
		vectors   bool
		docValues bool
	}{
		{fieldText, "text", "en", true, true, false},
		{fieldArticle, "text", "keyword", false, false, true},
		{fieldSource, "text", "keyword", false, false, false},
		{fieldActors, "text", "keyword", false, true, false},
		{fieldPublished, "datetime", "", false, false, false},
		{fieldEvents, "datetime", "", false, true, false},
		{fieldDate, "text", "keyword", false, false, false},
		{fieldMonth, "text", "keyword", false, false, false},
		{fieldYear, "text", "keyword", false, false, false},
		{fieldFigures, "number", "", false, true, false},
		{fieldDigest, "text", "keyword", false, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.field, func(t *testing.T) {
			pm := doc.Properties[tt.field]
			if pm == nil || len(pm.Fields) != 1 {
				t.Fatalf("no single field mapping for %s", tt.field)
			}
			f := pm.Fields[0]
			if f.Type != tt.typ || f.Analyzer != tt.analyzer || f.Store != tt.store || f.IncludeTermVectors != tt.vectors || f.DocValues != tt.docValues {
				t.Errorf("%s = {type %s analyzer %q store %v vectors %v docvalues %v}, want %+v",
					tt.field, f.Type, f.Analyzer, f.Store, f.IncludeTermVectors, f.DocValues, tt)
			}
		})
	}
	if m.DefaultField != fieldText || m.IndexDynamic || m.StoreDynamic {
		t.Errorf("default field %q, dynamic index %v store %v", m.DefaultField, m.IndexDynamic, m.StoreDynamic)
	}
}

func TestArticleDoc(t *testing.T) {
	st := fixtureStory(t)
	sf := gatherFacts(st)
	d := sf.articleDoc(st.Articles[1])
	if d.Article != "a2" || d.Source != "Herald" || len(d.Text) != 3 || d.Text[2] != "Officials expect a new budget in May." {
		t.Fatalf("doc = %+v", d)
	}
	// sentence 2's event dates at its array position; the article's
	// dates are its sentences' (publication for those without events)
	if len(d.Events) != 3 || d.Events[0] != nil || !reflect.DeepEqual(d.Events[2], []time.Time{day("2024-05-01"), day("2024-05-31")}) {
		t.Errorf("events %v", d.Events)
	}
	if !reflect.DeepEqual(d.Date, []string{"2024-04-10", "2024-05-01", "2024-05-31"}) || !reflect.DeepEqual(d.Month, []string{"2024-04", "2024-05"}) {
		t.Errorf("date %v month %v", d.Date, d.Month)
	}
	a1 := sf.articleDoc(st.Articles[0])
	if !reflect.DeepEqual(a1.Actors, [][]string{{"council"}, {"union"}, {"jane-heathcote"}}) || !reflect.DeepEqual(a1.Figures, [][]float64{{2e6}, nil, nil}) {
		t.Errorf("a1 actors %v figures %v", a1.Actors, a1.Figures)
	}
	a3 := sf.articleDoc(st.Articles[2])
	if a3.Date != nil || a3.Events != nil || a3.Published != nil || !reflect.DeepEqual(a3.Actors, [][]string{nil, {"union"}}) {
		t.Errorf("undated a3 = %+v", a3)
	}
}

func TestFacts(t *testing.T) {
	st := fixtureStory(t)
	f := buildFacts(st, gatherFacts(st))
	if len(f.arts) != 3 || len(f.sents) != 8 {
		t.Fatalf("%d articles, %d sentences", len(f.arts), len(f.sents))
	}
	a2 := &f.arts[f.ids["a2"]]
	var buf []int32
	if got := f.days(a2, &f.sents[a2.first], buf); !reflect.DeepEqual(got, []int32{dayNum(day("2024-04-10"))}) {
		t.Errorf("a2#0 days %v, want its publication day", got)
	}
	if got := f.days(a2, &f.sents[a2.first+2], buf); !reflect.DeepEqual(got, []int32{dayNum(day("2024-05-01")), dayNum(day("2024-05-31"))}) {
		t.Errorf("a2#2 days %v, want its event's", got)
	}
	a3 := &f.arts[f.ids["a3"]]
	if a3.published != noDay || a3.source != f.arts[f.ids["a2"]].source || f.days(a3, &f.sents[a3.first+1], buf) != nil {
		t.Errorf("a3 = %+v", a3)
	}
	if acts := f.sentActors(&f.sents[a3.first+1]); len(acts) != 1 || f.actors[acts[0]] != "union" {
		t.Errorf("a3#1 actors %v", acts)
	}

	enc := f.encode()
	g, err := decodeFacts(enc)
	if err != nil {
		t.Fatalf("decode: %v", err)
	}
	if !reflect.DeepEqual(g.arts, f.arts) || !reflect.DeepEqual(g.sents, f.sents) || !reflect.DeepEqual(g.pool, f.pool) ||
		!reflect.DeepEqual(g.actors, f.actors) || !reflect.DeepEqual(g.sources, f.sources) || !reflect.DeepEqual(g.ids, f.ids) {
		t.Errorf("decoded facts differ:\n%+v\n%+v", g, f)
	}
	// every cut and a flipped byte are errors, never a panic
	for i := 0; i < len(enc); i++ {
		if _, err := decodeFacts(enc[:i]); err == nil {
			t.Errorf("decoding the first %d of %d bytes gave no error", i, len(enc))
		}
		bad := append([]byte(nil), enc...)
		bad[i] ^= 0xff
		decodeFacts(bad)
	}
	if dayTime(dayNum(day("1969-12-31"))) != day("1969-12-31") || monthString(monthNum(dayNum(day("2024-05-31")))) != "2024-05" {
		t.Error("day numbers do not round-trip")
	}
}

// allIDs returns every sentence in the index, as article#sentence, sorted.
func allIDs(t *testing.T, ix *Index) []string {
	t.Helper()
	r, err := ix.Search(context.Background(), Query{Limit: 10000})
	if err != nil {
		t.Fatal(err)
	}
	ids := hitIDs(r)
	sort.Strings(ids)
	return ids
}

// buildDisk builds on disk and records the messages Build sends.
func buildDisk(t *testing.T, st *corpus.Story, dir, fp string) (*Index, []string) {
	t.Helper()
	var notes []string
	ix, err := Build(context.Background(), st, Options{Dir: dir, Fingerprint: fp, Notify: func(m string) { notes = append(notes, m) }})
	if err != nil {
		t.Fatalf("Build %s: %v", dir, err)
	}
	return ix, notes
}

func TestBuildOnDiskAndReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	st := fixtureStory(t)
	ix, notes := buildDisk(t, st, dir, "fp1")
	if len(notes) > 0 {
		t.Errorf("messages for a new index: %q", notes)
	}
	want := allIDs(t, ix)
	if len(want) != 8 {
		t.Errorf("ids = %v", want)
	}
	if s := ix.Stats(); s.Indexed != 3 || s.Unchanged != 0 || s.Removed != 0 {
		t.Errorf("stats %+v", s)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}

	re, err := Open(dir, time.Second)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer re.Close()
	if re.Fingerprint() != "fp1" {
		t.Errorf("Fingerprint = %q", re.Fingerprint())
	}
	if got := allIDs(t, re); !reflect.DeepEqual(got, want) {
		t.Errorf("reopened ids %v, want %v", got, want)
	}
	if len(re.Actors()) != 3 || re.Actors()[2].Name != "Jane Heathcote" || re.Actors()[2].Mentions != nil {
		t.Errorf("stored actors %+v", re.Actors())
	}
	if !reflect.DeepEqual(re.Sources(), []string{"Gazette", "Herald"}) {
		t.Errorf("stored sources %v", re.Sources())
	}
	// several readers share the index
	re2, err := Open(dir, time.Second)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	re2.Close()
}

func TestIncrementalUpdate(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp1")
	ix.Close()

	// the same story again: nothing re-indexed
	ix, _ = buildDisk(t, fixtureStory(t), dir, "fp1")
	if s := ix.Stats(); s.Indexed != 0 || s.Unchanged != 3 || s.Removed != 0 {
		t.Errorf("unchanged story: stats %+v", s)
	}
	ix.Close()

	// a2 loses a sentence, a3 is removed, a4 is added, a1 is untouched
	st := fixtureStory(t)
	st.Articles[1] = cleanArticle(t, "a2", "Herald", "2024-04-10", "The budget vote was delayed again. Officials are silent.")
	st.Articles = append(st.Articles[:2], cleanArticle(t, "a4", "Courier", "2024-06-01", "A fresh budget row erupted."))
	st.Expressions = nil
	st.Actors[1].Mentions = st.Actors[1].Mentions[:1] // a3's mention goes with a3
	ix, _ = buildDisk(t, st, dir, "fp2")
	defer ix.Close()
	if s := ix.Stats(); s.Indexed != 2 || s.Unchanged != 1 || s.Removed != 1 {
		t.Errorf("changed story: stats %+v", s)
	}
	want := []string{"a1#0", "a1#1", "a1#2", "a2#0", "a2#1", "a4#0"}
	if got := allIDs(t, ix); !reflect.DeepEqual(got, want) {
		t.Errorf("ids after update %v, want %v", got, want)
	}
	r, err := ix.Search(context.Background(), Query{Text: "budget"})
	if err != nil {
		t.Fatal(err)
	}
	ids := hitIDs(r)
	sort.Strings(ids)
	if !reflect.DeepEqual(ids, []string{"a1#0", "a2#0", "a4#0"}) {
		t.Errorf("budget after update: %v", ids)
	}
	if r.Hits[0].Text == "" || ix.Fingerprint() != "fp2" {
		t.Errorf("hit %+v fingerprint %q", r.Hits[0], ix.Fingerprint())
	}
	if !reflect.DeepEqual(ix.Sources(), []string{"Courier", "Gazette", "Herald"}) {
		t.Errorf("sources %v", ix.Sources())
	}
}

func TestUpdateCarriesOnFromDocumentDigests(t *testing.T) {
	// an update cut short after writing a2's new document: the next
	// update reads a2's digest from the document itself and leaves it
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp1")
	ix.Close()
	st := fixtureStory(t)
	st.Articles[1] = cleanArticle(t, "a2", "Herald", "2024-04-10", "The budget vote was delayed again. Officials are silent.")
	st.Expressions = nil
	w, err := open(dir, time.Second, false)
	if err != nil {
		t.Fatal(err)
	}
	d := gatherFacts(st).articleDoc(st.Articles[1])
	d.Digest = docsHash(&d)
	if err := w.writeChunk([]articleDoc{d}, nil); err != nil {
		t.Fatal(err)
	}
	w.Close()

	ix, _ = buildDisk(t, st, dir, "fp2")
	defer ix.Close()
	if s := ix.Stats(); s.Indexed != 0 || s.Unchanged != 3 {
		t.Errorf("stats %+v, want nothing re-indexed", s)
	}
	if got := allIDs(t, ix); !reflect.DeepEqual(got, []string{"a1#0", "a1#1", "a1#2", "a2#0", "a2#1", "a3#0", "a3#1"}) {
		t.Errorf("ids %v", got)
	}
}

func TestAnalysisChangeReindexes(t *testing.T) {
	// the text of a1 is the same, but an actor is now found in it
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp")
	ix.Close()
	st := fixtureStory(t)
	st.Actors = append(st.Actors, &corpus.Actor{ID: "police", Name: "Police", Mentions: []corpus.Mention{{Article: "a2", Sentence: 1}}})
	ix, _ = buildDisk(t, st, dir, "fp")
	defer ix.Close()
	if s := ix.Stats(); s.Indexed != 1 || s.Unchanged != 2 {
		t.Errorf("stats %+v", s)
	}
	r, err := ix.Search(context.Background(), Query{Actors: []string{"police"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := hitIDs(r); !reflect.DeepEqual(got, []string{"a2#1"}) {
		t.Errorf("police hits %v", got)
	}
}

func TestDamagedIndexIsRebuilt(t *testing.T) {
	tests := []struct {
		name    string
		damage  func(t *testing.T, dir string)
		message string
		// scorch may fall back to an older snapshot it can load; that one
		// has no fingerprint, so the index is stale and Build repairs it
		// incrementally instead of rebuilding
		mayRecover bool
	}{
		{"garbage root", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "store", "root.bolt"), strings.Repeat("garbage!", 1000))
		}, "damaged", false},
		{"segment gone", func(t *testing.T, dir string) {
			segs, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
			if len(segs) == 0 {
				t.Fatal("no segment files to remove")
			}
			for _, s := range segs {
				os.Remove(s)
			}
		}, "damaged", true},
		{"bad meta", func(t *testing.T, dir string) {
			writeFile(t, filepath.Join(dir, "index_meta.json"), "{not json")
		}, "damaged", false},
		// bleve's segment reader trusts the footer's offsets: this one
		// panicked in bleve.OpenUsing before segments were checked
		{"segment footer", func(t *testing.T, dir string) {
			flipSegmentByte(t, dir, func(size int64) int64 { return size - 20 })
		}, "checksum mismatch", false},
		// a damaged body opens and is read as if it were sound
		{"segment body", func(t *testing.T, dir string) {
			flipSegmentByte(t, dir, func(size int64) int64 { return size / 2 })
		}, "checksum mismatch", false},
		{"facts value", func(t *testing.T, dir string) {
			editStore(t, dir, func(ix *Index) {
				v, err := ix.b.GetInternal([]byte(keyFacts))
				if err != nil || len(v) < 8 {
					t.Fatalf("stored facts %d bytes, %v", len(v), err)
				}
				v = append([]byte(nil), v...)
				v[len(v)/2] ^= 1
				ix.b.SetInternal([]byte(keyFacts), v)
			})
		}, "stored facts: checksum mismatch", false},
		// bolt checks its own bookkeeping, not its keys: a damaged key
		// reads as a missing one
		{"facts key", func(t *testing.T, dir string) {
			editStore(t, dir, func(ix *Index) { ix.b.DeleteInternal([]byte(keyFacts)) })
		}, "stored facts: missing", false},
		{"actors key", func(t *testing.T, dir string) {
			editStore(t, dir, func(ix *Index) { ix.b.DeleteInternal([]byte(keyActors)) })
		}, "stored actors: missing", false},
		{"old format", func(t *testing.T, dir string) {
			editStore(t, dir, func(ix *Index) { ix.b.SetInternal([]byte(keyFormat), []byte("0")) })
		}, "another version", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "ix")
			ix, _ := buildDisk(t, fixtureStory(t), dir, "fp")
			ix.Close()
			tt.damage(t, dir)
			recovered := false
			if ix, err := Open(dir, time.Second); err == nil {
				recovered = true
				if !tt.mayRecover || ix.Fingerprint() == "fp" {
					t.Errorf("Open of the damaged index succeeded (fingerprint %q)", ix.Fingerprint())
				}
				ix.Close()
			} else if !errors.Is(err, ErrDamaged) && !errors.Is(err, ErrFormat) {
				t.Errorf("Open error %v is neither ErrDamaged nor ErrFormat", err)
			}
			ix, notes := buildDisk(t, fixtureStory(t), dir, "fp")
			defer ix.Close()
			if recovered {
				if len(notes) != 0 {
					t.Errorf("messages %q for a stale index", notes)
				}
			} else if len(notes) != 1 || !strings.Contains(notes[0], tt.message) || !strings.Contains(notes[0], "rebuilding") {
				t.Errorf("messages %q, want one about %q", notes, tt.message)
			}
			if got := allIDs(t, ix); len(got) != 8 {
				t.Errorf("rebuilt index has %v", got)
			}
		})
	}
}

// A segment that bleve's loader panics on, should one pass the checksum:
// the open fails with an error, and Build rebuilds the folder in the same
// process although the failed open still holds the root file's lock.
func TestPanickingOpenIsRebuilt(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp")
	ix.Close()
	flipSegmentByte(t, dir, func(size int64) int64 { return size - 20 })
	// openBleve is what Open calls once the checksums are checked
	if b, err := openBleve(dir, map[string]interface{}{"read_only": true, "bolt_timeout": "1s"}); err == nil {
		b.Close()
		t.Fatal("bleve opened a segment whose footer is damaged")
	} else if !strings.Contains(err.Error(), "could not load") {
		t.Fatalf("openBleve error %v", err)
	}
	if _, err := Open(dir, time.Second); !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open after a failed open: %v, want ErrDamaged", err)
	}
	ix, notes := buildDisk(t, fixtureStory(t), dir, "fp")
	defer ix.Close()
	if len(notes) != 1 || !strings.Contains(notes[0], "rebuilding") {
		t.Errorf("messages %q", notes)
	}
	if got := allIDs(t, ix); len(got) != 8 {
		t.Errorf("rebuilt index has %v", got)
	}
}

// editStore opens the index in dir for writing, lets edit change it
// behind Dateline's back (as damage would) and closes it.
func editStore(t *testing.T, dir string, edit func(ix *Index)) {
	t.Helper()
	ix, err := open(dir, time.Second, false)
	if err != nil {
		t.Fatal(err)
	}
	edit(ix)
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
}

// flipSegmentByte inverts one byte, at(size), of every segment file.
func flipSegmentByte(t *testing.T, dir string, at func(size int64) int64) {
	t.Helper()
	segs, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if len(segs) == 0 {
		t.Fatal("no segment files")
	}
	for _, s := range segs {
		b, err := os.ReadFile(s)
		if err != nil {
			t.Fatal(err)
		}
		b[at(int64(len(b)))] ^= 0xff
		if err := os.WriteFile(s, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func writeFile(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLockedIndex(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp")
	ix.Close()

	// a writer holds the index: readers and other writers give up in time
	w, err := open(dir, time.Second, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, 50*time.Millisecond); !errors.Is(err, ErrLocked) {
		t.Errorf("Open while written: %v, want ErrLocked", err)
	}
	_, err = Build(context.Background(), fixtureStory(t), Options{Dir: dir, LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Build while written: %v, want ErrLocked", err)
	}
	w.Close()

	// a reader holds it: a writer gives up, other readers do not wait
	r, err := Open(dir, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	_, err = Build(context.Background(), fixtureStory(t), Options{Dir: dir, LockTimeout: 50 * time.Millisecond})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Build while read: %v, want ErrLocked", err)
	}
	if got := allIDs(t, r); len(got) != 8 {
		t.Errorf("reader sees %v after the failed writer", got)
	}
}

func TestBuildRefusesForeignFolder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "notes.txt"), "mine")
	_, err := Build(context.Background(), fixtureStory(t), Options{Dir: dir})
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("Build into a non-empty folder: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err != nil {
		t.Errorf("the folder's file is gone: %v", err)
	}
}

func TestBuildCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Build(ctx, fixtureStory(t), Options{Dir: filepath.Join(t.TempDir(), "ix")}); !errors.Is(err, context.Canceled) {
		t.Errorf("Build with a cancelled context: %v", err)
	}
}

func TestProgress(t *testing.T) {
	var calls [][2]int
	ix, err := Build(context.Background(), fixtureStory(t), Options{Progress: func(d, n int) { calls = append(calls, [2]int{d, n}) }})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if len(calls) < 2 || calls[0] != [2]int{0, 3} || calls[len(calls)-1] != [2]int{3, 3} {
		t.Errorf("progress calls %v", calls)
	}
}

func TestOnDiskBuildCapsTheHeap(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	var during []int64
	progress := func(done, total int) { during = append(during, debug.SetMemoryLimit(-1)) }
	ix, err := Build(context.Background(), fixtureStory(t), Options{Dir: filepath.Join(t.TempDir(), "ix"), Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if len(during) == 0 || during[0] >= before {
		t.Errorf("limit during the build %v, want below %d", during, before)
	}
	if after := debug.SetMemoryLimit(-1); after != before {
		t.Errorf("limit after the build %d, want it restored to %d", after, before)
	}

	// a user's GOMEMLIMIT is left alone
	t.Setenv("GOMEMLIMIT", "8GiB")
	during = nil
	ix, err = Build(context.Background(), fixtureStory(t), Options{Dir: filepath.Join(t.TempDir(), "ix"), Progress: progress})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if len(during) == 0 || during[0] != before {
		t.Errorf("limit with GOMEMLIMIT set %v, want %d untouched", during, before)
	}
}

// TestReleasedBuildSearchesTheSame checks that an on-disk build told it
// may release the story drops what it no longer needs, and that the index
// answers as one built from the story kept whole: figures, event dates,
// actors and their facets come from the facts gathered first.
func TestReleasedBuildSearchesTheSame(t *testing.T) {
	queries := []Query{
		{Text: "figures:>=1000000"},
		{Text: `events:>="2024-05-01T00:00:00Z"`},
		{Text: "actors:union"},
		{Actors: []string{"union"}},
		{Text: "strike", Actors: []string{"union"}},
		{Text: "budget", Since: time.Date(2024, 4, 1, 0, 0, 0, 0, time.UTC)},
		{Text: "budget"},
	}
	results := func(release bool) ([]string, *corpus.Story) {
		st := fixtureStory(t)
		ix, err := Build(context.Background(), st, Options{Dir: filepath.Join(t.TempDir(), "ix"), Release: release})
		if err != nil {
			t.Fatal(err)
		}
		defer ix.Close()
		var out []string
		for _, q := range queries {
			r, err := ix.Search(context.Background(), q)
			if err != nil {
				t.Fatalf("%+v: %v", q, err)
			}
			out = append(out, fmt.Sprintf("%+v: %d hits %v, facets %+v", q, r.Total, hitIDs(r), r.Facets))
		}
		return out, st
	}
	kept, whole := results(false)
	released, dropped := results(true)
	if len(whole.Figures) == 0 || len(whole.Expressions) == 0 || len(whole.Actors[0].Mentions) == 0 {
		t.Fatalf("the fixture has %d figures, %d expressions, %d mentions of its first actor: nothing to release",
			len(whole.Figures), len(whole.Expressions), len(whole.Actors[0].Mentions))
	}
	if dropped.Figures != nil || dropped.Expressions != nil || dropped.Actors[0].Mentions != nil {
		t.Errorf("released build kept %d figures, %d expressions, %d mentions", len(dropped.Figures), len(dropped.Expressions), len(dropped.Actors[0].Mentions))
	}
	if len(dropped.Articles) != len(whole.Articles) || len(dropped.Actors) != len(whole.Actors) {
		t.Errorf("released build dropped articles or actors")
	}
	for i := range kept {
		if kept[i] != released[i] {
			t.Errorf("released build answers\n%s\nkept whole:\n%s", released[i], kept[i])
		}
	}
}
