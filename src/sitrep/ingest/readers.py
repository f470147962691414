"""Input files to Docs: .txt, .html/.htm, .jsonl, and directories of them.

Bad input never raises: every problem becomes a :class:`~sitrep.doc.Failure` naming the path
as given (and the 1-based line for JSONL), and iteration goes on with the next input.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sitrep.doc import Doc, Failure
from sitrep.ingest.build import EmptyDocument, make_doc

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
MAX_BYTES = 20 * 1024 * 1024  # a news article is a few kB; anything over this is not one

_CONTROL_OK = {9, 10, 12, 13}
# Bytes that are not suspicious control characters (for ``bytes.translate``'s delete set).
_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in _CONTROL_OK)


class InputError(Exception):
    """A problem with one input; its message is the human reason of the Failure."""


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return "no such file or directory"
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read file: {exc.strerror or exc}"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: not a text file."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    # one C-level pass: delete every byte that is not a control character, count the rest
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls / len(sample) > 0.05


def decode(data: bytes) -> tuple[str, str | None]:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252/latin-1.

    Returns the text and a note when a legacy encoding had to be assumed. Binary data raises
    :class:`InputError`.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise InputError("not valid UTF-16 text despite its byte-order mark") from exc
    if looks_binary(data):
        raise InputError("binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        note = "not valid UTF-8; decoded as Windows-1252 (cp1252)"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        note = "not valid UTF-8; decoded as Latin-1"
    # Legacy 8-bit text is letters and punctuation; many C1/undefined characters mean binary.
    odd = sum(1 for ch in text if 0x80 <= ord(ch) < 0xA0)
    if odd > max(2, len(text) // 100):
        raise InputError("not UTF-8 and not readable as Latin-1 text (binary?)")
    return text, note


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(_os_reason(exc)) from exc
    if size > MAX_BYTES:
        raise InputError(
            f"file too large ({size / 1024 / 1024:.1f} MB > {MAX_BYTES // 1024 // 1024} MB limit);"
            " not loaded"
        )
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError(_os_reason(exc)) from exc


class Reader:
    """One ingestion run: remembers document ids to report duplicates."""

    def __init__(self) -> None:
        self.seen_ids: set[str] = set()

    # ------------------------------------------------------------------ dispatch
    def iter_paths(self, paths: list[Path]) -> Iterator[Doc | Failure]:
        for given in paths:
            path = Path(given)
            source = str(given)
            try:
                is_dir = path.is_dir()
                exists = is_dir or path.exists()
            except OSError as exc:
                yield Failure(source, _os_reason(exc))
                continue
            if is_dir:
                yield from self.iter_directory(path, source)
            elif not exists:
                yield Failure(source, "no such file or directory")
            elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
                suffix = path.suffix or "no extension"
                yield Failure(
                    source,
                    f"unsupported file type ({suffix}); expected .txt, .html, .htm or .jsonl",
                )
            else:
                yield from self.iter_file(path, source)

    def iter_directory(self, root: Path, source: str) -> Iterator[Doc | Failure]:
        files: list[Path] = []
        problems: list[Failure] = []

        def onerror(exc: OSError) -> None:
            where = exc.filename or str(root)
            problems.append(Failure(str(where), _os_reason(exc)))

        for dirpath, dirnames, filenames in os.walk(root, onerror=onerror):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in filenames:
                if name.startswith("."):
                    continue
                if Path(name).suffix.lower() in SUPPORTED_SUFFIXES:
                    files.append(Path(dirpath) / name)
        yield from problems
        if not files:
            if not problems:
                yield Failure(source, "directory has no .txt, .html, .htm or .jsonl files")
            return
        for file in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
            # Show files as found under the directory the user gave.
            shown = os.path.join(source, file.relative_to(root).as_posix())
            yield from self.iter_file(file, shown)

    def iter_file(self, path: Path, source: str) -> Iterator[Doc | Failure]:
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from self.iter_jsonl(path, source)
            return
        doc_id = path.stem
        try:
            text, note = decode(read_bytes(path))
        except InputError as exc:
            yield Failure(source, str(exc), doc_id=doc_id)
            return
        if not text.strip():
            yield Failure(source, "empty file", doc_id=doc_id)
            return
        yield self._build(
            source,
            None,
            doc_id,
            text,
            html=suffix in HTML_SUFFIXES,
            notes=[note] if note else None,
            source_path=str(path),
        )

    # --------------------------------------------------------------------- JSONL
    def iter_jsonl(self, path: Path, source: str) -> Iterator[Doc | Failure]:
        """Stream a JSONL file line by line (a large batch file is fine; one huge line is not)."""
        try:
            fh = path.open("rb")
        except OSError as exc:
            yield Failure(source, _os_reason(exc))
            return
        any_line = False
        with fh:
            lineno = 0
            while True:
                try:
                    raw = fh.readline(MAX_BYTES + 1)
                except OSError as exc:
                    yield Failure(source, _os_reason(exc), line=lineno + 1)
                    return
                if not raw:
                    break
                lineno += 1
                if len(raw) > MAX_BYTES and not raw.endswith(b"\n"):
                    yield Failure(source, f"line longer than {MAX_BYTES // 1024 // 1024} MB; skipped",
                                  line=lineno)
                    # Skip the rest of the oversized line without loading it.
                    while raw and not raw.endswith(b"\n"):
                        raw = fh.readline(1024 * 1024)
                    continue
                if not raw.strip():
                    continue
                any_line = True
                yield self._jsonl_row(raw, source, lineno, path)
        if not any_line:
            yield Failure(source, "empty file")

    def _jsonl_row(self, raw: bytes, source: str, lineno: int, path: Path) -> Doc | Failure:
        try:
            text, note = decode(raw)
        except InputError as exc:
            return Failure(source, str(exc), line=lineno)
        try:
            row = json.loads(text)
        except json.JSONDecodeError as exc:
            truncated = not raw.endswith(b"\n") or "Unterminated" in exc.msg or "Expecting" in exc.msg
            what = "truncated or invalid JSON" if truncated else "invalid JSON"
            return Failure(source, f"{what}: {exc.msg} (column {exc.colno})", line=lineno)
        if not isinstance(row, dict):
            return Failure(source, f"JSON line is a {type(row).__name__}, not an object", line=lineno)
        doc_id = row.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if not isinstance(doc_id, str) or not doc_id.strip():
            return Failure(source, "row has no 'id' (a non-empty string)", line=lineno)
        if "text" not in row or row["text"] is None:
            return Failure(source, "row has no 'text'", line=lineno, doc_id=doc_id)
        if not isinstance(row["text"], str):
            return Failure(source, f"'text' is a {type(row['text']).__name__}, not a string",
                           line=lineno, doc_id=doc_id)
        meta = {k: row.get(k) if isinstance(row.get(k), str) else None
                for k in ("title", "published", "outlet", "url")}
        return self._build(
            source,
            lineno,
            doc_id,
            row["text"],
            title=meta["title"],
            published=meta["published"],
            outlet=meta["outlet"],
            url=meta["url"],
            notes=[note] if note else None,
            source_path=f"{path}:{lineno}",
        )

    # ------------------------------------------------------------------- building
    def _build(self, source: str, line: int | None, doc_id: str, text: str, **kw: Any) -> Doc | Failure:
        if doc_id in self.seen_ids:
            return Failure(source, "duplicate document id", line=line, doc_id=doc_id)
        if not text.strip():
            return Failure(source, "empty text", line=line, doc_id=doc_id)
        try:
            doc = make_doc(doc_id, text, **kw)
        except EmptyDocument as exc:
            return Failure(source, str(exc), line=line, doc_id=doc_id)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            return Failure(source, f"could not process document: {type(exc).__name__}: {exc}",
                           line=line, doc_id=doc_id)
        self.seen_ids.add(doc_id)
        return doc


def iter_documents(paths: list[Path]) -> Iterator[Doc | Failure]:
    """Docs (and Failures) for INPUT paths: files, JSONL batches and directories, in order."""
    yield from Reader().iter_paths(list(paths))
