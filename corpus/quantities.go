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
// figures whose owners ("union members at the port" vs "union members at
// the airport"), modifiers ("hospital nurses" vs "agency nurses"), counted
// people ("two women killed" vs "three bank workers killed"), years or vote
// sides differ. Among the rest, a pair is linked when enough evidence says
// it is the same thing: shared owners, shared modifiers, the overlap of the
// words and names of their sentences, the same place, and for counts of
// people the likeness of their stories. Values never decide a grouping.
// Groups grow from the strongest links, and a figure joins a group only if
// it is compatible with every figure already in it.

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
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

// samePlaceWeight is the evidence two distances gain from being measured
// from one place; samePlaceRatio is how far apart two distances may be
// and still be one.
const (
	samePlaceWeight = 1.0
	samePlaceRatio  = 1.5
)

// within reports whether two values are within ratio of each other.
func within(a, b, ratio float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	if a > b {
		a, b = b, a
	}
	return b <= a*ratio
}

// sameValueWeight is the evidence two reports' figures gain from stating
// the same value: in one story, the same count of the same noun is most
// often the same thing.
const sameValueWeight = 1.0

// otherNounCost is the evidence lost by two sums that measure differently
// named things (a quarter of it when only one names any);
// otherNounRatio is how far apart their values may be.
const (
	otherNounCost  = 1.0
	otherNounRatio = 1.25
)

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
	return groupQuantities(arts, figs, groupingOf(figs))
}

// figGrouping is what grouping reads of a figure besides its Figure: the
// content words and names of its sentence and its article's story names.
// The analysis moves it out of the figures (groupingOf, then
// dropGroupingData) before grouping, so that nothing writes the figures
// while grouping runs (a staged analysis shows them meanwhile) and this
// memory goes once grouping is done.
type figGrouping struct {
	context, names []string
	story          *figStory
}

// groupingOf returns the grouping data of each figure.
func groupingOf(figs []Figure) []figGrouping {
	side := make([]figGrouping, len(figs))
	for i := range figs {
		f := &figs[i]
		side[i] = figGrouping{context: f.Context, names: f.Names, story: f.story}
	}
	return side
}

