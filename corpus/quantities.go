package corpus

// Quantities: figures from all articles grouped into claims about the same
// measured thing, and the verdict on each group.
//
// Figures are compared only within a unit (GBP with GBP, people with
// people: a USD and a EUR figure are never compared) and a measured noun's
// class ("budget gap" = "budget shortfall" = "funding black hole"). Two
// figures of the same article with different values are never one
// quantity (a reporter does not contradict themself; a death toll that
// rises within one report names two moments), nor are figures whose owners
// ("PCS members in the Met" vs "PCS members at the Mayor's office"),
// modifiers ("police staff" vs "civilian staff") or vote sides differ. Among
// the rest, a pair is linked when enough evidence says it is the same thing:
// shared owners, shared modifiers and the overlap of the words of their
// sentences. Values never decide a grouping. Groups grow from the
// strongest links, and a figure joins a group only if it is compatible with
// every figure already in it.

import (
	"fmt"
	"math"
	"sort"
	"strings"
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

// mergeThreshold is the average link two groups need to merge.
const mergeThreshold = 1.0

// maxFullBucket is the largest group of same-unit, same-noun figures whose
// pairs are all scored; larger groups only score pairs that share a rare
// word, an owner or a modifier.
const maxFullBucket = 300

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
	g := newGrouper(figs)
	for _, key := range order {
		for _, claims := range g.clusterBucket(buckets[key]) {
			out = append(out, Quantity{Claims: claims})
		}
	}
	for i := range out {
		q := &out[i]
		sort.Ints(q.Claims)
		q.Unit = figs[q.Claims[0]].Unit
		q.Label = quantityLabel(figs, q.Claims)
		q.Status = quantityStatus(figs, q.Claims)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Status.Rank() != b.Status.Rank() {
			return a.Status.Rank() < b.Status.Rank()
		}
		na, nb := articleCount(figs, a.Claims), articleCount(figs, b.Claims)
		if na != nb {
			return na > nb
		}
		return a.Claims[0] < b.Claims[0]
	})
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

// grouper holds what grouping reads: the figures and the weight of each
// sentence word (rare words say more than common ones).
type grouper struct {
	figs   []Figure
	weight map[string]float64
}

// newGrouper weighs sentence words by inverse document frequency over
// the figures: log(1 + N/df).
func newGrouper(figs []Figure) *grouper {
	df := map[string]int{}
	for i := range figs {
		for _, w := range figs[i].Context {
			df[w]++
		}
	}
	g := &grouper{figs: figs, weight: make(map[string]float64, len(df))}
	n := float64(len(figs))
	for w, d := range df {
		g.weight[w] = math.Log(1 + n/float64(d))
	}
	return g
}

// clusterBucket groups the figures of one unit and noun class: links are
// taken strongest first, and two groups merge only when their figures are
// all compatible and their average link reaches mergeThreshold.
func (g *grouper) clusterBucket(idx []int) [][]int {
	figs := g.figs
	var links []figLink
	for _, pr := range candidatePairs(figs, idx) {
		if s, ok := g.link(&figs[pr[0]], &figs[pr[1]]); ok && s >= linkThreshold {
			links = append(links, figLink{pr[0], pr[1], s})
		}
	}
	sort.Slice(links, func(i, j int) bool {
		if links[i].score != links[j].score {
			return links[i].score > links[j].score
		}
		if links[i].a != links[j].a {
			return links[i].a < links[j].a
		}
		return links[i].b < links[j].b
	})
	cluster := map[int]int{}
	members := map[int][]int{}
	for _, i := range idx {
		cluster[i] = i
		members[i] = []int{i}
	}
	for _, l := range links {
		ca, cb := cluster[l.a], cluster[l.b]
		if ca == cb || !g.clustersCompatible(members[ca], members[cb]) {
			continue
		}
		if len(members[ca]) < len(members[cb]) {
			ca, cb = cb, ca
		}
		for _, m := range members[cb] {
			cluster[m] = ca
		}
		members[ca] = append(members[ca], members[cb]...)
		delete(members, cb)
	}
	var out [][]int
	for _, i := range idx {
		if ms, ok := members[i]; ok {
			out = append(out, ms)
		}
	}
	return out
}

