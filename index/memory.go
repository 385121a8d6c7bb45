package index

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// heapHeadroom is what an on-disk build lets the Go heap grow by over
// twice the live heap it starts with.
const heapHeadroom = 256 << 20

// heapCap bounds the Go heap while on-disk builds run (see capHeap); it
// counts the builds in progress so that overlapping ones set and restore
// the limit once.
var heapCap struct {
	sync.Mutex
	builds int
	prev   int64
}

// capHeap sets a soft memory limit of twice the live heap plus
// heapHeadroom for the duration of an on-disk build, and returns the
// function that restores the limit before it.
//
// Go's collector aims at twice the heap it found live at its last cycle,
// and a build allocates so fast (bleve analyses and merges segments on
// every core) that much of what a cycle finds "live" is garbage made while
// it ran. At 89,346 articles that made the heap aim at three times what
// was really live: 2.4 GiB of resident memory for 0.85 GiB of data. Aiming
// at twice the real live heap, measured by a collection when the build
// starts (the analysed story is most of it), kept it under 1.9 GiB for 19%
// more indexing CPU. The limit grows with the corpus, so a larger one is not
// starved into collecting without end. A GOMEMLIMIT set by the user, or a
// lower limit already in force, is left alone.
func capHeap() (restore func()) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	heapCap.Lock()
	defer heapCap.Unlock()
	if heapCap.builds == 0 {
		// what the last cycle marked live includes the garbage made while
		// it ran (the analysis before the build allocates fast too): a
		// collection now measures what is really live
		runtime.GC()
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		metrics.Read(sample)
		if sample[0].Value.Kind() != metrics.KindUint64 {
			return func() {}
		}
		limit := 2*int64(sample[0].Value.Uint64()) + heapHeadroom
		heapCap.prev = debug.SetMemoryLimit(-1)
		if limit >= heapCap.prev {
			return func() {}
		}
		debug.SetMemoryLimit(limit)
	}
	heapCap.builds++
	return func() {
		heapCap.Lock()
		defer heapCap.Unlock()
		if heapCap.builds--; heapCap.builds == 0 {
			debug.SetMemoryLimit(heapCap.prev)
		}
	}
}
