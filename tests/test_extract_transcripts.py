"""Transcripts (parliamentary records, interviews): who each turn's label names, and what is no turn at all."""

from __future__ import annotations

from stance.extract import extract_text

_KNESSET = """DIVREI HAKNESSET — PROCEEDINGS OF THE KNESSET

AGENDA:
Government Motion for Knesset Approval of the Treaty of Peace between the State of Israel and the United Arab Emirates

Speaker Yariv Levin:
Good morning. I declare this special sitting open. Today the Government lays a peace treaty before the House.

Prime Minister Benjamin Netanyahu:
Mr. Speaker, Members of Knesset, this is a day with few like it in the history of the State.

Calls:
(Uproar on the Joint List benches.)

Speaker Yariv Levin:
Thank you. The Alternate Prime Minister and Minister of Defense, Benny Gantz.

Alternate Prime Minister and Minister of Defense Benny Gantz:
Mr. Speaker, I commend the Prime Minister for choosing the path of peace, and I will vote for it.
"""


def test_an_agenda_line_and_a_stage_direction_under_a_label_are_no_turns():
    texts = [r["text"] for r in extract_text(_KNESSET, "knesset")]
    assert not any(t.startswith(("Government Motion", "(Uproar")) for t in texts)


def test_a_label_of_two_offices_joined_by_and_names_the_person_at_its_end():
    speakers = [r["speaker"] for r in extract_text(_KNESSET, "knesset")]
    assert speakers[-1] == "Benny Gantz"
    assert "Benjamin Netanyahu" in speakers and "Yariv Levin" in speakers
