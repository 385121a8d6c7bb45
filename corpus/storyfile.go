package corpus

import (
	"bufio"
	"encoding/gob"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"io"
)

// A story file keeps an analysed story, so that opening a large corpus a
// second time reads the analysis back instead of doing it again. It is a
// cache: whoever keeps one must make sure it belongs to the same articles
// and the same build of Dateline (the index keeps it beside itself, under
// the corpus's fingerprint, which covers both).
//
// The file is a line naming the format, then a gob stream: a head with
// the story's name, problems and the length of each list, and a CRC-32 of
// the stream so far; then each list in chunks of at most storyChunk items
// and about chunkBytes (gob holds a whole value in memory on both sides,
// and a large story is hundreds of megabytes); then a CRC-32 of the
// stream before it. Sentence texts are not written: they are slices of
// their article's text and are made again from their offsets, sharing
// its memory.

const (
	storyMagic = "dateline story 5\n"
	storyChunk = 1024
	chunkBytes = 1 << 20
)

// ErrStoryFile means a story file is not one this build can read: damaged,
// cut short or of another format.
var ErrStoryFile = errors.New("not a readable story file")

// listLen is a list's length for the head, -1 for none: gob reads an
// empty list back as none, and the analysis gives some lists as empty
// (JSON shows them as []).
func listLen[T any](l []T) int {
	if l == nil {
		return -1
	}
	return len(l)
}

// storyHead opens the stream, with the lists' lengths (listLen).
// Problems are written as text, since their errors are interfaces gob
// cannot carry.
type storyHead struct {
	Name                                                               string
	Problems                                                           []problemFile
	Articles, Expressions, Events, Figures, Quantities, Actors, Quotes int
}

type problemFile struct {
	Path string
	Line int
	Err  string
}

// articleChunk holds articles without their sentences, whose offsets go
// flat into Sentences: for each article the number of its sentences, then
// paragraph, start and end of each.
type articleChunk struct {
	Articles  []Article
	Sentences []int32
}

// figureChunk holds figures with Bounds, which says which have a Low (1)
// and a High (2): gob leaves out a pointer to zero, and "up to two" has a
// Low of 0, not none.
type figureChunk struct {
	Figures []Figure
	Bounds  []uint8
}

// quoteChunk holds quotes without their SharedWith, which stand as a
// group and a position: the quotes of a group share one list of articles
// (see linkQuotes), and writing each quote's copy made the file grow with
// the square of a group's size. Groups gives the groups first used in
// this chunk, numbered on from those of earlier chunks; a quote in group
// g at position p shares with the articles after p in the group, round
// to the one before it. Group is -1 for a quote shared with none.
type quoteChunk struct {
	Quotes []Quote
	Group  []int32
	Pos    []int32
	Groups [][]string
}

// quoteGroups finds the groups of quotes' SharedWith lists as WriteStory
// writes them.
type quoteGroups struct {
	groups [][]string
	byKey  map[groupKey][]int32
}

// groupKey narrows the search for a quote's group: the group's size and
// its least article.
type groupKey struct {
	n     int
	least string
}

// add returns the group and position of q's shared articles, and whether
// the group is new.
func (g *quoteGroups) add(q *Quote) (group, pos int32, isNew bool) {
	n := len(q.SharedWith) + 1
	key := groupKey{n: n, least: q.Article}
	for _, a := range q.SharedWith {
		key.least = min(key.least, a)
	}
	for _, gi := range g.byKey[key] {
		members := g.groups[gi]
		for p, a := range members {
			if a == q.Article && rotationOf(members, p, q.SharedWith) {
				return gi, int32(p), false
			}
		}
	}
	gi := int32(len(g.groups))
	g.groups = append(g.groups, append([]string{q.Article}, q.SharedWith...))
	g.byKey[key] = append(g.byKey[key], gi)
	return gi, 0, true
}

// rotationOf says whether shared is members after position p, round to
// the one before it.
func rotationOf(members []string, p int, shared []string) bool {
	for j, a := range shared {
		if members[(p+1+j)%len(members)] != a {
			return false
		}
	}
	return true
}

