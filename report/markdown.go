package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline-news/dateline/corpus"
)

// EventFilter chooses the events a timeline export shows; nil shows all.
type EventFilter func(corpus.Event) bool

// Markdown writes the whole briefing as Markdown: the articles and their
// sources, the timeline, the figures with conflicts first and the actors
// with their key quotes. Every line that reports something cites its
// article by number; article text is escaped so it cannot change the
// document's structure.
func Markdown(w io.Writer, st *corpus.Story) error {
	br := Build(st)
	m := newMarkdown(w, br)
	m.title(fmt.Sprintf("%s: briefing", nameOr(br.Name)))
	m.line(m.summary())
	m.blank()
	m.line("Numbers in square brackets cite the articles listed under “Articles and sources”.")
	m.sources(2, br.Articles)
	m.heading(2, "Timeline")
	m.timeline(3, br.Timeline)
	m.heading(2, "Figures")
	m.figures(3, br.Quantities, br.Other)
	m.heading(2, "Actors")
	m.actors(3, br.Actors, br.Unattributed)
	if len(br.Skipped) > 0 {
		m.heading(2, "Files skipped")
		for _, s := range br.Skipped {
			m.line("- " + md(s))
		}
	}
	m.linkDefinitions()
	return m.err
}

// Timeline writes the story's timeline, only the events filter accepts
// (all when it is nil), as a Markdown document that lists the articles it
// cites. The terminal UI exports its timeline view with it.
func Timeline(w io.Writer, st *corpus.Story, filter EventFilter) error {
	b := newBuilder(st)
	br := &Briefing{Name: clean(st.Name), Timeline: b.timeline(filter)}
	for _, a := range st.Articles {
		br.Articles = append(br.Articles, *b.sources[a.ID])
	}
	m := newMarkdown(w, br)
	m.title(fmt.Sprintf("%s: timeline", nameOr(br.Name)))
	m.timeline(2, br.Timeline)
	m.citedSources(2)
	m.linkDefinitions()
	return m.err
}

// Comparison writes one quantity of the story (an index into
// st.Quantities) as a Markdown document: its verdict, a table of every
// source's claim, and the articles it cites. The terminal UI exports its
// comparison view with it.
func Comparison(w io.Writer, st *corpus.Story, quantity int) error {
	if quantity < 0 || quantity >= len(st.Quantities) {
		return fmt.Errorf("comparison: no quantity %d (the story has %d)", quantity, len(st.Quantities))
	}
	b := newBuilder(st)
	br := &Briefing{Name: clean(st.Name)}
	for _, a := range st.Articles {
		br.Articles = append(br.Articles, *b.sources[a.ID])
	}
	q := b.quantity(quantity)
	m := newMarkdown(w, br)
	m.title(fmt.Sprintf("%s: %s", nameOr(br.Name), q.Label))
	m.line(statusSentence(q))
	m.blank()
	m.claimsTable(q.Claims)
	m.citedSources(2)
	m.linkDefinitions()
	return m.err
}

// Actor writes one actor of the story (by id) as a Markdown document: who
// it is, where it is mentioned, its key quotes and the articles it cites.
// The terminal UI exports its actor view with it.
func Actor(w io.Writer, st *corpus.Story, actorID string) error {
	a := st.Actor(actorID)
	if a == nil {
		return fmt.Errorf("actor: no actor with id %q", actorID)
	}
	b := newBuilder(st)
	br := &Briefing{Name: clean(st.Name)}
	for _, art := range st.Articles {
		br.Articles = append(br.Articles, *b.sources[art.ID])
	}
	m := newMarkdown(w, br)
	m.title(fmt.Sprintf("%s: %s", nameOr(br.Name), clean(a.Name)))
	m.actor(0, b.actor(a))
	m.citedSources(2)
	m.linkDefinitions()
	return m.err
}

// markdown writes one Markdown document, remembering the first write
// error and which articles it has cited.
type markdown struct {
	w     io.Writer
	err   error
	br    *Briefing
	byRef map[int]Source
	cited map[int]bool
	// afterBlank says the last line written was empty (or nothing was).
	afterBlank bool
}

func newMarkdown(w io.Writer, br *Briefing) *markdown {
	m := &markdown{w: w, br: br, byRef: map[int]Source{}, cited: map[int]bool{}, afterBlank: true}
	for _, s := range br.Articles {
		m.byRef[s.Ref] = s
	}
	return m
}

func (m *markdown) line(s string) {
	if m.err == nil {
		_, m.err = io.WriteString(m.w, s+"\n")
	}
	m.afterBlank = s == ""
}

