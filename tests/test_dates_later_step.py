"""An undated incident dated by the day of a later step rather than by publication
(step 5b of sitrep.nlp.dates._event_date). Invented sentences."""

import datetime as dt

from sitrep.doc import Doc, Span
from sitrep.nlp.dates import DateTagger, event_date_for

TAGGER = DateTagger()


# The lead (first three sentences) is read before the rest of the article: keep the dates
# after it.
LEAD = ["A teenager was wounded outside a bakery on Elm Row.",
        "He was taken to the county hospital.",
        "Neighbours described hearing three loud bangs.",
        "The bakery stayed closed for the rest of the week."]


def _event_date(later: str, pub: dt.date) -> dict:
    sentences = [*LEAD, later]
    text = " ".join(sentences)
    doc = TAGGER(Doc(id="t", text=text, published=pub, published_precision="day",
                     published_source="field"))
    spans, at = [], 0
    for s in sentences:
        spans.append(Span(at, at + len(s), "sentence", s))
        at += len(s) + 1
    doc.layers["sentences"] = spans
    got = event_date_for(doc, spans[:1])  # the incident's own sentence has no date
    assert got is not None
    return got


def test_an_arrest_weeks_before_publication_dates_the_incident_more_closely() -> None:
    got = _event_date(
        "A neighbour of the family was arrested Feb. 12 after a long search.",
        dt.date(2021, 3, 22),
    )
    assert got["event_date"] == "2021-02-12" and got["how"] == "article"


def test_a_statement_in_the_week_before_publication_bounds_the_incident() -> None:
    got = _event_date(
        "Police said Monday they had no suspect.",
        dt.date(2021, 3, 20),  # a Saturday
    )
    assert got["event_date"] == "2021-03-15"


def test_a_later_step_long_before_publication_is_not_used() -> None:
    got = _event_date(
        "A neighbour of the family was arrested Feb. 12, 2020 after a long search.",
        dt.date(2021, 3, 22),
    )
    assert got["event_date"] == "2021-03-22" and got["how"] == "published"


def test_a_sentence_dated_by_a_later_step_takes_an_earlier_day_from_the_article() -> None:
    # the incident's own sentence is dated only by the statement ("police said Tuesday");
    # the hospital visit on Sunday, itself a later step, still came after the shooting and
    # is nearer to it
    sentences = ["A man was shot in the arm near the old station, police said Tuesday.",
                 "His brother visited him at the county hospital on Sunday."]
    text = " ".join(sentences)
    doc = TAGGER(Doc(id="t", text=text, published=dt.date(2021, 3, 17), published_precision="day",
                     published_source="field"))
    spans = [Span(0, len(sentences[0]), "sentence", sentences[0]),
             Span(len(sentences[0]) + 1, len(text), "sentence", sentences[1])]
    doc.layers["sentences"] = spans
    got = event_date_for(doc, spans[:1])
    assert got is not None and got["event_date"] == "2021-03-14" and got["how"] == "article"


def _article_date(last: str) -> str | None:
    from sitrep.pipeline import extract

    title = "Warplanes pound rebel hideouts in the hills"
    text = title + "\n\n" + "\n\n".join([
        "Government warplanes struck rebel hideouts in the hills north of Kadira in Idlib "
        "province, a monitor said.",
        "The monitor gave no figure for the dead.",
        "The rebels have held the hills for two years.",
        last,
    ])
    doc = extract(Doc(id="t", text=text, title=title, published=dt.date(2021, 5, 20),
                      published_precision="day", published_source="field"))
    assert doc.events and doc.events[0].status == "event"
    return doc.events[0].event_date


def test_a_day_that_times_only_a_threat_is_not_a_later_step() -> None:
    # the undated strikes are not the threat's day, weeks before publication: publication
    # dates them
    assert _article_date("On 3 May, officials told a state broadcaster that the group was "
                         "preparing to shell army posts near the border.") == "2021-05-20"


def test_a_day_that_times_a_statement_still_bounds_the_incident() -> None:
    assert _article_date("On 3 May, officials told a state broadcaster that the group had "
                         "no heavy weapons left.") == "2021-05-03"
