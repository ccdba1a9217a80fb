"""The labeling functions, the vote, gold override, the LF report and triage (stance.rules)."""

from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stance import rules
from stance.rules import (ABSTAIN, LABELING_FUNCTIONS, VOTE_LABELS, apply_rules, get_rule, label_records, lf_summary,
                          rule_labels, summary, uncertain, vote)

S, C, O, OFF = "supportive", "conditional", "opposed", "none"


def fires(name: str, text: str) -> bool:
    lf = get_rule(name)
    return lf(text) == lf.label


def label(text: str):
    return rule_labels([text])[0]


# --- the registry ----------------------------------------------------------------------------------------------

def test_at_least_thirty_rules_with_unique_names():
    names = [lf.name for lf in LABELING_FUNCTIONS]
    assert len(names) >= 30
    assert len(set(names)) == len(names)


def test_every_rule_has_a_docstring():
    for lf in LABELING_FUNCTIONS:
        assert len(lf.doc) > 20, lf.name


def test_every_rule_votes_a_known_label():
    for lf in LABELING_FUNCTIONS:
        assert lf.label in VOTE_LABELS


def test_every_rule_is_named_in_a_test_below():
    source = Path(__file__).read_text(encoding="utf-8")
    missing = [lf.name for lf in LABELING_FUNCTIONS if f'"{lf.name}"' not in source]
    assert not missing, f"rules without a test: {missing}"


def test_import_is_cheap_no_sklearn():
    code = "import sys, stance.rules; print('sklearn' in sys.modules, 'torch' in sys.modules, 'datasets' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "False", "False"]


def test_rule_called_on_raw_text_normalises_quotes_and_case():
    assert get_rule("refuse_to_negotiate")("We WON\u2019T negotiate with them, ever.") == O


# --- conditional rules -----------------------------------------------------------------------------------------

def test_only_if_votes_conditional():
    assert fires("only_if", "We will sign only if the sanctions are lifted.")
    assert fires("only_if", "A truce can only hold with international monitors present.")
    assert not fires("only_if", "We only want peace.")


def test_not_but_only_if_is_conditional():
    assert label("We do not reject talks, but only if the shelling stops first.") == C


def test_provided_that_votes_conditional():
    assert fires("provided_that", "We are ready to resume the talks provided that the blockade ends.")
    assert fires("provided_that", "The union will keep talking as long as management keeps its offer on the table.")


def test_as_long_as_it_takes_is_not_a_condition():
    assert not fires("provided_that", "We will stand with them for as long as it takes.")


def test_on_condition_votes_conditional():
    assert fires("on_condition", "Tehran would accept inspections on condition that sanctions are eased.")
    assert fires("on_condition", "A ceasefire is possible in exchange for the release of all prisoners.")


def test_unless_votes_conditional():
    assert fires("unless_clause", "There will be no agreement unless the tariffs are withdrawn.")


def test_unless_they_surrender_is_not_conditional():
    assert not fires("unless_clause", "No deal unless they surrender unconditionally.")


def test_no_talks_until_a_condition_votes_conditional():
    assert fires("no_talks_until_condition", "We will not sit down until the hostages are home.")
    assert fires("no_talks_until_condition", "Nobody negotiates under fire; we refuse to talk while bombs fall.")
    assert label("There will be no talks until the troops leave our territory.") == C


def test_must_be_part_of_votes_conditional():
    assert fires("must_be_part_of", "Europe must have a seat at the table in any talks about its security.")
    assert fires("must_be_part_of", "The workers themselves have to be involved in whatever is agreed.")
    assert fires("must_be_part_of", "Nothing about Ukraine without Ukraine.")


def test_impossible_without_votes_conditional():
    assert fires("impossible_without", "Talks are impossible without a full withdrawal.")
    assert fires("impossible_without", "There can be no lasting peace without justice for the victims.")
    assert not fires("impossible_without", "We must start talks without delay.")


def test_on_the_basis_of_votes_conditional():
    assert fires("on_the_basis_of", "A settlement must be reached on the basis of the UN Charter.")
    assert fires("on_the_basis_of", "We can negotiate, respecting the territorial integrity of our state.")


