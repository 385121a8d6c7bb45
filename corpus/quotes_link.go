package corpus

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
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
	var words [][]string
	of := make([]int, len(qs))
	var buf []byte // each quote's words in turn: only a new variant's are kept
	for i, q := range qs {
		buf = appendQuoteWords(buf[:0], q.Text)
		v, ok := variant[string(buf)]
		if !ok {
			key := string(buf)
			v = len(words)
			variant[key] = v
			ws := make([]string, 0, strings.Count(key, " ")+1)
			words = append(words, appendFields(ws, key))
		}
		of[i] = v
	}
	shingles := make([][]uint64, len(words))
	posting := map[uint64][]int32{}
	for v, ws := range words {
		shingles[v] = shingleHashes(ws)
		for _, h := range shingles[v] {
			if p := posting[h]; len(p) <= maxPosting {
				posting[h] = append(p, int32(v))
			}
		}
	}
	uf := newUnionFind(len(words))
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
			small := min(len(hs), len(shingles[o]))
			if n*2 >= small && n >= min(2, small) {
				uf.union(v, int(o))
			}
		}
	}
	// the articles of each group, sorted, written twice: the articles
	// other than the one at position k are then ring[k+1 : k+len], one
	// slice shared by every quote of the group instead of a copy each
	groups := map[int][]string{}
	for i, q := range qs {
		r := uf.find(of[i])
		groups[r] = append(groups[r], q.Article)
	}
	rings := make(map[int][]string, len(groups))
	for r, as := range groups {
		sort.Strings(as)
		as = compactStrings(as)
		if len(as) > 1 {
			rings[r] = append(as, as...)
		}
	}
	for i := range qs {
		ring := rings[uf.find(of[i])]
		if ring == nil {
			continue
		}
		n := len(ring) / 2
		k := sort.SearchStrings(ring[:n], qs[i].Article)
		qs[i].SharedWith = ring[k+1 : k+n : k+n]
	}
}

// appendQuoteWords appends a quote's words for comparison to dst: lower
// case, letters and digits only, apostrophes dropped, joined by single
// spaces.
func appendQuoteWords(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				dst = append(dst, byte(r))
			} else {
				dst = utf8.AppendRune(dst, unicode.ToLower(r))
			}
		case r == '\'' || r == '’':
		default:
			space = true
		}
	}
	return dst
}

// shingleHashes hashes the overlapping runs of shingleWords words (the
// whole text when it is shorter).
func shingleHashes(ws []string) []uint64 {
	if len(ws) == 0 {
		return nil
	}
	n := min(shingleWords, len(ws))
	out := make([]uint64, 0, len(ws)-n+1)
	for i := 0; i+n <= len(ws); i++ {
		// FNV-1a, 64 bits, of the words each followed by a space (as
		// hash/fnv computes it)
		s := uint64(fnvOffset64)
		for _, w := range ws[i : i+n] {
			for k := 0; k < len(w); k++ {
				s = (s ^ uint64(w[k])) * fnvPrime64
			}
			s = (s ^ ' ') * fnvPrime64
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// The FNV-1a constants of 64 bits.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

func compactStrings(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