// WriteStory writes s to w as a story file. It does not modify s, which
// may be read by others while it is written.
func WriteStory(w io.Writer, s *Story) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	if _, err := bw.WriteString(storyMagic); err != nil {
		return err
	}
	sum := crc32.NewIEEE()
	enc := gob.NewEncoder(io.MultiWriter(bw, sum))
	head := storyHead{Name: s.Name, Articles: listLen(s.Articles), Expressions: listLen(s.Expressions), Events: listLen(s.Events),
		Figures: listLen(s.Figures), Quantities: listLen(s.Quantities), Actors: listLen(s.Actors), Quotes: listLen(s.Quotes)}
	for _, p := range s.Problems {
		head.Problems = append(head.Problems, problemFile{Path: p.Path, Line: p.Line, Err: fmt.Sprint(p.Err)})
	}
	if err := enc.Encode(&head); err != nil {
		return err
	}
	// the head's own sum, so that its lengths can be trusted to size the
	// lists before the whole stream is read and summed
	if err := enc.Encode(sum.Sum32()); err != nil {
		return err
	}
	err := writeChunks(enc, s.Articles, func(a *Article) int { return len(a.Text) + 16*len(a.Sentences) }, func(as []*Article) any {
		c := articleChunk{Articles: make([]Article, len(as))}
		for i, a := range as {
			c.Articles[i] = *a
			c.Articles[i].Sentences = nil
			c.Sentences = append(c.Sentences, int32(len(a.Sentences)))
			for _, se := range a.Sentences {
				c.Sentences = append(c.Sentences, int32(se.Paragraph), int32(se.Start), int32(se.End))
			}
		}
		return &c
	})
	if err == nil {
		err = writeChunks(enc, s.Expressions, nil, asIs[TimeExpr])
	}
	if err == nil {
		err = writeChunks(enc, s.Events, func(e Event) int { return 16 * len(e.Reports) }, asIs[Event])
	}
	if err == nil {
		err = writeChunks(enc, s.Figures, nil, func(fs []Figure) any {
			c := figureChunk{Figures: fs, Bounds: make([]uint8, len(fs))}
			for i, f := range fs {
				if f.Low != nil {
					c.Bounds[i] |= 1
				}
				if f.High != nil {
					c.Bounds[i] |= 2
				}
			}
			return &c
		})
	}
	if err == nil {
		err = writeChunks(enc, s.Quantities, func(q Quantity) int { return 4 * len(q.Claims) }, asIs[Quantity])
	}
	if err == nil {
		err = writeChunks(enc, s.Actors, func(a *Actor) int { return 48 * len(a.Mentions) }, asIs[*Actor])
	}
	if err == nil {
		qg := &quoteGroups{byKey: map[groupKey][]int32{}}
		err = writeChunks(enc, s.Quotes, func(q Quote) int { return len(q.Text) + 24*len(q.SharedWith) }, func(qs []Quote) any {
			c := quoteChunk{Quotes: make([]Quote, len(qs)), Group: make([]int32, len(qs)), Pos: make([]int32, len(qs))}
			for i := range qs {
				c.Quotes[i] = qs[i]
				c.Quotes[i].SharedWith = nil
				c.Group[i] = -1
				if len(qs[i].SharedWith) == 0 {
					continue
				}
				g, p, isNew := qg.add(&qs[i])
				c.Group[i], c.Pos[i] = g, p
				if isNew {
					c.Groups = append(c.Groups, qg.groups[g])
				}
			}
			return &c
		})
	}
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(bw).Encode(sum.Sum32()); err != nil {
		return err
	}
	return bw.Flush()
}

func asIs[T any](c []T) any { return c }

// writeChunks encodes items in chunks of storyChunk, each made into the
// value to encode by chunk. A chunk also ends once the sizes of its items
// (by size, which may be nil) pass chunkBytes: gob reads a message of
// more than 10 MB in pieces that it appends, and actors with all their
// mentions made messages of 20 MB.
func writeChunks[T any](enc *gob.Encoder, items []T, size func(T) int, chunk func([]T) any) error {
	for len(items) > 0 {
		n, bytes := 0, 0
		for n < len(items) && n < storyChunk && bytes < chunkBytes {
			if size != nil {
				bytes += size(items[n])
			}
			n++
		}
		if err := enc.Encode(chunk(items[:n])); err != nil {
			return err
		}
		items = items[n:]
	}
	return nil
}

