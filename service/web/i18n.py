"""French and English pages (Flask-Babel).

The pages' own words (headings, buttons, labels, hints) go through gettext:
``{{ _("Review queue") }}`` in the templates, catalogues in
``service/translations/<lang>/LC_MESSAGES/messages.po``, compiled to ``.mo``
by ``pybabel compile``; both are committed, so a checkout works without a
build step, and ``tests/service/web/test_i18n.py`` fails when the ``.mo``, the
``.po`` or the ``.pot`` falls behind the templates. The article itself is
not translated: it is data. A finding's message stays English in the JSON,
but the checks write it through ``checks.messages.msg``, so a finding keeps
its English template and parameters (``message_template``,
``message_params``) and a page shows it in its own language
(:func:`finding_message`; the templates are extracted with ``-k msg``).
Enumerated values shown on the pages (verdicts, review states, severities,
categories) keep their English value in URLs and forms and are shown through :func:`word`; the review script gets its sentences
from the page (:func:`script_messages`), never from its own English.

Update the catalogues after changing a page's words::

    pybabel extract -F babel.cfg -k _l -k msg -k msg_in:1c,2 -o service/translations/messages.pot .
    pybabel update -w 100 -i service/translations/messages.pot -d service/translations \
        --ignore-obsolete
    # translate the new entries of service/translations/fr/LC_MESSAGES/messages.po
    pybabel compile -d service/translations

The language of a page: ``TQC_LANG`` (``fr`` or ``en``) when set, for a
newsroom that wants one language whatever the browsers say; otherwise the
browser's first language that the pages have (:func:`negotiate`); English when
it asks for neither. Flask-Babel, rather than a hand-made lookup, because it
brings gettext's plural forms, CLDR's number formats (``0,42``, ``5 %``) and
the ``pybabel`` extraction tools translators already know.
"""
from __future__ import annotations

import os
from pathlib import Path

from babel.core import negotiate_locale
from flask import Flask, current_app, has_request_context, request
from flask_babel import Babel, format_decimal, format_percent, gettext, pgettext
from flask_babel import lazy_gettext as _l

from checks.messages import Message, from_dict

LANGUAGES = ("en", "fr")
DEFAULT = "en"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def N_(message: str) -> str:  # noqa: N802 - gettext's own name for it
    """Mark ``message`` for the catalogue without translating it (gettext_noop).

    For English kept as data (an error's title in its problem JSON) that a
    page translates later with ``gettext(message)``.
    """
    return message


#: the checks' titles (checks/rules, shown on the precision page): the checks
#: library has no Flask, so their English is marked here for the catalogue; a
#: test keeps this list equal to the registry's titles
CHECK_TITLES = (
    N_("Grammar error (agreement, conjugation...)"),
    N_("Misspelled French word"),
    N_("French typography"),
    N_("Agreement or verb mood error across a clause (syntax-aware)"),
    N_("English words left in the French"),
    N_("Sentence left in English"),
    N_("Name spelled otherwise than the glossary"),
    N_("Person spelled in several ways across the corpus"),
    N_("Glossary term not rendered as the glossary says"),
    N_("Term rendered in several ways across the corpus"),
    N_("Number, date or amount differs from the English"),
    N_("Source content missing from the French"),
    N_("French content with no counterpart in the source"),
    N_("Round-trip translation differs a lot from the original"),
    N_("The translation model finds this French improbable"),
    N_("The article says it was machine-translated"),
    N_("Web-page furniture, not article text"),
)

#: values of the data shown as words: the value stays English in URLs, forms and JSON
WORDS = {
    # verdicts and review states
    "confirmed": _l("confirmed"), "dismissed": _l("dismissed"), "open": _l("open"),
    "reviewed": _l("reviewed"), "all": _l("all"),
    # severities
    "error": _l("error"), "warning": _l("warning"), "info": _l("info"),
    # finding categories (checks.model.CATEGORIES)
    "grammar": _l("grammar"), "spelling": _l("spelling"), "typography": _l("typography"),
    "untranslated": _l("untranslated"), "name": _l("name"), "terminology": _l("terminology"),
    "number": _l("number"), "omission": _l("omission"), "addition": _l("addition"),
    "roundtrip": _l("round trip"), "fluency": _l("fluency"), "disclosure": _l("disclosure"),
    "boilerplate": _l("boilerplate"), "input": _l("input"),
    # back-translation modes and calibration length bands
    "on": _l("on"), "off": _l("off"),
    "short": _l("short"), "medium": _l("medium"), "long": _l("long"),
    # sentence kinds (checks.model.Sentence.kind)
    "title": _l("title"), "bullet": _l("bullet"), "heading": _l("heading"),
    "segment": _l("segment"),
}

