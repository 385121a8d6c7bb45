package corpus

import (
	"hash/fnv"
	"sort"
	"strings"
)

// Linking quotes across articles: the same words quoted by two outlets are
// evidence that they share a source and a news cycle. Each quote's text is
// normalised (lower case, letters and digits) and cut into shingles of
// four words; quotes with the same normalised text are one variant, and
// variants that share at least half of the shingles of the shorter one
// are linked. Shingles are looked up in a hash map, so the work is linear
// in the number of quotes; a shingle held by very many variants (a stock
// phrase) is not used to link.

const (
	shingleWords = 4
	// maxPosting bounds how many variants one shingle links, so a stock
	// phrase cannot make the linking quadratic.
	maxPosting = 64
)

// linkQuotes fills each quote's SharedWith with the other articles that
// have the same or a near-identical quote.
func linkQuotes(qs []Quote) {
	if len(qs) < 2 {
		return
	}
	variant := map[string]int{}
	var texts []string
	of := make([]int, len(qs))
	for i, q := range qs {
		n := normLine(q.Text)
		v, ok := variant[n]
		if !ok {
			v = len(texts)
			variant[n] = v
			texts = append(texts, n)
		}
		of[i] = v
	}
	shingles := make([][]uint64, len(texts))
	posting := map[uint64][]int32{}
	for v, t := range texts {
		shingles[v] = shingleHashes(t)
		for _, h := range shingles[v] {
			if p := posting[h]; len(p) <= maxPosting {
				posting[h] = append(p, int32(v))
			}
		}
	}
	uf := newUnionFind(len(texts))
	shared := map[int32]int{}
	for v, hs := range shingles {
		clear(shared)
		for _, h := range hs {
			p := posting[h]
			if len(p) > maxPosting {
				continue
			}
			for _, o := range p {
				if int(o) > v {
					shared[o]++
				}
			}
		}
		for o, n := range shared {
			small := len(hs)
			if l := len(shingles[o]); l < small {
				small = l
			}
			if n*2 >= small && n >= min(2, small) {
				uf.union(v, int(o))
			}
		}
	}
	// the articles of each group
	arts := map[int][]string{}
	for i, q := range qs {
		r := uf.find(of[i])
		arts[r] = append(arts[r], q.Article)
	}
	for r, as := range arts {
		sort.Strings(as)
		arts[r] = compactStrings(as)
	}
	for i := range qs {
		as := arts[uf.find(of[i])]
		if len(as) < 2 {
			continue
		}
		sw := make([]string, 0, len(as)-1)
		for _, a := range as {
			if a != qs[i].Article {
				sw = append(sw, a)
			}
		}
		if len(sw) > 0 {
			qs[i].SharedWith = sw
		}
	}
}

// shingleHashes hashes the overlapping runs of shingleWords words of a
// normalised text (the whole text when it is shorter).
func shingleHashes(t string) []uint64 {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return nil
	}
	n := shingleWords
	if len(ws) < n {
		n = len(ws)
	}
	out := make([]uint64, 0, len(ws)-n+1)
	seen := map[uint64]bool{}
	for i := 0; i+n <= len(ws); i++ {
		h := fnv.New64a()
		for _, w := range ws[i : i+n] {
			h.Write([]byte(w))
			h.Write([]byte{' '})
		}
		s := h.Sum64()
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func compactStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
