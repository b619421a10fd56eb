"""Currencies by symbol and by name, in French and English, from CLDR (for TQ401).

CLDR, through `babel`, knows every currency's names ("livre sterling",
"dollars canadiens", "Swiss francs") and symbols ("$", "£", "CA$"). A
currency read from a text is the *set* of ISO codes it may stand for: "$" is
any dollar, "livres" any pound (sterling, Egyptian, Turkish...), "dollars
canadiens" the Canadian dollar alone. Two amounts are in different currencies
when their sets do not meet: "70 millions de livres" against "€70 million".

The tables are built once, at the first amount read.
"""
from __future__ import annotations

from functools import cache

from .. import resources
from .stems import fold

_PACKAGE = __package__
#: locales whose symbols are read: English and French of the countries news comes from
_SYMBOL_LOCALES = ("en", "en_GB", "en_US", "en_CA", "en_AU", "en_IN", "fr", "fr_CA", "fr_CH",
                   "ja", "zh_CN", "ko", "ru", "tr")
#: separator of the codes in a currency string ("GBP|EGP|TRY")
_SEP = "|"


def _code_string(codes) -> str:
    return _SEP.join(sorted(codes))


@cache
def _tables() -> tuple[dict, dict]:
    """(names by language: lower-case words -> codes, symbols -> codes)."""
    from babel import Locale  # lazy: only texts with amounts pay for CLDR
    from babel.numbers import get_currency_name, get_currency_symbol

    data = resources.table(_PACKAGE, "number-currencies.json")
    names: dict[str, dict[str, set]] = {"fr": {}, "en": {}}
    codes = sorted(Locale("en").currencies)
    for code in codes:
        for lang in ("fr", "en"):
            for count in (1, 2):
                words = full = get_currency_name(code, count=count, locale=lang).lower().split()
                if lang == "fr" and words[:1] and words[0].startswith("nouve"):
                    words = words[1:]  # « (nouveaux) dollars taïwanais »: news drops « new »
                if not words:
                    continue
                # French puts the noun first ("dollars canadiens"), English last ("Swiss francs")
                head = words[0] if lang == "fr" else words[-1]
                pair = words[:2] if lang == "fr" else words[-2:]
                keys = {head} if head.isalpha() else set()
                keys |= {" ".join(w) for w in (words, full) if len(w) in (3, 4) and all(
                    x.replace("-", "").isalpha() for x in w)}  # « dollars de hong kong »
                if len(pair) == 2 and all(w.replace("-", "").isalpha() and len(w) > 2
                                          for w in pair) and pair[1] not in ("des", "the"):
                    keys.add(" ".join(pair))  # "dollars canadiens", "swiss francs"
                for key in keys:
                    names[lang].setdefault(key, set()).add(code)
    for lang in ("fr", "en"):
        for word in data["not_alone"][lang]:
            names[lang].pop(word, None)
        for word, code in data["words"].items():  # usage CLDR lacks: "yuans", "usd"
            names[lang].setdefault(word, set()).add(code)
    symbols: dict[str, set] = {}
    for locale in _SYMBOL_LOCALES:
        for code in codes:
            symbol = get_currency_symbol(code, locale)
            if symbol != code:
                symbols.setdefault(symbol, set()).add(code)
    # "$" alone is any dollar: "$5 billion" in a Canadian story is in Canadian dollars
    symbols["$"] = symbols.get("$", set()) | names["en"]["dollar"]
    return ({lang: {k: _code_string(v) for k, v in table.items()} for lang, table in names.items()},
            {k: _code_string(v) for k, v in symbols.items()})


def by_symbol(symbol: str) -> str | None:
    """The currency of a symbol ("$", "£", "CA$"), or None."""
    return _tables()[1].get(symbol)


def by_name(words: list[str], lang: str, after_number: bool = False) -> tuple[str | None, int]:
    """The currency named by the first words of ``words`` and how many words name it;
    ``after_number``: the words follow a figure, where "won" and "rand" alone are money."""
    names = _tables()[0][lang]
    low = [w.lower() for w in words[:4]]
    for n in (4, 3, 2):
        if len(low) >= n and " ".join(low[:n]) in names:
            return names[" ".join(low[:n])], n
    country = _by_country(low, names, lang)
    if country:
        return country, 2
    if low and low[0] in names:
        return names[low[0]], 1
    if after_number and low and low[0] in _after_number()[lang]:
        return _after_number()[lang][low[0]], 1
    return None, 0


def _by_country(low: list[str], names: dict[str, str], lang: str) -> str | None:
    """A currency's noun with a word of its country that CLDR's name lacks: "Fiji dollars",
    "Guyanese dollars" (CLDR: "Guyanaese"), « dollars guyaniens » (CLDR: « dollars du
    Guyana »). The word shares its first four letters with the country's name (CLDR's, in
    the text's language; ISO 4217's first two letters are the country's code), and only one
    of the noun's currencies has such a country."""
    if len(low) < 2:
        return None
    noun, word = (low[0], low[1]) if lang == "fr" else (low[1], low[0])
    if noun not in names or len(word) < 4 or not word.isalpha():
        return None
    territories = _territories(lang)
    found = [c for c in names[noun].split(_SEP)
             if fold(territories.get(c[:2], "")).lower()[:4] == fold(word)[:4]]
    return found[0] if len(found) == 1 else None


@cache
def _territories(lang: str) -> dict[str, str]:
    from babel import Locale

    return dict(Locale(lang).territories)


@cache
def _after_number() -> dict[str, dict[str, str]]:
    table = resources.table(_PACKAGE, "number-currencies.json")["after_number"]
    return {lang: table[lang] for lang in ("en", "fr")}


def differ(a: str, b: str) -> bool:
    """Two currencies read from texts cannot be the same one."""
    return not set(a.split(_SEP)) & set(b.split(_SEP))


def label(currency: str) -> str:
    """A currency for a message: its code, or the usual one of an ambiguous name
    ("livres": GBP, "$": USD), from the usage table of the data file."""
    codes = currency.split(_SEP)
    usual = [c for c in codes if c in _usual()]
    return (usual or codes)[0]


@cache
def _usual() -> frozenset[str]:
    data = resources.table(_PACKAGE, "number-currencies.json")
    return frozenset(data["words"].values()) | frozenset(data["sterling"].values())
