package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// BenchmarkSeedsLoadAnalyseIndex is what the TUI and `dateline search` do
// before the first result on the seeds: load the embedded articles,
// analyse them and index them in memory.
func BenchmarkSeedsLoadAnalyseIndex(b *testing.B) {
	e := &env{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}}
	ctx := context.Background()
	for b.Loop() {
		ix, st, err := openIndex(ctx, e, nil, indexing{})
		if err != nil || st == nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// BenchmarkSeedsSearchCommand is the whole search command on the seeds,
// in-process, as `dateline search --json budget` runs it.
func BenchmarkSeedsSearchCommand(b *testing.B) {
	for b.Loop() {
		var out, errb bytes.Buffer
		if code := run(&env{stdout: &out, stderr: &errb}, []string{"search", "--json", "budget"}); code != exitOK {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
	}
}

// BenchmarkFingerprintFolder fingerprints a folder of 10,000 small
// articles, as every run on a large corpus does to know whether its index
// is current: reading every file, and with the sums kept beside an index
// (only the files' sizes and times are looked at).
func BenchmarkFingerprintFolder(b *testing.B) {
	corpusDir, ixDir := b.TempDir(), b.TempDir()
	text := bytes.Repeat([]byte("The council said the harbour repairs would cost £4 million. "), 60)
	long := time.Now().Add(-time.Hour)
	for i := range 10_000 {
		p := filepath.Join(corpusDir, fmt.Sprintf("a%05d.txt", i))
		if err := os.WriteFile(p, text, 0o644); err != nil {
			b.Fatal(err)
		}
		os.Chtimes(p, long, long)
	}
	os.WriteFile(filepath.Join(ixDir, "index_meta.json"), []byte("{}"), 0o644)
	first, err := fingerprint([]string{corpusDir}, "")
	if err != nil {
		b.Fatal(err)
	}
	first.keepSums(ixDir)
	for _, bc := range []struct{ name, sums string }{{"read-every-file", ""}, {"kept-sums", ixDir}} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				fp, err := fingerprint([]string{corpusDir}, bc.sums)
				if err != nil || fp.digest != first.digest {
					b.Fatalf("fingerprint %v, digest same %v", err, fp.digest == first.digest)
				}
			}
		})
	}
}