def test_first_must_votes_conditional():
    assert fires("first_must", "First, the shelling has to stop; then we can talk.")
    assert fires("first_must", "They must pull back their troops before any negotiations.")


def test_precondition_votes_conditional():
    assert fires("precondition", "Our preconditions for talks are clear and public.")
    assert fires("precondition", "We insist that the prisoners are freed before a deal is signed.")


def test_without_preconditions_is_not_a_precondition():
    assert not fires("precondition", "We are ready to meet without preconditions.")
    assert label("We are ready to meet without preconditions.") == S


def test_red_lines_votes_conditional():
    assert fires("red_lines", "We will talk, but our sovereignty is not up for negotiation.")
    assert fires("red_lines", "The pension scheme is a red line for us.")
    assert fires("red_lines", "We will not negotiate away our constitution.")


def test_guarantees_votes_conditional():
    assert fires("guarantees", "Any ceasefire needs security guarantees backed by our allies.")
    assert fires("guarantees", "The enrichment limits must be verifiable.")


def test_no_guarantee_of_success_is_not_a_demand():
    assert not fires("guarantees", "There is no guarantee the talks will work.")


def test_ultimatum_votes_conditional():
    assert fires("ultimatum", "Accept the offer by Friday or we walk away.")
    assert fires("ultimatum", "This is our final offer, take it or leave it.")


def test_walk_away_in_an_ultimatum_is_conditional_not_opposed():
    text = "Sign by Sunday or we walk away from the table."
    assert not fires("walk_out", text)
    assert label(text) == C


def test_once_they_act_votes_conditional():
    assert fires("once_they_act", "We welcome talks once the guns fall silent.")
    assert fires("once_they_act", "We will return to the table as soon as the blockade is lifted.")
    assert fires("once_they_act", "Negotiations can begin when the hostages are released.")
    assert not fires("once_they_act", "We want a deal as soon as possible.")


def test_amendments_counterproposal_votes_conditional():
    assert fires("amendments_counterproposal", "This draft is unacceptable; we will send our amendments tomorrow.")
    assert fires("amendments_counterproposal", "We rejected that clause, but we remain at the table.")
    assert fires("amendments_counterproposal", "Management will get our counter-proposal on Monday.")


def test_peace_through_strength_votes_conditional():
    assert fires("peace_through_strength", "We want peace, but peace through strength.")
    assert fires("peace_through_strength", "We must squeeze them until they sit down.")
    assert fires("peace_through_strength", "More sanctions will force Moscow to the negotiating table.")


def test_any_deal_must_votes_conditional():
    assert fires("any_deal_must", "Any agreement must include the return of deported children.")
    assert fires("any_deal_must", "A lasting settlement has to address the refugees.")


def test_talks_must_continue_is_not_a_demand_on_the_deal():
    assert not fires("any_deal_must", "The talks must continue.")


def test_root_causes_votes_conditional():
    assert fires("root_causes", "A settlement must address the root causes of this crisis.")
    assert fires("root_causes", "We need a comprehensive settlement, not just a ceasefire.")


def test_not_at_any_price_votes_conditional():
    assert fires("not_at_any_price", "We want a deal, but not at any price.")
    assert fires("not_at_any_price", "Peace, yes, but not at the expense of our independence.")


def test_conditional_acceptance_votes_conditional():
    assert fires("conditional_acceptance", "We cannot accept a ceasefire that leaves foreign troops on our soil.")
    assert fires("conditional_acceptance", "A contract that ignores staffing levels will be voted down.")
    assert not fires("conditional_acceptance", "We accept the agreement.")


def test_if_then_talks_votes_conditional():
    assert fires("if_then_talks", "If the company drops the layoffs, we are ready to return to negotiations.")
    assert fires("if_then_talks", "We would sign tomorrow if the tariffs were lifted.")
    assert not fires("if_then_talks", "We will keep talking even if it takes months.")
    assert not fires("if_then_talks", "Nobody knows if the talks will resume.")