#: what review.js says (status line, verdict lines), in the page's language;
#: ``%(name)s`` placeholders are filled in by the script
SCRIPT_MESSAGES = {
    "none": _l("No flagged sentence on this page."),
    "last": _l("Last flagged sentence of this page."),
    "more": _l("The next page has more."),
    "first": _l("First flagged sentence of this page."),
    "sign_in": _l("Sign in to review (link at the top of the page)."),
    "all_judged": _l("Every flag of this sentence has a verdict. To change one, Tab to its "
                     "buttons and press c or d, or use Shift+C / Shift+D for the whole "
                     "sentence."),
    "confirmed_flag": _l("Confirmed flag %(code)s of sentence #%(index)s."),
    "dismissed_flag": _l("Dismissed flag %(code)s of sentence #%(index)s."),
    "confirmed_all": _l("Confirmed every flag of sentence #%(index)s."),
    "dismissed_all": _l("Dismissed every flag of sentence #%(index)s."),
    "not_saved": _l("Not saved: %(reason)s"),
    "server": _l("the server answered %(status)s"),
    "by": _l("by %(reviewer)s,"),
    "anonymous": _l("anonymous"),
    "whole": _l("whole sentence"),
    "whole_note": _l("(whole sentence)"),
    "on_report": _l("(on %(link)s)"),
    "report": _l("report %(id)s"),
    "flagged": _l("flagged"),
    "not_flagged": _l("not flagged"),
    "state": _l("review: %(state)s"),
    **{f"word_{key}": WORDS[key] for key in ("confirmed", "dismissed", "open", "reviewed")},
}


def word(value: str | None) -> str:
    """An enumerated value (verdict, state, severity, category, kind) in the page's language."""
    if value is None:
        return ""
    found = WORDS.get(value)
    return str(found) if found is not None else value


def translated(text: str | None) -> str:
    """English kept as data elsewhere (a check's title), in the page's language."""
    return gettext(text) if text else ""


def finding_message(finding) -> str:
    """A finding's message (a dict from a report, or a Finding) in the page's language.

    The English template is looked up in the catalogue and filled in with
    its parameters, themselves translated when they are messages. A finding
    without a template (a report stored before messages were translatable,
    Grammalecte's French) or whose translation does not fit its parameters
    shows its English ``message``: never an error page. The result is plain
    text: the page's autoescaping escapes the quoted article text in it.
    """
    if isinstance(finding, dict):
        return message_of(finding, "message")
    return translated_message(finding.message)


def message_of(data: dict | None, key: str = "message") -> str:
    """``data[key]`` in the page's language, from ``{key}_template`` and ``{key}_params``
    (service.report.message_fields); the English ``data[key]`` when there is none."""
    data = data or {}
    message = data.get(key) or ""
    template = data.get(f"{key}_template")
    if template:
        message = from_dict({"template": template, "params": data.get(f"{key}_params"),
                             "context": data.get(f"{key}_context")}, message)
    return translated_message(message)


def translated_message(message) -> str:
    """A message (``checks.messages.msg``) in the page's language; other text as it is."""
    if not isinstance(message, Message):
        return message
    try:
        return _translate(message)
    except (KeyError, IndexError, ValueError, TypeError, AttributeError):
        return str(message)


def _translate(message) -> str:
    if not isinstance(message, Message):
        return str(message)
    params = {key: _translate(value) for key, value in message.params.items()}
    template = message.template
    if template:  # gettext("") is the catalogue's header
        template = (pgettext(message.context, template) if message.context
                    else gettext(template))
    return template.format(**params)


def script_messages() -> dict[str, str]:
    """The review script's sentences in the page's language (see ``data-messages``)."""
    return {key: str(text) for key, text in SCRIPT_MESSAGES.items()}


def percent(fraction: float, pattern: str = "#,##0%") -> str:
    """0.42 -> ``42%`` or ``42 %`` (CLDR's spacing for the page's language)."""
    return format_percent(fraction, format=pattern)


def number(value: float, pattern: str = "0.00") -> str:
    """A score with the page's decimal sign: ``0.42`` or ``0,42``."""
    return format_decimal(value, format=pattern)


def select_locale() -> str:
    """``TQC_LANG``, else the browser's preference (see :func:`negotiate`), else English."""
    forced = current_app.config.get("TQC_LANG")
    if forced in LANGUAGES:
        return forced
    if not has_request_context():
        return DEFAULT
    return negotiate(request.accept_languages)


def negotiate(accepted) -> str:
    """The first of the browser's languages, in its order of preference, that the pages have.

    Babel's ``negotiate_locale`` rather than Werkzeug's ``best_match``: the
    latter prefers any exact tag to a regional one, so ``fr-CA,en;q=0.5``
    would get English; here ``fr-CA`` is French, ``en-US,fr;q=0.8`` English.
    """
    preferred = [value.lower() for value, quality in accepted if quality > 0]
    return negotiate_locale(preferred, LANGUAGES, sep="-") or DEFAULT


def init_app(app: Flask) -> None:
    lang = app.config.get("TQC_LANG") or os.environ.get("TQC_LANG") or None
    if lang is not None and lang.strip().lower() not in LANGUAGES:
        raise ValueError(f"TQC_LANG must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    app.config["TQC_LANG"] = lang.strip().lower() if lang else None
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(TRANSLATIONS)
    Babel(app, locale_selector=select_locale)
    app.context_processor(lambda: {"page_lang": select_locale(),
                                   "script_messages": script_messages})
    app.add_template_filter(word, "word")
    app.add_template_filter(translated, "translated")
    app.add_template_filter(finding_message, "finding_message")
    app.add_template_filter(message_of, "message_of")
    app.add_template_filter(percent, "percent")
    app.add_template_filter(number, "number")
    if app.config["TQC_LANG"] is None:
        app.after_request(_vary)


def _vary(response):
    """A page's language follows Accept-Language: caches must key on it."""
    if response.mimetype == "text/html":
        response.vary.add("Accept-Language")
    return response
