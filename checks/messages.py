"""Finding messages that a page can show in another language.

A check writes its message in English, as before, but through :func:`msg`:
``msg("unknown French word “{word}”", word=word)``. The result is a
:class:`Message`, a ``str`` whose value is the English text, so the JSON,
the terminal summary and every comparison see exactly the English they saw;
it also keeps the template and its parameters, so the service's pages can
look the template up in their gettext catalogue (``pybabel extract -k msg``)
and fill in the parameters, themselves translated when they are messages
("nom « X »" for "name 'X'"); :func:`msg_in` gives a short word a context
when the same English means another thing elsewhere on the pages
(``pybabel extract -k msg_in:1c,2``). This module has no Flask and no gettext: the
checks only mark their templates; translating is the pages' business.
"""
from __future__ import annotations

from typing import Any


class Message(str):
    """English text that remembers its ``template`` and ``params``."""

    template: str
    params: dict[str, Any]
    context: str | None

    def __new__(cls, template: str, params: dict[str, Any], text: str | None = None,
                context: str | None = None):
        self = super().__new__(cls, template.format(**params) if text is None else text)
        self.template, self.params, self.context = template, params, context
        return self

    def __reduce__(self):
        """Pickled whole (findings cross process boundaries), not as a bare str."""
        return Message, (self.template, self.params, str(self), self.context)


def msg(template: str, **params: Any) -> Message:
    """``template`` filled in with ``params`` (``str.format``): English, and translatable."""
    return Message(template, params)


def msg_in(context: str, template: str, **params: Any) -> Message:
    """:func:`msg` with a gettext context: "number" the kind of value, not the category."""
    return Message(template, params, context=context)


def quoted(text: str) -> Message:
    """``'text'`` (« text » on a French page)."""
    return msg("'{text}'", text=text)


def comma_list(parts: list) -> str:
    """``a, b, c``, each part kept translatable."""
    return _chain(parts, lambda first, rest: msg("{first}, {rest}", first=first, rest=rest))


def semicolon_list(parts: list) -> str:
    """``a; b; c`` (a list of reasons), each part kept translatable."""
    return _chain(parts, lambda first, rest: msg("{first}; {rest}", first=first, rest=rest))


def _chain(parts: list, link) -> str:
    first, *rest = parts
    return link(first, _chain(rest, link)) if rest else first


def to_dict(message: Message) -> dict[str, Any]:
    """``{"template": ..., "params": {...}}``, params as strings or nested dicts (for JSON),
    and ``context`` when the message has one."""
    out = {"template": message.template,
           "params": {key: to_dict(value) if isinstance(value, Message) else str(value)
                      for key, value in message.params.items()}}
    if message.context:
        out["context"] = message.context
    return out


def from_dict(data: dict[str, Any], text: str | None = None) -> Message:
    """The inverse of :func:`to_dict`; ``text``: the stored English, kept as it was."""
    params = {key: from_dict(value) if isinstance(value, dict) else value
              for key, value in (data.get("params") or {}).items()}
    return Message(data["template"], params, text, data.get("context"))
