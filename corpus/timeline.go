package corpus

import "time"

// Report is one article's telling of an event.
type Report struct {
	Article    string `json:"article"`
	Sentence   int    `json:"sentence"`   // index into that article's Sentences
	Expression int    `json:"expression"` // index into Story.Expressions
}

// Event is something that happened or will happen at a time, as reported by
// one or more articles. Undated events (only relative expressions) have
// zero Start and End and sit in their article's undated lane.
type Event struct {
	ID          string      `json:"id"`
	Start       time.Time   `json:"-"`
	End         time.Time   `json:"-"`
	Granularity Granularity `json:"granularity"`
	Certainty   Certainty   `json:"certainty"`
	Summary     string      `json:"summary"`
	Actors      []string    `json:"actors"` // actor ids
	Reports     []Report    `json:"reports"`
}

// Dated reports whether the event has calendar dates.
func (e Event) Dated() bool { return !e.Start.IsZero() }

// BuildEvents turns temporal expressions into events, grouping reports of
// the same happening across articles, ordered by date; undated events
// follow in article and text order.
func BuildEvents(arts []*Article, exprs []TimeExpr, actors []*Actor) []Event {
	return nil // TODO(timeline)
}
