"""Findings written back into XLIFF 1.2, XLIFF 2.0 and TMX (service.exports).

Each document is read by the real loader, its sentences get findings, and
the export is read again with translate-toolkit, as a CAT tool would: the
flagged units carry the notes and the review state; with those taken out
again, the document is the one that came in (canonical XML), so unflagged
units, inline tags, attributes, comments and extension elements survive.
"""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from lxml import etree
from translate.storage import factory, xliff2

from checks.formats import load_file
from checks.french.segment import segment_article
from service.exports.export import document_kind, export_report
from service.exports.notes import ExportError

X12 = "urn:oasis:names:tc:xliff:document:1.2"
X20 = "urn:oasis:names:tc:xliff:document:2.0"

XLIFF_12 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:cat="urn:x-cat">
  <file original="news.txt" source-language="en" target-language="fr" datatype="plaintext">
    <header><tool tool-id="cat" tool-name="A CAT tool"/></header>
    <body>
      <!-- the lead -->
      <trans-unit id="t1" resname="lead" approved="yes">
        <source>The package is worth <g id="1">$2.5 billion</g>.<x id="2"/></source>
        <target state="final">Le paquet vaut <g id="1">2,5 billions de dollars</g>.<x id="2"/></target>
        <note from="editor">Check the figure.</note>
        <cat:meta score="0.9"/>
      </trans-unit>
      <trans-unit id="t2" translate="yes">
        <source>They will meet on June 16.</source>
        <target state="translated">Ils se rencontreront le 16 juin.</target>
      </trans-unit>
      <trans-unit id="t3">
        <source>Russia expelled 10 diplomats.</source>
        <target>La Russie a expulsé 12 diplomates.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF_20 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0" version="2.0" srcLang="en" trgLang="fr">
  <file id="f1">
    <unit id="u1">
      <mda:metadata><mda:metaGroup><mda:meta type="k">v</mda:meta></mda:metaGroup></mda:metadata>
      <segment state="final">
        <source>The package is worth <pc id="1">$2.5 billion</pc>.</source>
        <target>Le paquet vaut <pc id="1">2,5 billions de dollars</pc>.</target>
      </segment>
    </unit>
    <unit id="u2">
      <notes>
        <note category="context">A headline.</note>
      </notes>
      <segment id="s1" state="reviewed"><source>One.</source><target>Un.</target></segment>
      <segment id="s2" state="initial"><source>Russia expelled 10 diplomats.</source><target>La Russie a expulsé 12 diplomates.</target></segment>
    </unit>
    <unit id="u3">
      <segment><source>They will meet on June 16.</source><target>Ils se rencontreront le 16 juin.<ph id="p1"/></target></segment>
    </unit>
  </file>
</xliff>
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="cat" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="n1"><prop type="x-origin">newsroom</prop>
      <tuv xml:lang="en"><seg>The package is worth <bpt i="1">&lt;b&gt;</bpt>$2.5 billion<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
      <tuv xml:lang="fr"><seg>Le paquet vaut <bpt i="1">&lt;b&gt;</bpt>2,5 billions de dollars<ept i="1">&lt;/b&gt;</ept>.</seg></tuv>
    </tu>
    <tu tuid="n2">
      <tuv xml:lang="en"><seg>They will meet on June 16.</seg></tuv>
      <tuv xml:lang="fr"><seg>Ils se rencontreront le 16 juin.</seg></tuv>
    </tu>
    <tu>
      <note>Translator: checked.</note>
      <tuv xml:lang="en"><seg>Russia expelled 10 diplomats.</seg></tuv>
      <tuv xml:lang="fr"><seg>La Russie a expulsé 12 diplomates.</seg></tuv>
    </tu>
  </body>
