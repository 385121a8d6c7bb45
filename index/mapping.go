package index

import (
	"time"

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/mapping"
)

// The fields of a sentence document. Each document is one sentence of one
// article; its id is docID(article, sentence), which is where a hit's
// article and sentence number are read from.
//
// bleve indexes a number or a datetime as 16 terms (one per precision
// step), more than a sentence has words, so numbers and datetimes are
// used only where range queries need them and the values are rare (event
// dates, figures) or wanted in queries (published). The date filter and
// the month facet use keyword days and months instead: ISO days sort as
// strings, so a term range on them is a date range.
const (
	fieldText          = "text"           // the sentence: English analyzer, stored, term vectors
	fieldArticle       = "article"        // article id: keyword, stored
	fieldSource        = "source"         // article source: keyword (facet, filter)
	fieldActors        = "actors"         // ids of the actors mentioned in the sentence: keyword, stored
	fieldArticleActors = "article_actors" // ids of the actors mentioned anywhere in the article: keyword
	fieldPublished     = "published"      // the article's publication date: datetime
	fieldEvents        = "events"         // resolved dates the sentence states: datetime
	fieldDate          = "date"           // days the sentence is about (YYYY-MM-DD): its event dates, else publication; keyword, stored
	fieldMonth         = "month"          // fieldDate's months (YYYY-MM): keyword (facet, date filter)
	fieldYear          = "year"           // fieldDate's years (YYYY): keyword (date filter)
	fieldFigures       = "figures"        // values of the figures the sentence states: numeric
)

// docType is the bleve type name of sentence documents.
const docType = "sentence"

// sentenceDoc is what is indexed for one sentence. Field names follow the
// json tags, which bleve's mapping reads.
type sentenceDoc struct {
	Text          string      `json:"text"`
	Article       string      `json:"article"`
	Source        string      `json:"source,omitempty"`
	Actors        []string    `json:"actors,omitempty"`
	ArticleActors []string    `json:"article_actors,omitempty"`
	Published     []time.Time `json:"published,omitempty"`
	Events        []time.Time `json:"events,omitempty"`
	Date          []string    `json:"date,omitempty"`
	Month         []string    `json:"month,omitempty"`
	Year          []string    `json:"year,omitempty"`
	Figures       []float64   `json:"figures,omitempty"`
}

// BleveType tells bleve which document mapping applies.
func (sentenceDoc) BleveType() string { return docType }

// newMapping is Dateline's explicit index mapping: nothing is indexed
// dynamically, so a field only exists when it is declared here. Text gets
// the English analyzer (stemming, stop words, possessives) with stored
// values and term vectors for highlighting; ids, sources and months are
// keywords with doc values for facets; dates and figures are typed so
// range queries work on them.
func newMapping() *mapping.IndexMappingImpl {
	text := mapping.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = true
	text.IncludeTermVectors = true
	text.IncludeInAll = false
	text.DocValues = false

	keywordField := func(store, docValues bool) *mapping.FieldMapping {
		f := mapping.NewKeywordFieldMapping()
		f.Analyzer = keyword.Name
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = docValues
		return f
	}
	number := func(store bool) *mapping.FieldMapping {
		f := mapping.NewNumericFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	datetime := func(store bool) *mapping.FieldMapping {
		f := mapping.NewDateTimeFieldMapping()
		f.Store = store
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	doc := mapping.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldText, text)
	doc.AddFieldMappingsAt(fieldArticle, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldSource, keywordField(false, true))
	doc.AddFieldMappingsAt(fieldActors, keywordField(true, true))
	doc.AddFieldMappingsAt(fieldArticleActors, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldPublished, datetime(false))
	doc.AddFieldMappingsAt(fieldEvents, datetime(false))
	doc.AddFieldMappingsAt(fieldDate, keywordField(true, false))
	doc.AddFieldMappingsAt(fieldMonth, keywordField(false, true))
	doc.AddFieldMappingsAt(fieldYear, keywordField(false, false))
	doc.AddFieldMappingsAt(fieldFigures, number(false))
	// no composite _all field: every query names its field or uses the
	// default one, text (it would cost an eighth of the indexing time)
	doc.AddSubDocumentMapping("_all", mapping.NewDocumentDisabledMapping())

	m := mapping.NewIndexMapping()
	m.AddDocumentMapping(docType, doc)
	m.DefaultMapping = mapping.NewDocumentDisabledMapping()
	m.DefaultAnalyzer = en.AnalyzerName
	m.DefaultField = fieldText
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	return m
}
