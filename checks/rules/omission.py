"""TQ451 omission and TQ452 addition: content on one side only (bilingual input).

No model: the English source and the French are aligned word by word with
cheap evidence that an English content word is rendered in the French:

* the same word, or a cognate: the same first letters once accents are gone
  ("diplomats" ~ "diplomates", "Russian" ~ "russe", "Genève" ~ "Geneva");
* a small bilingual lexicon of stems for the frequent news words that are
  not cognates ("said" ~ "déclaré", "week" ~ "semaine", "Iceland" ~ "Islande");
* the transliteration-insensitive name key of :mod:`checks.glossary`
  ("Sergey" ~ "Sergueï", "Putin" ~ "Poutine") and the glossary itself;
* numbers, compared by value with :mod:`checks.french.numbers` ("ten" ~ "10");
* acronyms with the same letters in another order (NATO ~ OTAN, INF ~ FNI).

All of it is *positive* evidence only: a rendering the lexicon does not know
just leaves a word unexplained, and a single unexplained word is never
reported. What is reported needs stronger signs (the checks at the end):

1. a *name* on one side and nowhere on the other: a capitalised word that is
   not a common word, a title ("Secretary") or a nationality ("Russian",
   "Finnish", "les Américains"), i.e. a person, a place, an organisation; a
   group of names ("Antony Blinken") is rendered when one of its words is;
2. a *passage*: a run of several consecutive content words none of which has
   a trace on the other side, while the length ratio agrees (the side that
   lacks it is shorter than usual), or several shorter runs adding up, when
   the ratio is clearly off;
3. a length ratio far outside the usual band with most content unexplained.

Thresholds are in :class:`checks.config.Config` (``omission_*``, ``addition_*``).
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..base import Check
from ..french.anchors import attribution_added, attribution_missing, days_added, days_missing
from ..french.polarity import negation_added, negation_dropped
from ..glossary import name_key
from ..french.numbers import compare

# ---------------------------------------------------------------- word lists

_EN_STOP = frozenset("""
a an the and or but nor so yet for of to in on at by with from into onto upon about above
below over under after before during since until till while as than then that this these
those there here where when which who whom whose what why how whether if not no nor only
also too very just even still already again ever never always often more most less least
much many some any each every all both either neither other another such same own
i me my we us our you your he him his she her it its they them their one ones be is are was
were been being am have has had having do does did doing will would shall should can could
may might must ought mr mrs ms dr st said says say told tell according per via amid among
against without within across around toward towards upon like unlike including include
includes included just well back out up down off get got make made take took come came go
went put set way time times year years day days new old first last next own part s t
""".split())
_FR_STOP = frozenset("""
a à au aux avec ce ces cet cette c ça cela ceci celui celle ceux celles d de des du dans
en et ou où mais donc or ni car que qu qui quoi dont quel quelle quels quelles le la les l
un une uns unes son sa ses leur leurs lui elle elles il ils on nous vous je j me m te t
se s y ne n pas plus moins très aussi ainsi alors encore déjà tout tous toute toutes même
mêmes autre autres par pour sur sous sans entre vers chez contre depuis pendant avant après
selon lors comme si non oui est sont été être était étaient sera seront serait a ont avait
avaient aura auront avoir eu fait faire peut peuvent pourrait doit doivent devrait
également notamment toutefois cependant ainsi dont lequel laquelle lesquels lesquelles
auquel auxquels duquel desquels afin enfin puis déjà ici là mm m mme mmes dr cours
suis es sommes êtes soit soient fut furent avons avez eût puisse puissent pouvait
pourraient devait devaient faut vont va
quant tant lorsque puisque quoique tandis jusqu jusque près
""".split())
#: names whose absence proves little: nationalities and the country a title implies
#: ("U.S. Secretary of State" is "le secrétaire d'État" in French news)
_WEAK_NAMES = frozenset("""
usa us america american americans russian russians ukrainian ukrainians british french
german germans european europeans soviet western eastern iranian israeli israelis
palestinian palestinians arab arabs arabic indian indians korean italian dutch greek
swiss thai czech iraqi pakistani afghan somali yemeni kuwaiti saudi qatari emirati omani
bahraini bangladeshi nepali uzbek kazakh tajik kyrgyz belarusian georgian armenian
azerbaijani syrian egyptian libyan tunisian algerian moroccan nigerian kenyan ethiopian
eritrean australian canadian mexican brazilian argentine argentinian chilean peruvian
colombian venezuelan cuban haitian indonesian malaysian mongolian austrian hungarian
romanian bulgarian serbian croatian bosnian albanian macedonian slovak slovenian
estonian latvian lithuanian norwegian belgian african asian jordanian sudanese
congolese ivorian malian nigerien cameroonian rwandan ugandan tanzanian latin western
""".split())
#: -ish, -ese: Finnish, Kurdish, Lebanese, Taiwanese (names rarely end so)
_DEMONYM_SUFFIX = re.compile(r"[a-z]{3,}(?:ish|ese)$")
#: the same in French: nationality nouns ("les Américains", "les Occidentaux")
_FR_WEAK_NAME = re.compile(
    r"(?:russe|britanniq|allemand|occident|sovietiq|arabe|turc|grec|suisse|tcheq|belge|"
    r"afghan|kurde|somali|saoudien|espagnol|mongol|slovaq|thai|"
    r"[a-z]{2,}(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|ite|ote|ene)s?$)")
#: bilingual stems for frequent news words that are not cognates ("en stems = fr stems")
_LEXICON = """
say says said saying tell told = dit dis dire declar affirm indiqu ajout expliqu estim soulign precis assur annonc rappel selon fait savoir confi
meet met meeting meetings = rencontr reuni reunion retrouv entretien sommet
talk talks talked spoke speak speaking = entretien entretenu entretenus entretenir pourparler discussion discut parl negociat echange conversation exprim
week weeks = semaine
night nights overnight = nuit soir
evening = soir soiree
morning = matin matinee
afternoon = apres-midi apres midi
month months = mois
year years = an ans annee
day days = jour journee
today = aujourd
yesterday = hier
tomorrow = demain
next coming = prochain suivant
last latest = dernier derniere recent
new fresh = nouveau nouvel nouvelle nouveaux nouvelles new
former = ancien ex
top senior high highest = haut hauts haute plus eleve principal superieur meilleur chef
early beginning = debut tot
late = fin tard
early start started begin began launch launched = debut commenc lanc entam demarr
end ended ending = fin termin achev mettre
stop stopped halt = arret cess stopp interromp
release released free freed freeing = liber relach relaxe
kill killed killing = tu tue tues tuer mort meurtr
die died dead death deaths = mort meur deces dece decede
fight fighting fought = combat lutt bataill affront
war wars = guerre conflit
peace peaceful = paix pacifi
help helped aid = aide aider aid soutien secour assist
ask asked asking = demand pri solliciter interrog
want wanted wish hope hoped = veul voul souhait esper espoir desir
need needs needed = besoin necess falloir faut
hold held holding = ten tenu tenue detien organis
keep kept = gard maint conserv
take took taken = pris prend prise
give gave given = donn accord offr
make made = fait faire rend
call called calling = appel appeler qualifi exhort demand
show showed shown = montr prouv
find found = trouv constat conclu
think thought believe believed = pens croi estim
know known knew = sav connai su
see seen saw = voi vu constat
become became = devenu deven
win won = gagn remport victoire
lose lost loss losses = perd perte
buy bought = achet acquer
sell sold sale sales = vend vente
pay paid = pai pay vers
cost costs = cout
rise rose risen increase increased = hausse augment progress mont
fall fell fallen drop dropped decline = baisse chute recul diminu
grow growing grew growth = croiss croit augment
cut cuts = reduire reduct baisse coupe supprim
hit strike struck slapped = frapp touch gifl
threat threaten threatened threats = menac
warn warned warning = averti mett garde alert
urge urged = exhort appel press
agree agreed agreement = accord convenu accept
deny denied = ni nie nier dement
blame blamed = accus reproch blam
jail jailed prison imprisoned = prison emprisonn incarc detenu
sentence sentenced sentences = peine condamn
court courts = tribunal cour justice
law laws = loi legislat droit
rule rules ruling = regle decision arret gouvern
ban banned = interdi bann
allow allowed let = permet autoris laiss
deal deals = accord entente marche
leader leaders head chief = dirigeant chef leader responsable president
official officials = responsable fonctionnaire officiel autorit
lawmaker lawmakers = legislat parlementaire elu
government governments = gouvern executif autorit
country countries nation nations = pays nation etat
city town = ville
people = personne peuple population gens habitant
man men = homme
woman women = femme
child children = enfant
home = domicile maison chez pays
house = maison chambre
building = batiment immeuble edifice
world global worldwide = mond
weapon weapons arms = arme armement
troops soldier soldiers = troupe soldat militaire
border borders = frontier
land = terr
sea = mer maritime
water = eau
price prices = prix
money = argent fonds
tax taxes = impot taxe
trade = commerc echange
market markets = marche
share shares = part action
job jobs = emploi poste
work worked working = travail travaill oeuvre
company companies firm firms business = entreprise societe groupe firme
report reported reports reporting = rapport rapporte selon informe
news = nouvelle information actualite
statement statements = declaration communique
speech = discours
answer reply replied = repon
issue issues matter matters = question probleme sujet dossier
concern concerns concerned = preoccup inquiet concern
fear fears feared = crain peur
step steps move moves = mesure etape pas geste decision
choice = choix
poll polls = sondage scrutin
seat seats = siege
power powers = pouvoir puissance electri energ
strength = force
weak = faible
strong = fort
safe safety = sur surete securit
damage damaged harm = dommage degat endommag nuire
hurt injured wounded = bless nuire nuis
rescue = secour sauv
health = sante
disease = maladie
hospital = hopita
doctor doctors = medecin
school schools = ecole
student students = etudiant eleve
study studies research = etude recherche
data = donnee
weather = meteo temps
heat = chaleur
fire fires = incendie feu
flood floods = inondation crue
storm = tempete
earthquake = seisme tremblement
food = aliment nourriture
relief = allegement secour
supply supplies = approvision fourni livraison
deliver delivered = livr fourni
provide provided = fourni
send sent = envoy
return returned = retour reven rentr
bring brought = amen ramen apport
lead led = men dirig conduit entrain
follow followed following = suiv suite
join joined = rejoin adher
support supported supporting back backed = soutien soutenir soutenu soutenant appui
prevent = empech evit
avoid = evit
reach reached = attein parven
seek sought = cherch vis
try tried = tent essay
aim aims = vis object but
goal = objectif but
target targets targeted = cible vis
push pushed pushing = pouss pression repouss
enemy enemies = ennemi
friend friends = ami
ties = lien relation
summit = sommet
trip travel = voyage visite deplacement rend
host hosted = accueil hote
sidelines margins = marge
round = serie cycle tour
wave = vague
recent recently = recent recemment dernier
current = actuel cours
during = pendant lors cours durant
since = depuis
until = jusqu
ago = il y
soon = bientot prochain
still = encore toujours
again = nouveau encore
only = seul uniquement
half = moitie
amount = montant
level levels = niveau
rate = taux
bank banks = banque
loan loans = pret
online = ligne
network = reseau
website site = site
phone telephone = telephon
describe described = decri qualifi
claim claimed = affirm revendiqu pretend
believe = croi estim pens
expect expected = attend prevoi
offer offered = offr propos
require required = exig necessit
ready willing = pret dispos
withdraw withdrew withdrawal = retir retrait
resume resumed = repris repren
remain remained stay = rest demeur
improve improved = amelior
worsen = aggrav deterior
collapse collapsed = effondr
response respond responded = repon reaction reag
react reaction = reag reaction
retaliation retaliatory retaliate = represaill ripost retors
failure fail failed = echec echou
outcome = issue result
reason reasons = raison motif
despite = malgre
against = contre
amid = fond contexte alors
behalf = nom
however = cependant toutefois pourtant
shell shells = obus
gun guns = arme fusil
shoot shot shooting = tir abatt
ceasefire = cessez
truce = treve
committee = comite
board = conseil
governor = gouverneur
mayor = maire
spokesman spokeswoman spokesperson = porte-parole porte parole
staff = personnel
fine fined = amende
watch monitor = surveill regard
spy spies = espion
trial = proces
lawyer lawyers = avocat
guilty = coupable
evidence = preuve
witness = temoin
probe investigation investigate = enquet
freedom = liberte
rights = droit
neighbor neighbors neighbour neighbours = voisin
ally allies allied = allie
both = deux
all = tous tout ensemble
many numerous = nombreu beaucoup
several = plusieurs
few = peu quelques
counterpart counterparts = homologue
extend extended extending extension = prolong etend
human humanitarian = homme humain humanitaire
embassy embassies = ambassad
expel expelled expulsion = expuls
citizen citizens = citoyen ressortissant
member members = membre
detain detained detention detainee = deten detenu detention
range = portee
serve serving served = purg servi sert
separate separately = distinct separe
place = lieu
overview = apercu
wrongdoing = acte faute repreh
congratulate congratulated = felicit
office = fonction poste bureau
favour favor = faveur
between = entre
because = cause raison
wrongful wrongfully = injust tort
meaningful = signific
lasting lasted = durable dure
rotating = tournant
ensure sure = veill assur garant
worth value = vale montant eleve chiffr
package = paquet enveloppe ensemble plan
include includes included including = compren inclu dont notamment
ammunition rounds = munition cartouche obus
focus focused = concentr ax
charge charges charged = accusation chef inculp
welcome welcomed = salu accueil felicit
end = mettre mett
nuclear = nucleair
arms = arme armement
missile missiles = missile
weapons = arme
attack attacks attacked = attaqu
invasion invade invaded = invasion envahi
occupied occupation = occup
warning = avertissement
agreement agreements = accord
proposal proposals proposed propose = proposition propos
negotiations negotiate = negoci pourparler
discuss discussed discussion = discut debat
cooperation cooperate = cooper
relations relationship = relation
sanction sanctions sanctioned = sanction
measure measures = mesure
decision decide decided = decision decid
policy = politiq
politics political politician = politiq
party = parti
campaign = campagne
election elections elected = election elu
vote voted votes voter voters = vote scrutin electeur
candidate = candidat
protest protests protesters protester = manifest protest
demonstration demonstrators = manifest
arrest arrested = arret interpell
accuse accused = accus
victim victims = victime
refugee refugees = refugie
aid = aide
economy economic = econom
growth = croissance
unemployment = chomage
investment invest = invest
energy = energ
gas = gaz
oil = petrol brut
price = prix
tariff tariffs = tarif droit douane
export exports = export
import imports = import
debt = dette
bill = projet loi facture
parliamentary = parlementaire
senior = haut responsable principal
spokesman = porte-parole
joint = conjoint commun
share = partag part
talks = entretien
phone = telephon
call = appel
determination determined = determin
protect protected protection = proteg protection
citizens = citoyen
interests = interet
harm = nuire nuis
firmly = ferme
act = agir acte
hurt = nuire nuis bless
partner partners = partenaire
poisoning poisoned = empoison
critic critics = critiq opposant
main chief leading = principal
swift = rapide
impose imposed = impos
blow = coup
bilateral = bilater
pledged pledge promised promise = promis promesse engag
interfere interference meddling = ingerence ingerer
cyber cyberattacks = cyber
attempts attempt = tentative tent
influence = influenc
latest = dernier
previously = precedemment auparavant
rejected reject = rejet
allegations = allegation
brief briefly = bref brievement
collapse = effondr
thousands = millier
military militarily = militair
economically = economiquement
diplomatically = diplomatiquement
essential key = essentiel cle
expect expects = attend
powers = puissance
height peak = apogee fort
court tribunal = tribunal
diplomacy = diplomat
just fair = juste
refuse refused refusing = refus
ready = pret
showed shown interest = montr interet
requested request = demand
host = hote
change = changement
security = securit
@ cyprus = chypre
@ lebanon lebanese = liban
@ burma = birmanie
@ scotland scottish = ecosse
@ wales welsh = galles
@ latvia = lettonie
@ kuwait = koweit
@ jordan = jordan
@ chad = tchad
@ georgia = georgi
@ guinea = guinee
@ niger = niger
@ iran iranian = iran teheran
@ israel = israel
@ west bank = cisjordanie
@ cairo = caire
@ edinburgh = edimbourg
@ hague = haye
@ havana = havane
@ cape = cap
@ zealand = zeland
@ ivory = ivoire
@ coast = cote
plant plants = centrale usine site
airline airlines = compagnie aerien
air = air aerien
flight flights = vol
cancel cancelled canceled cancellation = annul
strike strikes striking = greve frapp
traffic = trafic circulation
@ american americans america usa washington = americ etats unis washington usa
united = uni
states state = etat
@ britain british uk england english london = britann royaume angl londres
@ russia russian russians moscow kremlin = russ moscou kremlin
soviet ussr = soviet urss
@ ukraine ukrainian ukrainians kyiv kiev = ukrain kiev kyiv
@ china chinese beijing = chin pekin
@ japan japanese = japon
@ germany german germans berlin = allemand allemagne berlin
@ france french paris = franc paris elysee
@ spain spanish = espagn
@ italy italian = itali
@ greece greek = grec grece athenes
@ netherlands dutch = bas neerland hollan
@ asia asian = asie asiat
@ morocco moroccan = maroc
@ algeria algerian = alger
@ lithuania lithuanian = litua
@ moldova moldovan = moldav
@ azerbaijan azerbaijani = azerba
@ chile chilean = chili
@ sudan sudanese = soudan
@ crimea = crimee
@ caucasus = caucase
@ yemen yemeni = yemen
@ red = rouge
@ switzerland swiss = suisse
@ belgium belgian brussels = belg bruxelles
@ iceland icelandic = island
@ india indian indians = inde indien
@ iraq iraqi = irak
@ syria syrian = syri
@ libya libyan = liby
@ egypt egyptian = egypt
@ turkey turkish = turq
@ poland polish = polo polonais
@ sweden swedish = suede suedois
@ norway norwegian = norv
@ denmark danish = danemark danois
@ austria austrian = autrich
@ hungary hungarian = hongr
@ czech = tcheq
@ belarus belarusian = bielorus belarus
@ saudi = saoud
@ arabia = arabie
@ korea korean = coree coreen
north northern = nord
south southern = sud
east eastern = est orient
west western = ouest occident
middle = moyen proche
@ mexico mexican = mexiq
@ brazil brazilian = bresil
@ africa african = afriq
@ europe european = europ
@ geneva = genev
@ moscow = moscou
@ london = londres
@ warsaw = varsovie
@ vienna = vienne
nato = otan nato
un = onu nations
eu = ue union europ vingt
bloc = bloc ue union europ
opec = opep
ecb = bce
imf = fmi
wto = omc
iaea = aiea
far = extreme
runoff = tour
surge surges surged = poussee hausse envolee bond
boost boosts boosted = porte dope stimul renforc
topped tops = tete premier
who = oms
imf = fmi
wto = omc
icc = cpi
gdp = pib
white = blanc blanche
black = noir
red = rouge
cross = croix
gulf = golfe
state = etat
department = departement ministere
foreign = etrang exterieur diplomat affaire
affairs = affaire
ministry = minist
secretary = secretair ministre chef
president presidential = presiden chef
prime = premier
treasury = tresor financ
defense defence = defense armee
army = armee
navy marines marine = marine
cold = froid
open = ouvert open
skies sky = ciel cieux
treaty treaties = traite accord
king = roi
queen = reine
pope = pape
court = cour
council = conseil
@ arctic = arctiq
monday = lundi
tuesday = mardi
wednesday = mercredi
thursday = jeudi
friday = vendredi
saturday = samedi
sunday = dimanche
january = janvier
february = fevrier
march = mars
april = avril
june = juin
july = juillet
august = aout
september = septembre
october = octobre
november = novembre
december = decembre
"""


def fold(word: str) -> str:
    """Lower case, no accents, one kind of apostrophe."""
    word = unicodedata.normalize("NFD", word.replace("’", "'").replace("œ", "oe"))
    return "".join(c for c in word if not unicodedata.combining(c)).lower()


def _parse_lexicon():
    """Rows of (English stems, French stems); rows marked ``@`` are places."""
    rows, places = [], set()
    for line in _LEXICON.strip().splitlines():
        en, fr = line.lstrip("@ ").split("=")
        rows.append((tuple(en.split()), tuple(fold(w) for w in fr.split())))
        if line.startswith("@"):
            places.add(len(rows) - 1)
    return rows, frozenset(places)


_ROWS, _PLACE_ROWS = _parse_lexicon()
_EN_INDEX: dict[str, list[int]] = {}
for _row, (_en, _fr) in enumerate(_ROWS):
    for _stem in _en:
        _EN_INDEX.setdefault(_stem, []).append(_row)


_EN_PLACES = frozenset(stem for r in _PLACE_ROWS for stem in _ROWS[r][0]) - _WEAK_NAMES


def _stem_matches(word: str, stem: str) -> bool:
    if word == stem or word in (stem + "s", stem + "x", stem + "e", stem + "es"):
        return True
    return len(stem) >= 4 and word.startswith(stem)


@lru_cache(maxsize=50_000)
def _en_rows(word: str) -> tuple[int, ...]:
    """Lexicon rows an English word belongs to (by stem)."""
    if word in _EN_INDEX:
        return tuple(_EN_INDEX[word])
    return tuple(r for stem, rows in _EN_INDEX.items() if len(stem) >= 4 and word.startswith(stem)
                 for r in rows)


@lru_cache(maxsize=50_000)
def _fr_rows(word: str) -> tuple[int, ...]:
    return tuple(r for r, (_, fr) in enumerate(_ROWS) if any(_stem_matches(word, s) for s in fr))


def _cognate(a: str, b: str) -> bool:
    """Same word, or the same first letters ("diplomats" ~ "diplomates", "russian" ~ "russe")."""
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 4:
        return False
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    if common >= 5 or (common >= 4 and shorter <= 6) or (common == shorter and shorter >= 4):
        return True
    # "members" ~ "membres", "citizens" ~ "citoyens", "aggression" ~ "agression"
    return common >= 2 and shorter >= 5 and _similarity(a, b) >= 0.75


@lru_cache(maxsize=100_000)
def _similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


# ---------------------------------------------------------------- words

@dataclass
class Word:
    start: int
    end: int
    text: str
    fold: str
    content: bool = True
    name: bool = False
    strong: bool = False
    traced: bool = False


_EN_WORD = re.compile(r"[A-Za-z]+")
_FR_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"(?:^|[.!?:;«»\"“”(—–]|\s-)\s*$")
_FR_ABBREVIATION = re.compile(r"(?:\b(?:M|MM|Mme|Mmes|Dr|St|Ste|Mgr)|\b[A-Z])\.\s*$")
_MONTHS_DAYS = frozenset(fold(w) for w in (
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday janvier février mars avril mai "
    "juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi "
    "samedi dimanche").split())


def _common_english(word: str) -> bool:
    """A common English word ("Secretary", "Council"), not only a name.

    Without the hunspell lexicon, a word of the bilingual lexicon counts as common.
    """
    from ..french import lexicon
    if lexicon.available():
        return lexicon.is_english_common(word)
    return bool(_en_rows(fold(word)))


def _common_french(word: str) -> bool:
    from ..french import lexicon
    if lexicon.available():
        return lexicon.is_french(word.lower())
    return bool(_fr_rows(fold(word)))


def _title_case(text: str, pattern: re.Pattern, stop: frozenset[str]) -> bool:
    """A headline in title case: every content word capitalised, several of them.

    "Top U.S. and Russian Diplomats Will Meet Next Week" is; "Blinken met the
    U.S. Secretary of State in Geneva" is not ("met").
    """
    content = [w for w in pattern.findall(text) if len(w) >= 3 and w.lower() not in stop]
    return len(content) >= 4 and all(w[0].isupper() for w in content)


def english_words(text: str) -> list[Word]:
    """Words of the English source: which are content words, names, strong names."""
    text = re.sub(r"\b([A-Z])\.([A-Z])\.", r"\1\2  ", text)  # U.S. -> US, same length
    title = _title_case(text, _EN_WORD, _EN_STOP)
    words = []
    for m in _EN_WORD.finditer(text):
        w = m.group()
        if w in ("s", "t") and m.start() > 0 and text[m.start() - 1] in "'’":
            continue  # Biden's, don't
        f = "usa" if w == "US" else fold(w)
        initial = title or bool(_INITIAL.search(text[:m.start()]))
        acronym = len(w) >= 2 and w.isupper()
        common = w[0].isupper() and not acronym and _common_english(w)
        name = acronym or (w[0].isupper() and not (initial and common))
        content = f not in _EN_STOP and (len(f) >= 3 or acronym)
        place = f in _EN_PLACES  # Brazil, China, Turkey: common words, yet places
        demonym = f in _WEAK_NAMES or bool(_DEMONYM_SUFFIX.match(f))
        strong = name and content and (not common or place) and not demonym \
            and f not in _MONTHS_DAYS
        words.append(Word(m.start(), m.end(), w, f, content, name, strong))
    return words


_FR_STOP_FOLDED = frozenset(fold(w) for w in _FR_STOP)


def french_words(text: str) -> list[Word]:
    """Words of the French: content words, names (capitalised), strong names."""
    words = []
    for m in _FR_WORD.finditer(text):
        w = m.group()
        f = fold(w)
        before = text[:m.start()]
        initial = bool(_INITIAL.search(before)) and not _FR_ABBREVIATION.search(before)
        acronym = len(w) >= 2 and w.isupper()
        common = w[0].isupper() and not acronym and (_common_french(w) or f in _FR_STOP_FOLDED)
        name = acronym or (w[0].isupper() and not (initial and common))
        content = f not in _FR_STOP_FOLDED and (len(f) >= 3 or acronym)
        place = bool(set(_fr_rows(f)) & _PLACE_ROWS)
        strong = name and content and (not common or place) and f not in _MONTHS_DAYS \
            and not _FR_WEAK_NAME.match(f)
        words.append(Word(m.start(), m.end(), w, f, content, name, strong))
    return words


# ---------------------------------------------------------------- alignment

def _similar_name(a: str, b: str) -> bool:
    if name_key(a) == name_key(b) and len(name_key(a)) >= 3:
        return True
    return min(len(a), len(b)) >= 5 and difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _anagram(a: Word, b: Word) -> bool:
    return a.text.isupper() and b.text.isupper() and len(a.text) >= 3 and \
        sorted(a.text) == sorted(b.text)


def _glossary_pairs(glossary, english: str, french: str) -> tuple[set[str], set[str]]:
    """Folded words of glossary entries found on both sides: rendered, whatever the words."""
    en_ok: set[str] = set()
    fr_ok: set[str] = set()
    if glossary is None or not hasattr(glossary, "find_en"):
        return en_ok, fr_ok
    for entry in glossary:
        try:
            if glossary.find_en(entry, english) and glossary.find_fr(entry, french):
                en_ok.update(fold(w) for w in _EN_WORD.findall(entry.en))
                for form in entry.fr:
                    fr_ok.update(fold(w) for w in _FR_WORD.findall(form))
        except (AttributeError, TypeError, ValueError):
            continue
    return en_ok, fr_ok


def _trace(words: list[Word], others: list[Word], rows_of, other_rows_of,
           accepted: set[str]) -> None:
    other_folds = {o.fold for o in others}
    other_rows = set()
    for o in others:
        other_rows.update(other_rows_of(o.fold))
    for w in words:
        if not w.content or w.traced:
            continue
        w.traced = (w.fold in other_folds or w.fold in accepted
                    or any(_cognate(w.fold, o.fold) for o in others if o.content or o.name)
                    or bool(set(rows_of(w.fold)) & other_rows)
                    # a capitalised word may render a name even where it reads as a
                    # common word: "Poutine" opening a sentence ("poutine" the dish)
                    or (w.name and any(_similar_name(w.fold, o.fold) or _anagram(w, o)
                                       for o in others if o.name or o.text[:1].isupper())))


def _runs(words: list[Word]) -> list[list[Word]]:
    """Maximal runs of consecutive untraced content words."""
    runs, current = [], []
    for w in words:
        if not w.content:
            continue
        if w.traced:
            if current:
                runs.append(current)
            current = []
        else:
            current.append(w)
    if current:
        runs.append(current)
    return runs


def _name_groups(words: list[Word], text: str) -> list[list[Word]]:
    """Adjacent names ("Trevor Reed"): a group is rendered when one of its words is."""
    groups: list[list[Word]] = []
    for w in words:
        if not w.name or not w.content:
            continue
        if groups and re.fullmatch(r"[\s\u00a0-]*", text[groups[-1][-1].end:w.start]):
            groups[-1].append(w)
        else:
            groups.append([w])
    return groups


@dataclass
class Alignment:
    """What the French and its English source have that the other lacks."""

    ratio: float
    english: list[Word] = field(default_factory=list)
    french: list[Word] = field(default_factory=list)
    missing_names: list[list[Word]] = field(default_factory=list)
    added_names: list[list[Word]] = field(default_factory=list)
    missing_runs: list[list[Word]] = field(default_factory=list)
    added_runs: list[list[Word]] = field(default_factory=list)

    @staticmethod
    def coverage(words: list[Word]) -> float:
        content = [w for w in words if w.content]
        return sum(w.traced for w in content) / len(content) if content else 1.0


def _with_numbers(words: list[Word], mentions, unmatched) -> list[Word]:
    """Numbers become content words, traced unless the number check left them unmatched."""
    left = {id(m) for m in unmatched}
    out = [Word(m.start, m.end, m.text, m.text, traced=id(m) not in left)
           for m in mentions if m.hard]
    kept = [w for w in words if not any(m.start <= w.start < m.end for m in mentions)]
    return sorted(kept + out, key=lambda w: w.start)


@lru_cache(maxsize=512)
def _align_cached(french: str, english: str, glossary) -> Alignment:
    return _align(french, english, glossary)


def align(french: str, english: str, glossary=None) -> Alignment:
    """Align ``french`` with its English source (cached: both checks use it)."""
    try:
        return _align_cached(french, english, glossary)
    except TypeError:  # an unhashable glossary
        return _align(french, english, glossary)


def _align(french: str, english: str, glossary) -> Alignment:
    numbers = compare(french, english)
    fr_all = _with_numbers(french_words(french), numbers.french_all, numbers.french)
    en_all = _with_numbers(english_words(english), numbers.english_all, numbers.english)
    en_ok, fr_ok = _glossary_pairs(glossary, english, french)
    _trace(en_all, fr_all, _en_rows, _fr_rows, en_ok)
    _trace(fr_all, en_all, _fr_rows, _en_rows, fr_ok)
    ratio = len(french.strip()) / max(1, len(english.strip()))
    out = Alignment(ratio, en_all, fr_all)
    out.missing_names = [g for g in _name_groups(en_all, english)
                         if not any(w.traced for w in g) and any(w.strong for w in g)]
    out.added_names = [g for g in _name_groups(fr_all, french)
                       if not any(w.traced for w in g) and any(w.strong for w in g)]
    out.missing_runs = _runs(en_all)
    out.added_runs = _runs(fr_all)
    return out


#: a length ratio alone is evidence when less than this share of the content is explained
_UNEXPLAINED_COVERAGE = 0.6
#: several short runs make a passage only with clearer length evidence than one long run
_SHORT_RUNS_RATIO = 0.85


def _passages(runs: list[list[Word]], length: int, ratio: float,
              limit: float, shorter: bool) -> list[list[Word]]:
    """Runs that make a passage, given the length ``ratio`` and its ``limit``.

    One run of ``length`` words when the ratio is past the limit (below it
    for an omission, ``shorter``; above it for an addition); or shorter runs
    (two words or more: a lone unexplained word is paraphrase) adding up to
    more than ``length`` when the ratio is clearly past it.
    """
    def past(bound: float) -> bool:
        return ratio < bound if shorter else ratio > bound
    long_runs = [r for r in runs if len(r) >= length]
    if long_runs and past(limit):
        return long_runs
    short = [r for r in runs if len(r) >= 2]
    strict = limit * _SHORT_RUNS_RATIO if shorter else limit / _SHORT_RUNS_RATIO
    return short if sum(len(r) for r in short) > length and past(strict) else []


def _glossing_acronym(group: list[Word], text: str) -> bool:
    """An acronym in parentheses after what it stands for: "(DSA)", "(AIEA)"."""
    return len(group) == 1 and group[0].text.isupper() and \
        text[:group[0].start].rstrip().endswith("(") and text[group[0].end:].lstrip()[:1] == ")"


def _quote(group: list[Word], text: str) -> str:
    return text[group[0].start:group[-1].end]


class _Bilingual(Check):
    """Shared gate: only bilingual input (a source, not a back-translation)."""

    def _alignment(self, sentence, ctx) -> Alignment | None:
        if not sentence.source or not sentence.source.strip() or not sentence.text.strip():
            return None
        return align(sentence.text, sentence.source, ctx.glossary)


class Omission(_Bilingual):
    """Content of the English source missing from the French.

    What it detects:
        A bilingual segment whose French leaves out something the source
        says: a name (person, place, organisation) that appears nowhere in the
        French; a passage of several consecutive content words with no trace
        in the French while the French is shorter than usual; a French
        far shorter than the source with most of its content unexplained;
        and short facts that change the meaning: a negation dropped ("did not
        rule out" -> "a exclu"), a day of the week, an attribution ("according
        to local officials"). Words are matched by cognates, a small bilingual lexicon of news
        words, transliterated names, numbers by value and the glossary; no
        model is needed. Only for bilingual input (TMX, XLIFF, JSON
        segments): a back-translation is too noisy for this.

    Why it matters:
        Engines silently drop clauses, names and qualifiers, especially in
        long sentences; the French reads well and nobody notices that "and
        Trevor Reed" or "for the first time since 2021" is gone.

    Example:
        "He called on Moscow to release Paul Whelan and Trevor Reed." against
        "Il a appelé Moscou à libérer Paul Whelan." reports "Trevor Reed".
        "Blinken spoke on Wednesday with Lavrov, who urged him to lift the
        sanctions imposed last month." against "Blinken s'est entretenu
        mercredi avec Lavrov." reports the missing passage.

    Known false positives:
        Free translations that render a passage with words the lexicon does
        not know, while also being much shorter; a name replaced by a title
        ("Lavrov" by "le chef de la diplomatie russe"). Tune
        `TQC_OMISSION_RUN_WORDS`, `TQC_OMISSION_RATIO_SUPPORT` and
        `TQC_OMISSION_RATIO_STRONG`, or dismiss the finding in review.
    """

    code = "TQ451"
    name = "omission"
    category = "omission"
    severity = "warning"
    title = "Source content missing from the French"

    def check_sentence(self, sentence, ctx):
        a = self._alignment(sentence, ctx)
        if a is None:
            return
        cfg = ctx.config
        english = sentence.source
        reasons, evidence = [], {"ratio": round(a.ratio, 2),
                                 "coverage": round(Alignment.coverage(a.english), 2)}
        if a.missing_names:
            names = [_quote(g, english) for g in a.missing_names]
            reasons.append("name" + ("s" if len(names) > 1 else "") + " "
                           + ", ".join(f"'{n}'" for n in names))
            evidence["names"] = names
        runs = _passages(a.missing_runs, cfg.omission_run_words, a.ratio,
                         cfg.omission_ratio_support, shorter=True)
        if runs:
            passages = [_quote(r, english) for r in runs]
            reasons.append("passage " + ", ".join(f"'{p}'" for p in passages))
            evidence["passages"] = passages
        long_enough = len(english.strip()) >= cfg.omission_min_chars
        if not reasons and long_enough and a.ratio < cfg.omission_ratio_strong \
                and Alignment.coverage(a.english) < _UNEXPLAINED_COVERAGE:
            reasons.append(f"the French is {a.ratio:.0%} as long as the source")
        days = days_missing(sentence.text, english)
        if days:
            reasons.append("the day " + ", ".join(f"'{d}'" for d in days))
            evidence["days"] = days
        source = attribution_missing(sentence.text, english)
        if source:
            reasons.append(f"the attribution '{source}'")
            evidence["attribution"] = source
        if negation_dropped(sentence.text, english):
            reasons.append("the negation of the source (the French affirms what it denies)")
            evidence["negation"] = "dropped"
        if reasons:
            yield self.finding("source content missing from the French: " + "; ".join(reasons),
                               evidence=evidence)


class Addition(_Bilingual):
    """French content with no counterpart in the English source.

    What it detects:
        A bilingual segment whose French says more than the source: a name
        that appears nowhere in the source, a passage of several consecutive
        content words with no trace in the source while the French is longer
        than usual, a French far longer than the source with most of its
        content unexplained, a negation ("n'a pas confirmé" for "confirmed"),
        a day of the week or an attribution ("selon l'AFP") the source does
        not have. Same word matching as TQ451 (omission); only for bilingual
        input. An acronym in parentheses after what it stands for is no
        addition.

    Why it matters:
        Engines hallucinate: they repeat a clause, finish a truncated
        sentence, or insert a name or a figure from their training data. An
        addition puts words in a source's mouth.

    Example:
        "Lavrov and Blinken met in Geneva." against "Sergueï Lavrov et Antony
        Blinken se sont rencontrés à Genève, a annoncé jeudi le Kremlin dans
        un communiqué." reports the name "Kremlin" (the first names are not
        reported: a group of names is rendered when one of its words is).
        With "... a annoncé jeudi le porte-parole du Kremlin Dmitri Peskov dans
        un communiqué" the whole passage is reported too.

    Known false positives:
        Explicitation that a good translator adds on purpose (a first name,
        "le président" before a name, "la ville de"), when the added words
        make a run of several words the source does not explain. Tune
        `TQC_ADDITION_RUN_WORDS`, `TQC_ADDITION_RATIO_SUPPORT` and
        `TQC_ADDITION_RATIO_STRONG`, or dismiss the finding in review.
    """

    code = "TQ452"
    name = "addition"
    category = "addition"
    severity = "warning"
    title = "French content with no counterpart in the source"

    def check_sentence(self, sentence, ctx):
        a = self._alignment(sentence, ctx)
        if a is None:
            return
        cfg = ctx.config
        french = sentence.text
        reasons, spans, evidence = [], [], {"ratio": round(a.ratio, 2),
                                            "coverage": round(Alignment.coverage(a.french), 2)}
        added = [g for g in a.added_names if not _glossing_acronym(g, french)]
        if added:
            names = [_quote(g, french) for g in added]
            reasons.append("name" + ("s" if len(names) > 1 else "") + " "
                           + ", ".join(f"'{n}'" for n in names))
            spans += [(g[0].start, g[-1].end) for g in added]
            evidence["names"] = names
        runs = _passages(a.added_runs, cfg.addition_run_words, a.ratio,
                         cfg.addition_ratio_support, shorter=False)
        if runs:
            passages = [_quote(r, french) for r in runs]
            reasons.append("passage " + ", ".join(f"'{p}'" for p in passages))
            spans += [(r[0].start, r[-1].end) for r in runs]
            evidence["passages"] = passages
        long_enough = len(sentence.source.strip()) >= cfg.omission_min_chars
        if not reasons and long_enough and a.ratio > cfg.addition_ratio_strong \
                and Alignment.coverage(a.french) < _UNEXPLAINED_COVERAGE:
            reasons.append(f"the French is {a.ratio:.1f} times as long as the source")
        days = days_added(french, sentence.source)
        if days:
            reasons.append("the day " + ", ".join(f"'{d}'" for d in days))
            evidence["days"] = days
        source = attribution_added(french, sentence.source)
        if source:
            reasons.append(f"the attribution '{source}'")
            evidence["attribution"] = source
        if negation_added(french, sentence.source):
            reasons.append("a negation (the French denies what the source affirms)")
            evidence["negation"] = "added"
        if reasons:
            span = min(spans) if spans else None
            yield self.finding("French content with no counterpart in the source: "
                               + "; ".join(reasons), span=span, evidence=evidence)
