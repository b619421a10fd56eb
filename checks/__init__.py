"""Translation-quality checks for machine-translated French news.

This package is the library: loading inputs, sentence segmentation, the MarianMT
translator, the checks and the scoring. It knows nothing of Flask, databases or
the network (see ``service/`` for delivery).
"""
