package corpus

// Which story a figure belongs to. A corpus may mix many stories (a news
// feed, a search over months); figures from two articles are compared only
// when the articles tell the same story. An article's story is told by the
// names it repeats: the capitalised words it uses most ("Nortia",
// "Marfin", "Papandreou"). Two articles are about the same story when
// these names overlap enough (a cosine of name counts weighted by how rare
// each name is in the corpus), or when they share a name and the two
// figures' own sentences name it too. Nothing here knows any story: names
// are read from the text.

import (
	"cmp"
	"math"
	"slices"
	"sort"
	"strings"
)

// figStoryNames is how many of an article's most repeated names tell its
// story.
const figStoryNames = 16

// storyMinSimilarity is how alike two articles' names must be for their
// figures to be compared; storyNamedSimilarity is the lower bar when the
// figures' sentences themselves share a name of both stories.
const (
	storyMinSimilarity   = 0.25
	storyNamedSimilarity = 0.08
)

// figStory holds an article's most repeated names (folded keys, sorted) and
// how often each occurs. All the figures of one article share one.
type figStory struct {
	keys   []string
	counts []float64
}

// storyNames tallies the names of an article while its sentences are
// tokenised: each name once in list, in the order first seen (which breaks
// ties), with how often it occurs inside sentences and opening one.
type storyNames struct {
	at   map[string]int // index of each name in list
	list []storyNameCount
	top  []int // working memory of story
}

// storyNameCount is a name of an article and how often it occurs: inside
// sentences (mid), and as a capitalised word opening a sentence (initial:
// a name only if also seen inside one).
type storyNameCount struct {
	key          string
	mid, initial int
}

// figNameCand is a word of a sentence that may be a name telling a story
// (see storyName): its folded key, and whether it opens the sentence or a
// quote.
type figNameCand struct {
	key     string
	initial bool
}

// newStoryNames makes an empty tally.
func newStoryNames() *storyNames {
	return &storyNames{at: map[string]int{}}
}

// storyNamesKeep is the most names a reused storyNames keeps room for (see
// reset).
const storyNamesKeep = 1 << 12

// reset empties the tally for the next article. A tally that grew very
// large starts again small, since clearing a map costs its size.
func (sn *storyNames) reset() {
	if len(sn.at) > storyNamesKeep {
		sn.at = map[string]int{}
	} else {
		clear(sn.at)
	}
	clear(sn.list)
	sn.list = keepScratch(sn.list)
	sn.top = keepScratch(sn.top)
}

// add counts the names among a sentence's tokens. A sentence written in
// capitals (a headline) names nothing reliably and is skipped.
func (sn *storyNames) add(ts []figTok) {
	sn.addCands(ts, appendStoryNameCands(nil, ts))
}

// addCands counts the names of a sentence, found by appendStoryNameCands
// among its tokens ts; a sentence in capitals is skipped (see add).
func (sn *storyNames) addCands(ts []figTok, cands []figNameCand) {
	caps, words := 0, 0
	for _, t := range ts {
		if t.kind == figWord && len(t.text) > 1 {
			words++
			if t.allCaps() {
				caps++
			}
		}
	}
	if words > 3 && caps*2 > words {
		return
	}
	for _, c := range cands {
		x, ok := sn.at[c.key]
		if !ok {
			x = len(sn.list)
			sn.at[c.key] = x
			sn.list = append(sn.list, storyNameCount{key: c.key})
		}
		if c.initial {
			sn.list[x].initial++
		} else {
			sn.list[x].mid++
		}
	}
}

// appendStoryNameCands appends the words of a sentence that may be names
// telling a story (see storyName) to cands.
func appendStoryNameCands(cands []figNameCand, ts []figTok) []figNameCand {
	for i := range ts {
		if key, initial, ok := storyName(ts, i); ok {
			cands = append(cands, figNameCand{key, initial})
		}
	}
	return cands
}

// storyName reads token i as a name that may tell a story: its folded key
// and whether it opens a sentence or a quote (where any word is
// capitalised).
func storyName(ts []figTok, i int) (string, bool, bool) {
	t := ts[i]
	if t.kind != figWord || !t.capital() || len(t.text) < 3 || figStopWords[t.low] || figMonth(t.text) ||
		figWeekday(t.low) || figStoryCommon[t.low] {
		return "", false, false
	}
	initial := i == 0 || ts[i-1].kind == figSym && (ts[i-1].text == "“" || ts[i-1].text == "\"" || ts[i-1].text == "(")
	return strings.ReplaceAll(t.low, "’", "'"), initial, true
}

