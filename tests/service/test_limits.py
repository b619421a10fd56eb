"""Size limits for every way in: refused cheaply, the same for the API and the command line."""
from __future__ import annotations

import pytest

from checks.config import Config
from checks.french.segment import rough_sentence_count, segment_article
from checks.model import Article
from service.limits import too_large
from tests.service.test_cli_check import run


def _article(sentences: int, joiner: str = " ") -> Article:
    return Article("big", "Titre\n\n" + joiner.join(
        f"Le ministre numéro {i} a parlé hier à Paris avec son homologue." for i in range(sentences)))


@pytest.mark.parametrize("text, at_least", [
    ("Une phrase. Une autre ! Et la dernière ?", 3),
    ("M. Lavrov a parlé. Mme Dupont aussi.", 2),
    ("Ligne un\nLigne deux\nLigne trois", 3),
])
def test_the_rough_count_never_undercounts(text, at_least):
    article = Article("a", text)
    segment_article(article)
    assert rough_sentence_count(text) >= max(at_least, len(article.sentences))


def test_an_article_far_over_the_limit_is_refused_without_segmenting():
    article = _article(20_000)
    reason = too_large(article, Config(max_sentences=2000))
    assert reason.startswith("the article has about 20") and not article.sentences


def test_just_over_the_limit_the_exact_count_decides():
    article = _article(2100)
    assert too_large(article, Config(max_sentences=2000)).startswith("the article has 2101 ")
    assert too_large(_article(1500), Config(max_sentences=2000)) is None


def test_a_long_line_is_segmented_in_blocks_with_the_same_sentences():
    """The splitter's time grows faster than its input: long lines go in blocks."""
    from checks.french.segment import _BLOCK_CHARS, _blocks

    article = _article(3000)
    line = article.text.split("\n")[-1]
    blocks = list(_blocks(line))
    assert len(blocks) > 10 and all(len(b) <= _BLOCK_CHARS for _, b in blocks)
    segment_article(article)
    assert len(article.sentences) == 3001
    assert all(s.text.startswith("Le ministre numéro") for s in article.sentences[1:])
    assert all(article.text[s.start:s.end] == s.text for s in article.sentences)


def test_check_refuses_an_oversize_article_unless_told(python, cli_env, tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(_article(30).text, "utf-8")
    env = {**cli_env, "TQC_MAX_SENTENCES": "10"}
    refused = run(python, env, "check", str(path), "--backtranslation", "off")
    assert refused.returncode == 2
    assert "the limit is 10 (TQC_MAX_SENTENCES); --no-limits checks it" in refused.stderr
    lifted = run(python, env, "check", str(path), "--backtranslation", "off", "--no-limits")
    assert lifted.returncode == 0, lifted.stderr


def test_check_stops_past_its_time_unless_told(python, cli_env, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(_article(30).text, "utf-8")
    env = {**cli_env, "TQC_CHECK_TIMEOUT_S": "0.000001"}
    stopped = run(python, env, "check", str(path), "--backtranslation", "off")
    assert stopped.returncode == 2 and "Traceback" not in stopped.stderr
    assert "TQC_CHECK_TIMEOUT_S); --no-limits lifts it" in stopped.stderr
    lifted = run(python, env, "check", str(path), "--backtranslation", "off", "--no-limits")
    assert lifted.returncode == 0, lifted.stderr
