"""The shipped corpus: enough gold statements, balanced, varied, and no templates."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "statements.jsonl"
STANCES = {"supportive", "conditional", "opposed"}


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_record_has_the_documented_fields(rows):
    for r in rows:
        assert {"id", "text", "label", "speaker", "topic", "source", "date"} <= set(r), r
        assert r["label"] in STANCES, r
        assert r["text"].strip() and r["speaker"].strip() and r["topic"].strip() and r["source"].strip(), r


def test_ids_are_unique(rows):
    ids = Counter(r["id"] for r in rows)
    assert [i for i, c in ids.items() if c > 1] == []


def test_corpus_has_enough_statements_labels_topics_and_speakers(rows):
    labels = Counter(r["label"] for r in rows)
    assert len(rows) >= 1500
    assert min(labels[s] for s in STANCES) >= 400, labels
    assert len({r["topic"] for r in rows}) >= 10
    assert len({r["speaker"] for r in rows}) >= 150


def test_seed_article_statements_are_in_the_corpus(rows):
    seed = [r for r in rows if r["source"] == "data/articles/belta-2025-02-13-putin-trump-call.txt"]
    assert len(seed) >= 30
    assert Path(DATA.parent.parent / seed[0]["source"]).exists()


def test_sources_are_the_seed_article_a_public_page_or_authored(rows):
    for r in rows:
        s = r["source"]
        assert s == "authored" or s.startswith(("http://", "https://", "data/articles/")), r


def test_no_near_duplicates_by_tfidf_cosine(rows):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    texts = [r["text"] for r in rows]
    X = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    S = cosine_similarity(X, dense_output=False).tocoo()
    pairs = [(rows[i]["id"], rows[j]["id"], round(v, 3)) for i, j, v in zip(S.row, S.col, S.data) if i < j and v > 0.9]
    assert pairs == []
