package corpus

import (
	"slices"
	"strings"
)

// nameTables indexes the names of the actors for the mention pass.
func nameTables(actors []*Actor) *actorNames {
	t := &actorNames{forms: map[string]int{}, surnames: map[string][]int{}, surname: make([]string, len(actors)),
		roles: make([][]string, len(actors)), nouns: make([]map[string]bool, len(actors)), capsOnly: map[string]bool{}}
	notCaps := map[string]bool{} // one-word forms some name gives in other than capitals
	for i, a := range actors {
		names := append([]string{a.Name, a.Short}, a.Aliases...)
		for _, n := range names {
			k := foldName(n)
			if k == "" || a.Kind == KindPerson && n == a.Short && k != foldName(a.Name) && !slices.Contains(a.Aliases, n) {
				continue
			}
			if !strings.Contains(k, " ") {
				// of two or three letters: British style writes longer
				// ones said as words in title case ("Nato", "Unicef")
				if isAcronym(n) && utf8Len(n) > 1 && utf8Len(n) <= 3 {
					t.capsOnly[k] = true
				} else {
					notCaps[k] = true
				}
			}
			if j, ok := t.forms[k]; ok && j != i {
				t.forms[k] = -1
			} else {
				t.forms[k] = i
			}
			if w := strings.Count(k, " ") + 1; w > t.maxWords {
				t.maxWords = w
			}
		}
		if a.Kind == KindPerson {
			f := strings.Fields(strings.ToLower(a.Name))
			t.surname[i] = lastName(f)
			if len(f) > 1 {
				t.surnames[t.surname[i]] = append(t.surnames[t.surname[i]], i)
			}
			for _, w := range strings.Fields(strings.ToLower(a.Role)) {
				if roleHeads[w] || roleModifiers[w] {
					t.roles[i] = append(t.roles[i], w)
				}
			}
			continue
		}
		if a.Kind != KindOrganisation {
			continue
		}
		nouns := map[string]bool{}
		for _, n := range names {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				if genericOrgNouns[w] {
					nouns[w] = true
				}
				if w == "police" || w == "constabulary" {
					nouns["force"] = true
				}
			}
		}
		if len(nouns) > 0 {
			t.nouns[i] = nouns
		}
	}
	for k := range notCaps {
		delete(t.capsOnly, k)
	}
	// a person's surname is a form of the person unless it is another
	// actor's own name ("Ford" the company beside "William Clay Ford
	// Jr."): the article then says which it means
	for i, a := range actors {
		if a.Kind != KindPerson || t.surname[i] == "" {
			continue
		}
		k := foldName(a.Short)
		if j, ok := t.forms[k]; !ok {
			t.forms[k] = i
		} else if j != i && j >= 0 && actors[j].Kind == KindPerson {
			t.forms[k] = -1
		}
	}
	return t
}

// foundMention is a mention of actor number actor in the article it was
// found in: the article's id and text make the Mention (mention).
type foundMention struct {
	span  Span
	actor int32
	sent  int32
	named bool // by a name (not "the union", "the Commissioner")
}

// mention is the Mention f is, in article a.
func (f foundMention) mention(a *Article) Mention {
	return Mention{Article: a.ID, Span: f.span, Sentence: int(f.sent), Alias: a.Text[f.span.Start:f.span.End]}
}

// addMentions appends the mentions found in each article (res[i] of
// arts[i]) to their actors, in article order. Each actor's list is made
// at its length first.
func addMentions(actors []*Actor, arts []*Article, res [][]foundMention) {
	count := make([]int, len(actors))
	for _, r := range res {
		for _, f := range r {
			count[f.actor]++
		}
	}
	for i, a := range actors {
		a.Mentions = slices.Grow(a.Mentions, count[i])
	}
	learned := make([]map[string]bool, len(actors))
	var key []byte // an alias's foldName, made in a buffer to look it up
	for ri, r := range res {
		for _, f := range r {
			a := actors[f.actor]
			m := f.mention(arts[ri])
			a.Mentions = append(a.Mentions, m)
			// "GMB union": a name with its generic noun is a name too
			if f.named && strings.ContainsRune(m.Alias, ' ') {
				if learned[f.actor] == nil {
					learned[f.actor] = map[string]bool{foldName(a.Name): true}
					for _, al := range a.Aliases {
						learned[f.actor][foldName(al)] = true
					}
				}
				if key = appendFoldName(key[:0], m.Alias); !learned[f.actor][string(key)] {
					learned[f.actor][string(key)] = true
					a.Aliases = append(a.Aliases, m.Alias)
				}
			}
		}
	}
}

