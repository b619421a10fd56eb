"""Sentence segmentation: what a careful French editor calls a sentence.

Every sentence is a slice of the original text (``text[start:end]``), so
findings and highlights land on the right characters.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from checks.model import Article
from checks.french.segment import Segment, segment_article, segment_text

ROOT = Path(__file__).resolve().parents[3]
SEEDS = sorted((ROOT / "fixtures" / "seeds").glob("*.txt"))
SAMPLES = ROOT / "fixtures" / "samples"


def texts(text: str, **kwargs) -> list[str]:
    return [text[s.start:s.end] for s in segment_text(text, **kwargs)]


def kinds(text: str, **kwargs) -> list[tuple[str, str]]:
    return [(s.kind, text[s.start:s.end]) for s in segment_text(text, **kwargs)]


def seed(prefix: str) -> str:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return path.read_text(encoding="utf-8")


def seed_article(prefix: str) -> Article:
    text = seed(prefix)
    title = next(line.strip() for line in text.split("\n") if line.strip())
    return Article(id=prefix, text=text, title=title)


# ---------------------------------------------------------------------------
# What must not be cut, and where the cut must be

KEPT_RIGHT = [
    pytest.param("M. Blinken a rencontré M. Lavrov. Ils ont parlé.",
                 ["M. Blinken a rencontré M. Lavrov.", "Ils ont parlé."], id="M."),
    pytest.param("MM. Lavrov et Blinken ont discuté. Puis ils sont partis.",
                 ["MM. Lavrov et Blinken ont discuté.", "Puis ils sont partis."], id="MM."),
    pytest.param("Mme Dupont est arrivée. Elle a parlé.",
                 ["Mme Dupont est arrivée.", "Elle a parlé."], id="Mme"),
    pytest.param("Le Dr Martin et le Dr. House soignent. Ils sont là.",
                 ["Le Dr Martin et le Dr. House soignent.", "Ils sont là."], id="Dr"),
    pytest.param("Il vit à St-Pétersbourg. Elle vit à Saint-Tropez.",
                 ["Il vit à St-Pétersbourg.", "Elle vit à Saint-Tropez."], id="St-"),
    pytest.param("Xinhua | 21.05.2021 08h19", ["Xinhua | 21.05.2021 08h19"], id="dateline"),
    pytest.param("Il est arrivé le 14 avril 2021. Il est reparti le lendemain.",
                 ["Il est arrivé le 14 avril 2021.", "Il est reparti le lendemain."],
                 id="date-at-end"),
    pytest.param("Le PIB a crû de 2,5 % en 2021. Il y a 6 000 morts.",
                 ["Le PIB a crû de 2,5 % en 2021.", "Il y a 6 000 morts."], id="numbers"),
    pytest.param("Il y a 6\u00a0000 morts. Et 1\u202f550 ogives.",
                 ["Il y a 6\u00a0000 morts.", "Et 1\u202f550 ogives."], id="numbers-nbsp"),
    pytest.param("Il a cité la Syrie, la Libye, etc. et l'Ukraine.",
                 ["Il a cité la Syrie, la Libye, etc. et l'Ukraine."], id="etc."),
    pytest.param("Il est né en 300 av. J.-C. et il est mort jeune.",
                 ["Il est né en 300 av. J.-C. et il est mort jeune."], id="J.-C."),
    pytest.param("Quoi ? Il est parti ! Vraiment…",
                 ["Quoi ?", "Il est parti !", "Vraiment…"], id="spaced-punctuation"),
    pytest.param("M.\u00a0Blinken est parti. M.\u00a0Lavrov aussi.",
                 ["M.\u00a0Blinken est parti.", "M.\u00a0Lavrov aussi."], id="M.-nbsp"),
    pytest.param("Un  espace   de trop.   Puis un autre.",
                 ["Un  espace   de trop.", "Puis un autre."], id="collapsed-spaces"),
]


@pytest.mark.parametrize("text, expected", KEPT_RIGHT)
def test_sentence_boundaries(text, expected):
    assert texts(text, title=False) == expected


QUOTES = [
    pytest.param("« Le respect compte. C'est ce que le monde attend », a-t-il déclaré.",
                 ["« Le respect compte.",
                  "C'est ce que le monde attend », a-t-il déclaré."],
                 id="quote-spanning-sentences-with-attribution"),
    pytest.param("« Mettez fin à cette guerre », a déclaré M. Blinken à M. Lavrov.",
                 ["« Mettez fin à cette guerre », a déclaré M. Blinken à M. Lavrov."],
                 id="quote-then-attribution"),
    pytest.param("« Nous partirons. » a-t-il dit.", ["« Nous partirons. » a-t-il dit."],
                 id="attribution-after-closed-sentence"),
    pytest.param("« Nous partirons. » Il a ajouté un mot.",
                 ["« Nous partirons. »", "Il a ajouté un mot."], id="guillemet-closes-sentence"),
    pytest.param("« Nous partirons ». Il a ajouté un mot.",
                 ["« Nous partirons ».", "Il a ajouté un mot."], id="guillemet-then-period"),
    pytest.param("C'est fini.\u00a0»\u00a0Puis rien.", ["C'est fini.\u00a0»", "Puis rien."],
                 id="nbsp-around-guillemet"),
    pytest.param("Il dit : « Non. Jamais. » Puis il part.",
                 ["Il dit : « Non.", "Jamais. »", "Puis il part."], id="colon-quote"),
    pytest.param('"Notre position est simple", a poursuivi le diplomate. "Nous sommes prêts".',
                 ['"Notre position est simple", a poursuivi le diplomate.',
                  '"Nous sommes prêts".'],
                 id="straight-quotes"),
    pytest.param('Un. " Deux. "', ["Un.", '" Deux. "'], id="straight-quote-opens-next"),
    pytest.param("Un. « Deux. » Trois.", ["Un.", "« Deux. »", "Trois."], id="quoted-sentence"),
    pytest.param("Il a dit « oui. » ». Deux.", ["Il a dit « oui. » ».", "Deux."],
                 id="stray-closing-guillemet"),
]


@pytest.mark.parametrize("text, expected", QUOTES)
def test_quotations_keep_their_guillemets(text, expected):
    assert texts(text, title=False) == expected


@pytest.mark.parametrize("text", [
    "« Un. Deux ». , a-t-il dit.", "Un. » » Deux.", "Fin. ) Suite.", "Un. ». Deux.",
    "... Suite.", "Fin. ...", '"Un. Deux." Trois.', "« Un ! » « Deux ! »",
    "Il dit : « Non. ». Puis rien.", "Un.\u00a0» Deux.",
])
def test_no_sentence_is_only_punctuation_or_starts_with_a_closing_quote(text):
    for sentence in texts(text, title=False):
        assert any(ch.isalnum() for ch in sentence), sentence
        assert sentence[0] not in "»”)]", sentence


# ---------------------------------------------------------------------------
# Lines: bullets, headings, titles, nothing

@pytest.mark.parametrize("line, sentence", [
    ("- Libérer Paul Whelan", "Libérer Paul Whelan"),
    ("• Votre pseudo", "Votre pseudo"),
    ("•Votre pseudo", "Votre pseudo"),
    ("* Un point", "Un point"),
    ("– Un point", "Un point"),
    ("— Un point", "Un point"),
    ("  - Indenté", "Indenté"),
    ("- Revenir au traité. Puis parler.", "Revenir au traité."),
])
def test_bullet_marker_is_not_part_of_the_sentence(line, sentence):
    text = "Titre\n" + line
    first = segment_text(text)[1]
    assert (first.kind, text[first.start:first.end]) == ("bullet", sentence)


@pytest.mark.parametrize("line", ["-5 °C ce matin.", "*NSYNC est un groupe."])
def test_a_dash_or_star_touching_a_word_is_not_a_bullet(line):
    assert kinds("Titre\n" + line)[1] == ("text", line)


@pytest.mark.parametrize("line", [
    "Johanna Geron | Reuters",
    "Xinhua | 21.05.2021 08h19",
    "Dernière mise à jour à 09h05 le 21/05",
    "Moscou affirme que M. Blinken a demandé la rencontre",
    "Partagez cet article sur :",
    "Conseils de la rédaction :",
    "(Rédacteurs :Ying\u00a0Xie, Yishuang\u00a0Liu)",
    'Les États-Unis recherchent "de sérieuses différences"',
])
def test_line_without_final_punctuation_is_one_heading(line):
    text = f"Titre\n\n{line}\n\nUne phrase. Une autre."
    assert kinds(text) == [("title", "Titre"), ("heading", line),
                           ("text", "Une phrase."), ("text", "Une autre.")]


@pytest.mark.parametrize("line, kind", [
    ("Le ministre russe des Affaires étrangères Sergueï Lavrov.", "text"),
    ("« Nous ne nous reposerons pas. »", "text"),
    ("Vraiment ?", "text"),
    ("Il a parlé (longtemps.)", "text"),
])
def test_line_with_final_punctuation_is_text(line, kind):
    assert kinds(f"Titre\n{line}")[1] == (kind, line)


@pytest.mark.parametrize("lead, kind", [
    ("À l’issue de la réunion, M. Blinken a déclaré avoir insisté sur plusieurs points "
     "essentiels auprès de M. Lavrov, à savoir", "text"),
    ("Les points clés", "heading"),
    ("Partagez cet article sur :", "heading"),
])
def test_line_before_a_list_is_a_lead_in_sentence_only_when_long(lead, kind):
    assert kinds(f"Titre\n{lead}\n- Un point\n- Un autre")[1] == (kind, lead)


@pytest.mark.parametrize("text", [
    "", "   ", "\n\n\t\n", "\u00a0\u00a0\u202f", "•", "- ", "  •  \u00a0 \u00a0", "* * *",
    "—\n•\n\u00a0",
])
def test_empty_and_furniture_lines_give_nothing(text):
    assert segment_text(text) == []


@pytest.mark.parametrize("text, expected", [
    pytest.param("Un titre\nUne phrase.", [("title", "Un titre"), ("text", "Une phrase.")],
                 id="first-line"),
    pytest.param("\n \n  Un titre  \n\nUn intertitre\nUne phrase.",
                 [("title", "Un titre"), ("heading", "Un intertitre"), ("text", "Une phrase.")],
                 id="only-the-first-line"),
    pytest.param("Le ministre est parti.\nUne phrase.",
                 [("title", "Le ministre est parti."), ("text", "Une phrase.")],
                 id="title-with-period"),
    pytest.param("Un chapeau. Il a deux phrases.\nUne phrase.",
                 [("text", "Un chapeau."), ("text", "Il a deux phrases."),
                  ("text", "Une phrase.")], id="lead-paragraph-is-not-a-title"),
    pytest.param("- Un point\nUne phrase.", [("bullet", "Un point"), ("text", "Une phrase.")],
                 id="bullet-first"),
])
def test_title_is_the_first_line(text, expected):
    assert kinds(text) == expected


def test_title_false_makes_the_first_line_ordinary():
    assert kinds("Un intertitre\nUne phrase.", title=False) == [
        ("heading", "Un intertitre"), ("text", "Une phrase.")]


def test_crlf_line_endings_stay_out_of_sentences():
    text = "Titre\r\nUne phrase.\r\n"
    assert kinds(text) == [("title", "Titre"), ("text", "Une phrase.")]


def test_segment_is_a_frozen_triple():
    segment = Segment(0, 5, "text")
    assert (segment.start, segment.end, segment.kind) == (0, 5, "text")
    with pytest.raises(dataclasses.FrozenInstanceError):
        segment.start = 1  # type: ignore[misc]


def test_unsupported_language_is_a_clear_error():
    with pytest.raises(ValueError, match="unsupported language"):
        segment_text("Bonjour.", language="xx")


# ---------------------------------------------------------------------------
# The seeds

@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_offsets_are_exact_ordered_and_meaningful(path):
    text = path.read_text(encoding="utf-8")
    sentences = segment_article(Article(id=path.stem, text=text))
    assert sentences, path.name
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start:sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert any(ch.isalnum() for ch in sentence.text), sentence.text
        assert sentence.text not in {"»", "».", '"', '".', "•", "-"}
        assert sentence.start >= previous_end
        previous_end = sentence.end
        assert "\n" not in sentence.text


# What a careful editor counts: every sentence, headline, credit and bullet.
@pytest.mark.parametrize("prefix, expected, headings, bullets", [
    ("000", 25, ["Johanna Geron | Reuters", "Costas Baltas | Reuters", "Comments"], []),
    ("001", 30, ["Moscou affirme que M. Blinken a demandé la rencontre"],
     ["Revenir au traité sur les armes nucléaires avec les États-Unis.",
      "Libérer Paul Whelan",
      "Les États-Unis soutiendraient l’Ukraine dans sa diplomatie avec la Russie"]),
    ("002", 21, ["Page d'accueil>>International",
                 'La Russie et les Etats-Unis recherchent la coopération dans un contexte de '
                 'relations tendues avec "de sérieuses différences"',
                 "Xinhua | 21.05.2021 08h19",
                 "(Rédacteurs :Ying\u00a0Xie, Yishuang\u00a0Liu)",
                 "Partagez cet article sur :",
                 "Conseils de la rédaction :"],
     ["Votre pseudo"]),
    ("003", 12, [], []),
])
def test_seed_counts_headings_and_bullets(prefix, expected, headings, bullets):
    sentences = segment_article(seed_article(prefix))
    assert abs(len(sentences) - expected) <= 1, [s.text for s in sentences]
    assert [s.text for s in sentences if s.kind == "heading"] == headings
    assert [s.text for s in sentences if s.kind == "bullet"] == bullets


@pytest.mark.parametrize("prefix, title", [
    ("000", "Les meilleurs diplomates américains et russes se rencontreront la semaine "
            "prochaine en Islande"),
    ("001", None),  # the first line is a two-sentence lead: its title was lost
    ("002", "Dernière mise à jour à 09h05 le 21/05"),
    ("003", "Dernière mise à jour à 09h04 le 05/02"),
])
def test_seed_title(prefix, title):
    sentences = segment_article(seed_article(prefix))
    titles = [s.text for s in sentences if s.kind == "title"]
    assert titles == ([title] if title else [])
    if title:
        assert sentences[0].kind == "title"


@pytest.mark.parametrize("prefix, sentence", [
    ("000", "Le secrétaire d’État américain Antony Blinken prononce une déclaration lors de "
            "sa rencontre avec le secrétaire général de l’OTAN, Jens Stoltenberg, à Bruxelles, "
            "en Belgique, le 14 avril 2021."),
    ("000", "«\u00a0Le secrétaire Blinken a réitéré la détermination du président Biden à "
            "protéger les citoyens américains et à agir fermement pour défendre les intérêts "
            "américains en réponse aux actions de la Russie qui nuisent à nous ou à nos "
            "alliés\u00a0», a écrit le porte-parole du département d’Etat Ned Price dans un "
            "communiqué."),
    ("000", "Selon une traduction du Déclaration du ministère russe des Affaires étrangères, "
            "Blinken et Lavrov ont discuté de «\u00a0la proposition de Washington d’organiser "
            "un sommet russo-américain\u00a0»."),
    ("000", "Biden avait proposé une réunion au sommet avec le président Vladimir Poutine "
            "lors d’un appel téléphonique en avril avec le dirigeant russe."),
    ("000", "Le ministre russe des Affaires étrangères Sergueï Lavrov."),
    ("001", "Le secrétaire d’État américain Antony Blinken et son homologue russe Sergey "
            "Lavrov se sont brièvement rencontrés en marge d’une réunion du Groupe des 20 "
            "nations en Inde."),
    ("001", "« Le respect mutuel est dans l’intérêt de nos deux pays."),
    ("001", "C’est aussi ce que les peuples du monde entier attendent de nous en tant que "
            "puissances nucléaires »."),
    ("001", "Nous ne nous reposerons pas tant que nous ne l’aurons pas fait. »"),
    ("001", "« Les États-Unis sont prêts à soutenir l’Ukraine par la diplomatie pour mettre "
            "fin à la guerre sur cette base », a-t-il déclaré."),
    ("001", "L’Inde, qui assurait la présidence tournante du G-20 cette année, a veillé à ce "
            "que, la guerre en Ukraine ne domine pas les débats lors des réunions des "
            "ministres des affaires étrangères du groupe."),
    ("002", '"Notre position est très simple", a poursuivi le diplomate russe.'),
    ("002", '"Nous avons de sérieuses différences dans l\'évaluation de la situation '
            'internationale, nous avons de sérieuses différences dans les approches des tâches '
            'qui doivent être résolues pour sa normalisation", a-t-il noté.'),
    ("003", "M. Blinken a répondu qu'il était prêt à organiser un dialogue d'experts sur ces "
            "questions."),
])
def test_seed_contains_sentence(prefix, sentence):
    assert sentence in [s.text for s in segment_article(seed_article(prefix))]


def test_seed_003_keeps_honorifics():
    sentences = segment_article(seed_article("003"))
    assert 11 <= len(sentences) <= 13
    starts = [s.text for s in sentences]
    assert any(t.startswith("M. Lavrov a félicité M. Blinken pour sa prise de fonctions")
               for t in starts)
    assert any(t.startswith("MM. Lavrov et Blinken ont aussi discuté") for t in starts)
    assert not any(t in {"M.", "MM."} or t.endswith((" M.", " MM.")) for t in starts)


def test_seed_001_bullet_offsets_exclude_the_marker():
    article = seed_article("001")
    (bullet,) = [s for s in segment_article(article) if s.text == "Libérer Paul Whelan"]
    assert bullet.kind == "bullet"
    assert article.text[bullet.start - 2:bullet.start] == "- "
    assert article.text[bullet.start:bullet.end] == "Libérer Paul Whelan"


def test_seed_002_furniture():
    sentences = segment_article(seed_article("002"))
    found = {s.text: s.kind for s in sentences}
    assert found["Xinhua | 21.05.2021 08h19"] == "heading"
    assert "•" not in found and not any(t.startswith("•") for t in found)


def test_seed_000_credit_is_one_heading():
    found = {s.text: s.kind for s in segment_article(seed_article("000"))}
    assert found["Johanna Geron | Reuters"] == "heading"
    assert found["Comments"] == "heading"


# ---------------------------------------------------------------------------
# Articles: titles given apart, bilingual segments, English pairing

def test_given_title_equal_to_first_line_is_the_title():
    article = Article(id="a", text="  Un titre\n\nUne phrase.", title="Un titre")
    assert [(s.kind, s.text) for s in segment_article(article)] == [
        ("title", "Un titre"), ("text", "Une phrase.")]


def test_given_title_apart_from_text_leaves_the_first_line_ordinary():
    article = Article(id="a", text="Un intertitre\nUne phrase.", title="Autre chose")
    assert [(s.kind, s.text) for s in segment_article(article)] == [
        ("heading", "Un intertitre"), ("text", "Une phrase.")]


def test_segment_article_sets_and_returns_sentences():
    article = Article(id="a", text="Titre\nUn. Deux.")
    returned = segment_article(article)
    assert returned is article.sentences
    assert [(s.index, s.text, s.start, s.end) for s in returned] == [
        (0, "Titre", 0, 5), (1, "Un.", 6, 9), (2, "Deux.", 10, 15)]


BILINGUAL = [
    ("Washington and Moscow extend New START", "Washington et Moscou prolongent New START"),
    ("They agreed. It was quick.", "Ils se sont mis d'accord. Ce fut rapide."),
    ("Empty one", "   "),
    (None, "  M. Lavrov a salué la décision. "),
    ("Last", ""),
]


def test_bilingual_segments_stay_whole():
    text = "\n".join(target for _, target in BILINGUAL)
    article = Article(id="b", text=text, segments=BILINGUAL)
    sentences = segment_article(article)
    assert [(s.index, s.kind, s.text, s.source) for s in sentences] == [
        (0, "segment", "Washington et Moscou prolongent New START",
         "Washington and Moscow extend New START"),
        (1, "segment", "Ils se sont mis d'accord. Ce fut rapide.",
         "They agreed. It was quick."),
        (2, "segment", "M. Lavrov a salué la décision.", None),
    ]
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_bilingual_sample_fixture():
    data = json.loads((SAMPLES / "segments.json").read_text(encoding="utf-8"))
    segments = [(seg["source"], seg["target"]) for seg in data["segments"]]
    text = "\n".join(target for _, target in segments)
    sentences = segment_article(Article(id=data["id"], text=text, segments=segments))
    assert [(s.source, s.text) for s in sentences] == segments
    assert all(text[s.start:s.end] == s.text for s in sentences)


PAIRING = [
    pytest.param(
        "Un titre\nM. Blinken est arrivé. Il a parlé.\nJohanna Geron | Reuters\nFin.",
        "A title\nMr. Blinken arrived. He spoke.\nThe end.",
        ["A title", "Mr. Blinken arrived.", "He spoke.", None, "The end."],
        id="equal-counts-pair-by-order-headings-aside"),
    pytest.param(
        "Un titre\nM. Blinken est arrivé et il a parlé.\nFin.",
        "A title\nMr. Blinken arrived. He spoke.\nThe end.",
        [None, None, None], id="different-counts-pair-nothing"),
    pytest.param(
        "Un titre\nLes États-Unis ont parlé.",
        "A title\nThe U.S. Secretary of State spoke.",
        ["A title", "The U.S. Secretary of State spoke."], id="english-abbreviations"),
]


@pytest.mark.parametrize("french, english, sources", PAIRING)
def test_source_text_is_paired_only_when_counts_agree(french, english, sources):
    article = Article(id="p", text=french, source_text=english)
    assert [s.source for s in segment_article(article)] == sources


def test_source_text_sample_fixture_is_paired():
    data = json.loads((SAMPLES / "article.json").read_text(encoding="utf-8"))
    article = Article(id=data["id"], text=data["text"], title=data["title"],
                      source_text=data["source_text"])
    sentences = segment_article(article)
    assert [s.kind for s in sentences] == ["title", "text", "text", "text"]
    assert sentences[0].source == "Blinken and Lavrov meet in Reykjavik"
    assert sentences[1].source.startswith("U.S. Secretary of State Antony Blinken met")
    assert sentences[3].source == (
        "They agreed to continue the dialogue despite “serious differences”.")
