"""Who a pronoun or a description stands for: the person the reader has in mind, not merely the nearest name."""

from __future__ import annotations

from conftest import by_text
from stance.extract import extract_text


def test_he_is_a_speaker_known_by_surname_alone_not_the_person_named_before_him():
    text = ("Jeroen Dijsselbloem, who chairs the Eurogroup, said the talks had been long. The Greek prime minister has "
            "spoken to reporters. Tsipras said Greece had fought a tough battle. The deal was \"difficult\", he said, "
            "but Athens had averted the worst.")
    recs = extract_text(text, "t")
    assert by_text(recs, "The deal was")["speaker"] == "Tsipras", recs
    # a one-word speaker the article treats as a place or a body is never "he"
    text = ("Damien O'Connor, the trade minister, welcomed the deal. Officials in Wellington said the deal would lift "
            "exports. Wellington said the talks had been hard. \"It is a good day,\" he said.")
    recs = extract_text(text, "t")
    assert by_text(recs, "It is a good day")["speaker"] == "Damien O'Connor", recs


def test_a_role_in_a_live_blog_is_the_holder_its_oldest_entry_further_down_introduces():
    text = ("18:40\nPutin and Erdogan have agreed a ceasefire in Idlib, the Turkish president has told reporters.\n\n"
            "12:10\nPutin has opened the meeting. Erdogan is speaking second.\n\n"
            "09:00\nWelcome to our live coverage. Turkish President Recep Tayyip Erdogan flies to Moscow today for "
            "talks with Russian President Vladimir Putin.")
    recs = extract_text(text, "t")
    assert by_text(recs, "agreed a ceasefire")["speaker"] == "Recep Tayyip Erdogan", recs


def test_a_tabloids_name_in_capitals_after_a_title_is_a_person_a_crosshead_is_not():
    text = ("RMT boss MICK CASH crowed that his members had won.\n\n"
            "Mayor SADIQ KHAN, 46, was quick to grab the credit.\n\n"
            "He fumed that the Tube had been left in a mess by his predecessor.\n\n"
            "UNION TURNS ON HARDLINERS\n\n"
            "She said the deal was fair.")
    recs = extract_text(text, "t")
    assert by_text(recs, "the Tube had been left")["speaker"] == "SADIQ KHAN", recs
    assert by_text(recs, "the deal was fair")["speaker"] != "UNION TURNS ON HARDLINERS", recs