// pendingMention is a possible mention waiting for the article's persons
// to be known.
type pendingMention struct {
	sent    int
	span    Span
	actor   int    // -1 when the name alone does not decide
	surname string // a lone word that may be the surname of a person named in the article
	role    []string
	noun    string // "union" in "the union"
}

// mentionsIn finds the mentions of the actors in one article, working in
// the scratch of sc; the mentions are returned in a slice of their own.
func mentionsIn(a *Article, words [][]word, actors []*Actor, t *actorNames, sc *wordBuffer) []foundMention {
	pend := sc.pend[:0]
	for si, s := range a.Sentences {
		ws := words[si]
		for i := 0; i < len(ws); {
			w := ws[i]
			lw := w.lower()
			if lw == "the" {
				if p, n := theMention(ws, i); n > 0 {
					p.sent = s.Index
					pend = append(pend, p)
					i += n
					continue
				}
				i++
				continue
			}
			if !w.capital() && !camelCase(w.Text) {
				i++
				continue
			}
			run := nameRun(ws, i, t.maxWords)
			matched := 0
			for n := run; n >= 1; n-- {
				if n == 1 && monthDayNames[lw] {
					break // "Friday" is a day before it is a surname
				}
				sc.key = appendKey(sc.key[:0], ws[i:i+n])
				idx, ok := t.forms[string(sc.key)]
				if !ok || n == 1 && !w.acronym() && t.capsOnly[string(sc.key)] {
					continue // "Pro" is not the PRO
				}
				last := ws[i+n-1]
				p := pendingMention{sent: s.Index, span: Span{w.Start, last.Start + len(last.Text)}, actor: idx}
				if n == 1 {
					p.surname = lw
				}
				// "GMB union": the name and its generic noun
				if idx >= 0 && i+n < len(ws) && t.nouns[idx][ws[i+n].lower()] && plainGap(ws[i+n].Gap) && !last.Possessive {
					nx := ws[i+n]
					p.span.End = nx.Start + len(nx.Text)
					n++
				}
				pend = append(pend, p)
				matched = n
				break
			}
			if matched == 0 {
				if _, ok := t.surnames[lw]; ok && !monthDayNames[lw] {
					pend = append(pend, pendingMention{sent: s.Index, span: Span{w.Start, w.Start + len(w.Text)}, actor: -1, surname: lw})
				}
				matched = 1
			}
			i += matched
		}
	}
	// the persons this article names in full, and the order it first
	// names them in
	if sc.local == nil {
		sc.local, sc.lastSeen = map[string]int{}, map[int]int{}
	}
	local := sc.local
	clear(local)
	named := sc.named[:0]
	for _, p := range pend {
		if p.actor < 0 || p.surname != "" || actors[p.actor].Kind != KindPerson {
			continue
		}
		if !slices.Contains(named, p.actor) {
			named = append(named, p.actor)
		}
		sn := t.surname[p.actor]
		if j, ok := local[sn]; ok && j != p.actor {
			local[sn] = -1
		} else {
			local[sn] = p.actor
		}
	}
	out := sc.found[:0]
	lastSeen := sc.lastSeen // actor → index in out of its last mention
	clear(lastSeen)
	emit := func(p pendingMention, actor int, named bool) {
		lastSeen[actor] = len(out)
		out = append(out, foundMention{actor: int32(actor), named: named, span: p.span, sent: int32(p.sent)})
	}
	for _, p := range pend {
		switch {
		case p.surname != "" && p.actor >= 0 && actors[p.actor].Kind == KindOrganisation:
			// the lone word is an organisation's own name ("Ford"), not
			// the surname of a person the article also names
			emit(p, p.actor, true)
		case p.surname != "":
			if j, ok := local[p.surname]; ok {
				if j >= 0 {
					emit(p, j, true)
				}
				continue
			}
			if p.actor >= 0 {
				emit(p, p.actor, true)
			}
		case p.actor >= 0:
			emit(p, p.actor, true)
		case len(p.role) > 0:
			if j := roleHolder(p.role, named, local, t, lastSeen); j >= 0 {
				emit(p, j, false)
			}
		case p.noun != "":
			// the organisation of that noun mentioned last (each position
			// is one actor's, so the map's order cannot choose)
			best, at := -1, -1
			for j, pos := range lastSeen {
				if t.nouns[j][p.noun] && pos > at {
					best, at = j, pos
				}
			}
			if best >= 0 {
				emit(p, best, false)
			}
		}
	}
	clear(pend) // the roles and words of this article
	sc.pend, sc.named, sc.found = pend[:0], named[:0], out[:0]
	if len(out) == 0 {
		return nil
	}
	return slices.Clone(out)
}

