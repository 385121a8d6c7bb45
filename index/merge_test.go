package index

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// planOptions reads mergePlan as scorch does: over its defaults. Unknown
// keys fail, so a misspelt option cannot be dropped without notice.
func planOptions(t *testing.T) *mergeplan.MergePlanOptions {
	t.Helper()
	b, err := json.Marshal(mergePlan)
	if err != nil {
		t.Fatal(err)
	}
	o := mergeplan.DefaultMergePlanOptions
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		t.Fatalf("mergePlan: %v", err)
	}
	if err := mergeplan.ValidateMergePlannerOptions(&o); err != nil {
		t.Fatalf("mergePlan: %v", err)
	}
	return &o
}

// planSegment is a segment of the replay: n live documents, no deletions.
type planSegment struct {
	id uint64
	n  int64
}

func (s *planSegment) Id() uint64          { return s.id }
func (s *planSegment) FullSize() int64     { return s.n }
func (s *planSegment) LiveSize() int64     { return s.n }
func (s *planSegment) HasVector() bool     { return false }
func (s *planSegment) FileSize() int64     { return s.n << 12 }
func (s *planSegment) LiveFileSize() int64 { return s.n << 12 }

// replayMerges feeds bleve's merge planner segments of per documents
// until total have arrived, carrying out each plan at once, as a build
// would if merges kept up. It returns how many documents the merges
// wrote per document indexed, and the most segments there were after
// any arrival.
func replayMerges(t *testing.T, o *mergeplan.MergePlanOptions, per, total int) (rewrite float64, most int) {
	t.Helper()
	var segs []mergeplan.Segment
	var id uint64
	var written int64
	for done := 0; done < total; done += per {
		id++
		segs = append(segs, &planSegment{id, int64(per)})
		for {
			plan, err := mergeplan.Plan(segs, o)
			if err != nil {
				t.Fatal(err)
			}
			if plan == nil || len(plan.Tasks) == 0 {
				break
			}
			for _, task := range plan.Tasks {
				merged := map[mergeplan.Segment]bool{}
				var n int64
				for _, s := range task.Segments {
					merged[s] = true
					n += s.LiveSize()
				}
				kept := segs[:0]
				for _, s := range segs {
					if !merged[s] {
						kept = append(kept, s)
					}
				}
				id++
				segs = append(kept, &planSegment{id, n})
				written += n
			}
		}
		most = max(most, len(segs))
	}
	return float64(written) / float64(total), most
}

// TestMergePlan replays bleve's merge planner with Dateline's options and
// with bleve's defaults, for segments of the size a batch makes, and
// checks what mergePlan is for: each document written about once more by
// merges, where the defaults write it two or three times, at the price of
// a bounded number of segments to search.
func TestMergePlan(t *testing.T) {
	ours := planOptions(t)
	for _, total := range []int{9_000, 27_000, 90_000} {
		const per = 290 // articles in a batch of batchSize sentences (89,417-article scale corpus)
		rewrite, most := replayMerges(t, ours, per, total)
		defRewrite, _ := replayMerges(t, &mergeplan.DefaultMergePlanOptions, per, total)
		t.Logf("%d articles: merges write %.2f× (defaults %.2f×), at most %d segments", total, rewrite, defRewrite, most)
		if rewrite > 1.1 {
			t.Errorf("%d articles: merges write each article %.2f times", total, rewrite)
		}
		if defRewrite < 2*rewrite {
			t.Errorf("%d articles: the defaults write %.2f times, ours %.2f: no reason for our plan", total, defRewrite, rewrite)
		}
		if most > 40 {
			t.Errorf("%d articles: up to %d segments", total, most)
		}
	}
}

// TestMergePlanInConfig checks that a new index folder records mergePlan,
// so bleve's merger uses it.
func TestMergePlanInConfig(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "ix")
	ix, _ := buildDisk(t, fixtureStory(t), dir, "fp1")
	defer ix.Close()
	b, err := os.ReadFile(filepath.Join(dir, metaName))
	if err != nil {
		t.Fatal(err)
	}
	var meta struct {
		Config map[string]any `json:"config"`
	}
	// bleve follows the JSON with bytes of its own
	if err := json.NewDecoder(bytes.NewReader(b)).Decode(&meta); err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(mergePlan)
	var w any
	_ = json.Unmarshal(want, &w)
	if got := meta.Config["scorchMergePlanOptions"]; !reflect.DeepEqual(got, w) {
		t.Errorf("index_meta.json has merge options %v, want %v", got, w)
	}
}
