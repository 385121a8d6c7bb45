package corpus

// Quantities: figures from all articles grouped into claims about the same
// measured thing, and the verdict on each group.
//
// Figures are compared only within a unit (GBP with GBP, people with
// people: a USD and a EUR figure are never compared) and a measured noun's
// class ("budget gap" = "budget shortfall" = "funding black hole"); for a
// count of people the class is what happened to them ("people killed",
// "people injured", "protesters"), so the dead are never compared with the
// injured. Figures of two articles are compared only when the articles
// tell the same story (their most repeated names are alike, see
// quantities_story.go). Two figures of the same article with different
// values are never one quantity (a reporter does not contradict themself; a
// death toll that rises within one report names two moments), nor are
// figures whose owners ("PCS members in the Met" vs "PCS members at the
// Mayor's office"), modifiers ("police staff" vs "civilian staff"), counted
// people ("two women killed" vs "three bank workers killed"), years or vote
// sides differ. Among the rest, a pair is linked when enough evidence says
// it is the same thing: shared owners, shared modifiers, the overlap of the
// words and names of their sentences, the same place, and for counts of
// people the likeness of their stories. Values never decide a grouping.
// Groups grow from the strongest links, and a figure joins a group only if
// it is compatible with every figure already in it.

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"
)

// Status is the verdict on a quantity's claims.
type Status string

// Quantity statuses.
const (
	StatusConflict   Status = "conflict"   // intervals do not overlap
	StatusCompatible Status = "compatible" // differ, but can both be true
	StatusAgree      Status = "agree"      // the same value
	StatusSingle     Status = "single"     // one source only
)

// Quantity is a group of claims about the same measured thing, from one or
// more articles.
type Quantity struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Unit   string `json:"unit"`
	Status Status `json:"status"`
	Claims []int  `json:"-"` // indexes into Story.Figures
}

// statusRank orders quantities for display: conflicts first.
var statusRank = map[Status]int{StatusConflict: 0, StatusCompatible: 1, StatusAgree: 2, StatusSingle: 3}

// Rank orders statuses for display: conflicts first, single claims last.
func (s Status) Rank() int { return statusRank[s] }

// linkThreshold is the evidence two figures need to be linked (see
// grouper.link).
const linkThreshold = 1.0

// storyWeight is the evidence two counts of what happened to people gain
// from articles that tell the same story (times their names' likeness):
// in one story, the people killed in one report are most likely the people
// killed in another. Counts of things ("yards", "games") gain nothing: a
// story holds many of them.
const storyWeight = 1.0

// thingStoryWeight is the evidence other figures gain from articles of one
// story: less, since a story holds many counts of things ("yards",
// "games") and many sums of money.
const thingStoryWeight = 0.5

// namesWeight is the evidence from the names of two figures' sentences:
// gained when they share one, lost when they name only different ones.
const namesWeight = 1.0

// ambiguityCost is the evidence lost by a figure whose article states
// several values of the same measure ("404 yards rushing and 440 yards
// receiving"): its noun alone does not say which thing it counts.
const ambiguityCost = 0.5

// mergeThreshold is the average link two groups need to merge.
const mergeThreshold = 1.0

// Grouping stays near-linear on large corpora by blocking: figures are
// compared only within a unit and noun class (a bucket); a bucket of more
// than maxFullBucket figures is split into blocks by its articles' most
// telling names (storyBlocks), and a block of more than maxFullBucket
// figures compares each figure with its maxWindow neighbours in the order
// of their articles' publication. Two groups merging check at most
// maxMergeChecks pairs.
const (
	maxFullBucket  = 300
	maxWindow      = 40
	storyBlockKeys = 3
	maxMergeChecks = 64
)

