"""The checks: one module per family (grammar, untranslated, names, terminology,
numbers, omission/addition, round trip, fluency, disclosure, boilerplate).

A check reads sentence pairs and a context and returns findings; it imports
from ``checks.french``, ``checks.base``, ``checks.glossary`` and ``checks.corpus``,
never from the pipeline or another family's module.
"""