# --- supportive rules ------------------------------------------------------------------------------------------

def test_call_for_talks_votes_supportive():
    assert fires("call_for_talks", "We call for an immediate return to negotiations.")
    assert fires("call_for_talks", "The Secretary-General urged both sides to resume dialogue.")
    assert not fires("call_for_talks", "The phone call lasted an hour.")


def test_welcome_talks_votes_supportive():
    assert fires("welcome_talks", "We welcome any efforts to end the strike.")
    assert fires("welcome_talks", "We applaud the mediation efforts of Qatar.")


def test_agree_to_negotiate_votes_supportive():
    assert fires("agree_to_negotiate", "Both governments agreed to open negotiations next month.")
    assert fires("agree_to_negotiate", "We are ready to sit down and talk.")


def test_negated_readiness_does_not_vote_supportive():
    assert not fires("agree_to_negotiate", "We are not ready to negotiate.")
    assert not fires("agree_to_negotiate", "We are no longer willing to talk.")


def test_optimism_about_deal_votes_supportive():
    assert fires("optimism_about_deal", "I am hopeful that a deal can be reached this week.")
    assert fires("optimism_about_deal", "An agreement is within reach.")


def test_negated_optimism_does_not_vote_supportive():
    assert not fires("optimism_about_deal", "I am not optimistic about a deal.")


def test_praise_for_talks_votes_supportive():
    assert fires("praise_for_talks", "It was a very constructive meeting.")
    assert fires("praise_for_talks", "We made real progress today.")
    assert not fires("praise_for_talks", "It was not a productive meeting.")


def test_step_toward_talks_votes_supportive():
    assert fires("step_toward_talks", "This call lays the foundation for successful negotiations.")
    assert fires("step_toward_talks", "The prisoner swap is an important step toward peace.")


def test_attack_blockers_votes_supportive():
    assert fires("attack_blockers", "Hardliners are the real obstacle to peace.")
    assert fires("attack_blockers", "Some in the cabinet are trying to sabotage the negotiations.")


def test_diplomatic_solution_votes_supportive():
    assert fires("diplomatic_solution", "There is no military solution to this conflict.")
    assert fires("diplomatic_solution", "The only way forward is through dialogue.")
    assert fires("diplomatic_solution", "We seek a negotiated settlement.")


def test_door_open_votes_supportive():
    assert fires("door_open", "Our door remains open.")
    assert fires("door_open", "We are open to dialogue with the employers.")
    assert not fires("door_open", "The door is not open any more.")


def test_negated_rejection_votes_supportive():
    assert fires("negated_rejection", "We do not rule out talks with Hamas.")
    assert fires("negated_rejection", "We have never refused to negotiate.")
    assert label("We do not rule out talks.") == S


def test_negated_rejection_does_not_vote_opposed():
    for text in ("We do not reject talks.", "We are not against negotiations.", "We have never refused to negotiate."):
        assert label(text) != O, text
        assert not fires("refuse_to_negotiate", text), text
        assert not fires("oppose_talks", text), text


def test_must_talk_votes_supportive():
    assert fires("must_talk", "Both sides must return to the negotiating table.")
    assert fires("must_talk", "It is time to negotiate.")


def test_endorse_talks_votes_supportive():
    assert fires("endorse_talks", "We fully support the peace process.")
    assert fires("endorse_talks", "The party backs the ceasefire deal.")


def test_compromise_needed_votes_supportive():
    assert fires("compromise_needed", "Compromises are inevitable in any negotiation.")
    assert fires("compromise_needed", "We can find common ground.")


def test_offer_to_mediate_votes_supportive():
    assert fires("offer_to_mediate", "Turkey is ready to host the next round.")
    assert fires("offer_to_mediate", "Switzerland offered its good offices.")


def test_stop_the_killing_votes_supportive():
    assert fires("stop_the_killing", "We have to stop the killing now.")
    assert fires("stop_the_killing", "The time has come for peace.")


def test_talks_without_preconditions_votes_supportive():
    assert fires("talks_without_preconditions", "We will negotiate without preconditions.")
    assert fires("talks_without_preconditions", "Let the talks start without delay.")


