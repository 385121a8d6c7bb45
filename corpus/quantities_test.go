package corpus

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// storyFigures extracts the figures of small articles (id → text) and
// groups them.
func storyFigures(t *testing.T, texts [][2]string) ([]Figure, []Quantity) {
	t.Helper()
	var arts []*Article
	var figs []Figure
	for i, tx := range texts {
		a := figArticle(tx[0], tx[1])
		a.Published = time.Date(2024, 3, 1+i, 0, 0, 0, 0, time.UTC)
		arts = append(arts, a)
		figs = append(figs, ExtractFigures(a, nil, nil)...)
	}
	return figs, GroupQuantities(arts, figs)
}

// quantityWith returns the quantity holding the claim whose text contains
// s in article id.
func quantityWith(t *testing.T, figs []Figure, qs []Quantity, id, s string) Quantity {
	t.Helper()
	for _, q := range qs {
		for _, i := range q.Claims {
			if figs[i].Article == id && strings.Contains(figs[i].Text, s) {
				return q
			}
		}
	}
	t.Fatalf("no claim %q in %s; figures: %s", s, id, describe(figs, qs))
	return Quantity{}
}

func describe(figs []Figure, qs []Quantity) string {
	var b strings.Builder
	for _, q := range qs {
		fmt.Fprintf(&b, "\n  %s %s:", q.Status, q.Label)
		for _, i := range q.Claims {
			fmt.Fprintf(&b, " [%s %q]", figs[i].Article, figs[i].Text)
		}
	}
	return b.String()
}

func claimTexts(figs []Figure, q Quantity) []string {
	var out []string
	for _, i := range q.Claims {
		out = append(out, figs[i].Article+":"+figs[i].Text)
	}
	sort.Strings(out)
	return out
}

