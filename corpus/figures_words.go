package corpus

// Word lists of the figure parser: general English, never words of one
// story. They are read-only after package initialisation, so the parser can
// run on many articles at once.

// figCurrencySymbols maps a currency sign to its ISO code.
var figCurrencySymbols = map[string]string{"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "₹": "INR", "₩": "KRW", "₽": "RUB", "₺": "TRY"}

// figDollarPrefixes maps the letters written before "$" to an ISO code ("US$", "A$").
var figDollarPrefixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "R": "BRL", "NT": "TWD",
}

// figIsoCurrencies are ISO 4217 codes written as words ("USD 5m", "40,000 EUR").
var figIsoCurrencies = wordSet(`USD EUR GBP JPY CHF CAD AUD INR CNY HKD NZD SGD SEK NOK DKK RUB ZAR BRL MXN KRW TRY PLN CZK HUF ILS AED SAR
NGN KES RMB`)

// figCurrencyWords maps a currency written after the number to its ISO code.
var figCurrencyWords = map[string]string{
	"pounds": "GBP", "pound": "GBP", "sterling": "GBP", "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR",
	"yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR", "rupee": "INR", "francs": "CHF", "roubles": "RUB",
	"rubles": "RUB", "rand": "ZAR", "kronor": "SEK", "krona": "SEK", "kroner": "NOK", "won": "KRW", "lira": "TRY",
	"shekels": "ILS", "naira": "NGN", "pesos": "MXN", "reais": "BRL",
}

// figDollarAdjectives name the country of "… dollars".
var figDollarAdjectives = map[string]string{
	"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "singapore": "SGD", "zealand": "NZD", "kong": "HKD",
	"taiwan": "TWD", "swiss": "CHF",
}

// figScaleSuffixes are the scales written after a number ("£720m", "$2.3bn",
// "450 million"). "m" and "k" alone count only with a currency or a counted
// noun, since "100m" is also a distance.
var figScaleSuffixes = map[string]float64{
	"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "tn": 1e12, "trn": 1e12, "trillion": 1e12,
}

// figVagueCounts are plural words standing for a rough count ("dozens of
// people"), with the interval they are taken to mean.
var figVagueCounts = map[string][2]float64{
	"dozens": {24, 100}, "scores": {40, 200}, "hundreds": {200, 1000}, "thousands": {2000, 1e5}, "millions": {2e6, 1e9},
	"billions": {2e9, 1e12},
}

// figTimeUnits maps a unit of time to its plural name.
var figTimeUnits = map[string]string{
	"second": "seconds", "seconds": "seconds", "minute": "minutes", "minutes": "minutes", "hour": "hours", "hours": "hours",
	"day": "days", "days": "days", "week": "weeks", "weeks": "weeks", "fortnight": "fortnights", "fortnights": "fortnights",
	"month": "months", "months": "months", "year": "years", "years": "years", "decade": "decades", "decades": "decades",
	"night": "nights", "nights": "nights", "shift": "shifts", "shifts": "shifts",
}

// figMeasureUnits are units of measurement kept as they are written.
var figMeasureUnits = wordSet(`km kilometres kilometers kilometre kilometer miles mile metres meters metre meter feet ft foot kg
kilograms kilogram tonnes tonne tons ton litres liters litre liter gallons gallon barrel acre hectare
barrels acres hectares mph kph km/h mw gw kw mwh gwh twh degrees points votes seats`)

// figAreaUnits are the units of area after "square", by the unit they
// are reported in.
var figAreaUnits = map[string]string{
	"foot": "square feet", "feet": "square feet", "ft": "square feet", "metre": "square metres", "metres": "square metres",
	"meter": "square metres", "meters": "square metres", "m": "square metres", "mile": "square miles", "miles": "square miles",
	"kilometre": "square kilometres", "kilometres": "square kilometres", "kilometer": "square kilometres",
	"kilometers": "square kilometres", "km": "square kilometres", "yards": "square yards", "yard": "square yards",
}

// figMagnitudeWords name a scale of earthquake size; figQuakeWords the
// events measured on it.
var figMagnitudeWords = wordSet(`magnitude richter`)
var figQuakeWords = wordSet(`quake earthquake aftershock aftershocks tremor temblor foreshock`)

// figOnePerson are the nouns after which "one" counts a person ("one
// man was killed"); such a count is kept only when something happened to
// the person (see finish).
var figOnePerson = wordSet(`person man woman child boy girl baby officer soldier worker employee student teenager civilian
victim passenger resident member`)

