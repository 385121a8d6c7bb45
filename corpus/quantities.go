package corpus

// Status is the verdict on a quantity's claims.
type Status string

// Quantity statuses.
const (
	StatusConflict   Status = "conflict"   // intervals do not overlap
	StatusCompatible Status = "compatible" // differ, but can both be true
	StatusAgree      Status = "agree"      // the same value
	StatusSingle     Status = "single"     // one source only
)

// Quantity is a group of claims about the same measured thing, from one or
// more articles.
type Quantity struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Unit   string `json:"unit"`
	Status Status `json:"status"`
	Claims []int  `json:"-"` // indexes into Story.Figures
}

// GroupQuantities groups figures from all articles into quantities and
// gives each a status.
func GroupQuantities(arts []*Article, figs []Figure) []Quantity {
	return nil // TODO(figures)
}
