package main

import (
	"bytes"
	"context"
	"testing"
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