// figUnitNames name each unit of measurement one way, whatever its
// spelling or number: "km", "kilometres" and "kilometer" are "km".
var figUnitNames = map[string]string{
	"km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
	"miles": "miles", "mile": "miles", "metres": "metres", "meters": "metres", "metre": "metres", "meter": "metres",
	"feet": "feet", "ft": "feet", "foot": "feet", "kg": "kg", "kilograms": "kg", "kilogram": "kg",
	"tonnes": "tonnes", "tonne": "tonnes", "tons": "tons", "ton": "tons", "litres": "litres", "liters": "litres",
	"litre": "litres", "liter": "litres", "gallons": "gallons", "gallon": "gallons", "barrels": "barrels",
	"barrel": "barrels", "acres": "acres", "acre": "acres", "hectares": "hectares", "hectare": "hectares",
	"kph": "km/h", "km/h": "km/h", "degrees": "degrees", "degree": "degrees", "points": "points", "point": "points",
	"votes": "votes", "vote": "votes", "seats": "seats", "seat": "seats",
}

// figUnitName is the one name of a unit of measurement (see figUnitNames),
// or the word itself.
func figUnitName(w string) string {
	if n, ok := figUnitNames[w]; ok {
		return n
	}
	return w
}

// figPeopleNouns are counted nouns that count people: their figures get the
// unit "people".
var figPeopleNouns = wordSet(`people persons person individuals men women children kids adults babies residents citizens civilians members
staff staffers workers employees officers officials personnel soldiers troops police policemen policewomen
firefighters nurses doctors teachers students pupils patients passengers voters victims survivors migrants
refugees seekers protesters protestors demonstrators strikers prisoners inmates detainees suspects fans
spectators visitors tourists customers users subscribers viewers readers families servants volunteers crew
miners farmers drivers pilots journalists lawyers judges mps councillors senators delegates candidates
contractors recruits cadets agents guards inhabitants locals homeowners tenants pensioners retirees casualties
robbers thieves burglars raiders looters attackers assailants kidnappers hijackers shooters
fatalities dead injured wounded hostages athletes players colleagues managers executives directors engineers
scientists researchers experts civilian pcsos constables sailors marines fighters militants rebels gunmen
shoppers commuters households claimants applicants graduates carers midwives paramedics surgeons consultants
academics lecturers clergy priests bodies deaths youths teenagers teens`)

// figCountNouns are counted nouns that are not plural in form.
var figCountNouns = wordSet(`staff people police personnel crew dead injured wounded missing aircraft sheep deer fish livestock cattle
clergy workforce`)

// figThingCountNouns are the figCountNouns that do not count people: their
// figures take the noun as their unit.
var figThingCountNouns = wordSet(`aircraft sheep deer fish livestock cattle`)

// figLeadModifiers, right after a number, say which ones are counted but
// not what they are: "30 new aircraft" counts aircraft.
var figLeadModifiers = wordSet(`new additional extra further more other fewer`)

// figRoleWords turn a count of people into what happened to them ("six people
// were killed" counts deaths); the value is the measured thing.
var figRoleWords = map[string]string{
	"killed": "deaths", "dead": "deaths", "died": "deaths", "die": "deaths", "deaths": "deaths", "fatalities": "deaths",
	"perished": "deaths", "drowned": "deaths", "killing": "deaths", "kill": "deaths", "dying": "deaths",
	"injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured",
	"injuries": "injured", "missing": "missing", "evacuated": "evacuated", "displaced": "displaced",
	"homeless": "displaced", "arrested": "arrested", "arrests": "arrested", "detained": "arrested",
	"rescued": "rescued", "hospitalised": "hospitalised", "hospitalized": "hospitalised", "infected": "infected",
	"trapped": "trapped", "affected": "affected", "sacked": "dismissed", "laid": "dismissed", "fired": "dismissed",
	"striking": "striking", "strike": "striking",
	"marched": "protesters", "marching": "protesters", "protested": "protesters", "protesting": "protesters",
	"rallied": "protesters", "rallying": "protesters", "demonstrated": "protesters", "demonstrating": "protesters",
	"gathered": "protesters", "rioted": "protesters", "rioting": "protesters",
	"charged": "charged", "convicted": "charged", "shot": "shot", "stabbed": "stabbed", "shooting": "shot", "stabbing": "stabbed",
}

