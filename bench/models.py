"""Random MarianMT pairs of the real opus-mt-fr-en / opus-mt-en-fr architecture.

Speed does not depend on weight values, but two things a benchmark of the
whole pipeline measures do depend on the outputs:

- every engine must do the same work, so every translation is exactly
  ``OUTPUT_TOKENS`` tokens long (``min_new_tokens == max_new_tokens``, no
  forced end);
- the round trip translates the back-translations, and the translator
  translates each distinct text once: with the plain ``init_std=0.02`` of
  ``checks.mt.randmodel`` a deep random model gives every input the same output
  ("in in in in ..."), so the round trip would translate one sentence instead
  of 48. The weights are drawn again, per kind of matrix, with spreads that
  keep the output dependent on the input, and the output projection's bias
  keeps the argmax on word-initial pieces of the target vocabulary (a bias
of -40 on the others), so a
  back-translation is 32 English "words" that the EN->FR model reads as 33
  tokens, like a real back-translation of a 50-token French sentence.

The bias is added to the full 59,514-wide product, so no engine does less work.
"""
from __future__ import annotations

import json
from pathlib import Path

#: tokens every engine generates for every sentence
OUTPUT_TOKENS = 32
#: bump when the recipe below changes: cached models are rebuilt
RECIPE = 2


def _spread(name: str) -> float:
    """Standard deviation for a weight matrix, by its role (see the module docstring)."""
    if "shared" in name or "embed_tokens" in name or name == "lm_head.weight":
        return 0.2
    if name.startswith("model.encoder.layers"):
        return 0.1 if ("q_proj" in name or "k_proj" in name) else 0.02
    if "encoder_attn.q_proj" in name or "encoder_attn.k_proj" in name:
        return 0.3
    if "encoder_attn" in name:
        return 0.1
    if ".fc" in name:
        return 0.01
    return 0.1


def _redraw(folder: Path, seed: int) -> None:
    import sentencepiece
    import torch
    from transformers import GenerationConfig, MarianMTModel

    model = MarianMTModel.from_pretrained(str(folder)).eval()
    vocab = json.loads((folder / "vocab.json").read_text("utf-8"))
    target = sentencepiece.SentencePieceProcessor(model_file=str(folder / "target.spm"))
    words = [vocab[p] for p in (target.id_to_piece(i) for i in range(target.get_piece_size()))
             if p.startswith("▁") and len(p) > 1 and p in vocab]
    pad = model.config.pad_token_id
    generator = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "layer_norm" in name:
                continue
            if param.dim() == 2:
                param.copy_(torch.randn(param.shape, generator=generator) * _spread(name))
            else:
                param.zero_()
        model.model.shared.weight[pad].zero_()  # Marian starts decoding from a zero embedding
        # -40 keeps the argmax on the chosen pieces (logits spread ~4.5) without
        # pushing others so low that exp() takes its slow path in softmax
        bias = torch.full_like(model.final_logits_bias, -40.0)
        bias[0, words] = 0.0
        model.final_logits_bias.copy_(bias)
    model.config.forced_eos_token_id = None
    model.generation_config = GenerationConfig(
        decoder_start_token_id=pad, pad_token_id=pad, eos_token_id=0, bad_words_ids=[[pad]],
        num_beams=1, max_new_tokens=OUTPUT_TOKENS, min_new_tokens=OUTPUT_TOKENS)
    model.save_pretrained(str(folder))


def build(directory: Path | str) -> tuple[Path, Path]:
    """``directory/fr-en`` and ``directory/en-fr``, built once and reused."""
    directory = Path(directory)
    marker = directory / "bench-models.json"
    fr_en, en_fr = directory / "fr-en", directory / "en-fr"
    wanted = {"recipe": RECIPE, "output_tokens": OUTPUT_TOKENS}
    try:
        if json.loads(marker.read_text("utf-8")) == wanted:
            return fr_en, en_fr
    except (OSError, ValueError):
        pass
    from checks.mt.randmodel import build_pair

    build_pair(directory, size="opus", max_new_tokens=OUTPUT_TOKENS)
    _redraw(fr_en, seed=11)
    _redraw(en_fr, seed=12)
    marker.write_text(json.dumps(wanted), "utf-8")
    return fr_en, en_fr
