"""Property tests: any Unicode text gets an answer or a documented error, and probabilities sum to 1."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from stance.corpus import clean_text
from stance.errors import StanceError
from stance.prediction import Predictor


@pytest.fixture(scope="module")
def predictor(model_dir):
    return Predictor.load(model_dir, explain=3)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_any_unicode_text_is_answered_or_refused_with_a_documented_error(predictor, text):
    try:
        clean = clean_text(text, path="<fuzz>", line=1, column="text")
    except StanceError:
        assert not text.strip()
        return
    (row,) = predictor.predict([clean])
    assert abs(sum(row["probabilities"].values()) - 1.0) <= 1e-9
    assert row["label"] in predictor.labels
    assert 0.0 <= row["confidence"] <= 1.0


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=80).filter(str.strip), min_size=1, max_size=20))
def test_batches_give_the_same_answers_as_single_statements(predictor, texts):
    together = predictor.predict(texts)
    alone = [predictor.predict([t])[0] for t in texts]
    for a, b in zip(together, alone):
        assert a["label"] == b["label"]
        for lab in a["probabilities"]:
            assert abs(a["probabilities"][lab] - b["probabilities"][lab]) <= 1e-12


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=1500)
       | st.text(alphabet="\"“”‘’'«» .,:;\nabcHe said according to", max_size=800))
def test_extract_on_any_text_returns_statements_or_a_documented_error(text):
    from stance.extract import extract_text

    try:
        records = extract_text(text, article="fuzz")
    except StanceError:
        return
    for r in records:
        assert r["text"].strip()
        assert 0 <= r["start"] <= r["end"] <= len(text)
