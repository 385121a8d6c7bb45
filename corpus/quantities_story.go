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
	"math"
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
// tokenised.
type storyNames struct {
	mid     map[string]int // names inside sentences
	initial map[string]int // capitalised words opening a sentence: names only if also seen inside one
	first   map[string]int // order of first sight, to break ties
}

func newStoryNames() *storyNames {
	return &storyNames{mid: map[string]int{}, initial: map[string]int{}, first: map[string]int{}}
}

// add counts the names among a sentence's tokens. A sentence written in
// capitals (a headline) names nothing reliably and is skipped.
func (sn *storyNames) add(ts []figTok) {
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
	for i := range ts {
		key, initial, ok := storyName(ts, i)
		if !ok {
			continue
		}
		if _, ok := sn.first[key]; !ok {
			sn.first[key] = len(sn.first)
		}
		if initial {
			sn.initial[key]++
		} else {
			sn.mid[key]++
		}
	}
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

// sentenceNames returns the names in a figure's sentence, folded, sorted
// and unique: names opening the sentence only when the article repeats
// them, and neither the figure's place nor its speaker.
func sentenceNames(ts []figTok, f *Figure, st *figStory) []string {
	var out []string
	place, speaker := strings.ToLower(f.Place), strings.ToLower(f.SpeakerAs)
	for i := range ts {
		key, initial, ok := storyName(ts, i)
		if !ok || initial && !hasKey(st.keys, key) || strings.Contains(place, key) || strings.Contains(speaker, key) {
			continue
		}
		out = append(out, key)
	}
	sort.Strings(out)
	return compactStrings(out)
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

// story returns the article's most repeated names.
func (sn *storyNames) story() *figStory {
	for k, n := range sn.initial {
		if sn.mid[k] > 0 {
			sn.mid[k] += n
		}
	}
	keys := make([]string, 0, len(sn.mid))
	for k := range sn.mid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if sn.mid[a] != sn.mid[b] {
			return sn.mid[a] > sn.mid[b]
		}
		return sn.first[a] < sn.first[b]
	})
	if len(keys) > figStoryNames {
		keys = keys[:figStoryNames]
	}
	sort.Strings(keys)
	st := &figStory{keys: keys, counts: make([]float64, len(keys))}
	for i, k := range keys {
		st.counts[i] = float64(sn.mid[k])
	}
	return st
}

// figStoryCommon are capitalised words that say nothing of which story an
// article tells: titles, news words, days.
var figStoryCommon = wordSet(`mr mrs ms dr sir lord lady president minister prime secretary chief police government
news reuters associated press afp bbc cnn reporting editing writing additional today yesterday tomorrow
monday tuesday wednesday thursday friday saturday sunday english`)

// storyVector is an article's names weighted by rarity, as a unit vector.
type storyVector struct {
	keys []string
	w    []float64
}

// storyIndex weighs the names of all the articles of a corpus.
type storyIndex struct {
	vec map[*figStory]storyVector
}

// newStoryIndex weighs each name by log(1 + N/df) over the articles whose
// figures are grouped, so a name every article shares (the story's own,
// in a one-story corpus) still counts, but less than a rare one.
func newStoryIndex(figs []Figure) *storyIndex {
	seen := map[*figStory]bool{}
	df := map[string]int{}
	for i := range figs {
		st := figs[i].story
		if st == nil || seen[st] {
			continue
		}
		seen[st] = true
		for _, k := range st.keys {
			df[k]++
		}
	}
	n := float64(len(seen))
	ix := &storyIndex{vec: make(map[*figStory]storyVector, len(seen))}
	for st := range seen {
		v := storyVector{keys: st.keys, w: make([]float64, len(st.keys))}
		norm := 0.0
		for i, k := range st.keys {
			v.w[i] = (1 + math.Log(st.counts[i])) * math.Log(1+n/float64(df[k]))
			norm += v.w[i] * v.w[i]
		}
		if norm > 0 {
			norm = math.Sqrt(norm)
			for i := range v.w {
				v.w[i] /= norm
			}
		}
		ix.vec[st] = v
	}
	return ix
}

// similarity returns how alike the names of two figures' articles are, in
// [0, 1]: 1 for one article, and 1 when either article's names are not
// known (figures made by hand), so that those are compared as before.
func (ix *storyIndex) similarity(f, g *Figure) float64 {
	if f.Article == g.Article || f.story == nil || g.story == nil || f.story == g.story {
		return 1
	}
	a, b := ix.vec[f.story], ix.vec[g.story]
	if len(a.keys) == 0 && len(b.keys) == 0 {
		return 1 // neither names anything: nothing tells the stories apart
	}
	sim := 0.0
	for i, j := 0, 0; i < len(a.keys) && j < len(b.keys); {
		switch {
		case a.keys[i] == b.keys[j]:
			sim += a.w[i] * b.w[j]
			i++
			j++
		case a.keys[i] < b.keys[j]:
			i++
		default:
			j++
		}
	}
	return sim
}

// sameStory reports whether two figures' articles tell the same story:
// their names are alike enough, or somewhat alike and the figures'
// sentences share one of the names both articles repeat.
func (ix *storyIndex) sameStory(f, g *Figure, sim float64) bool {
	if sim >= storyMinSimilarity {
		return true
	}
	return sim >= storyNamedSimilarity && sharedStoryName(f, g)
}

// sharedStoryName reports whether the two figures' sentences (their content
// words) share a name that both articles repeat.
func sharedStoryName(f, g *Figure) bool {
	for _, k := range f.story.keys {
		if !hasKey(g.story.keys, k) {
			continue
		}
		w := figStem(k)
		if hasKey(f.Context, w) && hasKey(g.Context, w) {
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

// storyBlocks returns the keys a figure is blocked under for grouping a
// large corpus: its article's few most telling names.
func (ix *storyIndex) storyBlocks(f *Figure, max int) []string {
	if f.story == nil {
		return []string{""}
	}
	v := ix.vec[f.story]
	if len(v.keys) == 0 {
		return []string{""}
	}
	idx := make([]int, len(v.keys))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(a, b int) bool {
		if v.w[idx[a]] != v.w[idx[b]] {
			return v.w[idx[a]] > v.w[idx[b]]
		}
		return v.keys[idx[a]] < v.keys[idx[b]]
	})
	if len(idx) > max {
		idx = idx[:max]
	}
	out := make([]string, len(idx))
	for i, x := range idx {
		out[i] = v.keys[x]
	}
	return out
}
