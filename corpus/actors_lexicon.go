package corpus

import (
	_ "embed"
	"strings"
)

// Word lists the actor finder reads names with. They hold general
// knowledge of English news writing, nothing about any one story.

//go:embed lexicon/given-names.txt
var givenNamesFile string

// withLexicon adds the words of a lexicon file (lower case, "#" starts a
// comment) to set.
func withLexicon(file string, set map[string]bool) map[string]bool {
	for _, line := range strings.Split(file, "\n") {
		line, _, _ = strings.Cut(line, "#")
		for _, w := range strings.Fields(line) {
			set[w] = true
		}
	}
	return set
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// functionWords are capitalised only because they open a sentence or a
// headline; they never start a name.
var functionWords = wordSet(`a an the this that these those it its it's he she his her hers they them their we our
us you your i i'm i've me my mine who whom whose which what when where why how and or but nor so yet for if
then than as at by in into of off on onto out over to up with without within from about above across after against
along among around before behind below beneath beside besides between beyond during except inside near since through
throughout till toward towards under until upon via while although though because unless whereas whether once
however meanwhile nevertheless nonetheless additionally also furthermore moreover instead otherwise still thus
therefore hence indeed accordingly consequently earlier later now today tonight yesterday tomorrow recently
currently previously finally first firstly second secondly third lastly next last all any both each every either
neither few many more most much several some such no not none nothing one other another own same only just even
ever never here there there's yes please thanks dear oh well like unlike despite including according asked
is are was were be been being have has had do does did will would shall should can could may might must
mr mrs ms miss dr sir dame lord lady prof professor rev`)

// monthDayNames are never names on their own.
var monthDayNames = wordSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
mon tue tues wed thu thur thurs fri sat sun christmas easter`)

// notNames are capitalised words that name no actor: time zones, units,
// media and other common capitalised tokens.
var notNames = wordSet(`utc gmt bst est edt cst cdt pst pdt cet cest am pm a.m. p.m. tv ok ceo cfo coo cto vp svp evp
suv suvs atm atms dna gps hiv lcd led usb mph et pt ct
id pdf faq diy vip gdp ipo ai covid ps vs etc web internet net online
prosecutors authorities officials investigators witnesses residents officers police experts analysts critics
doctors firefighters rescuers troops soldiers militants rebels protesters officer officials detectives
news times post office services reports report sources source st. st
euro euros eurozone dollar dollars pound pounds sterling yen yuan renminbi rupee rupees rouble roubles ruble rubles
franc francs peso pesos`)

// placeFirstWords open the name of a place ("Gulf of Aden", "Lake Placid").
var placeFirstWords = wordSet(`gulf lake mount mt cape isle strait port fort bay sea tomb palace temple tower castle
monument memorial cathedral basilica`)

// honorifics stand before a person's name and are not part of it.
var honorifics = func() map[string]bool {
	m := wordSet(`mr mrs ms miss mx dr sir dame lord lady baroness baron prof professor rev reverend cllr
councillor sen rep hon rt king queen prince princess pope sheikh sgt lt det gen col capt maj cpl gov insp supt
cmdr adm`)
	for w := range m {
		m[w+"."] = true
	}
	return m
}()

// roleHeads are the words that make a role ("general secretary",
// "chief executive", "Commissioner").
var roleHeads = wordSet(`secretary commissioner minister president chairman chairwoman chairperson chair director
executive ceo cfo coo cto vp svp evp founder co-founder mayor governor leader head spokesperson spokesman spokeswoman
undersheriff lieutenant colonel corporal trooper marshal agent
chancellor inspector superintendent constable sergeant detective judge councillor senator congressman
congresswoman councilman councilwoman assemblyman assemblywoman alderman sheriff ambassador manager editor treasurer principal dean chief officer captain commander coach
general-secretary vice-president deputy prosecutor attorney lawyer solicitor barrister campaigner analyst
economist researcher scientist professor doctor surgeon nurse teacher minister's`)

// roleModifiers qualify a role head ("deputy", "prime", "home",
// "general" in "general secretary").
var roleModifiers = wordSet(`general chief deputy assistant vice executive prime foreign home finance health special
managing acting interim senior junior former national regional shadow county district
assistant-general state first associate news political operating financial technology technical
education justice defence defense interior transport environment culture trade business energy housing
communications press media public principal lead city`)

// orgWords mark the name of an organisation.
var orgWords = wordSet(`factory plant police union unions council ministry department office service services company corporation
corp corp. inc inc. ltd ltd. plc llc llp group bank party agency authority commission committee board university
college school academy hospital trust foundation institute institution association federation society club court
parliament congress senate government administration army navy force forces guard network news times post
telegraph guardian herald journal gazette mail tribune press broadcasting airways airlines airline motors industries
holdings partners capital fund charity church organisation organization assembly cabinet unit team league
confederation coalition alliance movement front workers council's exchange reserve treasury bureau centre center
laboratories labs systems technologies communications media studios pictures records energy petroleum oil
railways railway transport constabulary prison fc ministry's commission's cooperative co-operative corps
advisors advisers associates consultants consulting accountants solicitors architects engineers brokers
investments securities ventures enterprises survey observatory`)

// institutionWords name an institution of any country or town: alone
// ("Parliament", "Police", "the Senate") they are no actor, but the fuller
// name the text gives ("Greek Parliament", "U.S. Senate").
var institutionWords = wordSet(`parliament senate congress government police army navy council ministry department
court cabinet assembly treasury administration commission committee authority agency office union party
constabulary prison university college school hospital bank board`)

// placeWords mark the name of a place.
var placeWords = wordSet(`street road avenue lane square city county province region district state island islands
river lake mountain mountains hill hills bridge airport station hall park bay valley coast sea ocean gulf
peninsula borough town village heights beach harbour harbor canal estate springs falls creek ave ave. blvd
rd boulevard palace temple tower castle township parish interstate highway route motorway freeway expressway
monument memorial cathedral basilica stadium arena plaza cemetery boulevard hotel motel`)

// genericOrgNouns are lower-case heads by which a text refers back to an
// organisation it has named ("the union", "the council", "the company").
var genericOrgNouns = wordSet(`union council company firm ministry department charity party government bank
airline agency authority commission committee board university college hospital trust foundation club
force regulator watchdog carmaker group retailer insurer broadcaster newspaper court service`)

// speakerNouns name an unnamed person speaking for an organisation.
var speakerNouns = wordSet(`spokesperson spokesman spokeswoman spokespeople spokesmen source sources insider insiders
official officials representative representatives statement aide aides`)

// speechVerbs introduce or close a quote ("said", "told", "added").
var speechVerbs = wordSet(`said says say told tells tell added adds explained explains stated states warned warns
claimed claims argued argues insisted insists noted notes wrote writes commented comments continued continues
replied replies responded responds confirmed confirms announced announces declared declares admitted admits
acknowledged acknowledges suggested suggests urged urges asked asks according remarked observed observes
maintained maintains stressed stresses emphasised emphasized highlighted highlights revealed reveals
told. saying adding explaining stating warning claiming arguing insisting noting writing telling
recalled recalls shouted yelled exclaimed thundered conceded concedes vowed vows pledged
joked quipped predicted predicts cautioned boasted lamented pleaded testified testifies recounted`)

// places is a short gazetteer of countries, nations and large cities that
// news names bare; a name made only of one of them is a place.
var places = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range strings.Split(`afghanistan|albania|algeria|argentina|armenia|australia|austria|azerbaijan|bahrain|bangladesh|belarus|belgium|bolivia|bosnia|brazil|britain|great britain|bulgaria|cambodia|cameroon|canada|chile|china|colombia|congo|croatia|cuba|cyprus|czech republic|denmark|ecuador|egypt|england|estonia|ethiopia|europe|africa|asia|america|north america|south america|latin america|middle east|finland|france|georgia|germany|ghana|greece|guatemala|haiti|honduras|hungary|iceland|india|indonesia|iran|iraq|ireland|northern ireland|israel|italy|jamaica|japan|jordan|kazakhstan|kenya|korea|north korea|south korea|kosovo|kuwait|latvia|lebanon|libya|lithuania|luxembourg|malaysia|mali|malta|mexico|moldova|mongolia|morocco|mozambique|myanmar|nepal|netherlands|new zealand|nicaragua|niger|nigeria|norway|oman|pakistan|palestine|panama|paraguay|peru|philippines|poland|portugal|qatar|romania|russia|rwanda|saudi arabia|scotland|senegal|serbia|singapore|slovakia|slovenia|somalia|south africa|spain|sri lanka|sudan|sweden|switzerland|syria|taiwan|tanzania|thailand|tunisia|turkey|uganda|ukraine|united kingdom|uk|u.k.|united states|us|u.s.|usa|u.s.a.|uruguay|uzbekistan|venezuela|vietnam|wales|yemen|zambia|zimbabwe|gaza|west bank|crimea|london|paris|berlin|madrid|rome|moscow|beijing|tokyo|delhi|new delhi|mumbai|washington|new york|new york city|los angeles|chicago|san francisco|boston|houston|toronto|sydney|melbourne|dublin|edinburgh|glasgow|cardiff|belfast|manchester|birmingham|liverpool|leeds|bristol|sheffield|newcastle|athens|istanbul|cairo|jerusalem|tel aviv|tehran|baghdad|kabul|kyiv|kiev|brussels|amsterdam|vienna|warsaw|prague|budapest|lisbon|stockholm|oslo|copenhagen|helsinki|geneva|zurich|hong kong|shanghai|seoul|bangkok|jakarta|manila|karachi|lagos|nairobi|johannesburg|cape town|rio de janeiro|sao paulo|buenos aires|mexico city|miami|atlanta|dallas|seattle|detroit|philadelphia|alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|british columbia|ontario|quebec|alberta|europe's|silicon valley|westminster|whitehall|downing street|hollywood|calif|ariz|colo|conn|fla|okla|tenn|tex|minn|mich|wis|wyo|neb|nev|ark|ala|kan|ky|md|vt|n.y.|n.j.|n.c.|n.m.|s.c.|n.h.|r.i.|d.c.|w.va.|calif.|ariz.|colo.|conn.|fla.|okla.|tenn.|tex.|minn.|mich.|wis.|neb.|nev.|ark.|ala.|kan.|ky.|md.|vt.`, "|") {
		m[p] = true
	}
	return m
}()

