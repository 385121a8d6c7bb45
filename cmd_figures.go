package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/corpus"
)

func init() {
	register(&command{name: "figures", args: "[PATH...]",
		summary: "show the figures of the story grouped into quantities, with where sources conflict, agree or differ", run: runFigures})
}

// quantityJSON is one quantity in `figures --json` (schema 1).
type quantityJSON struct {
	ID     string      `json:"id"`
	Label  string      `json:"label"`
	Unit   string      `json:"unit"`
	Status string      `json:"status"`
	Claims []claimJSON `json:"claims"`
}

// claimJSON is one claim of a quantity in `figures --json`.
type claimJSON struct {
	Article   string   `json:"article"`
	Text      string   `json:"text"`
	Value     float64  `json:"value"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	Qualifier string   `json:"qualifier"`
	Speaker   *string  `json:"speaker"`
	Sentence  string   `json:"sentence"`
	Published any      `json:"published"`
}

func runFigures(e *env, args []string) int {
	c := lookup("figures")
	fs := newFlags(e, c)
	indexDir := keptStoryFlag(fs)
	asJSON := fs.Bool("json", false, `print JSON (schema 1): {"schema":1,"quantities":[{id,label,unit,status,claims:[{article,text,value,low,high,qualifier,speaker,sentence,published}]}]}`)
	asCSV := fs.Bool("csv", false, "print CSV, one row per claim, with a header")
	conflicts := fs.Bool("conflicts", false, "show only quantities that sources conflict on")
	actor := fs.String("actor", "", "show only quantities an actor states or owns (NAME: any of its names)")
	paths, status, ok := parseFlags(e, fs, args)
	if !ok {
		return status
	}
	if *asJSON && *asCSV {
		fmt.Fprintln(e.stderr, "dateline figures: --json and --csv cannot be used together")
		return exitUsage
	}
	st, err := loadStory(e, paths, *indexDir)
	if err != nil {
		return fail(e, err)
	}
	qs := st.Quantities
	if *actor != "" {
		a := st.FindActor(*actor)
		if a == nil {
			fmt.Fprintf(e.stderr, "dateline figures: no actor is named %q\n", corpus.Sanitize(*actor))
			return exitUsage
		}
		qs = quantitiesOf(st, qs, a.ID)
	}
	if *conflicts {
		var keep []corpus.Quantity
		for _, q := range qs {
			if q.Status == corpus.StatusConflict {
				keep = append(keep, q)
			}
		}
		qs = keep
	}
	switch {
	case *asJSON:
		err = writeJSONList(e.stdout, "quantities", len(qs), func(i int) any { return quantityToJSON(st, qs[i]) })
	case *asCSV:
		err = writeFiguresCSV(e.stdout, st, qs)
	default:
		err = printFigures(e.stdout, st, qs, terminalWidth())
	}
	if err != nil {
		return fail(e, err)
	}
	return exitOK
}

// quantitiesOf keeps the quantities with a claim the actor states or a
// claim about something the actor owns.
func quantitiesOf(st *corpus.Story, qs []corpus.Quantity, id string) []corpus.Quantity {
	var out []corpus.Quantity
	for _, q := range qs {
		for _, i := range q.Claims {
			f := &st.Figures[i]
			owns := false
			for _, o := range f.Owners {
				owns = owns || o == "@"+id
			}
			if f.Speaker == id || owns {
				out = append(out, q)
				break
			}
		}
	}
	return out
}

// quantityToJSON is one quantity of the schema-1 document, with its claims.
func quantityToJSON(st *corpus.Story, q corpus.Quantity) quantityJSON {
	qj := quantityJSON{ID: q.ID, Label: q.Label, Unit: q.Unit, Status: string(q.Status), Claims: make([]claimJSON, 0, len(q.Claims))}
	for _, i := range q.Claims {
		f := &st.Figures[i]
		cj := claimJSON{Article: f.Article, Text: f.Text, Value: f.Value, Low: f.Low, High: f.High,
			Qualifier: qualifierName(f.Qualifier), Sentence: sentenceOf(st, f), Published: nil}
		if sp := speakerName(st, f); sp != "" {
			cj.Speaker = &sp
		}
		if a := st.Article(f.Article); a != nil {
			cj.Published = dateString(a.Published)
		}
		qj.Claims = append(qj.Claims, cj)
	}
	return qj
}

// writeFiguresCSV writes one row per claim.
func writeFiguresCSV(w io.Writer, st *corpus.Story, qs []corpus.Quantity) error {
	cw := csv.NewWriter(w)
	if err := cw.Write([]string{"quantity", "label", "unit", "status", "article", "source", "published", "text", "value",
		"low", "high", "qualifier", "speaker", "sentence"}); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for _, q := range qs {
		for _, i := range q.Claims {
			f := &st.Figures[i]
			source, published := "", ""
			if a := st.Article(f.Article); a != nil {
				source = a.Source
				if d, ok := dateString(a.Published).(string); ok {
					published = d
				}
			}
			row := []string{q.ID, q.Label, q.Unit, string(q.Status), f.Article, source, published, f.Text,
				formatFloat(f.Value), boundString(f.Low), boundString(f.High), qualifierName(f.Qualifier),
				speakerName(st, f), sentenceOf(st, f)}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

func boundString(b *float64) string {
	if b == nil {
		return ""
	}
	return formatFloat(*b)
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// qualifierName names a qualifier for output; exact figures say "exact".
func qualifierName(q corpus.Qualifier) string {
	if q == corpus.QualExact {
		return "exact"
	}
	return string(q)
}

// speakerName is who states a figure: the actor's name when known, else
// the words that name the source.
func speakerName(st *corpus.Story, f *corpus.Figure) string {
	if f.Speaker != "" {
		if a := st.Actor(f.Speaker); a != nil {
			return a.Name
		}
	}
	return strings.Join(strings.Fields(f.SpeakerAs), " ")
}

// sentenceOf returns the text of the figure's sentence.
func sentenceOf(st *corpus.Story, f *corpus.Figure) string {
	a := st.Article(f.Article)
	if a == nil || f.Sentence < 0 || f.Sentence >= len(a.Sentences) {
		return ""
	}
	return a.Sentences[f.Sentence].Text
}

// terminalWidth is the width plain output is laid out for: $COLUMNS, else 100.
func terminalWidth() int {
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= 40 {
		return n
	}
	return 100
}

// printFigures prints each quantity with its claims side by side, one
// column per source (article); columns wrap onto further rows when there
// are more sources than fit the width.
func printFigures(w io.Writer, st *corpus.Story, qs []corpus.Quantity, width int) error {
	if len(qs) == 0 {
		_, err := fmt.Fprintln(w, "no figures")
		return err
	}
	var b strings.Builder
	for n, q := range qs {
		if n > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "%s  %s  (%s)\n", strings.ToUpper(string(q.Status)), clip(q.Label, width-len(q.Status)-len(q.Unit)-8), q.Unit)
		var cols [][]string
		byArticle := map[string]int{}
		for _, i := range q.Claims {
			f := &st.Figures[i]
			k, ok := byArticle[f.Article]
			if !ok {
				k = len(cols)
				byArticle[f.Article] = k
				cols = append(cols, articleHeader(st, f.Article))
			}
			cols[k] = append(cols[k], claimLines(st, f, q.Status == corpus.StatusConflict)...)
		}
		colW := 28
		perRow := max(1, (width-2)/(colW+2))
		for start := 0; start < len(cols); start += perRow {
			end := min(len(cols), start+perRow)
			rows := 0
			for _, c := range cols[start:end] {
				rows = max(rows, len(c))
			}
			for r := 0; r < rows; r++ {
				line := "  "
				for ci, c := range cols[start:end] {
					cell := ""
					if r < len(c) {
						cell = clip(c[r], colW)
					}
					if ci < end-start-1 {
						cell += strings.Repeat(" ", colW-utf8.RuneCountInString(cell)+2)
					}
					line += cell
				}
				b.WriteString(strings.TrimRight(line, " "))
				b.WriteByte('\n')
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// articleHeader is the top of an article's column: its source (or id) and
// publication date.
func articleHeader(st *corpus.Story, id string) []string {
	a := st.Article(id)
	if a == nil {
		return []string{id}
	}
	name := a.Source
	if name == "" {
		name = a.ID
	}
	date := "date unknown"
	if d, ok := dateString(a.Published).(string); ok {
		date = d
	}
	return []string{name, date}
}

// claimLines are a claim's lines in its column: the value with its
// qualifier, the words as written and, for conflicts, who states it.
func claimLines(st *corpus.Story, f *corpus.Figure, conflict bool) []string {
	lines := []string{"• " + formatClaim(f), "  “" + strings.Join(strings.Fields(f.Text), " ") + "”"}
	if sp := speakerName(st, f); sp != "" && conflict {
		lines = append(lines, "  — "+sp)
	}
	return lines
}

// formatClaim writes a claim's value for people: "£310m", "more than 50%",
// "4,800 people (approx)".
func formatClaim(f *corpus.Figure) string {
	v := formatValue(f.Value, f.Unit)
	if f.Qualifier == corpus.QualRange {
		if f.High != nil && f.Low != nil {
			hi := formatValue(*f.High, f.Unit)
			if f.Unit == "percent" || corpus.IsCurrency(f.Unit) {
				return formatValue(*f.Low, f.Unit) + " to " + hi
			}
			return corpus.FormatNumber(*f.Low) + " to " + hi
		}
		return v
	}
	if w := f.Qualifier.Words(); w != "" {
		return w + " " + v
	}
	return v
}

// formatValue writes a value in its unit: money with its sign and scale,
// shares with "%", counts with thousands separators.
func formatValue(v float64, unit string) string {
	switch {
	case unit == "percent":
		return corpus.FormatNumber(v) + "%"
	case corpus.IsCurrency(unit):
		sign := corpus.CurrencySign(unit)
		if sign == "" {
			sign = unit + " "
		}
		neg := ""
		if v < 0 {
			neg, v = "-", -v
		}
		switch {
		case v >= 1e9:
			return neg + sign + corpus.FormatNumber(v/1e9) + "bn"
		case v >= 1e6:
			return neg + sign + corpus.FormatNumber(v/1e6) + "m"
		}
		return neg + sign + corpus.FormatNumber(v)
	}
	return corpus.FormatNumber(v) + " " + unit
}

// clip shortens s to n runes with an ellipsis.
func clip(s string, n int) string {
	if n < 2 {
		n = 2
	}
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
