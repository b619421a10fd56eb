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


def test_a_word_the_source_says_besides_the_term_counts_too():
    """set-145: "hominy" (« maïs nixtamalisé ») and "corn" say « maïs » twice, though
    "hominy" itself renders no « maïs » by the dictionary."""
    glossary = Glossary.from_rows([("hominy", "maïs nixtamalisé", "term")])
    french = ("L'accord supprime les droits de douane sur le maïs nixtamalisé et les autres "
              "produits à base de maïs.")
    english = "The agreement removes tariffs on hominy and other corn products."
    assert "maïs" not in _untraced(french, english, glossary)


def test_a_clause_whose_only_trace_is_a_word_said_outside_it_is_added():
    """set-141: "working conditions" once; « conditions de travail, notamment du recours au
    travail des enfants, »: the clause's « travail » is the one outside it said again."""
    english = ("A British supermarket has removed passion fruit from Zimbabwe from its shelves "
               "after campaigners raised concerns about working conditions on the farms that "
               "supply it.")
    french = ("Un supermarché britannique a retiré de ses rayons les fruits de la passion du "
              "Zimbabwe après que des militants se sont inquiétés des conditions de travail, "
              "notamment du recours au travail des enfants, dans les exploitations qui "
              "l'approvisionnent.")
    added = [[w.text for w in c] for c in align(french, english).added_clauses]
    assert ["recours", "travail", "enfants"] in added


def test_a_repeat_is_not_weighed_where_much_of_the_source_is_unexplained():
    """set-142, a control: « un mois de juin … près d'un mois d'avance » for "June … a month
    ahead": with most of the source untraced, « mois » may render either."""
    english = ("Mushroom hunters in the Jura are reporting the earliest chanterelle season in "
               "memory, after a warm, wet June brought the first flushes up almost a month "
               "ahead of schedule.")
    french = ("Dans le Jura, les amateurs de champignons font état d'une saison des girolles "
              "d'une précocité inédite : un mois de juin chaud et humide a fait sortir les "
              "premières poussées avec près d'un mois d'avance.")
    assert not any("mois" in [w.text for w in c] for c in align(french, english).added_clauses)
