package corpus

// Which pairs of a bucket's figures are scored, and how their links come
// out strongest first. The pairs are never listed: each figure's partners
// are read from its blocks when it is scored, a pair found in two blocks
// is scored once (a mark per partner, see pairScratch), and each chunk of
// figures keeps only its links, sorted; the chunks' lists are then merged
// (linkMerge).

import (
	"cmp"
	"slices"
	"sync"
)

// figsPerChunk is how many figures' pairs one worker scores at a time in a
// large bucket; pairsPerChunk how many pairs at least in a small one.
// There are at most maxChunks chunks, so that merging their links stays
// cheap (parallel keeps fewer than 64 chunks on one core).
const (
	figsPerChunk  = 8
	pairsPerChunk = 512
	maxChunks     = 256
)

// bucketLinks scores the pairs of a bucket worth scoring (see
// bucketPairs) and returns those that reach linkThreshold, strongest
// first; a large bucket is scored on all cores.
func (g *grouper) bucketLinks(idx []int) *linkMerge {
	bp := g.bucketPairs(idx)
	chunks := bp.chunks()
	found := make([][]figLink, len(chunks)-1)
	parallel(len(found), func(c int) {
		sc := pairScratchPool.Get().(*pairScratch)
		links := sc.links[:0]
		sc.row.reset(g)
		for x := chunks[c]; x < chunks[c+1]; x++ {
			bp.eachPair(sc, x, func(a, b int) {
				sc.row.at(g, a)
				if s, ok := g.link(a, b, &sc.row); ok && s >= linkThreshold {
					links = append(links, figLink{int32(a), int32(b), s})
				}
			})
		}
		slices.SortFunc(links, linkBefore)
		found[c] = slices.Clone(links)
		sc.links = links[:0]
		if cap(sc.links) > 1<<16 {
			sc.links = nil
		}
		pairScratchPool.Put(sc)
	}, func(int) {})
	return newLinkMerge(found)
}

// bucketPairs says which pairs of a bucket are worth scoring (see
// eachPair): all of them in a small bucket; in a large one, the pairs
// within each block of figures whose articles share a telling name, all of
// them in a small block and publication-order neighbours in a large one.
// Each figure is in at most storyBlockKeys blocks and has at most
// 2*maxWindow neighbours in each, so the pairs grow linearly with the
// corpus.
type bucketPairs struct {
	idx    []int     // the bucket's figures, increasing
	blocks [][]int32 // a large bucket's blocks: positions in idx, in publication order in a large block
	in     []blockAt // each figure's blocks, storyBlockKeys places for each (see blocksOf)
	nin    []uint8   // how many blocks each figure is in
}

// blockAt is a figure's place in one of its blocks.
type blockAt struct {
	block, at int32
}

// bucketPairs blocks a large bucket by its figures' telling names (see
// storyIndex.appendStoryBlocks), the blocks in the order their names are
// first met, and sorts each large block by publication, then figure.
func (g *grouper) bucketPairs(idx []int) *bucketPairs {
	bp := &bucketPairs{idx: idx}
	if len(idx) <= maxFullBucket {
		return bp
	}
	byKey := map[string]int32{}
	bp.in, bp.nin = make([]blockAt, len(idx)*storyBlockKeys), make([]uint8, len(idx))
	var keyBuf [storyBlockKeys]string
	for x, i := range idx {
		for _, k := range g.stories.appendStoryBlocks(keyBuf[:0], g.side[i].story, storyBlockKeys) {
			b, ok := byKey[k]
			if !ok {
				b = int32(len(bp.blocks))
				byKey[k] = b
				bp.blocks = append(bp.blocks, nil)
			}
			bp.in[x*storyBlockKeys+int(bp.nin[x])] = blockAt{b, int32(len(bp.blocks[b]))}
			bp.nin[x]++
			bp.blocks[b] = append(bp.blocks[b], int32(x))
		}
	}
	for b, list := range bp.blocks {
		if len(list) <= maxFullBucket {
			continue
		}
		slices.SortFunc(list, func(x, y int32) int {
			pa, pb := g.published[g.figs[idx[x]].Article], g.published[g.figs[idx[y]].Article]
			if pa != pb {
				return cmp.Compare(pa, pb)
			}
			return cmp.Compare(idx[x], idx[y])
		})
		for at, x := range list {
			in := bp.blocksOf(int(x))
			for k := range in {
				if in[k].block == int32(b) {
					in[k].at = int32(at)
				}
			}
		}
	}
	return bp
}

// blocksOf returns the blocks figure x (a position in the bucket) is in.
func (bp *bucketPairs) blocksOf(x int) []blockAt {
	return bp.in[x*storyBlockKeys : x*storyBlockKeys+int(bp.nin[x])]
}

// chunks splits the bucket's figures into runs scored one at a time: the
// first figure of each and, last, the number of figures.
func (bp *bucketPairs) chunks() []int {
	n := len(bp.idx)
	out := []int{0}
	if bp.in == nil {
		// figure x is paired with the n-1-x after it
		per := max(pairsPerChunk, n*(n-1)/2/maxChunks+1)
		pairs := 0
		for x := 0; x < n; x++ {
			pairs += n - 1 - x
			if pairs >= per && x+1 < n {
				out = append(out, x+1)
				pairs = 0
			}
		}
		return append(out, n)
	}
	per := max(figsPerChunk, (n+maxChunks-1)/maxChunks)
	for x := per; x < n; x += per {
		out = append(out, x)
	}
	return append(out, n)
}