func TestGroupQuantitiesStories(t *testing.T) {
	type group struct {
		article, text string   // a claim of the quantity
		status        Status   // its status
		with          []string // "article:text" of every claim, sorted
	}
	for _, tc := range []struct {
		name     string
		articles [][2]string
		groups   []group
		apart    [][2][2]string // claims that must not share a quantity
	}{
		{
			name: "a disaster whose death toll rises across reports",
			articles: [][2]string{
				{"d1", "An earthquake in Nortia has killed at least 30 people, officials said. More than 200 people were injured in the Nortia earthquake."},
				{"d2", "The death toll from the Nortia earthquake rose to 45 on Tuesday, the health ministry said. About 250 people were injured in the earthquake in Nortia."},
				{"d3", "At least 52 people died in the Nortia earthquake, according to the Red Crescent. Rescuers said 3,000 homes were destroyed."},
			},
			groups: []group{
				{"d2", "45", StatusConflict, []string{"d1:at least 30 people", "d2:45", "d3:At least 52 people"}},
				{"d1", "More than 200 people", StatusCompatible, []string{"d1:More than 200 people", "d2:About 250 people"}},
				{"d3", "3,000 homes", StatusSingle, []string{"d3:3,000 homes"}},
			},
			apart: [][2][2]string{{{"d2", "45"}, {"d2", "About 250"}}},
		},
		{
			name: "a company's revenue in different currencies and precisions",
			articles: [][2]string{
				{"c1", "Acme reported revenue of $2.3bn for the year, the company said. Profit fell to $300m."},
				{"c2", "Acme's revenue for the year was $2.31 billion, the company said in a statement."},
				{"c3", "Acme, the European maker, put its revenue for the year at €2.1bn."},
			},
			groups: []group{
				{"c1", "$2.3bn", StatusCompatible, []string{"c1:$2.3bn", "c2:$2.31 billion"}},
				{"c3", "€2.1bn", StatusSingle, []string{"c3:€2.1bn"}},
				{"c1", "$300m", StatusSingle, []string{"c1:$300m"}},
			},
		},
		{
			name: "a vote reported by two outlets",
			articles: [][2]string{
				{"v1", "In the ballot, 70% of members voted for the offer while 30% of members voted against it."},
				{"v2", "The union said 70% of its members voted in favour of the offer on a turnout of 60%."},
			},
			groups: []group{
				{"v1", "70%", StatusAgree, []string{"v1:70%", "v2:70%"}},
			},
			apart: [][2][2]string{{{"v1", "70%"}, {"v1", "30%"}}, {{"v2", "70%"}, {"v2", "60%"}}},
		},
		{
			name: "cuts to officers and to staff are different things",
			articles: [][2]string{
				{"p1", "The force's budget gap could mean the loss of 400 police staff and 2,300 officers, the commissioner warned."},
				{"p2", "The commissioner warned of budget cuts, with 2,300 officers and 400 staff due to go."},
				{"p3", "The union said 2,400 civilian staff had been promised home working in a deal."},
			},
			groups: []group{
				{"p1", "2,300 officers", StatusAgree, []string{"p1:2,300 officers", "p2:2,300 officers"}},
				{"p1", "400 police staff", StatusAgree, []string{"p1:400 police staff", "p2:400 staff"}},
			},
			apart: [][2][2]string{{{"p3", "2,400"}, {"p2", "400 staff"}}},
		},
		{
			name: "members of different branches are different counts",
			articles: [][2]string{
				{"u1", "Unite said 500 of its members at Northgate Hospital would strike, and 80 Unite members at Southport Clinic would join them."},
				{"u2", "About 350 Unite members at Northgate Hospital are due to walk out."},
			},
			groups: []group{
				{"u1", "500", StatusConflict, []string{"u1:500 of its members", "u2:About 350 Unite members"}},
				{"u1", "80", StatusSingle, []string{"u1:80 Unite members"}},
			},
		},
		{
			name: "a season's points and a game's points, a budget misreported tenfold",
			articles: [][2]string{
				{"s1", "Dario Venn scored 23 points against the Hawks on Saturday, as the Falcons won at home."},
				{"s2", "Dario Venn has 2,129 points for the Falcons, and scored again against the Hawks on Saturday."},
				{"s3", "The Rivertown council faces a budget gap of £45m next year, its leader said."},
				{"s4", "The Rivertown council faces a budget gap of £450m next year, its leader said."},
			},
			groups: []group{
				{"s3", "£45m", StatusConflict, []string{"s3:£45m", "s4:£450m"}},
			},
			apart: [][2][2]string{{{"s1", "23 points"}, {"s2", "2,129 points"}}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs, qs := storyFigures(t, tc.articles)
			for _, g := range tc.groups {
				q := quantityWith(t, figs, qs, g.article, g.text)
				if got := claimTexts(figs, q); strings.Join(got, "|") != strings.Join(g.with, "|") || q.Status != g.status {
					t.Errorf("%s %q: quantity %q %s %v; want %s %v%s", g.article, g.text, q.Label, q.Status, got, g.status, g.with, describe(figs, qs))
				}
			}
			for _, pair := range tc.apart {
				a := quantityWith(t, figs, qs, pair[0][0], pair[0][1])
				b := quantityWith(t, figs, qs, pair[1][0], pair[1][1])
				if a.ID == b.ID {
					t.Errorf("%v and %v share quantity %q%s", pair[0], pair[1], a.Label, describe(figs, qs))
				}
			}
			ids := map[string]bool{}
			for i, q := range qs {
				if ids[q.ID] {
					t.Errorf("duplicate quantity id %q", q.ID)
				}
				ids[q.ID] = true
				if i > 0 && qs[i-1].Status.Rank() > q.Status.Rank() {
					t.Errorf("quantity %q (%s) after %q (%s): conflicts must come first", q.ID, q.Status, qs[i-1].ID, qs[i-1].Status)
				}
			}
		})
	}
}

