"""process_stream: documents come back from forked workers in input order, with their
results and without the per-document working state (layers, indexes, memos)."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from sitrep.doc import Doc, Failure
from sitrep.parallel import process_stream


def _fake_extract(doc: Doc) -> Doc:
    if doc.text == "boom":
        raise ValueError("bad input")
    doc.span("words", 0, len(doc.text), "all")
    doc.in_sentence("words", doc.layers["words"][0])  # builds Doc._index
    doc.memo["seen"] = doc.text
    doc.events = [doc.text.upper()]
    return doc


@pytest.mark.skipif("fork" not in mp.get_all_start_methods(), reason="needs fork")
def test_workers_send_back_results_in_order_without_working_state() -> None:
    items: list[Doc | Failure] = [Doc(id=f"d{i}", text=f"text {i}") for i in range(9)]
    items.insert(3, Failure("in.jsonl", "unreadable", line=4))
    items.append(Doc(id="bad", text="boom"))
    out = list(process_stream(items, _fake_extract, workers=2))
    assert [getattr(x, "id", None) for x in out[:-1]] == [getattr(x, "id", None) for x in items[:-1]]
    docs = [x for x in out if isinstance(x, Doc)]
    assert [d.events for d in docs] == [[f"TEXT {i}"] for i in range(9)]
    assert all(d.layers == {} and d.memo == {} and d._index == {} for d in docs)
    assert isinstance(out[3], Failure) and out[3].reason == "unreadable"
    assert isinstance(out[-1], Failure) and "bad input" in out[-1].reason


def test_one_worker_keeps_the_layers() -> None:
    doc = Doc(id="d", text="some text")
    (out,) = process_stream([doc], _fake_extract, workers=1)
    assert out is doc and out.layers["words"][0].text == "some text"


def _line(doc: Doc) -> str:
    return f"{doc.id}:{doc.events[0]}\n"


@pytest.mark.parametrize("workers", [1, 2])
def test_finish_runs_on_each_document_and_failures_pass_through(workers: int) -> None:
    if workers > 1 and "fork" not in mp.get_all_start_methods():
        pytest.skip("needs fork")
    items: list[Doc | Failure] = [Doc(id=f"d{i}", text=f"text {i}") for i in range(7)]
    items.insert(2, Failure("in.jsonl", "unreadable", line=3))
    items.append(Doc(id="bad", text="boom"))
    out = list(process_stream(items, _fake_extract, workers=workers, finish=_line))
    assert out[:2] == ["d0:TEXT 0\n", "d1:TEXT 1\n"]
    assert isinstance(out[2], Failure) and out[2].reason == "unreadable"
    assert out[3:-1] == [f"d{i}:TEXT {i}\n" for i in range(2, 7)]
    assert isinstance(out[-1], Failure) and "bad input" in out[-1].reason
