"""Build randomly initialised MarianMT pairs locally, with no hub.

Tests need a model that goes through exactly the loading and generation code
of the real ``Helsinki-NLP/opus-mt-*`` models, and benchmarks need the real
architecture; neither may download anything. So we train a small SentencePiece
vocabulary on fixture text, write the three files ``MarianTokenizer`` wants
(``source.spm``, ``target.spm``, ``vocab.json``) and save a random
``MarianMTModel`` with ``save_pretrained``.

Run ``python -m checks.mt.randmodel DIR`` to build the tiny FR->EN and EN->FR pair
into ``DIR/fr-en`` and ``DIR/en-fr`` (``--size opus`` for the real
architecture with its 59,514-entry vocabulary).
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"

#: Architecture settings. ``tiny`` loads in a blink; ``opus`` is the shape
#: of opus-mt-fr-en / opus-mt-en-fr (speed does not depend on weight values).
SIZES = {
    "tiny": dict(d_model=32, encoder_layers=1, decoder_layers=1,
                 encoder_attention_heads=2, decoder_attention_heads=2,
                 encoder_ffn_dim=64, decoder_ffn_dim=64, vocab_size=None),
    "opus": dict(d_model=512, encoder_layers=6, decoder_layers=6,
                 encoder_attention_heads=8, decoder_attention_heads=8,
                 encoder_ffn_dim=2048, decoder_ffn_dim=2048, vocab_size=59514),
}


def fixture_texts() -> tuple[list[str], list[str]]:
    """French lines (the seed articles) and English lines (tiny-model corpus)."""
    french: list[str] = []
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        french += [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
    english = [ln.strip() for ln in (FIXTURES / "tiny-model" / "en.txt")
               .read_text("utf-8").splitlines() if ln.strip()]
    return french, english


def _train_spm(lines: list[str], path: Path, vocab_size: int) -> list[str]:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines), model_writer=model, vocab_size=vocab_size,
        model_type="unigram", character_coverage=1.0, hard_vocab_limit=False,
        unk_id=0, bos_id=-1, eos_id=-1, pad_id=-1, minloglevel=2,
    )
    path.write_bytes(model.getvalue())
    proc = spm.SentencePieceProcessor(model_proto=model.getvalue())
    return [proc.id_to_piece(i) for i in range(proc.get_piece_size())]


def build_pair_direction(out: Path, src_lines: list[str], tgt_lines: list[str],
                         size: str = "tiny", seed: int = 0, spm_size: int = 400,
                         max_new_tokens: int = 24) -> Path:
    """Build one direction into ``out`` and return it."""
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel

    out.mkdir(parents=True, exist_ok=True)
    pieces = ["</s>", "<unk>"]
    for piece in (_train_spm(src_lines, out / "source.spm", spm_size)
                  + _train_spm(tgt_lines, out / "target.spm", spm_size)):
        if piece not in pieces:
            pieces.append(piece)
    arch = dict(SIZES[size])
    wanted = arch.pop("vocab_size") or len(pieces) + 1
    # Pad to the real vocabulary size so embedding and softmax cost the same.
    filler = 0
    while len(pieces) < wanted - 1:
        pieces.append(f"<extra_{filler}>")
        filler += 1
    pieces.append("<pad>")
    vocab = {p: i for i, p in enumerate(pieces)}
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), "utf-8")
    (out / "tokenizer_config.json").write_text(json.dumps({
        "model_max_length": 512, "separate_vocabs": False,
        "tokenizer_class": "MarianTokenizer"}), "utf-8")

    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab), pad_token_id=pad, decoder_start_token_id=pad,
        eos_token_id=0, forced_eos_token_id=0, max_position_embeddings=512,
        scale_embedding=True, share_encoder_decoder_embeddings=True,
        # A larger init spread makes a tiny random model's output depend on its
        # input, so tests can tell sentences (and their order) apart.
        init_std=0.02 if size == "opus" else 0.5, **arch,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config).eval()
    model.generation_config = GenerationConfig(
        decoder_start_token_id=pad, pad_token_id=pad, eos_token_id=0,
        forced_eos_token_id=0, bad_words_ids=[[pad]], num_beams=1,
        max_new_tokens=max_new_tokens,
    )
    model.save_pretrained(out)
    return out


def build_pair(directory: Path | str, size: str = "tiny",
               max_new_tokens: int = 24) -> tuple[Path, Path]:
    """Build ``fr-en`` and ``en-fr`` under ``directory``; return both folders."""
    directory = Path(directory)
    french, english = fixture_texts()
    spm_size = 400 if size == "tiny" else 2000
    fr_en = build_pair_direction(directory / "fr-en", french, english, size, 1,
                                 spm_size, max_new_tokens)
    en_fr = build_pair_direction(directory / "en-fr", english, french, size, 2,
                                 spm_size, max_new_tokens)
    return fr_en, en_fr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m checks.mt.randmodel",
        description="Build a random MarianMT FR->EN / EN->FR pair locally (no hub).")
    parser.add_argument("dir", help="output folder; gets fr-en/ and en-fr/")
    parser.add_argument("--size", choices=sorted(SIZES), default="tiny")
    parser.add_argument("--max-new-tokens", type=int, default=24,
                        help="generation length written into the generation config")
    args = parser.parse_args(argv)
    fr_en, en_fr = build_pair(args.dir, args.size, args.max_new_tokens)
    print(f"TQC_MODEL_FR_EN={fr_en}\nTQC_MODEL_EN_FR={en_fr}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