</tmx>
"""

AMOUNT = {"code": "TQ401", "category": "number", "severity": "error",
          "message": "amount '2,5 billions de dollars' differs from '$2.5 billion'",
          "suggestion": "2,5 milliards", "span": [15, 38]}
FIGURE = {"code": "TQ401", "category": "number", "severity": "warning",
          "message": "number '12' differs from '10' in the English source", "suggestion": "10"}
DISMISSED = {"code": "TQ301", "category": "name", "severity": "warning",
             "message": "a name", "verdict": "dismissed"}
UNFLAGGED = {"code": "TQ201", "category": "typography", "severity": "info", "message": "spaces"}


def report_for(path: Path, flagged: dict[int, list[dict]], findings: dict[int, list[dict]] = {}):
    """The report JSON of ``path`` as the loader reads it, with findings on some sentences."""
    articles = []
    for article in load_file(path):
        segment_article(article)
        sentences = [{"index": s.index, "text": s.text, "unit": s.unit,
                      "flagged": s.index in flagged,
                      "findings": flagged.get(s.index, findings.get(s.index, []))}
                     for s in article.sentences]
        articles.append({"id": article.id, "sentences": sentences})
    return {"articles": articles}, load_file(path)[0].document


def exported(tmp_path, name: str, content: str, fmt: str, flagged, findings={}):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report, document = report_for(path, flagged, findings)
    out = export_report(report, fmt, document)
    # translate-toolkit's factory does not know XLIFF 2.0 yet: its class reads it
    reread = (xliff2.Xliff2File.parsestring(out) if b'version="2.0"' in out
              else factory.getobject(io.BytesIO(out)))
    return out, reread, report, document


def units_by_id(store) -> dict:
    return {unit.getid().split("\x04")[-1]: unit for unit in store.units}


def notes_20(unit, category: str) -> str:
    """An XLIFF 2.0 unit's notes of ``category``.

    translate-toolkit's ``Xliff2Unit.getnotes`` looks for ``<notes>`` inside
    the ``<segment>``, where the XLIFF 2.0 schema does not allow it; the
    schema puts them in the ``<unit>``, which the toolkit unit also gives.
    """
    notes = unit.getunitelement().findall(f"{{{X20}}}notes/{{{X20}}}note")
    return "\n".join(note.text for note in notes if note.get("category") == category)


def canonical(element) -> bytes:
    return etree.tostring(element, method="c14n")


# -- XLIFF 1.2 -----------------------------------------------------------------

def test_xliff_12_flagged_units_get_notes_and_need_review(tmp_path):
    out, store, _, _ = exported(tmp_path, "news.xlf", XLIFF_12, "xliff",
                                {0: [AMOUNT, DISMISSED], 2: [FIGURE]})
    units = units_by_id(store)
    assert units["t1"].isreview() and units["t3"].isreview()
    assert not units["t2"].isreview()
    assert units["t1"].getnotes("tqc") == (
        "TQ401 [error] number: amount '2,5 billions de dollars' differs from '$2.5 billion' "
        "(suggestion: 2,5 milliards)")
    assert "TQ301" not in units["t1"].getnotes()  # dismissed by a reviewer
    assert units["t1"].getnotes("editor") == "Check the figure."
    assert units["t3"].getnotes("tqc").startswith("TQ401 [warning] number: number '12'")
    root = etree.fromstring(out)
    t1 = root.find(f".//{{{X12}}}trans-unit[@id='t1']")
    assert t1.find(f"{{{X12}}}target").get("state") == "needs-review-translation"
    assert t1.get("approved") == "no"  # approved and needing review contradict
    children = [etree.QName(child).localname for child in t1 if isinstance(child.tag, str)]
    assert children == ["source", "target", "note", "note", "meta"]  # extensions stay last
    assert t1.findall(f"{{{X12}}}note")[1].attrib == {"from": "tqc", "priority": "1",
                                                      "annotates": "target"}


def test_xliff_12_everything_but_the_flagged_units_is_unchanged(tmp_path):
    out, _, _, document = exported(tmp_path, "news.xlf", XLIFF_12, "xliff", {0: [AMOUNT]},
                                   {1: [UNFLAGGED]})
    before, after = etree.fromstring(document), etree.fromstring(out)
    for unit in ("t2", "t3"):
        path = f".//{{{X12}}}trans-unit[@id='{unit}']"
        assert canonical(after.find(path)) == canonical(before.find(path))
    t1 = after.find(f".//{{{X12}}}trans-unit[@id='t1']")
    for note in t1.findall(f"{{{X12}}}note[@from='tqc']"):
        t1.remove(note)
    t1.set("approved", "yes")
    t1.find(f"{{{X12}}}target").set("state", "final")
    assert canonical(after) == canonical(before)
    assert b"<!-- the lead -->" in out
    assert b'<g id="1">2,5 billions de dollars</g>.<x id="2"/>' in out


@pytest.mark.parametrize("name, content, fmt", [
    ("news.xlf", XLIFF_12, "xliff"), ("news.xlf", XLIFF_20, "xliff"), ("news.tmx", TMX, "tmx")])
def test_exporting_an_exported_file_again_does_not_repeat_notes(tmp_path, name, content, fmt):
    first, _, report, _ = exported(tmp_path, name, content, fmt,
                                   {0: [AMOUNT, FIGURE], 1: [FIGURE], 2: [FIGURE]})
    assert first.count(b"TQ401 [warning]") == 3
    assert export_report(report, fmt, first) == first


# -- XLIFF 2.0 -----------------------------------------------------------------

def test_xliff_20_notes_before_segments_and_substate(tmp_path):
    out, store, _, _ = exported(tmp_path, "news.xlf", XLIFF_20, "xliff",
                                {0: [AMOUNT], 2: [FIGURE]})
    units = units_by_id(store)
    assert "TQ401 [error] number: amount" in notes_20(units["u1"], "tqc")
    assert notes_20(units["u2::s2"], "tqc").startswith("segment s2: TQ401 [warning]")
    assert notes_20(units["u2::s2"], "context") == "A headline."
    assert units["u1"].istranslated() and not units["u1"].isapproved()
    root = etree.fromstring(out)
    u1 = root.find(f".//{{{X20}}}unit[@id='u1']")
    assert [etree.QName(c).localname for c in u1] == ["metadata", "notes", "segment"]
    assert u1.find(f"{{{X20}}}segment").attrib == {"state": "translated",
                                                  "subState": "tqc:needs-review"}
    s2 = root.find(f".//{{{X20}}}segment[@id='s2']")
    assert s2.get("state") == "initial" and s2.get("subState") == "tqc:needs-review"
    note = u1.find(f"{{{X20}}}notes/{{{X20}}}note")
    assert note.attrib == {"category": "tqc", "priority": "1", "appliesTo": "target"}


def test_xliff_20_unflagged_units_and_segments_are_unchanged(tmp_path):
    out, _, _, document = exported(tmp_path, "news.xlf", XLIFF_20, "xliff", {2: [FIGURE]})
    before, after = etree.fromstring(document), etree.fromstring(out)
    for path in (f".//{{{X20}}}unit[@id='u1']", f".//{{{X20}}}unit[@id='u3']",
                 f".//{{{X20}}}segment[@id='s1']"):
        assert canonical(after.find(path)) == canonical(before.find(path))


# -- TMX -------------------------------------------------------------------------

def test_tmx_flagged_units_get_notes_and_properties_before_their_variants(tmp_path):
    out, store, _, document = exported(tmp_path, "news.tmx", TMX, "tmx",
                                       {0: [AMOUNT], 2: [FIGURE]})
    first, second, third = store.units
    assert first.getnotes().startswith("TQ401 [error] number: amount")
    assert third.getnotes().split("\n") == [
        "Translator: checked.", "TQ401 [warning] number: number '12' differs from '10' in "
        "the English source (suggestion: 10)"]
    assert second.getnotes() == ""
    root = etree.fromstring(out)
    tu = root.find(".//tu[@tuid='n1']")
    assert [(c.tag, c.get("type")) for c in tu] == [
        ("prop", "x-origin"), ("note", None), ("prop", "x-tqc-status"),
        ("prop", "x-tqc-code"), ("tuv", None), ("tuv", None)]
    assert tu.find("prop[@type='x-tqc-status']").text == "needs-review"
    before = etree.fromstring(document)
    assert canonical(root.find(".//tu[@tuid='n2']")) == canonical(before.find(".//tu[@tuid='n2']"))
    for tu in root.iter("tu"):
        for child in tu.findall("prop[@type]"):
            if child.get("type").startswith("x-tqc-"):
                tu.remove(child)
        for note in tu.findall("note"):
            if note.text.startswith("TQ401"):
                tu.remove(note)
    assert canonical(root) == canonical(before)
    assert out.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM')


# -- refusals ------------------------------------------------------------------------

@pytest.mark.parametrize("fmt, name, content, words", [
    ("xliff", "news.tmx", TMX, ["format xliff needs a report made from an XLIFF file",
                                "made from a TMX file"]),
    ("tmx", "news.xlf", XLIFF_12, ["format tmx needs", "made from an XLIFF file"]),
])
def test_a_format_for_another_kind_of_document_is_refused(tmp_path, fmt, name, content, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    report, document = report_for(path, {0: [AMOUNT]})
    with pytest.raises(ExportError) as caught:
        export_report(report, fmt, document)
    assert all(word in str(caught.value) for word in words) and "\n" not in str(caught.value)


def test_a_report_without_its_document_cannot_be_written_as_xliff():
    with pytest.raises(ExportError, match="made from no TMX or XLIFF file"):
        export_report({"articles": []}, "xliff", None)


def test_a_document_changed_since_the_check_is_refused(tmp_path):
    path = tmp_path / "news.xlf"
    path.write_text(XLIFF_12, encoding="utf-8")
    report, _ = report_for(path, {0: [AMOUNT]})
    changed = XLIFF_12.replace("Ils se rencontreront", "Ils se verront").encode()
    with pytest.raises(ExportError, match="does not match the units of its document"):
        export_report(report, "xliff", changed)


@pytest.mark.parametrize("content, kind", [
    (XLIFF_12, "xliff"), (XLIFF_20, "xliff"), (TMX, "tmx"), ("<html/>", None), ("not xml", None)])
def test_document_kind_is_the_root_element(content, kind):
    assert document_kind(content.encode()) == kind