// roleHolder finds the person of the article whose stated role the words
// name ("the Commissioner"), or -1. named is the article's persons in the
// order it first names them in full; those whose surname another person
// of the article shares (-1 in local) are not candidates. The holder is the
// one mentioned last before the words, as a reader takes "the
// Commissioner" to be the one just spoken of; when none has been
// mentioned yet (the role comes before the name), the first one the
// article names, who is the one it introduces next.
func roleHolder(role []string, named []int, local map[string]int, t *actorNames, lastSeen map[int]int) int {
	best, at := -1, -1
	for _, j := range named {
		if local[t.surname[j]] != j || len(t.roles[j]) == 0 {
			continue
		}
		all := true
		for _, w := range role {
			all = all && slices.Contains(t.roles[j], w)
		}
		if !all {
			continue
		}
		pos, seen := lastSeen[j]
		if !seen {
			pos = -1 // below every person already mentioned
		}
		// strictly later only: among persons not yet mentioned the first
		// named keeps it
		if best < 0 || pos > at {
			best, at = j, pos
		}
	}
	return best
}

// theMention reads "the union", "the Commissioner", "the general
// secretary" at word i ("the"): a role or generic noun that the article
// may have tied to an actor. It returns how many words it took, or 0.
func theMention(ws []word, i int) (pendingMention, int) {
	k := i + 1
	var role []string
	for k < len(ws) && k < i+4 && plainGap(ws[k].Gap) && (roleModifiers[ws[k].lower()] || roleHeads[ws[k].lower()]) {
		role = append(role, ws[k].lower())
		k++
	}
	if len(role) > 0 && roleHeads[role[len(role)-1]] {
		// "the Commissioner", but not "the Commissioner's office" of another
		return pendingMention{span: Span{ws[i].Start, ws[k-1].Start + len(ws[k-1].Text)}, actor: -1, role: role}, k - i
	}
	if i+1 < len(ws) && plainGap(ws[i+1].Gap) && genericOrgNouns[ws[i+1].lower()] && !ws[i+1].capital() {
		n := ws[i+1]
		return pendingMention{span: Span{ws[i].Start, n.Start + len(n.Text)}, actor: -1, noun: n.lower()}, 2
	}
	return pendingMention{}, 0
}

// nameRun counts the words from i that may belong to one name: proper
// words and connectors joined by plain spaces, at most max.
func nameRun(ws []word, i, max int) int {
	n := 1
	for j := i + 1; j < len(ws) && n < max; j++ {
		if g := ws[j].Gap; !plainGap(g) && strings.TrimSpace(g) != "," || (ws[j-1].Possessive && !possessiveInName(ws, j)) {
			break
		}
		if lw := ws[j].lower(); !properWord(ws[j]) && !connectorWords[lw] {
			// a lower-case head noun may end a name: "… Services union"
			if (orgWords[lw] || genericOrgNouns[lw]) && !ws[j-1].Possessive {
				n++
			}
			break
		}
		n++
	}
	return n
}