def test_supportive_rules_abstain_when_a_condition_is_stated():
    text = "We are ready to talk, but only if the shelling stops."
    assert not fires("agree_to_negotiate", text)
    assert label(text) == C


# --- opposed rules ---------------------------------------------------------------------------------------------

def test_no_talks_votes_opposed():
    assert fires("no_talks", "There will be no negotiations with this government.")
    assert fires("no_talks", "Talks are off the table.")
    assert not fires("no_talks", "There will be no talks until the occupation ends.")


def test_refuse_to_negotiate_votes_opposed():
    assert fires("refuse_to_negotiate", "The ministry refused to negotiate with the nurses.")
    assert fires("refuse_to_negotiate", "We will never sit down with them.")
    assert not fires("refuse_to_negotiate", "We will not negotiate until the strikes stop.")


def test_nothing_to_negotiate_votes_opposed():
    assert fires("nothing_to_negotiate", "There is nothing to negotiate.")
    assert fires("nothing_to_negotiate", "We don't negotiate with terrorists.")
    assert fires("nothing_to_negotiate", "Their signature is worthless.")


def test_pointless_talks_votes_opposed():
    assert fires("pointless_talks", "These talks are pointless.")
    assert fires("pointless_talks", "The time for talking is over.")
    assert not fires("pointless_talks", "Talks are not pointless.")


def test_premature_talks_votes_opposed():
    assert fires("premature_talks", "A ceasefire now would be premature.")
    assert fires("premature_talks", "This is not the time for negotiations.")
    assert not fires("premature_talks", "It is not premature to start talking.")


def test_trap_or_stalling_votes_opposed():
    assert fires("trap_or_stalling", "The ceasefire offer is a trap.")
    assert fires("trap_or_stalling", "Talks would only give them time to regroup.")
    assert not fires("trap_or_stalling", "This is not a trap, it is a genuine offer.")


def test_betrayal_votes_opposed():
    assert fires("betrayal", "Such a deal would be a betrayal of everyone who died.")
    assert fires("betrayal", "This is a shameful agreement.")


def test_negated_betrayal_does_not_vote_opposed():
    assert not fires("betrayal", "Compromise is not a betrayal.")


def test_capitulation_votes_opposed():
    assert fires("capitulation", "This plan is nothing but capitulation.")
    assert fires("capitulation", "Signing it would mean waving the white flag.")


def test_appeasement_votes_opposed():
    assert fires("appeasement", "This is appeasement, pure and simple.")
    assert fires("appeasement", "Negotiating now would reward aggression.")


def test_munich_as_a_place_is_not_appeasement():
    assert not fires("appeasement", "The delegation will meet in Munich on Friday.")
    assert fires("appeasement", "This would be another Munich.")


def test_red_lines_include_what_will_never_be_recognised():
    assert fires("red_lines", "We will never recognise the annexation.")
    assert not fires("red_lines", "We will never accept talks with them.")


def test_sham_negotiations_votes_opposed():
    assert fires("sham_negotiations", "They are only pretending to negotiate.")
    assert fires("sham_negotiations", "The whole summit is a charade.")
    assert not fires("sham_negotiations", "The theatre of war has moved east.")


def test_walk_out_votes_opposed():
    assert fires("walk_out", "Our delegation walked out of the talks.")
    assert fires("walk_out", "The government broke off negotiations on Tuesday.")
    assert fires("walk_out", "We have declared an impasse and will seek binding arbitration.")


def test_force_instead_of_talks_votes_opposed():
    assert fires("force_instead_of_talks", "The only language they understand is force.")
    assert fires("force_instead_of_talks", "We need weapons, not talks.")
    assert fires("force_instead_of_talks", "This war will be decided on the battlefield.")


def test_no_military_solution_is_not_force():
    assert not fires("force_instead_of_talks", "This cannot be solved by force.")


def test_no_talks_until_victory_votes_opposed():
    assert fires("no_talks_until_victory", "No talks until the enemy is crushed.")
    assert label("No talks until the enemy is crushed.") == O
    assert fires("no_talks_until_victory", "We will fight to the bitter end.")