// candidatePairs lists the pairs of a bucket worth scoring: all of them in
// a small bucket; in a large one, pairs sharing an owner, a modifier or a
// sentence word that few figures of the bucket share.
func candidatePairs(figs []Figure, idx []int) [][2]int {
	var out [][2]int
	if len(idx) <= maxFullBucket {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				out = append(out, [2]int{idx[x], idx[y]})
			}
		}
		return out
	}
	posting := map[string][]int{}
	for _, i := range idx {
		f := &figs[i]
		for _, w := range f.Context {
			posting["w:"+w] = append(posting["w:"+w], i)
		}
		for _, o := range f.Owners {
			posting["o:"+o] = append(posting["o:"+o], i)
		}
		for _, m := range f.Modifiers {
			posting["m:"+m] = append(posting["m:"+m], i)
		}
	}
	seen := map[[2]int]bool{}
	for _, list := range posting {
		if len(list) > maxFullBucket {
			continue
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				pr := [2]int{list[x], list[y]}
				if !seen[pr] {
					seen[pr] = true
					out = append(out, pr)
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i][0] != out[j][0] {
			return out[i][0] < out[j][0]
		}
		return out[i][1] < out[j][1]
	})
	return out
}

// clustersCompatible reports whether every figure of a may stand in one
// quantity with every figure of b, and their average link reaches
// mergeThreshold. Very large groups are compared by sample, which keeps
// grouping near-linear on huge corpora.
func (g *grouper) clustersCompatible(a, b []int) bool {
	figs := g.figs
	const maxChecks = 4096
	step := 1
	for len(a)*len(b)/(step*step) > maxChecks {
		step++
	}
	sum, n := 0.0, 0
	for x := 0; x < len(a); x += step {
		for y := 0; y < len(b); y += step {
			s, ok := g.link(&figs[a[x]], &figs[b[y]])
			if !ok {
				return false
			}
			sum += s
			n++
		}
	}
	if n > 0 && sum/float64(n) < mergeThreshold {
		return false
	}
	if step > 1 {
		// the one rule that must hold exactly: one article, one value
		vals := map[string]float64{}
		for _, i := range a {
			vals[figs[i].Article] = figs[i].Value
		}
		for _, i := range b {
			if v, ok := vals[figs[i].Article]; ok && figs[i].Value != v {
				return false
			}
		}
	}
	return true
}

// link scores the evidence that two figures of the same unit and
// noun class measure the same thing. ok is false when they cannot: two
// values from one article, owners, modifiers or vote sides that differ.
// The score adds the share of owners in common (Jaccard), 1 for a
// modifier in common, four times the likeness of their sentences'
// content words (see wordOverlap), and subtracts 1 when only one has a named
// owner, 0.25 when only one has modifiers, and 2 for a vague count
// ("thousands of").
func (gr *grouper) link(f, g *Figure) (float64, bool) {
	if f.Article == g.Article {
		if f.Value != g.Value || f.Qualifier != g.Qualifier {
			return 0, false
		}
	}
	if f.Polarity != "" && g.Polarity != "" && f.Polarity != g.Polarity {
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
	if f.Article == g.Article {
		score += 1 // the same value stated twice in one article
	}
	return score, true
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
	for x, i := range claims {
		f := &figs[i]
		if f.Value != first.Value || f.Qualifier != first.Qualifier || !sameBound(f.Low, first.Low) || !sameBound(f.High, first.High) {
			agree = false
		}
		for _, j := range claims[x+1:] {
			g := &figs[j]
			if g.Article == f.Article {
				continue
			}
			if !overlap(f, g) {
				return StatusConflict
			}
		}
	}
	if agree {
		return StatusAgree
	}
	return StatusCompatible
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

// quantityLabel names a quantity by the measure its claims state most
// often (the first on a tie), else by its unit.
func quantityLabel(figs []Figure, claims []int) string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, i := range claims {
		m := strings.Join(strings.Fields(figs[i].Measure), " ")
		if m == "" {
			continue
		}
		count[m]++
		if count[m] > bestN {
			best, bestN = m, count[m]
		}
	}
	if best == "" {
		best = figs[claims[0]].Text
	}
	if figs[claims[0]].Unit == "percent" {
		return "share: " + best
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
