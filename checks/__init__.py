"""Translation-quality checks for machine-translated French news.

This package is the library: loading inputs, sentence segmentation, the MarianMT
translator, the checks and the scoring. It knows nothing of Flask, databases or
the network (see ``service/`` for delivery).
"""

import re as _re

# Grammalecte matches a few thousand distinct regular expressions, given as strings, and
# the checks add some hundreds: more than the 512 that ``re`` keeps compiled, so the cache
# thrashed and the same patterns were compiled again and again (5,600 compilations for
# 160 segments, about a sixth of the checking time). ``re`` reads this module-level limit
# at every call and has no public setting for it.
_re._MAXCACHE = max(getattr(_re, "_MAXCACHE", 512), 8192)
