package corpus

import (
	"sync"
	"time"
)

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
// days; both are zero when the expression is unresolved, and End alone is
// zero for an open range whose end is unknown ("since 2021" in an article
// without a publication date).
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
// against the article's publication date. Every expression lies in the
// cleaned Text (the dateline is not: it is the article's Published date,
// and dates its lead event). Expressions that need a publication date the
// article lacks keep their text with certainty CertRelative and no dates.
// It only reads the article, so it is safe to call in parallel.
func TagDates(a *Article) []TimeExpr {
	var ref time.Time
	if a.HasPublished() {
		ref = dayOf(a.Published)
	}
	relCert := CertResolved
	if a.PublishedHow == PublishedInferred {
		relCert = CertInferred
	}
	// tokens, marks and expressions are gathered in a worker's scratch;
	// the expressions are returned in a slice of their own
	ds := dateScratches.Get().(*dateScratch)
	defer dateScratches.Put(ds)
	out, toks, marks := ds.out[:0], ds.toks, ds.marks
	for si, sen := range a.Sentences {
		toks = dateTokens(toks[:0], a.Text, sen.Start, sen.End, &ds.lows)
		sc := dateScanner{toks: toks, marks: marks[:0]}
		for i := 0; i < len(toks); {
			p, ok := sc.match(i)
			if !ok {
				i++
				continue
			}
			dir := sc.phraseTense(p)
			if p.futureOnly && dir != tenseFuture || p.notPast && dir == tensePast || sc.nowadays(p, dir) || sc.unanchored(p) {
				i++
				continue
			}
			span := Span{Start: toks[p.from].start, End: toks[p.to].end}
			x := TimeExpr{Article: a.ID, Text: a.Text[span.Start:span.End], Span: span, Sentence: si,
				Granularity: p.granularity(), Future: dir == tenseFuture}
			if iv, ok := p.resolve(ref, dir); ok {
				x.Start, x.End, x.Granularity, x.Approximate = iv.start, iv.end, iv.gran, iv.approx || p.approx
				x.Future = x.Future || dir == tensePresent && iv.start.After(ref)
				x.Certainty = CertStated
				if p.needsRef() && !(iv.endOnly && !p.a.needsRef) {
					x.Certainty = relCert
				}
			} else if p.needsRef() && ref.IsZero() || p.op == opPoint && p.a.kind == whenAfterEvent {
				// no publication date, or a time counted from an event
				x.Certainty = CertRelative
				x.Approximate = p.approx
			} else {
				i++ // a reference the calendar rules out ("since 2030" in 2024)
				continue
			}
			out = append(out, x)
			i = p.to + 1
		}
		marks = sc.marks
	}
	ds.toks, ds.marks = toks[:0], marks[:0]
	var res []TimeExpr
	if len(out) > 0 {
		res = make([]TimeExpr, len(out))
		copy(res, out)
	}
	clear(out)
	ds.out = out[:0]
	return res
}

// dateScratch is what TagDates works in, lent to one article at a time.
type dateScratch struct {
	out   []TimeExpr
	toks  []dateToken
	marks []uint8
	lows  lowerCache
}

var dateScratches = sync.Pool{New: func() any { return new(dateScratch) }}