// placeNames gives the full name of a country written short: "U.S." and
// "United States" are one place before an organisation's name.
var placeNames = map[string]string{"us": "united states", "u.s.": "united states", "usa": "united states",
	"u.s.a.": "united states", "america": "united states", "uk": "united kingdom", "u.k.": "united kingdom",
	"britain": "united kingdom", "great britain": "united kingdom"}

// demonyms are adjectives of place ("British", "Londoners"): not actors on
// their own.
var demonyms = wordSet(`british english scottish welsh irish american americans european europeans french german
germans italian spanish russian russians chinese japanese indian pakistani israeli israelis palestinian
palestinians ukrainian ukrainians african asian australian canadian mexican brazilian greek turkish iranian
iraqi syrian afghan egyptian saudi korean londoners londoner western eastern northern southern arab arabs
muslim muslims christian christians jewish catholic protestant democrat democrats republican republicans
conservative conservatives labour tory tories liberal liberals indonesian malaysian thai vietnamese filipino
nigerian kenyan dutch swiss swedish norwegian danish finnish polish czech austrian belgian portuguese
argentine argentinian chilean colombian venezuelan cuban peruvian lebanese jordanian emirati qatari
kuwaiti yemeni libyan tunisian moroccan algerian ethiopian somali sudanese scots briton britons
asian-american african-american hispanic latino latina`)

