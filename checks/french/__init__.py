"""French-language knowledge shared by the checks.

Sentence segmentation for French news, the lexicons (Grammalecte's, Hunspell's),
reading numbers and dates, and the facts several checks share: moods,
polarity, quantities, anchors (days, attributions), qualifiers, word alignment with English.
No check lives here and nothing here loads a translation model.
"""
