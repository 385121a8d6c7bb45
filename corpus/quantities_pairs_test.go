package corpus

import (
	"fmt"
	"math/rand"
	"slices"
	"sort"
	"testing"

	"github.com/dateline-news/dateline/seeds"
)

// blockKeysByRule returns a figure's blocking keys as the rule says: its
// article's names sorted by weight (heaviest first, by name on a tie), the
// first max of them.
func blockKeysByRule(ix *storyIndex, f *Figure, max int) []string {
	if f.story == nil || len(ix.vec[f.story].keys) == 0 {
		return []string{""}
	}
	v := ix.vec[f.story]
	order := make([]int, len(v.keys))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool {
		if v.w[order[a]] != v.w[order[b]] {
			return v.w[order[a]] > v.w[order[b]]
		}
		return v.keys[order[a]] < v.keys[order[b]]
	})
	var out []string
	for _, i := range order[:min(max, len(order))] {
		out = append(out, v.keys[i])
	}
	return out
}

// pairsByRule lists the pairs of a bucket that blocking names, the plain
// way: every pair of a small bucket; in a large one every pair of each
// small block and the pairs of publication-order neighbours (at most
// maxWindow apart) of each large block; sorted, each once.
func pairsByRule(g *grouper, idx []int) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		if a > b {
			a, b = b, a
		}
		out = append(out, [2]int{a, b})
	}
	if len(idx) <= maxFullBucket {
		for x := range idx {
			for y := x + 1; y < len(idx); y++ {
				add(idx[x], idx[y])
			}
		}
	} else {
		blocks := map[string][]int{}
		for _, i := range idx {
			for _, k := range blockKeysByRule(g.stories, &g.figs[i], storyBlockKeys) {
				blocks[k] = append(blocks[k], i)
			}
		}
		for _, list := range blocks {
			if len(list) <= maxFullBucket {
				for x := range list {
					for y := x + 1; y < len(list); y++ {
						add(list[x], list[y])
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
			for x := range list {
				for y := x + 1; y < len(list) && y-x <= maxWindow; y++ {
					add(list[x], list[y])
				}
			}
		}
	}
	slices.SortFunc(out, func(p, q [2]int) int {
		if p[0] != q[0] {
			return p[0] - q[0]
		}
		return p[1] - q[1]
	})
	return slices.Compact(out)
}

// TestBucketPairsFollowBlocking checks that the pairs scored in each bucket
// of generated corpora are exactly those the blocking rules name, each
// once: in small buckets, in large buckets of small blocks (a figure in
// three blocks of the same articles) and in large blocks scored by
// publication-order neighbours.
func TestBucketPairsFollowBlocking(t *testing.T) {
	for _, perStory := range []int{1000, 350, 100} {
		arts := storyCorpus(1000, perStory)
		var figs []Figure
		for _, a := range arts {
			figs = append(figs, ExtractFigures(a, nil, nil)...)
		}
		g := newGrouper(arts, figs, groupingOf(figs))
		buckets := map[[2]string][]int{}
		for i := range figs {
			if figs[i].Head != "" {
				k := [2]string{figs[i].Unit, figs[i].Head}
				buckets[k] = append(buckets[k], i)
			}
		}
		large, largeBlocks := 0, 0
		for k, idx := range buckets {
			if len(idx) > maxFullBucket {
				large++
			}
			for _, i := range idx {
				want := blockKeysByRule(g.stories, &figs[i], storyBlockKeys)
				if got := g.stories.appendStoryBlocks(nil, figs[i].story, storyBlockKeys); !slices.Equal(got, want) {
					t.Fatalf("%d per story, figure %d: blocks %q, want %q", perStory, i, got, want)
				}
			}
			var got [][2]int
			bp := g.bucketPairs(idx)
			for _, list := range bp.blocks {
				if len(list) > maxFullBucket {
					largeBlocks++
				}
			}
			sc := new(pairScratch)
			for x := range idx {
				bp.eachPair(sc, x, func(a, b int) {
					if a >= b {
						t.Fatalf("pair (%d, %d) out of order", a, b)
					}
					got = append(got, [2]int{a, b})
				})
			}
			slices.SortFunc(got, func(p, q [2]int) int {
				if p[0] != q[0] {
					return p[0] - q[0]
				}
				return p[1] - q[1]
			})
			want := pairsByRule(g, idx)
			if !slices.Equal(got, want) {
				t.Errorf("%d per story, bucket %q of %d figures: %d pairs scored, want %d (%d unique)",
					perStory, k, len(idx), len(got), len(want), len(slices.Compact(slices.Clone(got))))
			}
		}
		if large == 0 || perStory > maxFullBucket && largeBlocks == 0 {
			t.Errorf("%d per story: %d buckets and %d blocks of more than %d figures", perStory, large, largeBlocks, maxFullBucket)
		}
	}
}

// TestLinkMergeSorts checks that merging sorted lists of links gives them
// all, strongest first, as sorting them together does.
func TestLinkMergeSorts(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for round := 0; round < 50; round++ {
		lists := make([][]figLink, rng.Intn(40))
		var all []figLink
		for i := range lists {
			for n := rng.Intn(30); n > 0; n-- {
				l := figLink{int32(rng.Intn(50)), int32(rng.Intn(50)), float64(rng.Intn(8)) / 4}
				lists[i] = append(lists[i], l)
				all = append(all, l)
			}
			slices.SortFunc(lists[i], linkBefore)
		}
		slices.SortFunc(all, linkBefore)
		m := newLinkMerge(lists)
		var got []figLink
		for l, ok := m.next(); ok; l, ok = m.next() {
			got = append(got, l)
		}
		if !slices.Equal(got, all) {
			t.Fatalf("round %d: merged %v, want %v", round, fmt.Sprint(got), fmt.Sprint(all))
		}
	}
}

// TestLinkRowScoresAsMerge checks that scoring a pair with its first
// figure spread out (pairRow) gives exactly the score of merging the two
// figures' lists, with rows switched in a random order so that a row's
// leftovers would show: on the seeds and on a generated corpus.
func TestLinkRowScoresAsMerge(t *testing.T) {
	c, err := Load(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	actors, quotes := FindActorsQuotes(c.Articles, c.Aliases)
	src := NewFigureSources(quotes, actors)
	var seedFigs []Figure
	for _, a := range c.Articles {
		seedFigs = append(seedFigs, src.Extract(a)...)
	}
	gen := storyCorpus(300, 40)
	var genFigs []Figure
	for _, a := range gen {
		genFigs = append(genFigs, ExtractFigures(a, nil, nil)...)
	}
	rng := rand.New(rand.NewSource(5))
	for _, tc := range []struct {
		name string
		arts []*Article
		figs []Figure
	}{{"seeds", c.Articles, seedFigs}, {"generated", gen, genFigs}} {
		g := newGrouper(tc.arts, tc.figs, groupingOf(tc.figs))
		var row pairRow
		row.reset(g)
		n, linked := len(tc.figs), 0
		for k := 0; k < 20*n; k++ {
			i, j := rng.Intn(n), rng.Intn(n)
			row.at(g, i)
			s, ok := g.link(i, j, &row)
			ws, wok := g.link(i, j, nil)
			if s != ws || ok != wok {
				t.Fatalf("%s: link(%d, %d) with a row = %v, %v; merged %v, %v", tc.name, i, j, s, ok, ws, wok)
			}
			if ok && i != j {
				linked++
			}
		}
		if linked == 0 {
			t.Errorf("%s: no pair of figures could be linked", tc.name)
		}
	}
}
