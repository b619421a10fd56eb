"""checks.messages: English strings that keep their template and parameters."""
from __future__ import annotations

import copy
import json
import pickle

from checks.messages import (Message, comma_list, from_dict, msg, msg_in, quoted,
                             semicolon_list, to_dict)


def test_a_message_is_its_english_text():
    m = msg("unknown French word “{word}”", word="gouvernment")
    assert m == "unknown French word “gouvernment”" and isinstance(m, str)
    assert (m.template, m.params) == ("unknown French word “{word}”", {"word": "gouvernment"})
    assert json.dumps({"message": m}) == json.dumps({"message": str(m)})


def test_lists_read_as_before_and_keep_each_part_a_message():
    reasons = semicolon_list([msg("name {names}", names=comma_list([quoted("Dupont"),
                                                                    quoted("Paris")])),
                              msg("the day {days}", days=quoted("Monday"))])
    assert reasons == "name 'Dupont', 'Paris'; the day 'Monday'"
    assert reasons.template == "{first}; {rest}" and isinstance(reasons.params["rest"], Message)
    assert comma_list(["only"]) == "only"


def test_to_dict_and_back_keeps_text_template_params_and_context():
    m = msg("{family} {value} differs", family=msg_in("kind of value", "number"), value=3)
    stored = json.loads(json.dumps(to_dict(m)))
    assert stored == {"template": "{family} {value} differs",
                      "params": {"family": {"template": "number", "params": {},
                                            "context": "kind of value"},
                                 "value": "3"}}
    back = from_dict(stored, str(m))
    assert back == "number 3 differs" and back.params["family"].context == "kind of value"


def test_from_dict_keeps_the_stored_english_even_if_the_template_changed():
    assert from_dict({"template": "{x}!", "params": {"x": "a"}}, "stored") == "stored"


def test_a_message_survives_pickling_and_copying():
    m = msg("{family} {value}", family=msg_in("kind of value", "number"), value="3")
    for back in (pickle.loads(pickle.dumps(m)), copy.deepcopy(m)):
        assert back == m and back.template == m.template
        assert back.params["family"].context == "kind of value"
