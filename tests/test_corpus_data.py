"""The shipped corpus: enough gold statements, balanced, varied, written from several briefs, no templates."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "statements.jsonl"
STANCES = {"supportive", "conditional", "opposed"}
LABELS = STANCES | {"none"}
SEED = "data/articles/belta-2025-02-13-putin-trump-call.txt"


@pytest.fixture(scope="module")
def rows():
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_record_has_the_documented_fields(rows):
    for r in rows:
        assert {"id", "text", "label", "speaker", "topic", "source", "date", "author", "form", "group"} <= set(r), r
        assert r["label"] in LABELS, r
        assert r["text"].strip() and r["speaker"].strip() and r["topic"].strip() and r["source"].strip(), r
        assert r["author"].strip() and r["form"] in (None, "reported", "direct"), r


def test_ids_are_unique(rows):
    ids = Counter(r["id"] for r in rows)
    assert [i for i, c in ids.items() if c > 1] == []


def test_corpus_has_enough_statements_labels_topics_and_speakers(rows):
    labels = Counter(r["label"] for r in rows)
    stance = [r for r in rows if r["label"] in STANCES]
    assert len(stance) >= 8000
    assert min(labels[s] for s in STANCES) >= 2200, labels
    assert labels["none"] >= 600
    assert len({r["topic"] for r in rows}) >= 18
    assert len({r["speaker"] for r in rows}) >= 1000


def test_labour_corporate_and_local_disputes_are_covered(rows):
    topics = {r["topic"] for r in rows}
    assert {"boeing-machinists", "us-ports-strike", "canada-post-strike"} <= topics  # labour
    assert {"us-steel-nippon", "starbucks-union"} <= topics  # corporate
    assert {"chicago-teachers", "colorado-river"} <= topics  # local


def test_no_brief_dominates(rows):
    authors = Counter(r["author"] for r in rows)
    assert len([a for a, n in authors.items() if n >= 500]) >= 7
    assert max(authors.values()) / len(rows) < 0.25, authors


def test_the_style_mix_follows_real_coverage(rows):
    stance = [r for r in rows if r["label"] in STANCES]
    assert sum(r["form"] == "reported" for r in stance) / len(stance) >= 0.30
    assert sum(len(r["text"].split()) >= 40 for r in stance) / len(stance) >= 0.20


def test_contrast_groups_are_one_situation_said_three_ways(rows):
    groups = defaultdict(list)
    for r in rows:
        if r["group"]:
            groups[r["group"]].append(r)
    assert sum(len(g) for g in groups.values()) >= 1000
    for gid, g in groups.items():
        assert sorted(r["label"] for r in g) == ["conditional", "opposed", "supportive"], gid
        assert len({r["topic"] for r in g}) == 1 and len({r["author"] for r in g}) == 1, gid


def test_seed_article_statements_keep_their_hand_labels(rows):
    seed = [r for r in rows if r["source"] == SEED]
    assert len(seed) == 46 and {r["author"] for r in seed} == {"seed-article"}
    assert (ROOT / SEED).exists()
    # the hand labels of the seed article: 37 supportive, 8 conditional, 1 opposed
    assert Counter(r["label"] for r in seed) == {"supportive": 37, "conditional": 8, "opposed": 1}


def test_sources_are_the_seed_article_a_public_page_or_authored(rows):
    for r in rows:
        s = r["source"]
        assert s == "authored" or s.startswith(("http://", "https://", "data/articles/", "data/extraction-eval/")), r
        if s.startswith("data/"):
            assert (ROOT / s).exists(), r


def test_no_near_duplicates_across_contrast_groups_by_tfidf_cosine(rows):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_similarity

    texts = [r["text"] for r in rows]
    X = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    S = cosine_similarity(X, dense_output=False).tocoo()
    pairs = [(rows[i]["id"], rows[j]["id"], round(v, 3)) for i, j, v in zip(S.row, S.col, S.data)
             if i < j and v > 0.9 and not (rows[i]["group"] and rows[i]["group"] == rows[j]["group"])]
    assert pairs == []


def test_reviewed_label_changes_are_applied(rows):
    by_id = {r["id"]: r for r in rows}
    changes = [json.loads(x) for x in (ROOT / "data" / "label-changes.jsonl").read_text().splitlines() if x.strip()]
    assert changes
    for c in changes:
        assert by_id[c["id"]]["label"] == c["label"] and c["why"], c
