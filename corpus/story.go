package corpus

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dateline-news/dateline/corpus/heapcap"
)

// Story is an analysed corpus: its articles and everything found in them,
// built once by Analyse and read by the index, the commands and the TUI.
type Story struct {
	Name        string
	Articles    []*Article
	Expressions []TimeExpr
	Events      []Event
	Figures     []Figure
	Quantities  []Quantity
	Actors      []*Actor
	Quotes      []Quote
	Problems    []*LoadError // files that could not be loaded, skipped

	byID map[string]*Article
}

// Analyse runs every analysis over the corpus. The order matters: actors and
// quotes come first (quotes shared across articles are evidence for
// publication dates and speakers of figures), then dates and events, then
// figures and quantities.
func Analyse(c *Corpus) *Story { return AnalyseProgress(c, nil) }

// Progress reports how far a long analysis has got: stage names the step
// ("actors", "dates", "figures", "quantities", …), done of total units of
// it are finished. A stage that reports done 0 may count nothing until it
// ends (actors and quantities work over the whole corpus at once).
type Progress func(stage string, done, total int)

// AnalyseProgress is Analyse with progress reports; progress may be nil.
// Per-article work runs in parallel on all cores.
func AnalyseProgress(c *Corpus, progress Progress) *Story {
	_, group := AnalyseStaged(c, progress)
	return group()
}

// AnalyseForIndex is AnalyseProgress without grouping the figures into
// quantities across sources, which only the figures view, the figures
// command and reports read, and which is the slowest step at scale. The
// story it returns has no Quantities; it holds all an index needs.
func AnalyseForIndex(c *Corpus, progress Progress) *Story {
	progress = orNoProgress(progress)
	s := analyseFacts(c, progress)
	dropGroupingData(s.Figures)
	progress("done", len(c.Articles), len(c.Articles))
	return s
}

// AnalyseStaged is AnalyseProgress in two stages, for a caller that shows
// the story while its figures are compared across sources (the slowest
// step at scale): it returns the story without quantities, and group,
// which compares the figures and returns the whole story, a new Story
// holding the first's contents and the quantities. Nothing writes the
// first story once it is returned, so it may be read while group runs.
// Call group once.
func AnalyseStaged(c *Corpus, progress Progress) (st *Story, group func() *Story) {
	progress = orNoProgress(progress)
	s := analyseFacts(c, progress)
	side := groupingOf(s.Figures)
	dropGroupingData(s.Figures)
	return s, func() *Story {
		whole := *s
		whole.Quantities = groupFigures(c.Articles, s.Figures, side, progress)
		side = nil
		progress("done", len(c.Articles), len(c.Articles))
		return &whole
	}
}

// orNoProgress is progress, or a Progress that reports nothing when it
// is nil.
func orNoProgress(progress Progress) Progress {
	if progress == nil {
		return func(string, int, int) {}
	}
	return progress
}

// analyseFacts runs every analysis but the grouping of figures, whose data
// it leaves in the figures.
func analyseFacts(c *Corpus, progress Progress) *Story {
	s := &Story{Name: c.Name, Articles: c.Articles, Problems: c.Problems}
	s.index()
	n := len(c.Articles)
	progress("actors", 0, n)
	s.Actors, s.Quotes = FindActorsQuotes(c.Articles, c.Aliases)
	InferPublished(c.Articles, s.Quotes)
	exprs := make([][]TimeExpr, n)
	parallel(n, func(i int) { exprs[i] = TagDates(c.Articles[i]) }, func(done int) { progress("dates", done, n) })
	s.Expressions = concat(exprs)
	s.Events = BuildEvents(c.Articles, s.Expressions, s.Actors)
	figs := make([][]Figure, n)
	src := NewFigureSources(s.Quotes, s.Actors)
	parallel(n, func(i int) { figs[i] = src.Extract(c.Articles[i]) }, func(done int) { progress("figures", done, n) })
	s.Figures = concat(figs)
	return s
}

// groupFigures groups the figures into quantities (see GroupQuantities),
// given their grouping data, under a heap cap when they are many.
func groupFigures(arts []*Article, figs []Figure, side []figGrouping, progress Progress) []Quantity {
	restore := func() {}
	if len(figs) >= heapCapFigures {
		restore = heapcap.Cap()
	}
	defer restore()
	progress("quantities", 0, len(arts))
	return groupQuantities(arts, figs, side)
}

