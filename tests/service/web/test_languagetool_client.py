"""The real ``language_tool_python`` client, in remote-server mode, against ``serve``.

The client asks ``GET /v2/languages`` when it is created and posts the form
of ``/v2/check``; it converts our UTF-16 offsets back to Python string
positions, so an emoji before an error is where a mistake would show.
"""
from __future__ import annotations

import language_tool_python  # requirements-dev.txt
import pytest

pytestmark = pytest.mark.slow

TEXT = ("Le ministre 😀 a parlé 🇫🇷.\n"
        "Le pays hôte souhaitaient une gerre rapide, disent-ils.\n")


def test_a_languagetool_client_sees_our_findings_at_the_right_places(serve):
    server = serve()
    tool = language_tool_python.LanguageTool("fr-FR", remote_server=server.url)
    try:
        matches = tool.check(TEXT)
        found = {match.rule_id: match for match in matches}
        for code, word in (("TQ101", "souhaitaient"), ("TQ102", "gerre")):
            match = found[code]
            assert TEXT[match.offset:match.offset + match.error_length] == word
        assert found["TQ101"].replacements[0] == "souhaitait"
        assert "gère" in found["TQ102"].replacements
        assert found["TQ102"].category == "TYPOS"
        assert found["TQ102"].rule_issue_type == "misspelling"
        assert "souhaitait une gère rapide" in tool.correct(TEXT)

        tool.disabled_rules = {"TQ102"}
        assert "TQ102" not in {match.rule_id for match in tool.check(TEXT)}
        tool.disabled_rules = set()
        tool.enabled_rules, tool.enabled_rules_only = {"TQ101"}, True
        assert {match.rule_id for match in tool.check(TEXT)} == {"TQ101"}
    finally:
        tool.close()
    assert " 500 " not in server.log.read_text()