// eachPair calls pair(a, b) for each pair worth scoring of figure x (a
// position in the bucket) with a figure after it in the bucket's order: a
// and b are indexes into the figures, a before b, and no pair comes twice.
func (bp *bucketPairs) eachPair(sc *pairScratch, x int, pair func(a, b int)) {
	idx := bp.idx
	if bp.in == nil {
		for y := x + 1; y < len(idx); y++ {
			pair(idx[x], idx[y])
		}
		return
	}
	mark := sc.marks(len(idx))
	for _, in := range bp.blocksOf(x) {
		list := bp.blocks[in.block]
		lo, hi := 0, len(list)
		if len(list) > maxFullBucket {
			lo, hi = max(0, int(in.at)-maxWindow), min(len(list), int(in.at)+maxWindow+1)
		}
		for _, y := range list[lo:hi] {
			if idx[y] <= idx[x] || sc.mark[y] == mark {
				continue
			}
			sc.mark[y] = mark
			pair(idx[x], idx[y])
		}
	}
}

// pairScratch is the working memory of a worker scoring pairs: its links
// before they are sorted and copied out, and a mark per figure of the
// bucket saying which figure's partners it was last counted among, so
// that a pair two blocks share is scored once.
type pairScratch struct {
	row   pairRow
	links []figLink
	mark  []uint32
	gen   uint32
}

// pairScratchPool holds the pairScratch not in use.
var pairScratchPool = sync.Pool{New: func() any { return new(pairScratch) }}

// marks makes room for the marks of n figures and returns the mark for the
// next figure's partners, one no figure has yet.
func (sc *pairScratch) marks(n int) uint32 {
	if len(sc.mark) < n {
		sc.mark = make([]uint32, n)
	}
	sc.gen++
	if sc.gen == 0 {
		clear(sc.mark)
		sc.gen = 1
	}
	return sc.gen
}

// pairRow is the figure whose pairs a worker is scoring, spread out by
// id: its article's name weights and its sentence's words. Each partner's
// lists are then read once instead of merged with the figure's, and the
// sums come out the same, term by term in the same order.
type pairRow struct {
	fig   int          // the figure, -1 for none
	vec   *storyVector // its article's names, spread in names
	names []float64    // by name id: vec's weight, 0 for the names not in it
	words []uint32     // by word id: mark for the words of the figure's sentence
	mark  uint32
}

// reset makes room for the names and words of g and holds no figure.
func (r *pairRow) reset(g *grouper) {
	r.spread(nil)
	r.fig = -1
	if len(r.names) < g.stories.names {
		r.names = make([]float64, g.stories.names)
	}
	if len(r.words) < len(g.weight) {
		r.words = make([]uint32, len(g.weight))
		r.mark = 0
	}
}

// spread puts v's weights in names, in place of the last vector's.
func (r *pairRow) spread(v *storyVector) {
	if r.vec != nil {
		for _, id := range r.vec.ids {
			r.names[id] = 0
		}
	}
	r.vec = v
	if v != nil {
		for k, id := range v.ids {
			r.names[id] = v.w[k]
		}
	}
}

// at makes figure i of g the row.
func (r *pairRow) at(g *grouper, i int) {
	if r.fig == i {
		return
	}
	r.fig = i
	if v := g.vecs[i]; v != r.vec {
		r.spread(v)
	}
	r.mark++
	if r.mark == 0 {
		clear(r.words)
		r.mark = 1
	}
	for _, w := range g.ctx[i] {
		r.words[w] = r.mark
	}
}

// similarity is vectorSimilarity of the row's article and b.
func (r *pairRow) similarity(b *storyVector) float64 {
	a := r.vec
	if a == nil || b == nil || len(a.keys) == 0 && len(b.keys) == 0 {
		return vectorSimilarity(a, b)
	}
	sim := 0.0
	for k, id := range b.ids {
		if w := r.names[id]; w != 0 {
			sim += w * b.w[k]
		}
	}
	return sim
}

// linkMerge hands out the links of several lists, each sorted strongest
// first (see linkBefore), in that order: a heap of the lists by their
// first link not yet handed out.
type linkMerge struct {
	lists [][]figLink
	heap  []int32 // indexes into lists, none empty
}

// newLinkMerge merges sorted lists of links.
func newLinkMerge(lists [][]figLink) *linkMerge {
	m := &linkMerge{lists: lists}
	for i, l := range lists {
		if len(l) > 0 {
			m.heap = append(m.heap, int32(i))
		}
	}
	for i := len(m.heap)/2 - 1; i >= 0; i-- {
		m.down(i)
	}
	return m
}

// next returns the strongest link not yet handed out, and false when
// there is none left.
func (m *linkMerge) next() (figLink, bool) {
	if len(m.heap) == 0 {
		return figLink{}, false
	}
	top := m.heap[0]
	l := m.lists[top][0]
	m.lists[top] = m.lists[top][1:]
	if len(m.lists[top]) == 0 {
		m.lists[top] = nil
		last := len(m.heap) - 1
		m.heap[0] = m.heap[last]
		m.heap = m.heap[:last]
	}
	if len(m.heap) > 0 {
		m.down(0)
	}
	return l, true
}

// less orders the heap's lists by their first links.
func (m *linkMerge) less(i, j int) bool {
	return linkBefore(m.lists[m.heap[i]][0], m.lists[m.heap[j]][0]) < 0
}

// down moves the list at heap position i down to its place.
func (m *linkMerge) down(i int) {
	for {
		least := i
		if l := 2*i + 1; l < len(m.heap) && m.less(l, least) {
			least = l
		}
		if r := 2*i + 2; r < len(m.heap) && m.less(r, least) {
			least = r
		}
		if least == i {
			return
		}
		m.heap[i], m.heap[least] = m.heap[least], m.heap[i]
		i = least
	}
}