// determiners before a name make it a thing, not a person ("the Post",
// "the Colts").
var determiners = wordSet(`the a an this that these those`)

// adjectiveSuffixes make a name before a hyphen an adjective
// ("Utah-based", "Soviet-era", "Oscar-nominated").
var adjectiveSuffixes = wordSet(`based born era elect backed led run owned operated flagged ranked area style styled made
funded controlled linked affiliated aligned allied related headquartered registered listed bound like designed built
trained educated raised nominated winning issued backlit sized grown centric friendly specific wide themed inspired
old year-old bred sponsored supported brokered imposed appointed held occupied dominated leaning type class
level powered branded certified compatible exclusive free only`)

// contractedPronouns and contractedVerbs make contractions ("I'd",
// "we'll", "that's"), which open quoted speech and are no names.
var (
	contractedPronouns = wordSet(`i you he she it we they that there here what who let`)
	contractedVerbs    = wordSet(`d m s re ve ll`)
)

// compassWords open place names ("East Flatbush", "Upper Manhattan").
var compassWords = wordSet(`north south east west northern southern eastern western upper lower central greater inner outer new old`)

// givenNames holds common given names: a name that starts with one is a
// person's. The short list below is added to from lexicon/given-names.txt.
var givenNames = withLexicon(givenNamesFile, wordSet(`jan june april august ellen reggie wally bernie barney ted chuck hank howard marcus derek trevor warren lindsay lindsey tara
james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey
ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank
patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah
jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy
joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
philip louis mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura
cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra
rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances
kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa
diana natalie brittany charlotte marie kayla alexis lori fran francesca keir rishi boris theresa liz kemi nigel
angela emmanuel vladimir xi narendra justin jacinda joe kamala hillary barack bill tony gordon ed ben tom tim
sam steve mike chris nick rob jim dan matt andy pete sue kate jane lucy claire jo sophie amelia jessica chloe
ella mia lily ava isla rosie ruby holly harriet alex ali ahmed mohammed muhammad omar hassan fatima aisha yusuf
ibrahim mustafa khalid hamid raj priya anil sunil amit sanjay wei li zhang wang chen lee kim park jin hiroshi
yuki pierre jean-claude francois jacques marie-claude hans klaus jurgen angela olaf carlos luis juan miguel
pedro sergio antonio giovanni marco luca francesco giuseppe sven lars erik olga natasha ivan dmitry sergei
yulia volodymyr
craig neil esther rosa portia cheryl harlan seth martin gary ken francesca stuart alan betsy stanley philip phil
lee lowell ray chela luis jerry steve kimani tishana jumaane raymond darnell makaeo jovaniel mourad mahnefah
lindsay shawn betty morgan dominique angela george herman yanis giannis yiannis ilias apostolos constantinos
carolos karolos anargyros wladimir vitali hasim lennox riddick evander lamon monte emanuel tony sam david
aaliyah abdul abdullah adrian agnes ahmad aidan alan alberto aleksandr alexandra alfred alfredo ali alicia alison
allison alvin amanda ana anastasia andre andrea andreas andres andrei angel angelo anita ann anne annie antoine
antonio april archie ariel arnold arturo ashok audrey barry beatrice ben benedict bernard beth bettina bianca
blake bob bonnie boyd brad bradley brenda brendan brett bridget brooke bruno bryce byron caleb calvin cameron
camille carla carlo carmen caroline carrie casey cecilia cedric chad chantal charlene charlie chester chloe
chuck cindy claire clara clarence claude claudia clayton clifford clint clive colin connor conrad constance
corey courtney curtis cyril dale damian damien dana darren darryl dave dean debbie deirdre delia denis derrick
desmond diego dimitri dimitris dmitri dolores dominic don donna doug duane dustin dwayne dwight earl eddie edgar
edith edmund eduardo edwin eileen elaine eleanor elena eli elias elisa eliza ella ellie elliot elsa emil emilia
emilio enrique erin ernest ernesto ethel eva evan evelyn fabio faith farah fatma federico felicity felipe felix
fernando fiona florence floyd francis francisco frederick fred gabriela gail gavin gemma gene georgia gerard
gilbert gina giorgos glen glenn gloria graham greg gregor guy hamza hank harold harriet harry harvey hazel
heidi helmut herbert hilary hilda holly hugh hugo ian igor ingrid irene iris irving isaac isabel isaiah ismail
ivan jack jackie jacqueline jaime jake jamal jamie jan janet janice jared jasmine javier jay jeanne jeff jenny
jeremiah jerome jess jesus jill jimmy joan joanna jody joel joey johan johann jon jonah jorge josef josephine
joy joyce juan judith judy julia julian juliana julien julio june justine karl kate katie kay keith kelvin ken
kerry kirk klaus kofi kurt kwame lana lance larry laurence lawrence leah leila leo leon leonard leonardo leroy
leslie lewis liam lillian linda lionel lloyd lois lorenzo lorraine louise lucas lucia luke lydia lynn mabel
malcolm manuel marc marcel marco margaret margo maria mariana marie marilyn mario marion marjorie marshall marta
martha marvin mateo matthias maureen maurice max maxine melanie melvin mercedes meredith miguel mikhail miles
milton miriam mitchell mohamed mohammad molly monica morris moses muriel nadia nancy naomi natalia nathan neal
nelson nia nicola nicolas nigel nina noel nora norman olga oliver olivier omar oscar owen pablo pam pamela pat
patricia patrice paula pauline pearl peggy penelope percy perry phyllis pierre rafael ralph ramon randall
raul rebecca reginald rene renee rex ricardo richard rick rita robbie roberto robin rocco rodney rodrigo roger
roland ronnie rory ross roxanne ruben rudolf rudy rupert russell ruth sabrina sally salvador samir sandra
santiago sarah saul scott sebastian selena serena sergei sharon sheila shelby shirley sidney silvia simon
sofia sonia sophie stacy stan stefan stella stephanie stuart susan suzanne sylvia tamara tanya ted terence
teresa terrence thelma theo theodore tina toby todd tom tommy tracy travis trevor troy tyrone ursula valerie
vanessa vera veronica vic victor vincent viola virgil vivian wade wallace walter wanda warren wendy wesley
wilbur wilfred will willard wilma winston xavier yolanda yusuf yvonne zachary zoe`))

