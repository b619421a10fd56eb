"""Machine translation: the MarianMT translator and its decoding engines.

Model resolution and loading, the torch decoding loop (greedy, beams, forced
decoding for surprisal), int8 weights, CTranslate2, and the random test models.
``torch`` and ``transformers`` are imported lazily, only when a model loads.
"""