// groupQuantities is GroupQuantities with each figure's grouping data in
// side, by figure.
func groupQuantities(arts []*Article, figs []Figure, side []figGrouping) []Quantity {
	type bucketKey struct{ unit, head string }
	buckets := map[bucketKey][]int{}
	var order []bucketKey
	var out []Quantity
	alone := 0 // figures without a head: a quantity each, their claims in one array
	for i := range figs {
		if figs[i].Head == "" && !currencyUnit(figs[i].Unit) {
			alone++
		}
	}
	claims := make([]int, 0, alone)
	for i := range figs {
		f := &figs[i]
		key := bucketKey{f.Unit, f.Head}
		if currencyUnit(f.Unit) {
			// sums of one currency are compared whatever noun they
			// measure ("a €110bn bailout", "€110bn in loans"): the noun
			// is evidence in link, not a bucket
			key.head = ""
		} else if f.Head == "" {
			claims = append(claims, i)
			out = append(out, Quantity{Claims: claims[len(claims)-1 : len(claims) : len(claims)]})
			continue
		}
		if _, ok := buckets[key]; !ok {
			order = append(order, key)
		}
		buckets[key] = append(buckets[key], i)
	}
	g := newGrouper(arts, figs, side)
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
	n := len(out)
	for _, gs := range groups {
		n += len(gs)
	}
	out = slices.Grow(out, n-len(out))
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

// figLink is a scored pair of figures (indexes into the figures).
type figLink struct {
	a, b  int32
	score float64
}

// linkBefore orders links strongest first, then by their figures.
func linkBefore(x, y figLink) int {
	if x.score != y.score {
		if x.score > y.score {
			return -1
		}
		return 1
	}
	if x.a != y.a {
		return cmp.Compare(x.a, y.a)
	}
	return cmp.Compare(x.b, y.b)
}

// grouper holds what grouping reads: the figures, the weight of each
// sentence word (rare words say more than common ones), the articles'
// stories, their publication order and which figures are ambiguous; and,
// worked out once per figure, the total weight of its sentence's words,
// its place folded (see placeKey) and its position in its bucket.
type grouper struct {
	figs      []Figure
	side      []figGrouping // each figure's grouping data
	weight    []float64     // by word id: the words of every Context, numbered in sorted order
	ctx       [][]int32     // each figure's Context as word ids (in the same order, as ids follow the words')
	stories   *storyIndex
	published map[string]int64 // article id → publication time (Unix seconds), for blocking
	ambiguous []bool
	ctxWeight []float64      // the sum of the weights of each figure's Context, in its order
	places    []string       // each figure's placeKey(Place)
	pos       []int32        // each figure's position in its bucket, set by clusterBucket
	vecs      []*storyVector // each figure's article's names, nil when not known
	threads   []int32        // each figure's article's thread, -1 for none (see linkThreads)
}

// newGrouper weighs sentence words by inverse document frequency over
// the figures: log(1 + N/df), and finds the ambiguous figures.
func newGrouper(arts []*Article, figs []Figure, side []figGrouping) *grouper {
	df := map[string]int{}
	for i := range side {
		for _, w := range side[i].context {
			df[w]++
		}
	}
	g := &grouper{figs: figs, side: side, stories: newStoryIndex(side),
		published: make(map[string]int64, len(arts)), ambiguous: make([]bool, len(figs)),
		ctxWeight: make([]float64, len(figs)), places: make([]string, len(figs)), pos: make([]int32, len(figs))}
	// words become ids in sorted order, so that wordOverlap compares
	// numbers, not strings, and meets the words in the same order
	words := make([]string, 0, len(df))
	for w := range df {
		words = append(words, w)
	}
	slices.Sort(words)
	id := make(map[string]int32, len(words))
	g.weight = make([]float64, len(words))
	n := float64(len(figs))
	for k, w := range words {
		id[w] = int32(k)
		g.weight[k] = math.Log(1 + n/float64(df[w]))
	}
	total := 0
	for i := range side {
		total += len(side[i].context)
	}
	ids := make([]int32, 0, total)
	g.ctx = make([][]int32, len(figs))
	for i := range figs {
		sum := 0.0
		start := len(ids)
		for _, w := range side[i].context {
			ids = append(ids, id[w])
			sum += g.weight[id[w]]
		}
		g.ctx[i] = ids[start:len(ids):len(ids)]
		g.ctxWeight[i] = sum
	}
	for _, a := range arts {
		if a != nil && !a.Published.IsZero() {
			g.published[a.ID] = a.Published.Unix()
		}
	}
	g.stories.linkThreads(figs, side, g.published)
	g.vecs = make([]*storyVector, len(figs))
	g.threads = make([]int32, len(figs))
	for i := range figs {
		g.threads[i] = g.stories.threadOf(side[i].story)
		g.places[i] = placeKey(figs[i].Place)
		if st := side[i].story; st != nil {
			g.vecs[i] = g.stories.vec[st]
		}
	}
	g.findAmbiguous()
	return g
}

// findAmbiguous marks the figures whose article states several values of
// their measure (the same unit, head, modifiers and place): some figure of
// the measure has a value other than its first figure's. The figures are
// sorted by article and measure, so that each measure's figures come
// together, first figure first.
func (g *grouper) findAmbiguous() {
	figs := g.figs
	mods := make([]string, len(figs))
	order := make([]int32, len(figs))
	for i := range figs {
		mods[i] = strings.Join(figs[i].Modifiers, " ")
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(x, y int32) int {
		f, h := &figs[x], &figs[y]
		if c := cmp.Compare(f.Article, h.Article); c != 0 {
			return c
		}
		if c := cmp.Compare(f.Unit, h.Unit); c != 0 {
			return c
		}
		if c := cmp.Compare(f.Head, h.Head); c != 0 {
			return c
		}
		if c := cmp.Compare(mods[x], mods[y]); c != 0 {
			return c
		}
		if c := cmp.Compare(g.places[x], g.places[y]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	same := func(x, y int32) bool {
		f, h := &figs[x], &figs[y]
		return f.Article == h.Article && f.Unit == h.Unit && f.Head == h.Head && mods[x] == mods[y] && g.places[x] == g.places[y]
	}
	for start := 0; start < len(order); {
		end, several := start+1, false
		for end < len(order) && same(order[start], order[end]) {
			if figs[order[end]].Value != figs[order[start]].Value {
				several = true
			}
			end++
		}
		if several {
			for _, i := range order[start:end] {
				g.ambiguous[i] = true
			}
		}
		start = end
	}
}

// clusterBucket groups the figures of one unit and noun class: links are
// taken strongest first, and two groups merge only when their figures are
// all compatible and their average link reaches mergeThreshold. idx lists
// the bucket's figures in increasing order.
func (g *grouper) clusterBucket(idx []int) [][]int {
	for x, i := range idx {
		g.pos[i] = int32(x)
	}
	links := g.bucketLinks(idx)
	c := newClusters(g.figs, idx)
	// refused holds the pairs of groups found incompatible, with their
	// sizes then. A group's figures change only as it grows, so a pair
	// met again at the same sizes (two large groups have many links
	// between them) is refused again without scoring its figures.
	refused := map[[2]int32][2]int{}
	for l, ok := links.next(); ok; l, ok = links.next() {
		ca, cb := c.root[g.pos[l.a]], c.root[g.pos[l.b]]
		if ca == cb {
			continue
		}
		key, sizes := [2]int32{ca, cb}, [2]int{len(c.members[ca]), len(c.members[cb])}
		if was, ok := refused[key]; ok && was == sizes {
			continue
		}
		if !g.clustersCompatible(c, ca, cb) {
			refused[key] = sizes
			continue
		}
		c.merge(g, ca, cb)
	}
	var out [][]int
	for x := range idx {
		if c.root[x] == int32(x) {
			out = append(out, c.members[x])
		}
	}
	return out
}

// clusters are the groups of a bucket as they grow, by the figures'
// positions in the bucket: each figure's group (named by the position of
// one of its figures), and each group's figures (indexes into the
// figures). A group of more than smallGroup figures also maps each of its
// articles to the value it states in it (an article states one value in a
// group, see clustersCompatible); a smaller one is searched.
type clusters struct {
	figs    []Figure
	root    []int32
	members [][]int
	values  map[int32]map[string]float64
}

// smallGroup is the most figures of a group whose values are found by
// reading its figures rather than a map.
const smallGroup = 16

// newClusters makes a group of each figure of the bucket idx. The groups'
// first lists share one array: each is capped at its one figure, so that
// growing it copies it.
func newClusters(figs []Figure, idx []int) *clusters {
	c := &clusters{figs: figs, root: make([]int32, len(idx)), members: make([][]int, len(idx)),
		values: map[int32]map[string]float64{}}
	one := slices.Clone(idx)
	for x := range idx {
		c.root[x] = int32(x)
		c.members[x] = one[x : x+1 : x+1]
	}
	return c
}

// merge joins group b into group a, the smaller into the larger.
func (c *clusters) merge(g *grouper, a, b int32) {
	if len(c.members[a]) < len(c.members[b]) {
		a, b = b, a
	}
	mb := c.members[b]
	for _, m := range mb {
		c.root[g.pos[m]] = a
	}
	c.members[a] = append(c.members[a], mb...)
	c.members[b] = nil
	delete(c.values, b)
	va := c.values[a]
	if va == nil && len(c.members[a]) > smallGroup {
		va = make(map[string]float64, len(c.members[a]))
		c.values[a] = va
		mb = c.members[a]
	}
	if va != nil {
		for _, m := range mb {
			va[c.figs[m].Article] = c.figs[m].Value
		}
	}
}

// valuesAgree reports whether no article states one value in group a and
// another in group b.
func (c *clusters) valuesAgree(a, b int32) bool {
	if len(c.members[a]) > len(c.members[b]) {
		a, b = b, a
	}
	mb, vb := c.members[b], c.values[b]
	for _, m := range c.members[a] {
		f := &c.figs[m]
		if vb != nil {
			if w, ok := vb[f.Article]; ok && w != f.Value {
				return false
			}
			continue
		}
		for _, n := range mb {
			if g := &c.figs[n]; g.Article == f.Article && g.Value != f.Value {
				return false
			}
		}
	}
	return true
}

// clustersCompatible reports whether the figures of groups a and b may
// stand in one quantity: no article states two values in it (checked
// exactly), the figures may be compared and their average link reaches
// mergeThreshold (checked on at most maxMergeChecks pairs, spread evenly,
// which keeps grouping near-linear when groups grow large).
func (g *grouper) clustersCompatible(c *clusters, a, b int32) bool {
	if !c.valuesAgree(a, b) {
		return false
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
			s, ok := g.link(ma[x], mb[y], nil)
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
// values from one article, owners, modifiers or vote sides that differ,
// articles of different stories, distances too far apart, or sums named
// differently whose values are not close. The score adds the share of
// owners in common (Jaccard), 1 for a modifier in common, four times the
// likeness of their sentences' content words (see wordOverlap), the
// likeness of their articles (at least threadFloor in one thread of
// reports), 1 for an equal value and 1 for distances from one place; it
// subtracts for an owner, modifier, noun or place on one side only, a
// vague count ("thousands of"), names that differ, another year and a
// measure an article states several values of. row, when not nil, holds
// figure i spread out (see pairRow).
func (gr *grouper) link(i, j int, row *pairRow) (float64, bool) {
	f, g := &gr.figs[i], &gr.figs[j]
	if f.Article == g.Article {
		if f.Value != g.Value || f.Qualifier != g.Qualifier {
			return 0, false
		}
	}
	if f.Polarity != "" && g.Polarity != "" && f.Polarity != g.Polarity {
		return 0, false
	}
	if f.Counted != "" && g.Counted != "" && f.Counted != g.Counted && f.Value != g.Value {
		return 0, false // "two women killed" and "three bank workers killed" (but "two men" and "two managers" wounded)
	}
	if f.Year != 0 && g.Year != 0 && f.Year != g.Year {
		return 0, false // "killed by the 2004 tsunami" and "killed in the 2002 quake"
	}
	if f.Unit != "people" && !currencyUnit(f.Unit) && !f.Vague && !g.Vague && magnitudesApart(f.Value, g.Value) {
		return 0, false // "2,129 career points" and "23 points" in a game
	}
	if figDistanceUnits[f.Unit] && f.Head != "depth" && !within(f.Value, g.Value, samePlaceRatio) {
		// reports of one distance differ a little ("20 miles north of
		// Dunmore" and "26 miles"); "15 miles" and "50 miles north of
		// Dunmore" are two places
		return 0, false
	}
	otherNoun := currencyUnit(f.Unit) && (f.Head != g.Head || f.Head == "")
	if otherNoun {
		// sums named by different nouns are one sum only when their
		// values are close: "a €110bn bailout" and "€110bn in loans", but
		// not "$200 million" and "$8", nor "$13bn" and "$21bn"
		if !within(f.Value, g.Value, otherNounRatio) {
			return 0, false
		}
	}
	sim := 1.0
	fs, gs := &gr.side[i], &gr.side[j]
	if f.Article != g.Article && fs.story != nil && gs.story != nil && fs.story != gs.story {
		if row != nil {
			sim = row.similarity(gr.vecs[j])
		} else {
			sim = vectorSimilarity(gr.vecs[i], gr.vecs[j]) // as gr.stories.similarity(f, g)
		}
	}
	thread := gr.threads[i] >= 0 && gr.threads[i] == gr.threads[j]
	if !gr.stories.sameStory(fs, gs, sim, thread) {
		return 0, false
	}
	if sim < threadFloor && thread {
		sim = threadFloor
	}
	ownShare, ownOK := ownersOverlap(f.Owners, g.Owners)
	if !ownOK {
		return 0, false
	}
	modShare, modOK := modifiersOverlap(f.Modifiers, g.Modifiers)
	if !modOK {
		return 0, false
	}
	var words float64
	if row != nil {
		words = gr.wordOverlapRow(row, j)
	} else {
		words = gr.wordOverlap(i, j)
	}
	score := ownShare + 4*words
	if otherNoun {
		switch {
		case f.Head != "" && g.Head != "":
			score -= otherNounCost // "a €2m booty" and "€2m of jewels"
		case f.Head != "" || g.Head != "":
			score -= otherNounCost / 4
		}
	}
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
	case f.Place != "" && gr.places[i] == gr.places[j] && figDistanceUnits[f.Unit]:
		score += samePlaceWeight // "20 miles north of Dunmore" and "26 miles north of Dunmore"
	case f.Place != "" && g.Place != "" && placeKeysDiffer(gr.places[i], gr.places[j]):
		score -= 2 // "in Thessaloniki" and "in Heraklion", or "in Greece" and "in Athens"
	case (f.Place == "") != (g.Place == ""):
		score -= 0.5 // "10,000 marched in Heraklion" is not plainly the march
	}
	if (f.Counted == "") != (g.Counted == "") && f.Value != g.Value {
		score-- // "two women killed" may be some of "three people killed"
	}
	if f.Article == g.Article {
		score += 1 // the same value stated twice in one article
	} else if f.Value == g.Value && !f.Vague && !g.Vague {
		score += sameValueWeight // "350 employees" in two reports of one story
	}
	oneMeasure := f.Unit == "magnitude" || f.Head == "depth" // of the quake, wherever a report says it was
	if f.Unit == "people" && figEventLabels[f.Head] != "" || oneMeasure {
		score += storyWeight * sim // a toll, a quake's magnitude: one a story
	} else {
		score += thingStoryWeight * sim
	}
	if n := namesOverlap(fs.names, gs.names); n > 0 || f.Value != g.Value && !oneMeasure {
		score += namesWeight * float64(n) // reports of one value name its parts differently
	}
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

// magnitudesApart reports whether two values differ tenfold or more:
// two reports of one measure of a thing rarely do, while a season's and a
// game's points, or an index's level and its day's fall, often do. Counts
// of people and sums of money are left out: a toll can grow tenfold as
// reports come in, and "$45m" against "$450m" is a discrepancy to show.
func magnitudesApart(a, b float64) bool {
	a, b = math.Abs(a), math.Abs(b)
	if a > b {
		a, b = b, a
	}
	return b >= 10*a && b > 0
}

// currencyUnit reports whether a figure's unit is an ISO currency code.
func currencyUnit(u string) bool {
	if len(u) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if u[i] < 'A' || u[i] > 'Z' {
			return false
		}
	}
	return true
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
	if ax, ay := strings.HasPrefix(x, "@"), strings.HasPrefix(y, "@"); ax || ay {
		// an actor and a name no actor was found for: the name may be
		// the actor's ("@united-states" and "united states")
		switch {
		case ax && !ay:
			return x[1:] == slug(y)
		case ay && !ax:
			return y[1:] == slug(x)
		}
		return false
	}
	for w := range strings.FieldsSeq(x) {
		if len(w) < 3 || figOrgWord(w) || figStopWords[w] {
			continue
		}
		for v := range strings.FieldsSeq(y) {
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

// wordOverlap measures how alike the sorted word lists of figures i and j
// (their Context) are: the mean of their overlap coefficient (words in
// common over the shorter list's length), which does not punish a short
// sentence, and their cosine with words weighted by rarity, which does not
// let common words decide.
func (gr *grouper) wordOverlap(i, j int) float64 {
	a, b := gr.ctx[i], gr.ctx[j]
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, common, wa, wb := 0, 0.0, gr.ctxWeight[i], gr.ctxWeight[j]
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
	return overlapScore(n, common, len(a), len(b), wa, wb)
}

// wordOverlapRow is wordOverlap(row.fig, j), reading j's words once.
func (gr *grouper) wordOverlapRow(row *pairRow, j int) float64 {
	a, b := gr.ctx[row.fig], gr.ctx[j]
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n, common := 0, 0.0
	for _, w := range b {
		if row.words[w] == row.mark {
			n++
			common += gr.weight[w]
		}
	}
	return overlapScore(n, common, len(a), len(b), gr.ctxWeight[row.fig], gr.ctxWeight[j])
}

// overlapScore is the mean of the overlap coefficient and the weighted
// cosine of two word lists of la and lb words with n in common, common
// their weight in common and wa and wb their weights.
func overlapScore(n int, common float64, la, lb int, wa, wb float64) float64 {
	coef := float64(n) / float64(min(la, lb))
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

// articleCount counts the distinct articles of some claims: among a few,
// by comparing them, among more with a map.
func articleCount(figs []Figure, claims []int) int {
	if len(claims) <= smallGroup {
		n := 0
	claim:
		for x, i := range claims {
			for _, j := range claims[:x] {
				if figs[j].Article == figs[i].Article {
					continue claim
				}
			}
			n++
		}
		return n
	}
	seen := make(map[string]bool, len(claims))
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
	best := mostCommon(figs, claims, func(f *Figure) string { return squeezeSpace(f.Measure) })
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
	for w := range strings.FieldsSeq(unit) {
		return figTimeUnits[w] == w
	}
	return false
}

// squeezeSpace returns s with its words separated by single spaces, as
// strings.Join(strings.Fields(s), " ") does; s itself when it already is.
func squeezeSpace(s string) string {
	prevSpace := true // at the start, a space is one too many
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}

// mostCommon returns the non-empty value of key that most claims have, the
// first on a tie. Among a few claims it counts by comparing them.
func mostCommon(figs []Figure, claims []int, key func(*Figure) string) string {
	if len(claims) <= smallGroup {
		var keys [smallGroup]string
		best, bestN := "", 0
		for x, i := range claims {
			k := key(&figs[i])
			keys[x] = k
			if k == "" {
				continue
			}
			n := 0
			for _, seen := range keys[:x+1] {
				if seen == k {
					n++
				}
			}
			if n > bestN {
				best, bestN = k, n
			}
		}
		return best
	}
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

// quantitySlug makes a readable id from a quantity's unit and label: their
// letters and digits in lower case (as strings.ToLower makes them), other
// runs of characters made one dash, cut after 48 bytes.
func quantitySlug(figs []Figure, q *Quantity) string {
	var b strings.Builder
	b.Grow(48)
	dash := false // b ends with a dash
	for _, part := range [...]string{q.Unit, " ", q.Label} {
		for _, r := range part {
			r = unicode.ToLower(r)
			switch {
			case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
				b.WriteByte(byte(r))
				dash = false
			case b.Len() > 0 && !dash:
				b.WriteByte('-')
				dash = true
			}
			if b.Len() >= 48 {
				return strings.Trim(b.String(), "-")
			}
		}
	}
	return strings.Trim(b.String(), "-")
}
