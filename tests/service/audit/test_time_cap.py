"""The audit's time cap: an article that takes longer than TQC_CHECK_TIMEOUT_S fails
alone, the rest of the corpus is checked and stored, and --no-limits lifts the cap."""
from __future__ import annotations

import time

from checks.config import Config
from checks.rules.grammar import Spelling
from service.audit.run import Audit, AuditOptions

SLOW = "Ce texte lent demande beaucoup de temps."


def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("Le ministre a rencontré son homologue mardi.\n",
                                  encoding="utf-8")
    (folder / "b.txt").write_text(SLOW + "\n", encoding="utf-8")
    (folder / "c.txt").write_text("Les discussions reprendront la semaine prochaine.\n",
                                  encoding="utf-8")
    return folder


def slow_check(monkeypatch):
    original = Spelling.check_sentence

    def check_sentence(self, sentence, ctx):
        if "lent" in sentence.text:
            time.sleep(1.2)
        return original(self, sentence, ctx)
    monkeypatch.setattr(Spelling, "check_sentence", check_sentence)


def warm(tmp_path):
    """Load the lexicons and the parser first: their one-time loading is no article's."""
    folder = tmp_path / "warm"
    folder.mkdir()
    (folder / "w.txt").write_text("Les ministres se sont rencontrés hier.\n", encoding="utf-8")
    Audit(AuditOptions(corpus=folder, db_path=tmp_path / "warm.db", backtranslation="off"),
          Config()).run()


def audit(tmp_path, limits=True):
    options = AuditOptions(corpus=tmp_path / "corpus", db_path=tmp_path / "audit.db",
                           backtranslation="off", limits=limits)
    return Audit(options, Config(check_timeout_s=0.3)).run()


def test_only_the_article_past_its_time_fails_and_the_others_are_stored(tmp_path, monkeypatch):
    corpus(tmp_path)
    warm(tmp_path)
    slow_check(monkeypatch)
    result = audit(tmp_path)
    assert result.summary["articles_failed"] == 1
    assert result.summary["articles_checked"] == 2
    assert result.summary["articles_total"] == 3
    assert [f["path"].endswith("b.txt") for f in result.failures] == [True]
    assert "TQC_CHECK_TIMEOUT_S" in result.failures[0]["reason"]
    assert sorted(a.id for a in result.articles) == ["a", "c"]
    # the next run (fast again) checks only the article that failed
    monkeypatch.undo()
    again = audit(tmp_path)
    assert again.summary["articles_checked"] == 1
    assert again.summary["articles_unchanged"] == 2
    assert again.summary["articles_failed"] == 0


def test_no_limits_lifts_the_time_cap(tmp_path, monkeypatch):
    corpus(tmp_path)
    slow_check(monkeypatch)
    result = audit(tmp_path, limits=False)
    assert result.summary["articles_failed"] == 0
    assert result.summary["articles_checked"] == 3
