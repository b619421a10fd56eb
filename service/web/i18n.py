"""French and English pages (Flask-Babel).

The pages' own words (headings, buttons, labels, hints) go through gettext:
``{{ _("Review queue") }}`` in the templates, catalogues in
``service/translations/<lang>/LC_MESSAGES/messages.po``, compiled to ``.mo``
by ``pybabel compile`` (the set-up script does it; a test keeps the compiled
catalogue in step with its source). What the checks say (finding messages,
the article itself) is not translated: it is data, the same in the JSON.

The language of a page: ``TQC_LANG`` (``fr`` or ``en``) when set, for a
newsroom that wants one language whatever the browsers say; otherwise the
best match of the request's ``Accept-Language``; English when nothing matches.
Flask-Babel, rather than a hand-made lookup, because it brings gettext's
plural forms, CLDR's dates and numbers (``format_datetime``) and the
``pybabel`` extraction tools translators already know.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, current_app, has_request_context, request
from flask_babel import Babel

LANGUAGES = ("en", "fr")
DEFAULT = "en"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "translations"


def select_locale() -> str:
    forced = current_app.config.get("TQC_LANG")
    if forced in LANGUAGES:
        return forced
    if not has_request_context():
        return DEFAULT
    return request.accept_languages.best_match(LANGUAGES, default=DEFAULT) or DEFAULT


def init_app(app: Flask) -> None:
    lang = app.config.get("TQC_LANG") or os.environ.get("TQC_LANG") or None
    if lang is not None and lang.strip().lower() not in LANGUAGES:
        raise ValueError(f"TQC_LANG must be one of {', '.join(LANGUAGES)}, not {lang!r}")
    app.config["TQC_LANG"] = lang.strip().lower() if lang else None
    app.config.setdefault("BABEL_DEFAULT_LOCALE", DEFAULT)
    app.config["BABEL_TRANSLATION_DIRECTORIES"] = str(TRANSLATIONS)
    Babel(app, locale_selector=select_locale)
    app.context_processor(lambda: {"page_lang": select_locale()})
    if app.config["TQC_LANG"] is None:
        app.after_request(_vary)


def _vary(response):
    """A page's language follows Accept-Language: caches must key on it."""
    if response.mimetype == "text/html":
        response.vary.add("Accept-Language")
    return response