// GroupQuantities groups figures from all articles into quantities and
// gives each a status. Quantities come out conflicts first, then
// compatible, agreeing and single ones; within a status, those with more
// articles first.
func GroupQuantities(arts []*Article, figs []Figure) []Quantity {
	buckets := map[string][]int{}
	var order []string
	var out []Quantity
	for i := range figs {
		f := &figs[i]
		if f.Head == "" {
			out = append(out, Quantity{Claims: []int{i}})
			continue
		}
		key := f.Unit + "\x00" + f.Head
		if _, ok := buckets[key]; !ok {
			order = append(order, key)
		}
		buckets[key] = append(buckets[key], i)
	}
	g := newGrouper(arts, figs)
	// buckets are grouped in parallel, the largest first so that one big
	// bucket does not start last; results are taken in the first-seen order
	groups := make([][][]int, len(order))
	bySize := make([]int, len(order))
	for i := range bySize {
		bySize[i] = i
	}
	sort.SliceStable(bySize, func(a, b int) bool { return len(buckets[order[bySize[a]]]) > len(buckets[order[bySize[b]]]) })
	parallel(len(order), func(i int) {
		k := bySize[i]
		groups[k] = g.clusterBucket(buckets[order[k]])
	}, func(int) {})
	for _, gs := range groups {
		for _, claims := range gs {
			out = append(out, Quantity{Claims: claims})
		}
	}
	narts := make([]int, len(out))
	for i := range out {
		q := &out[i]
		sort.Ints(q.Claims)
		q.Unit = figs[q.Claims[0]].Unit
		q.Label = quantityLabel(figs, q.Claims)
		q.Status = quantityStatus(figs, q.Claims)
	}
	order2 := make([]int, len(out))
	for i := range out {
		order2[i] = i
		narts[i] = articleCount(figs, out[i].Claims)
	}
	sort.SliceStable(order2, func(i, j int) bool {
		a, b := &out[order2[i]], &out[order2[j]]
		if a.Status.Rank() != b.Status.Rank() {
			return a.Status.Rank() < b.Status.Rank()
		}
		if na, nb := narts[order2[i]], narts[order2[j]]; na != nb {
			return na > nb
		}
		return a.Claims[0] < b.Claims[0]
	})
	sorted := make([]Quantity, len(out))
	for i, x := range order2 {
		sorted[i] = out[x]
	}
	out = sorted
	seen := map[string]int{}
	for i := range out {
		base := quantitySlug(figs, &out[i])
		seen[base]++
		out[i].ID = base
		if n := seen[base]; n > 1 {
			out[i].ID = fmt.Sprintf("%s-%d", base, n)
		}
	}
	return out
}

// figLink is a scored pair of figures.
type figLink struct {
	a, b  int
	score float64
}

// grouper holds what grouping reads: the figures, the weight of each
// sentence word (rare words say more than common ones), the articles'
// stories, their publication order and which figures are ambiguous.
type grouper struct {
	figs      []Figure
	weight    map[string]float64
	stories   *storyIndex
	published map[string]int64 // article id → publication time (Unix seconds), for blocking
	ambiguous []bool
}

// newGrouper weighs sentence words by inverse document frequency over
// the figures: log(1 + N/df), and finds the ambiguous figures.
func newGrouper(arts []*Article, figs []Figure) *grouper {
	df := map[string]int{}
	for i := range figs {
		for _, w := range figs[i].Context {
			df[w]++
		}
	}
	g := &grouper{figs: figs, weight: make(map[string]float64, len(df)), stories: newStoryIndex(figs),
		published: make(map[string]int64, len(arts)), ambiguous: make([]bool, len(figs))}
	n := float64(len(figs))
	for w, d := range df {
		g.weight[w] = math.Log(1 + n/float64(d))
	}
	for _, a := range arts {
		if a != nil && !a.Published.IsZero() {
			g.published[a.ID] = a.Published.Unix()
		}
	}
	// one article stating several values of one measure
	type measureKey struct{ article, unit, head, mods, place string }
	keys := make([]measureKey, len(figs))
	first := map[measureKey]float64{}
	several := map[measureKey]bool{}
	for i := range figs {
		f := &figs[i]
		k := measureKey{f.Article, f.Unit, f.Head, strings.Join(f.Modifiers, " "), placeKey(f.Place)}
		keys[i] = k
		if v, ok := first[k]; !ok {
			first[k] = f.Value
		} else if v != f.Value {
			several[k] = true
		}
	}
	for i := range figs {
		g.ambiguous[i] = several[keys[i]]
	}
	return g
}

