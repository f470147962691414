"""Boilerplate cleanup: one test per rule, and real article sentences are never dropped."""

from __future__ import annotations

import pytest

from sitrep.ingest.cleanup import clean_text, split_lines

BODY = "Two rockets struck the invented town of Osmerk on Monday, wounding three people."


def kept(text: str) -> list[str]:
    return clean_text(text).paragraphs


@pytest.mark.parametrize(
    "junk",
    [
        # newsletter and comment prompts
        "Leave a Reply",
        "Required fields are marked *",
        "Your email address will not be published.",
        "Subscribe To Our Newsletter",
        "To participate in the discussion",
        "log in or register",
        "To participate in the discussion log in or register",
        # banners and interface strings
        "FYI.",
        "This story is over 5 years old.",
        "Advertisement",
        "Story Code : 917464",
        "URL Copied",
        "Prev Post",
        "Please enable Javascript to watch this video",
        # photo captions and credits
        "© Example Agency / Jane Roe",
        "A damaged truck on the road. File photo.",
        "File photo.",
        "Imagen por Juan Nadie/EFE/Ministerio de Algo",
        "Photo of author",
        "(Photo: Example TV)",
        "A destroyed bridge near the river - Example International, 1920, 24.04.2022",
        # bylines
        "By admin",
        "By: Breaking News Staff",
        "By Jane Roe",
        # copyright footers
        "Copyright 2016 Example Media. All rights reserved.",
        "© 2019 Example Herald",
    ],
)
def test_boilerplate_line_is_removed(junk: str) -> None:
    assert kept(f"{BODY}\n\n{junk}\n\nOfficials said the wounded were taken to hospital.") == [
        BODY,
        "Officials said the wounded were taken to hospital.",
    ]


def test_shortcode_removed_inline() -> None:
    out = kept(f'{BODY}\n\n[mc4wp_form id="206"]\n\nA second [gallery ids="1,2"] paragraph here.')
    assert out == [BODY, "A second paragraph here."]


def test_read_crosslink_line_removed_but_next_paragraph_kept() -> None:
    text = f"{BODY}\n\nREAD: Earlier clashes near the crossing leave two dead\n\nNo group claimed it."
    assert kept(text) == [BODY, "No group claimed it."]


def test_read_more_link_list_removed_until_article_text() -> None:
    text = (
        f"{BODY}\n\nRead more:\nTown council meets over water shortages\n"
        "Farmers protest fuel prices in the valley\n\nThe army denied any role in the attack."
    )
    assert kept(text) == [BODY, "The army denied any role in the attack."]


def test_related_news_list_removed() -> None:
    text = (
        "Related News\n\nMan shot dead by gunmen in invented village, May 21, 2024\n\n"
        f"Another headline about a raid in the valley\n\n{BODY}"
    )
    assert kept(text) == [BODY]


def test_image_card_headline_removed() -> None:
    text = (
        f"{BODY}\n"
        "Soldiers inspect a destroyed bridge - Example International, 1920, 10.04.2022\n"
        "Officials Accuse Rivals of Training Fighters Near the Border\n"
        "The ministry has not commented on the reports."
    )
    assert kept(text) == [BODY, "The ministry has not commented on the reports."]


def test_foreign_script_interface_line_removed() -> None:
    text = f"{BODY}\n\nThe governor visited the wounded.\n\nЗаголовок открываемого материала"
    assert kept(text) == [BODY, "The governor visited the wounded."]


def test_foreign_script_kept_in_text_of_that_script() -> None:
    text = "Заголовок открываемого материала\n\nВ городе произошёл взрыв, сообщили власти."
    assert len(kept(text)) == 2


def test_tweet_embed_link_removed_and_duplicate_dropped() -> None:
    text = (
        "Strikes reported near the invented town of Marel tonight. pic.twitter.com/AbC123 "
        "— Some Watcher (@watcher01) May 5, 2020\n\n"
        "Strikes reported near the invented town of Marel tonight.\n\n"
        "Officials confirmed two deaths."
    )
    assert kept(text) == [
        "Strikes reported near the invented town of Marel tonight.",
        "Officials confirmed two deaths.",
    ]