def test_oppose_talks_votes_opposed():
    assert fires("oppose_talks", "We oppose any deal with the regime.")
    assert fires("oppose_talks", "The opposition is firmly against these negotiations.")


def test_talks_as_weakness_votes_opposed():
    assert fires("talks_as_weakness", "Offering talks now is a sign of weakness.")
    assert fires("talks_as_weakness", "A ceasefire would only embolden them.")


def test_pressure_to_table_is_conditional_pressure_instead_is_opposed():
    assert label("We must keep up the pressure until they come to the table.") == C
    assert label("We need more sanctions, not talks.") == O


# --- relevance -------------------------------------------------------------------------------------------------

def test_no_negotiation_vocabulary_votes_off_topic():
    assert fires("no_negotiation_vocabulary", "His polling numbers are not great.")
    assert label("The weather in Geneva was lovely this morning.") == OFF
    assert not fires("no_negotiation_vocabulary", "The talks resume on Monday.")


# --- the vote --------------------------------------------------------------------------------------------------

def _row(*labels):
    """A label-matrix row with one column per given label (None = abstain)."""
    return [ABSTAIN if x is None else VOTE_LABELS.index(x) for x in labels]


def test_vote_majority_wins():
    assert vote(np.array([_row(S, S, C, None)])) == [S]


def test_vote_tie_abstains():
    assert vote(np.array([_row(S, C, None)])) == [None]
    assert vote(np.array([_row(S, C, O)])) == [None]


def test_vote_no_votes_abstains():
    assert vote(np.array([_row(None, None)])) == [None]


def test_vote_off_topic_only_row_is_off_topic():
    assert vote(np.array([_row(None, OFF)])) == [OFF]


def test_vote_stance_beats_off_topic():
    assert vote(np.array([_row(OFF, O)])) == [O]
    assert vote(np.array([_row(OFF, OFF, S)])) == [S]


def test_apply_rules_shape_and_values():
    L = apply_rules(["There is nothing to negotiate.", "Lovely weather today.", "Hmm."])
    assert L.shape == (3, len(LABELING_FUNCTIONS))
    assert L.dtype.kind == "i"
    assert set(np.unique(L)) <= set(range(-1, len(VOTE_LABELS)))
    assert apply_rules([]).shape == (0, len(LABELING_FUNCTIONS))


def test_rule_labels_matches_vote_of_apply_rules():
    texts = ["We welcome the talks.", "Talks are pointless.", "We will talk only if they withdraw."]
    assert rule_labels(texts) == vote(apply_rules(texts)) == [S, O, C]


# --- label_records and gold ------------------------------------------------------------------------------------

def test_label_records_adds_label_source_and_votes():
    out = list(label_records([{"id": "a", "text": "We welcome the talks."}, {"id": "b", "text": "The envoy met the minister on Tuesday."}]))
    assert out[0]["label"] == S and out[0]["label_source"] == "rules"
    assert out[0]["votes"] == {"welcome_talks": S}
    assert out[1]["label"] is None and out[1]["label_source"] == "none" and out[1]["votes"] == {}
    assert out[0]["id"] == "a"  # other fields are kept


def test_gold_overrides_rules_by_id():
    recs = [{"id": "x1", "text": "We welcome the talks."}]
    out = list(label_records(recs, gold=[{"id": "x1", "text": "something else", "label": "Opposed"}]))
    assert out[0]["label"] == O and out[0]["label_source"] == "gold"
    assert out[0]["votes"] == {"welcome_talks": S}  # the votes are still reported


def test_gold_matched_by_normalised_text_without_id():
    recs = [{"text": "  We   WELCOME the talks. "}]
    out = list(label_records(recs, gold=[{"text": "we welcome the talks.", "label": "conditional"}]))
    assert out[0]["label"] == C and out[0]["label_source"] == "gold"


def test_label_records_streams_in_batches():
    recs = ({"text": f"We welcome the talks, round {i}."} for i in range(1100))
    out = label_records(recs, batch_size=100)
    first = next(out)
    assert first["label"] == S
    assert sum(1 for _ in out) == 1099