// clusterBucket groups the figures of one unit and noun class: links are
// taken strongest first, and two groups merge only when their figures are
// all compatible and their average link reaches mergeThreshold.
func (g *grouper) clusterBucket(idx []int) [][]int {
	links := g.scoreLinks(g.candidatePairs(idx))
	sort.Slice(links, func(i, j int) bool {
		if links[i].score != links[j].score {
			return links[i].score > links[j].score
		}
		if links[i].a != links[j].a {
			return links[i].a < links[j].a
		}
		return links[i].b < links[j].b
	})
	c := newClusters(g.figs, idx)
	for _, l := range links {
		ca, cb := c.root[l.a], c.root[l.b]
		if ca == cb || !g.clustersCompatible(c, ca, cb) {
			continue
		}
		c.merge(ca, cb)
	}
	var out [][]int
	for _, i := range idx {
		if c.root[i] == i {
			out = append(out, c.members[i])
		}
	}
	return out
}

// pairsPerChunk is how many candidate pairs one worker scores at a time
// (parallel keeps fewer than 64 chunks on one core).
const pairsPerChunk = 512

// scoreLinks scores the pairs and returns those that reach linkThreshold,
// in the order of pairs; a long list is scored on all cores.
func (g *grouper) scoreLinks(pairs [][2]int) []figLink {
	chunks := (len(pairs) + pairsPerChunk - 1) / pairsPerChunk
	found := make([][]figLink, chunks)
	score := func(c int) {
		for _, pr := range pairs[c*pairsPerChunk : min(len(pairs), (c+1)*pairsPerChunk)] {
			if s, ok := g.link(pr[0], pr[1]); ok && s >= linkThreshold {
				found[c] = append(found[c], figLink{pr[0], pr[1], s})
			}
		}
	}
	parallel(chunks, score, func(int) {})
	var links []figLink
	for _, f := range found {
		links = append(links, f...)
	}
	return links
}

// clusters are the groups of a bucket as they grow: each figure's group
// (named by its first figure), each group's figures, and the value each
// article states in it.
type clusters struct {
	root    map[int]int
	members map[int][]int
	values  map[int]map[string]float64
}

func newClusters(figs []Figure, idx []int) *clusters {
	c := &clusters{root: make(map[int]int, len(idx)), members: make(map[int][]int, len(idx)),
		values: make(map[int]map[string]float64, len(idx))}
	for _, i := range idx {
		c.root[i] = i
		c.members[i] = []int{i}
		c.values[i] = map[string]float64{figs[i].Article: figs[i].Value}
	}
	return c
}

// merge joins group b into group a, the smaller into the larger.
func (c *clusters) merge(a, b int) {
	if len(c.members[a]) < len(c.members[b]) {
		a, b = b, a
	}
	for _, m := range c.members[b] {
		c.root[m] = a
	}
	c.members[a] = append(c.members[a], c.members[b]...)
	for art, v := range c.values[b] {
		c.values[a][art] = v
	}
	delete(c.members, b)
	delete(c.values, b)
}

// candidatePairs lists the pairs of a bucket worth scoring: all of them in
// a small bucket; in a large one, the pairs within each block of figures
// whose articles share a telling name, all of them in a small block and
// publication-order neighbours in a large one. Each figure is in at most
// storyBlockKeys blocks and has at most 2*maxWindow neighbours in each, so
// the pairs grow linearly with the corpus.
func (g *grouper) candidatePairs(idx []int) [][2]int {
	var out [][2]int
	if len(idx) <= maxFullBucket {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				out = append(out, [2]int{idx[x], idx[y]})
			}
		}
		return out
	}
	blocks := map[string][]int{}
	var keys []string
	for _, i := range idx {
		for _, k := range g.stories.storyBlocks(&g.figs[i], storyBlockKeys) {
			if _, ok := blocks[k]; !ok {
				keys = append(keys, k)
			}
			blocks[k] = append(blocks[k], i)
		}
	}
	for _, k := range keys {
		list := blocks[k]
		if len(list) <= maxFullBucket {
			for x := 0; x < len(list); x++ {
				for y := x + 1; y < len(list); y++ {
					out = append(out, orderedPair(list[x], list[y]))
				}
			}
			continue
		}
		sort.SliceStable(list, func(a, b int) bool {
			pa, pb := g.published[g.figs[list[a]].Article], g.published[g.figs[list[b]].Article]
			if pa != pb {
				return pa < pb
			}
			return list[a] < list[b]
		})
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list) && y-x <= maxWindow; y++ {
				out = append(out, orderedPair(list[x], list[y]))
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	uniq := out[:0]
	for i, pr := range out {
		if i == 0 || pr != out[i-1] {
			uniq = append(uniq, pr)
		}
	}
	return uniq
}

