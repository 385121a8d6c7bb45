package heapcap

import (
	"runtime/debug"
	"testing"
)

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
	if got := debug.SetMemoryLimit(-1); got != capped {
		t.Errorf("limit under two caps %d, want %d", got, capped)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != capped {
		t.Errorf("limit after the first of two caps ended %d, want %d", got, capped)
	}
	inner()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after both caps %d, want it restored to %d", got, before)
	}
}

func TestCapLeavesTheUsersLimit(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Setenv("GOMEMLIMIT", "8GiB")
	restore := Cap()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit with GOMEMLIMIT set %d, want %d untouched", got, before)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after %d, want %d", got, before)
	}
}
