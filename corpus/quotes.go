package corpus

// Quote is a direct or reported quote attributed to a speaker.
type Quote struct {
	Article    string   `json:"article"`
	Text       string   `json:"text"`
	Span                // byte offsets of the quoted words in the article's Text
	Sentence   int      `json:"sentence"` // first sentence of the quote
	Speaker    string   `json:"speaker"`  // actor id; "" when unknown
	SpeakerAs  string   `json:"speaker_as"`
	Direct     bool     `json:"direct"`
	SharedWith []string `json:"shared_with"` // other articles with the same or a near-identical quote
}

// FindQuotes finds quotes in the articles and attributes them to actors;
// it links near-identical quotes across articles.
func FindQuotes(arts []*Article, actors []*Actor) []Quote {
	return nil // TODO(actors)
}