func orderedPair(a, b int) [2]int {
	if a > b {
		a, b = b, a
	}
	return [2]int{a, b}
}

// clustersCompatible reports whether the figures of groups a and b may
// stand in one quantity: no article states two values in it (checked
// exactly), the figures may be compared and their average link reaches
// mergeThreshold (checked on at most maxMergeChecks pairs, spread evenly,
// which keeps grouping near-linear when groups grow large).
func (g *grouper) clustersCompatible(c *clusters, a, b int) bool {
	va, vb := c.values[a], c.values[b]
	if len(va) > len(vb) {
		va, vb = vb, va
	}
	for art, v := range va {
		if w, ok := vb[art]; ok && w != v {
			return false
		}
	}
	ma, mb := c.members[a], c.members[b]
	side := 1
	for side*side < maxMergeChecks {
		side++
	}
	stepA, stepB := (len(ma)+side-1)/side, (len(mb)+side-1)/side
	sum, n := 0.0, 0
	for x := 0; x < len(ma); x += stepA {
		for y := 0; y < len(mb); y += stepB {
			s, ok := g.link(ma[x], mb[y])
			if !ok {
				return false
			}
			sum += s
			n++
		}
	}
	return n == 0 || sum/float64(n) >= mergeThreshold
}

// link scores the evidence that two figures of the same unit and
// noun class measure the same thing. ok is false when they cannot: two
// values from one article, owners, modifiers or vote sides that differ.
// The score adds the share of owners in common (Jaccard), 1 for a
// modifier in common, four times the likeness of their sentences'
// content words (see wordOverlap), and subtracts 1 when only one has a named
// owner, 0.25 when only one has modifiers, and 2 for a vague count
// ("thousands of").
func (gr *grouper) link(i, j int) (float64, bool) {
	f, g := &gr.figs[i], &gr.figs[j]
	if f.Article == g.Article {
		if f.Value != g.Value || f.Qualifier != g.Qualifier {
			return 0, false
		}
	}
	if f.Polarity != "" && g.Polarity != "" && f.Polarity != g.Polarity {
		return 0, false
	}
	if f.Counted != "" && g.Counted != "" && f.Counted != g.Counted {
		return 0, false // "two women killed" and "three bank workers killed"
	}
	if f.Year != 0 && g.Year != 0 && f.Year != g.Year {
		return 0, false // "killed by the 2004 tsunami" and "killed in the 2002 quake"
	}
	sim := gr.stories.similarity(f, g)
	if !gr.stories.sameStory(f, g, sim) {
		return 0, false
	}
	ownShare, ownOK := ownersOverlap(f.Owners, g.Owners)
	if !ownOK {
		return 0, false
	}
	modShare, modOK := modifiersOverlap(f.Modifiers, g.Modifiers)
	if !modOK {
		return 0, false
	}
	score := ownShare + 4*gr.wordOverlap(f.Context, g.Context)
	if modShare {
		score++
	}
	if (len(f.Owners) == 0) != (len(g.Owners) == 0) {
		if !(len(f.Owners) == 0 && f.OwnerWeak || len(g.Owners) == 0 && g.OwnerWeak) {
			score--
		}
	}
	if (len(f.Modifiers) == 0) != (len(g.Modifiers) == 0) {
		score -= 0.25
	}
	if f.Vague || g.Vague {
		score -= 2
	}
	switch {
	case placesDiffer(f.Place, g.Place):
		score -= 2 // "in Thessaloniki" and "in Heraklion", or "in Greece" and "in Athens"
	case (f.Place == "") != (g.Place == ""):
		score -= 0.5 // "10,000 marched in Heraklion" is not plainly the march
	}
	if (f.Counted == "") != (g.Counted == "") {
		score-- // "two women killed" may be some of "three people killed"
	}
	if f.Article == g.Article {
		score += 1 // the same value stated twice in one article
	}
	if f.Unit == "people" && figEventLabels[f.Head] != "" {
		score += storyWeight * sim
	} else {
		score += thingStoryWeight * sim
	}
	score += namesWeight * float64(namesOverlap(f.Names, g.Names))
	if gr.otherYear(f, g) || gr.otherYear(g, f) {
		score-- // "168,000 killed by the 2004 tsunami" is not today's toll
	}
	if gr.ambiguous[i] {
		score -= ambiguityCost
	}
	if gr.ambiguous[j] {
		score -= ambiguityCost
	}
	return score, true
}