// heapCapFigures is how many figures a story needs for the comparison of
// figures to run under a heap cap (see heapcap): the step comes last in a
// long analysis and its heap would otherwise aim at twice a live heap
// measured while the figures were read. Below it the story is small and
// the collection that measures the live heap would be wasted. A variable
// so that a test can lower it.
var heapCapFigures = 100_000

// concat joins the per-article lists into one of exactly their total
// length, letting each go as soon as it is copied (at 100,000 articles,
// growing the joined list by appending cost hundreds of megabytes).
func concat[T any](lists [][]T) []T {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	out := make([]T, 0, n)
	for i, l := range lists {
		out = append(out, l...)
		lists[i] = nil
	}
	return out
}

// dropGroupingData releases what only grouping reads (the words
// and names of each figure's sentence and its article's story keys): a
// tenth of the analysed story's memory at scale, and nothing shows it.
func dropGroupingData(figs []Figure) {
	for i := range figs {
		figs[i].Context, figs[i].Names, figs[i].story = nil, nil, nil
	}
}

// parallel runs work(i) for i in [0, n) on all cores, calling report with
// the number finished every so often.
func parallel(n int, work func(i int), report func(done int)) {
	workers := runtime.GOMAXPROCS(0)
	if n < 64 || workers < 2 {
		for i := 0; i < n; i++ {
			work(i)
			if i%256 == 255 {
				report(i + 1)
			}
		}
		report(n)
		return
	}
	var next, done atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				work(i)
				if d := done.Add(1); d%256 == 0 {
					report(int(d))
				}
			}
		}()
	}
	wg.Wait()
	report(n)
}

func (s *Story) index() {
	s.byID = make(map[string]*Article, len(s.Articles))
	for _, a := range s.Articles {
		s.byID[a.ID] = a
	}
}

// Article returns the article with the given id, or nil.
func (s *Story) Article(id string) *Article {
	if s.byID == nil {
		s.index()
	}
	return s.byID[id]
}

// Actor returns the actor with the given id, or nil.
func (s *Story) Actor(id string) *Actor {
	for _, a := range s.Actors {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// FindActor returns the actor that NAME names: its id, name, short name or
// any alias, compared case-insensitively. A person may also be named with
// honorifics and roles before one of those ("Ms Okafor", "Housing
// Minister Dr Angela Okafor"). It returns nil when none does.
func (s *Story) FindActor(name string) *Actor {
	n := foldName(name)
	if n == "" {
		return nil
	}
	if a := s.findFolded(n, ""); a != nil {
		return a
	}
	if bare := stripTitles(n); bare != n {
		return s.findFolded(bare, KindPerson)
	}
	return nil
}

// findFolded returns the actor (of kind, when it is not "") that a folded
// name names, or nil.
func (s *Story) findFolded(n, kind string) *Actor {
	for _, a := range s.Actors {
		if kind != "" && a.Kind != kind {
			continue
		}
		if foldName(a.ID) == n || foldName(a.Name) == n || foldName(a.Short) == n {
			return a
		}
		for _, al := range a.Aliases {
			if foldName(al) == n {
				return a
			}
		}
	}
	return nil
}

// stripTitles drops the honorifics and role words that open a folded
// name, keeping at least its last word: "housing minister dr angela
// okafor" is "angela okafor".
func stripTitles(n string) string {
	for {
		w, rest, ok := strings.Cut(n, " ")
		if !ok || !honorifics[w] && !roleHeads[w] && !roleModifiers[w] {
			return n
		}
		n = rest
	}
}

// QuotesBy returns the quotes attributed to the actor with the given id.
func (s *Story) QuotesBy(id string) []Quote {
	var out []Quote
	for _, q := range s.Quotes {
		if q.Speaker == id {
			out = append(out, q)
		}
	}
	return out
}

// Sources returns the distinct article sources, sorted.
func (s *Story) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range s.Articles {
		if a.Source != "" && !seen[a.Source] {
			seen[a.Source] = true
			out = append(out, a.Source)
		}
	}
	sort.Strings(out)
	return out
}

// foldName normalises a name for comparison: lower case, curly apostrophes
// made straight, spaces collapsed, a leading "the" dropped.
func foldName(s string) string { return string(appendFoldName(nil, s)) }
