from sitrep.doc import Doc
from sitrep.nlp.sentences import SentenceSplitter


def split(text: str, title: str | None = None) -> list[tuple[str, dict]]:
    doc = SentenceSplitter()(Doc(id="t", text=text, title=title))
    return [(s.text, s.attrs) for s in doc.sentences]


def test_abbreviations_and_initials_do_not_end_sentences():
    out = split("Lt. Col. Amos Kiprop said on Jan. 4 that Mr. J. Otieno fled. He was found.")
    assert [t for t, _ in out] == [
        "Lt. Col. Amos Kiprop said on Jan. 4 that Mr. J. Otieno fled.",
        "He was found.",
    ]


def test_paragraphs_title_and_offsets():
    text = "Storm of shells hits border town\n\nShelling began at dawn. Two houses burned!\n\n\"We ran,\" a resident said."
    doc = SentenceSplitter()(Doc(id="t", text=text, title="Storm of shells hits border town"))
    sents = doc.sentences
    assert [s.attrs["paragraph"] for s in sents] == [0, 1, 1, 2]
    assert sents[0].attrs["title"] is True and not sents[1].attrs["title"]
    for s in sents:
        assert text[s.start:s.end] == s.text
    assert sents[3].text == "\"We ran,\" a resident said."


def test_single_newlines_separate_lines():
    out = split("Headline without stop\nBody sentence one. Body two.")
    assert [t for t, _ in out] == ["Headline without stop", "Body sentence one.", "Body two."]


def test_empty_text_has_no_sentences():
    assert split("   \n\n  ") == []
