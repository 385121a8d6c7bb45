package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/dateline-news/dateline/corpus"
)

// JSON writes the briefing as indented JSON (schema 1): everything the
// Markdown briefing shows, with dates as YYYY-MM-DD and articles cited by
// id and number.
func JSON(w io.Writer, st *corpus.Story) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Build(st)); err != nil {
		return fmt.Errorf("json report: %w", err)
	}
	return nil
}
