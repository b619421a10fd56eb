"""Inputs: the file formats an article arrives in (txt, JSON, JSON Lines, TMX, XLIFF, folders).

Everything here turns bytes into :class:`checks.model.Article` objects, or into
one-line :class:`checks.model.InputError` messages; nothing here knows French.
"""