// blank ends a block with an empty line, once.
func (m *markdown) blank() {
	if !m.afterBlank {
		m.line("")
	}
}

func (m *markdown) title(s string) { m.line("# " + md(s)); m.blank() }

// heading writes a heading of the given level; level 0 writes nothing.
func (m *markdown) heading(level int, s string) {
	if level <= 0 {
		return
	}
	m.blank()
	m.line(strings.Repeat("#", min(level, 6)) + " " + s)
	m.blank()
}

// cite writes citations of articles, "[1] [3]", remembering them.
func (m *markdown) cite(cs ...Cite) string {
	var parts []string
	seen := map[Cite]bool{}
	for _, c := range cs {
		if seen[c] {
			continue
		}
		seen[c] = true
		if c.Ref == 0 {
			parts = append(parts, md("["+c.Article+"]"))
			continue
		}
		m.cited[c.Ref] = true
		parts = append(parts, "["+strconv.Itoa(c.Ref)+"]")
	}
	return strings.Join(parts, " ")
}

func (m *markdown) summary() string {
	br := m.br
	sources := map[string]bool{}
	for _, s := range br.Articles {
		if s.Source != "" {
			sources[s.Source] = true
		}
	}
	conflicts := 0
	for _, q := range br.Quantities {
		if q.Status == string(corpus.StatusConflict) {
			conflicts++
		}
	}
	undated := 0
	for _, l := range br.Timeline.Undated {
		undated += len(l.Events)
	}
	inConflict := "none"
	if conflicts > 0 {
		inConflict = strconv.Itoa(conflicts)
	}
	return fmt.Sprintf("%s from %s · %s and %s · %s (%s in conflict) · %s",
		plural(len(br.Articles), "article"), plural(len(sources), "named source"),
		plural(len(br.Timeline.Dated), "dated event"), plural(undated, "undated one"),
		plural(len(br.Quantities), "compared quantity"), inConflict, plural(len(br.Actors), "actor"))
}

// sources lists the articles with where they come from and how their
// publication dates are known.
func (m *markdown) sources(level int, arts []Source) {
	m.heading(level, "Articles and sources")
	if len(arts) == 0 {
		m.line("No articles were loaded.")
		return
	}
	for _, s := range arts {
		m.cited[s.Ref] = true
		m.line("- " + m.sourceLine(s))
	}
}