func TestQuantityStatus(t *testing.T) {
	ptr := func(x float64) *float64 { return &x }
	fig := func(art string, v float64, q Qualifier, lo, hi *float64, prec float64) Figure {
		return Figure{Article: art, Value: v, Qualifier: q, Low: lo, High: hi, Precision: prec}
	}
	for _, tc := range []struct {
		name string
		figs []Figure
		want Status
	}{
		{"one article", []Figure{fig("a", 1, "", ptr(1), ptr(1), 0.5), fig("a", 1, "", ptr(1), ptr(1), 0.5)}, StatusSingle},
		{"same value", []Figure{fig("a", 11000, "", ptr(11000), ptr(11000), 500), fig("b", 11000, "", ptr(11000), ptr(11000), 500)}, StatusAgree},
		{"260m vs 450m", []Figure{fig("a", 260e6, "", ptr(260e6), ptr(260e6), 5e5), fig("b", 450e6, "", ptr(450e6), ptr(450e6), 5e5)}, StatusConflict},
		{"more than 50 vs 85", []Figure{fig("a", 50, QualMoreThan, ptr(50), ptr(100), 0.5), fig("b", 85, "", ptr(85), ptr(85), 0.5)}, StatusCompatible},
		{"about 6,500 vs 2,400", []Figure{fig("a", 6500, QualApprox, ptr(5850), ptr(7150), 50), fig("b", 2400, "", ptr(2400), ptr(2400), 50)}, StatusConflict},
		{"precision: 2.3bn vs 2.31bn", []Figure{fig("a", 2.3e9, "", ptr(2.3e9), ptr(2.3e9), 5e7), fig("b", 2.31e9, "", ptr(2.31e9), ptr(2.31e9), 5e6)}, StatusCompatible},
		{"at least 30 vs 45", []Figure{fig("a", 30, QualAtLeast, ptr(30), nil, 0.5), fig("b", 45, "", ptr(45), ptr(45), 0.5)}, StatusCompatible},
		{"up to 2 vs 3", []Figure{fig("a", 2, QualUpTo, ptr(0), ptr(2), 0.5), fig("b", 3, "", ptr(3), ptr(3), 0.5)}, StatusConflict},
		{"less than 5 vs 4", []Figure{fig("a", 5, QualLessThan, ptr(0), ptr(5), 0.5), fig("b", 4, "", ptr(4), ptr(4), 0.5)}, StatusCompatible},
		{"range 3-5 vs 4", []Figure{fig("a", 3, QualRange, ptr(3), ptr(5), 0), fig("b", 4, "", ptr(4), ptr(4), 0.5)}, StatusCompatible},
	} {
		claims := make([]int, len(tc.figs))
		for i := range claims {
			claims[i] = i
		}
		if got := quantityStatus(tc.figs, claims); got != tc.want {
			t.Errorf("%s: status %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestConflictingLargeQuantity checks that a quantity of many claims,
// whose extremes alone are compared, gets the verdict that comparing every
// pair of its claims gives.
func TestConflictingLargeQuantity(t *testing.T) {
	seed := uint32(7)
	rnd := func(n int) int { seed = seed*1664525 + 1013904223; return int(seed>>8) % n }
	ptr := func(x float64) *float64 { return &x }
	for round := 0; round < 200; round++ {
		n := exactStatusClaims + 1 + rnd(100)
		figs := make([]Figure, n)
		claims := make([]int, n)
		spread := 1 + rnd(40)
		for i := range figs {
			v := float64(100 + rnd(spread))
			f := Figure{Article: fmt.Sprint("a", rnd(n/2+1)), Value: v, Precision: 0.5, Low: ptr(v), High: ptr(v)}
			switch rnd(4) {
			case 0:
				f.Qualifier, f.High = QualAtLeast, nil
			case 1:
				f.Qualifier, f.Low = QualUpTo, ptr(0)
			}
			figs[i], claims[i] = f, i
		}
		want := false
		for x := range figs {
			for y := x + 1; y < n; y++ {
				if figs[x].Article != figs[y].Article && !overlap(&figs[x], &figs[y]) {
					want = true
				}
			}
		}
		if got := conflicting(figs, claims); got != want {
			t.Fatalf("round %d: %d claims conflicting %v, every pair says %v", round, n, got, want)
		}
	}
}

// BenchmarkGroupQuantities groups the figures of generated corpora of
// many stories (see storyCorpus) of growing size; ns/op should grow about
// linearly with the number of articles.
func BenchmarkGroupQuantities(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		arts := storyCorpus(n, 8)
		src := NewFigureSources(nil, nil)
		var figs []Figure
		for _, a := range arts {
			figs = append(figs, src.Extract(a)...)
		}
		b.Run(fmt.Sprintf("articles=%d/figures=%d", n, len(figs)), func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				GroupQuantities(arts, figs)
			}
		})
	}
	// one story told by every article: the largest blocks
	arts := storyCorpus(4000, 4000)
	var figs []Figure
	for _, a := range arts {
		figs = append(figs, ExtractFigures(a, nil, nil)...)
	}
	b.Run(fmt.Sprintf("one-story/articles=%d/figures=%d", len(arts), len(figs)), func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			GroupQuantities(arts, figs)
		}
	})
}
