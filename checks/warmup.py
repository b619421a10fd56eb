"""The checks' lexicons, loaded in a background thread while the models load.

English Hunspell (spylls, about 1 s), Grammalecte (0.2 s) and spaCy's French
parser (about 2 s with its import) are loaded once per process, on first use
by the checks; the models take as long to load. Started before the models,
:func:`start` overlaps them: the models' loading spends much of its time in
torch's C++ code and in file reads, which release the GIL, while the
lexicons' loading is Python. :func:`checks.pipeline.make_translators` starts
it and waits for it once the models are in (or failed), so the checks never load a
lexicon twice (the loaders are not locked against a second caller).
"""
from __future__ import annotations

import logging
import sys
import threading
import time

log = logging.getLogger(__name__)

#: seconds each part took in the last :func:`load` (the benchmark's start-up row reads it)
TIMINGS: dict[str, float] = {}


def load() -> None:
    """Load what the checks load on first use: Hunspell, Grammalecte, spaCy's French.

    spaCy only once torch is imported (the models are loading): spaCy's own
    import pulls in torch when it is not hidden, and it is hidden only when
    no other thread may import it (:func:`checks.french.syntax._import_spacy`);
    when the models failed before torch, the checks load spaCy themselves,
    without torch.
    """
    from .french import lexicon, syntax

    start = time.perf_counter()
    lexicon.available()  # Grammalecte (its speller is the French lexicon) and en_US
    middle = time.perf_counter()
    if "torch" in sys.modules:
        syntax.available()
    TIMINGS.update(lexicons=middle - start, syntax=time.perf_counter() - middle)


def start() -> threading.Thread:
    """:func:`load` in a daemon thread, started; join it before checking."""
    def run() -> None:
        try:
            load()
        except Exception:  # noqa: BLE001 - the checks load what is missing themselves
            log.exception("loading the lexicons in the background failed")

    thread = threading.Thread(target=run, name="tqc-lexicons", daemon=True)
    thread.start()
    return thread