func (m *markdown) sourceLine(s Source) string {
	title := s.Title
	if title == "" {
		title = "(no headline)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "[%d] **%s**", s.Ref, md(title))
	src := "source unknown"
	if s.Source != "" {
		src = md(s.Source)
	}
	b.WriteString(" — " + src)
	if s.Author != "" {
		b.WriteString(", by " + md(s.Author))
	}
	b.WriteString("; " + s.publishedText())
	if how := s.howKnown(); how != "" {
		b.WriteString(" (" + md(how) + ")")
	}
	b.WriteString(". " + md(s.ID))
	return b.String()
}

// citedSources lists the articles a view export cited.
func (m *markdown) citedSources(level int) {
	var refs []int
	for r := range m.cited {
		refs = append(refs, r)
	}
	if len(refs) == 0 {
		return
	}
	slices.Sort(refs)
	m.heading(level, "Articles cited")
	for _, r := range refs {
		m.line("- " + m.sourceLine(m.byRef[r]))
	}
}

// linkDefinitions ends the document with a reference link for every cited
// article that has a URL, so that "[1]" links to the article when
// rendered and reads as a footnote in plain text.
func (m *markdown) linkDefinitions() {
	first := true
	for _, s := range m.br.Articles {
		if s.URL == "" || !m.cited[s.Ref] {
			continue
		}
		if first {
			m.blank()
			first = false
		}
		title := strings.ReplaceAll(s.Title, `"`, `\"`)
		if title != "" {
			title = ` "` + title + `"`
		}
		m.line(fmt.Sprintf("[%d]: <%s>%s", s.Ref, linkDestination(s.URL), title))
	}
}

// linkDestination makes a URL safe inside <…> in a link definition.
func linkDestination(u string) string {
	r := strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20", "\\", "%5C")
	return r.Replace(u)
}

// timeline writes the dated events, then the undated lane of each article.
func (m *markdown) timeline(level int, t TimelineSection) {
	m.heading(level, "On the calendar")
	if len(t.Dated) == 0 {
		m.line("No events could be placed on the calendar.")
	}
	for _, e := range t.Dated {
		var cites []Cite
		for _, r := range e.Reports {
			cites = append(cites, r.Cite)
		}
		when := "**" + md(e.When) + "**"
		if c := certaintyNote(e.Certainty); c != "" {
			when += " (" + c + ")"
		}
		if len(e.Reports) == 1 && summarises(e.Summary, e.Reports[0].Sentence) {
			// the summary is the one report's sentence: say it once
			m.line(fmt.Sprintf("- %s — %s %s", when, reportText(e.Reports[0]), m.cite(cites...)))
		} else {
			m.line(fmt.Sprintf("- %s — %s %s", when, md(shorten(e.Summary, 120)), m.cite(cites...)))
			for _, r := range e.Reports {
				m.line(fmt.Sprintf("  - %s %s", m.cite(r.Cite), reportText(r)))
			}
		}
		if len(e.Actors) > 0 {
			m.line("  - Actors: " + md(strings.Join(e.Actors, ", ")) + " " + m.cite(cites...))
		}
	}
	m.heading(level, "Undated, by article")
	if len(t.Undated) == 0 {
		m.line("No undated events.")
		return
	}
	m.line("Relative times (“on Thursday”, “last week”) that no known publication date places on the calendar.")
	for _, l := range t.Undated {
		m.heading(level+1, m.cite(l.Cite)+" "+md(m.articleTitle(l.Cite)))
		for _, e := range l.Events {
			for _, r := range e.Reports {
				m.line(fmt.Sprintf("- %s %s", reportText(r), m.cite(r.Cite)))
			}
		}
	}
}

// reportText writes a report: the time expression, then the sentence.
func reportText(r EventReport) string {
	switch {
	case r.Expression != "":
		return "*" + md(r.Expression) + "*" + reportNote(r) + ": " + quoted(r.Sentence)
	case r.ByPublication:
		return "(dated by publication) " + quoted(r.Sentence)
	}
	return quoted(r.Sentence)
}

// reportNote says, in brackets, that a report's time is approximate or
// looks ahead.
func reportNote(r EventReport) string {
	var notes []string
	if r.Approximate {
		notes = append(notes, "approximate")
	}
	if r.Future {
		notes = append(notes, "looking ahead")
	}
	if len(notes) == 0 {
		return ""
	}
	return " (" + strings.Join(notes, ", ") + ")"
}

// summarises reports whether an event's summary is its sentence, perhaps
// shortened.
func summarises(summary, sentence string) bool {
	s := strings.TrimSuffix(strings.TrimSpace(summary), "…")
	return s != "" && strings.HasPrefix(sentence, strings.TrimSpace(s))
}

// quoted writes article text in quotation marks, unless it already opens
// with one.
func quoted(s string) string {
	if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune("\"'“‘«„", r) {
		return md(s)
	}
	return "“" + md(s) + "”"
}

// articleTitle returns a cited article's headline, or its id.
func (m *markdown) articleTitle(c Cite) string {
	if s, ok := m.byRef[c.Ref]; ok && s.Title != "" {
		return s.Title
	}
	return c.Article
}

// certaintyNote says how sure a date is, "" when the text states it.
func certaintyNote(c string) string {
	switch corpus.Certainty(c) {
	case corpus.CertResolved:
		return "resolved against the publication date"
	case corpus.CertInferred:
		return "resolved against an inferred publication date"
	case corpus.CertRelative:
		return "relative"
	}
	return ""
}

// figures writes the quantities: a table per conflicting, compatible or
// agreeing quantity, then single-source figures one a line.
func (m *markdown) figures(level int, qs []Quantity, other []Claim) {
	if len(other) == 0 && len(qs) == 0 {
		m.line("No figures were found.")
		return
	}
	groups := []struct {
		status corpus.Status
		title  string
	}{
		{corpus.StatusConflict, "Conflicting figures"},
		{corpus.StatusCompatible, "Figures that differ but can both be true"},
		{corpus.StatusAgree, "Figures the sources agree on"},
	}
	for _, g := range groups {
		var these []Quantity
		for _, q := range qs {
			if q.Status == string(g.status) {
				these = append(these, q)
			}
		}
		if len(these) == 0 {
			if g.status == corpus.StatusConflict {
				m.heading(level, g.title)
				m.line("No conflicting figures were found.")
			}
			continue
		}
		m.heading(level, g.title)
		for _, q := range these {
			m.heading(level+1, md(q.Label)+unitNote(q.Unit))
			m.line(statusSentence(q))
			m.blank()
			m.claimsTable(q.Claims)
		}
	}
	var singles []Quantity
	for _, q := range qs {
		if single(q) {
			singles = append(singles, q)
		}
	}
	if len(singles) > 0 {
		m.heading(level, "Figures from one source")
		for _, q := range singles {
			for _, c := range q.Claims {
				m.line(fmt.Sprintf("- **%s**: %s — %s %s", md(q.Label), claimValue(c, true), quoted(c.Sentence), m.cite(c.Cite)))
			}
		}
	}
	if len(other) > 0 {
		m.heading(level, "Other figures")
		for _, c := range other {
			label := c.Measure
			if label == "" {
				label = "figure"
			}
			m.line(fmt.Sprintf("- **%s**: %s — %s %s", md(label), claimValue(c, true), quoted(c.Sentence), m.cite(c.Cite)))
		}
	}
}

// single reports whether a quantity has one source only (or a status the
// report does not know, listed with them).
func single(q Quantity) bool {
	switch corpus.Status(q.Status) {
	case corpus.StatusConflict, corpus.StatusCompatible, corpus.StatusAgree:
		return false
	}
	return true
}

// statusSentence says in words what the sources' claims amount to.
func statusSentence(q Quantity) string {
	arts := map[string]bool{}
	for _, c := range q.Claims {
		arts[c.Article] = true
	}
	n := plural(len(arts), "article")
	switch corpus.Status(q.Status) {
	case corpus.StatusConflict:
		return fmt.Sprintf("**Conflict:** %s give figures that cannot all be true.", n)
	case corpus.StatusCompatible:
		return fmt.Sprintf("Compatible: %s give different figures that can all be true.", n)
	case corpus.StatusAgree:
		return fmt.Sprintf("Agreement: %s give the same figure.", n)
	case corpus.StatusSingle:
		return "One source only."
	}
	return "Status: " + md(q.Status) + "."
}

func unitNote(u string) string {
	if u == "" {
		return ""
	}
	return " (" + md(u) + ")"
}

// claimsTable writes one row per claim: source, value, qualifier, speaker,
// date and sentence.
func (m *markdown) claimsTable(cs []Claim) {
	if len(cs) == 0 {
		m.line("No claims.")
		return
	}
	m.line("| Source | Value | Qualifier | Speaker | Date | Sentence |")
	m.line("|---|---|---|---|---|---|")
	for _, c := range cs {
		src := "source unknown"
		if c.Source != "" {
			src = md(c.Source)
		}
		speaker := "—"
		if c.Speaker != "" {
			speaker = md(c.Speaker)
		}
		date := "unknown"
		if s, ok := m.byRef[c.Ref]; ok && s.publishedDate() != "" {
			date = s.publishedDate()
		}
		m.line(fmt.Sprintf("| %s %s | %s | %s | %s | %s | %s |", m.cite(c.Cite), src, claimValue(c, false),
			claimQualifier(c), speaker, date, md(c.Sentence)))
	}
}

// claimValue writes a claim's figure as written and, when that differs,
// its normalised value: "£310 million (260,000,000 GBP)". withQualifier
// adds the qualifier and speaker for one-line use.
func claimValue(c Claim, withQualifier bool) string {
	v := "**" + md(c.Text) + "**"
	if n := normalised(c); n != "" && n != c.Text {
		v += " (" + md(n) + ")"
	}
	if withQualifier {
		if q := claimQualifier(c); q != qualifierWords(string(corpus.QualExact)) {
			v += ", " + q
		}
		if c.Speaker != "" {
			v += ", according to " + md(c.Speaker)
		}
	}
	return v
}

// normalised writes a claim's value (or range) with its unit.
func normalised(c Claim) string {
	var v string
	switch {
	case c.Qualifier == string(corpus.QualRange) && c.Low != nil && c.High != nil:
		v = corpus.FormatNumber(*c.Low) + "–" + corpus.FormatNumber(*c.High)
	default:
		v = corpus.FormatNumber(c.Value)
	}
	switch c.Unit {
	case "":
		return v
	case "percent":
		return v + "%"
	}
	return v + " " + c.Unit
}

// claimQualifier says how a claim bounds its value, and whether its words
// only stand for a rough count.
func claimQualifier(c Claim) string {
	q := qualifierWords(c.Qualifier)
	if c.Vague {
		if c.Qualifier == string(corpus.QualExact) {
			return "rough count"
		}
		return q + ", rough count"
	}
	return q
}

// qualifierWords says how a figure bounds its value, in a table's
// Qualifier column: the qualifier's words, "exact" and "range" where a
// column must not stay empty or say "between".
func qualifierWords(q string) string {
	switch corpus.Qualifier(q) {
	case corpus.QualExact:
		return "exact"
	case corpus.QualRange:
		return "range"
	}
	if w := corpus.Qualifier(q).Words(); w != "" {
		return w
	}
	return md(q)
}

// actors writes every actor, then the quotes without a known speaker.
func (m *markdown) actors(level int, as []ActorEntry, unattributed []Quote) {
	if len(as) == 0 {
		m.line("No actors were found.")
	}
	for _, a := range as {
		m.actor(level, a)
	}
	if len(unattributed) > 0 {
		m.heading(level, "Quotes without a known speaker")
		for _, q := range unattributed {
			m.quote(q, true)
		}
	}
}

// actor writes one actor under a heading of the given level (none at 0).
func (m *markdown) actor(level int, a ActorEntry) {
	name := md(a.Name)
	if a.Short != "" && a.Short != a.Name {
		name += " (" + md(a.Short) + ")"
	}
	m.heading(level, name)
	var facts []string
	if a.Kind != "" {
		facts = append(facts, md(a.Kind))
	}
	if a.Role != "" {
		facts = append(facts, md(a.Role))
	}
	if len(a.Aliases) > 0 {
		facts = append(facts, "also called "+md(strings.Join(a.Aliases, ", ")))
	}
	if len(a.Mentions) == 0 {
		facts = append(facts, "not mentioned by name")
	} else {
		var ms []string
		for _, mn := range a.Mentions {
			ms = append(ms, fmt.Sprintf("%s ×%d", m.cite(mn.Cite), mn.Count))
		}
		facts = append(facts, "mentioned in "+strings.Join(ms, ", "))
	}
	m.line(strings.Join(facts, " · "))
	if len(a.Quotes) == 0 {
		return
	}
	m.blank()
	for _, q := range a.Quotes {
		m.quote(q, false)
	}
	if more := a.QuotesTotal - len(a.Quotes); more > 0 {
		m.line(fmt.Sprintf("- … and %d more %s, in %s", more, strings.TrimPrefix(plural(more, "quote"), strconv.Itoa(more)+" "), m.cite(a.MoreQuotesIn...)))
	}
}

// quote writes one quote, its articles and, for a shared quote, a mark.
func (m *markdown) quote(q Quote, withSpeaker bool) {
	s := "- “" + md(q.Text) + "”"
	if withSpeaker && q.Speaker != "" {
		s += " — " + md(q.Speaker)
	}
	if !q.Direct {
		s += " (reported speech)"
	}
	s += " " + m.cite(append([]Cite{q.Cite}, q.Also...)...)
	if q.Shared {
		s += " — **shared:** the same words appear in " + plural(len(q.Also)+1, "article")
	}
	m.line(s)
}

// md escapes article text for inline Markdown: characters that would
// start emphasis, code, links, HTML, table cells or strikethrough are
// backslash-escaped, as are entity-like ampersands and what would start a
// block at the beginning of a line. Text that needs none reads unchanged.
func md(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
		case '_':
			// inside a word an underscore cannot start emphasis
			if i == 0 || i == len(s)-1 || !wordByte(s[i-1]) || !wordByte(s[i+1]) {
				b.WriteByte('\\')
			}
		case '&':
			if entityLike(s[i+1:]) {
				b.WriteByte('\\')
			}
		case '\n', '\r':
			b.WriteByte(' ')
			continue
		}
		if i == 0 && blockStart(s) {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
		if i == 0 {
			// a leading ordered-list number: "2024. " must not start a list
			if j := leadingDigits(s); j > 0 && j < len(s) && (s[j] == '.' || s[j] == ')') && (j+1 == len(s) || s[j+1] == ' ') {
				b.WriteString(s[1:j])
				b.WriteByte('\\')
				i = j - 1
			}
		}
	}
	return b.String()
}

// blockStart reports whether s opens with a character that starts a
// Markdown block (heading, list, rule, setext underline).
func blockStart(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '#', '+', '=':
		return true
	case '-':
		return len(s) == 1 || s[1] == ' ' || s[1] == '-'
	}
	return false
}

// wordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte (non-ASCII) character.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

func leadingDigits(s string) int {
	i := 0
	for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

// entityLike reports whether the text after an ampersand would be read as
// an HTML entity (&amp; &#39;).
func entityLike(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' && i == 0, c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return false
}

// plural writes "1 article", "3 articles", "no articles".
func plural(n int, word string) string {
	w := word
	if n != 1 {
		switch {
		case strings.HasSuffix(word, "y") && !strings.HasSuffix(word, "ey"):
			w = word[:len(word)-1] + "ies"
		default:
			w = word + "s"
		}
	}
	if n == 0 {
		return "no " + w
	}
	return strconv.Itoa(n) + " " + w
}

func nameOr(name string) string {
	if name == "" {
		return "Story"
	}
	return name
}
