package corpus

import "time"

// Granularity is how precisely a temporal expression places its time.
type Granularity string

// Granularities of resolved time expressions.
const (
	GranTime  Granularity = "time"  // a date with a time of day
	GranDay   Granularity = "day"   // one calendar day
	GranWeek  Granularity = "week"  // a week ("this week", "last week")
	GranMonth Granularity = "month" // a calendar month
	GranYear  Granularity = "year"  // a calendar year
	GranSpan  Granularity = "span"  // an interval of several units (ranges, "since 2021", durations)
)

// Certainty says how sure Dateline is of a resolved date.
type Certainty string

// Certainties, from surest to least sure.
const (
	CertStated   Certainty = "stated"   // an explicit calendar date in the text
	CertResolved Certainty = "resolved" // relative, resolved against a known publication date
	CertInferred Certainty = "inferred" // resolved against an inferred publication date
	CertRelative Certainty = "relative" // no publication date known: kept unresolved
)

// TimeExpr is one temporal expression found in an article, resolved where
// the text and metadata support it. Start and End are inclusive calendar
// days; both are zero when the expression is unresolved.
type TimeExpr struct {
	Article     string      `json:"article"`
	Text        string      `json:"text"`
	Span                    // byte offsets into the article's Text
	Sentence    int         `json:"sentence"` // index into Article.Sentences
	Start       time.Time   `json:"-"`
	End         time.Time   `json:"-"`
	Granularity Granularity `json:"granularity"`
	Certainty   Certainty   `json:"certainty"`
	Approximate bool        `json:"approximate"` // "for nearly three years"
	Future      bool        `json:"future"`      // the sentence points forward ("will strike on Thursday")
}

// Resolved reports whether the expression was given calendar dates.
func (e TimeExpr) Resolved() bool { return !e.Start.IsZero() }

// TagDates finds every temporal expression in the article and resolves it
// against the article's publication date.
func TagDates(a *Article) []TimeExpr {
	return nil // TODO(timeline): the tagger
}

// InferPublished fills in publication dates that the corpus gives real
// evidence for (shared verbatim quotes, a dated event reported as past),
// marking them PublishedInferred with a reason. Articles without evidence
// keep an unknown date.
func InferPublished(arts []*Article, quotes []Quote) {
	// TODO(timeline)
}
