"""TQ802 page-furniture: lines of the web page that are not article text.

Scraped articles keep what surrounded them on the page: share buttons,
comment forms, photo credits, update stamps, breadcrumbs, bylines, cookie
banners, paywall notices. They are not translation (or were translated by
nobody in particular) and checking them only adds noise: "Comments" would be
an untranslated sentence, "Xinhua | 21.05.2021 08h19" a number to compare,
"Votre pseudo" a spelling question.

The check runs first and stops the others on the sentences it marks (except
checks that apply to furniture, like the untranslated ones), and it sets
``sentence.boilerplate`` so that scoring keeps them out of the risk. A
sentence is furniture only as a whole: every rule matches the full sentence
(after list markers and spaces are trimmed), and most only short ones, so a
real sentence that mentions Reuters, a share price or an update is text.
"""
from __future__ import annotations

import re

from ..base import Check
from ..messages import msg

_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|"
           "novembre|décembre|decembre|january|february|march|april|may|june|july|august|"
           "september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|"
           "dec|janv|févr|avr|juil|déc")
_DAYS = ("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
         "thursday|friday|saturday|sunday")
#: what may follow "Publié", "Mis à jour", "Updated": a date, a time, a byline
_DATE_WORD = re.compile(
    rf"(?<!\w)(?:a\.m\.|p\.m\.|\d+(?:er|h\d*|:\d+)?|{_MONTHS}|{_DAYS}|le|la|à|a|at|on|of|du|il|y|"
    r"depuis|ago|"
    r"aujourd['’]hui|hier|today|yesterday|min|minutes?|heures?|hours?|h|gmt|utc|cet|cest|edt|"
    r"am|pm|mis|mise|jour|updated|publié|publiée|modifié|modifiée|"
    r"published|posted|last|dernière|et)(?!\w)\.?", re.I)
_AGENCIES = frozenset(
    "reuters afp ap xinhua epa bloomberg getty ansa dpa tass ria sipa belga kyodo yonhap "
    "anadolu efe abaca maxppp shutterstock istock unsplash wikimedia".split()) | {
    "getty images", "associated press", "agence france-presse", "ria novosti",
    "the associated press", "afp photo", "epa-efe", "sputnik", "ap photo"}
#: lowercase words allowed inside a person's name ("Jean de La Fontaine")
_PARTICLES = frozenset("de du des la le van von der den da di el al bin ibn y et and".split())

def _compile(rules: list[tuple[str, str]]) -> list[tuple[str, re.Pattern]]:
    return [(kind, re.compile(pattern, re.I)) for kind, pattern in rules]


