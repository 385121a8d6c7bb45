// Command benchtool measures Dateline's index for bench/run.sh: building
// an index of a corpus (load, analysis and indexing timed apart), plain
// bleve indexing of the same texts with the default mapping, reopening a
// built index, and search latency over a fixed list of queries. Each mode
// prints one JSON object on stdout.
//
//	benchtool build  -index DIR [-cpuprofile F] [-memprofile F] PATH...
//	benchtool plain  -index DIR PATH...
//	benchtool open   -index DIR [-n N]
//	benchtool search -index DIR -queries FILE [-rounds N] [-nofacets]
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: benchtool build|plain|open|search [flags] (see the package comment)")
		os.Exit(2)
	}
	fset := flag.NewFlagSet("benchtool "+os.Args[1], flag.ExitOnError)
	dir := fset.String("index", "", "index folder")
	cpuprofile := fset.String("cpuprofile", "", "write a CPU profile to this file")
	fset.StringVar(&memprofile, "memprofile", "", "build: write a heap profile to this file after the analysis")
	queries := fset.String("queries", "", "file of queries (bench/queries.txt)")
	rounds := fset.Int("rounds", 5, "times each query is run")
	n := fset.Int("n", 5, "times the index is reopened")
	noFacets := fset.Bool("nofacets", false, "search without counting facets")
	_ = fset.Parse(os.Args[2:])
	if *dir == "" {
		fail(errors.New("-index DIR is required"))
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	var out any
	var err error
	switch os.Args[1] {
	case "build":
		out, err = build(*dir, fset.Args())
	case "plain":
		out, err = plain(*dir, fset.Args())
	case "open":
		out, err = reopen(*dir, *n)
	case "search":
		out, err = searchAll(*dir, *queries, *rounds, *noFacets)
	default:
		err = fmt.Errorf("unknown mode %q", os.Args[1])
	}
	if err != nil {
		pprof.StopCPUProfile()
		fail(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}

// memprofile is the -memprofile file.
var memprofile string

func fail(err error) {
	fmt.Fprintf(os.Stderr, "benchtool: %v\n", err)
	os.Exit(1)
}

// load reads the corpus at paths as the dateline command does.
func load(paths []string) (*corpus.Corpus, error) {
	var all *corpus.Corpus
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, err
		}
		c, err := corpus.Load(os.DirFS(filepath.Dir(abs)), filepath.Base(abs))
		if err != nil {
			return nil, err
		}
		if all == nil {
			all = c
			continue
		}
		all.Articles = append(all.Articles, c.Articles...)
		all.Aliases = append(all.Aliases, c.Aliases...)
	}
	if all == nil {
		return nil, errors.New("no PATH given")
	}
	return all, nil
}

type buildResult struct {
	Articles     int     `json:"articles"`
	Sentences    uint64  `json:"sentences"`
	LoadS        float64 `json:"load_s"`
	AnalyseS     float64 `json:"analyse_s"`
	IndexS       float64 `json:"index_s"`
	TotalS       float64 `json:"total_s"` // load to index, with the collections and profile between stages
	LoadCPU      float64 `json:"load_cpu_s"`
	AnalyseCPU   float64 `json:"analyse_cpu_s"`
	IndexCPU     float64 `json:"index_cpu_s"`
	ArticlesPerS float64 `json:"articles_per_s"` // analysis plus indexing
	IndexedPerS  float64 `json:"indexed_per_s"`  // indexing alone
	Actors       int     `json:"actors"`         // what the analyses found
	Expressions  int     `json:"expressions"`    //
	Figures      int     `json:"figures"`        //
	HeapPeakMiB  float64 `json:"heap_sys_mib"`   // Go's view; run.sh takes RSS from /usr/bin/time
	LiveMiB      struct {
		Loaded   float64 `json:"loaded"`
		Analysed float64 `json:"analysed"`
		Indexed  float64 `json:"indexed"`
	} `json:"live_heap_mib"` // live heap after each stage (after a GC)
	PeakRSSMiB struct {
		Load    float64 `json:"load"`
		Analyse float64 `json:"analyse"`
		Index   float64 `json:"index"`
	} `json:"peak_rss_mib"` // the most resident memory seen during each stage (sampled every 50 ms)
	Stages         []stageResult `json:"analysis_stages"` // the analysis step by step
	IndexSizeBytes int64         `json:"index_size_bytes"`
}

