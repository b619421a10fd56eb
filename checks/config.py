"""Every threshold and default, declared once with its help text.

The CLI, the HTTP service and the documentation read them from here. Each
setting can be overridden from the environment as ``TQC_<NAME upper>``
(``TQC_ROUNDTRIP_WARNING=30``) or by the caller (``Config(roundtrip_warning=30)``).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from typing import Any

from .mt.models import DEFAULT_EN_FR, DEFAULT_FR_EN


def setting(default: Any, help: str) -> Any:
    return field(default=default, metadata={"help": help})


@dataclass(frozen=True)
class Config:
    # models
    model_fr_en: str = setting(DEFAULT_FR_EN, "FR->EN model: hub id or local folder")
    model_en_fr: str = setting(DEFAULT_EN_FR, "EN->FR model: hub id or local folder")
    num_beams: int = setting(0, "beam size; 0 keeps the model's generation config")
    max_new_tokens: int = setting(0, "output length limit; 0 keeps the model's generation config")
    max_input_tokens: int = setting(256, "longer sentences are split at clauses, then truncated")
    batch_tokens: int = setting(6000, "padded tokens per translation batch (memory/speed)")
    max_batch: int = setting(
        0, "most decoder rows in one batch (sentences x beams); 0: 64 on a CPU, 256 on a GPU")
    engine: str = setting(
        "auto", "`auto`: per model, the faster of the two below on this machine (measured once, "
                "kept in `TQC_CACHE_DIR/engines.json`); `torch` (transformers' modules, this "
                "project's decoding loop) or `ctranslate2` (converted once, cached in "
                "`TQC_CT2_CACHE`)")
    precision: str = setting(
        "auto", "`auto` (int8 on a CPU, float16 on a GPU), `int8`, `float32`, `float16`, "
                "`bfloat16` (docs/benchmark.md)")
    # checks
    roundtrip_warning: float = setting(
        35.0, "round-trip chrF below this raises a warning (TQ501)")
    roundtrip_info: float = setting(
        50.0, "round-trip chrF below this raises an info finding (TQ501)")
    fluency_warning: float = setting(
        5.0, "mean surprisal (nats per piece) of the French at or above which TQ511 warns")
    fluency_word: float = setting(
        9.0, "a word whose surprisal (nats) reaches this is a TQ511 span")
    typography_severity: str = setting("info", "severity of typography findings")
    typography_nbsp: int = setting(
        0, "1: also report a plain space where French wants a no-break space "
           "(before : ; ! ? », after «) (TQ103); 0: only a missing space")
    grammar_ignore_rules: str = setting(
        "g3__infi_à_verbe__b2,g3__infi_de_verbe__b6",
        "comma-separated Grammalecte rule ids (or id prefixes) never reported "
        "(TQ101/TQ103; TQ104's start with tqc_syntaxe_)")
    untranslated_sentence_ratio: float = setting(
        0.6, "share of English-only words (among English-only and French words) "
             "that makes a whole sentence untranslated (TQ202)")
    untranslated_allow: str = setting(
        "", "comma-separated English words accepted in French text (TQ201/TQ202/TQ102)")
    omission_run_words: int = setting(
        4, "consecutive source content words with no trace in the French that make a "
           "missing passage (TQ451)")
    omission_ratio_support: float = setting(
        1.0, "a missing passage is reported only when French/source length is below this; "
             "several shorter runs need 0.85 times this (TQ451)")
    omission_ratio_strong: float = setting(
        0.7, "French/source length below which TQ451 fires on its own, when most source "
              "content is unexplained")
    omission_min_chars: int = setting(
        40, "sources shorter than this are not judged on length alone (TQ451/TQ452)")
    omission_clause_ratio: float = setting(
        1.0, "a clause or apposition of the source (between commas, dashes, parentheses) "
             "with several content words and none traced in the French is reported as "
             "missing when French/source length is below this (TQ451)")
    omission_clause_one_word_ratio: float = setting(
        0.85, "the same for a clause of one content word (\"most of them leased\") (TQ451)")
    omission_tail_ratio: float = setting(
        1.05, "two or more content words ending the source with no trace in the French, "
              "while the French ends on a traced word, are reported as missing when "
              "French/source length is below this (TQ451)")
    addition_clause_ratio: float = setting(
        1.15, "a French clause or apposition none of whose content words has a trace in "
              "the source is reported as added when French/source length is above this; "
              "so are two or more untraced words ending the French (TQ452)")
    addition_run_words: int = setting(
        5, "consecutive French content words with no trace in the source that make an "
           "added passage (TQ452)")
    addition_ratio_support: float = setting(
        1.4, "an added passage is reported only when French/source length is above this; "
             "several shorter runs need this divided by 0.85 (TQ452)")
    addition_ratio_strong: float = setting(
        2.2, "French/source length above which TQ452 fires on its own, when most French "
             "content is unexplained")
    # scoring
    risk_flag_threshold: float = setting(
        0.5, "a sentence whose risk reaches this is flagged even without a warning")
    # limits (HTTP service)
    max_request_bytes: int = setting(4 * 1024 * 1024, "largest request body accepted (413 above)")
    max_sentences: int = setting(2000, "most sentences in one article (422 above)")
    max_sentence_chars: int = setting(5000, "longest sentence accepted (422 above)")
    request_timeout_s: float = setting(
        60.0, "how long a POST waits for its report; past it the answer is 202 with the job")
    check_timeout_s: float = setting(
        600.0, "most seconds of checking one article (API job, or each article of `check`): "
               "past it the job fails and the worker is free again; 0: no limit")
    async_sentences: int = setting(
        60, "articles with more sentences are answered 202 with a job at once")
    workers: int = setting(
        8, "articles checked at once; with the batcher their sentences share the model "
           "batches (docs/serve-batching.md)")
    batch_per_request: int = setting(
        8, "sentences one article puts in a shared model batch per round (round robin across "
           "the articles waiting); 0 turns cross-request batching off")
    batch_wait_ms: float = setting(
        50.0, "how long the batcher waits for the articles being checked to join a batch "
              "that is not full (a lone article never waits)")
    queue_size: int = setting(8, "articles waiting for a worker; when full the answer is 503")
    session_hours: float = setting(12.0, "a reviewer's sign-in lasts this long (logout ends it)")
    auth_failures: int = setting(
        10, "wrong tokens or sign-ins per client address per minute before 429")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "Config":
        """Defaults, then ``TQC_*`` variables, then explicit overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(f"TQC_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = type(f.default)(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @classmethod
    def documentation(cls) -> list[tuple[str, Any, str]]:
        """(environment variable, default, help) for every setting."""
        return [(f"TQC_{f.name.upper()}", f.default, f.metadata["help"]) for f in fields(cls)]

    def as_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}