#: whole short lines, matched in full
_LINE_RULES = _compile([
    ("share", r"(?:partagez|partager|partage|share|tweet(?:er)?|envoyer|send|imprimer|print|"
              r"e-?mail|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|"
              r"messenger|copier le lien|copy link|lien copié)"
              r"(?: (?:cet|cette|l['’]|this|the) ?(?:article|story|page|post|vidéo|video|"
              r"info|information))?(?: (?:sur|on|via|par|by) ?(?:[\w-]+(?: ?, ?[\w-]+)*)?)?"),
    ("comments", r"(?:\d+ )?(?:comments?|commentaires?|réactions?|réagir|réagissez|commenter|"
                 r"laisser un commentaire|laissez un commentaire|leave a comment|add a comment|"
                 r"ajouter un commentaire|votre (?:pseudo|nom|commentaire|e-?mail|adresse e-?mail|"
                 r"message|réaction)|your (?:name|e-?mail|comment|message)|pseudo|"
                 r"conseils de la rédaction|les commentaires sont fermés|comments are closed|"
                 r"(?:envoyer|poster|publier|valider|submit|post) ?(?:le |mon |votre )?"
                 r"(?:commentaire|comment)?)"),
    ("related", r"(?:(?:à )?lire (?:aussi|également|la suite)|(?:à )?voir aussi|"
                r"read (?:more|also)|see also|related(?: (?:articles|stories|content))?|"
                r"sur le même sujet|dans la même rubrique|plus d['’]articles|"
                r"articles? (?:liés|similaires|associés|recommandés)|"
                r"les plus (?:lus|partagés|commentés|populaires)|"
                r"most (?:read|popular|viewed|shared)|à la une|dernières (?:actualités|infos|"
                r"nouvelles)|latest (?:news|stories)|en continu|top stories|"
                r"recommandé pour vous|recommended(?: for you)?|vous aimerez aussi|"
                r"you (?:may|might) also like|pour aller plus loin|en savoir plus|à découvrir)"),
    ("navigation", r"(?:menu|accueil|home|page d['’]accueil|rechercher?|search|fermer|close|"
                   r"retour en haut(?: de (?:la )?page)?|haut de (?:la )?page|back to top|"
                   r"page (?:suivante|précédente)|next page|previous page|"
                   r"article (?:suivant|précédent)|next article|previous article|suivant|"
                   r"précédent|voir plus|afficher plus|show more|load more|plus)"),
    ("advertising", r"(?:publicité|advertisement|advertising|annonce|sponsorisé|sponsored|"
                    r"contenu sponsorisé|contenu partenaire|sponsored content|partenaire)"),
    ("subscription", r"(?:abonnez-vous|s['’]abonner|je m['’]abonne|subscribe(?: now)?|"
                     r"newsletter|inscrivez-vous|s['’]inscrire|sign up|se connecter|connexion|"
                     r"log ?in|sign in|déjà abonné ?\??(?: ?connectez-vous)?|"
                     r"already a subscriber\??(?: log in)?|offre spéciale)"),
])
#: furniture that starts a line and may run on (a headline after "Lire aussi :")
_PREFIX_RULES = _compile([
    ("related", r"(?:à )?lire (?:aussi|également)\b|(?:à )?voir aussi ?:|read (?:more|also) ?:|"
                r"see also ?:|sur le même sujet ?:"),
    ("tags", r"(?:mots[- ]clés|tags|thèmes|sujets|topics|keywords) ?:"),
    ("credit", r"(?:photo|photos|crédits?(?: photo)?|image|illustration|photographie|"
               r"vidéo|video|source|sources) ?: ?\S"),
    ("copyright", r"(?:©|\(c\)|copyright\b)"),
    ("cookies", r".*(?:(?:nous|ce site|notre site|we|this (?:site|website)) (?:utilis\w+|uses?) "
                r"(?:des |de |les )?cookies|en (?:poursuivant|continuant) votre navigation|"
                r"accept\w* (?:tous |all )?(?:les )?cookies|cookie (?:settings|policy|preferences)|"
                r"(?:politique|gestion|paramètres) (?:des |de |relative aux )?cookies|"
                r"(?:gérer|paramétrer) (?:mes |les )?(?:cookies|préférences))"),
    ("paywall", r".*(?:réservée? aux abonnés|il vous reste \d+ ?% de cet article|"
                r"for subscribers only|subscribe to (?:read|continue)|"
                r"vous avez atteint (?:la|votre) limite|suivez-nous sur|retrouvez-nous sur|"
                r"follow us on|téléchargez (?:notre|l['’])? ?app|recevez nos alertes|"
                r"(?:inscrivez-vous|abonnez-vous) à (?:notre|la|nos) newsletter|"
                r"sign up for (?:our|the) newsletter)"),
    ("copyright", r".*(?:tous droits réservés|all rights reserved|reproduction interdite)"),
])
_MAX_WORDS = {"credit": 14, "copyright": 16, "tags": 30, "related": 30, "cookies": 60,
              "paywall": 40}
_STAMP = re.compile(r"(?:(?:dernière )?mise à jour|mis à jour|actualisé|publié|publiée|"
                    r"modifié|modifiée|updated|last updated|published|posted)\b ?:? ?", re.I)
