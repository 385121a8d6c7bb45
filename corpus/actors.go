package corpus

// FindActors works in three steps, each linear in the corpus:
//
//  1. discover (actors_find.go), per article and in parallel: the names of
//     each sentence, their cues (honorific, role, verb of speech, kind
//     words) and the links the article makes between names (an acronym
//     and its long form, a surname and the full name, a clipped form);
//  2. merge, once: the sightings of all articles are pooled by name, the
//     links and the corpus's alias list join names into actors, and each
//     actor gets its canonical name, short name, kind and role;
//  3. mentions (actors_mentions.go), per article and in parallel: every
//     name of every actor is found again in the text, with its surname,
//     its role ("the Commissioner") and a generic noun ("the union") once
//     the article has named it.

import (
	"cmp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

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

// MentionCounts returns how many times the actor is mentioned in each
// article, by article id.
func (a *Actor) MentionCounts() map[string]int {
	out := map[string]int{}
	for _, m := range a.Mentions {
		out[m.Article]++
	}
	return out
}

// FindActors discovers the actors of a corpus and their mentions, learning
// aliases from the text and from the corpus's alias list. Actors are
// ordered by how often they are mentioned, most first.
func FindActors(arts []*Article, aliases []AliasEntry) []*Actor {
	actors, _ := findActorsQuotes(arts, aliases, false)
	return actors
}

// FindActorsQuotes is FindActors then FindQuotes, with each article split
// into words once for its mentions and its quotes.
func FindActorsQuotes(arts []*Article, aliases []AliasEntry) ([]*Actor, []Quote) {
	return findActorsQuotes(arts, aliases, true)
}

func findActorsQuotes(arts []*Article, aliases []AliasEntry, withQuotes bool) ([]*Actor, []Quote) {
	finds := make([]findings, len(arts))
	parallel(len(arts), func(i int) { finds[i] = discover(arts[i]) }, func(int) {})
	actors, names := mergeSightings(finds, aliases)
	finds = nil
	// mentions, then quotes, article by article on the same words
	found := make([][]foundMention, len(arts))
	var quotes [][]Quote
	if withQuotes {
		quotes = make([][]Quote, len(arts))
	}
	parallel(len(arts), func(i int) {
		wb := wordBuffers.Get().(*wordBuffer)
		words := wb.read(arts[i])
		found[i] = mentionsIn(arts[i], words, actors, names, wb)
		if withQuotes {
			wb.mentions = appendArticleMentions(wb.mentions[:0], arts[i], found[i])
			quotes[i] = quotesIn(arts[i], words, actors, wb.mentions)
			clear(wb.mentions)
		}
		wordBuffers.Put(wb)
	}, func(int) {})
	addMentions(actors, arts, found)
	found = nil
	n := 0
	for _, q := range quotes {
		n += len(q)
	}
	var qs []Quote
	if n > 0 {
		qs = make([]Quote, 0, n)
	}
	for _, q := range quotes {
		qs = append(qs, q...)
	}
	if withQuotes {
		linkQuotes(qs)
	}
	return rankActors(actors), qs
}

// appendArticleMentions appends one article's mentions to out in text
// order, as the quote attribution reads them (mentions that start
// together in the order they were found).
func appendArticleMentions(out []actorMention, a *Article, found []foundMention) []actorMention {
	n := len(out)
	for _, f := range found {
		out = append(out, actorMention{int(f.actor), f.mention(a)})
	}
	slices.SortStableFunc(out[n:], func(x, y actorMention) int { return cmp.Compare(x.Start, y.Start) })
	return out
}

// rankActors drops the actors the texts never name and orders the rest by
// how often they are mentioned, most first.
func rankActors(actors []*Actor) []*Actor {
	// a name the texts never use is no actor of this story
	kept := actors[:0]
	for _, a := range actors {
		if len(a.Mentions) > 0 {
			kept = append(kept, a)
		}
	}
	actors = kept
	sort.SliceStable(actors, func(i, j int) bool {
		if len(actors[i].Mentions) != len(actors[j].Mentions) {
			return len(actors[i].Mentions) > len(actors[j].Mentions)
		}
		return actors[i].ID < actors[j].ID
	})
	return actors
}

// candidate is one name pooled over the corpus.
type candidate struct {
	key      string
	name     string // the first spelling seen
	surface  string // with an honorific
	count    int
	initial  bool
	person   int
	org      int
	place    int
	speaker  int
	roles    map[string]int
	acronym  bool
	multi    bool
	long     bool // the long form of an acronym
	initials bool // a name an initialism may stand for
	entry    *AliasEntry
	lastTok  string
	surnames map[string]bool // full names this name is the surname of
	clips    map[string]bool // names this name is a clipped form of
	fields   []string        // the words of key
	arts     int             // articles that use the name
	lowerIn  int             // articles that also write it in lower case
	product  int
	bare     int
	follow   string
	varied   bool
	// firstNamed counts the articles in which the name followed a full
	// name it is the given name of ("Steve" after "Steve Jobs"), withFull
	// those that use it beside one of the full names it followed
	firstNamed, withFull int
}

// common reports whether a one-word name is a common word most articles
// that use it also write in lower case ("Air" beside "air travel").
func (c *candidate) common() bool { return c.lowerIn > 0 && 2*c.lowerIn >= c.arts }

// modifier reports whether a name only ever qualifies one lower-case noun
// ("Molotov cocktails"): a word of a compound, not an actor.
func (c *candidate) modifier() bool {
	return !c.multi && !c.acronym && c.bare == 0 && !c.varied && c.follow != ""
}

// actorNames is what the mention pass needs to know of each actor's names.
type actorNames struct {
	forms map[string]int // foldName of a name → actor index; -1 when two actors share it
	// capsOnly holds the one-word forms that only a short acronym gives
	// ("PRO", "WHO"): a word matches them only in capitals, not "Pro" or
	// "Who"
	capsOnly map[string]bool
	maxWords int
	surnames map[string][]int // lower-case surname → person actors
	surname  []string         // per actor: a person's surname in lower case
	roles    [][]string       // per actor: role heads ("commissioner")
	nouns    []map[string]bool
}

// mergeSightings pools the sightings of all articles into actors.
func mergeSightings(finds []findings, entries []AliasEntry) ([]*Actor, *actorNames) {
	cands := map[string]*candidate{}
	var order []*candidate
	get := func(key, name string) *candidate {
		c := cands[key]
		if c == nil {
			c = &candidate{key: key, name: name, initial: true, lastTok: lastField(key), fields: strings.Fields(key)}
			cands[key] = c
			order = append(order, c)
		}
		return c
	}
	for _, f := range finds {
		for k := range f.sightings {
			s := &f.sightings[k]
			c := get(s.key, s.name)
			c.count += int(s.count)
			c.initial = c.initial && s.initial
			c.person += int(s.person)
			c.org += int(s.org)
			c.place += int(s.place)
			c.speaker += int(s.speaker)
			c.acronym = c.acronym || s.acronym
			c.multi = c.multi || s.multi
			c.arts++
			if s.lower {
				c.lowerIn++
			}
			c.product += int(s.product)
			c.bare += int(s.bare)
			switch {
			case s.follow == "":
			case c.follow == "":
				c.follow = s.follow
			case c.follow != s.follow:
				c.varied = true
			}
			c.varied = c.varied || s.varied
			if s.surface != "" && c.surface == "" {
				c.surface = s.surface
			}
			if s.role != "" {
				if c.roles == nil {
					c.roles = map[string]int{}
				}
				c.roles[s.role]++
			}
		}
	}
	// the alias list
	for i := range entries {
		e := &entries[i]
		for _, n := range entryNames(e) {
			c := get(foldName(n), n)
			c.entry = e
		}
	}
	idx := make(map[*candidate]int, len(order))
	for i, c := range order {
		idx[c] = i
	}
	uf := newUnionFind(len(order))
	for i := range entries {
		e := &entries[i]
		first := idx[cands[foldName(e.Name)]]
		for _, n := range entryNames(e) {
			uf.union(first, idx[cands[foldName(n)]])
		}
	}
	for _, f := range finds {
		for _, l := range f.links {
			from, to := cands[l.from], cands[l.to]
			if from == nil || to == nil {
				continue
			}
			switch l.kind {
			case linkAcronym:
				to.long = true
				uf.union(idx[from], idx[to])
			case linkWider:
				uf.union(idx[from], idx[to])
			case linkSurname, linkFirstName:
				if from.surnames == nil {
					from.surnames = map[string]bool{}
				}
				from.surnames[l.to] = true
				if l.kind == linkFirstName {
					from.firstNamed++
				}
			case linkClip, linkInitials:
				if l.kind == linkInitials {
					to.initials = true
				}
				if from.clips == nil {
					from.clips = map[string]bool{}
				}
				from.clips[l.to] = true
			}
		}
	}
	countWithFull(finds, cands)
	// "Mark Jay Heller" and "Mark Heller", "Raymond W. Kelly" and "Raymond
	// Kelly": a middle name or initial is no other person
	for _, c := range order {
		if len(c.fields) < 3 || c.org > 0 || c.acronym || c.entry != nil {
			continue
		}
		o := cands[c.fields[0]+" "+lastName(c.fields)]
		if o != nil && o != c && o.org == 0 && o.entry == nil && c.person+o.person > 0 {
			uf.union(idx[c], idx[o])
		}
	}
	// "Senate" for "U.S. Senate", "Acropolis" for "Athens Acropolis": a
	// place before a name is no part of the name
	samePlaced := map[string]int{} // "united states|air force" → first candidate
	for i, c := range order {
		if p := placePrefix(c.fields); p > 0 && p < len(c.fields) && c.person == 0 {
			rest := strings.Join(c.fields[p:], " ")
			// "U.S. Air Force" and "United States Air Force"
			k := strings.Join(c.fields[:p], " ")
			if full, ok := placeNames[k]; ok {
				k = full
			}
			k += "|" + rest
			if j, ok := samePlaced[k]; ok {
				uf.union(j, i)
			} else {
				samePlaced[k] = i
			}
			if r := cands[rest]; r != nil && !places[rest] && r.person == 0 {
				if r.clips == nil {
					r.clips = map[string]bool{}
				}
				r.clips[c.key] = true
			}
		}
	}
	// a surname or clipped form joins the one actor it stands for; when
	// it could stand for several it joins none (the mention pass then
	// reads it by the article)
	dropped := map[int]bool{}
	for _, c := range order {
		for _, set := range []map[string]bool{c.surnames, c.clips} {
			if len(set) == 0 || c.entry != nil {
				continue
			}
			if isSurnameSet(c, set) && c.org > c.person {
				continue // "Ford" the company beside "William Clay Ford Jr."
			}
			if c.firstNamed > 0 && 2*c.withFull < c.arts {
				// a given name stands for the person it followed only where
				// the articles that use it mostly name them in full too:
				// "Oscar" after "Oscar Maximillian" once is not every Oscar
				// of the corpus
				continue
			}
			roots := map[int]bool{}
			for k := range set {
				roots[uf.find(idx[cands[k]])] = true
			}
			if len(roots) == 1 && isSurnameSet(c, set) && !personEvidence(c, set, cands) {
				// "Boeing" beside "Chicago-based Boeing": nothing says
				// either is a person, so the lone word is no surname
			} else if len(roots) == 1 {
				for r := range roots {
					uf.union(idx[c], r)
				}
				if c.acronym {
					// the full name an initialism stands for reads as its long form
					for k := range set {
						if cands[k].initials {
							cands[k].long = true
						}
					}
				}
			} else if set1 := c.surnames; len(set1) > 0 {
				dropped[idx[c]] = true
			}
			break
		}
	}
	// "Dreamliners" beside "Dreamliner": a name in the plural is a kind of
	// thing or people, not an actor
	for i, c := range order {
		if !c.multi && !c.acronym && c.entry == nil && strings.HasSuffix(c.key, "s") && cands[strings.TrimSuffix(c.key, "s")] != nil {
			dropped[i] = true
			// and a name in the plural is a thing's
			cands[strings.TrimSuffix(c.key, "s")].product += c.count
		}
	}
	joinFirstWords(order, idx, uf, dropped)
	groups := map[int][]*candidate{}
	var roots []int
	for i, c := range order {
		if dropped[i] {
			continue
		}
		r := uf.find(i)
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], c)
	}
	var actors []*Actor
	for _, r := range roots {
		if a := makeActor(groups[r]); a != nil {
			actors = append(actors, a)
		}
	}
	assignIDs(actors)
	return actors, nameTables(actors)
}