// otherYear reports whether f names a year that is not the year g was
// published in (nor the year before, which a January report looks back on).
func (gr *grouper) otherYear(f, g *Figure) bool {
	if f.Year == 0 || g.Year != 0 {
		return false
	}
	pub, ok := gr.published[g.Article]
	if !ok {
		return true
	}
	y := time.Unix(pub, 0).UTC().Year()
	return f.Year != y && f.Year != y-1
}

// ownersOverlap returns the Jaccard share of two owner sets, and false when
// neither set contains the other (different owners).
func ownersOverlap(a, b []string) (float64, bool) {
	if len(a) == 0 || len(b) == 0 {
		return 0, true
	}
	common := 0
	for _, x := range a {
		for _, y := range b {
			if ownerSame(x, y) {
				common++
				break
			}
		}
	}
	union := len(a) + len(b) - common
	if common < len(a) && common < len(b) {
		return 0, false
	}
	return float64(common) / float64(union), true
}

// ownerSame reports whether two owner keys name the same owner: equal
// keys, or (for names, not actor ids) a shared distinctive word.
func ownerSame(x, y string) bool {
	if x == y {
		return true
	}
	if strings.HasPrefix(x, "@") || strings.HasPrefix(y, "@") {
		return false
	}
	for _, w := range strings.Fields(x) {
		if len(w) < 3 || figOrgWord(w) || figStopWords[w] {
			continue
		}
		for _, v := range strings.Fields(y) {
			if v == w {
				return true
			}
		}
	}
	return false
}

// modifiersOverlap reports whether two modifier sets share a word, and
// false when both are given and neither contains the other.
func modifiersOverlap(a, b []string) (bool, bool) {
	if len(a) == 0 || len(b) == 0 {
		return false, true
	}
	common := 0
	for _, x := range a {
		for _, y := range b {
			if x == y {
				common++
				break
			}
		}
	}
	if common < len(a) && common < len(b) {
		return false, false
	}
	return common > 0, true
}

// wordOverlap measures how alike two sorted word lists are: the mean of
// their overlap coefficient (words in common over the shorter list's
// length), which does not punish a short sentence, and their cosine with
// words weighted by rarity, which does not let common words decide.
func (gr *grouper) wordOverlap(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, common, wa, wb := 0, 0.0, 0.0, 0.0
	for _, w := range a {
		wa += gr.weight[w]
	}
	for _, w := range b {
		wb += gr.weight[w]
	}
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] == b[j]:
			n++
			common += gr.weight[a[i]]
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	coef := float64(n) / float64(min(len(a), len(b)))
	cos := 0.0
	if wa > 0 && wb > 0 {
		cos = common / math.Sqrt(wa*wb)
	}
	return (coef + cos) / 2
}

// quantityStatus gives the verdict on a quantity's claims: conflict when
// two articles' claims cannot both be true (their intervals, widened by
// approximation and implied precision, do not overlap), agree when all
// state the same value the same way, compatible otherwise; single when one
// article makes all the claims.
func quantityStatus(figs []Figure, claims []int) Status {
	if articleCount(figs, claims) < 2 {
		return StatusSingle
	}
	agree := true
	first := &figs[claims[0]]
	for _, i := range claims {
		f := &figs[i]
		if f.Value != first.Value || f.Qualifier != first.Qualifier || !sameBound(f.Low, first.Low) || !sameBound(f.High, first.High) {
			agree = false
		}
	}
	if conflicting(figs, claims) {
		return StatusConflict
	}
	if agree {
		return StatusAgree
	}
	return StatusCompatible
}

// exactStatusClaims is the most claims whose pairs are all compared; in a
// larger quantity only the claims that bound it are (see conflicting).
const exactStatusClaims = 64

