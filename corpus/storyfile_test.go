package corpus

import (
	"bytes"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"reflect"
	"runtime"
	"testing"

	"github.com/dateline-news/dateline/seeds"
)

// A story read back from its file equals the story written, down to every
// sentence, figure, event and problem.
func TestStoryFileRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		c    func() (*Corpus, error)
	}{
		{"seeds", func() (*Corpus, error) { return Load(seeds.FS, ".") }},
		{"dates fixture", func() (*Corpus, error) { return Load(os.DirFS("testdata"), "meantime-dates.jsonl") }},
		{"ties fixture", func() (*Corpus, error) { return Load(os.DirFS("testdata"), "ecbplus-ties.jsonl") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := tc.c()
			if err != nil {
				t.Fatal(err)
			}
			c.Problems = append(c.Problems, &LoadError{Path: "x/bad.json", Line: 3, Err: errors.New("malformed JSON")})
			st := Analyse(c)
			var buf bytes.Buffer
			if err := WriteStory(&buf, st); err != nil {
				t.Fatal(err)
			}
			var reports []int64
			got, err := ReadStory(bytes.NewReader(buf.Bytes()), int64(buf.Len()), func(done, total int64) { reports = append(reports, done) })
			if err != nil {
				t.Fatal(err)
			}
			if len(reports) == 0 || reports[len(reports)-1] != int64(buf.Len()) {
				t.Errorf("progress reports %v, want the last to be the %d bytes read", reports, buf.Len())
			}
			want := *st
			want.Figures = append([]Figure(nil), st.Figures...)
			for i := range want.Figures {
				want.Figures[i].story = nil // analysis scratch, not kept
			}
			if len(got.Articles[0].Sentences) == 0 || got.Articles[0].Sentences[0].Text == "" {
				t.Fatalf("no sentences read back")
			}
			if !reflect.DeepEqual(got, &want) {
				for i := range got.Articles {
					if !reflect.DeepEqual(got.Articles[i], want.Articles[i]) {
						t.Errorf("article %d differs:\n got %+v\nwant %+v", i, got.Articles[i], want.Articles[i])
						break
					}
				}
				t.Fatalf("story read back differs from the story written")
			}
			shared := 0
			for _, q := range got.Quotes {
				shared += min(len(q.SharedWith), 1)
			}
			if tc.name == "seeds" && shared == 0 {
				t.Errorf("no shared quotes read back: the seeds have some")
			}
			if got.Problems[len(got.Problems)-1].Error() != "x/bad.json:3: malformed JSON" {
				t.Errorf("problem read back as %q", got.Problems[len(got.Problems)-1])
			}
		})
	}
}