// readChunks decodes n items from chunks of C, each turned into items by
// items (which checks them). n comes from the summed head, so the list is
// made to size at once (growing it as it filled cost a third of the
// reading time).
func readChunks[T, C any](dec *gob.Decoder, n int, items func(*C) ([]T, error)) ([]T, error) {
	if n == -1 {
		return nil, nil
	}
	if n < 0 {
		return nil, fmt.Errorf("a list of %d items", n)
	}
	out := make([]T, 0, n)
	for len(out) < n {
		var c C
		if err := dec.Decode(&c); err != nil {
			return nil, err
		}
		got, err := items(&c)
		if err != nil {
			return nil, err
		}
		if len(got) == 0 || len(out)+len(got) > n {
			return nil, fmt.Errorf("a chunk of %d items where %d were left", len(got), n-len(out))
		}
		out = append(out, got...)
	}
	return out, nil
}

func plain[T any](c *[]T) ([]T, error) { return *c, nil }

// ReadStory reads a story file written by WriteStory. A file that is
// damaged, cut short or of another format gives an error wrapping
// ErrStoryFile. size, when positive, is the file's size, for progress:
// progress (which may be nil) is told the bytes read so far.
func ReadStory(r io.Reader, size int64, progress func(done, total int64)) (st *Story, err error) {
	defer func() {
		// gob checks what it reads, but the file comes from disk: whatever
		// a damaged one does to the decoder is a damaged file, not a crash
		if p := recover(); p != nil {
			st, err = nil, fmt.Errorf("%w: %v", ErrStoryFile, p)
		}
	}()
	cr := &countingReader{r: bufio.NewReaderSize(r, 1<<20), sum: crc32.NewIEEE(), size: size, progress: progress}
	magic := make([]byte, len(storyMagic))
	if _, err := io.ReadFull(cr, magic); err != nil || string(magic) != storyMagic {
		return nil, fmt.Errorf("%w: no story header", ErrStoryFile)
	}
	cr.sum.Reset()
	st, err = readStory(gob.NewDecoder(cr), cr.sum, size)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrStoryFile, err)
	}
	want := cr.sum.Sum32()
	var got uint32
	if err := gob.NewDecoder(cr).Decode(&got); err != nil {
		return nil, fmt.Errorf("%w: no checksum: %v", ErrStoryFile, err)
	}
	if got != want {
		return nil, fmt.Errorf("%w: checksum mismatch", ErrStoryFile)
	}
	if _, err := cr.ReadByte(); err != io.EOF {
		return nil, fmt.Errorf("%w: data after the checksum", ErrStoryFile)
	}
	if progress != nil {
		progress(cr.n, size)
	}
	return st, nil
}