_BYLINE = re.compile(r"\(? ?(?:rédacteurs?|rédactrices?|rédaction|éditeurs?|éditrices?|"
                     r"editors?|edited by|édité par|reporting by|writing by|translated by|"
                     r"traduit par|traduction|auteurs?|authors?|par|by|avec|with) ?:? ?"
                     r"(?P<names>.+?) ?\)?", re.I)
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*")


def _normalise(text: str) -> str:
    text = re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()
    return re.sub(r"^[•▪●◦‣►*–—-]+ ?", "", text).strip()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:['’.-][^\W_]+)*", text)


def _is_date_only(text: str) -> bool:
    """Nothing but dates, times and stamp words, with at least one digit."""
    if not re.search(r"\d", text):
        return False
    rest = _DATE_WORD.sub(" ", text)
    return not re.search(r"[^\W_]", rest)


def _is_name(part: str) -> bool:
    """A person or organisation: one to five capitalised words (particles allowed)."""
    words = _words(part)
    if not 1 <= len(words) <= 5:
        return False
    capitalised = [w for w in words if _CAPITALISED.fullmatch(w) or w.isupper()]
    return bool(capitalised) and all(w in capitalised or w.lower() in _PARTICLES for w in words)


def _is_agency(part: str) -> bool:
    """"Reuters", "AFP/Getty Images", "Photo AFP", "EPA-EFE"."""
    low = re.sub(r"^(?:photos?|crédits?|credit) |\b(?: photo| images)$", "",
                 part.lower().strip(" ().")).strip()
    pieces = [p.strip() for p in re.split(r"[/,]", low) if p.strip()]
    return bool(pieces) and all(p in _AGENCIES for p in pieces)


def _credit(text: str) -> bool:
    """"Johanna Geron | Reuters", "Xinhua | 21.05.2021 08h19", "AFP", "(Photo AFP)"."""
    bare = text.strip("() ")
    if _is_agency(bare) and len(_words(bare)) <= 3:
        return True
    parts = [p.strip() for p in re.split(r" ?[|/] ?", bare) if p.strip()]
    if len(parts) < 2 or len(_words(bare)) > 12:
        return False
    if any(_is_agency(p) for p in parts):
        return all(_is_agency(p) or _is_name(p) or _is_date_only(p) for p in parts)
    return "|" in bare and all(_is_name(p) for p in parts) and min(
        len(_words(p)) for p in parts) <= 3


def _breadcrumb(text: str) -> bool:
    """"Page d'accueil>>International", "Accueil > Monde > Europe"."""
    separators = r">>|›|→|»|>" if "«" not in text else r">>|›|→|>"
    parts = [p.strip() for p in re.split(separators, text)]
    return len(parts) >= 2 and all(1 <= len(_words(p)) <= 5 for p in parts) and \
        len(_words(text)) <= 14 and not text.endswith(".")


def _byline(text: str) -> bool:
    """"(Rédacteurs :Ying Xie, Yishuang Liu)", "Par Jean Dupont", "Avec AFP"."""
    agency = re.search(r" ?\((?:avec |with )?([^()]{1,40})\)$", text)
    if agency and _is_agency(agency[1]) and not text.startswith("("):
        text = text[:agency.start()]  # "Par Claire Martin (avec AFP)"
    m = _BYLINE.fullmatch(text)
    if not m or text.endswith("."):
        return False
    names = [n for n in re.split(r" ?(?:,|;| et | and |&|/) ?", m["names"]) if n]
    return bool(names) and len(names) <= 6 and all(_is_name(n) or _is_agency(n) for n in names)


def _stamp(text: str) -> bool:
    """"Dernière mise à jour à 09h05 le 21/05", "Publié le 21 mai 2021 à 10h"."""
    m = _STAMP.match(text)
    rest = text[m.end():] if m else text
    byline = re.search(r" ?(?:par|by) (.+)$", rest, re.I)
    if byline and all(_is_name(n) for n in re.split(r" ?(?:,| et | and ) ?", byline[1])):
        rest = rest[:byline.start()]
    return _is_date_only(rest.rstrip(" .")) and (m is not None or len(_words(text)) <= 8)


def furniture(text: str) -> str | None:
    """The kind of page furniture ``text`` is (``share``, ``credit``...), or None."""
    line = _normalise(text)
    if not re.search(r"[^\W_]", line):
        return "empty"  # bullets, dashes, no-break spaces
    core = line.rstrip(" :.!*").strip()
    words = len(_words(core))
    if words <= 8:
        for kind, pattern in _LINE_RULES:
            if pattern.fullmatch(core):
                return kind
    for kind, pattern in _PREFIX_RULES:
        if pattern.match(line) and words <= _MAX_WORDS[kind]:
            return kind
    if words <= 16 and _stamp(core):
        return "timestamp"
    if _credit(core):
        return "credit"
    if _breadcrumb(line):
        return "breadcrumb"
    if words <= 14 and _byline(line.rstrip(" :")):
        return "byline"
    return None


_LABELS = {"share": msg("share prompt"), "comments": msg("comment form or label"),
           "related": msg("link to other articles"), "navigation": msg("site navigation"),
           "advertising": msg("advertising label"), "subscription": msg("subscription prompt"),
           "tags": msg("keyword list"), "credit": msg("photo or agency credit"),
           "copyright": msg("copyright notice"), "cookies": msg("cookie banner"),
           "paywall": msg("paywall or follow-us notice"),
           "timestamp": msg("update or publication stamp"), "breadcrumb": msg("breadcrumb"),
           "byline": msg("byline or editor line"), "empty": msg("line of bullets or spaces")}


class Boilerplate(Check):
    """Page furniture that is not article text.

    What it detects:
        Whole lines of the web page kept by the scraper: share prompts
        ("Partagez cet article sur :", "Share this article"), comment forms
        and labels ("Votre pseudo", "Comments", "Conseils de la rédaction :"),
        photo and agency credits ("Johanna Geron | Reuters", "Xinhua |
        21.05.2021 08h19", "Photo : AFP"), update stamps ("Dernière mise à
        jour à 09h05 le 21/05"), breadcrumbs ("Page d'accueil>>International"),
        bylines and editor lines ("(Rédacteurs :Ying Xie, Yishuang Liu)"),
        links to other articles ("Lire aussi : ..."), cookie banners,
        subscription and paywall notices, copyright lines ("© AFP 2021", "Tous
        droits réservés") and lines of bullets or no-break spaces.

    Why it matters:
        Furniture is not translation: checking it buries the real problems
        under noise. The finding is `info`; the sentence is marked as
        boilerplate and kept out of the article's risk, and the later checks
        skip it, except those that declare `applies_to_boilerplate` (the
        untranslated checks: English left on the page, like "Comments", is
        still reported, on a sentence that carries no risk).

    Example:
        "Costas Baltas | Reuters" and "Partagez cet article sur :" are
        furniture; "Selon Reuters, la réunion a duré deux heures." and the
        headline "Moscou affirme que M. Blinken a demandé la rencontre" are
        article text.

    Known false positives:
        A one-word section heading that is also a page label ("Commentaires"
        introducing an opinion section), a caption made only of a name and an
        agency, or a timeline heading that is only a date. Every rule matches
        the whole line, so a sentence that merely mentions an agency, an
        update or cookies is never furniture. Dismiss a finding in review to
        check that line again.
    """

    code = "TQ802"
    name = "page-furniture"
    category = "boilerplate"
    severity = "info"
    title = "Web-page furniture, not article text"
    stops_others = True

    def check_sentence(self, sentence, ctx):
        kind = furniture(sentence.text)
        if kind is None:
            return
        sentence.boilerplate = True
        yield self.finding(msg("page furniture ({kind}), not article text: left out of the "
                               "other checks and of the risk", kind=_LABELS[kind]),
                           span=(0, len(sentence.text)), evidence={"kind": kind})