def test_tweet_that_is_the_report_is_kept() -> None:
    text = "Syria: three soldiers killed in a strike near an invented base. pic.twitter.com/xYz"
    assert kept(text) == ["Syria: three soldiers killed in a strike near an invented base."]


def test_exact_duplicate_paragraphs_keep_first() -> None:
    text = f"{BODY}\n\n{BODY}\n\nSecond paragraph.\n\nSecond paragraph."
    assert kept(text) == [BODY, "Second paragraph."]


def test_hard_wrapped_lines_rejoined() -> None:
    text = "Two rockets struck the invented town of Osmerk\non Monday, wounding three people."
    assert split_lines(text) == [BODY]
    # A short line, or one ending a sentence, is not joined.
    assert split_lines("Breaking\nnews follows.") == ["Breaking", "news follows."]


def test_whitespace_and_invisible_characters_normalised() -> None:
    text = "Two\u00a0rockets  struck the invented town of Osmerk on Monday,\u200b wounding three people.\r\n"
    assert kept(text) == [BODY]


# Real article sentences that look a little like boilerplate must survive.
SENTENCES = [
    "By the time police arrived, the gunmen had fled the village.",
    "By Tuesday, the death toll had risen to 14.",
    "Photos show the destroyed market and burnt stalls.",
    "Advertisement boards along the highway were torn down by protesters.",
    "Comments by the minister angered residents of the town.",
    "The investigation is ongoing.",
    "No arrests have been made.",
    "Print and broadcast media reported the deaths on Sunday.",
    "Read the statement, a spokesman told reporters, and judge for yourselves.",
    "Follow-up raids were carried out overnight, the army said.",
    "Share prices fell after the attack on the pipeline.",
    "Copyright disputes were not discussed at the meeting.",
    "The reporter said that all rights reserved for residents had been revoked.",
    "Related clashes broke out in two other districts.",
    "More than 20 people were killed in the fighting.",
    "Subscribers to the local radio station heard the blasts.",
    "The photo of the author of the report was widely shared.",
    "Is the ceasefire holding?",
    "Email messages seen by reporters confirmed the order.",
    "This story is developing and will be updated.",
    "Date palms were burned in the orchards near the river.",
    "Close to 300 families fled the area.",
    "Like other towns in the province, Osmerk has no shelter.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_article_sentence_never_dropped(sentence: str) -> None:
    assert sentence in kept(f"{BODY}\n\n{sentence}\n\nOfficials said the wounded were stable.")


def test_full_scraped_fixture(fixture_dir) -> None:  # type: ignore[no-untyped-def]
    out = kept((fixture_dir / "scraped_article.txt").read_text("utf-8"))
    assert out == [
        "News",
        "Drone strike hits convoy near invented river crossing",
        "A militia convoy was struck by a drone near the Tarvel crossing on Monday, a local "
        "monitor said.",
        "Three fighters were killed and two others were wounded, according to the monitor.",
        "The group did not claim responsibility for the attack.",
    ]


@pytest.fixture
def fixture_dir():  # type: ignore[no-untyped-def]
    from pathlib import Path

    return Path(__file__).resolve().parent / "fixtures" / "ingest"


def test_next_post_navigation_ends_the_article():
    from sitrep.ingest.cleanup import clean_text

    page = ("Shelling hit the market in the town on Monday, killing two people.\n\n"
            "Rescue teams searched the rubble until the evening.\n\n"
            "Prev Post\n\n"
            "Clashes | Fighters killed on the northern front\n\n"
            "Next Post\n\n"
            "Explosion | Child killed by old ordnance in the countryside")
    kept = clean_text(page).paragraphs
    assert kept[-1].startswith("Rescue teams")
    assert not any("ordnance" in p for p in kept)
    # A navigation bar above the article does not end it.
    top = "Next Post\n\nShelling hit the market in the town on Monday, killing two people."
    assert any("Shelling" in p for p in clean_text(top).paragraphs)
    # "Previous story:" on local news pages holds an earlier version of the same report.
    update = ("Police named the victim on Tuesday.\n\nThe suspect was charged.\n\n"
              "Previous story:\n\nOne person was killed in a shooting at a club on Sunday.")
    assert any("killed in a shooting" in p for p in clean_text(update).paragraphs)


def test_masked_words_are_unmasked_before_any_layer_reads_them() -> None:
    from sitrep.ingest.cleanup import normalise, unmask

    assert unmask("Two farmers kil*led and a child inj*ured by w*a*r remnants") == (
        "Two farmers killed and a child injured by war remnants"
    )
    assert normalise("De*ath toll rises\r\nin the town") == "Death toll rises\nin the town"
    # a hyphen splits a listed word only: "kil-led" is read, "al-Bab" and "e-mail" stay
    assert unmask("Two guards kil-led near al-Bab, an e-mail said; the de-ath toll rose") == (
        "Two guards killed near al-Bab, an e-mail said; the death toll rose"
    )
    # stars that mask no word stay
    for text in ("5*3 = 15", "*Note* the limits", "a ** b", "rated 4 * of 5", "Fields marked * are required"):
        assert unmask(text) == text


def test_video_cards_and_their_repeated_titles_removed() -> None:
    text = (
        f"{BODY}\n\nTop Stories\n\n"
        "2:05Floods cut the road to the northern valleyJul 22, 2025\n\n"
        "Floods cut the road to the northern valley\n\n"
        "0:48Mayor of an invented town resigns after audit3 hours ago\n\n"
        "Mayor of an invented town resigns after audit\n\n"
        "Is a new bridge worth the price?\n\n"
        "12:30Rescuers reach stranded hikersMay 08, 2025\n\n"
        "Rescuers reach stranded hikers\n\n"
        "The army denied any role in the attack."
    )
    assert kept(text) == [BODY, "Is a new bridge worth the price?",
                          "The army denied any role in the attack."]


def test_clock_time_in_prose_is_no_video_card() -> None:
    line = "10:30 Police said the convoy left the town on Jul 22, 2025"
    assert kept(f"{BODY}\n\n{line}") == [BODY, line]


def test_read_next_list_removed() -> None:
    text = (f"{BODY}\n\nRead Next\n\nCouncil delays vote on the invented dam project\n\n"
            "Storm knocks out power in coastal towns\n\nThe army denied any role in the attack.")
    assert kept(text) == [BODY, "The army denied any role in the attack."]


@pytest.mark.parametrize("credit", [
    "Reporting by Jane Example",
    "Additional reporting by Sam Invented and Lee Madeup",
    "Reporting by Ana Fictive in Beirut, Bo Notreal in Ankara, editing by Cy Sample",
])
def test_wire_credit_line_removed(credit: str) -> None:
    assert kept(f"{BODY}\n\n{credit}") == [BODY]


def test_reporting_sentence_kept() -> None:
    line = "Reporting by local media said the convoy was hit twice."
    assert kept(f"{BODY}\n\n{line}") == [BODY, line]


@pytest.mark.parametrize("junk", [
    "Report Tweet",
    "Report NetzDG Violation",
    "Show more replies",
    "12h12 hours ago",
    "The firewall on this website is blocking requests from your address.",
    "You need to contact the website owner to be let in.",
    "Your blocked IP address is: 192.0.2.7",
    "The hostname of this server is: host7.example.net",
])
def test_page_furniture_and_error_lines_removed(junk: str) -> None:
    assert kept(f"{BODY}\n\n{junk}\n\nThe army denied any role in the attack.") == [
        BODY, "The army denied any role in the attack."]


def test_redirect_notice_of_any_length_removed() -> None:
    line = ("Redirect NoticeRedirect Notice The previous page is sending you to https://example"
            ".org/" + "%D8%A7" * 80 + ". Go back if this link is not the one you meant.")
    assert kept(f"{BODY}\n\n{line}") == [BODY]
