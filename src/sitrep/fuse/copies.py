"""Syndicated and near-identical articles: MinHash LSH over word shingles.

A document's cleaned text becomes a set of 5-word shingles, summarised by datasketch's
128-permutation MinHash (``update_batch`` hashes all shingles at once with numpy: about
0.5 ms for a 2,000-character article). Locality-sensitive hashing splits its first 64 values into 16 bands
of 4 rows; documents sharing any band are candidates (a pair with Jaccard 0.7 becomes one with
probability ~0.99, a pair at 0.3 with ~0.12), and a candidate is a copy when the estimated
Jaccard similarity of the full signatures reaches :data:`COPY_THRESHOLD`.

The band keys are stored in the database (``doc_bands``), so detection is incremental: a
new document looks up its 16 keys, whatever the size of the archive, instead of holding a
whole LSH index in memory.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np
from datasketch import MinHash

NUM_PERM = 128  # the similarity estimate uses all; LSH bands use the first 64
BANDS, ROWS = 16, 4
SHINGLE = 5
COPY_THRESHOLD = 0.8
MIN_SHINGLES = 25  # shorter texts (a headline, a stub) are not judged as copies

_WORD = re.compile(r"\w+")
_SEED = 7


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


# Permutations drawn once from a fixed seed, so signatures stay comparable across runs.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=_SEED)


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (uint64 array) of the text, or None for texts too short to judge."""
    sh = shingles(text)
    if len(sh) < MIN_SHINGLES:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=_SEED, permutations=_TEMPLATE.permutations,
                 scheme=_TEMPLATE.scheme)
    mh.update_batch(list(sh))
    return mh.hashvalues


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 63-bit key per LSH band (fits a BIGINT column everywhere)."""
    keys = []
    for b in range(BANDS):
        chunk = sig[b * ROWS:(b + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=struct.pack("<Q", b)).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)
    return keys


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u8").astype(np.uint64)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)