func build(dir string, paths []string) (*buildResult, error) {
	rss := watchRSS()
	t0, c0 := time.Now(), cpuSeconds()
	c, err := load(paths)
	if err != nil {
		return nil, err
	}
	t1, c1 := time.Now(), cpuSeconds()
	rssLoad := rss.next()
	live1 := liveMiB()
	rss.next()
	// the analysis and the indexing are timed from their own start, after
	// the collection and profile between stages
	ta, ca := time.Now(), cpuSeconds()
	var stages []stageResult
	stageStart, stageCPU, stage := ta, ca, ""
	st := corpus.AnalyseProgress(c, func(name string, done, total int) {
		if name == stage {
			return
		}
		if stage != "" {
			stages = append(stages, stageResult{Name: stage, S: time.Since(stageStart).Seconds(), CPU: cpuSeconds() - stageCPU, PeakRSSMiB: rss.next()})
		}
		stageStart, stageCPU, stage = time.Now(), cpuSeconds(), name
	})
	t2, c2 := time.Now(), cpuSeconds()
	rssAnalyse := rss.next()
	live2 := liveMiB()
	if memprofile != "" {
		f, err := os.Create(memprofile)
		if err != nil {
			return nil, err
		}
		err = pprof.WriteHeapProfile(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
	}
	rss.next()
	ti, ci := time.Now(), cpuSeconds()
	ix, err := index.Build(context.Background(), st, index.Options{Dir: dir, Fingerprint: "benchtool"})
	if err != nil {
		return nil, err
	}
	t3, c3 := time.Now(), cpuSeconds()
	rssIndex := rss.next()
	live3 := liveMiB()
	defer ix.Close()
	docs, err := ix.Sentences()
	if err != nil {
		return nil, err
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	n := len(st.Articles)
	res := &buildResult{
		Articles: n, Sentences: docs,
		LoadCPU: c1 - c0, AnalyseCPU: c2 - ca, IndexCPU: c3 - ci,
		LoadS: t1.Sub(t0).Seconds(), AnalyseS: t2.Sub(ta).Seconds(), IndexS: t3.Sub(ti).Seconds(), TotalS: t3.Sub(t0).Seconds(),
		ArticlesPerS: float64(n) / (t2.Sub(ta) + t3.Sub(ti)).Seconds(), IndexedPerS: float64(n) / t3.Sub(ti).Seconds(),
		Actors: len(st.Actors), Expressions: len(st.Expressions), Figures: len(st.Figures),
		HeapPeakMiB: float64(ms.Sys) / (1 << 20), IndexSizeBytes: dirSize(dir),
	}
	res.LiveMiB.Loaded, res.LiveMiB.Analysed, res.LiveMiB.Indexed = live1, live2, live3
	res.PeakRSSMiB.Load, res.PeakRSSMiB.Analyse, res.PeakRSSMiB.Index = rssLoad, rssAnalyse, rssIndex
	res.Stages = stages
	return res, nil
}

// stageResult is one step of the analysis, as AnalyseProgress names it
// (the step after "figures" groups them into quantities).
type stageResult struct {
	Name       string  `json:"name"`
	S          float64 `json:"s"`
	CPU        float64 `json:"cpu_s"`
	PeakRSSMiB float64 `json:"peak_rss_mib"`
}

// rssWatch samples the process's resident memory and keeps the most seen
// since the last call of next.
type rssWatch struct {
	mu   sync.Mutex
	peak float64
}

func watchRSS() *rssWatch {
	w := &rssWatch{}
	go func() {
		for range time.Tick(50 * time.Millisecond) {
			w.sample()
		}
	}()
	return w
}

func (w *rssWatch) sample() {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return
	}
	var size, resident int64
	if _, err := fmt.Sscan(string(data), &size, &resident); err != nil {
		return
	}
	mib := float64(resident*int64(os.Getpagesize())) / (1 << 20)
	w.mu.Lock()
	w.peak = max(w.peak, mib)
	w.mu.Unlock()
}

// next returns the peak since the last call and starts a new one.
func (w *rssWatch) next() float64 {
	w.sample()
	w.mu.Lock()
	defer w.mu.Unlock()
	p := w.peak
	w.peak = 0
	return p
}

// liveMiB collects garbage and returns the live heap. It is read between
// the timed stages: the collection's time is not counted in either.
func liveMiB() float64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return float64(ms.HeapAlloc) / (1 << 20)
}