# --- report ----------------------------------------------------------------------------------------------------

def test_lf_summary_columns_and_values():
    L = np.array([_row(S, None, O), _row(S, C, None), _row(None, None, O), _row(None, None, None)])
    gold = [S, C, S, None]
    lfs = [rules.LabelingFunction(n, lab, lambda t: False) for n, lab in (("a", S), ("b", C), ("c", O))]
    rows = lf_summary(L, gold, lfs=lfs)
    assert [r["name"] for r in rows] == ["a", "b", "c"]
    assert set(rows[0]) == {"name", "label", "polarity", "coverage", "overlaps", "conflicts", "correct", "incorrect",
                            "emp_acc"}
    a, b, c = rows
    assert a["polarity"] == [S] and a["coverage"] == 0.5 and a["overlaps"] == 0.5 and a["conflicts"] == 0.5
    assert a["correct"] == 1 and a["incorrect"] == 1 and a["emp_acc"] == 0.5
    assert b["coverage"] == 0.25 and b["correct"] == 1 and b["emp_acc"] == 1.0
    assert c["coverage"] == 0.5 and c["overlaps"] == 0.25 and c["conflicts"] == 0.25
    assert c["correct"] == 0 and c["incorrect"] == 2 and c["emp_acc"] == 0.0


def test_lf_summary_without_gold_has_no_accuracy_columns():
    rows = lf_summary(apply_rules(["We welcome the talks."]))
    assert "correct" not in rows[0] and "emp_acc" not in rows[0]
    assert len(rows) == len(LABELING_FUNCTIONS)


def test_summary_coverage_and_accuracy():
    L = np.array([_row(S, None), _row(S, C), _row(None, O), _row(None, None)])
    s = summary(L, [S, C, S, O])
    assert s["rows"] == 4 and s["covered"] == 2 and s["coverage"] == 0.5
    assert s["accuracy_covered"] == 0.5  # row 0 right, row 2 wrong, rows 1 (tie) and 3 abstain
    assert s["accuracy_all"] == 0.25
    assert s["conflicts"] == 0.25


def test_format_report_is_aligned_text():
    L = apply_rules(["We welcome the talks.", "Talks are pointless."])
    text = rules.format_report(lf_summary(L, [S, O]), summary(L, [S, O]))
    first = text.splitlines()[0].split()
    assert first[:5] == ["rule", "polarity", "coverage", "overlaps", "conflicts"]
    assert first[5:] == ["correct", "incorrect", "emp_acc"]
    assert "vote accuracy vs gold: 1.000" in text


# --- triage ----------------------------------------------------------------------------------------------------

def test_uncertain_puts_conflicts_first_then_most_votes():
    L = np.array([
        _row(S, None, None),   # 0 labeled: not uncertain
        _row(None, None, None),  # 1 abstain, 0 votes
        _row(S, C, None),      # 2 conflict, 2 votes
        _row(S, S, O),         # 3 conflict, 3 votes (labeled S but conflicting)
        _row(None, None, OFF),  # 4 off-topic only: not uncertain
    ])
    recs = [{"i": i} for i in range(5)]
    assert [r["i"] for r in uncertain(recs, L, 10)] == [3, 2, 1]
    assert [r["i"] for r in uncertain(recs, L, 2)] == [3, 2]
    assert uncertain(recs, L, 0) == []


def test_uncertain_is_deterministic_in_input_order_for_equal_rows():
    L = np.array([_row(None, None)] * 4)
    recs = [{"i": i} for i in range(4)]
    assert [r["i"] for r in uncertain(recs, L, 3)] == [0, 1, 2]


@pytest.mark.parametrize("lf", LABELING_FUNCTIONS, ids=lambda lf: lf.name)
def test_rules_do_not_crash_on_odd_text(lf):
    for text in ("", " ", "!!!", "no", "not " * 50, "\u201cWe won\u2019t\u201d", "x" * 5000):
        assert lf(text) in (None, lf.label)
    assert inspect.signature(lf.predicate)
