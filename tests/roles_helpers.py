"""Shared by the role tests: a document of invented sentences, one paragraph, split where the
test says (no sentence splitter involved, so a test states exactly what the roles step sees)."""

from __future__ import annotations

from sitrep.doc import Doc


def doc_of(*sentences: str) -> Doc:
    text = " ".join(sentences)
    doc = Doc(id="t", text=text)
    pos = 0
    for i, s in enumerate(sentences):
        doc.span("sentences", pos, pos + len(s), "sentence", index=i, paragraph=0)
        pos += len(s) + 1
    return doc
