package corpus

import "sync"

// figScratch is the working memory of one call of FigureSources.Extract:
// the parser, the current sentence's tokens, content words and names, and
// the article's figures with their word lists before they are copied out
// to size. Extract takes one from figScratchPool and gives it back, so
// that extracting the figures of a corpus reuses a few of them rather
// than allocating all this for every sentence.
type figScratch struct {
	p       figParser
	toks    []figTok
	ctx     []figCtxWord
	cands   []figNameCand // names of the current sentence
	names   storyNames
	lower   lowerCache     // kept from article to article
	numbers figNumberWords // kept from article to article

	figs      []Figure
	bounds    []float64     // the figures' bounds, which their Low and High point to once copied out
	boundAt   [][2]int      // each figure's Low and High in bounds, -1 for nil
	ctxWords  []string      // the figures' context words, list after list
	ctxRange  [][2]int      // each figure's list in ctxWords
	sentCands []figNameCand // names of the sentences with figures, sentence after sentence
	candRange [][2]int      // each figure's sentence in sentCands
	nameWords []string      // the figures' names, list after list
	nameRange [][2]int      // each figure's list in nameWords
}

// figScratchPool holds the figScratch not in use.
var figScratchPool = sync.Pool{New: func() any { return &figScratch{names: *newStoryNames()} }}

// figScratchKeep is the most elements a buffer of a figScratch keeps when
// it goes back to the pool: one huge article does not make every later
// one hold its memory.
const figScratchKeep = 1 << 14

// release empties the scratch and puts it back in the pool. What refers
// to the article (its figures, tokens and words) is cleared, so that the
// pool holds on to no article; the lower-case cache keeps copies of its
// words.
func (sc *figScratch) release() {
	clear(sc.figs)
	clear(sc.toks[:cap(sc.toks)]) // a longer sentence may have filled more
	clear(sc.ctx[:cap(sc.ctx)])
	clear(sc.cands[:cap(sc.cands)])
	clear(sc.ctxWords)
	clear(sc.sentCands)
	clear(sc.nameWords)
	sc.p = figParser{}
	sc.figs = keepScratch(sc.figs)
	sc.bounds = keepScratch(sc.bounds)
	sc.boundAt = keepScratch(sc.boundAt)
	sc.toks = keepScratch(sc.toks)
	sc.ctx = keepScratch(sc.ctx)
	sc.cands = keepScratch(sc.cands)
	sc.ctxWords = keepScratch(sc.ctxWords)
	sc.ctxRange = keepScratch(sc.ctxRange)
	sc.sentCands = keepScratch(sc.sentCands)
	sc.candRange = keepScratch(sc.candRange)
	sc.nameWords = keepScratch(sc.nameWords)
	sc.nameRange = keepScratch(sc.nameRange)
	sc.names.reset()
	figScratchPool.Put(sc)
}

// keepFigure appends the figure the parser has read to the article's
// figures. Its bounds point into the parser: their values are kept aside
// in bounds, and the figure's Low and High left nil until Extract copies
// the figures out.
func (sc *figScratch) keepFigure(f *Figure) {
	at := [2]int{-1, -1}
	for i, b := range [2]*float64{f.Low, f.High} {
		if b != nil {
			at[i] = len(sc.bounds)
			sc.bounds = append(sc.bounds, *b)
		}
	}
	sc.figs = append(sc.figs, *f)
	last := &sc.figs[len(sc.figs)-1]
	last.Low, last.High = nil, nil
	sc.boundAt = append(sc.boundAt, at)
}

// keepScratch empties a buffer for its next use, or drops it when it has
// grown beyond figScratchKeep.
func keepScratch[T any](s []T) []T {
	if cap(s) > figScratchKeep {
		return nil
	}
	return s[:0]
}
