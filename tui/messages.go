package tui

import (
	"time"

	"github.com/dateline-news/dateline/corpus"
	"github.com/dateline-news/dateline/index"
)

// Every message the app's own commands produce. Keys, mouse and window
// sizes come from Bubble Tea itself.

// progressMsg reports how far opening the corpus has got.
// A stage may report no counts (done stays 0) while it works; at says
// when the report was made, so the loading view can time the stage.
type progressMsg struct {
	stage       string
	done, total int
	at          time.Time
}

// noticeMsg carries every notice Open has given so far: things the user
// should know of, such as a skipped file or an index being rebuilt.
type noticeMsg struct{ notices []string }

// loadedMsg carries the analysed story and its index once Open returns,
// with all of Open's notices.
type loadedMsg struct {
	story   *corpus.Story
	index   *index.Index
	notices []string
}

// earlyMsg carries the analysed story before Open has indexed it;
// grouping says its figures are still being compared across sources (it
// has no quantities yet, and the whole story comes later).
type earlyMsg struct {
	story    *corpus.Story
	grouping bool
}

// groupTickMsg comes every second while the figures are being compared,
// so the figures tab can say how long it has been.
type groupTickMsg struct{ at time.Time }

// loadFailedMsg says Open failed, with the notices it gave first.
type loadFailedMsg struct {
	err     error
	notices []string
}

// searchDebounceMsg fires a moment after a keystroke in the search box;
// seq is the search box's sequence number at that keystroke.
type searchDebounceMsg struct{ seq int }

// searchResultMsg carries the results of the search started at seq.
// Results whose seq is older than the search box's are dropped.
type searchResultMsg struct {
	seq     int
	query   index.Query
	results *index.Results
	err     error
}

// openEventMsg asks the root to show every report of an event.
type openEventMsg struct{ event int } // index into Story.Events

// openActorMsg asks the root to show an actor.
type openActorMsg struct{ actor string } // actor id

// openQuantityMsg asks the root to show a quantity's comparison.
type openQuantityMsg struct{ quantity int } // index into Story.Quantities

// openReaderMsg asks the root to open an article in the reader at a
// sentence, with the words of a search to highlight.
type openReaderMsg struct {
	article  string
	sentence int
	terms    []string
}

// setFilterMsg sets the actor filter ("" clears it).
type setFilterMsg struct{ actor string }

// exportedMsg says where an export was written, or why it failed.
type exportedMsg struct {
	what string // what was exported, in words ("the timeline")
	path string
	err  error
}