// countWithFull counts, for each name that followed a full name as its
// given name somewhere, the articles that use it beside one of those full
// names.
func countWithFull(finds []findings, cands map[string]*candidate) {
	keys := map[string]bool{} // the article's names, gathered when needed
	for _, f := range finds {
		gathered := false
		for k := range f.sightings {
			c := cands[f.sightings[k].key]
			if c == nil || c.firstNamed == 0 {
				continue
			}
			if !gathered {
				clear(keys)
				for j := range f.sightings {
					keys[f.sightings[j].key] = true
				}
				gathered = true
			}
			for full := range c.surnames {
				if keys[full] {
					c.withFull++
					break
				}
			}
		}
	}
}

func isSurnameSet(c *candidate, set map[string]bool) bool {
	return len(c.surnames) > 0 && len(set) == len(c.surnames)
}

// personEvidence reports whether a surname or the full names it stands
// for were read as a person's somewhere in the corpus.
func personEvidence(c *candidate, set map[string]bool, cands map[string]*candidate) bool {
	n := c.person
	for k := range set {
		n += cands[k].person
	}
	return n > 0
}

// joinFirstWords joins a name to the one organisation whose name it
// opens ("Northwind" to "Northwind Logistics Group", "Dow Jones" to "Dow
// Jones Industrial Average"), when no other organisation's name starts
// with it. A common word ("Air" of "Air Force"), a word seen only opening
// sentences, a person's or a place's name opens no organisation's name.
func joinFirstWords(order []*candidate, idx map[*candidate]int, uf *unionFind, dropped map[int]bool) {
	byPrefix := map[string][]int{}
	for i, c := range order {
		f := c.fields
		if len(f) < 2 || c.person > c.org || places[c.key] {
			continue
		}
		if !c.long && !slices.ContainsFunc(f, func(w string) bool { return orgWords[w] || corporateWords[w] }) {
			continue // "Communist Party of Greece" is an organisation's name, "Boeing 787" not
		}
		for k := 1; k < len(f); k++ {
			p := strings.Join(f[:k], " ")
			byPrefix[p] = append(byPrefix[p], i)
		}
	}
	for i, c := range order {
		if c.acronym || dropped[i] || c.entry != nil || c.person > 0 || places[c.key] || givenNames[c.fields[0]] {
			continue
		}
		if c.place > 0 && c.place > c.org && (!c.multi || placeWords[lastField(c.key)] || c.org == 0 && c.place > 2) {
			// a town named in its hospital's or paper's name ("Dunmore
			// Hospital", "Santa Verde Herald"); a name of several
			// words needs a place word or plain evidence
			continue
		}
		if len(c.surnames) > 0 || len(c.clips) > 0 {
			continue // a word that ends one name and opens another ("Air") is neither's
		}
		if !c.multi && (c.initial || c.common() || c.count < 2 && c.org == 0 || institutionWords[c.key]) {
			continue
		}
		ts := byPrefix[c.key]
		if len(ts) == 0 {
			continue
		}
		root := uf.find(ts[0])
		same := true
		for _, t := range ts[1:] {
			same = same && uf.find(t) == root
		}
		if same {
			uf.union(i, root)
		}
	}
}

