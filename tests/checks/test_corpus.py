"""checks/corpus.py: people and renderings across articles, and the report's corpus section."""
from __future__ import annotations

import json

import pytest

from checks.corpus import CorpusView, build_corpus, find_mentions, occurrences
from checks.glossary import Glossary, default_glossary_path, load_glossary
from checks.model import Article, Sentence
from checks.pipeline import Pipeline


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(default_glossary_path())


def article(article_id: str, *texts: str, sources: tuple[str | None, ...] = ()) -> Article:
    sentences = [Sentence(i, t, 0, len(t), source=sources[i] if i < len(sources) else None)
                 for i, t in enumerate(texts)]
    return Article(article_id, "\n".join(texts), sentences=sentences)


@pytest.mark.parametrize("text, people", [
    ("Le ministre russe des Affaires étrangères Sergueï Lavrov a parlé.",
     [("Sergueï", "Lavrov")]),
    ("Sergueï Lavrov a parlé.", [("Sergueï", "Lavrov")]),
    ("Le président turc Recep Tayyip Erdogan a parlé.", [("Recep Tayyip", "Erdogan")]),
    ("La présidente Ursula von der Leyen a parlé.", [("Ursula von der", "Leyen")]),
    ("MM. Lavrov et Blinken ont parlé.", []),
    ("Le Département d'État et la Maison Blanche ont parlé.", []),
    ("Les États-Unis et la Corée du Nord ont parlé en Mars.", []),
    ("Le sommet Biden-Poutine a eu lieu à Genève.", []),
    ("Moscou et Washington ont parlé lundi.", []),
    ("la détention d’Alexei Navalny, le principal critique", [("Alexei", "Navalny")]),
])
def test_people_are_found_from_capitalised_words(text, people):
    found, _ = find_mentions(text)
    assert [(m.given, m.surname) for m in found] == people
    for m in found:
        assert text[m.start:m.end] == m.text


def test_an_unknown_given_name_at_the_start_of_a_sentence_is_tentative():
    (mention,), _ = find_mentions("Vassili Nebenzia a parlé.")
    assert mention.tentative
    (mention,), _ = find_mentions("L’ambassadeur Vassili Nebenzia a parlé.")
    assert not mention.tentative


def test_a_corpus_counts_spellings_with_their_articles(glossary):
    corpus = build_corpus([
        article("a", "Le ministre Sergueï Lavrov a parlé.", "M. Lavrov a ajouté un mot."),
        article("b", "Son homologue Sergey Lavrov a répondu."),
        article("c", "Sergueï Lavrov est arrivé.",
                "Le conseiller Vassili Nebenzia a parlé."),
        article("d", "L’ambassadeur Vasily Nebenzya a répondu.",
                "Puis Vassili Nebenzia a parlé."),
    ], glossary)
    names = {p["person"]: p for p in corpus.report()["names"]}
    lavrov = names["Sergueï Lavrov"]
    assert lavrov["glossary"] and not lavrov["consistent"] and lavrov["why"] == "glossary"
    assert {v["form"]: (v["count"], v["articles"]) for v in lavrov["variants"]} == {
        "Sergueï Lavrov": (3, ["a", "c"]), "Sergey Lavrov": (1, ["b"])}
    nebenzia = names["Vassili Nebenzia"]
    assert not nebenzia["glossary"] and nebenzia["why"] == "majority"
    assert {v["form"]: v["count"] for v in nebenzia["variants"]} == {
        "Vassili Nebenzia": 2, "Vasily Nebenzya": 1}
    # the report lists the inconsistent people first
    assert all(not p["consistent"] for p in corpus.report()["names"][:2])


def test_a_tie_goes_to_the_french_transliteration():
    corpus = build_corpus([article("a", "Le chef Yevgeny Prigozhin a parlé."),
                           article("b", "Le chef Evgueni Prigojine a parlé.")])
    (person,) = corpus.report()["names"]
    assert person["preferred"] == "Evgueni Prigojine" and person["why"].startswith("tie")


def test_terms_are_counted_by_rendering_with_the_majority_preferred(glossary):
    corpus = build_corpus([
        article("a", "La maîtrise des armements est en panne.",
                "La maîtrise des armements reste une priorité."),
        article("b", "Le contrôle des armements a été évoqué.",
                "Il a rencontré son équivalent russe.",
                sources=(None, "He met his Russian counterpart.")),
    ], glossary)
    terms = {t["term"]: t for t in corpus.report()["terminology"]}
    arms = terms["arms control"]
    assert arms["preferred"] == "maîtrise des armements" and not arms["consistent"]
    assert arms["variants"] == [
        {"rendering": "maîtrise des armements", "count": 2, "articles": ["a"]},
        {"rendering": "contrôle des armements", "count": 1, "articles": ["b"]}]
    assert terms["counterpart"]["unrendered"] == {"count": 1, "articles": ["b"]}
    assert terms["counterpart"]["variants"] == []


def test_a_term_tie_goes_to_the_glossary_order(glossary):
    corpus = build_corpus([article("a", "Le contrôle des armements a été évoqué."),
                           article("b", "La maîtrise des armements est en panne.")], glossary)
    arms = next(t for t in corpus.report()["terminology"] if t["term"] == "arms control")
    assert arms["preferred"] == "maîtrise des armements"


def test_stored_summaries_rebuild_the_same_view(glossary):
    articles = [article("a", "Le ministre Sergueï Lavrov a parlé de maîtrise des armements."),
                article("b", "M. Lavrov et Sergey Lavrov évoquent le contrôle des armements.")]
    stored = [json.loads(json.dumps(occurrences(a, glossary))) for a in articles]
    rebuilt = CorpusView.from_occurrences(stored, glossary)
    assert rebuilt.report() == build_corpus(articles, glossary).report()
    assert CorpusView(glossary).occurrences(articles[0]) == stored[0]


def test_renderings_a_changed_glossary_no_longer_accepts_are_ignored(glossary):
    stored = occurrences(article("a", "Le contrôle des armements a été évoqué."), glossary)
    stricter = Glossary.from_rows([("arms control", "maîtrise des armements", "term")])
    view = CorpusView.from_occurrences([stored], stricter)
    assert view.report()["terminology"] == []


def test_the_pipeline_builds_the_corpus_before_checking(glossary):
    pipeline = Pipeline(glossary=glossary)
    pipeline.run([article("a", "Son homologue Sergey Lavrov a parlé."),
                  article("b", "Sergueï Lavrov a répondu.")])
    names = pipeline.corpus_report()["names"]
    assert names[0]["person"] == "Sergueï Lavrov" and not names[0]["consistent"]
    # a second run builds a new view; a view given by the caller is kept
    pipeline.run([article("c", "Le ministre a parlé.")])
    assert pipeline.corpus_report()["names"] == []
    given = CorpusView(glossary)
    kept = Pipeline(glossary=glossary, corpus=given)
    kept.run([article("d", "Sergueï Lavrov a répondu.")])
    assert kept.corpus is given