// corporateWords end a company's name without changing the company: a
// name and the same name with them ("Apple" and "Apple Computer", "Ford"
// and "Ford Motor Company") are one actor when an article uses both.
var corporateWords = wordSet(`inc inc. incorporated ltd ltd. limited plc llc corp corp. corporation co co. company
companies group holdings holding computer computers motor motors industries enterprises international n.v. ag sa
s.a. gmbh`)

// placeNouns name a kind of place: "the Athens suburb of Piraeus", "the
// port city of Hodeidah".
var placeNouns = wordSet(`suburb suburbs city town village port capital province state district region area
neighbourhood neighborhood island county municipality`)

// mediaNouns stand before the name of a news outlet: "French newspaper
// Le Parisien".
var mediaNouns = wordSet(`newspaper newspapers daily weekly paper magazine broadcaster channel network agency
tabloid website`)

// placeFollowers, after a lone name, say it is a place's: "Brooklyn
// residents", "Baytown police", "the teen's Brooklyn neighborhood".
var placeFollowers = wordSet(`street streets neighborhood neighbourhood neighborhoods neighbourhoods resident
residents apartment apartments native natives suburb suburbs district police council mayor sheriff courthouse
home homes area teen teenager woman man`)

// orgFollowers, after a lone name, say it is an organisation's: "Marfin
// bank", "GMB union".
var orgFollowers = wordSet(`bank union company group party airline airlines firm corporation corp inc ltd plc
spokesman spokeswoman spokesperson executives executive shareholders shares board`)

// particles open a surname or a title in lower case elsewhere but are
// part of the name when written with a capital: "Van Rompuy", "Le
// Parisien", "De Beers".
var particles = wordSet(`le la les el al de du da di del van von der den dos das`)

// personNouns, after "a" or "an" beside a name, say the name is a
// person's: "Jan Novak, a municipal worker".
var personNouns = wordSet(`worker workers resident student mother father wife husband son daughter pensioner
employee driver owner victim witness farmer shopkeeper retiree teacher nurse doctor man woman boy girl veteran
activist protester demonstrator survivor relative friend neighbour neighbor passenger customer fan mayor
businessman businesswoman engineer lawyer citizen uncle aunt brother sister cousin grandmother grandfather
nephew niece stepfather stepmother girlfriend boyfriend fiancé fiancee`)

// auxiliaries follow a name as its verb: "Boeing has", "Ford was".
var auxiliaries = wordSet(`is are was were has have had will would could can may might should must does did do
also still then now`)
