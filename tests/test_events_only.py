"""``EventExtractor(events_only=True)`` (``pipeline.events_only``, what ``sitrep extract``
runs without ``--all-statuses``): records of background, threat and other non-event groups
are not made, and the event records are those of a full run, ids and order included."""

from __future__ import annotations

import datetime as dt

from sitrep.doc import Doc
from sitrep.pipeline import default_pipeline, events_only

# Invented: an attack told as the news, an older attack told as background, and a threat.
_TEXT = (
    "Raiders kill two guards in Lodwar\n\n"
    "Raiders shot dead two security guards at a warehouse in Lodwar town on Monday, police "
    "said. The same gang had killed 30 people in an attack on a convoy near Kakuma in 2013. "
    "Traders have threatened to close the market in Lodwar if the raids go on. Separately, "
    "armed men wounded three herders in a raid on a village near Lokichoggio on Sunday."
)


def _doc() -> Doc:
    return Doc(id="note-1", text=_TEXT, title=_TEXT.split("\n")[0], published=dt.date(2022, 6, 8))


def test_events_only_makes_the_event_records_of_a_full_run_and_no_others() -> None:
    full = default_pipeline()(_doc()).events
    only = events_only(default_pipeline())(_doc()).events
    assert any(e.status != "event" for e in full)  # the text tells more than events
    assert only, "the text tells events"
    assert all(e.status == "event" for e in only)
    want = [e.to_json() for e in full if e.status == "event"]
    assert [e.to_json() for e in only] == want


def test_events_only_shares_the_other_components() -> None:
    full = default_pipeline()
    only = events_only(full)
    assert only.names == full.names
    for (name, a), (_, b) in zip(full.components, only.components, strict=True):
        assert (a is b) == (name != "events")