// figHeadClasses gathers words that name the same measured thing under one
// name, so that "budget gap", "budget shortfall" and "funding black hole"
// are compared. Words not listed are their own class.
var figHeadClasses = map[string]string{
	"gap": "shortfall", "shortfall": "shortfall", "deficit": "shortfall", "hole": "shortfall", "shortage": "shortfall",
	"overspend": "shortfall",
	"staff":     "staff", "workers": "staff", "employees": "staff", "personnel": "staff", "workforce": "staff",
	"staffers": "staff", "worker": "staff", "employee": "staff",
	"people": "people", "persons": "people", "individuals": "people", "person": "people",
	"deaths": "deaths", "dead": "deaths", "fatalities": "deaths", "toll": "deaths", "killed": "deaths",
	"injuries": "injured", "injured": "injured", "wounded": "injured", "casualties": "casualties",
	"revenue": "revenue", "revenues": "revenue", "sales": "revenue", "turnover": "revenue",
	"profit": "profit", "profits": "profit", "earnings": "profit",
	"loss": "loss", "losses": "loss",
	"salary": "pay", "salaries": "pay", "pay": "pay", "wage": "pay", "wages": "pay",
	"fine": "fine", "fines": "fine", "penalty": "fine",
	"jobs": "jobs", "posts": "jobs", "roles": "jobs", "positions": "jobs", "job": "jobs", "post": "jobs",
	"budget": "budget", "funding": "budget", "finances": "budget", "financial": "budget",
	"cuts": "cut", "cut": "cut", "savings": "cut",
	"children": "children", "kids": "children", "pupils": "pupils", "students": "students",
	"homes": "homes", "houses": "homes", "properties": "homes", "dwellings": "homes",
}

// figHeadCompounds are two-word heads ("black hole", "death toll").
var figHeadCompounds = map[string]string{
	"black hole": "shortfall", "death toll": "deaths", "civil servants": "civil servants", "pay rise": "pay rise",
	"pay increase": "pay rise", "pay award": "pay rise", "pay offer": "pay offer", "job losses": "jobs",
	"job cuts": "jobs",
}

// figQualifierPhrases are the words before a number that bound it, longest
// first within each length. The key is lower case, words joined by spaces.
var figQualifierPhrases = map[string]Qualifier{
	"more than": QualMoreThan, "over": QualMoreThan, "above": QualMoreThan, "in excess of": QualMoreThan,
	"upwards of": QualMoreThan, "exceeding": QualMoreThan, "well over": QualMoreThan, "greater than": QualMoreThan,
	"just over": QualApprox, "just under": QualApprox, "almost": QualApprox, "nearly": QualApprox,
	"around": QualApprox, "about": QualApprox, "approximately": QualApprox, "roughly": QualApprox, "some": QualApprox,
	"circa": QualApprox, "c.": QualApprox, "an estimated": QualApprox, "estimated": QualApprox, "close to": QualApprox,
	"approx": QualApprox, "approx.": QualApprox, "about some": QualApprox, "up to around": QualUpTo,
	"at least": QualAtLeast, "a minimum of": QualAtLeast, "no fewer than": QualAtLeast, "no less than": QualAtLeast,
	"as few as": QualAtLeast, "not less than": QualAtLeast, "minimum": QualAtLeast, "at a minimum": QualAtLeast,
	"less than": QualLessThan, "fewer than": QualLessThan, "under": QualLessThan, "below": QualLessThan,
	"up to": QualUpTo, "as many as": QualUpTo, "a maximum of": QualUpTo, "no more than": QualUpTo,
	"at most": QualUpTo, "not more than": QualUpTo, "maximum": QualUpTo, "as much as": QualUpTo,
}

// figQualifierKeys maps each key of figQualifierPhrases to itself, so that
// a phrase read into a buffer is turned into a string without allocating.
var figQualifierKeys = func() map[string]string {
	m := make(map[string]string, len(figQualifierPhrases))
	for k := range figQualifierPhrases {
		m[k] = k
	}
	return m
}()

// figApproxShape says where an approximate value lies relative to the stated
// number: "nearly 200" is just below 200, "just over 200" just above it.
var figApproxShape = map[string]int{"nearly": -1, "almost": -1, "just under": -1, "close to": -1, "just over": +1}