func lastField(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// entryNames lists every name of an alias entry.
func entryNames(e *AliasEntry) []string {
	out := []string{e.Name}
	if e.Short != "" {
		out = append(out, e.Short)
	}
	return append(out, e.Aliases...)
}

// isActor reports whether a group of names (with no alias-list entry)
// is an actor: not when its names are only ever seen opening sentences
// (unless it is a known place: "nations: Belgium, France");
// not a name used once with nothing around it to say what it is; not the
// word of a compound ("Molotov cocktails"), a product ("787 Dreamliner",
// "Macintosh computers") or an institution's common noun alone
// ("Parliament", "Police"), which the article ties to a fuller name.
func isActor(g []*candidate) bool {
	count, cues, speaker, person, org, product := 0, 0, 0, 0, 0, 0
	initial, multi, acronym, long, modifier, generic, role, gazetteer := true, false, false, false, true, true, true, false
	for _, c := range g {
		if c.count == 0 {
			continue
		}
		gazetteer = gazetteer || places[c.key]
		count += c.count
		cues += c.person + c.org + c.place + c.speaker
		speaker += c.speaker
		person += c.person
		org += c.org
		product += c.product
		initial = initial && c.initial
		multi = multi || c.multi
		acronym = acronym || c.acronym
		long = long || c.long
		modifier = modifier && c.modifier()
		generic = generic && !c.multi && !c.acronym && institutionWords[c.key]
		role = role && isRole(c.fields)
	}
	switch {
	case count == 0, initial && speaker == 0 && !long && !gazetteer, role:
		return false
	case long || acronym && count > 1:
		return true
	case count < 2 && cues == 0:
		return false
	case person > 0 || speaker > 0:
		return !generic
	case modifier && org == 0 && cues == 0, generic:
		return false
	case product > 0 && 2*product >= count && org <= product:
		return false
	}
	return true
}

// makeActor turns a group of names into an actor, or nil when the group
// is not one: names only ever seen opening a sentence, lone words with no
// sign of being a name.
func makeActor(g []*candidate) *Actor {
	var entry *AliasEntry
	count, person, org, place, speaker := 0, 0, 0, 0, 0
	initial, multi, acronym, long, surname, gazetteer := true, false, false, false, false, false
	roles := map[string]int{}
	for _, c := range g {
		if c.entry != nil {
			entry = c.entry
		}
		count += c.count
		person += c.person
		org += c.org
		place += c.place
		speaker += c.speaker
		initial = initial && c.initial
		multi = multi || c.multi
		acronym = acronym || c.acronym
		long = long || c.long
		surname = surname || len(c.surnames) > 0
		gazetteer = gazetteer || (places[c.key] && c.count > 0)
		for r, n := range c.roles {
			roles[r] += n
		}
	}
	if entry == nil && !isActor(g) {
		return nil
	}
	a := &Actor{}
	// kind
	switch {
	case entry != nil && entry.Kind != "":
		a.Kind = entry.Kind
	case gazetteer && place >= org:
		a.Kind = KindPlace
	case long:
		a.Kind = KindOrganisation
	case surname && person > 0 && person >= org && 10*person >= count:
		// a cue in one use of ten at least: "Red Sox" named 49 times, once
		// with a person's cue, is no person for its "Sox"
		a.Kind = KindPerson
	case person > org && person > place && (multi && 10*person >= count || 5*person >= count):
		// a lone word needs its cues in more than a few of its uses
		// ("Watergate, the man …" once in a hundred)
		a.Kind = KindPerson
	case place > 2*org && place > person && speaker == 0:
		a.Kind = KindPlace
	default:
		a.Kind = KindOrganisation
	}
	// names, most used first
	sort.SliceStable(g, func(i, j int) bool {
		if g[i].count != g[j].count {
			return g[i].count > g[j].count
		}
		return len(g[i].name) > len(g[j].name)
	})
	pick := func(ok func(c *candidate) bool) string {
		for _, c := range g {
			if c.count > 0 && ok(c) {
				return c.name
			}
		}
		return ""
	}
	switch {
	case entry != nil:
		a.Name, a.Short, a.Role = entry.Name, entry.Short, entry.Role
	case long:
		a.Name = pick(func(c *candidate) bool { return c.long })
	default:
		// the most used name of several words ("Apple" rather than
		// "Apple Inc"), unless a single word is far more used
		// unless a place only qualifies it ("FTSE" rather than "British
		// FTSE", but "Greek Parliament" rather than "Parliament")
		inGroup := map[string]bool{}
		for _, c := range g {
			inGroup[c.key] = c.count > 0
		}
		a.Name = pick(func(c *candidate) bool {
			f := c.fields
			if p := placePrefix(f); p > 0 && p < len(f) {
				if rest := strings.Join(f[p:], " "); inGroup[rest] && !institutionWords[rest] {
					return false
				}
			}
			return c.multi && !legalSuffixes[f[len(f)-1]]
		})
		if a.Kind != KindPerson && a.Name != "" && 3*countOf(g, a.Name) < g[0].count && !g[0].multi && !institutionWords[g[0].key] {
			a.Name = g[0].name
		}
	}
	if a.Name == "" {
		a.Name = pick(func(c *candidate) bool { return true })
	}
	if a.Short == "" {
		switch {
		case acronym:
			a.Short = pick(func(c *candidate) bool { return c.acronym && foldName(c.name) != foldName(a.Name) })
		case !strings.Contains(a.Name, " "):
			// a name of one word has no shorter form
		case a.Kind == KindPerson:
			a.Short = surnameOf(a.Name)
		default:
			// a short name is a name of its own, not a common word or a place
			a.Short = pick(func(c *candidate) bool {
				return !c.multi && !c.initial && !c.common() && !places[c.key] && (c.count > 1 || c.org > 0) && foldName(c.name) != foldName(a.Name)
			})
		}
	}
	if a.Role == "" && a.Kind == KindPerson {
		a.Role = bestRole(roles)
	}
	seen := map[string]bool{foldName(a.Name): true}
	addAlias := func(n string) {
		if k := foldName(n); k != "" && !seen[k] {
			seen[k] = true
			a.Aliases = append(a.Aliases, n)
		}
	}
	for _, c := range g {
		if c.count > 0 || c.entry != nil {
			addAlias(c.name)
		}
		if c.surface != "" {
			addAlias(c.surface)
		}
	}
	if entry != nil {
		for _, n := range entryNames(entry) {
			addAlias(n)
		}
	}
	if a.Aliases == nil {
		a.Aliases = []string{}
	}
	return a
}

// surnameOf is the last word of a person's name with the particle before
// it ("Van Rompuy" of "Herman Van Rompuy").
func surnameOf(name string) string {
	f := strings.Fields(name)
	for len(f) > 2 && generational[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	if n := len(f); n > 2 && particles[strings.ToLower(f[n-2])] {
		return f[n-2] + " " + f[n-1]
	}
	return f[len(f)-1]
}

// lastName is the last word of a name's lower-case words that is no
// generational suffix ("comeaux" of "arcade joseph comeaux jr.").
func lastName(f []string) string {
	for len(f) > 1 && generational[f[len(f)-1]] {
		f = f[:len(f)-1]
	}
	return f[len(f)-1]
}

// generational suffixes end a person's name after the surname.
var generational = wordSet(`jr jr. sr sr. ii iii iv`)

func countOf(g []*candidate, name string) int {
	for _, c := range g {
		if c.name == name {
			return c.count
		}
	}
	return 0
}

// bestRole picks the role stated most often; among equals the longest,
// which names the organisation too ("GMB general secretary").
func bestRole(roles map[string]int) string {
	best, n := "", 0
	for r, c := range roles {
		if c > n || (c == n && (len(r) > len(best) || (len(r) == len(best) && r < best))) {
			best, n = r, c
		}
	}
	return best
}

// assignIDs gives each actor a stable id: the slug of its name, with the
// kind (then a number) added when two actors share a slug.
func assignIDs(actors []*Actor) {
	sort.SliceStable(actors, func(i, j int) bool { return actors[i].Name < actors[j].Name })
	used := map[string]bool{}
	for _, a := range actors {
		id := slug(a.Name)
		if id == "" {
			id = a.Kind
		}
		if used[id] {
			id = id + "-" + a.Kind
		}
		for n := 2; used[id]; n++ {
			id = slug(a.Name) + "-" + strconv.Itoa(n)
		}
		used[id] = true
		a.ID = id
	}
}

// slug turns a name into a lower-case id: letters and digits, words joined
// by "-" ("King's College Hospital NHS Trust" → "kings-college-hospital-nhs-trust").
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '.':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		default:
			dash = true
		}
	}
	return b.String()
}

// unionFind joins names into actors.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &unionFind{p}
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the sets of i and j; the smaller index stays the root, so
// the first name seen leads.
func (u *unionFind) union(i, j int) {
	a, b := u.find(i), u.find(j)
	switch {
	case a < b:
		u.parent[b] = a
	case b < a:
		u.parent[a] = b
	}
}
