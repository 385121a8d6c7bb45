package heapcap

import (
	"runtime/debug"
	"testing"
)

// wantLimit checks the memory limit in force.
func wantLimit(t *testing.T, want int64, when string) {
	t.Helper()
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("limit %s: %d, want %d", when, got, want)
	}
}

func TestCapSetsAndRestoresTheLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	restore := Cap()
	capped := debug.SetMemoryLimit(-1)
	if capped >= before {
		t.Fatalf("limit under the cap %d, want below %d", capped, before)
	}
	if capped < Headroom {
		t.Errorf("limit %d is below the headroom %d", capped, Headroom)
	}
	// overlapping work keeps the limit until the last one ends
	inner := Cap()
	wantLimit(t, capped, "under two caps")
	restore()
	wantLimit(t, capped, "after the first of two caps ended")
	inner()
	wantLimit(t, before, "after both caps")
}

func TestCapLeavesTheUsersLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Setenv("GOMEMLIMIT", "8GiB")
	restore := Cap()
	wantLimit(t, before, "with GOMEMLIMIT set")
	restore()
	wantLimit(t, before, "after")
}