type plainResult struct {
	Documents    int     `json:"documents"`
	ReadS        float64 `json:"read_s"`
	IndexS       float64 `json:"index_s"`
	IndexCPU     float64 `json:"index_cpu_s"`
	ArticlesPerS float64 `json:"articles_per_s"`
}

// plain indexes the raw records (JSONL objects, or {"text": …} for other
// files) with bleve's default mapping, one document per article, in
// batches as Dateline does: what a user of plain bleve would write.
func plain(dir string, paths []string) (*plainResult, error) {
	t0 := time.Now()
	var docs []map[string]any
	for _, p := range paths {
		err := filepath.WalkDir(p, func(f string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			if strings.HasSuffix(f, ".jsonl") {
				sc := bufio.NewScanner(strings.NewReader(string(data)))
				sc.Buffer(make([]byte, 1<<20), 64<<20)
				for sc.Scan() {
					var m map[string]any
					if json.Unmarshal(sc.Bytes(), &m) == nil {
						docs = append(docs, m)
					}
				}
				return sc.Err()
			}
			docs = append(docs, map[string]any{"id": f, "text": string(data)})
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	t1, c1 := time.Now(), cpuSeconds()
	b, err := bleve.New(dir, bleve.NewIndexMapping())
	if err != nil {
		return nil, err
	}
	defer b.Close()
	batch := b.NewBatch()
	for i, d := range docs {
		if err := batch.Index(fmt.Sprint(i), d); err != nil {
			return nil, err
		}
		if batch.Size() >= 1000 {
			if err := b.Batch(batch); err != nil {
				return nil, err
			}
			batch.Reset()
		}
	}
	if err := b.Batch(batch); err != nil {
		return nil, err
	}
	t2, c2 := time.Now(), cpuSeconds()
	return &plainResult{Documents: len(docs), ReadS: t1.Sub(t0).Seconds(), IndexS: t2.Sub(t1).Seconds(), IndexCPU: c2 - c1,
		ArticlesPerS: float64(len(docs)) / t2.Sub(t1).Seconds()}, nil
}

type openResult struct {
	Sentences uint64    `json:"sentences"`
	OpenMS    []float64 `json:"open_ms"` // each reopening, first one cold-ish
	MedianMS  float64   `json:"median_ms"`
}

func reopen(dir string, n int) (*openResult, error) {
	out := &openResult{}
	for i := 0; i < n; i++ {
		t := time.Now()
		ix, err := index.Open(dir, time.Second)
		if err != nil {
			return nil, err
		}
		// a first search: what a user waits for before the first result
		if _, err := ix.Search(context.Background(), index.Query{Text: "the", Limit: 1}); err != nil {
			return nil, err
		}
		out.OpenMS = append(out.OpenMS, ms(time.Since(t)))
		out.Sentences, _ = ix.Sentences()
		ix.Close()
	}
	s := append([]float64(nil), out.OpenMS...)
	sort.Float64s(s)
	out.MedianMS = s[len(s)/2]
	return out, nil
}

// cpuSeconds is the process's user plus system CPU time so far: on a
// machine shared with other work, wall time says little, CPU time more.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// benchQuery is one line of the queries file.
type benchQuery struct {
	Line    string  `json:"query"`
	Hits    uint64  `json:"hits"`
	MedianM float64 `json:"median_ms"`
	MaxMS   float64 `json:"max_ms"`
	q       index.Query
}

type searchResult struct {
	Queries   int           `json:"queries"`
	Rounds    int           `json:"rounds"`
	P50MS     float64       `json:"p50_ms"`
	P90MS     float64       `json:"p90_ms"`
	P99MS     float64       `json:"p99_ms"`
	MaxMS     float64       `json:"max_ms"`
	Slowest   []*benchQuery `json:"slowest"`
	NoActor   []string      `json:"unresolved_actors,omitempty"`
	ZeroHits  int           `json:"queries_without_hits"`
	PerQuery  []*benchQuery `json:"per_query"`
	OpenMS    float64       `json:"open_ms"`
	Sentences uint64        `json:"sentences"`
}

func searchAll(dir, file string, rounds int, noFacets bool) (*searchResult, error) {
	if file == "" {
		return nil, errors.New("-queries FILE is required")
	}
	t := time.Now()
	ix, err := index.Open(dir, time.Second)
	if err != nil {
		return nil, err
	}
	defer ix.Close()
	out := &searchResult{Rounds: rounds, OpenMS: ms(time.Since(t))}
	out.Sentences, _ = ix.Sentences()
	qs, unresolved, err := readQueries(file, ix)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		q.q.NoFacets = noFacets
	}
	out.Queries, out.NoActor = len(qs), unresolved
	var all []float64
	per := make([][]float64, len(qs))
	ctx := context.Background()
	for r := 0; r < rounds; r++ {
		for i, q := range qs {
			t := time.Now()
			res, err := ix.Search(ctx, q.q)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", q.Line, err)
			}
			d := ms(time.Since(t))
			all = append(all, d)
			per[i] = append(per[i], d)
			q.Hits = res.Total
		}
	}
	sort.Float64s(all)
	pct := func(p float64) float64 { return all[min(len(all)-1, int(p*float64(len(all))))] }
	out.P50MS, out.P90MS, out.P99MS, out.MaxMS = pct(0.50), pct(0.90), pct(0.99), all[len(all)-1]
	for i, q := range qs {
		sort.Float64s(per[i])
		q.MedianM, q.MaxMS = per[i][len(per[i])/2], per[i][len(per[i])-1]
		if q.Hits == 0 {
			out.ZeroHits++
		}
	}
	out.PerQuery = qs
	slow := append([]*benchQuery(nil), qs...)
	sort.Slice(slow, func(i, j int) bool { return slow[i].MedianM > slow[j].MedianM })
	out.Slowest = slow[:min(5, len(slow))]
	return out, nil
}

// readQueries parses the queries file; actor names resolve through the
// actors stored with the index (names it does not know are listed).
func readQueries(file string, ix *index.Index) ([]*benchQuery, []string, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, nil, err
	}
	st := &corpus.Story{Actors: ix.Actors()}
	var out []*benchQuery
	var unresolved []string
	for n, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		parts := strings.Split(line, "|")
		q := &benchQuery{Line: strings.TrimSpace(line), q: index.Query{Text: strings.TrimSpace(parts[0]), Limit: 20}}
		for _, p := range parts[1:] {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if !ok {
				return nil, nil, fmt.Errorf("%s:%d: filter %q is not key=value", file, n+1, p)
			}
			switch k {
			case "actor":
				if a := st.FindActor(v); a != nil {
					q.q.Actors = append(q.q.Actors, a.ID)
				} else {
					unresolved = append(unresolved, v)
					q.q.Actors = append(q.q.Actors, v) // still timed: matches nothing
				}
			case "source":
				q.q.Source = v
			case "since", "until":
				d, err := time.Parse("2006-01-02", v)
				if err != nil {
					return nil, nil, fmt.Errorf("%s:%d: %v", file, n+1, err)
				}
				if k == "since" {
					q.q.Since = d
				} else {
					q.q.Until = d
				}
			default:
				return nil, nil, fmt.Errorf("%s:%d: unknown filter %q", file, n+1, k)
			}
		}
		out = append(out, q)
	}
	return out, unresolved, nil
}

func dirSize(dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if info, err := d.Info(); err == nil {
				n += info.Size()
			}
		}
		return nil
	})
	return n
}
