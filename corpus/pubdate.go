package corpus

import (
	"fmt"
	"strings"
)

// Evidence for a publication date comes from other articles of the corpus
// whose dates are known: two articles that quote the same long statement
// verbatim belong to the same news cycle, so an undated one is given the
// dated one's day, marked inferred, with the reason. One step only: an
// inferred date is never evidence for another.

// minSharedQuoteWords is how long a shared quote must be to count as
// evidence: short phrases ("We are disappointed") recur across unrelated
// stories.
const minSharedQuoteWords = 8

// maxSharingArticles drops quotes or sentences that many articles share:
// boilerplate or a famous line, not a news cycle.
const maxSharingArticles = 8

// InferPublished fills in publication dates that the corpus gives real
// evidence for (quotes shared verbatim with an article whose date is
// known), marking them PublishedInferred with a reason. Articles without
// evidence keep an unknown date. When no quotes were found at all (quote
// detection off or failed), long quoted sentences that two articles share
// word for word serve instead.
func InferPublished(arts []*Article, quotes []Quote) {
	var undated, dated int
	for _, a := range arts {
		if a.HasPublished() {
			dated++
		} else {
			undated++
		}
	}
	if undated == 0 || dated == 0 {
		return
	}
	byID := make(map[string]*Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	var shared map[[2]string]int
	if len(quotes) > 0 {
		shared = sharedQuotes(byID, quotes)
	} else {
		shared = sharedQuotedSentences(arts)
	}
	best := map[string]*Article{}
	count := map[string]int{}
	for pair, n := range shared {
		a, b := byID[pair[0]], byID[pair[1]]
		cur := best[a.ID]
		if cur == nil || n > count[a.ID] || (n == count[a.ID] && (b.Published.Before(cur.Published) ||
			(b.Published.Equal(cur.Published) && b.ID < cur.ID))) {
			best[a.ID], count[a.ID] = b, n
		}
	}
	for id, b := range best {
		a := byID[id]
		a.Published = dayOf(b.Published)
		a.PublishedHasTime = false
		a.PublishedHow = PublishedInferred
		what := "quote"
		if len(quotes) == 0 {
			what = "quoted sentence"
		}
		if count[id] != 1 {
			what += "s"
		}
		a.PublishedReason = fmt.Sprintf("shares %d verbatim %s with %s, published %s: same news cycle",
			count[id], what, b.ID, b.Published.Format("2006-01-02"))
	}
}

// knownDate reports whether the article's date is evidence: known from
// metadata or its own text, not inferred.
func knownDate(a *Article) bool {
	return a != nil && a.HasPublished() && a.PublishedHow != PublishedInferred
}

// sharedQuotes counts, for each (undated, dated) pair of articles, the long
// quotes they share.
func sharedQuotes(byID map[string]*Article, quotes []Quote) map[[2]string]int {
	out := map[[2]string]int{}
	seen := map[[2]string]map[string]bool{}
	for _, q := range quotes {
		a := byID[q.Article]
		if a == nil || a.HasPublished() || len(q.SharedWith) == 0 || len(q.SharedWith) >= maxSharingArticles ||
			len(strings.Fields(q.Text)) < minSharedQuoteWords {
			continue
		}
		key := normLine(q.Text)
		for _, o := range q.SharedWith {
			b := byID[o]
			if !knownDate(b) {
				continue
			}
			pair := [2]string{a.ID, b.ID}
			if seen[pair] == nil {
				seen[pair] = map[string]bool{}
			}
			if !seen[pair][key] {
				seen[pair][key] = true
				out[pair]++
			}
		}
	}
	return out
}

// sharedQuotedSentences is the fallback without quotes: sentences of at
// least minSharedQuoteWords words, inside quotation marks, that an undated
// and a dated article both print (compared without case and punctuation).
func sharedQuotedSentences(arts []*Article) map[[2]string]int {
	where := map[string][]*Article{}
	for _, a := range arts {
		for i, s := range a.Sentences {
			if !quotedSentence(a, i) || len(strings.Fields(s.Text)) < minSharedQuoteWords {
				continue
			}
			k := normLine(s.Text)
			l := where[k]
			if len(l) > 0 && l[len(l)-1] == a {
				continue
			}
			where[k] = append(l, a)
		}
	}
	out := map[[2]string]int{}
	for _, l := range where {
		if len(l) < 2 || len(l) > maxSharingArticles {
			continue
		}
		for _, a := range l {
			if a.HasPublished() {
				continue
			}
			for _, b := range l {
				if knownDate(b) {
					out[[2]string{a.ID, b.ID}]++
				}
			}
		}
	}
	return out
}

// quotedSentence reports whether sentence i of a is (part of) a quotation:
// it holds a quotation mark, or its paragraph opened one that is still
// open.
func quotedSentence(a *Article, i int) bool {
	s := a.Sentences[i]
	if strings.ContainsAny(s.Text, "\"“”‘’") && !onlyApostrophes(s.Text) {
		return true
	}
	p := a.Paragraphs[s.Paragraph]
	before := a.Text[p.Start:s.Start]
	return strings.Count(before, "\"")%2 == 1 || strings.Count(before, "“") > strings.Count(before, "”")
}

// onlyApostrophes reports whether every ’ or ' in s sits between letters
// (don’t, force’s): apostrophes, not quotation marks.
func onlyApostrophes(s string) bool {
	if strings.ContainsAny(s, "\"“”‘") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\'' && (i == 0 || i == len(s)-1 || !isLetterByte(s[i-1]) || !isLetterByte(s[i+1])) {
			return false
		}
	}
	for _, seg := range strings.Split(s, "’")[1:] {
		if seg == "" || !isLetterByte(seg[0]) {
			return false
		}
	}
	return true
}

func isLetterByte(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
