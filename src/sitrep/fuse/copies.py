"""Syndicated and near-identical articles: MinHash LSH over word shingles.

A document's cleaned text becomes a set of 5-word shingles, summarised by a 128-permutation
MinHash (each shingle hashed once with CRC-32, then 64 multiply-shift hash functions
``(a*h + b) mod 2**64 >> 32`` applied with numpy to all shingles at once: the estimator of
datasketch's MinHash at a fraction of its cost per document). Locality-sensitive hashing splits its first 64 values into 16 bands
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
import zlib

import numpy as np

NUM_PERM = 128  # the similarity estimate uses all; LSH bands use the first 64
BANDS, ROWS = 16, 4
SHINGLE = 5
COPY_THRESHOLD = 0.8
MIN_SHINGLES = 25  # shorter texts (a headline, a stub) are not judged as copies

_WORD = re.compile(r"\w+")
_SEED = 7
_SHIFT = np.uint64(32)
_rng = np.random.RandomState(_SEED)
# Hash-function parameters, drawn once from a fixed seed so signatures stay comparable
# across runs and machines; ``a`` odd, as multiply-shift hashing needs.
_A = _rng.randint(1, 1 << 62, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _rng.randint(0, 1 << 62, size=NUM_PERM, dtype=np.uint64)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + k]).encode() for i in range(len(words) - k + 1)}


_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                 0xD6E8FEB86659FD93, 0xFF51AFD7ED558CCD][:SHINGLE], dtype=np.uint64)


def shingle_hashes(text: str, k: int = SHINGLE, min_words: int = 1) -> np.ndarray:
    """One 32-bit hash per distinct k-word shingle: each word hashed once (CRC-32), a
    shingle's hash mixed from its words' with numpy (no per-shingle Python strings)."""
    words = _WORD.findall(text.lower())
    if len(words) < min_words:
        return np.zeros(0, dtype=np.uint64)
    w = np.fromiter((zlib.crc32(x.encode()) for x in words), dtype=np.uint64,
                    count=len(words))
    n = max(1, len(w) - k + 1)
    acc = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(k, len(w))):
            acc += w[j:j + n] * _MIX[j]
    return np.unique(acc >> _SHIFT)


def signature(text: str) -> np.ndarray | None:
    """MinHash signature (uint64 array) of the text, or None for texts too short to judge."""
    h = shingle_hashes(text, min_words=MIN_SHINGLES + SHINGLE - 1)
    if len(h) < MIN_SHINGLES:
        return None
    with np.errstate(over="ignore"):
        phv = (np.outer(h, _A) + _B) >> _SHIFT
    return phv.min(axis=0)


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