// figStopWords end a counted noun phrase and are never measured nouns.
var figStopWords = wordSet(`a an the of in on at to for from by with without and or but nor as than that which who whom whose what when
where while is are was were be been being am has have had having do does did will would shall should can could
may might must it its they them their he him his she her we us our you your i me my this these those there
here so if then into onto over under about after before since until during per each every all both such not no
more most less least up down out off also just only even still yet already now ago across against between
through among amid via around near because though although whether said says say told according some many much
few other another any own same more further again once very too how why like last next first new latest total
overall additional extra further annual estimated reported around nearly almost approximately roughly least worth`)

// figPastVerbs are common irregular past tenses: one ends the noun phrase
// after a number ("two acquaintances rode bikes" counts acquaintances).
// Forms that are as often nouns (cut, hit, set, left) are left out.
var figPastVerbs = wordSet(`went came took gave made rode ran told got found held kept brought thought stood sat felt met sent won
lost built bought caught fought taught drove wrote spoke broke chose wore threw flew grew knew drew began sang swam rang shot fled hid
struck stuck hung dug shook woke rose became forgot understood withdrew sold led fed swore tore slept wept sought meant dealt heard
spent paid overtook undertook forbade saw`)

// figWeakModifiers are words before a measured noun that do not change what
// is measured ("a significant budget gap" is the budget gap).
var figWeakModifiers = wordSet(`big bigger huge large larger small smaller significant massive major devastating whopping staggering record
estimated total overall current existing additional extra further new potential possible expected projected
planned proposed reported alleged combined cumulative initial final latest shrinking growing rising falling
whole entire full mere just only some other more its their his her our the a an generous unprecedented
approximately about around`)

// figLinkWords stand between a measured noun and its number on the left
// ("revenue of $2bn", "the death toll rose to 45").
var figLinkWords = wordSet(`of at to by was is were are be been being has have had rose risen rises rise fell fallen falls fall increased
decreased grew grown jumped dropped climbed reached hit hits totalled totaled totalling totaling stood stands
stand now worth valued about around nearly almost some an a the estimated put puts reaching rising climbing
standing soared surged plunged slumped doubled halved approximately than more less least up down over under
just already further another`)

// figAttributionVerbs follow or precede the source of a figure ("the union
// said", "said the minister").
var figAttributionVerbs = wordSet(`said says say told tells stated states confirmed confirms announced announces reported reports claimed claims
estimated estimates estimate warned warns revealed reveals added adds explained insisted argued argues
highlighted noted notes wrote writes disclosed believes believe calculated calculates showed shows suggested
suggests predicted predicts forecast forecasts projected put puts cited citing declared acknowledged admitted
alleged alleges accused accuses stressed emphasised emphasized pointed`)

// figSpeakerNouns name a source without naming it ("a spokesperson said").
var figSpeakerNouns = wordSet(`spokesperson spokesman spokeswoman official officials union police government ministry department council
company firm minister source sources authorities agency report survey poll figures data statement organisers
organizers insiders insider analysts experts researchers chief secretary president leader commissioner force
service board committee spokespeople bosses management`)

// figPhoneWords after a number make it a telephone or emergency number ("999
// call handlers"), not a figure.
var figPhoneWords = wordSet(`call calls caller callers calling line lines hotline helpline number emergency operator operators service
services centre centres center centers dispatch`)

// figStreetWords after a capitalised name make the number before it a street
// number ("10 Downing Street").
var figStreetWords = wordSet(`street st road rd avenue ave lane ln way drive dr boulevard blvd place pl square sq court ct crescent terrace
close gardens hill row parade highway park walk mews grove`)

// figTimeSuffixes after a number make it a time of day.
var figTimeSuffixes = wordSet(`am pm a.m p.m a.m. p.m. gmt bst utc cet est edt pst hrs hours h o'clock o’clock`)

// figAgeWords around a number make it an age ("aged 100", "a 45-year-old").
var figAgeWords = wordSet(`aged age ages`)

// figPossessivePronouns stand for the owner of a counted thing ("4,800 of its
// members").
var figPossessivePronouns = wordSet(`its their`)

// figPolarityWords say on which side of a vote or question a share stands.
var figPolarityWords = map[string]string{
	"for": "+", "favour": "+", "favor": "+", "backed": "+", "backing": "+", "supported": "+", "support": "+",
	"supporting": "+", "approved": "+", "approve": "+", "approving": "+", "yes": "+",
	"against": "-", "opposed": "-", "oppose": "-", "opposing": "-", "rejected": "-", "reject": "-",
	"rejecting": "-", "no": "-",
}
