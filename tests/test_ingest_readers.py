"""iter_documents: input kinds, directories, and every bad-input case (nothing raises)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sitrep.doc import Doc, Failure
from sitrep.ingest import iter_documents
from sitrep.ingest import readers as readers_mod

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
BODY = "Two rockets struck the invented town of Osmerk on Monday, wounding three people."


def run(*paths: Path) -> list[Doc | Failure]:
    return list(iter_documents(list(paths)))


def only_failure(items: list[Doc | Failure]) -> Failure:
    assert len(items) == 1 and isinstance(items[0], Failure), items
    return items[0]


# ----------------------------------------------------------------------------- good input


def test_fixture_directory_sorted_and_typed() -> None:
    items = run(FIXTURES)
    assert all(isinstance(i, Doc) for i in items), items
    assert [i.id for i in items] == ["row-1", "row-2", "row-3", "market_attack", "scraped_article"]
    by_id = {i.id: i for i in items}
    assert by_id["row-2"].outlet == "Example Daily"
    assert by_id["row-3"].outlet == "example.com.tr"
    assert by_id["scraped_article"].title == "Drone strike hits convoy near invented river crossing"
    assert by_id["row-1"].source_path.endswith("batch.jsonl:1")


def test_file_id_is_name_without_extension(tmp_path: Path) -> None:
    f = tmp_path / "report-17.txt"
    f.write_text(BODY, encoding="utf-8")
    (doc,) = run(f)
    assert isinstance(doc, Doc) and doc.id == "report-17" and doc.text == BODY


def test_directory_recursive_skips_other_extensions_silently(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "one.htm").write_text(f"<html><body><article><p>{BODY}</p></article></body></html>",
                                      encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = run(tmp_path)
    assert [i.id for i in items] == ["two", "one"]  # sorted by relative path: b/two.txt < one.htm
    assert all(isinstance(i, Doc) for i in items)


def test_utf8_bom_and_utf16_are_read(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    a.write_bytes(b"\xef\xbb\xbf" + BODY.encode())
    b = tmp_path / "b.txt"
    b.write_bytes(BODY.encode("utf-16"))
    docs = run(a, b)
    assert [d.text for d in docs] == [BODY, BODY]


def test_latin1_text_decoded_with_note(tmp_path: Path) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes("Les forces de sécurité ont déclaré que deux personnes étaient blessées.".encode("latin-1"))
    (doc,) = run(f)
    assert isinstance(doc, Doc)
    assert "sécurité" in doc.text
    notes = [s.attrs["message"] for s in doc.get("ingest")]
    assert notes and "cp1252" in notes[0]


# ------------------------------------------------------------------------------ bad input


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_bytes(b"")
    fail = only_failure(run(f))
    assert fail.reason == "empty file" and fail.source == str(f)


def test_whitespace_only_file(tmp_path: Path) -> None:
    f = tmp_path / "blank.txt"
    f.write_text("  \n\n\t \n", encoding="utf-8")
    assert only_failure(run(f)).reason == "empty file"


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "blob.txt"
    f.write_bytes(bytes(range(256)) * 20)
    assert "binary" in only_failure(run(f)).reason


def test_binary_without_nul_bytes(tmp_path: Path) -> None:
    f = tmp_path / "noise.html"
    f.write_bytes(bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x01, 0x02, 0x1B]) * 200)
    assert "binary" in only_failure(run(f)).reason


def test_looks_binary_counts_control_characters_exactly() -> None:
    # 5% of control characters (tab, newline, form feed and CR do not count) is still text;
    # one more is binary. Only the first 8 KiB is read.
    text = b"a" * 95 + b"\t\n\x0c\r" * 5
    assert not readers_mod.looks_binary(text)
    assert not readers_mod.looks_binary(b"a" * 95 + b"\x1b" * 5)
    assert readers_mod.looks_binary(b"a" * 94 + b"\x1b" * 6)
    assert readers_mod.looks_binary(b"\x1f" * 10 + b"b" * 10)
    assert not readers_mod.looks_binary(b"\x80\xff\x7f " * 100)  # high bytes are not controls
    assert not readers_mod.looks_binary(b"b" * 8192 + b"\x01" * 8192)
    assert not readers_mod.looks_binary(b"")


def test_only_boilerplate_fails_after_cleanup(tmp_path: Path) -> None:
    f = tmp_path / "junk.txt"
    f.write_text("Advertisement\n\nLeave a Reply\n\nSubscribe To Our Newsletter\n", encoding="utf-8")
    assert only_failure(run(f)).reason == "no article text after cleanup"


def test_nonexistent_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    fail = only_failure(run(missing))
    assert fail.reason == "no such file or directory" and fail.source == str(missing)


def test_unsupported_extension_given_explicitly(tmp_path: Path) -> None:
    f = tmp_path / "report.pdf"
    f.write_bytes(b"%PDF-1.4")
    assert "unsupported file type (.pdf)" in only_failure(run(f)).reason


def test_directory_without_usable_files(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    fail = only_failure(run(tmp_path))
    assert "no .txt, .html, .htm or .jsonl files" in fail.reason


def test_huge_file_is_not_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "huge.txt"
    with f.open("wb") as fh:  # sparse 21 MB file: cheap to create
        fh.truncate(21 * 1024 * 1024)

    def boom(self: Path, *a: object, **k: object) -> object:
        raise AssertionError("huge file was opened")

    monkeypatch.setattr(Path, "open", boom)
    reason = only_failure(run(f)).reason
    assert "too large" in reason and "21.0 MB" in reason


def test_unreadable_file(tmp_path: Path) -> None:
    f = tmp_path / "secret.txt"
    f.write_text(BODY, encoding="utf-8")
    f.chmod(0)
    try:
        if os.access(f, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): chmod 000 does not block reads")
        assert only_failure(run(f)).reason == "permission denied"
    finally:
        f.chmod(0o644)


def test_iteration_continues_after_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    items = run(tmp_path / "missing.txt", good, tmp_path / "x.doc")
    assert [type(i).__name__ for i in items] == ["Failure", "Doc", "Failure"]


# ---------------------------------------------------------------------------------- JSONL


def write_jsonl(path: Path, lines: list[str], final_newline: bool = True) -> Path:
    path.write_text("\n".join(lines) + ("\n" if final_newline else ""), encoding="utf-8")
    return path


def row(**kw: object) -> str:
    return json.dumps(kw)


def test_jsonl_bad_rows_each_fail_with_line_and_rest_continues(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "batch.jsonl",
        [
            row(id="ok-1", text=BODY),
            "{not json",
            row(text=BODY),  # no id
            row(id="no-text"),
            row(id="bad-text", text=["a", "list"]),
            "",  # blank lines are ignored
            "[1, 2]",
            row(id="ok-1", text=BODY),  # duplicate id
            row(id="ok-2", text=BODY, title="Rockets hit Osmerk", other="ignored"),
            '{"id": "cut", "text": "Two rockets str',  # truncated last line
        ],
        final_newline=False,
    )
    items = run(f)
    summary = [(type(i).__name__, getattr(i, "line", None), getattr(i, "reason", getattr(i, "id", None)))
               for i in items]
    assert summary[0] == ("Doc", None, "ok-1")
    assert summary[1][:2] == ("Failure", 2) and "invalid JSON" in summary[1][2]
    assert summary[2] == ("Failure", 3, "row has no 'id' (a non-empty string)")
    assert summary[3] == ("Failure", 4, "row has no 'text'")
    assert summary[4] == ("Failure", 5, "'text' is a list, not a string")
    assert summary[5][:2] == ("Failure", 7) and "not an object" in summary[5][2]
    assert summary[6] == ("Failure", 8, "duplicate document id")
    assert summary[7] == ("Doc", None, "ok-2")
    assert summary[8][:2] == ("Failure", 10) and "truncated" in summary[8][2]
    assert all(i.source == str(f) for i in items if isinstance(i, Failure))
    assert items[4].doc_id == "bad-text"


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    a = tmp_path / "a"
    a.mkdir()
    (a / "same.txt").write_text(BODY, encoding="utf-8")
    f = write_jsonl(tmp_path / "rows.jsonl", [row(id="same", text=BODY)])
    items = run(a / "same.txt", f)
    assert isinstance(items[0], Doc)
    fail = items[1]
    assert isinstance(fail, Failure) and fail.reason == "duplicate document id" and fail.line == 1


def test_jsonl_empty_text_and_empty_file(tmp_path: Path) -> None:
    f = write_jsonl(tmp_path / "rows.jsonl", [row(id="e", text="   ")])
    assert only_failure(run(f)).reason == "empty text"
    g = tmp_path / "none.jsonl"
    g.write_bytes(b"\n\n")
    assert only_failure(run(g)).reason == "empty file"


def test_jsonl_non_utf8_line(tmp_path: Path) -> None:
    f = tmp_path / "rows.jsonl"
    f.write_bytes(('{"id": "x", "text": "Les forces de s\xe9curit\xe9 ont tir\xe9 sur la foule."}\n')
                  .encode("latin-1"))
    (doc,) = run(f)
    assert isinstance(doc, Doc) and "sécurité" in doc.text


def test_jsonl_huge_line_skipped_without_loading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers_mod, "MAX_BYTES", 1000)
    f = write_jsonl(tmp_path / "rows.jsonl", [row(id="big", text="x " * 2000), row(id="ok", text=BODY)])
    items = run(f)
    assert isinstance(items[0], Failure) and items[0].line == 1 and "longer than" in items[0].reason
    assert isinstance(items[1], Doc) and items[1].id == "ok"


def test_jsonl_metadata_fields(tmp_path: Path) -> None:
    f = write_jsonl(
        tmp_path / "rows.jsonl",
        [row(id="m", text=BODY, title="Rockets hit Osmerk", published="2019-05-03",
             outlet="https://web.archive.org/web/20200101000000/https://www.example.org/a")],
    )
    (doc,) = run(f)
    assert doc.text.startswith("Rockets hit Osmerk\n\n")
    assert doc.published.isoformat() == "2019-05-03" and doc.published_source == "field"
    assert doc.outlet == "example.org" and doc.url == "https://www.example.org/a"