// conflicting reports whether two claims of different articles cannot both
// be true. A quantity of many claims compares only its extremes: the claims
// with the highest lower bounds and those with the lowest upper bounds,
// from three articles each, since any pair that does not overlap is beaten
// by such a pair.
func conflicting(figs []Figure, claims []int) bool {
	check := claims
	if len(claims) > exactStatusClaims {
		lows := extremeClaims(figs, claims, func(f *Figure) float64 { lo, _ := f.Interval(); return -lo })
		highs := extremeClaims(figs, claims, func(f *Figure) float64 { _, hi := f.Interval(); return hi })
		check = append(lows, highs...)
	}
	for x, i := range check {
		f := &figs[i]
		for _, j := range check[x+1:] {
			if g := &figs[j]; g.Article != f.Article && !overlap(f, g) {
				return true
			}
		}
	}
	return false
}

// extremeClaims returns, for the three articles whose claims score lowest
// by key, each one's lowest-scoring claim.
func extremeClaims(figs []Figure, claims []int, key func(*Figure) float64) []int {
	sorted := append([]int(nil), claims...)
	sort.SliceStable(sorted, func(a, b int) bool { return key(&figs[sorted[a]]) < key(&figs[sorted[b]]) })
	var out []int
	seen := map[string]bool{}
	for _, i := range sorted {
		if !seen[figs[i].Article] {
			seen[figs[i].Article] = true
			out = append(out, i)
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

// overlap reports whether two claims can both be true: their intervals
// share more than an end point (intervals that only touch, as "up to 2"
// and "3" widened by half a unit do, cannot both hold), or one is a point
// of the other.
func overlap(f, g *Figure) bool {
	flo, fhi := f.Interval()
	glo, ghi := g.Interval()
	lo, hi := math.Max(flo, glo), math.Min(fhi, ghi)
	if lo < hi {
		return true
	}
	return lo == hi && (flo == fhi || glo == ghi)
}

func sameBound(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return math.Abs(*a-*b) <= 1e-9*math.Max(1, math.Abs(*a))
}

// articleCount counts the distinct articles of some claims.
func articleCount(figs []Figure, claims []int) int {
	seen := map[string]bool{}
	for _, i := range claims {
		seen[figs[i].Article] = true
	}
	return len(seen)
}

// quantityLabel names a quantity as a reader would: the measure its
// claims state most often (the first on a tie; "people killed", "budget
// gap"), with the place they name ("protesters in Athens"), else by its
// unit.
func quantityLabel(figs []Figure, claims []int) string {
	best := mostCommon(figs, claims, func(f *Figure) string { return strings.Join(strings.Fields(f.Measure), " ") })
	if best == "" {
		best = figs[claims[0]].Text
	}
	if unit := figs[claims[0]].Unit; isTimeUnit(unit) && !strings.Contains(best, strings.Fields(unit)[0]) {
		best = unit + " " + best // "days a week in the office", "months notice"
	}
	if place := mostCommon(figs, claims, func(f *Figure) string { return f.Place }); place != "" &&
		!strings.Contains(strings.ToLower(best), strings.ToLower(place)) {
		best += " in " + place
	}
	if figs[claims[0]].Unit == "percent" {
		return "share: " + best
	}
	return best
}

// isTimeUnit reports whether a figure's unit is a length of time ("days",
// "days a week").
func isTimeUnit(unit string) bool {
	w := strings.Fields(unit)
	return len(w) > 0 && figTimeUnits[w[0]] == w[0]
}

// mostCommon returns the non-empty value of key that most claims have, the
// first on a tie.
func mostCommon(figs []Figure, claims []int, key func(*Figure) string) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, i := range claims {
		k := key(&figs[i])
		if k == "" {
			continue
		}
		count[k]++
		if count[k] > bestN {
			best, bestN = k, count[k]
		}
	}
	return best
}

// quantitySlug makes a readable id from a quantity's unit and label.
func quantitySlug(figs []Figure, q *Quantity) string {
	var b strings.Builder
	for _, r := range strings.ToLower(q.Unit + " " + q.Label) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
		if b.Len() >= 48 {
			break
		}
	}
	return strings.Trim(b.String(), "-")
}
