package corpus

// Qualifier says how a figure bounds its value.
type Qualifier string

// Qualifiers of figures.
const (
	QualExact    Qualifier = ""          // as stated
	QualApprox   Qualifier = "approx"    // around, about, nearly
	QualMoreThan Qualifier = "more-than" // (v, …)
	QualAtLeast  Qualifier = "at-least"  // [v, …)
	QualLessThan Qualifier = "less-than" // (…, v)
	QualUpTo     Qualifier = "up-to"     // [0, v]
	QualRange    Qualifier = "range"     // [low, high]
)

// Figure is one number in an article that measures something in the story.
type Figure struct {
	Article   string    `json:"article"`
	Text      string    `json:"text"`
	Span                // byte offsets into the article's Text
	Sentence  int       `json:"sentence"`
	Value     float64   `json:"value"`
	Low       *float64  `json:"low"`  // nil when unbounded below
	High      *float64  `json:"high"` // nil when unbounded above
	Unit      string    `json:"unit"` // ISO currency code, "percent", "people" or a plain unit word
	Scale     string    `json:"scale"`
	Qualifier Qualifier `json:"qualifier"`
	Measure   string    `json:"measure"` // what it measures: the counted noun and its modifiers
	Speaker   string    `json:"speaker"` // actor id of who states it, if attributed
}

// ExtractFigures finds the figures in an article. Quotes and actors, when
// given, attribute figures to their speakers.
func ExtractFigures(a *Article, quotes []Quote, actors []*Actor) []Figure {
	return nil // TODO(figures)
}
