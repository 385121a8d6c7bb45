package corpus

import (
	"sort"
	"strings"
)

// Story is an analysed corpus: its articles and everything found in them,
// built once by Analyse and read by the index, the commands and the TUI.
type Story struct {
	Name        string
	Articles    []*Article
	Expressions []TimeExpr
	Events      []Event
	Figures     []Figure
	Quantities  []Quantity
	Actors      []*Actor
	Quotes      []Quote
	Problems    []*LoadError // files that could not be loaded, skipped

	byID map[string]*Article
}

// Analyse runs every analysis over the corpus. The order matters: actors and
// quotes come first (quotes shared across articles are evidence for
// publication dates and speakers of figures), then dates and events, then
// figures and quantities.
func Analyse(c *Corpus) *Story {
	s := &Story{Name: c.Name, Articles: c.Articles, Problems: c.Problems}
	s.index()
	s.Actors = FindActors(c.Articles, c.Aliases)
	s.Quotes = FindQuotes(c.Articles, s.Actors)
	InferPublished(c.Articles, s.Quotes)
	for _, a := range c.Articles {
		s.Expressions = append(s.Expressions, TagDates(a)...)
	}
	s.Events = BuildEvents(c.Articles, s.Expressions, s.Actors)
	for _, a := range c.Articles {
		s.Figures = append(s.Figures, ExtractFigures(a, s.Quotes, s.Actors)...)
	}
	s.Quantities = GroupQuantities(c.Articles, s.Figures)
	return s
}

func (s *Story) index() {
	s.byID = make(map[string]*Article, len(s.Articles))
	for _, a := range s.Articles {
		s.byID[a.ID] = a
	}
}

// Article returns the article with the given id, or nil.
func (s *Story) Article(id string) *Article {
	if s.byID == nil {
		s.index()
	}
	return s.byID[id]
}

// Actor returns the actor with the given id, or nil.
func (s *Story) Actor(id string) *Actor {
	for _, a := range s.Actors {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// FindActor returns the actor that NAME names: its id, name, short name or
// any alias, compared case-insensitively. It returns nil when none does.
func (s *Story) FindActor(name string) *Actor {
	n := foldName(name)
	if n == "" {
		return nil
	}
	for _, a := range s.Actors {
		if foldName(a.ID) == n || foldName(a.Name) == n || foldName(a.Short) == n {
			return a
		}
		for _, al := range a.Aliases {
			if foldName(al) == n {
				return a
			}
		}
	}
	return nil
}

// QuotesBy returns the quotes attributed to the actor with the given id.
func (s *Story) QuotesBy(id string) []Quote {
	var out []Quote
	for _, q := range s.Quotes {
		if q.Speaker == id {
			out = append(out, q)
		}
	}
	return out
}

// Sources returns the distinct article sources, sorted.
func (s *Story) Sources() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range s.Articles {
		if a.Source != "" && !seen[a.Source] {
			seen[a.Source] = true
			out = append(out, a.Source)
		}
	}
	sort.Strings(out)
	return out
}

// foldName normalises a name for comparison: lower case, curly apostrophes
// made straight, spaces collapsed, a leading "the" dropped.
func foldName(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = strings.ReplaceAll(s, "\u2019", "'")
	s = strings.TrimPrefix(s, "the ")
	return s
}
