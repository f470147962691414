"""B-cubed precision / recall / F1 for clusterings of documents.

Both sides may be overlapping: a GVA article can be filed under two gold incidents, and the
store may list one article under two events. The extended B-cubed of Amigó, Gonzalo, Artiles
and Verdejo (2009, "A comparison of extrinsic clustering evaluation metrics") handles that and
equals ordinary B-cubed when every item is in exactly one cluster on each side:

    P(e, e') = min(|C(e) & C(e')|, |L(e) & L(e')|) / |C(e) & C(e')|
    R(e, e') = min(|C(e) & C(e')|, |L(e) & L(e')|) / |L(e) & L(e')|

precision(e) averages P over the items e' sharing a predicted cluster with e (e included),
recall(e) averages R over the items sharing a gold label with e; both are then averaged over
the items. An item with no predicted cluster is its own singleton cluster.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping


def bcubed(
    gold: Mapping[str, Iterable[str]], pred: Mapping[str, Iterable[str]]
) -> tuple[float, float, float]:
    """``gold``: item -> gold labels (each item has at least one); ``pred``: item -> predicted
    cluster ids (items missing or empty become singletons). Items not in ``gold`` are ignored.
    Returns (precision, recall, F1); all 0.0 for an empty ``gold``."""
    items = list(gold)
    if not items:
        return 0.0, 0.0, 0.0
    labels = {e: frozenset(gold[e]) or frozenset({("__gold_singleton__", e)}) for e in items}
    clusters = {}
    for e in items:
        got = frozenset(pred.get(e, ()) or ())
        clusters[e] = got or frozenset({("__pred_singleton__", e)})

    # Items with the same (clusters, labels) signature score alike: work per signature so a
    # degenerate prediction (everything in one cluster) stays affordable.
    sig_count: Counter[tuple[frozenset, frozenset]] = Counter(
        (clusters[e], labels[e]) for e in items
    )
    # Sizes of each cluster / label, and the signatures holding a (cluster, label) pair: only
    # items sharing both a cluster and a label with e add to its score, the others only to the
    # denominator, so nothing loops over every pair of items.
    size: Counter[object] = Counter()
    both: dict[tuple[object, object], set[tuple[frozenset, frozenset]]] = defaultdict(set)
    members: dict[object, set[tuple[frozenset, frozenset]]] = defaultdict(set)
    for sig, n in sig_count.items():
        # Keys carry their side so a cluster id never collides with a label.
        for side_no in (0, 1):
            for key in sig[side_no]:
                size[(side_no, key)] += n
                members[(side_no, key)].add(sig)
        for c in sig[0]:
            for lab in sig[1]:
                both[(c, lab)].add(sig)

    def side(sig: tuple[frozenset, frozenset], own: int) -> float:
        """Average agreement over the items sharing a group with ``sig`` on side ``own``."""
        other = 1 - own
        if len(sig[own]) == 1:
            weight = size[(own, next(iter(sig[own])))]
        else:
            mates_all: set[tuple[frozenset, frozenset]] = set()
            for key in sig[own]:
                mates_all |= members[(own, key)]
            weight = sum(sig_count[m] for m in mates_all)
        mates: set[tuple[frozenset, frozenset]] = set()
        for c in sig[0]:
            for lab in sig[1]:
                mates |= both[(c, lab)]
        total = 0.0
        for mate in mates:
            shared_own = len(sig[own] & mate[own])
            shared_other = len(sig[other] & mate[other])
            total += sig_count[mate] * min(shared_own, shared_other) / shared_own
        return total / weight

    precision = sum(n * side(sig, 0) for sig, n in sig_count.items()) / len(items)
    recall = sum(n * side(sig, 1) for sig, n in sig_count.items()) / len(items)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
