package corpus

// Actor kinds.
const (
	KindPerson       = "person"
	KindOrganisation = "organisation"
	KindPlace        = "place"
)

// Mention is one occurrence of an actor in an article.
type Mention struct {
	Article  string `json:"article"`
	Span            // byte offsets into the article's Text
	Sentence int    `json:"sentence"`
	Alias    string `json:"alias"` // the name as written
}

// Actor is an organisation, person or place of the story, under all its names.
type Actor struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Short    string    `json:"short"`
	Kind     string    `json:"kind"`
	Role     string    `json:"role"`
	Aliases  []string  `json:"aliases"`
	Mentions []Mention `json:"-"`
}

// FindActors discovers the actors of a corpus and their mentions, learning
// aliases from the text and from the corpus's alias list.
func FindActors(arts []*Article, aliases []AliasEntry) []*Actor {
	return nil // TODO(actors)
}
