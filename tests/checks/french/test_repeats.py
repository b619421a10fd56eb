"""A French word said more often than its English counterpart (checks/french/repeats.py)."""
from checks.french.alignment import align
from checks.glossary import Glossary


def _untraced(french, english, glossary=None):
    return [w.text for w in align(french, english, glossary).french if w.content and not w.traced]


def test_a_name_said_again_keeps_its_trace():
    """A name said again is French style, not added content (« Genève … à Genève »)."""
    french = ("L'horloger transférerait une partie de sa production de Genève vers le Jura, "
              "sans aucune suppression de poste à Genève.")
    english = "The watchmaker would move part of its production from Geneva to the Jura."
    assert "Genève" not in _untraced(french, english)


def test_a_glossary_rendering_said_twice_for_once_loses_its_second_trace():
    """heldout-118: "marshmallow" once, « guimauve » twice."""
    glossary = Glossary.from_rows([("marshmallow", "guimauve", "term")])
    french = ("Ils ont mis au point une guimauve aux protéines d'insectes, plus saine que les "
              "guimauves classiques.")
    english = "They have developed a marshmallow made from insect protein."
    assert _untraced(french, english, glossary).count("guimauves") == 1
    assert "guimauve" not in _untraced(french, english, glossary)


def test_a_glossary_rendering_said_as_often_as_its_term_keeps_its_traces():
    glossary = Glossary.from_rows([("marshmallow", "guimauve", "term")])
    french = "Une guimauve a été vendue, puis des guimauves ont été offertes."
    english = "A marshmallow was sold, then marshmallows were given away."
    assert not {"guimauve", "guimauves"} & set(_untraced(french, english, glossary))
