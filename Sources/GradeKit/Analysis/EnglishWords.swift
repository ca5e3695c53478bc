// Generated from the Snowball English test vocabulary (Tests/GradeKitTests/Data/snowball-english,
// BSD licence beside it): the Porter2 stems of its alphabetic words of five or more letters.
// `EnglishWordsTests` checks this list against the data; regenerate it with
// `GRADE_UPDATE_LEXICON=1 swift test --filter EnglishWordsTests`.

/// Stems of known English words, so spelling tolerance never "corrects" a real word
/// (`stale` is not a misspelling of `scale`).
enum EnglishWords {
    /// Where each stem starts in the sorted list and where it ends (the tests count them;
    /// ``contains(_:)`` needs no index).
    static let bounds: [(start: Int32, end: Int32)] = {
        var bounds: [(Int32, Int32)] = []
        bounds.reserveCapacity(24_000)
        // The literal's bytes in place, through a concrete buffer type: iterating a String's
        // UTF-8 view (or an unspecialised collection) byte by byte costs ten times as much,
        // and this runs at every start-up that checks a spelling.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var start = -1
            var index = 0
            for byte in bytes {
                let separator = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n")
                if separator {
                    if start >= 0 { bounds.append((Int32(start), Int32(index))) }
                    start = -1
                } else if start < 0 {
                    start = index
                }
                index += 1
            }
            if start >= 0 { bounds.append((Int32(start), Int32(index))) }
        }
        if list.utf8.withContiguousStorageIfAvailable({ scan($0) }) == nil {
            Array(list.utf8).withUnsafeBufferPointer { scan($0) }
        }
        return bounds
    }()

    /// Whether `stem` is the stem of a known English word.
    ///
    /// A binary search over the literal's bytes: each probe takes the word around the
    /// middle of the remaining range, so no index of the 23,000 stems is built at start-up
    /// (that cost more than the few hundred lookups a run makes).
    static func contains(_ stem: String) -> Bool {
        let key = Array(stem.utf8)
        func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") }
        let found = list.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            // Whole words only ever lie in low..<high: both move to a word's edges.
            var low = 0
            var high = bytes.count
            while low < high {
                var start = (low + high) / 2
                while start > low, !isSeparator(bytes[start - 1]) { start -= 1 }
                var wordStart = start
                while wordStart < high, isSeparator(bytes[wordStart]) { wordStart += 1 }
                guard wordStart < high else {
                    high = start
                    continue
                }
                var wordEnd = wordStart
                while wordEnd < high, !isSeparator(bytes[wordEnd]) { wordEnd += 1 }
                let word = bytes[wordStart..<wordEnd]
                if word.elementsEqual(key) { return true }
                if word.lexicographicallyPrecedes(key) { low = wordEnd } else { high = wordStart }
            }
            return false
        }
        return found ?? stems.contains(stem)
    }

    /// Every stem as a set: the slow path, for tests and for strings without contiguous storage.
    static var stems: Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }

    /// The stems as space-separated text: a string literal compiles in a fraction of the
    /// time an embedded byte array of the same size takes.
    static let list = """
        aaron aback abaissiez abandon abas abash abat abatt abbess abbey abbomin abbot abbott abbrevi abdic
        abdomen abdomin abduct abear aberga abergavenni aberr abershaw abet abettor abey abhomin abhor
        abhorr abhorson abid abil abime abingdon abipon abject abjur abler ablest ablut abneg abnorm aboard
        abod abolish abolit abomin aboot aborigin abort abound about abov aboveboard abraham abram abreast
        abridg abroach abroad abrog abrolho abrook abrupt abscess absenc absent absey absolom absolut absolv
        absorb absorpt abstain abstemi abstin abstract abstrus absurd absyrtus abund abus abut abysm abyss
        abyssinia acacia academ academi acalypha acapulco accad acced acceler accent accept access accessari
        accessori accid accident accit acclaim acclam accliv accommod accommodo accompani accomplic
        accomplish accompt accord accordeth accost accoun account accoutr accredit accru accumul accur
        accuraci accurs accurst accus accusativo accuseth accustom acerb ach achaioi acheron acheul achiev
        achill achitophel acid ackney acknowledg acknown acold aconcagua aconitum acordo acorn acquaint
        acquaintanceship acquiesc acquir acquisit acquit acquitt acqulr acr acrid acrimoni across acrydium
        act actaeon actinia action actium activ actor actress actual actuat actur acumen acunha acut adag
        adalla adam adamson adapt add adder addeth addict addington addison addit addl address addrest adduc
        adelaid adept adequ adher adhes adieu adieus adieux adimonia adio adjac adject adjoin adjourn adjudg
        adjunct adjur adjust adjut administ administr administratrix admir admiralti admiss admit admitt
        admixtur admonish admonit admonitori adoni adopt adopti ador adorest adoreth adorn adown adramadio
        adrian adriana adriano adrianopl adriat adrift adriv adroit adsum adul adulatori adult adulter
        adulteress adulteri adultress advanc advantag advent adventur adventuress advers adversari advert
        adverti advertis advi advic advis advoc advocaci adwis aeacid aeacida aedil aegeon aegion aegisthus
        aegl aemelia aemilia aemilius aenea aeolus aeqam aequor aerial aeriform aeronaut aeschylus
        aesculapius aeson aesop aesthet aestiv aetna afanasi afanasyvitch afear afeard affabl affair affect
        affecteth affection affeer afferdavid affi affianc affidavit affin affirm afflict affluenc affluent
        afford affordeth affray affreus affright affront afield afir aflicto afloat afoot afor aforehand
        aforement aforesaid afraid afresh afric africa african afriqu afront afrosinya after afternoon
        afterthought afterward again against agamemmon agamemnon agat agav agean agenc agenor agent ager
        aggerav agglomer agglutin aggrandiz aggrav aggreg aggress aggressor aggrief aggriev aghast agil
        agincourt agio agit aglet aglow agn agniz agon agoni agonis agouti agrarian agre agreeabl agreement
        agremen agricult agricultur agriculturist agrippa aground agu aguecheek aguefac aguero ahead ahm
        ahmednuggur ahrimanian ahungri aialvolio aiaria aid aidanc aidant aider aidless aigl ail ailment aim
        aimabl aimest aimless ainsi air airili airless airnest aisl akeadi akil akimbo alabast alack alacr
        alameda alarbus alarm alarum alban albani albania albanian albatross albeit albemarl albert albertin
        albicep albicolli albicor albino albion album albumin alburi alchemi alchemist alcibiad alcicorni
        alcid alcohol alder alderman aldermen alderney aldersg aldershot aldgat alecto alehous aleid alencon
        alengon aleppo alerc alert alessandro alewif alexa alexand alexandr alexandria alexandrian
        alexandrovna alexey alexi alfalfa alfonso alford alfr algarroba algebra alia alic alien aliena
        alieni alight alii alik alisand aliv allah allan allay alle alleg allegi allegor allegori allein
        allenbi aller allevi alley allhallowma alli allianc allicholi allig allocut allon allot allotteri
        allow alloy allud allur allus alluvi alluvium allycholli almac almack almain almanac almanack
        almighti almo almond almost almshous almsman alnaschar alo aloft alon along alongsid alonso aloof
        aloud alphabet alphons alphonso alpin alreadi altar alter alterc altern althaea althoug although
        altisidora altitud altogeth alton alur alway alyona alyoshka amaimon amain amak amalgam amalia
        amamon amanca amang amantium amanuensi amaranth amarga amass amateur amaz amazed amazeth amazon
        amazonian ambassador ambassadress amber ambient ambigu ambiguid ambit ambiti ambl amblyrhynchus
        ambox ambrosi ambuscad ambuscado ambush ameli amelia amelior amen amenaid amend amerc america
        american americana ameriqu amethyst amiabl amic amidst amien amiss amiti ammunit amnipot amoncele
        among amongst amor amorit amort amost amount amour amphibi amphimacus amphitheatr ampl ampler
        amplest ampli amplifi ampthil ampullaria amput amurath amus amynta anad anaem analog analogu analys
        analysi analyz anarchi anastasia anathema anathemat anathematis anatolia anatom anatomi anatomist
        anatomiz ancestor ancestr ancestress ancestri anchis anchor anchorag anchorit anchovi ancient
        ancientri ancus andalusia andes andiron andl andpholus andren andrew andrey andromach andron
        andronici andronicus anecdot anemon ang angcor angel angela angelica angelo anger angerless angier
        angl anglai angler angleterr anglia anglican anglifi anglish anglo angoulem angri angriest angrili
        anguish angula angular angus anim anima animadvert animalcul animalcula animi animos aniska anjou
        ankl annal annelid annett annewum annex annexion anni annihil anniversari annothan annouc announc
        annoy annual annuell annuiti annul annum anoint anomal anomali anonym anooth anoth anselmo anson
        anstic answer answerest antagon antagonist antarct antarctica antarcticus anteat anteced antechamb
        antediluvian antelop antenna antennatus antenor antenorid anterior anteroom anthem anthoni
        anthropophagi anthropophaginian anthus antiat antic anticip anticipatest antick antidot antigonus
        antill antiopa antipathi antiphlogist antipholus antipod antipodean antiqu antiquari antiquarian
        antium antler antoinett antoni antoniad antonio antonius antr antrum antuco anvil anxieti anxious
        anybodi anyhow anymor anyon anyth anythink anyvay anyway anywher aohnh apac apart apat apathet
        apathi apemantus apennin aperi apertur aphodius apiec apir apish aplysia apollinari apollinem apollo
        apollodorus apolog apologet apologis apologu apoplect apoplex apoplexi apostl apostolica apostroph
        apostropha apostrophis apoth apothecari appal appanag appar apparatus apparel apparit appart appea
        appeach appeal appear appeareth appeas appel appele appelez appelon append appendag appendix apperil
        appertain appertin apperton appeten appetit appi appl applaud applaus appletart applewoman appli
        applianc applic appoint apport apposit appreci apprehend apprehens apprendr apprenn apprent
        apprentic apprenticehood apprenticeship appri appris approach approacheth approachin approb approof
        appropinqu appropri approv approxim appurten apricock apricot april apron apropo apsley apt
        aptenodyt apter apteryz aptest aptitud aquat aqueous aquilin aquilon aquina aquitain arab arabella
        arabia arabian arachnida arago arais araucanian araucarian arauco arbit arbitr arbitrari arbitrarili
        arbor arboresc arbour arbutus arcad arcadia arcadian arch archaeolog archaeologian archbishop
        archbishopr archdeacon archduc archelaus archer archeri archest archibald archidamus archipelago
        architect architectur archway arctic ard arden ardent ardour arduous area areadi areco arena arenal
        arequipa arethusa argal argent argier argillac argillaceo argo argosi argu argument argus argyroneta
        ari ariachn ariadn arian arica arid ariel aright arinado arini arion aris arisen ariseth aristid
        aristo aristocraci aristocrat aristod aristotl arithmet arithmetician arkadi arm armada armadillo
        armado armageddon armagnac armament armchair arme armenia armhol armi armigero armipot armor armori
        armour armouri armstrong arnold arnong aroar aroint aromat aros around arous arquero arra arragon
        arragonit arraign arrang arrant array arrear arrearag arrecif arrest arriero arriv arrngd arrog
        arrow arrowroot arroyo arsenal arsenat arsenic arsenid arsenio arsenit arsenopyrit arson art
        artemidorus arter arteri arteveld arthur artichok articl articul artific artifici artilleri
        artilleryman artir artisan artist artless artoi artus arviragus asaph asay ascal ascanius ascend
        ascendeth ascens ascent ascertain ascet ascidia ascrib ash asham ashante asheam asher ashford ashor
        ashout asiat asiatiqu asid ask askanc askant asker asketh askew askmg aslant asleep asmath asparagus
        aspect aspen asper aspers asphalax asphalt aspic aspici aspir asquint ass assail assaileth assassin
        assault assay assembl assemblag assent assert assessor asset assever assez assidu assign assigne
        assimil assinico assist assiz assoc associ assoil assort assuag assubjug assum assumpt assur
        assyrian astelia astern asthma asthmat astir astley astonish astonishin astound astraea astray
        astrea astrid astring astrolab astronom astronomi astut asund asylum atacama atalanta atheist athen
        athenaeum athenian athink athlet atho athol athversari athwart atlant atlas atmospher atol atollon
        atom atomi aton atratus atroc atroci atropo attach attack attagi attain attaind attaint attaintur
        attempt attend attendeth attent attentiven attenu attest attic attir attitud attorney attorneyship
        attract attrap attribut attrit atwain atwat aubrey auburn auckland auction aucun audac audaci audi
        audibl audienc audit auditor auditori audr audrey audubon aufidius augean augen auger aught augment
        augur auguri august augusta augustus aumerl aunchient aunt aunti auralia aurelius aureol auricular
        aurifer aurora auspic auspici aussi austel auster austerlitz austral australasia australey australia
        australian austria austrian authent author authoress authorit authorship autobiographi autocrat
        autograph autolycus automaton autour autr autumn auvergn auxiliari avail avanc avaric avarici avatar
        avaunt avdotya aveng avenu aver averag avernus avers avert avesn avestruz aviari avicularia avid
        avignon avoc avoid avoient avoir avoirdupoi avon avouch avow aw await awak awaken awar award awasi
        aweari aweless awfullest awhil awkward awn awoid awok awoo awork axiom axl axletre ayant aye ayr
        azalea azara aze azor azucar azur babbi babbl babe babel babi baboon babushkin babylon bacar bacchan
        bacchanalian bacchus bachapin bachelor bachelorhood bachelorship bachman back backbit backbitten
        backboard backbon backer backgammon background backsheesh backslid backward backyard bacon bad baden
        badg badger badinag baffl bag bagatell baggag baggidg bagmen bagnet bagot bagpip bagshot baguet
        bagwig bahama bahawd bahia bail bailey baili bailiff baillez bailli bairn baisant baise baiser bait
        baiz bajada bajazet bajocchi bakaleyev bake baker balalaika balanc balandra balbi balcarc balci
        balconi baldaquin baldhead baldrick bale balgoni balk ball ballad ballast ballenagh ballenar ballet
        ballinafad ballinaslo balloon ballot ballow ballymaloni balm balmi balsam balsamum balth balthasar
        balthazar balust balustrad bamboo bame bamford bampfyld ban banana banburi band banda bandag
        bandanna bandbox bandi bandit banditti banditto bandmast bane bang bangl bangor banish banist bank
        banker banknot bankrout bankrupt bankruptci bann banner banneret banquet banquo banshe bant bantam
        banter banyhann baptism baptista baptisteri baptiz bar barb barbar barbara barbari barbarian
        barbason barbauld barbecu barber barbermong barbuda barcarol barclay bard bardolph bare bareacr
        barebon barefac barefoot barehead barest barg bargain bargeman bargulus bark barker barki barklough
        barley barmaid barmherzig barn barnacl barnard barnardin barnet barnevelt barnton baro baromet baron
        baronet baronetag baronetci baroni barouch barr barraba barrack barrel barren barrett barri barricad
        barricado barrier barril barrington barrist barrow barson barter bartholomew barton basal basalt
        basalti basan base baseless basement baser basest bash basi basilisco basilisk basimecu basin
        basingstok bask basket basqu bassanio basset bassianus bassoon bast basta bastard bastardi bastinado
        bataill batavi batch bate bath bather bathurst batler batrachian battalia battalion batten batter
        batteri battersea batti battl battlefield battlement battu baubl baudi baulk bavarian bavin bawcock
        bawd bawdi bawdri bawl bawler bay bayard bayham baynard bayno bayonet bayonn bayswat bazaar be beach
        beachhead beachi beacon bead beadi beadl beadsmen beagl beak beam bean bear bearabl beard beardless
        bearer bearest beareth bearish bearskin beast beastli beastliest beat beaten beater beatric beatson
        beatten beauchamp beaufort beaumond beaumont beaumori beauteous beauti beautifi beautifullest
        beauvilli beaux beaver becalm becam becaus bechanc beck becki beckon becom bed bedabbl bedad bedash
        bedaub bedazzl bedchamb bedcloth beddo bedeck bedevil bedew bedfellow bedford bedlam bedrench bedrid
        bedridden bedroom bedsid bedstead bedtim bedward bedwin beech beechey beef beefeat beefsteak beehiv
        beeri beest beesw beeswax beethoven beetl beev befal befallen befel befillair befit befog befool
        befor beforehand befortun befriend beg begad began begat beget beggar beggari beggarman begilt begin
        beginn begleitung begludship begnawn begni begon begot begotten begrim begrudg beguil begun behalf
        behav behavedst behavior behaviour behead beheld behest behind behindhand behold beholden beholdest
        behoof behoofful behoov behov behowl behr beilbi bejewel beknown belabour belarius belat belaud
        belch beldam bele belfri belgia belgian belgic belgium belgrav belgravia belgravian beli belief
        beliest believ believest believeth belik belinda bell belladonna bellario bellavista belli belliger
        bellman bellmen bello bellona bellow belly belman belmont belock belong belov below belt belvawney
        belveder belzebub bemad bemet bemoan bemock bemoil bemonst bench bencher benchuca bend beneath
        benedicit benedick benedict benedictus benefact benefactor benefactress benefic benefici benefit
        benet benevol bengal bengale benguela beni benight benign benison benito benjamin bennet bennett
        bens benson bent bentii bentivolii benumb benvolio bepaint bepray bequeath bequest berard berardi
        berattl beray bereav bereft bergamo bergomask berhym berkel berkeley berlin bermooth bermuda
        bernantio bernardo bero berod berown berquelo berri berrid berrin berrord berryin berteroii berth
        berthelot bertram berwick beryl berzelius bescreen beseech beseek beseelt beseem beseemeth beset
        beshrew besid besieg beslubb besmear besmirch besom besort besot besought bespak bespatt bespeak
        bespeckl bespic bespok bespot besprinkl bessi best bestain bestest bestial bestir bestirr bestow
        bestraught bestrew bestrid bet betak betaken beteem bethani bethel bethesda bethink bethlehem
        bethought bethroth bethump betid betideth betim betoken betook betoss betray betrim betroth betsi
        better betther betti bettr betuloid betwe between betwigst betwixt beudant bevan bevel beverag
        beverley bevi bewail bewar bewast beweep bewept bewet bewhor bewidg bewild bewilder bewitch bewray
        beyond bezant bezonian bezzemelni bianca bianchini bianco bias bibbl bibl bibron bicetr bicker bid
        biddabl bidden bidder biddi bide bierstadt biffin bifold bifurc big bigami biggen bigger biggest
        biglietto bigot bigotri bijou bilberri bilbo bilbow bile bilious bill billet billiard billingsg
        billington billow bind bindeth bindlo bingley binki binnacl binni biograph biographi biolog
        biondello bipe birch bird birdcag birdlim birgo birmingham birnam birth birthday birthdom birthplac
        birthright bis biscay biscuit bisect bishop bishopess bishopg bishopr bishopsg bismarck bisson bit
        bitch bite biter bitten bitter bitterest bitti bivalv bivouac bivouack bizcacha blab blabb black
        blackamoor blackbal blackberri blackbird blackbrook blacken blacker blackest blackfriar blackguard
        blackhair blackheath blackish blacklead blackleg blackmer blackmor blacksmith blackston blackwal
        bladder blade blain blair blamabl blame blameabl blameless blanc blanca blanch blanco bland blandest
        blandish blank blanket blase blasphem blasphemi blast blastment blatherwick blatta blaze blazon
        bleach bleak blear bleat bleed bleeder bleedest bleedeth bleedn blemish blench blend blenheim
        blenkinsop blent bless blessed blesseth blest blight blind blinder blindfold blink blinker blinkey
        bliss blist blister blith blithild bloat block blockad blockhead blockish blockson bloi blond blood
        bloodhound bloodi bloodier bloodiest bloodili bloodless bloodsh bloodshed bloodshot bloodstain
        bloodthirsti bloom bloometh bloomsburi blossom blot blotch blotchi blount blow blower blowest
        blowman blown blowpip blows blubb blubber blucher bluck bludgeon bludyer blue bluebeard bluebel
        bluecap bluest bluff bluffi bluid bluish blulfi blunder blunderbor blunderbus blunderbuss blunt
        blunter bluntest blur blurr blurt blush blushest blust bluster boan boar board boarder boarish boast
        boat boatswain bob bobachi bobbi bobbin bobbish bobinot boblibindo bobster bobtail bocchus boddi
        bode bodement bodi bodic bodiless bodili bodkin bodykin boffin boffinit boggl boggler boggley bogsbi
        boguey bohemia bohemian bohemond bohun boil boiler boist boister boitier bokay bola bolabola bold
        bolden bolder boldest bole bolingbrok bolivia bolivian bolkum bolster bolt bolter bolus bomb bombard
        bombast bombay bonami bonapart bonaparti bond bondag bondmaid bondman bondmen bondslav bone boneless
        boney bonfir bonifac bonito bonjour bonn bonnet bonney bonni bono bonpland bonto bonvill boobi boodi
        boodl book bookcas booker booki bookish booksel bookstal bookworm boomerang boompj boon boor
        boorioboola boorish boost boot booterstown booth booti bootless bootun booz boozum borachio bordeaux
        border bore borea boreali boredom born borneo borodino borough boroughbridg boroughmong borreria
        borrioboola borrioboolan borriohoola borrow borum boski bosko bosom boson boss boston bosworth botan
        botani botanist botch botcher botchi bother botley botofogo bottin bottinney bottl bottom bottomless
        bouciqualt boudoir boug bougainvill bough bought boul boulder boulevard bouleverse boulogn boulong
        boulter bounc bound boundari bounden boundeth boundless boung boungit bounteous bounti bouquet
        bourbier bourbon bourchier bourdeaux bourgeoi bourgeoisi bourn bout bow bowcas bowel bower boweri
        bowl bowler bowsprit bowstr box boxer boyet boyhood boyish boytborn boythorn brabant brabantio
        brabbl brabbler brace bracelet brach brachelytra brachioti brachyptera braci brackish bradshaw brag
        bragg braggadocio braggard braggart bragless braid brain brainford brainish brainless brainsick
        brake brakenburi bramador bramah brambl branc branch branchia branchial branchless brand brandi
        brandish brandon brash brasiliensi brass brassi brat braten brava bravado bravard bravassa brave
        braver braveri bravest bravo brawl brawler brawn brawni braxon bray brayvo brazen brazier brazil
        brazilian breach bread breadth break breaker breakfast breakin breakwat breast breastplat breastwork
        breath breather breathest breathless breccia brecknock breech breed breeder brees breez breezi breff
        brenoit brent brentwood brequet bretagn brethen bretheren brethren brevet brevi breviti brew brewag
        brewer breweri brewster brian briar briareus bribe briber briberi brick bricklay brickmak brickwork
        bridal bride bridegroom bridesmaid bridg bridgenorth bridget bridl brief briefer briefest briefless
        briefli brienn brier brig brigad brigand brigandin brigg bright brighten brighter brightest brighton
        brillianc brilliant brim brimless brimmi brimston brind brindl brine bring bringer bringeth brini
        brinish brink brisk brisker briski brist bristl bristol bristow britain britannia british briton
        brittani brittann brittl britzka britzska broach broad broadcast broaden broader broadsid broadsword
        broadwis broadwood broca brocad brochur brock brogden brogu broid broil broke broken broker brokken
        bromelia bromley brompton bronchial bronchiti bronz brooch brood brook brooker brookgreen broom
        broomstaff broomstick broos broth brothel brother brotherhood brothernlaw brougham brought broun
        brout brow browdi brown browndock browner browni brownish brownist brows bruce bruge brui bruin
        bruis bruiser bruit brummel brundusium brunoy brunswick brunt brush brushwood brusqu brussel brutal
        brute brutish brutus bryanston bubbl bubblin bubukl bucani buccan bucephalus buck bucket buckingham
        buckinghamshir buckl buckland buckler bucklersburi buckram buckskin bud budg budgebudg budger budget
        buena bueno buffer buffet buffi buffon buffoon buffooneri bug bugbear buggi bugl build builder
        buildeth buildin built bulbous bulbul bulder bulg bulgaria bulgarian bulimus bulk bulkeley bulki
        bull bullcalf bulldog bullen bullet bulletin bullfinch bulli bullion bullminst bullock bullyin
        bulmer bulph bulwark bumbast bump bumper bumpkin bunch buncomb bundl bundlegung bungalow bungay
        bunghol bungl bungler bunker bunni bunt buoy buoyanc buoyant bur burbolt burchel burchess burck
        burden burdensom bureau burgh burgher burglar burglari burgo burgomast burgomeist burgonet burgundi
        buri burial burier buriest burjoic burk burlesqu burlinghamm burmes burn burnet burneth burnish
        burnous burnt burrow burschen burst burthen burton bush bushbi bushel bushi busi busier busiest
        busili busin businesslik buski buskin buss bust bustl busybodi but butche butcher butcheri bute
        butler butt butter butterbrod butterfli butteri butterman butterwoman butther buttock button
        buttonhol buttoni buttress buttri buxom buxton buy buyer buzz buzzard buzzer bwoken byelinski bygon
        byno byron bystand byway byword byzantin byzantium cabal cabalist cabbag cabberi cabeza cabilero
        cabin cabinet cabl cabman caboos cabriolet cachapu caciqu cackl cacklebi cacodemon cacti cactorni
        cactus cadaver caddi caddiss cade cadenc cadent cadess cadet cadmus cadogan caduceus cadwal
        cadwallad caelius caelo caerlyon caerylon caesar caesarion caffer caffr caffraria cage cagion
        cairngorm caith caitiff caius cajol cajoleri cake calab calabria calai calam calamit calandria
        calash calcar calcareo calcha calcul calculus calcutta caldcleugh caldeleugh caldron caledonia
        caledonian calen calendar caliban calibr calico california calipash calipe calipoli caliti caliv
        call callao callat callem callet callous calm calmer calmest calodera calomel calosoma calpurnia
        calumni calv calveskin calydon calypso camarhynchus camberwel cambio cambray cambria cambric
        cambridg cambridgeshir cambys camel camellia camelot camest camilla camillo camisol camlet camomil
        camp campaign campana campani campeius campestri camphor campo canada canakin canal canari cancan
        cancel cancellaria cancer candi candid candidateship candidatur candidatus candl candlelight
        candlestick candour cane canelon cangrejal cani canidius canin canist canker cankerblossom cann
        cannib canning canno cannon cannonad cannot cano canon canoniz canopi canova canst canstick cant
        cantab cantal cantata canter canterburi cantl canton cantrip canus canva canvass canzonet cap capabl
        capac capaci caparison capdv capel capella caper capet caphi capilet capit capita capitain
        capitalist capitol capitul capocchia capon cappadocia capri capric capriccio caprici capricorn
        capsicum capstan capsul capt captain captainship captious captiv captivat captum captur capuchin
        capucius capulet capybara carabida caracara carack caract caradoc caradori carat caravan caravansari
        caravanserai caravel caraway carbin carbon carbonac carbonado carbonel carbonifer carboy carbuncl
        carburi carcanet carcas carcass card cardboard cardecu carder cardin cardmak cardoon cardui
        cardunculus carduus care career careless caress caret carew careworn cargo caricatur carino cariz
        cark carlisl carlo carlot carlton carman carmarthenshir carmen carmichael carmin carn carnag carnal
        carnarvonshir carnat carnegi carniv carnivor carol carolin carous carp carpacho carpent carper
        carpet carpetless carrancha carri carriag carrier carrion carrot cars carston cart cartel carter
        carthag carthagena cartload cartridg carv carver casaer casara casarita casca cascad case casement
        cash cashier cashmer cashup casino cask casket casma caspian casqu cassada cassado cassandra
        cassibelan cassio cassius cassock cast castalion castanet castaway caster castig castil castiliano
        castl castlefogarti castlemouldi castletoddi castor castrat castro casual casualti casuarina casucha
        casuist casuistri catacomb cataian catalani catalept catalogu catalonian catamaran cataplasm
        cataract catarrh catastroph catch catcher cate catech catechis categori cater caterpillar caterwaul
        catesbi catgut cathart cathaydr cathedr catherin cathol catl catlik cattl caucahu caucasus caudl
        caught cauldron cauliflow cauquen caus causeless causer causest causeth caustic cautel cauter
        caution cautious cavaleiro cavaleri cavali cavalri cave caveat cavendish cavern caveto cavi cavia
        caviari cavil caviti caw cawdor cawdron cayanus cayenn caylen caypabl ceas ceaseless ceaseth
        cebrionida cecilia cedar cede cedius ceed ceil ceillhg celeb celebr celer celeri celesti celia cell
        cellar cellarag cellaret cellaria cellular celsa cement cemeteri cenothera censer censor censori
        censorinus censorship censur census cent centaur center centr centra central centrifug centuri
        centurion cepend cephalopoda ceramoni cerberus cere cereal cerecloth cerement ceremoni cern cerro
        cert certain certainl certainti certhia certhidea certif certifi certifiket cervicem cervus ceryl
        cesario cesen cess cessat cesspool cestern cetac cetera cetrer cett chacao chace chacun chadband
        chafe chaff chaffer chaffinch chaffless chago chagrin chain chair chairman chais chaldron chalic
        chalk chalki challeng chalr chama chamber chamberlain chambermaid chambr chameleon chamisso chamoi
        champ champagn champain champignac champion chanc chancel chancelleri chancellor chancelor chanceri
        chandeli chandler chaner chang changeabl changel changer changest channel chanson chant chantant
        chanticl chantilli chantri chanuncillo chao chaotic chap chape chapel chapeless chapell chaperon
        chapier chaplain chapless chaplet chapmen chapon chapter chaquaio char charact character characteri
        characteris characterist characterless charad charati charbon charcoal chare charg chargeabl charger
        chargeth chari chariest chariey chariot charit chariti charityless charl charlatan charlemain
        charley charli charlott charm charmant charmer charmeth charmian charneco charnel charoloi charon
        charqui chart charter chartism chartist chartreux charwoman charybdi chase chaser chaseth chasm
        chass chasseur chast chasten chasti chastis chastiti chat chateau chateaux chatham chatillon chatt
        chattel chatter chatterbox chatti chattl chaud chaunt chausse chaussur chawdron chawl cheap cheapen
        cheaper cheapest cheapli cheapsid cheat cheater check checker cheek cheer cheerer cheeri cheerili
        cheerless cheerybl chees cheesem chef chelsea cheltenham cheltonham chemic chemin chemis chemist
        chemistri chenill chepon chequ chequer cher chere cherish cherizett cheroot cherri cherrybl
        cherrypit cherti chertsey cherub cherubim cherubin cheshir cheshu chesney chess chest chester
        chesterfield chestnut cheta cheucau cheval chevali chevaux cheveril chevi chew chewet chichest
        chichi chick chickasaw chicken chicurmurco chidden chide chider chiduco chief chiefest chiefli
        chieftain chiel chien chiffonn child childer childhood childish childless childlik children chile
        chilean chileno chili chilian chilicauquen chilipa chill chilli chillum chilo chilotan chiltern
        chimango chimbley chimborazo chime chimi chimney chimneypiec chimurcho chin china chinchilloid chine
        chines chink chintz chioni chip chipp chippenham chipper chiron chirp chirrah chirrup chirurgeon
        chisel chiswick chit chiton chitoph chivalr chivalri chivi chizzl chlorid chock chocol choic
        choicest choir choiseul choke choki cholechel choler cholera chollor chonchi chono choos chooser
        chooseth chop chopin chopkin choplog chopp chopper choppi chopt chord chorist chorus chose chosen
        choufleur chough chowringhe chowser chrish christ christabel christchurch christen christendom
        christi christian christianlik christma christom christoph christophero chronic chronicl chronomet
        chronometr chrysali chrysolit chrysomelida chrysopa chubbi chuck chuckl chuff chummi chune chunk
        chupat church churchgo churchil churchman churchmen churchyard churl churlish churn chutney chuzo
        cicada cicatr cicatric cice cicero cicet cicida cider cigar cigarett cigarito ciitzen cilia cilicia
        cimabu cimarosa cimber cimmerian cinabl cincindela cincinnatus cinctur cinder cinderella cinderi
        cinereus cinna cinnamon cinqbar cinqu cipher circ circa circassian circl circlet circuit circul
        circular circum circumambi circumcis circumfer circumjac circumlocut circummur circumnavig
        circumscrib circumscript circumspect circumst circumstanc circumstanti circumv circumvent circus
        cistercian cistern citadel cital citat cite citi citigrad citizen citron cittern civet civil
        civilian civilis civilli clack cladonia claim claimant clairvoyant clamb clamber clammer clamor
        clamour clandestin clang clangor clangour clank clap clapham clapp clapper clara clare clarenc
        claret claribel clarionet clark clash clasp claspknif class classic classifi clatter claud claudio
        claudius claus clausen claver clavip claw clay clayey clayver clean cleaner cleanest cleanli
        cleanliest cleans clear clearanc clearer clearest cleav cleavag cleft cleitus clemati clemenc
        clement clementi clench cleomen cleopatpa cleopatra clepeth clept clerestori clergi clergyman
        clergymen cleric clerk clerkenwel clerklik clerkship cleveland clever cleverest click client cliff
        clifford clifton clima climat climatur climax climb climber climbeth clime clinch cling clink
        clinker clinquant clip clipp clipper clippeth clipt cliqu cliquot clitus clive cloak cloakbag clock
        clod cloddi clodpol clog cloister cloistress cloquenc close closer closest closet closur clot cloten
        cloth clothair clotharius clother clothier clotpol cloud cloudi cloudili cloudless clout clove
        cloven clover clovest clowder clown clownish cloy cloyless cloyment club cluck clump clumsi
        clumsiest clumsili clung cluski clust cluster clutch clyster clytemnestra clytia cneius cnemi coach
        coachmak coachman coachmen coachyard coact coactiv coadjutor coagul coal coalesc coalit coalworth
        coars coarsen coarser coarsest coast coat coavin coavins coax coaxin cobbey cobbl cobbler
        cobblesborough cobham cobloaf coburg cobweb cocher cochlogena cochran cock cockad cockatoo cockatric
        cockl cockney cockneyess cockpit cockroach cocksur coco cocoa cocoanut cocoon coctus cocytus cod
        coddl code codger codicil codifi codl codpiec coelestibus coelum coerc coerciv coesar coeur coeval
        coextens coffe coffeehous coffer coffi coffin cog cogit cognac cognat cognis cognit cogniz cognovit
        cogscomb cohabit coher cohes cohort coign coil coin coinag coincid coiner coinstantan colbrand
        colcho cold colder coldest coldspur colebrook coleman coleoptera coleridg colia colic colla collaps
        collar collat collater colleagu collect collector collectorship colleg collegi collegian colli
        collier collieri collingwood collis collnet collnett collop colloqui colloquy collus colm colman
        colmekil colnaghi colnett cologn colon colonel coloni colonia colonist colonnad coloquintida color
        colorado coloss colossus colour colourless colt columbin columbus column columnar colvill colymbet
        comagen comart comb combat combin combless comboin combust come comedi comedian comeli comer comest
        comet cometh comfect comfit comfort comfortabl comfortablest comfortless comic comin cominius comit
        comm comma command commemor commenc commend comment commentari commerc commerci commin commingl
        commiser commiss commissari commissariat commission commit committ committe commix commixt commixta
        commixtur commo commod commodi commodor common commonag commonalti commonest commonl commonplac
        commonw commonwealth commot commtt commune communic communicat communion communism communiti commut
        commuuiti comonti compact compagni compani companion companionship compar comparison compart
        compartn compass compassion compat compatriot compeer compel compens compet competit competitor
        compil complac complain complainest complaint complais complanata complement complet completel
        completest complex complexion compli complianc complic compliment complimentari complot compn compo
        compon comport compos composit composita compositor compost compostur composur compound comprehen
        comprehend comprehens compremis compress compri compris compromi compromis compt compter comptibl
        comptrol compuls compulsatori compulsori compunct compuncti comput comrad comt comtess comus comutu
        con concaten concav conceal concebida conced conceit conceitless conceiv concentr concepcion concept
        concepti concern concerneth concert concertina concess conch concha conchale concholog concili
        conciliatori concis conclav conclud conclus concoct concolinel concord concours concret concubin
        concupi concupisc concur concurr condemn condens condesc condescend condescens condeseend condign
        condiment condit conditorey condol condor conduc conduct conductor conductress conduit cone conect
        conejo coney confabul confect confection confectionari confeder confederaci confer conferr conferva
        confess confesseth confessor confid confidant confidenti configur confin confineless confirm
        confirmatori confisc confix conflagr conflict confluenc conflux conform confound confront confus
        confut cong conge congeal congel congen congeni conger congest congi conglomer congo congratul
        congratulatori congre congreet congreg congress congru congruent congruous coni conic conica
        conjectur conjoin conjoint conjug conjunct conjunctur conjur conjuro conjuror connect connexion
        conniv connoisseur connubi conqu conquer conqueror conquest conqur conrad consanguin consarn
        conscienc conscienceless conscienti conscion conscious consecr consecut consent consequ consequenti
        conserv conservat conservatori consid consider consign consist consisteth consistori consol
        consolatori consolid conson consort consortest conspectu conspicu conspir conspiraci constabl
        constanc constant constantin constantinopl constel constern constitoot constitu constitut constr
        constrain constraineth constraint constru construct consul consulship consult consum consumm
        consumpt contact contagi contagion contain contamin contemn contempl contemporan contemporari
        contempt contemptu conten contend contendon content contenta contenteth contenti contentless
        contento contest contigu contin continent conting continney continu contort contr contra contract
        contractor contradict contradictori contradistinct contrairi contralto contrari contrarieti contrast
        contre contretemp contribut contributor contrit contriv control controversi controvert contum
        contumeli contus conundrum conurus convalesc conven conveni convent conventicl conventu conver
        converg convers conversazioni convert convertest convertit convex convey conveyanc convict convinc
        conviv convivi convoc convolvulus convoy convuls conweni conwuls coo coodl coodleit cook cookeri
        cooki cookit cookshop cool cooler coolest coolli coom coomin coop coorch coort copatain cope copeck
        cophetua cophia copi copiapo copious copper copperi copperspur coppic cops copul coquet coquetri
        coquett coquettish coquill coquimbo coragio coral corallin coram corambus coranto corbleu corbo
        corcovado cord cordag cordelia cordi cordial cordillera cordon cordovan corduroy corfield coriac
        corin corinth corinthian coriolanus corioli cork corki corkscrew cormor cormoran corn cornelia
        cornelian cornelius corner cornerston cornet cornfactor cornfield cornhil cornic cornish cornuto
        cornwal corollari coron coronet corp corpor corps corpul corpus corral correct correction correndera
        correspond correspons corridor corrient corrig corriv corroberi corrobor corroboratori corrod corros
        corrug corrupt cors corsag corsetier corsican corslet corteg cortez corunda corydon corynet
        coseguina cosgrav cosili cosmo cosmopolitan cosmos cossack cost costal costard costermong costlier
        costliest costum cosway cote cotillon cotsal cotsol cotswold cottag cotton cotus couch couchant coud
        cough could couldn couldst coulter council councillor counsel counsellor counselor count counten
        countenanc counter counteract counterbal counterbalanc counterchang countercheck counterfeit
        countermand countermin counterpan counterpart counterplot counterpoi counterpoint counterpois
        countervail countess counti countless countre countri countrifi countrv countryman countrymen
        countryrmen countrywomen couper coupez coupi coupl couplement couplet cour courag courci courier
        couronn cours courser court courteous courtesan courtesi courtezan courtier courtlik courtney
        courtship courtyard cousin cousinship couterfeit couthouy coutum cove coven covent coventri cover
        coverlet coverley covert covertur covet covey cow coward cowardic cowardship cowboy cowcumb cower
        cowish cowley cowsh cowslip coxcomb coxswain coy coypus coystril cozen cozenag cozier cozili crab
        crabb crabberi crack crackenburi cracker crackl cracksman cradl craft crafti craftier craftiest
        craftili craftsmen crag cram crambl cramm cramp cranberri crancrivora crane crank cranmer cranni
        crant crape crare crash crassus crater crateriform cravat crave craven craveth cravley craw crawl
        crawler crawley crayon craze crazi creak cream creamer creas creat creation creativ creator creatur
        crebillon credenc credent credenti credibl credit creditor credo credul creed creek creep creeper
        creetur creevi creol crepitan crept crescent cresciv cresset cressi cressid cressida crest crestfal
        crestfallen crestless cretan crete crevez crevic crew cri crib cribb cribbag cribl crichton cricket
        criedst crier criest crieth crime crimeless crimin crimp crimson cring crinolin crippl crippler
        crisi crisia crisp crispian crispianus crispin cristal cristatus cristiandad cristiano criterion
        critic criticis critiqu crittur croak crock crockeri crockford crocki crocodil croesus croi cromer
        cromwel crone croni crook crookback crop cropley cropp crosbi cross crossest crossgrain crossin
        crossli crost crotchet crouch croup croupier crow crowbar crowd crowflow crowin crowkeep crowl crown
        crowner crownet crowquil cruchecasse crucifi crude crudest crudi cruel cruell crueller cruellest
        cruelli cruelti cruenta cruet cruis crumb crumber crumbl crumlinwallinw crumml crummles crump
        crumpet crumpi crumpl crupper crusad crusado crush crushest cruso crust crustac crustacea crusti
        crutch crypt cryptogam crystal crystallin crystial ctenomi cubbert cube cubic cubiculo cubit cucao
        cuchilla cuckold cuckoo cucullus cucumb cuddi cuddl cudgel cudico cuenta cuero cueva cuff cuffi cufr
        cuiqu cuirass cull cullion culmin culott culpabl culpeu culprit cultiv cultur culver culverin cumber
        cumberland cumbr cumbrous cume cumfbler cumin cummin cumnor cumuli cun cunicularia cunicularius
        cunningest cuor cup cupbear cupboard cupid cupola cuppel cupper cur cura curacao curaci curan curat
        curb curd curdi curdl cure cureless curer curfew curio curios curious curl curlew curmudgeon curragh
        curranc currant currenc current curri curricl curriculum currish curs cursi cursitor cursorari
        cursori cursorili curst curster curstest curt curtail curtain curtal curti curtl curtsey curtsi curv
        curvatur curvet curviden curzon cush cushion custalorum custard custodi custodian custom customari
        customarili custur cut cutan cutcherri cutlass cutler cutleri cutlet cutpurs cutsum cutt cutter
        cutthroat cuttl cuvier cxsar cycl cyclop cyclopean cydnus cygnet cylind cylindr cymbal cymbelin
        cymindi cynara cynic cynthia cynucus cyperus cypress cypriot cyprus cyrus cytherea cyttaria daark
        dab dabber dabbl dabbler dacelo dacia dadass daedalus daemon daf daffest daffi daffodil dagestan
        dagger dagonet daguilet dahlia daili dainti daintier daintiest daintili daintri dairi daisi dakruoen
        dalli dallianc dalmatia dalmatian dam damag damascus damask dame damm dammi damn damnabl damnat
        damnatori damocl damoisell damon damosella damp damper dampest dampier damsel damson danc dancer
        dandi dandifi dandl dandyfi dandyism danger dangl daniel danish dank dankish dans dansker dant danub
        danubian daphn dapibus dappl darbi darbyit dardan dardanian dardanius dare daredn daren daresay
        darest darius dark darken darker darkest darkl darksom darl darn darnel darraign dart darter
        dartford darton darwin darwinian darwinii darya dash dastard dasypus datchet date dateless daub
        daubeni daubney daughter daunt dauntless dauphi dauphin daventri daver davi david dawdl dawg dawlish
        dawn dawson daybreak daylight daytim dayvl daze dazzl dazzler dead deaden deadliest deadlock
        deadwood deaf deafen deal dealer dealest dealt dean deaneri dear dearer dearest dearth deas death
        deathb deathless deathlik deathsman deathsmen debacl debar debas debat debateth debauch debaucheri
        debil debilit debitor debonair deborah debosh debrett debri debt debtor debut debutant debuti decamp
        decant decapit decay decea deceas deceit deceiv deceivest deceiveth decemb decenc decent decept
        decepti decern decid decidu decim deciph decis decius deck deckt declaim declam declar declaratori
        declens declin decliv decoct decollete decompos decomposit decor decorum decoy decre decrea decreas
        decrepit decrepitud dedic dedlock deduc deduct deead deed deedless deedn deein deem deep deepen
        deeper deepest deepli deepvow deer deess defac defalc defam default defeat defeatur defect defenc
        defenceless defend defens defer deferenti deferr defi defianc defiant defici defil defin definit
        deflect deflow deform defraud defray deft defunct defus degag degener degrad degre dehor deifi deign
        deinorni deiphobus deiti deject dejeun delabreth delamer delav delay delect deleg deleteri deliber
        delic delicaci delicat delici delight delilah delinqu deliquesc deliri delirium deliv deliver
        deliveri della deloight delpho delud delug delus delv delver demagogu demand demarlii demder demdest
        demean demeanor demeanour dement dementyev demerara demerit demersa demesn demetrius demigod demirep
        demis demmi demmit demnebl demnit democraci democrat demoisell demolish demolit demon demoniac
        demonstr demor demoralis demur denay deni denial denier deniest denizen denmark denni dennison
        denomin denot denouement denounc dens denser densest densiti dentist denud denunci deodara depairtur
        depart departest departur depech depend depict deplor deploy depo depopul deport depos deposit
        depositari depositori depot deprav deprec deprecatori depreci depress depriv deptford depth deput
        deputi deracin derang derbi derceta derid deris deriv dermest derog derogatori derwent desartless
        descant descen descend descendin descens descent descri describ descrip descript desdemon desdemona
        desecr desert deserv deservest desideratum design desir desirest desist desk desmodus desol desole
        despair despatch desper despi despic despis despiseth despit despoblado despoil despond despot
        dessert destin destinct destini destitut destro destroy destruct desultori detach detail detain
        detect detector detenin detent deter deterior determin detest dethron detour detract detriment
        detritus dett deuc deucalion deuceac devant devast develop devereux devest devi deviat devic devil
        devilish devilri devious devis devlish devoid devoir devolv devon devonian devonport devonshir devot
        devoted devour devout devrient dewberri dewdrop dewelop dewi dewlap dewlapp dexter dexteri deyvl
        deyvlish diabl diablo diabol diabolicus diadem diagnos diagon dial dialect dialogu diamanten diamet
        diametr diamond diana dianaea diaper diaphragm diappoint diari diatrib dibab dibabs dibbl dicer dick
        dicken dicki dickon dictat dictatori diction dictionari dictum dictynna diddl diddler diddlesex
        didelot didelphi didest didst die diedst dieffenbach diego dieman diemen diepp diernan diest diet
        dieter differ difficil difficult difficulti diffid diffus diffusest dig digbi dige digest digestio
        digger dighton digit digitatus dignifi dignitari digniti digress dilapid dilat dilatori dildo
        dilemma dilettanti dilig diluculo dilut dim dimens diminish diminut dimiti dimpl dine diner dingey
        dingi dinglebi dingo dinner dinnertim dinnot dioces diodon diogen diom diomed diopaea diorgeen dip
        dipley diplomaci diplomat diplomatist diptera dire direcfli direct directitud director directori
        directress direst dirg dirti dirtier dirtiest disabl disadvantag disaffect disagr disagre disallow
        disanim disannul disappear disappoint disapprob disapprov disarm disarmeth disarrang disarray disast
        disastr disavow disband disbelief disbeliev disbench disbranch disbur disburden disburs disburthen
        discandi discard discas discern discharg discipl disciplin disciplinari disclaim disclo disclos
        disclosur discolor discolour discomfit discomfitur discomfort discommend discompos discomposur
        disconcert disconnect disconsol discont discontend discontinu discord discount discountenanc
        discourag discours discourt discourtesi discov discover discoveri discoverin discredit discreet
        discreetest discret discrimin discurs discuss disdain disdaineth disdnguish disea diseas disedg
        disembark disembarrass disench disenchant disengag disentangl disestablish disfavour disfigur
        disfurnish disgorg disgrac disgraci disgui disguis disgust dish dishabill dishabit dishclout
        dishearten dishevel dishonest dishonesti dishonor dishonour disillus disinclin disinherit disintegr
        disinterest disinterested disjoin disjoint disjunct dislik disliken dislimn disloc dislodg disloy
        disloyalti dism dismal dismallest dismantl dismask dismay dismemb dismiss dismount disnatur disobedi
        disobey disorb disord disorgan disorganis disown disparag dispark dispassion dispatch dispel dispens
        disper dispers dispirit dispit displac displant display displea displeas displeasur dispo dispong
        disport dispos disposit dispossess disprai disprais disproof disproperti disproport disproportion
        disprov dispurs disput disqualif disquant disquiet disquietud disregard disrelish disreput
        disrespect disrob disrupt dissatisfact dissatisfi disseat dissect dissembl dissemin dissens dissent
        dissenti dissert dissev dissimilar dissimul dissip dissolut dissolv dissuad dissuas distaff distain
        distanc distangi distant distast distemp distemperatur distend distil distinct distingu distingue
        distinguish distinguon distort distract distrain distrait distraught distress distribut district
        distrust disturb disunit disus disvalu disvouch ditch ditcher dite ditti ditto diurnal divag divan
        dive diver diverg divers diversifi divert divest divid dividend divideth divin divinest divis
        divisio divorc divulg divvl diwin dixon dixonari dizzi dizzier dmitri do doant doat dobb dobbin
        doblin dobrizhoff dobrizhoffen docil dock docket dockyard docther doctor doctrin document
        documentari dodg doer doesn doest dog dogberri dogfish dogged doggi doigt doit dolabella dolbi dole
        dolichonyx doll dollar dolli dolor dolour dolphin dolt domain domest domicil domidor domin domingo
        domini dominion domino domitius dommelton donalbain donald donat donatia doncast donizettian donkey
        donn donner donnerai donnerwett donnez donni donor doobl dooc doodl doodleit doom doomsday doonstair
        door doorbel doorkeep doorpost doorstep doorway doos dooz doozen dorca doreus dori doricl dorker
        dormant dormez dormitori dormous dorothi dorsal dorset dorsetshir dose dostoevski dot dotag dotant
        dotard dote doter doteth dothebi dotheboy doubl doubleday doubler doublet doubli doubt doubtless
        douch dough doughi doughti dougla dounia dourov dout dove dovecot dovedal dovehous dover dovercourt
        dovetailed doveton dowag dowager dowdi dowdl dowdstown dower dowerless dowl dowla down downcast
        downfal downheart downi downright downstair downtrod downward dowri dowsabel dowton doyl doze dozen
        dozenth drab drachma draff draft drag dragg draggl draggletail dragoman dragon dragonish dragoon
        drain drainag drake drama dramat dramati dramaticus dramatis dramatist drank draper draperi draught
        draughtsman drave draw drawback drawbridg drawer draweth drawingroom drawl drawn dray drayman
        draymen dread dreadnought dream dreamer dreami dreamili dreamt drear dreari dreariest drearili
        drearn dreg drench dresden dress dresser dressi dressmak drest dri dribbl driblet drier driest drift
        drigg drili drill drink drinkabl drinker drinketh drinkin drip drive drivel driven driver driveth
        drizzl drizzli droit droll drolleri drolli dromedari dromio drone droonk droop droopeth drop
        dropheir droplet dropp dropper droppeth dropsi dropt dross drossi drought drove droven drover
        drovier drow drown drownd drows drowsi drowsili drub drudg drudgeri drug drugg druid druidic drum
        drumbl drummer drummond drunk drunkard drunken druri dryer dryli dryness drysalt dub dubious dublin
        ducal ducat ducdam duchess duchi duck duckl duclida dudgeon duel duell duellist duello duenna duet
        duffer duffi dugong duke dukedom dul dulc dulcet dulch dull dullard duller dullest dulli dullish
        dulwich dumain dumb dumbbel dumbfound dumbl dumdum dummi dump dumpi dumpl dun duncan dunda dune
        dungeon dunghil dungi dunhev dunkirk dunlop dunnest dunsinan dunsmor dunstabl duodecimo duodenum
        dupe duplic durabl duranc durat duratio durden dure durer durham dursn durst durstn dushkin duski
        duskier dussaut dust duster dusti dustier dustman dustn dutch dutchman duteous duti dutton dwarf
        dwarfish dwell dweller dwelt dwindl dyke dynasti dysenteri eager eagl eal ealth ealthiest ean eanl
        ear earl earldom earli earlier earliest earlybird earn earnest earring earth earthen earthenwar
        earthi earthlier earthquak earwig eas easi easier easiest easili easiliest eastbourn eastcheap
        easter eastern eastward eat eatabl eaten eater eav ebb eboni ebrew ebullit ecart eccentr ecclesiast
        eccolo echapp echo eclairciss eclip eclips ecoli econom economi economist ecossai ecossais ecoutez
        ecras ecstaci ecstasi ecstat ecuy eddi eddic edent edentata edg edgar edgeless edgewar edgeway edibl
        edict edif edifi edific edinburgh edit editor edmund edmundsburi educ edusa edward edwin effac
        effect effectless effectu effemin effervesc effet efficaci effici effigi effloresc effluvia
        effluvium effort effronteri effulg effus eftest efther egal egalit egbert egeria egeus eggshel
        eghert eglamour eglantin egoist egot egotist egregi egress egret egypt egyptian ehrenberg eight
        eighteen eighteenp eighteenpenni eighteenth eighth eighti eightpenc eightpenni eilwagen eimeo einsam
        eisel either ejacul ejaculatori eject ekaterininski eke elabor elaps elast elat elaterida elban
        elber elbow elder eldest eldon eleanor elect election elector electr electrifi eleg elegan elegi
        element elementari eleph elephantin elev elevatori eleven eleventh elew elfin elflock elgbl eliad
        elicit elig elimin elinor elit elixir eliza elizabeth ell ellen ellesmer elli elliotson ellipt
        elliston ellor elocut elong elop eloqu elscholchia elsdal elsewher elsinor eltham elucid elud elv
        elvino elvish elw elysian elysium emaci eman emancip emancipist emascul embal embalm embank embarass
        embargo embark embarqu embarrass embassad embassag embassi embattail embattl embay embed embellish
        ember embitt emblaz emblazon emblem embodi embold embolden emboss embound embow embowel embrac
        embrasur embroid embroideri embroil embryo emend emerald emerg emergenc emhrac emigr emili emilia
        emin emissari emit emmanuel emniti emolli emolu emot empal emper emperess empereur emperi emperor
        empetrum emphas emphasi emphasis emphat empir empiricut empleach employ empoison emporium empow
        empress empti emptier emptor emul enabl enact enactur enamel enamour enanmour encamp encas encav
        enceladus encerrado encha enchaf enchant enchantress encircl enclo enclos encloseth enclosur encloud
        encomium encompass encompasseth encor encorpor encount encourag encrimson encroach encrust encumb
        encyclop end endamag endang endart endear endeavour endem ender enderbi endit endless endow endroit
        endu endur endymion enea eneaf enemi energet energi enerni enerv enfant enfeebl enfeoff enfett
        enfold enforc enforcest enfranch enfranchi enfranchis enfre enfreedom engaddi engag engaging engagmg
        engaol engend engenhodo engild engin engirt england englanderinn english englishman englishmen
        englishwoman englishwomen englut engoument engraf engraft engrav engraven engross engrossest enguard
        enhanc enigma enigmat enjoin enjoy enkindl enlard enlarg enlargeth enlighten enlink enlist enliven
        enmesh enmiti ennobl ennui enobarb enobarbus enorm enough enpatron enpierc enquir enr enrag enrank
        enrapt enraptur enrich enridg enrob enrol enroot enround enschedul ensconc enseam ensear enseign
        enseignez ensembl enshelt enshield enshrin enshroud ensign enski enslav ensman ensnar ensnareth
        ensteep ensu ensur enswath entail entam entangl entendr enter enterpris entertain enthral enthron
        enthusiasm enthusiast entic entir entireti entitl entomb entomol entomolog entomostrac entomostraca
        entr entrail entranc entrap entrapp entre entreat entreati entrechat entrench entresol entrez entri
        entrust entwin entwist enumer enunci envelop envenom envi enviabl envious environ environn envoy
        enwheel enwomb enwrap eothen epaulet epaulett epeira ephemer ephesian ephesus epicur epicurean
        epicurus epidamnum epidaurus epidem epigram epilepsi epilept epilogu episod epistl epistolarili
        epistrophus epitaph epithet epitheton epitom epoch epri epris epsom equabl equal equall equanim
        equat equatori equerri equestrian equidist equilibrium equinocti equinox equip equipag equit equitem
        equiti equival equivoc equus erad eras erbear erbeat erblow erboard erborn erbprinz ercam ercast
        ercharg ercl ercom ercov ercrow erdo erebus erect erewhil erflourish erflow erfraught ergal erglanc
        ergon ergrow ergrown ergrowth erhang erhasti erhear erheard erichson eringo erjoy erleap erleaven
        erlebt erlook ermast ermengar ermin ermount ernight erosio erpaid erpart erpast erpay erpeer erperch
        erpictur erpingham erpost erpow erpress err errand errant errat erraught erreach errest erron error
        errul errun erset ershad ershin ershot ersiz erskip erslip erspread erstan erstar erstep erstunk
        ersway erswel ertak erteem erthrow erthrown ertook ertop ertrip erturn eructan erudit erupt ervalu
        erwalk erwatch erween erweigh erwhelm erworn eryngium erysipela erythraeum escalus escap escarp
        eschara escheat eschew escort escot escritoir esculentus escutcheon esil espagn especi esper espi
        espial espiegl espiegleri esplanad espous esprit esquimau esquir ess essay essenc essenti essex
        establish estacado estaminet estancia estanciero estat esteem esteemeth esther estim estrang estridg
        estuari etag etcetera etern eternell eterniz ethek ether ethiop ethiopian etiquett etonn etymolog
        eucalypti eucalyptus eudromia eulogist eulogium eunuch euphorbia euphorbiacea euphrat euphronius
        euriphil europ europa european eustac euston eutropi eutropius evad evan evangel evapor evas evelyn
        even evening evenlng event eventu evenu everbodi everbrown everett evergreen everi everlast evermor
        evervwher everybodi everyday everyon everyth everythink everyway everywher evid evidenfli evil
        evilli evin evinc evit evok evolut ewent ewer exact exactest exactitud exagger exalt exalteth examin
        exampl exasper excav excayt exceed exceedeth excel excellenz except exception exceptless excess
        exchang exchequ excit exclaim exclam exclud exclus excommun excori excremen excrement excresc
        excruci excurs excus excusez execr execut execution executor exemplari exemplifi exempt exequi
        exercis exert exet exeunt exhal exhaust exhaustless exhibit exhilar exhort exig exil exion exist
        exit exorbit exorc exorcis exorcist exordium exot exp expand expans expati expatri expect expedi
        expedit expediti expel expend expenditur expens experi experienc experiment expert expiat expinc
        expir explain explan explanatori explet expletus explic explicit explod exploit explor explos expo
        expon export expos exposit expositor expostul expostur exposur expound express expresseth
        expressionless expressli expressur expul expuls exquisit exsert exsuffl extant extempor extemporan
        extemporari extend extens extensil extent extenu exterior extermin extern extinct extinctur
        extinguish extirp extol exton extort extra extract extran extraordinari extraordinarili extraught
        extravag extrem extremest extremum extric exuber exud exuent exult eyas eye eyebal eyebrow eyeglass
        eyelash eyeless eyelet eyelid eyesight eyesor eyestr eyri ezact fabian fabl fabric fabricius fabul
        facad face facer faceti facial faciant facil facilit facineri facit fact faction factionari factious
        factor factori factotum faculti faddl fade fadeth fadg fadom fag faggot fagot fagus fail failur
        faineant faint fainter faintest fair fairer fairest fairi fairian fairish fairwel fait faith
        faithful faithless faitor falchion falcon falconbridg falkland fall fallaci fallal fallen falleth
        falli falliabl fallibl fallin fallow falmouth falor fals falsehood falser falsetto falsifi falsiti
        falstaff falter fame famili familiar familiari familiaris famin famish famoso famous fan fanat
        fanatic fanci fancier fane faneant fang fangl fangless fanlight fanni fanshaw fantasi fantast
        fantastico farborough farc fardel farden fare farewel farin farinha farm farmer farmhous farnham
        farr farrago farrow farth farther farthest farthingal fartuous fascin fashion fashionahl fast fasten
        faster fastest fastidi fastolf fat fatal fate father fatherland fatherless fathom fathomless fatig
        fatigu fatima fatten fatter fattest fattish fatuiti fatuus faubourg fauconbridg faugh faulconbridg
        fault faulti faultless fauna fauss faust faustus faver faviour favor favour favourit favout fawn
        fawneth fawther fazenda feac fealti fear fearest feareth fearful fearfulti fearioci fearless feasibl
        feast feaster feat feater feather featherb featheri featur featureless februa februari feck fedari
        federari fedosya fedyaev feebl feebler feebli feeckl feed feeder feedeth feel feeler fehement feign
        feijao feint feith feldspath felic felicit felicita felin felip felix fell fellar feller fellest
        felli fellow fellowli fellowship felon feloni felspar felspath feltham femal feminin femm fenc
        fencer fend fender fennel fenni fenton ferdi ferdinand ferguson ferment fern fernal fernandez
        fernando ferneri fernse feroc feroci feronia ferrara ferrer ferret ferri ferrugin ferrul ferryman
        fertil ferul fervenc fervent fervid fervour fest fester festin festiv festoon fetch fete fetid
        fetlock fetter fettl feud feudal feuri fever feverish few fewer fewest feyther fianc fiance fib
        fibber fibr fibrous fibster ficci fich fichi fichus fickl fiction fictiti fiddl fiddled fiddler
        fiddlestick fidel fidelicet fidelio fidget fidgeti fidgett fidius field fieldfar fieldingsbi fiend
        fiendish fierc fiercer fiercest fieri fife fifer fifin fifteen fifteenth fifth fifti fiftieth
        fiftyfold fight fighter fightest fighteth figment figuireda figur filament filbert filch file filial
        filigre filius filka fill fillet filli fillip film filter filth filthi filthili final financ financi
        finch finchley find finder findeth fine fineless finem finer fineri finest finett finger fingerend
        fingerless fingr fini finic finikin finish finless finlsh finnish finsburi fiord fipp firago fire
        firearm firebrac firebrand firefli firelight fireman fireplac firesid firewood firework firkin firm
        firma firmament firman firmer firmest first firstborn firstl fiscal fish fishambl fisher fisherman
        fishermen fishifi fishmong fishpond fisnomi fissur fissurella fist fistula fit fitchew fitment
        fitter fittest fitteth fitzgibbon fitzhugh fitzjurld fitzoof fitzroy fitzrufus fitzurs fitzwat five
        fivep fiver fix fixeth fixiti fixtur flabbi flabbili flabella flaccid flaco flag flagel flagon
        flagrant flagstaff flail flake flaki flambeau flambeaux flame flamen flamingo flaminius flanagan
        flanahan flander flank flannel flannigan flap flare flash flashi flask flat flatt flatten flatter
        flatterest flatteri flattest flattish flaunt flavio flavius flavor flavour flaw flaxen flay flea
        fleanc fleck fledg fledgl fleec fleeci fleer fleet fleeter fleme flemish flesh fleshi fleshment
        fleshmong fleshpot fletcher fletcherit flether fleuv flexibl flexur fli flibbertigibbet flick
        flicker flidg flier flieth flight flighti flinch flinder fling flint flinti flip flippanc flippant
        flirt flirtat flit flite float floccul flock flog flood floodgat floor flora floral florenc
        florentin florentius florestan florian floriat florid florin florist florizel florula floss flote
        flotilla floulish flounc flounder flour flourish flourisheth flout flow flower flowerdal flowerdew
        floweret flown flrst fluctuat fluellen fluenci fluent fluentli fluffl flugger fluid fluidifi flung
        flunkey flure flurri flush fluster flustra flustracea flute flutter flutteringiy fluvi fluxiv
        flycatch flyer foal foam foami focat focus fodder foder foeman foemen foetid fogarti fogey foggi
        fogi fogl foibl foil foin foind foison foist folair fold foliac foliag folio folk folkeston foller
        folli follow followest foment fomitch fond fonder fondest fondl fontibel foodl fool fooleri
        foolhardi foolish foolscap foot footbal footboard footboy footer footfal footguard foothold
        footlight footman footmen footpad footpath footprint footsor footstep footstool footway fop fopperi
        foppish forag forard forasmuch forb forbad forbear forbid forbidden forbod forbor forborn forc
        forceless forcep forcibl ford fordid fordo fordon forebod forecast forecom foredeck forefath
        forefing foregath forego foregon foreground forehand forehead forehors foreign foreknow foreknowledg
        forelock foreman foremost forenam forenoon forens forerun forerunn foresaid foresaw foresay forese
        foreseen foreshadow foreshorten foreshow foresight foreskirt foresp forest forestal foretast foretel
        forethink forethought foretold forev foreward forewarn forewoman forfeit forfeitur forfend
        forficatus forg forgav forgeri forget forgi forgiv forgiven forgo forgon forgot forgotten fork
        forlorn forlornest form formal format former formid formless formula fornic fornicatress forr
        forrard forrenn forrest forsak forsaken forsaketh forslow forsook forsooth forspent forspok forster
        forswear forswor forsworn fort forth forthcom forthlight forthright forthwith forti fortif fortifi
        fortinbra fortitud fortnight fortress fortuit fortun fortuna fortunatus fortward forum forward
        forweari fosset fossil fossilifer foster fothergil fotheringham fought foughten foul fouler foulest
        foulli found foundat founder foundl foundri fount fountain fouqu four fourchett fourgon fourier
        fourpenc fourscor fourteen fourteenpenni fourteenth fourth foutra fower fowl fowler fox foxglov
        foxship fraca fract fraction fractious fractur fragil fragm fragment fragmentari fragranc fragrant
        fraich frail frailer frailti frame framework frampold franc francai franchis franci francia
        francisca franciscan francisco frank franker frankest frankfort franklin frantic frantsovna frascati
        frateretto fratern fratrum fraud fraudul fraught fraughtag fray freak freckl fredain frederica
        frederick free freed freedom freeheart freehold freeli freelier freeman freemason freemasonri
        freemen freeness freer freeston freetown freez freight freischutz french frenchman frenchmen
        frenchwoman frenchwomen frenzi frequenc frequenfli frequent frequentl fresco fresh freshen fresher
        freshest freshwat fret fretten frever freyrina fri friabl friar fricasse friction friday fridolin
        friedland friend friendless friendli friendliest friendship friez frigat fright frighten frigid
        frill fring fripperi frisk frith fritter fritz frivol frizzl frock frockcoat frog frogmor froissart
        frolic frolicsom frond front frontal frontier frontispiec frontlet frost frosti froth frothi frouzi
        froward frown frowser frowsi froze frozen fructifi frugal fruit fruiter fruition fruitless frush
        frusta frustrat frutifi fuch fuchsia fucus fuddl fuddleston fuega fuegia fuegian fuego fuent fuffi
        fugit ful fulcrum fulfil fulgurit fulham fulil full fullam fuller fullest fulli fulsom fulvia fulvip
        fumbl fumblest fume fumig fumit fumitori fumum function functionari fund fundament funebr funer
        fungi fungus funnel funni funniest furbish furder furi furious furlong furlough furnac furnarius
        furnish furnit furnitur furniv furor furri furrow furth further furthermor furthest furtiv furz fuse
        fusibl fussi fussili fusti fustian fustilarian futil futur fyodor fyodorovna fypunnot gabbl gaberdin
        gabl gabriel gad gadfli gadshil gadzook gaffer gage gagn gaieti gaili gaimard gain gainer gaingiv
        gainsaid gainsay gainst gait gaiter galapageian galapago galapagoensi galath galaxi gale galen
        galignani gall gallanbil gallant gallantri gallego galleri galley gallia gallian galliard galliass
        gallimaufri gallinac gallinazo galliv gallon gallop gallow galloway gallowglass gallows gallus
        galvan gambier gambl gambler gambol gambold gamboy gambrinus game gamekeep gamer gamesom gamest
        gammon gamut gander gang ganglion gangren gangway gannet ganymed gaol gaoler gape garb garbag garbl
        garboil garcon gard garden gardez gardin gardner gardon garg gargantua gargrav garish garland garlic
        garment garmet garner garnet garnett garnish garnitur garran garret garrison garter garterd garth
        garther gasconi gase gash gaskin gaslight gasp gast gate gateway gather gatherlng gatherum gatori
        gauch gaucho gaudeo gaudi gaudiest gaug gaultre gaunt gauntlet gauz gauzi gavest gavia gavott gawd
        gawki gawsey gay gayer gayest gazabo gaze gazell gazer gazet gazeth gazett gazingi gees geffrey
        geist gelasasa gelatin geld gelebet gelida gelidus geliebt gemini gemmul gender genealog genelman
        genelmen genera general generalship generat generic generos generous generousest genesi geneva
        geneviev genfleman geni genial genievr genit genitivo genius genlmen genlmn gennet genoa genoux gent
        genteel genteelest genteelli gentil gentilhomm gentl gentlefolk gentlema gentleman gentlemanlik
        gentlemen gentler gentlest gentlewoman gentlewomanhood gentlewomen gentri genuin genus geoffroi
        geoffroy geograph geographi geographica geolog geologica geometr geometri georg georgi georgia
        georgina geospiza geousli geraldin geranium gerard germ germain german germani germin gerous gerrard
        gertrud gervai geschicht gest gesticul gestur get getrud getter gettin gewgaw ghast ghastlier ghent
        ghirlandajo ghost giant giantess giantlik gibber gibbet gibe giber gibraltar giddi giddili gift giga
        gigant gigantea giggl giglet giglot gigot gilbert gild gile gill gillespi gilli gilliam gillian
        gillingwat gillow gillyflow gillyvor gimcrack gimlet gimmal gimmer ginger gingerbread gingeri
        gioucestershir giovanni gipe gipsi giraff gird girdl girl girlhood girlish girth gittin giusepp give
        given giver givest giveth gizzard glacier glad gladden glade gladiat gladsom glami glanc glander
        glandier glansdal glare glass glassi glauber glavormelli glaze glazier gleam glean gleeful gleefulli
        gleek gleesom glencora glend glendow glenmaloni glide glideth glimmer glimps glissez glist glisten
        glister glitt glitter gloat globe globul globular gloom gloomi gloomier gloomili glori glorifi
        glorious glorvina glose gloss glossari glossi gloster gloucest gloucestershir glove glover glow
        glower glowri glowworm gloze glu glue glut glutin glutt glutton gluttoni gnarl gnash gnat gnaw
        gnawer gnawn gneiss go goad goat goatherd goatish goatskin goatsuck gobbet gobbl gobbo goblet goblin
        god godalm godchild goddem godden goddess goddild godfath godfeyth godfrey godhead godless godli
        godlik godmoth godpapa godsend godson goer goere goesler goest goeth goff goggl gogol goitr golconda
        gold golden goldfinch goldfish goldingsbi goldmor goldsmith golgotha golias goliath gollop golosh
        gomez gondola gondoli goneril gonnois gonoph gonzago gonzal gonzalo good goodby goodfellow goodi
        goodish goodl goodlier goodliest goodman goodnatur goodnight goodrig goodwif goodwil goodwin
        goodwood goodyear goold goos gooseberri goosequil goosey gootther gorbelli gorboduc gorda gordian
        gore gorer gorg gorgeous gorget gorgon gormand gors gosl gospel gossam gossip gossiplik goth gothic
        gothland gotten gould gourd gourmand gourmandis gout gouti govem gover govern governor governorship
        govett govvernor gower gown gownd grace gracechurch graceless gracious gradat grade gradi gradual
        graduat graf graff grafinn graft grafter grain gramerci grammar grammarian grammat granari grand
        grandam grandchild grandchildren granddaught grande grander grandest grandeur grandfath grandiflorus
        grandiloqu grandjuror grandmama grandmamma grandmoth grandpapa grandpr grandsir grandson grang
        granit granni grant grantham granular granulo grape graperi grapevin grappl grasp graspus grass
        grasshopp grassi grat grate grater grati gratiano gratif gratifi gratii gratil gratitud gratuit
        gratuiti gratul gravamen grave gravecloth gravedigg gravel graveless gravelli graven graver
        gravesend gravest graveston graveyard gravi graviti graymalkin graymarsh graze grazier greas greasi
        greasili great greatcoat greater greatest greatl grecian gredin gree greec greed greedi greedili
        greek greekish green greener greenest greengroc greengroceri greenhorn greenish greenland greenleaf
        greensleev greenston greensward greenwich greenwood greep greet gregari gregori gregsburi gremio
        grenadi gresham greshamburi greta gretney grey greybeard greyhound greyish gride gridiron gridley
        grief griev grievanc grievest grievous griffin griffith grigg grignac grigorievitch grigoryev grill
        grillsbi grim grimac grimalkin grimbl grime grimi grin grind grinder grindston grinston grip gripe
        grise griselda grisli grissel grist grit grize grizzel grizzl groan groat grocer groggi grogram
        grogwitz grogzwig groin groom groomsman groov grope gropin grose gross grosser grossest grossli
        grosvenor grotesqu grotto ground groundl groundless groundwork group grous grove grovel grow groweth
        growin growl growleri grown growth grub grubb grubbl grudden grudg gruel gruff gruffli grumbl
        grumbler grumblest grumio grund grundi grunt gruyer gryllus gualtier guanaco guano guantajaya
        guarante guard guardag guardant guarded guardhous guardia guardian guardianship guardsman guardsmen
        guasco guaso guatemala guava guayaquil guayateca guayavita gucho gudgeon guerdon guerr guerra guess
        guest guffaw guffi guggl guiana guichard guid guidanc guider guiderius guidon guienn guil guilandina
        guilbert guildenstern guilder guildford guildhal guileless guilford guilt guilti guiltian guiltier
        guiltili guiltless guinea guinev guis guitar guitron gule gulf gulielmo gull gullet gulley gulli
        gulliv gulp gumwood gunless gunner gunnera gunnner gunpowd gunsmith gunter gunther gunwal guppi
        gurgl gurnet gurney gush gusher gust gustavus guster gusti gusto guthri gutta gutter guttur guyaquil
        guyn guysor guzzl gwendolin gwyneth gymnasium gymnast gypsi gypsum gyrat gyve habea haberdash habili
        habit habitu habitud hachett hacienda haciendero hack hacket hackney hadst haer hagar haggard
        haggish haggistoun haggl hail hailston hair hairbrush hairdress hairi hairless halberd halcyon hale
        halfcan halfpenc halfpenni halfpennyworth halfway halidom halixand hall hallo halloa hallond halloo
        hallow hallowma hallown hallucin halt halter haltica halv hame hamilton hamlet hammer hammercloth
        hammerdown hammersmith hammock hammond hampden hamper hampshir hampstead hampton hamstr hand handcuf
        handcuff handed handel handi handicraft handicraftsmen handiwork handkerch handkerchief handl
        handless handlest handmaid handmaiden handrail handsaw handscreen handshak handsom handsomest
        handwrit hang hangdog hanger hangeth hangman hangmen hanker hannah hannib hanov hanoverian hansom
        hant haphazard hapless hapli happen happerton happi happier happiest happili har harangu harass
        harbing harbor harbour harbourag harcourt hard hardbak hardcastl harden hardenberg harder hardest
        hardi hardiest hardihood hardiment hardock hardship hardwork hardyman hare hareem harelip hareskin
        harfleur harke harkov harky harlamov harlequin harlot harlotri harm harmattan harmless harmon
        harmoni harmonis harold harp harpalida harpalus harper harpi harpier harri harridan harriet harriett
        harrington harrison harrow harrowg hars harsh harsher harshest hart hartlepod hartlepool hartshorn
        harum harurn harvest harvey harwich hash hassan hast hasten hasti hastili hat hatband hatch hatchet
        hatchment hate hater hateth hatfield hatless hatr hatter hatton haught haughti haughtiest haughtili
        haul haunch haunt hautboy have haven haver havior haviour havoc haw hawdon hawfinch hawk hawki
        hawkins hawthorn hay haycock haydn haymak haymarket haystack hazard hazel hazelnut head headach
        headborough headdress headgear headi headier headland headless headlong headmost headquart headsman
        headstrong heal health healthi healthier healthsom heap hear heard hearer hearest heareth heark
        hearken hearn hears hearsay hearst heart heartach heartbreak heartbroken heartburn hearted
        heartedest hearten heartfelt hearth hearthston hearti heartiest heartili heartl heartless heartrend
        heartseas heartsick heartsor heartstr heat heater heath heathen heathenish heather heauti heav
        heaven heaver heavi heavier heaviest heavili heavv heavytop hebona hebrew hecat hecla hectic hector
        hecuba hedg hedgehog hedgerow heed heedful heedless heehaw heel heeltap heerd heern heft hegg heifer
        heigh heigho height heighten heighth heinous heir heiress heirless heirloom heirship helden helder
        helen helena helenus helia helicon heliotrop helix hellborough hellespont hellfir hellish helm
        helmet help helper helpless helpmat helter helvellyn hem hemiptera hemispher hemlock hempen henc
        henceforth henceforward henchman henemi henri henricus henriett henrietta henslow henton heptarchi
        herald heraldri herb herbac herbag herbarium herbert herbivor herblet hercul herculean herd herdsman
        herdsmen hereabout hereaft herebi hereditari hereford herefordshir herein hereof heresi heret
        heretick hereto heretofor hereupon herewith heritag heriti herm hermia hermion hermit hermitag hern
        hero herod heroic heroin heroism heron herri herring herschel herself hertfordshir heruvimov hesit
        hesperid hesperus hessian hest hester heterogen heteromer heteromera heteromida heur heureux hever
        hew hewer hewgh heyday hiatus hibiscus hibocr hiccup hick hidden hide hideous hidest hie hiem
        hierarchi hieroglyph higg higgenbottom higgin high higham highburi higher highest highfalut
        highflyer highgat highl highland highmost highroad hight highti highway highwayman hignomini hilair
        hilar hilari hild hilda hill hilli hillisberg hillo hilloa hillock hillsid hilltop hilt himalaya
        himantopus himsel himself hinckley hind hinder hindmost hindoo hindranc hindu hing hint hip hippah
        hipparchus hippish hippolyta hippopotamus hire hirel hiren hirrold hirsut hirtius hisperia hiss
        hisself histoir histor histori historian histrion hit hitch hitchcock hither hitherto hitherward
        hittit hive hizz hoar hoard hoari hoars hoarser hobart hobb hobbadehoy hobbadyhoy hobbi hobbidid
        hobbl hobbledehoy hobbyhors hobgoblin hobnail hochbeseelt hocuss hodg hodson hoffmanseggi hoggarti
        hogoleu hogshead hohenlaufen hois hoist hoiti holborn hold holden holder holdeth holdfast hole holi
        holidam holiday holier holiest holili holla holland holli hollo holloa hollow holloway hollowli
        hollyock holman holmedon holofern holstein holster holuthuria holyhead homag hombr home homeless
        homelik homer homespun homestead homeward homicid homili hominem homlet homm homoptera hond honest
        honestest honesti honey honeycomb honeyless honeymoon honeysuckl honneur honor honorato honoria
        honorificabilitudinitatibus honour honourahl honourest honourmg honysuckl hood hoodl hoodman
        hoodwink hoof hook hookah hooker hookit hoold hoonger hoongri hoop hooper hoor hooray hoot hop hope
        hopeless hopest hopkin hopped horac horatio horder horizon horizont horizonta horn hornbi hornblow
        hornbook horner hornet horni horno hornpip hornsey horolog horribl horrid horrifi horrock horror
        horrud hors horseback horsecloth horseflesh horsefli horsehair horsejockey horseless horseman
        horsemanship horsemen horsepittl horseway horsewhip hortens hortensio hortensius horticultur horum
        hosbin hospit hospitil hospodar hoss host hostag hostelri hostess hostil hostilius hostler hot hotel
        hothous hotspur hottentot hotter hottest hould hound houndsditch hour houri hous housebreak
        housebuild household housekeep houseless housemaid housemak housetop housew housewif housewiferi
        hovel hover howard howbeit howeer howel howev howitt howl howlet howso howsoev howsom hox hoyday
        hozier huaca huacho huantamo huapi huaraz hubbard hubbub hubert huckster huddl huddleston
        huechucucuy huffi huffili hug huge hugest hugger huggin huggleton hugu huitreu hujus hulk hulker
        hull hullo hulloa hum humain human humanis humanum humbi humbl humbler humblest humboldt humbourg
        humbug humdrum humid humil humili hummingbird hummock hummum humor humour humourist humph humphrey
        humphri hunchback hundr hundredth hundredweight hungari hungarian hunger hungerford hungri hunk
        hunki hunt hunter hunteth huntington huntress huntsman huntsmen hupstart hur hurdl hurl hurlybur
        hurrah hurray hurri hurrican hurricano hurt hurtado hurtl hurtless husband husbandless husbandman
        husbandmen husbandri hush husht husk huski huskili hussar hussi hust hustl huswif hutch hutton hwhat
        hyacinth hyaena hybern hybla hybrid hybrida hydra hydraul hydrobius hydrochaerus hydrogen hydrograph
        hydrophilida hydrophilus hydrophobia hydroporus hyena hygeia hygromet hymen hymenaeus hymenophallus
        hymenopter hymenoptera hymn hyperbol hyperion hypochondria hypochondriac hypocrisi hypocrit hypothes
        hypothesi hypothet hyrcan hyrcania hyrcanian hyset hyssop hyster hysterica iachimo iaculi iagoensi
        iament icarus iceberg iceland icicl icterus idea ideal idealist ident identif identifi identifl
        idioci idiom idiosyncrasi idiot idiotci idl idler idlest idol idolatr idolatri iffley ighway igneous
        igni ignit ignobl ignomi ignomini ignor ignoramus iguana ikon ilbow ilion ilium ill illapel illeg
        illegitim illiber illig illimit illiter illum illumin illumineth illus illustr illustri illyria
        illyrian ilyssus imag imageri imagin imaginari imbar imbecil imbed imbib imbru imbu imeantersay imit
        imitari immacul imman immask immateri immatur immeasur immedi immediaci immemori immens immensus
        immers immigr immin immoder immodest immol immoment immor immoralist immort immortaliz immov immur
        immut imogen impaint impair impal impalp impanel impart imparti impass impast impati impawn impeach
        impecuni impecunios imped impedi impel impend impenetr imper imperceiver impercept imperfect imperi
        imperil imperson impertin imperturb impervi impetico impetu impetuos impieti impious implac implant
        implement impli implic implicit implor impo impolit impon import importeth importless importun
        importunaci impos imposit imposs impost imposthum impostor impostur impot impound impoverish impract
        impractic imprec impregn impres impress impressest impression impressur imprimendum imprimi imprint
        imprison improb impromptu improp improprieti improv improvid improvisatric imprud impud impudiqu
        impugn impuls impun impur imput imself inabl inaccess inaccur inact inadequ inadmiss inadvert inaid
        inamorato inan inanim inappeas inapplic inappreci inappropri inapt inaptitud inarticul inartist
        inasmuch inattent inaud inaugur inauspici inborn inbr inca incag incalcul incant incap incapac
        incapacit incardin incarn incarnadin incas incauti incen incens incent incertain incertainti incess
        incest incestu inch incharit incid incident incipi incis incit incivil inclem inclement inclin
        inclip inclos inclosur includ inclus incog incognita incognito incoher incom incommod incompar
        incompat incompet incomplet incomprehens inconceiv incongru inconi inconsider inconsist inconsol
        inconst incontest incontin inconveni inconvenienc incorp incorpor incorrect incorrig incorrupt
        increa increas increaseth incred incredul incrust incub incubus inculc incumb incumbr incur incuri
        incurr incurs inde indebt indec indecis indecor indefatig indefin indefinit indel indent indentur
        independ independeuc inder indescrib indestruct index indi india indiaman indian indic indica indict
        indiffer indig indigen indigest indign indigo indio indirect indiscreet indiscret indiscrimin
        indispens indispo indispos indisposit indisput indissolubl indistinct indistinguish indit individ
        individu individua indol indomit indoor indrench indu indubit induc induct indulg indur industri
        inebri inebrieti ineff ineffect ineffectu inefficaci ineffici ineleg ineptitud inequ ineradic inermi
        inert inertia inestim inevit inexcus inexecr inexhaust inexor inexpedi inexperi inexperienc inexpi
        inexplic inexpress inextinguish infal infam infami infamon infanc infant infanticid infantin
        infantri infatu infaty infect infecti infer inferior infern inferr inferreth infest infidel infin
        infinit infinitesim infinitum infirm infix inflam inflamm inflammatori inflat inflect inflex
        inflexam inflict influenc influenti influx infold inform infortun infr infra infrequ infring infuri
        infus infusori infusoria ingen ingeni ingenio ingenu ingles inglori ingot ingraf ingraft ingrain
        ingrat ingrati ingratitud ingredi ingross inhabit inhal inharmoni inhears inher inherit inheritor
        inheritrix inhibit inhoop inhospit inhuman inim iniqu initi initiatori inje inject injoint injudici
        injunct injur injuri injustic ink inkhorn inkl inkpot inkstand inkwhich inlaid inland inlay inlet
        inmat inmost innat inner inning innkeep innoc innocu innombr innov innuendo innumer inocul inoffens
        inopportun inordin inorgan inprimi inquest inquir inquiri inquisit inroad insan insani insati
        insconc inscrib inscript inscrol inscrut insculp insculptur insect insecur insens insepar insert
        inset inshel inshipp insid insight insignific insinew insinu insinuateth insipid insist insistur
        insoci insol insolv insomuch inspect inspector inspir inspirit instabl instal instanc instant
        instantan instat instea instead insteep instig instil instinct institut instruct instructor
        instructress instrument insubordin insubstanti insuffer insuffici insul insular insult insuper
        insupport insuppress insur insurmount insurrect intact integ integr integrita intellect intellectu
        intellig intelligenc intelligi intelligo intemper inten intend intendeth intens intensest intensifi
        intent inter intercal interced intercept intercess intercessor interchain interchang intercours
        interdict interest interestin interfer interim interior interject interjoin interlac interleav
        interlocutor interlop interlud intermarriag intermeddl intermedi intermin intermingl intermiss
        intermit intermitt intermix intern internal internalis internat internation internationalis
        internment interpos interposit interpret interr interrog interrogatori interrupt interruptest
        intersect interspers interstic interstratifi intertissu intertrop intertwin interval intervallum
        interven intervent interview interwoven intest intestin intil intim intimaci intimid intitl intitul
        intiv intoler intomb inton intox intract intreasur intreat intrench intrepid intric intricaci
        intrigu intrins introduc introduct introductori introju introjuic intrud intrus intrust intuit
        intwin inund inur inurn inutil invad invalid invalu invari invas invect inveigh inveigl invencion
        invent inventor inventori inver invert invertebr invest investig inveter invigor invinc inviol invis
        invit inviti invoc invoic invok involuntari involuntarili involut involv invulner inward inwentori
        iodic ionia ionian ionic iphigenia ipswich iquiqu irasc irat ire ireland iridesc irish irishman
        irishmen irishwoman irksom iron ironi ironmast ironmong irradi irrat irreclaim irreconcil irrecover
        irredeem irrefut irregul irregular irrelev irreligi irremedi irremov irrepar irrepress irreproach
        irresist irresolut irrespect irrespons irretriev irrever irrevoc irrig irrit irrupt irtish isaac
        isabel isabella isaiah isbel iscariot ishmaelit isidor isidro isl island islet islington isobel isol
        israel israelit issu issueless isthmus ital itali italian itch itchen item iter iterabimus ithaca
        ithacaia itiner itself itshal ivanitch ivanovitch ivanovna ivori ixion jabber jabotier jacet jack
        jacka jackal jackanap jackass jackdaw jacket jacksauc jackslav jackson jacob jacuitqu jacul jade jag
        jaguar jailer jaisey jajuel jake jam jamaica jamani jame jane janeiro janey jangl janissari janitor
        janizari januari janus japan japhet jaqu jaquenetta jar jargon jargonell jarnder jarndyc jarodyc
        jarteer jasey jasmin jason jaunc jaunder jaundi jaundic jaunt jaunti jauntili javelin jaw jawbon
        jawlli jealous jealousi jeam jeani jeannett jeer jefferson jelli jellybi jemima jemmi jen jenkin
        jenkins jenni jenyn jeopardi jeopardis jephtha jephthah jeremi jericho jerk jerki jerkili jerkin
        jeronimi jerri jerusalem jeshu jess jessica jest jester jesuit jesus jetti jeun jewab jewbi jewel
        jewelleri jewess jewish jewri jezebel jig jill jilt jingl jingo joanna job jobber jobl jockey jocos
        jocular jocund joful jog johann johannisberg john johnni johnson join joinder joiner joineth joinin
        joint jointress jointur joinvill joke joker jolli jolliest jolliti jolquera jolt jolter jolthead
        jone jones joodl jordan jorullo joseph joshua jostl joueur jourdain journ journal journalist journey
        journeyman journeymen jovem jovial jowl joy joyless joyous jubil jubile juda judah judas judenstadt
        judg judgement judgest judgment judici judith juffi juggl juggler juggleri jugular juic juici
        juillet julia julian juliet julietta julio julius jumbl jump jumpeth junction junctur juncus june
        jung jungl junior juniorest junius junket jupit jurement juri jurisdict jurisprud juror juryman
        jurymen just justeius juster justest justic justif justifi justitia justl jut jutti juven juvenil
        juxtaposit kalydor kammerjunk kampf kamtschatka kangaroo kapernaumov karro kartoffeln kate kater
        katerina katharin katharina katherin katherina katia kattervang kattymali kauri kazan kean keat
        kecksi keech keel keen keener keenest keep keepdown keeper keepest keepsak kein keiser kembl kenal
        kendal keng kennel kennington kensington kentish kentishman kentishmen kenwig kenwigs kepler
        kerchief kere kerguelen kern kernal kernel kerrig kersey ketch kettl kettledrum keyhol keyn kibe
        kibob kibobje kick kicker kicki kickleburi kickshaw kickshaws kidnap kidnapp kidney kike kilda
        kildar kill killarney killer killeth killingworth kiln kimbo kimbolton kimiri kimpel kind kinder
        kindest kindheart kindl kindless kindli kindlier kindliest kindr king kingdom kingfish kingston
        kingstreet kinkajou kinr kinsfolk kinsman kinsmen kinswoman kinswomen kirbi kirsch kirtl kislar kiss
        kissingen kitchen kitchin kite kitt kitten kitti kittlitz klingenspohr klopstock knack knackeri
        knapp knapsack knave knaveri knavish knead knee kneel knell knelt knewest knick knicknack knife
        knight knighthood knightsbridg knit knitter knitteth knive knob knock knocker knoll knopp knot
        knotti knout know knowa knowd knower knowest knoweth knowin knowing knowingest knowledg known knuckl
        knuckleboy kobelev kobilatnikov koeldwethout kolomenski kolya konig konigswint koodl kororadika
        kotzebu kozel krestovski kriegsrath krook kryukov kuffi kyind laban label labienus labillardier
        labio labor labori labour labouri laboursom labra laburnum labyrinth lace lacedaemon lacer lacerta
        lach lachrymatori lachrymos laci lack lackadais lackbeard lackey lacon lacquer lacquey ladder lade
        laden ladera ladi ladl ladybird ladyhood ladylik ladyship laeken laert lafeu lafitt lag laggard
        lagoa lagoon lagostomus lagrim laguna laic laissez laiti lajdak lake lakin lalegraicavalca lalla
        lamarck lamb lambert lambeth lambkin lame lamellicorn lament lamina lamma lammastid lamound lamp
        lampass lampion lamplight lampyri lampyrida lanc lancashir lancast lancelot lancer lanceth lanch
        land landladi landless landlord landmark landmen landown landscap landseer landsman lane langag
        langley langsdorff langton langu languag languageless languid languish languor langwedg lanki
        lantern lanthorn lapel lapi lapin lapland lappel lappet laps lapw laquai larcener larch lard larder
        lare larg larger largess largest lark larm larri larron lartius larum larva lascivi lash lass
        lassata lassi lassitud lassoit lassonthwait lassonthwayt last latch late latel latent later lateral
        latest lath lather latim latin latitud latreill latro latt latten latter latther lattic lattl latud
        laud laudabl laudamus laudanum laudat laudatori laudi laugh laughabl laugher laughest laughter launc
        launcelot launch laund laundress laundri laura lauranc laurel laurenc laurentinum lauri lausann
        lauzun lava lavach laval lave lavend lavina lavinia lavish lavolt lavolta law lawgiv lawless lawn
        lawrenc lawson lawstation lawsuit lawver lawyer laxiti lay layer layest layin laylec laymen layton
        lazar lazarus lazi lazili lazo lazzaroni lazzeretto lead leaden leadenhal leader leadership leadest
        leaf leafi leafless leagu leaguer leak leaki leakington lean leander leaner leant leap leaper leapt
        learn learner learnt leas leash least leastway leather leathern leav leaven leaver leavi lebanon
        leben lebeziatnikov lecher lecheri lecon lectur lederlung ledg ledger ledrook leech leed leek leer
        leeri lees leet leeteratur leetl leeuwin leeward leg legaci legal legat legate legatin lege legend
        legendari leger legibl legion legisl legislatur legitim legitimaci leguminosa leicest leicestershir
        leiger leighton leipsic leipzig leisur leman lemen lemon lemonad lemprier lemuel lemuy len lend
        lender length lengthen lengthi lenient leniti lennox lenou lenten lentil lentus lenvill leon
        leonardo leonati leonato leonatus leonero leonora leont leopard leovill leper lepidoptera lepidus
        leprosi lepus lequel leroy lesli lessen lesser lesson lestrak let leth letharg lethargi letitia
        letter letterth lettr lettuc leur levant leve level levell leven lever levi leviathan leviti lew
        lewd lewdster lewi lexicograph liabil liabl liaison liana liar libat libbard libel liber libert
        liberti libertin librari librarian libya licen licenc licens licenti licha lichen lichtenstein licio
        lick licker lictor lie lieb liebig liefest lieg liegeman liegemen liesk liest lieth lieut lieuten
        lieutenantri liev lifeblood lifel lifeless lifetim lift lifter lifteth ligament ligarius liggen
        light lighten lighter lightest lighthead lightheart lighthous lightn lightsom ligni lignit lignum
        like likeli likeliest likelihood liken liker likest likewis lilac lili liliac lilliput lillyvick
        limach limand limb limbeck limber limbo lime limehous limekiln limeston limit limnaea limp limpet
        limpid lin lincoln lincolnshir line linea lineag lineal lineament linear linen linendrap lingar
        linger linguist link linkinwat linnaean linnean linnet linsey linstock linta lintel linton lion
        lionel lioness lip lippevechsel lipsburi liqueur liquid liquor liquorish lirra lisbon lisp list
        listen listless liston litani liter literari literatur lith lither lithograph litig litigi litter
        litteri littl littlest littor live liveli liveliest livelihood livelong liver liveri livermor
        liverpool liverseeg livest liveth livia livid livingston lizard lizaveta lizzi llama llandaff llano
        llous lloyd lmmediat loach load loaden loan loath loather loathsom loathsomest loav lobbi lobster
        local locat locatair loch lochab lock locker locket lockout lockram locksmith lockyer locock locomot
        locust loder lodg lodger lodgment lodovico lodowick lofti loftier loftiest loftili logarithm logger
        loggerhead logget logi logic loight loik loikewis loin loiter loll lollipop lollypop lombard
        lombardi london londonderri lone loneli lonesom long longavill longbarn longboat longer longest
        longeth longev longitud longitudin longtail longwood looder loodgin loodl look looke looker lookest
        looky loom loon loonch loophol loos loosen looser lop lopez lopezit loquaci loquitur lord lordl
        lordli lordship lorenzo lorgnon lorrain lorship lose loser losest loseth loss lothburi lotteri loud
        louder loudest loui louisa loung lounger lour loureth lous lousi lout louvain louvr lovabl love
        loveabl lovedst lovel loveli loveliest lover lovest loveth loving low lower lowest lowland lowli
        lowliest loyal loyalist loyalti loyola lozel lozeng lubber lubric lucane luccico luce lucentio
        lucetta lucia luciana luciano lucianus lucid lucif lucifi lucilius lucina lucio lucius lucki luckier
        luckiest luckili luckless lucr lucrat lucrec lucretia lucullius lucullus ludgat ludicr ludlow
        ludship ludwigovna luffi lug luggag luis lukewarm lukin lull lulla lullabi lumbag lumbago lumber
        lumbert lumbey lumin luminari luminosus lumley lump lumpi lumpish lumpkin lunaci lunat lunch
        luncheon lune lung lunnun luperc lupton lurch lure lurid lurk lurketh luscious lust luster lustfahrt
        lusti lustier lustiest lustig lustihood lustili lustr lustreless lustrous lute lutestr lutheran
        luxan luxuri luzhin lviii lxiii lxvii lycaonia lycosa lycurgus lydia lyell lymington lymog lymph
        lynn lyon lyre lyric lysand maca macabau macadam macaroon macbeth maccabaeus maccoort macculloch
        macdonwald macduff mace macedon macfuzlem macgregor machiavel machiavellian machin machina machineri
        mackenzi maclaren macmorri macmurdo macpherson macquari macquarri macrauchenia macraw macrocysti
        mactavish mactra macul maculata macwhirt mad madagascar madam madcap madchen madden madder maddest
        madeira madelin mademoisell madhous madman madmen madonna madr madra madrid madrig madrina madwoman
        maecena magalonyx magasin magazin magdalen magellan magellanica magellanicus mageni maggot magic
        magician magistr magnanim magnat magnesium magnet magni magnifi magnific magnifico magnirostri
        magnitud magnolia magnum magnus magog magpi mahdoo mahlo mahogani mahomedan mahomet mahometan mahoni
        mahout maid maiden maidenhead maidenhood maidenliest maidhood maidish maidserv mail maim main
        maincours mainland mainmast mainspr mainstay maintain mainten maintenon maintenong mair maison maitr
        majest majesta majeste majesti major make makeless makepeac maker makest maketh maktng malacca
        maladi malapert malaria malay malaya malbrook malcolm malcolmson malcont maldiva maldonado male
        maledict malefact malefactor malevol malgr malhecho malic malici malign malin malkin mallard
        malleabl mallet mallow mallowford malloy malmesburi malmsey maloni malouin malt malta malti maltreat
        maltworm malvolio mama mameluk mamillius mamma mammal mammalia mammer mammet mammi mammif mammifer
        mammil mammock mammon man manacl manag manageress manakin manasseh manate manchen manchest manchus
        mandat mandetiba mandibl mandioca mandragora mandrak mane manent manet manganes mangelwurzel manger
        mangi mangl mangnal mango mangostin mangot mangrov manhood mani mania maniac manifest manifold
        manipul manka mankind manli manlik mann manna manner manningtre mannish manoeuvr manor mansion
        mansionri manslaught manso mantalini mantel mantelpiec mantelshelf manti mantl manton mantrap mantua
        mantuan manual manuel manufactori manufactur manur manus manuscript map mar marabou maraschino
        maraud marbl marcad marcellus march marchantia marches marcheth marchio marchpan marcian marcius
        marcus mardian mare marechal marengo marfa marg margarelon margaret margaretta margat margent
        margeri margin mari maria marian mariana mariann mariano marica marigold marin marit maritim
        marjoram mark marker market marketplac markman marl marlborough marlow marmalad marmeladov marmoset
        marn marque marquess marqui marquis marri marriag marrow marrowless marschal marsden marseill marsh
        marshal marshalsea marshalship marshi marston marsupi mart martem marten martext martha martial
        martin martindal martingal martino martius martlema martlet martyr martyrdom marullus marvel
        marylebon mascariensi masculin mash masham mask masker mason masonri masqu masquer masquerad mass
        massacr massi massiv mast mastadon mastcr master masterdom masterest masteri masterless masterpiec
        mastership masthead mastic mastiff mastodon mat mataco matador matavai match matcheth matchless mate
        mater materi matern mathemat matilda matin matine matlock matricid matrimoni matrix matron matter
        matther matthew mattock mattress matur matutina matvey maudlin maugr maund maunder mauri mauric
        mauritania mauritius maurua mausoleum mauvai mauvais mawkish maxilla maxim mayb mayday maydickl
        mayenc mayest mayfair mayhap mayor maypol maypu mayst maze mazeppa mazurka mazzard mcmull mcnitr
        mctavish meacock mead meadow meagr meal meali mean meander meaner meanest meaneth meaningless meant
        meantim meanwhil measl measther measur measureless meat mechan mechant mecum medal medallion meddl
        meddler meddlesom medea media mediaev mediat mediatrix medic medica medicin mediocr medit
        mediterranean mediterraneum medium medlar medley medulla medusa meed meejor meek meekest meerschaum
        meet meeter meetest megalonyx megalosaurus megapodius megatherium megatheroid mehercl meilleur meini
        meisen mejor melancholi melanop melanoti melasoma melchisedech melford melia meliboeus melindr
        melliflu mellow melodi melodrama melodramat melolonthida melon melt melteth melun melvilleson member
        membran mememto memento memoir memor memoranda memorandum memori memoriz memphi mena menac menag
        menaphon menchicoff mend mender mendoza mendozino menecr menelaus menenius menfion menial mensem
        mental menteith menti mention menton mentor mephostophilus mercantil mercatant mercatio merced
        mercenari mercer merchand merchandis merchant merci merciless mercuri mercutio mere merest merg
        merid meridian merit meritori merlin mermaid merop merri merrier merriest merrili merriman merriment
        merton mervail merveill mervyn mesalli mesdam mesdemoisell mesh mesmer mesopotamia mesrour mess
        messag messala messalin messeng messiah messieur messina messr metal metallifer metamorph metamorphi
        metamorphos metaphor metaphys metellus meteor meteorolog meteyard metheglin methink method methodist
        methoozel methought methusalem methuselah metr metropoli metropolitan mett metternich mettl mew mewl
        mewlinn mewlinnwillinwodd mexican mexico mezzotinto miasma micac mich michael michaelma michel
        micher mickl microb microcosm microscop mida midday middest middl middleham middlesex middleton
        midnight midriff midshipmen midst midsumm midway midwif midwiv mienn mier mieux might mighti
        mightier mightiest mightili mightn mightst mignonett migrat migratori migratorius mihail
        mihailovitch mihailovski mikolka miladi milan milch mild milder mildest mildew mildmay mile mileston
        milford militair militari militarist militia milk milki milkmaid milkman milkmen milkpot milksop
        mill millennium millepoi millepora miller milleypois millin millineri million millionair millionth
        millston milor milton mime mimic mimick mimicri mimosa mimus mina minaret minc mincefenill mind
        minded minden mindless mine miner mineralog minerva mingl miniatur minikin minim minimo minimum
        minimus minion minist ministeri ministerialist ministership ministr ministress ministri minnit
        minnow mino minoi minola minor minotaur minster minsthrel minstrel minstrelsi mint minto minuet
        minut minutest minutus mirabl miracl miracul mirag miranda mirror mirth misadventur misalli
        misanthrop misanthropist misanthropo misappli misapprehend misbecam misbecom misbegot misbegotten
        misbehav misbeliev misbestow misbhav miscal miscalcul miscarri miscellan mischanc mischeevi mischief
        mischiev misconceiv misconcept misconduct misconst misconstru misconstruct miscreant miscreat misde
        misdemean misdemeanor misdemeanour misdirect misdo misdoubt misdoubteth misenum miser miseri
        misericord misericordia misfortun misgav misgiv misgovern misgraf misguid mishap misheard misinform
        misinterpret misjudg misl mislaid mislead mislik mismanag misord misplac mispri mispris mispriz
        misproud misquot misreport misrepres misrepresent miss misshap misshapen missheath missi missil
        mission missionari missiv misspent misspok missus mist mista mistak mistaken mistaketh mistemp
        mister misterm misther misthink misthought misti mistili mistleto mistoo mistook mistread mistress
        mistresss mistriship mistrust misunderstand misunderstood misus mitchel mite mithrid mitig mitka
        mitrofanievski mitten mix mixer mixtur mizzl moan moat mob mobb mobil mobl mock mockabl mocker
        mockeri mockvat mockwat mode model modena moder modern modest modesti modicum modif modifi modul
        mogley mogul mohair moieti moiler moin moind moira moist moisten moistur molar molass moldavia
        moldwarp mole molehil molest molier molina molli mollif mollifi molloy mollusc mollusca molothrus
        molten molto molyneux mome momen moment momentari momentarili momentum monachum monarch monarchi
        monarcho monast monasteri monat monblaisir monceaux mond monday monetari money mong monger mongrel
        mongrob mongst moni monit monk monkey monkeyish monmouth monney monocero monocotyledon monodonta
        monogram monologu monomania monomaniac monopol monopoli monopolis monopolist monosyl monosyllab
        monoton monotoni monplaisir monseigneur monsieur monsignori monsoon monster monsther monstr
        monstrous monstruos mont montacut montag montagn montagu montano montant montcalm monte monter
        montessu montez montferrat montgomeri month montjoy montmirail montmor monument mood moodi moodili
        moodl moon moonbeam mooney moonish moonlight moonshin moonth moor moorfield moorish moorland
        moorship moot mooth moother mop mope mopsa morain moral moralis moralist morass morbid morburi
        mordak more moreen moreov moresbi moreton morgan morgenfruh morisco morleena morn mornmg morocco
        moros morpheus morri morrow morsel mortal mortar mortgag morti mortial mortif mortifi mortim mortis
        morton mortuari moscow mose mosqu mosquito moss mossgrown mossi most moth mother motherless motion
        motionl motionless motiv motley mottl motto mouchoir mought mould moulder mouldeth mouldi moult
        moulten mounch mound mounseur mounsieur mount mountain mountant mountanto mountebank mounteth mourn
        mourner mous mousetrap mousquetair moustach moustachio mouth mouthpiec mouton moutongonavvi movabl
        move moveabl movemen movement mover moveth movousus mow mowbray mower moys mozart muchisima
        mucilagin mucker mud mudburi muddi muddiest muddl muddock mudi mudlik muffi muffin muffl muffler
        muger mugger mulatto mulberri mulct mule mulet mulier mulita muliteus mull mulligatawney mullin
        mulmutius multifari multimaculatus multipl multipli multipot multitud multitudin mumbl mummer
        mummeri mummi munch munchausen mundan mungo munich municip munific muniment munit muniz munoz muntl
        muntlehiney murat murder murderess muriat murinus murki murkiest murmur murphi murrain murray
        murrion murrumbidge murther muryan muscadel muscl muscovi muscovit muscular muse museum musgrav
        mushroom music musical musician musket musketri musko muslin musquet musquito mussel mustach
        mustachio mustard mustardse muster musti mustn muswel mutabl mutat mutato mute mutest mutil mutin
        mutini mutius mutter mutton mutual muzzl myiobius mylodon mynheer myopotamus myriad myrmidon myrtl
        myrtus myself mysteri mysterieus mystic mystif mystifi myth mythisch mytilus nab nabob naiad nail
        naiv naivet nake naked nambi name nameless namesak namest namur nanc nankeen nanus nap nape napier
        napkin napl napless napoleon narbon narborough narcissus narghil narin narrat narrow narrowest
        narrowli nasal nassa nassau nastasya nasti nasturt natalya nater nathan nathaniel natif nation nativ
        natti natur naturalest naturalist naturalista naturel naturell natus naught naughti naughtiest
        naughtili nausea nauseous nautic naval navarin navarr navedad navel navet navi navig nayther nayver
        nayward nayword nazarit neam neamnoin nean neanmoin neapolitan near nearer nearest nearl nearsight
        neat neatest neath nebour nebst nebuchadnezzar nebul necesari necesidad necess necessari necessarili
        necessit neck neckcloth neckerchief neckett neckkerchief necklac neckti necromanc necrophag nectar
        nectarin nedar neebur need needer needful needi needl needless needlework needn neeght neez nefa
        nefari negat neglect neglig negligem negoti negress negro negus neigh neighbor neighborhood
        neighbour neighbourhood neight neither nekrassov nelli nelson nemean nemesi nemophila neophyt
        neoptolemus nepean nephew neptun nereid nereida nerissa nero nerv nervi nervii nervous nervur nesbit
        nessus nest nestl nestor net nether netherland nettl neuralgia neuroptera neuter neutral nevar never
        nevertheless nevew nevil nevski new newark newborn newbright newcastl newcom newer newest
        newfoundland newgat newli newman newmarket newmero newsman newsmen newsmong newspap newt newton
        neyver nezhin niagara niata nibbl nicanor nice nicer nicest niceti nich nicher nichola nicht nick
        nickelbi nicklebi nicknam nicola nictit nidif niebla niec nient niger niggard niggardli nigger night
        nightcap nightfal nightgown nightingal nightmar nightwork nigra nigrican nigricolli nihil nihilist
        nikiforovna nikodim nikolaevski nikolay nillandoo nilus nimbl nimbler nimrod nincompoop nine ninep
        ninepin nineteen nineteenth nineti ninetta nineveh ninevit ning ninni ninth ninus niob nip nippl
        nitrat nitric nivali nixon nnight noabodi nob nobbiest nobi nobil nobl nobleman noblemen nobler
        nobless noblest noblet nobli nobod nobodi noce nocturn nocturna nod noddi noddl nodul nogg noic
        noint noir nois noiseless noisemak noisi noisier noisili noisom nokolay nolasko nomad nomenclatur
        nomin nominativo nomine nonag nonc nonchal nondum nonent nonino nonnenwerth nonni nonpareil nonsens
        nonsuit noodl nook noonday noontid noos norberi norfolk normal norman normandi normous noronha north
        northampton northamptonshir norther northern northgat northumberland northward norval norway
        norwegian norweyan nose nosegay noseless noster nostra nostril notabl notaphus notari notch note
        notebook notest noteworthi noth nothin nothink nothura notic notif notifi notion notopod notori
        notorieti notr notwithstand nough nought noun nourish nourisheth nova novel novelist novelti novemb
        noverb novic noviti novo novum nowaday noway nowher nowis noxious noyanc nozzl nubian nubibus
        nucleus nudg nuisanc nulla nullipora numb number numberless numer nummularia numskul nuncio nuncl
        nunneri nuntius nuptial nurs nursemaid nurser nurseri nurseth nursh nursl nurtur nutcrack nuthook
        nutmeg nutriment nutriti nutshel nymph nymphbath oaken oar oarsman oasi oatcak oaten oath oathabl
        obdur obduraci obedi obedt obeis obelisk oberon obes obey obeyeth obidicut obispo obit object
        objection objectless objet oblat obleeg oblig obliging obliqu obliter oblivi oblivion oblong obloquy
        obscen obscur obsequi observ observa observacion obsess obsolet obsqu obstacl obstin obstinaci
        obstruct obtain obtrud obtrus obtus obviat obvious occas occasion occid occident occidentali occult
        occup occupat occupi occur occurr ocean ochterloni octav octavia octavius octavo octob octopus
        ocular odalisqu odd odder oddest odditi odious odium odor odorifer odour oeillad oesophagus oeuvr
        ofephesus off offal offenc offend offendendo offendeth offendress offens offenseless offer offert
        offhand offic offici offshoot offspr often oftenest oftentim ogl ogr ogreish ohnglaub oil oili
        oilmen oilskin ointment oject old oldcastl olden older oldest oldish olfactori olfersia olinda oliv
        oliva olivasea olivia olog olympian olympus oman ombr omin omiss omit omitt omn omnibus omnipot
        omnisci omnium omnivor omphal oncl oncolog one oner oneself oney ongl onion oniscia onset
        onthophagus ontri onward onwholesom ooman oother ooti ootsid ooz opaqu open oper opera operculum
        opetiorhynchi opetiorhynchus ophalia ophelia ophicleid ophri opiat opimon opin opinion opinlon opium
        oporto opossum oppo oppon opportun oppos opposeless opposit oppress oppresseth oppressor opprest
        opprobri oppugn optic optimus opul opuntia oracl oracular oraison orang orangeman orat oratori
        oratorio orb orbigni orbignyi orbingi orchard orchestra orchi orchid orchidea ordain ordeal order
        orderless ordin ordinari ordinarili ordnanc ordur organ organic organis organism organist organiz
        orgi orgil oriel orient orifex orific origin originatinin orinoco orison orlando orlean ormolu
        ornament ornitholog ornithorhynchus orod orphan orphanhood orpheus orreri orsino orson orsono
        orthodox orthographi orthoptera oruro orvill oryct oryzivorus osbaldiston osbin osborn oscil
        oscorbidulcho osier osnaburgh osorno osprey osric oss ossemen osseous ostend ostens ostent ostentar
        ostentati ostler ostrich ostrov oswald osyth otaheit othello other otherg otherwher otherwhil
        otherwis otios otter ottoman ottomit oubli ouch ought oughtn ounc ouph ourangoutang oursel ourself
        ourselv ousel oust out outbid outbidden outbrav outbreak outburst outcast outcri outdar outdi outdon
        outer outerest outermost outersid outfac outfit outfli outfrown outgo outgrown outhous outing
        outjest outlandish outlaw outlawri outlay outlet outlier outlin outliv outlook outlustr outpost
        outpour outpriz outr outrag outran outrid outrig outright outroar outrun outscold outscorn outsel
        outset outshin outshon outsid outskirt outspeak outspoken outsport outspread outstand outstar
        outstay outstep outstood outstretch outstrik outstrip outswear outvenom outward outwear outweigh
        outwent outwork outworn outworth ovarium oven over overaw overbalanc overbear overblown overboard
        overbold overborn overbulk overburden overbuy overcam overcast overcharg overcoat overcom overcrow
        overdid overdo overdon overdrawn overdress overdriven overdu overearnest overeaten overfar overflow
        overflown overgl overgo overgon overgorg overgrown overhang overhaul overhead overhear overheard
        overhold overhung overjoy overkind overl overlaid overland overleap overleath overload overlook
        overmast overmount overmuch overnight overp overpass overplus overpow overr overreach overrul
        overrun overs overscutch overset overshad overshadow overshin overshot oversight oversleep overslept
        overspread overst overstain overstep overstrain overswear overt overta overtak overtaken overtaketh
        overtask overthrew overthrow overthrown overtim overtook overtopp overtur overturn overwatch
        overween overweigh overwhelm overwork overworn overwrought ovidius ovul owdaci owe owedst owest
        oweth owlish own owner ownership oxford oxfordshir oxid oxlip oxonian oxyurus oyster oystherstown
        pabbl pabylon pace pachyderm pachydermat pachydermata pacif pacifi pack packag packer packet
        packhors packthread pacorus paction pad paddington paddl paddock padlock padr padua pagan page
        pageant pagoda pagodi pahia pail pain painfullest painless painstak paint painter pair pajock
        palabra palac paladin palaeologo palaeotherium palai palamed palanquin palat palatin pale paler
        palermo palestin palfrey palisado pall palla pallabri palladium pallet palliat pallid pallis pallor
        palm palmer palmerston palmi palpabl palpit palsi palter paltri paludina palynolog pambi pampa
        pampaean pampean pamper pamphlet pamplemouss panacea panama pancack pancak pancra pandanus pandar
        pandarus pandemoniac pandemonium pander pandulph pane panel pang panic pank pannier pannikin
        pannonian panopli panorama pansa pansi pant pantaloon pantechnicon pantheon panther panthino pantler
        pantomim pantomimist pantri panza paolo papa papageno papal papawa paper paphlagonia papho papiet
        papilio papilla papillon papillot papin papist papoosh paposo parabl parabola paracelsus parad
        paradis paradox paradoxus paragon paragraph paraguay parallel paralys paralysi paralyt paramatta
        paramount paramour parana parapet paraphernalia paraquito parasha parasit parasol parbleu parca
        parcel parch parchapp parchment parchments pardiggl pardon pardona pardonn pardonnez pare parel
        parenchymat parent parentag parenthes parenthesi parenthet parfect pari pariah paris parish
        parishion parisian parisot paritor park parker parl parlanc parlay parler parley parlez parliament
        parliamentari parlor parlour parlous parmac parochi parol paroll paroxysm parquet parri parricid
        parrot parsimoni parsley parsnip parson parsonag part partak partaken parterr parthenon parthia
        parthian parti partial particip particl particular particularis partisan partisanship partit
        partizan partlet partner partnership partook partridg parvenu parvenus parvula parvulus pash pasha
        pashenka pass passabl passado passag passant passe passeng passer passerbi passeth passi passin
        passio passion passionless passiv passport password pasta paste pasteboard pastern pasthri pasti
        pastill pastim pastor pastri pastrycook pastur pasturag pat patachonica patagon patagonia patagonian
        patagonica patagonicus patay patch patcheri patchwork pate patella patelliform patent patern path
        pathet patho pathway patienc patient patin patria patriarch patrician patrick patrimoni patriot
        patro patroclus patrol patron patronag patronis patrum patten patter pattern patternless pattl
        patula pauca pauciti paulin paulina paunch paunchi pauper paus pauser pausilippo pauvr pave pavement
        pavilion pavin paviour pavlitch pavlovitch pavlovna paw pawn pawnbrok pawne pay payabl payest
        payment payn paynter paypot paysan peac peaceabl peacemak peach peachi peacock peak peal pear peard
        pearl peas peasant peasantri peascod peaseblossom peat peaten peati pebbl pecado peccadillo peccari
        peccet peck pecker peckish peckov pecori pector pecul peculiar pecuniari pecuniarili pecus pedagogu
        pedant pedantri pedascul pedest pedestrian pedigre pediment pedlar pedro peel peep peeper peepi peer
        peerag peeress peereth peerless peesel peevish peewit peffer peflur peg pegasus peggi peis peiz
        pekin pelacanoid pelag pelagi pelham pelican pelion peliss pella pellet pellit peloponnesus pelt
        peltirogus peludo pembrok pen pena penal penalti penanc penc pencil pend pendant pendent pendragon
        pendul pendulum penelop penetr penguin peninsula peninsular penit penitenti penker penknif penni
        penniless pennon pennorth pennyworth pens pension pensiv pentecost penthesilea penthous pentland
        penton pentonvill penultim penuri penwig peoni peopl pepin pepper peppercorn pepsi peradventur
        perceiv perceiveth percent percentag percept perch percha perchanc perci perciv percol percuss perdi
        perdit perdita perdonato perdu perdur peregrin peremptori peremptorili perenni perfecfli perfect
        perfectest perfidi perfor perforc perform perfum perfumeri perg perhap periagua perianth periapt
        peribanou pericardium perigord perigort perigouna peril period perish perishest perisheth periwig
        perjur perjuri perk perkin perlen permafoy perman permeat permiss permit pernambuco perneti pernici
        peron peror perpend perpendicular perpetr perpetu perplex perquisit persecut persecutor perseus
        persev persever persia persian persico persiffl persist person persona personag personif personifi
        perspect perspicu perspir persuad persuas pert pertain pertaunt perthshir pertin pertinac pertinaci
        perturb perus peruvian pervad pervers pervert pervious perwers peseech peski pester pestifer pestil
        pestilenti pestl pestler pestryakov pet petal petar peter petersburg petersham peterwaradin petiol
        petis petit petition petitionari petorca petowk petrarch petrel petrifi petrovitch petrovna
        petrovski petruchio petter petti petticoat pettifog pettifogg pettish pettito petul peuquen pewter
        phaethon phaeton phairi phalansteri phallus phanaeus phantasim phantasma phantom pharamond pharaoh
        pharise pharmacopoeia pharsalia phase pheasant pheazar phebe pheebus pheez phenomen phenomena
        phenomenon phibbus philadelpho philand philanthrop philanthropi philanthropist philario philarmonus
        philemon philip philipp philippan philippi philippin philist philli phillida phillippensi philo
        philolog philomel philomela philosoph philosophi philosophis philostr philotus phinea phlegmat phoeb
        phoebus phoenicia phoenician phoenix phonolit phonolog phorbus phosphat phosphor phosphoresc
        phosphorus phosphuret photinus photograph phrase phraseless phraseolog phrenolog phrygia phrygian
        phrynia phryniscus physalia physic physician physick physiognomi physiognomist physiol physiolog
        physiqu phytolitharia pianist piano pianofort piastr piazza pibbl pibl picaninni picardi piccadilli
        pichi pick pickax pickbon picker picket pickford pickl picklock pickpocket pickpurs pickt pickthank
        pickwick picnic picter pictori pictur picturesqu piderit piebald piec piecem piecework pied pieman
        pier pierc pierceth pierci pierr pieti pietra pigault pigeon pight pigmi pigrogromitus pigsti
        pigtail pike pikestaff pilat pilau pilaus pilcher pile pilfer pilger pilgrim pilgrimag pilkington
        pill pillag pillar pillau pillicock pillion pillori pillow pilot pimlico pimpernel pimpl pimpli pin
        pinacl pinafor pincer pinch pincheira pincher pincian pincushion pindarus pine pineappl pineri
        pinfold pinion pink pinker pinkerton pinkish pinnac pinnacl pinner pins pint pintpot pion pioneer
        pioner pious piousli pipe pipeclay pipelight piper pipkin pippin piqu piquanc piquant piquet pirat
        pirouett pisagua pisanio pismir piss pistil pistol pit pitcairn pitch pitcher pitchfork pitchi
        pitchley piteous pitfal pithi pithless piti pitiabl pitiless pitmen pittanc pitti pittikin pivot
        pizzaro placabl placard place placen placentio placeth placid plack placket plagiarist plagu plaguy
        plaid plain plainer plainest plainsong plaint plaintiff plaintiv plair plaisir plait plan planaria
        planch plane planet planetari plank plant plantag plantagenet plantain plantat planter planteth
        planti plaqu plash plashi plassi plast plaster plat plata plate plateau platform platforna platina
        platitud platter platz plaudit plausibl plausiv plautus play playbil player playeth playfellow
        playground playhous playmat playsur playth playwright plaza plea pleac pleach plead pleader pleas
        pleasanc pleasant pleasantest pleasantri pleaser pleasest pleaseth pleasur pleb plebeian plebeii
        pledg pleet plein plenipotentiari plenitud plenteous plenti pless plestcheiev pli pliabil pliant
        plicata plight plighter plod plodder plood ploodi plot plotter plough ploughboy ploughman ploughmen
        ploughshar plover plow pluck plucker plui plum plumag plumbago plume plummet plump plumpest plumpi
        plunder plung plural plurisi plush pluto pluton plutus plymouth poach poacher poast pocket
        pocketbook pocki podder podger poem poesi poet poetess poetic poetiz poetri poictier poignant poin
        poinard point pointblank pointer pointless pois poison poke poker pokey pokorev polack polanco
        poland polar poldoodi pole poleax polecat polem polemon polenka polic policeman policemen polici
        polish polit politest politician polixen polk poll pollard pollewt polli pollut polonais poloni
        polonia polonius poltroon polus polya polyandria polybori polyborus polydamus polydor polygastrica
        polyglot polygon polygynia polynesia polynesian polypi polypus polysyl polyxena pomad pomand pomarr
        pomatum pomaturn pomegran pomewat pomfret pomgarnet pomm pommel pomp pompadour pompeii pompeius
        pompey pompili pompion pompos pompous poncho pond ponder poni poniard ponsonbi pontic pontif ponto
        ponton pontoon pooder poodl pooh pool poond poor poorer poorest pop pope popedom poperi popilius
        popingay popish poplar popolorum poppet poppi popul popular porcelain porch porcupin pore porfiri
        porker porous porpentin porphyri porphyrio porpois porridg porring porson port portabl portag portal
        portanc portansherri portculli portend portent porter porterag porteus portfolio porth porthol porti
        portia portico portillo portion portionless portland portman portmanteau portmanteaus porto
        portotartarossa portrait portraitur portray portsea portsmouth portug portugues pose posess posi
        posit poski poss possess possesseth possessin possessor posset possibl possit post posta postag
        poster posterior postern posthors posthous posthum posthumus postilion postman postmark postmast
        postmen postpon postscript postur posuit pot potabl potag potanchikov potash potat potato potatoless
        potboy potch potchinkov potenc potent potenti pothecari pother pothous potion potiphar potosi potpan
        potrero potter potteri pottl potzenth potztausend pouc pouch poulet poulter poultic poultney poultri
        pounc pouncet pound pounder pountney pour pourest pourquoi pout poverti powder powderin powel power
        powerless poysam prabbl practi practic practis practition praeclarissimus praemunir praesenti
        praetor praetorian prag pragu prai praia prain prairi prais praisest praiseworthi pranc prank
        prasant praskovya prate prater pratti prattl prattler prave prawl prawn pray praya prayer prayfess
        prayin preach preacher preachifi preachment pread preambul prebendari precari precaut preced precept
        precepti preceptor precinct precious preciousest precipic precipit precis precisian preclud precoc
        precoci preconceiv preconcert precor precurs precursor predeceas predecessor predestin predica
        predict predilect predisposit predomin preech preemin preen prefac prefatori prefect prefer preferr
        preferreth prefigur prefix preform pregnanc pregnant prehensil prehensili prejud prejudg prejudic
        prejudici prelat preliminari prelud prematur premedit premier premiership premis premium prenez
        prenni prenomin prentic preoccup preoccupi preordain preordin prepar preparatori prepens preponder
        prepossess prepost preposter prerog prerogatif prerogativ presag presageth presbyterian prescienc
        prescrib prescript presenc presenfti present presenteth presenti presentim presentiment preserv
        presid presidentship press presser pressur prest prester prestig presum presumpt presumptu presuppo
        presuppos pretenc pretend pretendu pretens pretenti pretermit preternatur pretext pretia prett
        pretti prettier prettiest prettili prettyish prevail prevaileth preval prevar preven prevent
        previous prevost prey pri priam priami priamus pribbl price priceless prick pricket prickl pricksong
        pride pridg prief priest priesthood prilukov primal primari primarili prime primer primera primero
        primest primev primi primit primo primogen primogenitur primros princ princess princip principl
        princox pring prink print printer printless prionotus prior prioress priori prioriti priscian
        priscilla prismat prison prisonni pristin pritchard prith prithe privaci privat privi privilag
        privileg privilegio privili priviti prize prizer prizest probabl probal probat probe problem
        problemat probosci procedur proceed procellaria process proclaim proclaimeth proclam proconsul
        procrastin procreant procreat procrus proctor proctotretus proculeius procur prodig prodigi
        prodigieux proditor produc product profac profan profess profession professionali professor
        professorship proffer profici profil profit profitless proflig profligaci profound profoundest
        profund profus profusus progeni progenit progenitor progn prognost programm progress prohibit
        project projector prokofitch prolif prolix prolixi prologu prolong promenad promethean prometheus
        promi promin promis promiseth promisin promissori promontori promot prompt promptement prompter
        promptitud promptur promulg prone prong prononc prononcez pronoun pronounc pronunci proodest proof
        prooshian prop propag propaganda propend propens proper properti propertyless propheci prophesi
        prophet prophetess propinqu propiti propitiatori propo propont proport proportion propos proposit
        propound propoundlng propp propr proprieti proprietor proprietorship proprietress propugn prorog
        prorogu prosaic proscenium proscrib proscript prose prosecut prosecutor proselyt proserpina prosi
        prosp prospect prospectus prosper prospero prostitut prostrat protect protector protectorship
        protectress proteg protege protest protestant proteus protheus protococcus prototyp protract protrud
        proud prouder proudest proudhon proudlier provand prove provenc provend proverb proverbi proveth
        provid providenti provinc provinci provis provision proviso provoc provok provoketh provost prowess
        prowl proxi proxim prudenc prudent pruderi prudish prune prurient prussia prussian prussic psalm
        psalmist psalmodi psalteri psammophi pselaphus pseudo pshaw psych psycholog ptarmigan pterophorus
        pteropoda pteroptocho ptolemi public publican publicola publish publius pucell pucker pud pudder
        puddick puddl pudenc pudgi puent pueril pueritia puf puff puffi puffinus pug pugilist pugnac pugnaci
        pugstyl puisay puisn puissanc puissant puke pulcher pulcheria pule pull puller pullet pulperia pulpi
        pulpit puls pulsat pulsidg puma pumic pumila pummel pump pumpernickel pumpernickelisch pumpion
        pumpkin punch punchinello punctatissima punctili punctual punctuat punctur pundit pungent punish
        punjaub punkah punta punter punto pupil pupker puppet puppi puppyism pur purblind purcha purchas
        purchaseth pure purechurch purer purest purg purgat purgatori purger purifi puritan puriti purlieus
        purloin purpl purplish purpo purport purpos purposeless purposeth purpura purpurea purs pursent
        purser pursi pursu pursuanc pursuant pursuer pursuest pursueth pursuit pursuiv pursult purus
        purveyor purvid push pushkin pusillanim pussi pustul put putney putrefact putrefi putrid putrifi
        putter puttin puttock puzzel puzzl pygmalion pygmi pyotr pyrami pyramid pyramis pyramus pyrard
        pyrene pyrenean pyrifera pyrit pyrocephalus pyrophorus pyrosma pyrrhus pythagora quaccha quack
        quadra quadrangl quadrangular quadrant quadrill quadroon quadrup quadrupl quaf quaff quagmir quail
        quaint quak quaker qual qualif qualifi qualit qualiti qualm qualmish quand quando quantit quantiti
        quar quarant quarantin quarl quarrel quarrelsom quarri quart quarter quartermast quartern quarther
        quarto quartz quashimaboo quashyboo quasi quatch quater quatorz quatr quaver quay quea quean queasi
        quebec quebrantahueso quedius queen queer queerest quell queller quench quenchless queri querist
        quern querul quest questant question questionless questrist queubus quibbl quiberoon quick quicken
        quicker quickest quicklier quicksand quicksilv quicksilverr quiddit quidditi quidnunc quien quier
        quiescenc quiescent quiet quieter quietest quietud quietus quilimari quill quillay quillet quillota
        quilm quilt quinapalus quinc quinchao quint quintain quintero quintess quintin quintus quip quir
        quiriquina quirk quit quito quittanc quiver quixot quizz quizzic qult quoif quoint quoit quondam
        quoniam quoodl quot quotat quoth quotidian qvite rabbit rabbl rabblement rabid race racehors racer
        rachael rachel rack racker racket radack radianc radiant radiat radiata radic radii radish
        radishchev rafael raff raffaelit raffol raft rafter rag rage rageth ragged raggl ragland ragozin
        raik rail railer railest raileth railleri railroad railway raiment rain rainbow raindrop raineth
        raini rainold rais raisin rake raker rakish ralli rallus ralph rambl rambur ramchumd ramchund
        ramgung ramif ramirez rammer ramp rampallian rampant rampart rampir ramsden ramsey ramsgat ramshorn
        ramston ranc rancagua ranch rancho rancor rancour randal random rang range ranger rank ranker
        rankest rankl ransack ransom ransomless rant rap rapac rapaci rape raphael rapid rapier rapin raptur
        rare rarefi rarer rarest rariti rascal rascalliest rase rash rasher raskolnikov raspberri rasper
        rastro rat ratcatch ratcliff rate rath rather ratherest ratifi ratio ration ratolorum ratsban rattl
        rattler rattlesnak rattus ratur raudon raught ravag ravdonn rave ravel raven ravenspurgh ravin
        ravish ravissant ravoli raw rawd rawdi rawdon rawer rawest rawli ray raymond raze razeth razor
        razsudkin razumihin razur reach reacheth reaction reactionari read reader readi readiest readil
        readili readin readjourn readjust readth real realis realit realiti realiz reall realli realm realti
        ream reanim reap reaper reappear rear rearrang rearward reascend reason reasonless reassum reassur
        reaumur reav rebat rebato rebecca rebeck rebecqu rebel rebelli rebellion rebellyon rebound rebuf
        rebuff rebuild rebuilt rebuk rebus recado recal recant recapitul reced receipt receiv receivest
        receiveth recent recept receptacl recess recessit rechat recip recipi recipro reciproc recit
        reciterai reck reckless reckon reclaim reclin reclos reclus recogn recognis recognit recogniz recoil
        recollect recomfort recomfortur recomm recommenc recommend recompen recompens recompos reconcil
        reconcili reconnoitr reconsid reconsider reconsign recopi record recount recoup recours recov
        recover recoveri recreant recreat recrimin recross recruit rect rectifi rectitud rector rectoress
        rectori rectorship recumb recup recur recurr recus recuvv red redbreast redcoat redden redder
        reddest reddi reddish redecor redeem redeliv redempt redhand redim redistribut redol redoubl redoubt
        redound redout redress reduc reducido reduct reduvius reechi reed reef reeght reek reeki reel
        reeleth refel refer referr refigur refin refit reflect reflectin reflector reflex refold reform
        refract refractori refrain refresh refriger reft refug refuge refulg refund refurnish refus refusest
        refut regain regal regalia regan regard regardless regardon regatta regenc regener regent regentship
        regia regimen regiment regina reginald region regist registrar registri reglar regreet regress
        regret reguerdon regul regular regulus rehear rehears reign reignier reimburs rein reindeer reinforc
        reinstat reiter reithrodon reject rejoic rejoiceth rejoin rejoind rejoindur rejourn rejuvenesc
        rekindl reklect relaps relat relationship relax relay relea releas relent relentless reli reliabl
        relianc reliant relic relict relief reliev religi religion religionist religionless relinquish
        reliqu reliquit relish reluct relum remain remaind remaineth remand remark remedi rememb remembr
        remembranc remensh remercimen remind remindingmanfact reminisc remiss remit remitt remnant remonstr
        remors remorseless remot remotest remount remov removed remplir remuner renc rencontr rend render
        rendezv rendus reneg renegad renegado renew renewest rengger renounc renous renov renowm renown rent
        renunci repack repaid repair repar reparte repass repast repastur repay repayth repeal repeat
        repeatu repel repent repenteth repertoir reperus repetit reph repin replac replant replenish replet
        repli replic repliest report reportest repos reposeth repositori repossess reprehend reprehens
        repres represent repress repriev reprint repris reproach reprob reproduc reproof reprov reptil
        republ republican republish repudi repugn repuls repur repurcha repurchas reput reputeless request
        requiem requir requireth requisit requit reread rescu rescuer research resembl resembleth resent
        reserv reservoir resettl resfless resid residenz residu resign resin resist resol resolut resolv
        resolveth reson resort resound resourc respeak respect respic respir respit resplend respond respons
        respos resslich rest restaur restaurateur resteth resti restitut restiv restless restor restrain
        restraint restrict resuit result resum resumpt resurgam resurrect resuscit retail retain retali
        retard retch retel retent retenu retic reticl reticul retinu retir retold retor retort retouch
        retour retourn retrac retract retreat retrench retribut retriev retrograd retrorsum retrospect
        return returnest returneth retzch reunion revania reveal revel revelri reveng revenu rever reverb
        reverber reverenc reverend reverenti reveri revers reversionari revert reviendra review reviewest
        revil revis revisit reviv revoir revok revolt revolut revolution revolutionari revolutionist revolv
        revuls reward rewash reword rex reynaldo reynold rford rfull rhapsodi rheim rhein rhenish rhesus
        rhetor rheum rheumat rheumi rhine rhineland rhinocero rhinoceros rhoda rhode rhododendron rhodop
        rhubarb rhyme rhymer rhynchop rhyncophora rhythmic rialto rib ribald ribaldri riband ribaudr
        ribbentrop ribbon ribeira rich richard richardson richemont richer richest richmond ricketi rickett
        rickworth rid riddanc ridden riddl ride ridendus rider ridest rideth ridg ridicul ridinghood rifl
        rift rig rigamarol rigger riggish right righteous rigid rigol rigor rigour rigueur rimski rinaldo
        rinc rincer rincon ring ringer ringlead ringlet ringwood rins riot rioter riotous rip ripe ripen
        riper ripest ripost rippl rise risen riser riseth risibl risin risingham risk riski rite rivag rival
        rivalri rivalship rive rivel river rivet rivier rivoli rivulet rless road roadsid roam roar roarer
        roast rob roba robber robberi robe robert roberto robi robin robinson robust robusti robustus
        rochest rochford rock rocket rocki rockwood rodent rodentia rodeo roderigo rodger rodion
        rodionovitch rodya roehampton roger rogero rogu rogueri roguish roist rokebi role roll roller
        rollick rolor romag roman romanc romano romanovitch romanovna romant romeo romish romp rondur ronyon
        ronzi roof roog rook rookeri rookh rooki room roomer roomi roonaway roosher rooshian roost root
        rooteth rope ropemak roper roperi rosa rosalin rosalind rosalinda rosamond rosari roscius rose
        roseat rosebud rosemari rosencrantz rosett rosewood rosina rossignol rot rotat rotatori rote rother
        rotherham rothschild rotten rotterdam rottingdean rotund roubl roue rouen roug rougemont rough
        roughen rougher roughest roulett rounceweil rouncewel round roundabout roundel rounder roundest
        roundur rous rousillon rousli rousseau roussi rout routin rove rover row rowdi rowel rowl rowland
        rowson roxbi royal royalist royalti roynish royster royston rozario ru rub rubber rubbish rubecula
        rubi rubicund rubinstein rubious rubrum rudand rudder ruddi ruddier ruddl ruddock rude ruder rudesbi
        rudest rudg rudiment rudimentari rueful ruefulli ruff ruffian ruffl rug rugbi rugemount ruin ruina
        ruinat ruinous rule ruler rumbl rumicivorus rumin ruminai ruminat rummag rummest rummi rummiest
        rumor rumour rumpl run runag runaway rundel runner rupe ruptur rural rush rushi rushl rushlight
        russel russet russia russian rust rusti rustic rustili rustl ruth ruthless rutland ruttish ryazan
        rylston ryth sabbatarian sabbath sabin sabl sabr sachet sack sackbut sackcloth sackerson sacr
        sacrament sacramiento sacred sacrif sacrific sacrifici sacrileg sacrilegi sad sadden sadder saddest
        saddl saddler sadler sadovi saeugethier safe safeguard safer safest safeti saffron sagac sagaci
        sagittari sahib saidst sail sailmak sailor saint saintlik saisi saith sake salaam salad saladillo
        salado salamanca salamand salari salerio salesman salicam salifer salin salina salinus saliqu
        salisburi salitr salitral saliva sallet salli sallow sallust salmi salmon salon saloon salt salta
        saltenfiord salter saltier saltir saltpet saltpetr salubr salut salutari saluteth salv salvador
        salvat salver salvo salvolatil samaritan sambo sambr same samingo samovar sampir sampl sampler
        sampson samson samuel sancho sancta sanctifi sanctimoni sanction sanctiti sanctuar sanctuari sanctum
        sand sandal sandbag sandford sandi sandpip sandston sandwich sanger sangsbi sangui sanguin
        sanguinari sangvich saniem saniti santa santiago santraill sap sapient sapit sapl sapless sapphir
        saqui saracen sarah sarandi sarcasm sarcast sarcenet sarcophagus sardi sardian sardinia sardon
        sarmiento sarmon sarum sarv sash sasiat sassafra sat satan satchel sate satellit sati satiat satiata
        satieti satin satir satisfact satisfactori satisfactorili satisfi satrap satur saturday saturn
        saturnin saturninus satyr sauc saucepan saucer sauci saucili saufen saunder saunter saurophagus
        sausag sauvag savag savageri savana savannah save saviour savoir savori savour savouri savoy saw
        sawdust sawest sawpit sawyer saxon saxoni saxton say sayest sayson sayst sblood sborn scab scabbard
        scabra scaffold scaffoldag scagliola scald scale scalesia scaley scali scall scallop scalp scamand
        scambl scamel scamp scamper scan scandal scandalis scandaliz scandi scann scant scanter scanti
        scantier scantiest scantili scantl scape scapegoat scapegrac scapeth scar scarabaeus scarc scarcel
        scarcer scarciti scare scarecrow scarf scarlet scarr scarum scarus scath scatt scatter scaveng
        scelera scelerisqu scelidotherium scene sceneri scent scentless scept scepter sceptic sceptr
        schapzug schedul schegolskoy scheme schemer schiller schilleresqu schimmel schinken schirdel
        schlacht schlafrock schleswig schlippenschloppen schloss schlossberg schlusselback schnurrbart
        scholar scholarship scholast schone schonsten school schoolboy schoolday schoolfellow schoolgirl
        schoolmast schoolmat schoolmeasth schoolmistress schoolroom schooner schoppenhausen schrecklich
        schroeder schwach schwager schwartzenberg schwendler sciatica scienc scientif scimitar scintil scion
        scissor sclater scof scoff scoffer scoggin scold scollop sconc scone scoondrel scoop scope scorch
        score scoresbi scoria scoriac scorn scorpion scot scotch scotchmen scotland scott scottish scoundrel
        scoundrelli scour scourg scout scowl scraggi scrambl scrap scrapbook scrape scraper scratch
        scratchley scrawl scream screech screen screw screwdriv scribbl scribe scrimer scrip scrippag
        scripter scriptur scriven scroful scroggin scroll scroop scrope scrowl scroyl scrub scrubb scrubbi
        scrupl scrupul scrutin scrutini scrutinis scud scudi scuffl scull sculleri sculli scullion sculptor
        sculptur scurri scurril scurvi scuse scutcheon scuttl scylla scytalopus scyth scythia scythian
        sdeath seacoal seacoast seafar seafowl seal sealer sealskin seam seaman seamen seami seaport sear
        searc search searcher searcheth seashel seasick seasid season seat seaward seawe sebastian seced
        secess seclud seclus second secondari secondarili secreci secret secretair secretari secretaryship
        sect sectari sectio section secular secundo secur sedan sedat seddon sede sedentari sedg sedgi
        sediment sedimentari sedit sediti sedley seduc seduct sedul see seed seedsman seein seek seeker seel
        seeli seem seemer seemest seemeth sees seest seet seeth seetzen segaw segment segreg sehnsucht
        seigneur seiz seizeth seizur seldom select seleucus selfish selfsam sell seller selleri selv
        semblabl semblanc semblat semel semicircl semicircular semin seminari seminarist semirami semper
        sempronius semyon semyonova semyonovitch semyonovna semyonovski senat senatori send sender sendeth
        seneca senhor seni senil senior seniori sennet senor senorita senoy sens sensat senseless sensibl
        sensit sensual sensualist sentenc sententi sentiment sentimentalist sentinel sentoit sentri separ
        septa septemb septentrion septuagenarian septum sepulchr sepultus sequel sequenc sequent sequest
        sequestr ser seraph seraphim serc seren serenad sereni serf serfdom serg sergeant seri seriatim
        serio serious serjeant sermon sermonis serpent serpentin serpigo serpula serrat sertularia serv
        servant server serveth servic servil servilius servingman servingmen serviteur servitor servitud
        servt sessa session sesto set setebo setten setter settin settl settlement settler settlest
        sevastopol seven sevenfold sevennight sevenp seventeen seventeenth seventh seventi seventysix sever
        severa severest severn sevr sew seward sewer sewerag sex sexti sexton sextus seychell seymour seyton
        sfoot sford shabbi shabbiest shabbili shackl shade shadi shadow shadowi shadowless shafalus shaft
        shafton shaggi shake shaken shakespear shaki shakspear shale shall shalleng shallow shallowest
        shallowli shalt sham shambl shame shamefac shamefaced shameless shamest shampoo shank shannon shanti
        shape shapeless shapen shard share sharehold sharer shark sharmer sharp sharpen sharper sharpest
        sharpli sharpshoot shatter shave shaven shaver shawl shawn sheaf sheak sheal sheam shear shearer
        shearman sheath sheav sheba shed sheen sheep sheepcot sheepish sheepshank sheepskin sheer sheet
        sheffield sheik shelf shell shelley shellfish shelli shelopaev shelt shelter shelv shelvi shener
        shent shepherd shepherdess sheppard sheridan sheriff sherri shetland sheweth shi shibboleth shield
        shift shill shin shine shineth shingl shini shinti ship shipboard shipbuild shipload shipman
        shipmast shipmen shipp shipt shipton shipwreck shipwright shire shirk shirley shirt shive shiver sho
        shoal shoaler shock shoe shoeless shoemak shone shongi shoohoo shook shoon shoot shooter shooti shop
        shopboy shopfolk shopkeep shopman shopmen shopofwomen shore shoreham shorn short shortcak shortcom
        shorten shorter shortest shot shotten shough should shoulder shouldest shouldn shouldst shout shove
        shovel show showd shower showeri showest showi shown shrank shred shrew shrewd shrewish shrewsburi
        shriek shriev shrift shrike shrill shriller shrillest shrilli shrimp shrine shrink shriv shrive
        shrivel shriver shropshir shroud shrove shrow shrub shrubberi shrug shrunk shrunken shshshsh shudd
        shudder shuffl shuffler shufll shun shunless shunn shut shutter shuttl shyer shyest shyli shylock
        shyness siames siberia siberian sibil sibyl sibylla sicil sicili sicilia sicilian sicilius sicinius
        sick sicken sicker sickl sicklemen sickli sicl sicyon siddon side sideboard sidelong sideway sidewis
        sidl sieg sienna sierra siev sift sifter sigeia sigh sight sighted sightless sightseer sign signal
        signalis signatur signet signieur signif signifi signific signifieth signior signiori signor signori
        signorita signum sila silenc silent silenus silex silhouett silic silicifi silius silk silken silki
        silkman silkworm sill silleri silli sillier silliest silliman silurian silurus silva silver
        silverbridg silveri silversmith silvia silvius silworth simeon simil similar similitud siminari
        simmer simmond simoi simon simoni simpcox simper simpl simpler simplest simpleton simplex simpli
        simplic simplifi simplon simpson simul simular simultan sin sinai sinbad sinc sincer sincerest
        sindbad sinecur sinel sinew sinewi sing singapor singen singer singeth singl singul singula singular
        singularit sinist sink sinless sinner sinon sinuous sip siphon siren sirloin sirocco sirrah sister
        sisterhood sistin sit site sithenc sitiw sitter sittin situat siunmerson sivatherium siward six
        sixiem sixpen sixpenc sixpenni sixteen sixteenth sixth sixti size sizzl skain skambl skampl skate
        skater skeen skein skeleto skeleton skelter sketch sketchili skewer skiddaw skil skill skilless
        skillet skilli skim skimbl skimpol skin skinker skinni skip skipp skipper skirmish skirr skirt
        skittish skittl skrimmag skulk skull skumpl skunk skurri skuttl sky skyey skyish skylark skylight
        skyward slab slack slacken sladderi slag slain slake slam slammon sland slander slandther slang
        slangular slant slap slash slate slattern slaught slaughter slaughterman slaughtermen slave slaver
        slaveri slavish slay slayeth sleav sled sledg sleek sleep sleeper sleepest sleepi sleepili sleepless
        sleet sleev sleid sleight slender slept slewest slice slide slider sliderskew slight slighter
        slightest slili slim slime slimi sling slingston slink slip slipp slipper slipperi slipshod slipt
        slish slit sliver sloan slobb slocomb slomber slong slop slope sloppi slopsel sloth slouch slough
        sloven slovenri slow slowbor slower slowli slubber sludg slug sluggard sluggardiz sluggish sluic
        slumb slumber slumberi slung slunk slur slush slut slutteri sluttish slyboot slyli slyness smack
        small smallcloth smaller smallest smallpox smallwe smallweedi smalus smart smarten smartest smash
        smatch smatter smear smell smelt smiffeld smiflig smifser smike smile smilest smilet smilin smirch
        smirk smite smith smither smithfield smithson smitten smoak smock smoke smoker smoki smolder
        smollett smooth smoother smote smoth smother smoulder smug smuggl smuggler smulkin smutch smutti
        snack snaffl snaffler snagsbi snail snailbi snaili snake snaki snap snapp snapper snappish snapt
        snare snarl snarleth snatch snatcher snawley sneak sneap sneck sneer sneez snevellicci snewk snif
        sniff sniffin sniffl snigger snip snipe snipt snittl snivel snobb snoog snook snooz snore snort
        snout snow snowbal snowflak snowi snowstorm snub snuf snuff snuffer snuffi snuffim snuffl snug soak
        soam soar sob sober sobieski sobr sobrieti socego sociabl social socialist societi sock socket
        socrat sodden soever sofa soft soften softer softest sofya soight soil soilur soire soiz soizabl
        sojourn solac soland solanio solar soldat solder soldest soldier soldieri soldierlik soldiership
        sole solec solem solemn solemnest solemniz solen solent solicit solicitor solicitud solid solidar
        solidifi soliloqu soliloqui soliloquis soliloquy solinus solitari solitud solomon solon solstic
        solubl solum solus solut solv solvent solyman sombr sombrero somebodi someday somehow someon somer
        somerset somersetshir somervill someth somethink sometim somev someway somewhat somewher somewhith
        somm somnol somnum sonanc sonata sondern song songster sonia sonnambula sonnet sonor sonour sonti
        soobjact soodden sooffer soomat sooner soonest sooper sooth soother soothsay sooti sop sophi sophia
        sophist sophistri soporif sorcer sorceress sorceri sordid sore sorel sorer sorest sorrel sorri
        sorrier sorriest sorrow sorrowest sort sortanc sospiri sossius sottish sotto sought soul sould
        soulless sound sounder soundest soundless soundpost sour sourc sourest sournoi sous south southam
        southampton southdown souther southern southfront southward southwark southwel southwestern
        souviendrai sovereign sovereignest sovereignti sovereignvour sow sowerbi sowster sowter soyer space
        spacious spade spain spake spakest spaletro span spangl spaniard spaniel spanil spanish spann spar
        spare spark sparkl sparkler sparrow sparta spartan spasm spasmod spatter spatterdash spavin spawn
        speak speaker speakest speaketh speakin spear speargrass spearhead speci special specialist
        specialti specif specifi specimen specious speck speckel speckl spectacl spectat spectatorship
        spectr spectral specul speech speechifi speechless speed speedi speedier speediest speedili speen
        spell spelt spenc spencer spend spendest spendthrift spenser spent sperato sperm spermaceti spero
        sperr spher sphere spheri spheric sphex sphinx spi spice spiceri spici spick spicula spider spieth
        spiggot spight spigot spigwiffin spike spile spill spilt spilth spin spinach spinal spindl spine
        spinet spini spinii spinner spinney spinni spinster spiral spire spirit spiritless spiritu
        spiritualti spirituell spirt spit spital spite spithead spittoon spitzbergen splash splashin splay
        spleen spleeni splendid splendour splenet splenit splinter split sploic splutter spoff spoil spoilt
        spoke spoken spokesman spoliat spong spongey spongi sponsor sponsori spontan spoon spoonbil spooney
        sport sportiv sportsman sportsmanlik sportsmen sporul spot spotless spotti spous spousal spout sprag
        sprain sprang sprat sprawl sprawler spray spread spree sprig spright sprightli spring springbock
        springeth springhalt springtim sprinkl sprite sprott sprout sprouter spruce sprugeon sprung spung
        spur spurio spurn spurr spurrer sputter squab squabbl squad squadron squalid squall squalli
        squallingest squalor squand squander squar squarer squareto squash squashmor squat squatter squeak
        squeal squeam squeamish squeedg squeedgin squeer squeeri squeers squeez squel squib squier squill
        squini squint squir squirearchi squiress squirrel squirt squod stab stabb stabil stabl stablemen
        stableward stablish stack stadthaus staff stafford staffordshir stag stage stagecoach stager stagger
        stagnant stagnat staid staider stain staineth stainless stair staircas stake stalact stalactit stale
        stalk stall stallion stalwart stamen stamford stammer stamp stanc stanch stanchless stand standaloft
        standard stander standest standeth standstil stanhop staniel stanley stanz stanza stanzo
        staphylinida stapl star starch stare stark starl starlight starn starr starri start startl starv
        starvat starvel starvelackey starveth starvin starwat state statecraft stateli statement statenland
        statesman statesmanlik statesmen statilius station stationari stationeri statist statu statuari
        statur status statut staunch stave stay stayest staylac stayt stead steadfast steadi steadier
        steadili steak steal stealer stealth stealthi stealthili steam steamboat steamer stear steddi steed
        steel steeli steep steeper steepest steepi steepl steeplechas steepli steer steerag steersman stell
        stem stench stentorian step stepdam stepdaught stephano stephen stephenson stepmoth stepp stepson
        stept stercovor steril sterilit sterl stern sternag sterner sternest stertor steterat stethoscop
        stew stewam steward stewardship stewart steyn stick sticker sticki stickler stiff stiffen stiffer
        stiffest stiffli stifl stigmat stigmatis stile stiletto still stillbrook stiller stillest stilli
        stilt stilton stimul stimulus sting stingi stingless stink stinketh stint stipend stipendiari stipt
        stipul stir stirr stirrer stirreth stirrup stitch stitcheri stithi stoccado stoccata stock stockad
        stockbrok stocken stockfish stockhold stockingless stockish stog stoic stoke stokesli stolbun stole
        stolen stolest stolid stomach stond stone stonecutt stoni stonish stood stool stoop stoopid stop
        stope stopp stoppag stopper store storehous storey stori stork storm stormi storr storybook stothard
        stoup stout stouter stoutest stoutish stove stover stow stowag strachi strachino strack straggl
        straggler straight straighten straightest straightforward straightway strain strait straiten
        straiter strand strang stranger strangest strangl strangler strangul strap strappado strasburg
        strata stratagem strategi stratford stratif stratifi strato stratum straw strawberri strawi stray
        streak streaki stream streamer streamlet strech streel street streetdoor strength strengthen
        strengthless strenuous strepitus stress stretch strew strewment strewn stricken strickland strict
        stricter strictest strictur stride strident strife strik strike striker strikest string stringless
        strip stripe stripl stripp stritch striv strive striven strix strode strok stroke stroll strond
        strong strongbow stronger strongest stronghold strongylus strook strop strosser strove strown stroy
        struck strucken structur struggl struggler strum strumpet strumpff strung strut struthio strzelecki
        stuart stubb stubbl stubborn stubbornest stucco stuck stud student studi studio studious stuf stuff
        stuffi stumbl stumblest stump stumpi stun stung stunnington stunt stupefact stupefi stupend stupid
        stupidest stupifi stupor stuprum sturdi sturdiest sturdili sturm sturt stutter styga stygian style
        stylif stylish su suadiva suaviti subacid subaltern subaqu subcontract subcost subdu subduement
        subduer subgroup subject subjug sublim submarin submerg submiss submit subordin suborn subscrib
        subscript subsequ subservi subsid subsidi subsidiari subsist subsoil substanc substant substanti
        substitut substract substratum subt subterfug subterranean subtil subtilli subtl subtleti subtract
        subtractor suburb suburban subvers subvert succed succeed success successor succinea succour succul
        succumb suck sucker suckl suction sudden suddenl suer sueth suffer suffic sufficeth suffici sufficit
        suffig sufflcient suffoc suffolk suffrag suffus sugar sugarcan sugarplum sugarscap sugarscrap
        sugarsop suggest suicid suit suitabl suitor suivez sulivan sulk sulki sulkili sullen sulli sulph
        sulphat sulpher sulphur sulphuratus sultan sultana sultri sum sumatra sumhoo sumless summa summari
        summarili summat summer summerson summertim summit summon summons summonsizz sumpter sumptuos
        sumptuous sun sunbeam sunburn sunburnt sunday sunder sundri sunflow sunken sunlight sunni sunris
        sunset sunshin sunshini sup super superabund superad superannu superb superbl supercili superfici
        superflu superflux superhuman superincumb superinduc superintend superior superl superlativest
        supern supernatur supernumerari superprais superscript supersed superservic superstit superstiti
        supersubtl superven supervis supervisor supper suppertim suppl supplant supplementari suppler suppli
        supplianc suppliant supplic suppliest supplyant supplyment suppo suppor support supportor suppos
        supposest supposit supposititi suppress suppresseth suppur suprem supremaci supremest sur suranc
        surceas surcingl sure surecard surer surest sureti surfac surfeit surg surgeon surger surgeri
        surlili surmi surmis surmount surnam surpass surpasseth surplic surplus surpri surpris surrend
        surreptiti surrey surri surround surveil survey surveyest surveyor surviv survivor surwey susan
        suscept suspect suspend suspens suspici suspicion suspir sussex sustain susten sutler sutton
        svidrigailov svidrigrailov svirbey swabber swaddl swagg swagger swain swainson swaller swallow swamp
        swampi swampton swan swankey swansea sward sware swarm swarrey swart swarth swarthi swartz swash
        swasher swath swathl sway swear swearer swearest sweat sweaten sweati sweden sweep sweeper
        sweeperess sweet sweetbread sweetbrier sweeten sweeter sweetest sweetheart sweeti sweetmeat sweevi
        swell swelter sweno swept swerv swerver swift swifter swiftest swill swillenhausen swim swimmer
        swindl swindler swine swineherd swing swinish swinstead swipe swirl swishtail swit switch switzer
        switzerland swoll swollen swoln swoon swoop swoopstak sword sworder swordsman swordsmanship
        swordsmen swore sworn swosser swound swung sycamor sycoph sycophant sycorax sydney syenit sylla
        syllabl syllog sylph symbol syme symmetr symmetri symond sympath sympathet sympathi sympathis
        sympathiz symphoni symptom symptomat synagogu synether synod synonym syntax syracus syracusian syria
        syriac syrphus syrup system systemat tabanus tabbi taber tabl tableau tablecloth tablet tabli taboo
        tabor tabourin tacit taciturn tack tackl tacna tactic tactician taddl tadmor tadpol taffeta taffeti
        taglioni tagrag tagua tahiti tahitian tail tailor taint taintur take taken taker takest taketh
        takken takkin talavera talbot talbotit talboy talcahuano tale talebear talent taleport talguen
        talisman talk talkat talker talkest talkin taller tallest talleyrand talli tallow talon talonroug
        talus tamarind tambillo tambour tambourin tame tamer tamora tamper tamworth tan tandeel tandyman
        tangibl tangl tank tankard tanl tanner tanquam tanqui tant tanta tantaen tantal tantalis tantamount
        tantrum tap tapacolo tapalguen tape taper tapestri tapeworm taphous tapi tapioca tapir tapster tar
        taradiddl tarboosh tardi tardili tare tarentum targ target tarnii tarnish tarpaulin tarpeian tarquin
        tarr tarradiddl tarri tarrianc tart tartan tartar tartari tartin task tasker tasman tasmania tassel
        tasso tast tasteless tatter tatti tattl tattoo taught taunt taunto taunton taurus tavern tavish
        tawdri tawni tax taxat taykettl taylor tchebarov teach teacher teachest teacheth teacup teapot tear
        teardrop tearless tearsheet teas teaspoon teatim technic tedious tedium teem teen teeth tehuelch
        teipsum tekenika telamon telamonius telegram telegraph telemachus telemaqu telephorida telescop tell
        telle teller tellus temminckii temp temper tempera temperatur tempest tempestu templ tempor
        temporari temporarili temporis temporiz tempt temptat tempter tempteth tenabl tenac tenaci tenant
        tenantius tenantless tenantri tench tend tendanc tendenc tender tenderest tendin tendon tendr tenedo
        tenement teneriff tenez tenfold tenni tennyson tenor tenour tens tension tent tentacula tentat tenth
        tenur tenway teoplitz tercel tercero terebra terebyeva tereus terewth tergivers term termag termin
        termless tern terr terra terrac terram terren terrestri terribl terrier terrif terrifi territori
        terror ters tertian tertiari tertio tessel test testacea testament testamentari testat tester
        testern testi testifi testifl testili testimoni testril testudo tetchi tete tether tetramet tetter
        teuton tevil tewksburi textur thackeray thae thame thane thank thanke thankless thanksgiv thanyou
        thaso thatch thavi thaw theatr theatric theayter theban thebe theer theeself theft theil thein their
        theirselv theis theme themselv thenc thenceforth theodolit theodor theodora theolog theologian
        theoret theori theoric theoriz there thereabout thereaft thereat therebi therefor therefrom therein
        thereof thereon theresa thereto thereunto thereupon therewith theridion theristicus thermomet
        thersit these theseus thessali thessalian theti thew thick thicken thicker thickest thicket
        thickskin thief thier thiev thieveri thievish thigh thimbl thin thine thing think thinkabl thinker
        thinkest thinkin thinkst thinner thinnest third thirst thirsti thirstier thirteen thirteenth thirti
        thirtieth thisbi thisn thistl thistlewood thither thitherward thmash thoa thoma thompson thomson
        thong thorax thorn thorni thorough thoroughbr thoroughfar thoroughgo those though thoughi thought
        thoughtless thous thousand thousandfold thousandth thout thracian thraldom thrall thrash thrason
        thread threadbar threaden threadneedl threat threaten threatest three threefold threepenc threepil
        threescor thresh thresher threshold threw thri thrice thrift thrifti thriftless thrill thrive
        thriven thriver throat throb throca throe thromuldo thron throne throng throstl throttl throug
        through throughfar throughout throve throw thrower throwest thrown thrum thrumm thrump thrush thrust
        thrusteth thrveydrop thud thumb thump thund thunder thunderbolt thunderclap thunderi thunderston
        thunderstorm thunderstrok thunderstruck thurif thurio thursday thurtel thwack thwart thyme thymus
        thyreus thyself tiaauru tibbi tiber tiberio tibey tibia tice tick ticker ticket tickl tickleus
        ticklish ticktock tidal tiddl tiddler tide tidi tidili tie tier tierra tiffin tiger tigerish tight
        tighten tighter tightest tighti tigr tigress tilburi tilda tile tiler tiliareus till tillag tilli
        tilt tilter tilth tiltyard timandra timber timberri timbrel timbuctoo time timeless timeli timid
        timon timor timothi timour tina tinamus tinct tinctur tinder tinderidica ting tingl tiniest tinker
        tinkl tinochorus tinsel tint tinteniac tip tipperari tippet tippi tippl tipsi tipsifi tipsili
        tipslark tipto tiptoff tiptop tirad tire tiresom tirest tirra tirrit tisick tissu titan titania tith
        titian titinius titl titlark titleless titmous titter tittl titular titus toad toadi toadstool toast
        toaster toaz tobacco tobacconist tockahoopo today todd toddi todpol toffe toffi tofor toge togeth
        togezz toight toil toiler toilet toilett toilsom toiti token toldo toledo toler toll tolli
        tolstyakov tomahawk tomb tombless tomboy tombston tomeavesian tomkin tommi tomorrow tomyri tone tong
        tongu tongueless tonight tooc toogath tool toomultu toot tooth toothach toothless toothpick top topa
        topgal topic topless toplitz topmast toppl topsail topsel topsi toqu torch torchbear torcher
        torchlight torment tormenta tormentor torpid torpor torrent torrid tortershel tortiv tortois
        tortuous tortur torturest toryism toryn toss tosseth tosti total totanus tottenham totter totum
        toucan touch toucher toucheth touchston touchwood tough tougher toughey toughi toulon toupe tour
        tourain tourist tournament tout touz tow toward towel tower town township townsman townsmen
        townspeopl towton towzer toxodon toxophilit toy tozer trace traceabl traceri track trackless tract
        tractabl trade trader tradesfolk tradesman tradesmen tradespeopl tradit traduc trafalgar traffic
        traffick tragedi tragedian tragic trail train trainer trait traitent traitor traitress traject
        trammel tramp trampl tran tranc tranio tranquil tranquill tranquilli transact transcend transcrib
        transfer transfigur transfix transform transgress transient transit transitori translat transluc
        transmigr transmiss transmit transmut transpar transparenfli transpir transplant transport transpos
        transshap transvers trap trapp trash trashi travail travel travellest traver travers traverse
        traversia travertin tray treac treacher treacheri treacl tread treadin treadmil treason treasur
        treasuri treat treati treatis treatment trebl trebonius tree trelli trellis trembl tremblest tremen
        tremend tremenj tremor trempl tremul trench trenchant trencher trencherman trenck trenham trent
        trepan trepid trespass tress tressel trey tri trial triangl triangular tribe tribul tribun tribut
        tributari trice trichodactylus trichodesmium trichoman trick trickeri trickl tricksi trickster
        tricolour trictrac trident trier triermain trifasciatus trifl trifler trigger trigon trigonocephalus
        trigonom trigonometri trill trim trimet trimm trimmer trinculo triniti trinket trip tripartit tripe
        tripl triplex tripod tripoli tripp trist tristan tristram trite triton tritur triumph triumphal
        triumphant triumpher triumvir triumviri trivet trivial troat trochi trochilus trochus trodden troi
        troiant troien troifl troilus trojan troll trollop trombon tromperi trompet troop trooper trophi
        trophonius tropic tropilla trot troth trottant trotter trottermor trotti troubl troubler troublesom
        troublest troublous trough trounc trouser trousseau trout trouv trouvaill trovato trowel trowest
        trowser troyan truant truce truckl trudg trueborn truepenni truer truest truffigni truie truli trull
        trump trumper trumperi trumpet truncat truncheon trundl trunk truss trust truste truster trusti
        trustiest trustworthi truth truthlik tryst tschudi tsetup tsubmit tubal tube tuber tubercl
        tuberculata tuck tucker tucket tucuman tucutuco tuesday tufac tuffin tuft tufto tug tuileri tuition
        tulip tulkinghorn tulli tullus tumbl tumbler tumbril tume tumley tumult tumultu tunbridg tune
        tuneabl tuneless tuner tuni tunic tunnel tup tupinieri tupungato turban turbid turbo turbot turbul
        turco ture tureen turfi turgenev turgid turk turkey turkish turlygod turmoil turn turnbul turncoat
        turner turneth turnhamgreen turnip turnout turnpik turnstil turpentin turph turpin turpitud turquois
        turret turtl turtledov turveydrop turvi tuscan tusk tussl tussock tutburi tutor tutoress tutto tvice
        twaddl twain twang twangl tweak tween twelfth twelv twelvemonth twenti twentieth twere twice
        twickenham twiddl twiddler twig twiggen twilight twill twin twine twing twink twinkl twinn twire
        twirl twist twit twitch twitter twixt twofold twolv twonti twopenc twopenn twopenni twould tybalt
        tyburn tyburnia tyburnian tyerman tyler tylerish tymbria type typhon typhus typic tyrann tyranni
        tyrannis tyrannus tyrant tyrian tyroles tyron tyrrel ubiqu udder udolpho ugli uglier ugliest ulcer
        ulloa ulterior ultim ultra ulva ulyss umber umbil umbra umbrag umbrella umfrevil ummerapoora umpir
        umsonst unab unabash unabl unaccommod unaccompani unaccount unaccustom unach unacknowledg unacquaint
        unact unadorn unadulter unadvi unadvis unaffect unagre unaid unallow unalloy unallur unalt unambiti
        unanel unanim unansw unanswer unanu unappea unappeas unapproach unapprov unapt unarm unask unassail
        unassist unassum unattach unattain unattaint unattempt unattend unauspici unauthor unavail unavoid
        unawar unback unbak unband unbar unbarb unbash unbat unbatt unbear unbecom unbefit unbegot
        unbegotten unbeliev unbend unbent unbewail unbiass unbid unbidden unbind unbit unblemish unbless
        unblest unbloodi unblot unblown unblush unbodi unbolt unbonnet unbookish unborn unbosom unbound
        unbow unbr unbrac unbraid unbreath unbreech unbridl unbrok unbroken unbrui unbruis unbrush unbuckl
        unbuild unburden unburi unburnt unburthen unbusi unbutton uncal uncalcul uncandid uncanni uncap
        uncar uncarri uncas uncaught unceas uncensori unceremoni uncertain uncertainti unchain unchalleng
        unchang uncharg unchari uncharit unchast unchasten uncheck uncherish unchild unchildish unchildlik
        uncivil uncl unclaim unclasp unclassifi unclean uncleanli unclear uncler unclew unclog unclos
        uncloud uncoil uncoin uncolt uncomeli uncomfort uncommon uncommun uncompanion uncompassion
        uncomplain uncomplet uncomplimentari uncomprehend uncomprehens uncompress uncompromis unconc
        unconcern uncondit unconfin unconfirm uncongeni unconnect unconqu unconquer unconsci unconsecr
        unconsid unconst unconstitut unconstrain uncontamin uncontemn uncontradict uncontrol unconvinc
        uncork uncorrect uncount uncoupl uncourt uncouth uncov uncrit uncrop uncross uncrown unction
        unctuous uncuckold uncultiv uncur uncurb uncurl uncurr uncurs uncut undaunt undeaf undec undeceiv
        undecid undeck undeed undefac undefin undeni under underbear underborn underbr undercliff undercloth
        undercrest underdon underfeed underfoot undergo undergon undergradu underground underhand underhung
        underl underlin underlip undermin underneath underpr underprop underr underscor undersecretari
        underserv undersoil understand understandeth understood understrapp underta undertak undertaken
        underton undertook undervalu underw underwood underwrit undescri undescrib undeserv undesign undesir
        undetermin undevi undexter undi undid undignifi undim undiminish undint undiscern undiscov
        undisfigur undisguis undishonour undismay undispo undispos undisput undistinguish undisturb undivid
        undivulg undo undon undoubt undr undrain undraw undream undress undrown undu undul undulatori undut
        unduti unear unearn unearth uneasi uneasili uneasin uneat uneath uneduc uneffectu unelect
        unembarrass unemploy unencumb unendur unenvi unequ unequal unequivoc uner unev uneven unexamin
        unexampl unexception unexcit unexecut unexpect unexperi unexperienc unexplain unexplor unexpress unf
        unfail unfair unfaith unfal unfam unfamiliar unfashion unfasten unfath unfathom unfavour unfe unfeel
        unfeign unfellow unfelt unfeminin unfenc unfil unfili unfinish unfirm unfit unfix unfledg unflinch
        unfold unfoldeth unfool unforc unforeseen unforfeit unforgiv unforgiven unform unfort unfortifi
        unfortnet unfortun unfought unfound unfrequ unfresh unfriend unfulfil unfurl unfurnish ungain ungal
        ungart ungener ungeni ungenitur ungent ungenteel ungentl ungentleman ungentlemanlik ungird ungirdl
        ungod ungor ungot ungotten ungovern ungraci ungrammat ungrat ungratifi ungrav ungrown unguard unguem
        unguid unhack unhair unhallow unhand unhandl unhandsom unhang unhap unhappi unhappili unhar unharden
        unharm unhatch unheal unhealthi unheard unheart unheed unheedi unhelp unhesit unhewn unhidden unhing
        unholi unhonour unhook unhop unhopefullest unhors unhospit unhous unhurri unhurt unicorn unifor
        uniform unimagin unimpair unimpeach unimport unimprov uninfluenc uninhabit uniniti uninjur
        uninquisit unintellectu unintellig unintent uninterest uninterrupt uninvit union uniqu unison unit
        uniti univers universal universiti unjoint unjoy unjust unjustic unjustifi unk unkempt unkennel
        unkept unkind unkindest unkinglik unkiss unkiv unknit unknow unknown unlac unladylik unlaid unlatch
        unlaw unlearn unlearnt unless unlesson unlett unlicens unlick unlik unlimit unlin unlink unliquid
        unload unlock unloo unlook unloos unloosen unlov unlucki unluckili unmad unmak unman unmanag unmann
        unmannerd unmark unmarri unmask unmast unmatch unmean unmeasur unmeet unmellow unmention unmerci
        unmerit unmind unmindful unmingl unmistak unmitig unmix unmoan unmolest unmov unmuffl unmus unmuzzl
        unnam unnat unnatur unnecessari unnecessarili unneighbour unnerv unnobl unnot unnumb unobjection
        unobserv unobtrus unoccupi unoffend unopen unow unown unpack unpaid unpaint unpalat unparagon
        unparallel unpardon unparti unpath unpav unpay unpeac unpeg unpens unpeopl unperfect unperform
        unpersuad unperturb unpick unpicturesqu unpin unpink unpiti unplac unplagu unplaus unplea unpleas
        unpolici unpolish unpolit unpollut unpopular unposs unpossess unpract unpracti unpractis unpreced
        unpregn unpremedit unprepar unprepossess unpress unpretend unprev unprevail unprevar unprincipl
        unpriz unproduc unproduct unprofit unpromis unprop unproport unprosper unprotect unprovid unprovok
        unprun unpublish unpunctu unpunish unpurg unpurpo unqual unqualifi unqueen unquest unquestion
        unquiet unrais unrak unravel unread unreadi unreal unreason unreclaim unrecognis unreconcil
        unreconcili unrecount unrecur unredeem unregard unregist unrel unreliev unremark unremit unremov
        unrepin unrepriev unrequit unreserv unresist unresolv unrespect unrest unrestor unrestrain unrev
        unreveng unrever unreverend unreward unriddl unright unrip unripp unrival unrol unromant unroof
        unroost unroot unrough unruli unsaddl unsaf unsaid unsalut unsanctifi unsatisfactori unsatisfi
        unsavouri unsay unscal unscann unscar unscarr unschool unscorch unscour unscratch unscrew unscrupul
        unse unseal unseam unsearch unseason unsecond unsecret unseduc unseem unseen unselfish unseminar
        unsepar unservic unset unsettl unsev unsew unsex unshackl unshadow unshak unshaken unshap unshav
        unshaven unsheath unshelt unshod unshorn unshout unshown unshrink unshrubb unshunn unsift unsight
        unsinew unsist unskil unslip unsmirch unsoften unsoil unsolicit unsolv unsophist unsort unsought
        unsound unspar unspeak unspher unspoilt unspok unspoken unspot unsquar unstabl unstaid unstain
        unstanch unstat unsteadfast unsteadi unsteadili unstoop unstratifi unstring unstrung unstudi unstuff
        unsubstanti unsuccess unsuit unsulli unsunn unsupport unsur unsurpass unsuspect unsuspici unsustain
        unsway unswear unswept unsworn unsymmetr unsympathet untaint untalk untam untangl untarnish untast
        untaught untax untemp unten untend untent unthank unthink unthought unthread unthrift unthrifti unti
        untidi untidili until untim untimb untir untitl untold untouch untoward untrad untrain untrammel
        untranslat untread untreasur untri untrim untrod untrodden untroubl untru untruss untrustworthi
        untruth untuck untun unturn untutor untwin untwist unurg unus unusu unutt unutter unvalu unvanquish
        unvari unvarnish unveil unvener unventil unverifi unvex unviol unvirtu unvisit unvulner unw unwar
        unwari unwarili unwash unwatch unweari unwedg unweed unweigh unwel unwelcom unwept unwhipp
        unwhitewash unwholesom unwieldi unwieldili unwil unwilling unwind unwip unwis unwish unwit unwont
        unwoo unworld unworthi unworthiest unworthili unwound unwritten unwrung unyield unyok upbear upbraid
        upheav upheld uphil uphoard uphold upholdeth upholst upholster upholsteri upjohn uplan upland uplift
        upmost upper uppermost uprais uprear upright upris uproar uproari uproot upros uprous upsallata
        upset upshoot upshot upsid upspr upstair upstart upturn upward urban urchin urchinfield urg urgenc
        urgent urgest urin urinari ursley ursula urswick uruguay usag usanc usborn use useless usest useth
        usher usnera uspallata usual usur usuri usurp utamm utensil uther util utilitarian utmost utter
        uttereth uttermost uxbridg vaca vacanc vacant vacat vacil vacillatori vacuiti vagabond vagari vagram
        vagrant vagrom vagu vahrushin vail vaillant vain vainer vainest vainglori vainqueur vaiuli valanc
        vald valdivia vale valenc valencienn valentin valentinus valentio valeria valerius valet valiant
        valid valis vall vallant valley valli valor valour valparaiso valu valuabl valuat valueless valv
        valybl vamous vampir vancouv vandyk vane vanellus vanessa vanikoro vanish vanishest vanita vanitatum
        vaniti vanquish vanquishest vanquisheth vantag vantbrac vapian vapid vapor vapour vapouri varent
        vari variabl varianc variat varieg variest varieti varina various varld varlet varletri varletto
        varnish varrius varro vase vassal vassalag vassili vassilitch vassilyevski vast vasti vastid vasya
        vater vaudemont vaughan vault vaultag vaulter vaulti vaumond vaunt vaunter vauvado vauxhal vaward
        vayli veal vedrai veer veget vegetabl vehem vehement vehicl vehmgericht vehor veil vein veinous
        vellum veloc velur velutus velvet vend venda vendibl vendom vendor vener venetia venetian veney veng
        vengeanc venial venic veniso venison venit venni venom vent ventag ventana ventidius ventil ventnor
        ventr ventricl ventriloquist ventur venturesom venu venus venuto verac veraci veranda verandah verba
        verbal verbatim verbena verbos verd verdant verdict verdigri verdun verdur verefor verg verger
        verier veriest verifi verili verisopht verit verita veriti vermiform vermilion vermin vernon verona
        veronesa vers versa versaill versal versatil versif version verst versus vert vertebra vertic vertu
        verulam vesicl vesper vessel vest vestal vestig vestigia vestment vestri vestur vesuvius vetch
        veteran veterinari vex vexat vexati vexest vexeth vhole vholes vial viand viazemski vibrat vibratori
        vicar vicarag vicari vice viceger vicencio vicentio viceroy vicin vicious vicissitud victim victimis
        victor victoress victori victoria victual vicuna vide videlicet video videsn vie vien vienna view
        viewest vieweth viewless vigil vigit vigor vigour vile viler vilest vilifi vilinco vilipend
        vilipilli vill villa villag villageri villain villaini villan villani villarica villechardouin
        villiago villian villianda villosus vilna vinaigr vincent vincentio vincer vindic vindict vine
        vinegar vineyard vinger vinoqu vinous vintag vintem vintner viola violat violenc violent violenta
        violenteth violet violin violoncello viper virago virgilia virgin virginal virginian virginius virgo
        virgularia viril virorum virtu virtual virtuous virul visag visard viscid viscount vishera visibl
        vision visionari visit visitor visor vista vita vital vitement vithout vitiat vitrifi vitruvio vittl
        vittoria vitup vituper vivac vivaci vivan vivandier vivant vivid vivifi vivisect vivora vixen
        vixenish vizament vizard vizier vizor vlout vocabulari vocal vocalist vocat vocativo vocatur vocifer
        vodka vogu voic void voitur volabl volant volatil volcan volcano volivorco volley volney volquessen
        volsc volscian volt voltair voltemand volubl volum volumin volumnia volumnius volunt voluntari
        voluntarili voluptu voluptuari volut voluta vomiss vomit voraci vortex vorticos vortnight vortun
        voskresenski votari votarist vote voter votr vouch voucher vouchsaf voudrai voulez voutsaf vow vowel
        voyag voznesenski vraiment vrazumihin vremya vriend vulcan vulgar vulgarest vulgarian vulgaris vulgo
        vulner vultur vuner vurther waant wackford wad waddl wade wader wafer waft waftag wag wage wager
        waggish waggl waggon wagner wagon wagram wagstaff wagtail wahlverwandtschaften wail waimat wainrop
        wainscot waiomio waist waistband waistcoat wait waiter waiteth waither waitress waiv wake wakefield
        waken wakest wakken walcheren walckana walcot wale walerawang walk walker walketh wall wallachia
        walleechu wallenstein wallet wallflow wallon walloon wallow walnut walpol walt walter waltz waltzer
        wan wand wander wandsworth wane wanst want wanteth wanton wap wappen wapshot war warbl warbler
        warburton ward warden warder wardrob wardrop ware warehous warehousemen warfar warhors warili wark
        warkworth warlik warm warmer warmest warmheart warmingpan warmth warn warp warrant warranteth
        warranti warrantis warren warrior warrn wart warwick warwickshir wasch wash washer washeri
        washerwoman washford washin washington wasp waspish wassail wast waster watch watchdog watcher
        watchmak watchman watchmen watchword water watercours waterdrop waterfal waterfli waterflood
        waterford waterfowl waterhous wateri waterish waterlin waterloo waterpot waterproof waterrug watersh
        watersid watertight waterton waterwheel waterwork waterworn wather watkin watt wattier wave waver
        wawnt wax waxen wayfar waylaid waylay waysid wayt wayward weak weaken weaker weakest weakl weal
        wealsmen wealth wealthi wealthiest wealthili wealtlli wean weapon wear wearer weari weariest wearili
        wearisom weasel weasen weather weatherboard weathercock weav weaver weazen web weber webster wed
        weddin wedg wedlock wednesday weed weeder weedi weedur week weekday ween weep weeper weevl weigh
        weight weighti weightier weightili weightless weir weird weis welcom welcomest welfar welkin well
        weller wellesley wellington welsh welshman welshmen welshwomen welter welveteen wench wend wengeanc
        wenham weobli wep weraday weren werri werther wesleyan wessel wester western westminst westmoreland
        westward westwood wet wether wettest wex wezand whale whalebon whaler whaleri wharf wharton wharv
        whatdyecallem whatdyecallum whate whatev whatsernam whatso whatsoev whatsom wheat wheaten wheedl
        wheedlin wheel wheelbarrow wheelwright wheer wheeson wheez wheezi whelk whelm whelp whena whenc
        whencesoev whene whenev whensoev where wherea whereabout whereat wherebi wherefor wherein whereinto
        whereof whereon whereout whereso wheresoev wheresom whereto whereuntil whereunto whereupon wherev
        wherewith wherri whet wheth whether whetston which whichev whichsoev whiff whiffler whig while
        whilst whim whimper whimsic whine whinid whinston whip whipcord whipp whipper whipster whipstock
        whipt whir whirl whirligig whirlpool whirlwind whirr whish whisk whisker whiski whisp whisper
        whisperirig whist whistl white whitechapel whiteford whitefriar whitehal whiten whiter whitest
        whitewash whitey whitford whither whiti whitish whitmor whitster whitsun whitsunday whitsuntid
        whittington whittl whizz whoam whoever whole wholesal wholesom wholli whomsoev whoobub whoop whoosh
        whop whore whoremast whoremong whoreson whorish whose whoso whosoev whyou whytorsel wicious wick
        wicked wickedest wickedn wicker wicket wickham wicki widder wide widen wider widespread widest widow
        widowhood width wield wiesbaden wight wiglomer wigmak wigmor wigwam wil wilberforc wild wildbad
        wildcat wilder wildest wildfir wile wilful wilfuln wilheim will willag willer willeth willi william
        willin willing willingiy willinwodd willl willoughbi willow willst wilmot wilson wiltshir wimbledon
        wimpl win winc winch winchest wincot wind winder windgal windi windlass windmil window windpip
        windsor windward wine wineglass wing wingfield wingham wingless wink winkl winkworth winner winnow
        winter wintri wiolincel wipe wire wisdom wise wiseli wiser wisest wish wisher wishermaydi wishest
        wisheth wisht wisit wisitin wisp wissen wist wit witch witchcraft witcheri withal withdraw withdrawn
        withdrew wither withheld withhold withi within withold withou without withstand withstood wititt
        witless witnesseth wittenberg wittgenstein witti wittic wittier wittiest wittili wittl wittol
        wittolli wive wizard wizen woebegon woeful woefullest woefulli woful wofulli woic wold wolf wolfish
        wolgan wollah wollaston wolsey wolv wolvish woman womanhood womanish womankind womb wombi women
        woncot wonder wondrous wonld wont woo wood woodbin woodchip woodcock woodcot woodcourt woodcut
        wooden woodi woodland woodlous woodman woodmong woodpeck woodstock woodvill woodwork wooe wooer
        woolen wooli woollen woolli woollya woolsack woolsey woolward woolwich wooman worcest word wordi
        wordsworth worid worin work workaday workbag workbox worker workhous worki workman workmanlik
        workmanship workmen workroom workshop world worldl worldli worm wormi wormwood worret worri worrit
        wors worser worship worshipp worshippest worst wort worth worthbourn worthi worthier worthiest
        worthili worthless worthwhil wot wouid would wouldest wouldn wouldst woun wound woundless woven
        wrack wrangerton wrangl wrangler wrap wrapp wrapper wrapt wrath wreak wreath wreathen wreck wren
        wrench wrest wrestl wrestler wretch wretchcd wretched wretchedest wri wriggl wring wringer wrinkl
        wrist wristband writ write writer writh writhl writin written wrong wrongdo wronger wronk wrote
        wroth wrought wroughton wrung wrymug wunst wyeland wyndham xanthipp xliii xlvii xlviii xviii xxiii
        xxvii xxviii xxxii xxxiii xxxiv xxxix xxxvi xxxvii xxxviii yacht yagouaroundi yakmak yammerschoon
        yanke yaquil yard yare yataghan yaughan yawn yclepe yclipe year yearn yeast yedward yegorovna yell
        yellow yellowish yellowjack yelp yeoman yeomanri yeomen yerba yesday yesterday yesternight yesti
        yicld yield yielder yinder yoke yokefellow yokel yoketh yonder yong yongrey yoong yoongster yoop
        yorick york yorkist yorkshir yorkshireman young younger youngest youngl youngster younker your
        yourself yourselv yout youth yquem yseult yucca yushin yusupov zaharovitch zametov zampl zani
        zaraisk zaraiski zarnitsyn zatusfi zeal zealand zealous zebra zelandia zelinda zenaida zenana
        zenelophon zenith zephyr zermon zettlement zigzag zimmerman zodiac zoggi zone zonotrichia zoodl zook
        zoolog zoophyt zorillo zossimov zound zuleikah zwagger zwieback
        """
}