// appendSentenceNames appends to out the names in a figure's sentence,
// as appendStoryNameCands found them: names opening the sentence only when
// the article repeats them, and neither the figure's place nor its
// speaker. Extract then sorts them and removes repeats (see endWordList).
func appendSentenceNames(out []string, cands []figNameCand, f *Figure, st *figStory) []string {
	if len(cands) == 0 {
		return out
	}
	place, speaker := strings.ToLower(f.Place), strings.ToLower(f.SpeakerAs)
	for _, c := range cands {
		if c.initial && !hasKey(st.keys, c.key) || strings.Contains(place, c.key) || strings.Contains(speaker, c.key) {
			continue
		}
		out = append(out, c.key)
	}
	return out
}

// namesOverlap compares the names of two figures' sentences: +1 when they
// share one, -1 when both name something and share nothing ("Bush had 404
// yards" and "Ivory rushed for 716 yards"), 0 otherwise.
func namesOverlap(a, b []string) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			return 1
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return -1
}

// story returns the article's most repeated names: those seen inside a
// sentence, counting too where they open one, the most frequent first (the
// first seen on a tie), at most figStoryNames of them, sorted. Its lists
// are allocated to size; the tally itself is left as it was.
func (sn *storyNames) story() *figStory {
	top := sn.top[:0] // indexes into list
	for x := range sn.list {
		if sn.list[x].mid > 0 {
			top = append(top, x)
		}
	}
	count := func(x int) int { return sn.list[x].mid + sn.list[x].initial }
	slices.SortFunc(top, func(x, y int) int {
		if c := cmp.Compare(count(y), count(x)); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	sn.top = top[:0]
	if len(top) > figStoryNames {
		top = top[:figStoryNames]
	}
	slices.SortFunc(top, func(x, y int) int { return strings.Compare(sn.list[x].key, sn.list[y].key) })
	st := &figStory{keys: make([]string, len(top)), counts: make([]float64, len(top))}
	for i, x := range top {
		st.keys[i] = sn.list[x].key
		st.counts[i] = float64(count(x))
	}
	return st
}

// figStoryCommon are capitalised words that say nothing of which story an
// article tells: titles, news words, days.
var figStoryCommon = wordSet(`mr mrs ms dr sir lord lady president minister prime secretary chief police government
news reuters associated press afp bbc cnn reporting editing writing additional today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday english`)

// storyVector is an article's names weighted by rarity, as a unit vector.
// ids are the names' ranks among all the names of the corpus, in the order
// of keys, so that comparing two ids compares the names.
type storyVector struct {
	keys []string
	ids  []int32
	w    []float64
}

// storyIndex weighs the names of all the articles of a corpus.
type storyIndex struct {
	vec    map[*figStory]*storyVector
	thread map[*figStory]int32 // each dated article's thread (see linkThreads)
	names  int                 // how many names: the ids run from 0 to names-1
}

// newStoryIndex weighs each name by log(1 + N/df) over the articles whose
// figures are grouped, so a name every article shares (the story's own,
// in a one-story corpus) still counts, but less than a rare one.
func newStoryIndex(side []figGrouping) *storyIndex {
	seen := map[*figStory]bool{}
	df := map[string]int{}
	total := 0
	for i := range side {
		st := side[i].story
		if st == nil || seen[st] {
			continue
		}
		seen[st] = true
		total += len(st.keys)
		for _, k := range st.keys {
			df[k]++
		}
	}
	names := make([]string, 0, len(df))
	for k := range df {
		names = append(names, k)
	}
	slices.Sort(names)
	rank := make(map[string]int32, len(names))
	for r, k := range names {
		rank[k] = int32(r)
	}
	n := float64(len(seen))
	ix := &storyIndex{vec: make(map[*figStory]*storyVector, len(seen)), names: len(names)}
	vecs := make([]storyVector, 0, len(seen))
	ids, ws := make([]int32, total), make([]float64, total)
	for st := range seen {
		m := len(st.keys)
		v := storyVector{keys: st.keys, ids: ids[:m:m], w: ws[:m:m]}
		ids, ws = ids[m:], ws[m:]
		norm := 0.0
		for i, k := range st.keys {
			v.ids[i] = rank[k]
			v.w[i] = (1 + math.Log(st.counts[i])) * math.Log(1+n/float64(df[k]))
			norm += v.w[i] * v.w[i]
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range v.w {
				v.w[i] /= norm
			}
		}
		vecs = append(vecs, v)
		ix.vec[st] = &vecs[len(vecs)-1]
	}
	return ix
}

// similarity returns how alike the names of two figures' articles are
// (their ids and stories), in [0, 1]: 1 for one article, and 1 when
// either article's names are not known (figures made by hand), so that
// those are compared as before.
func (ix *storyIndex) similarity(fArt, gArt string, f, g *figStory) float64 {
	if fArt == gArt || f == nil || g == nil || f == g {
		return 1
	}
	return vectorSimilarity(ix.vec[f], ix.vec[g])
}

// vectorSimilarity is the similarity of the names of two articles (see
// storyIndex.similarity), given their vectors.
func vectorSimilarity(a, b *storyVector) float64 {
	var none storyVector // of an article not indexed: no names
	if a == nil {
		a = &none
	}
	if b == nil {
		b = &none
	}
	if len(a.keys) == 0 && len(b.keys) == 0 {
		return 1 // neither names anything: nothing tells the stories apart
	}
	sim := 0.0
	for i, j := 0, 0; i < len(a.ids) && j < len(b.ids); {
		switch {
		case a.ids[i] == b.ids[j]:
			sim += a.w[i] * b.w[j]
			i++
			j++
		case a.ids[i] < b.ids[j]:
			i++
		default:
			j++
		}
	}
	return sim
}

// sameStory reports whether two figures' articles tell the same story:
// their names are alike enough, they belong to one thread of reports
// (thread, see linkThreads), or their names are somewhat alike and the
// figures' sentences share one of the names both articles repeat.
func (ix *storyIndex) sameStory(f, g *figGrouping, sim float64, thread bool) bool {
	if sim >= storyMinSimilarity || thread {
		return true
	}
	return sim >= storyNamedSimilarity && sharedStoryName(f, g)
}

// Threads of reports. Outlets covering one event name different parts of
// it (one report names the towns near an earthquake, another the agency
// that measured it), so two of its reports can share few names while each
// shares many with a third. Reports published within threadWindow of
// each other whose names are at least threadSimilarity alike are joined,
// and so are the threads they belong to: a chain of close reports from the
// same days is one story. Stories years apart that name the same places
// stay apart; an undated report joins a thread only when it is plainly
// like one of its reports (see linkThreads).
const (
	threadWindow     = 3 * 24 * 60 * 60 // seconds
	threadSimilarity = 0.10
	// threadKeys and threadReach bound the pairs tried: each article is
	// compared with the next threadReach articles, in publication order,
	// that share one of its threadKeys most telling names that another
	// article shares.
	threadKeys  = 6
	threadReach = 8
	// threadMaxReports bounds a thread: weak likeness chained over a large
	// corpus would join stories, and a story told by more reports than
	// this is alike enough in its names without a thread.
	threadMaxReports = 64
	// threadFloor is the least likeness of two articles of one thread, as
	// the grouping weighs it (see grouper.link).
	threadFloor = 0.5
)

// linkThreads finds the threads of reports among the articles of the
// figures, given each article's publication time (Unix seconds; absent
// when unknown).
func (ix *storyIndex) linkThreads(figs []Figure, side []figGrouping, published map[string]int64) {
	type dated struct {
		st *figStory
		at int64
	}
	var arts []dated
	var undated []*figStory
	seen := map[*figStory]bool{}
	for i := range figs {
		st := side[i].story
		if st == nil || seen[st] {
			continue
		}
		seen[st] = true
		if ix.vec[st] == nil {
			continue
		}
		if at, ok := published[figs[i].Article]; ok {
			arts = append(arts, dated{st, at})
		} else {
			undated = append(undated, st)
		}
	}
	if len(arts) < 2 {
		return
	}
	slices.SortStableFunc(arts, func(a, b dated) int { return cmp.Compare(a.at, b.at) })
	uf, size := newUnionFind(len(arts)), make([]int32, len(arts))
	for i := range size {
		size[i] = 1
	}
	find := func(x int32) int32 { return int32(uf.find(int(x))) }
	// the articles that name each name, and each article's most telling
	// names among those another article names too (a name of one article
	// alone, however telling, finds no other)
	posting := map[int32][]int32{}
	for a := range arts {
		for _, id := range ix.vec[arts[a].st].ids {
			posting[id] = append(posting[id], int32(a))
		}
	}
	shared := func(id int32) bool { return len(posting[id]) > 1 }
	top := make([][]int32, len(arts))
	for a := range arts {
		top[a] = topStoryIDs(ix.vec[arts[a].st], shared)
	}
	for a := range arts {
		for _, id := range top[a] {
			list := posting[id] // in publication order, as arts
			at, _ := slices.BinarySearch(list, int32(a))
			for _, b := range list[at+1 : min(len(list), at+1+threadReach)] {
				if arts[b].at-arts[a].at > threadWindow {
					break
				}
				ra, rb := find(int32(a)), find(b)
				if ra == rb || size[ra]+size[rb] > threadMaxReports {
					continue
				}
				if vectorSimilarity(ix.vec[arts[a].st], ix.vec[arts[b].st]) >= threadSimilarity {
					uf.union(int(ra), int(rb))
					size[find(ra)] = size[ra] + size[rb]
				}
			}
		}
	}
	ix.thread = make(map[*figStory]int32, len(arts)+len(undated))
	for a := range arts {
		ix.thread[arts[a].st] = find(int32(a))
	}
	// an undated report joins the thread it is most like, when it is
	// plainly like one of its reports and somewhat like the others it
	// shares names with
	type tally struct {
		sum, best float64
		n         int
	}
	// tried marks the reports an undated one has been compared with (the
	// mark is its position in undated, plus one); by, its tally of each
	// thread met, is made once and cleared for each undated report
	tried := make([]int32, len(arts))
	by := map[int32]tally{}
	for u, st := range undated {
		v := ix.vec[st]
		clear(by)
		for _, id := range topStoryIDs(v, shared) {
			list := posting[id]
			step := max(1, len(list)/threadReach)
			for x := 0; x < len(list); x += step {
				b := list[x]
				if tried[b] == int32(u+1) {
					continue
				}
				tried[b] = int32(u + 1)
				sim := vectorSimilarity(v, ix.vec[arts[b].st])
				r := find(b)
				t := by[r]
				t.sum += sim
				t.n++
				t.best = max(t.best, sim)
				by[r] = t
			}
		}
		best, bestMean := int32(-1), 0.0
		for r, t := range by {
			mean := t.sum / float64(t.n)
			if t.best >= storyMinSimilarity && mean >= threadSimilarity && (mean > bestMean || mean == bestMean && r < best) {
				best, bestMean = r, mean
			}
		}
		if best >= 0 {
			ix.thread[st] = best
		}
	}
}

// topStoryIDs returns the ids of an article's threadKeys most telling
// names that keep says to keep, the heaviest first.
func topStoryIDs(v *storyVector, keep func(int32) bool) []int32 {
	var topBuf [threadKeys]int
	top := v.heaviest(topBuf[:0], threadKeys, keep)
	out := make([]int32, len(top))
	for k, x := range top {
		out[k] = v.ids[x]
	}
	return out
}

// threadOf returns the thread of a figure's article, given its story
// (see linkThreads), or -1 when it is in none.
func (ix *storyIndex) threadOf(st *figStory) int32 {
	if st == nil {
		return -1
	}
	if t, ok := ix.thread[st]; ok {
		return t
	}
	return -1
}

// sharedStoryName reports whether the two figures' sentences (their content
// words) share a name that both articles repeat.
func sharedStoryName(f, g *figGrouping) bool {
	for _, k := range f.story.keys {
		if !hasKey(g.story.keys, k) {
			continue
		}
		w := figStem(k)
		if hasKey(f.context, w) && hasKey(g.context, w) {
			return true
		}
	}
	return false
}

// hasKey reports whether a sorted list holds k.
func hasKey(sorted []string, k string) bool {
	i := sort.SearchStrings(sorted, k)
	return i < len(sorted) && sorted[i] == k
}

// appendStoryBlocks appends to keys those a figure is blocked under for
// grouping a large corpus: its article's few (at most max) most telling
// names, the heaviest first (in order of name on a tie); "" alone when its
// article's names are not known. st is the figure's article's story.
func (ix *storyIndex) appendStoryBlocks(keys []string, st *figStory, max int) []string {
	if st == nil {
		return append(keys, "")
	}
	v := ix.vec[st]
	if v == nil || len(v.keys) == 0 {
		return append(keys, "")
	}
	var topBuf [8]int
	top := v.heaviest(topBuf[:0], max, nil)
	for _, x := range top {
		keys = append(keys, v.keys[x])
	}
	return keys
}

// heaviest appends to top the positions of v's max heaviest names (in
// order of name on a tie) among those keep keeps (all when keep is nil),
// the heaviest first, by insertion into a short sorted list.
func (v *storyVector) heaviest(top []int, max int, keep func(id int32) bool) []int {
	before := func(x, y int) bool {
		if v.w[x] != v.w[y] {
			return v.w[x] > v.w[y]
		}
		return v.keys[x] < v.keys[y]
	}
	first := len(top)
	for x := range v.keys {
		if keep != nil && !keep(v.ids[x]) {
			continue
		}
		at := len(top)
		for at > first && before(x, top[at-1]) {
			at--
		}
		if at-first >= max {
			continue
		}
		if len(top)-first < max {
			top = append(top, 0)
		}
		copy(top[at+1:], top[at:len(top)-1])
		top[at] = x
	}
	return top
}