// readStory decodes the stream WriteStory wrote after its first line,
// checking that every sentence lies within its article.
func readStory(dec *gob.Decoder, sum hash.Hash32, size int64) (*Story, error) {
	var head storyHead
	if err := dec.Decode(&head); err != nil {
		return nil, err
	}
	want := sum.Sum32()
	var got uint32
	if err := dec.Decode(&got); err != nil {
		return nil, err
	}
	if got != want {
		return nil, errors.New("checksum mismatch in the head")
	}
	// every item takes a byte at least: more than the file holds is a
	// damaged head, not a reason to ask for all the memory there is
	if size > 0 {
		for _, n := range []int{head.Articles, head.Expressions, head.Events, head.Figures, head.Quantities, head.Actors, head.Quotes} {
			if int64(n) > size {
				return nil, fmt.Errorf("a list of %d items in a file of %d bytes", n, size)
			}
		}
	}
	s := &Story{Name: head.Name}
	var err error
	s.Articles, err = readChunks(dec, head.Articles, func(c *articleChunk) ([]*Article, error) {
		out := make([]*Article, len(c.Articles))
		spans := c.Sentences
		for i := range c.Articles {
			a := &c.Articles[i]
			out[i] = a
			if len(spans) == 0 || spans[0] < 0 || int(spans[0]) > (len(spans)-1)/3 {
				return nil, fmt.Errorf("sentence offsets of %s cut short", a.ID)
			}
			n := int(spans[0])
			spans = spans[1:]
			a.Sentences = make([]Sentence, n)
			for k := range a.Sentences {
				p, start, end := int(spans[3*k]), int(spans[3*k+1]), int(spans[3*k+2])
				if start < 0 || start > end || end > len(a.Text) || p < 0 || p >= len(a.Paragraphs) {
					return nil, fmt.Errorf("sentence %d of %s lies outside its text", k, a.ID)
				}
				a.Sentences[k] = Sentence{Index: k, Paragraph: p, Start: start, End: end, Text: a.Text[start:end]}
			}
			spans = spans[3*n:]
		}
		if len(spans) != 0 {
			return nil, fmt.Errorf("%d sentence offsets left over", len(spans))
		}
		return out, nil
	})
	if err == nil {
		s.Expressions, err = readChunks(dec, head.Expressions, plain[TimeExpr])
	}
	if err == nil {
		s.Events, err = readChunks(dec, head.Events, plain[Event])
	}
	if err == nil {
		s.Figures, err = readChunks(dec, head.Figures, func(c *figureChunk) ([]Figure, error) {
			if len(c.Bounds) != len(c.Figures) {
				return nil, fmt.Errorf("%d figure bounds for %d figures", len(c.Bounds), len(c.Figures))
			}
			for i := range c.Figures {
				f := &c.Figures[i]
				if c.Bounds[i]&1 != 0 && f.Low == nil {
					f.Low = new(float64)
				}
				if c.Bounds[i]&2 != 0 && f.High == nil {
					f.High = new(float64)
				}
			}
			return c.Figures, nil
		})
	}
	if err == nil {
		s.Quantities, err = readChunks(dec, head.Quantities, plain[Quantity])
	}
	if err == nil {
		s.Actors, err = readChunks(dec, head.Actors, plain[*Actor])
	}
	if err == nil {
		var rings [][]string // each group's articles twice, shared by its quotes
		s.Quotes, err = readChunks(dec, head.Quotes, func(c *quoteChunk) ([]Quote, error) {
			if len(c.Group) != len(c.Quotes) || len(c.Pos) != len(c.Quotes) {
				return nil, fmt.Errorf("%d quote groups for %d quotes", len(c.Group), len(c.Quotes))
			}
			for _, g := range c.Groups {
				if len(g) < 2 {
					return nil, fmt.Errorf("a group of %d quotes", len(g))
				}
				rings = append(rings, append(g[:len(g):len(g)], g...))
			}
			for i := range c.Quotes {
				g, p := int(c.Group[i]), int(c.Pos[i])
				if g == -1 {
					continue
				}
				if g < 0 || g >= len(rings) || p < 0 || p >= len(rings[g])/2 {
					return nil, fmt.Errorf("quote %d in group %d at %d, of %d groups", i, g, p, len(rings))
				}
				n := len(rings[g]) / 2
				c.Quotes[i].SharedWith = rings[g][p+1 : p+n : p+n]
			}
			return c.Quotes, nil
		})
	}
	if err != nil {
		return nil, err
	}
	// gob reads an empty list back as none; the analysis gives these
	// lists as empty rather than none (JSON shows them as [])
	for _, a := range s.Actors {
		if a == nil {
			return nil, errors.New("an actor missing")
		}
		if a.Aliases == nil {
			a.Aliases = []string{}
		}
	}
	for i := range s.Events {
		if s.Events[i].Actors == nil {
			s.Events[i].Actors = []string{}
		}
	}
	for _, p := range head.Problems {
		s.Problems = append(s.Problems, &LoadError{Path: p.Path, Line: p.Line, Err: errors.New(p.Err)})
	}
	s.index()
	return s, nil
}

// countingReader reads through a buffer, summing and counting the bytes
// it gives out. It is an io.ByteReader, so gob reads exactly what it
// needs and the sum covers exactly the bytes decoded.
type countingReader struct {
	r        *bufio.Reader
	sum      hash.Hash32
	n, last  int64
	size     int64
	progress func(done, total int64)
	one      [1]byte
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.sum.Write(p[:n])
	c.count(int64(n))
	return n, err
}

func (c *countingReader) ReadByte() (byte, error) {
	b, err := c.r.ReadByte()
	if err == nil {
		c.one[0] = b
		c.sum.Write(c.one[:])
		c.count(1)
	}
	return b, err
}

func (c *countingReader) count(n int64) {
	c.n += n
	if c.progress != nil && c.n-c.last >= 1<<20 {
		c.last = c.n
		c.progress(c.n, c.size)
	}
}
