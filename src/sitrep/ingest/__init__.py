"""Ingestion: input files (.txt, .html/.htm, .jsonl, directories) to cleaned Docs.

    iter_documents(paths) -> Iterator[Doc | Failure]   # what the CLI uses
    make_doc(id, raw_text, *, title=None, published=None, outlet=None, url=None,
             html=False, source_path=None, notes=None) -> Doc

Layers: ``readers`` (files, decoding, JSONL, failures) -> ``cleanup`` (boilerplate rules from
``data/lexicons/boilerplate.yaml``) -> ``build`` (header, title, text layout, metadata with
``dates`` and ``metadata``).
"""

from sitrep.ingest.build import EmptyDocument, make_doc
from sitrep.ingest.readers import SUPPORTED_SUFFIXES, iter_documents

__all__ = ["EmptyDocument", "SUPPORTED_SUFFIXES", "iter_documents", "make_doc"]
