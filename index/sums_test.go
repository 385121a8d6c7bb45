package index

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// File sums are kept only in a folder holding an index, read back as
// written, ignored when damaged, and do not stop an index being built in
// a folder they outlived.
func TestFileSums(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	sums := map[string]FileSum{
		"/corpus/a.txt":     {Size: 10, ModTime: 1_700_000_000_123_456_789, Digest: strings.Repeat("ab", 32)},
		"/corpus/b.txt":     {Size: 0, ModTime: 5, Digest: strings.Repeat("01", 32)},
		"/corpus/sub/c.txt": {Size: 1 << 40, ModTime: 7, Digest: strings.Repeat("ff", 32)},
	}
	at := time.Unix(0, 1_700_000_100_000_000_001)
	os.MkdirAll(dir, 0o755)
	if err := SaveFileSums(dir, sums, at); err != nil {
		t.Fatal(err)
	}
	if got, _ := LoadFileSums(dir); got != nil {
		t.Fatalf("sums kept in a folder without an index: %v", got)
	}
	os.Remove(dir)
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp")
	ix.Close()
	if err := SaveFileSums(dir, sums, at); err != nil {
		t.Fatal(err)
	}
	got, gotAt := LoadFileSums(dir)
	if !reflect.DeepEqual(got, sums) || !gotAt.Equal(at) {
		t.Fatalf("read back %v at %v, want %v at %v", got, gotAt, sums, at)
	}
	path := filepath.Join(dir, sumsName)
	b, _ := os.ReadFile(path)
	for _, at := range []int{len(sumsHeader) + 3, len(b) / 2, len(b) - 1} {
		d := append([]byte(nil), b...)
		d[at] ^= 0x10
		os.WriteFile(path, d, 0o644)
		if got, _ := LoadFileSums(dir); got != nil {
			t.Errorf("damaged at byte %d of %d, read %d sums", at, len(b), len(got))
		}
	}
	os.WriteFile(path, b[:len(b)-7], 0o644)
	if got, _ := LoadFileSums(dir); got != nil {
		t.Errorf("cut short, read %d sums", len(got))
	}

	// an index removed by hand, its sums left: a build takes the folder
	os.WriteFile(path, b, 0o644)
	for _, e := range []string{"index_meta.json", "store", storyName} {
		os.RemoveAll(filepath.Join(dir, e))
	}
	ix, notes := buildDisk(t, fixtureStory(t), dir, "fp")
	defer ix.Close()
	if len(notes) != 0 || len(allIDs(t, ix)) != 8 {
		t.Errorf("build beside leftover sums: notes %q, %d articles", notes, len(allIDs(t, ix)))
	}
	if got, _ := LoadFileSums(dir); got != nil {
		t.Errorf("the leftover sums outlived the new index: %d", len(got))
	}
}

// Whatever a sums file holds past its checksum, reading it never fails
// hard: it gives sums or none.
func FuzzDecodeSums(f *testing.F) {
	dir := f.TempDir()
	os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte("{}"), 0o644)
	SaveFileSums(dir, map[string]FileSum{
		"/c/a.txt": {Size: 3, ModTime: 9, Digest: strings.Repeat("0a", 32)},
		"/c/b.txt": {Size: 4, ModTime: 10, Digest: strings.Repeat("0b", 32)},
	}, time.Unix(0, 11))
	b, _ := os.ReadFile(filepath.Join(dir, sumsName))
	f.Add(b[len(sumsHeader) : len(b)-4])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		sums, _, ok := decodeSums(body)
		if ok && sums == nil {
			t.Errorf("decoded %q as ok without sums", body)
		}
	})
}