// A damaged or cut short story file is an ErrStoryFile, never a crash or
// a wrong story.
func TestStoryFileDamaged(t *testing.T) {
	c, err := Load(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteStory(&buf, Analyse(c)); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	read := func(b []byte) error {
		_, err := ReadStory(bytes.NewReader(b), int64(len(b)), nil)
		return err
	}
	if err := read(good); err != nil {
		t.Fatalf("good file: %v", err)
	}
	for _, n := range []int{0, 5, len(storyMagic), len(storyMagic) + 10, len(good) / 2, len(good) - 1} {
		if err := read(good[:n]); !errors.Is(err, ErrStoryFile) {
			t.Errorf("cut to %d bytes: got %v, want ErrStoryFile", n, err)
		}
	}
	if err := read(append(append([]byte(nil), good...), 0)); !errors.Is(err, ErrStoryFile) {
		t.Errorf("a byte appended: got %v, want ErrStoryFile", err)
	}
	for _, at := range []int{len(storyMagic) + 40, len(good) / 3, len(good) / 2, len(good) - 20} {
		bad := append([]byte(nil), good...)
		bad[at] ^= 0x20
		if err := read(bad); !errors.Is(err, ErrStoryFile) {
			t.Errorf("byte %d flipped: got %v, want ErrStoryFile", at, err)
		}
	}
}

// Quotes shared across a group of articles are written once per group
// and read back as each quote's own rotation of it; a list that is no
// rotation of a known group is kept as it is.
func TestStoryFileQuoteGroups(t *testing.T) {
	const n = 300
	ring := make([]string, 0, 2*n)
	for i := range n {
		ring = append(ring, fmt.Sprintf("a%03d", i))
	}
	ring = append(ring, ring...)
	st := &Story{Name: "groups"}
	for k := range n {
		st.Quotes = append(st.Quotes, Quote{Article: ring[k], Text: "we will not back down", SharedWith: ring[k+1 : k+n : k+n]})
	}
	st.Quotes = append(st.Quotes,
		Quote{Article: "b1", Text: "alone"},
		Quote{Article: "a005", Text: "odd", SharedWith: []string{"a001", "a000"}},
		Quote{Article: "a001", Text: "odd", SharedWith: []string{"a000", "a005"}})
	var buf bytes.Buffer
	if err := WriteStory(&buf, st); err != nil {
		t.Fatal(err)
	}
	if buf.Len() > n*n { // each quote's own list would be n*n*5 bytes
		t.Errorf("story file of %d bytes: shared lists written per quote", buf.Len())
	}
	got, err := ReadStory(bytes.NewReader(buf.Bytes()), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Quotes, st.Quotes) {
		t.Errorf("quotes read back differ")
	}
}

// Long lists go in several chunks, cut by count and by size, and come
// back whole and in order.
func TestStoryFileChunks(t *testing.T) {
	c, err := Load(seeds.FS, ".")
	if err != nil {
		t.Fatal(err)
	}
	st := &Story{Name: "chunks"}
	big := &Actor{ID: "big", Name: "Big", Aliases: []string{}}
	for i := range 3000 {
		a := *c.Articles[i%len(c.Articles)]
		a.ID = fmt.Sprintf("%s-%d", a.ID, i)
		st.Articles = append(st.Articles, &a)
		for k := range a.Sentences {
			big.Mentions = append(big.Mentions, Mention{Article: a.ID, Sentence: k, Span: Span{Start: a.Sentences[k].Start, End: a.Sentences[k].End}, Alias: "Big"})
		}
	}
	st.Actors = []*Actor{{ID: "small", Name: "Small", Aliases: []string{}}, big, {ID: "after", Name: "After", Aliases: []string{"A"}}}
	st.Quotes = []Quote{} // an empty list stays empty, none stays none
	var buf bytes.Buffer
	if err := WriteStory(&buf, st); err != nil {
		t.Fatal(err)
	}
	got, err := ReadStory(bytes.NewReader(buf.Bytes()), 0, nil)
	if err != nil {
		t.Fatal(err)
	}
	st.index()
	if !reflect.DeepEqual(got, st) {
		t.Errorf("story of %d articles and %d mentions read back differs", len(st.Articles), len(big.Mentions))
	}
}

// A head whose lengths are more than the file could hold is a damaged
// file: the lists are not made to that size first.
func TestStoryFileHeadLongerThanFile(t *testing.T) {
	var buf bytes.Buffer
	buf.WriteString(storyMagic)
	sum := crc32.NewIEEE()
	enc := gob.NewEncoder(io.MultiWriter(&buf, sum))
	head := storyHead{Name: "x", Articles: 1 << 26, Expressions: -1, Events: -1, Figures: -1, Quantities: -1, Actors: -1, Quotes: -1}
	if err := enc.Encode(&head); err != nil {
		t.Fatal(err)
	}
	if err := enc.Encode(sum.Sum32()); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := ReadStory(bytes.NewReader(buf.Bytes()), int64(buf.Len()), nil)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, ErrStoryFile) {
		t.Errorf("got %v, want ErrStoryFile", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
		t.Errorf("reading a %d-byte file allocated %d MB", buf.Len(), grew>>20)
	}
}
