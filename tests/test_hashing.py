"""Hashed features: the same n-grams as scikit-learn's vectorizers, in any batch size; hashed models load and explain."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np

from conftest import TINY, TINY_ROWS, run
from stance.hashing import HashedTfidf

ROWS = TINY_ROWS
TEXTS = [r["text"] for r in ROWS] + ["Ça va? Überraschung!  Tabs\tand\nnewlines", "🕊️ peace", "a", "   ", "نحن مستعدون للتفاوض"]


def test_hashed_ngrams_are_the_ngrams_scikit_learn_finds():
    from sklearn.feature_extraction.text import TfidfVectorizer

    h = HashedTfidf().fit(TEXTS)
    X = h.transform(TEXTS)
    word = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b|[!?]").fit(TEXTS)
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).fit(TEXTS)
    for i, t in enumerate(TEXTS):
        expected = word.transform([t]).nnz + char.transform([t]).nnz
        assert X[i].nnz == expected, t


def test_word_characters_are_the_ones_regex_w_matches_across_the_basic_plane():
    import re

    from stance.hashing import word_table

    surrogates = range(0xD800, 0xE000)
    expected = np.array([cp not in surrogates and re.match(r"\w", chr(cp)) is not None for cp in range(0x10000)])
    np.testing.assert_array_equal(word_table(), expected)
    # The fullwidth and presentation forms sit after the surrogates; scheme 2 had them one code point off.
    texts = ["ＡＢ／ＣＤ，ｅｆ", "ﬁnal ﬀ ﭐﭑ ＃ｔａｌｋｓ"]
    word = TfidfVectorizer_word().fit(texts)
    X = HashedTfidf(char_ngram=(2, 2)).fit(texts).transform(texts)
    char = _char_vectorizer((2, 2)).fit(texts)
    for i, t in enumerate(texts):
        assert X[i].nnz == word.transform([t]).nnz + char.transform([t]).nnz, t


def TfidfVectorizer_word():
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="word", ngram_range=(1, 2), token_pattern=r"(?u)\b\w+\b|[!?]")


def _char_vectorizer(ngram_range):
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(analyzer="char_wb", ngram_range=ngram_range)


def test_features_in_small_batches_equal_features_in_one_batch():
    whole = HashedTfidf(batch_size=10_000).fit(TEXTS)
    X = whole.transform(TEXTS)
    small = HashedTfidf(batch_size=3).fit(TEXTS)
    Y = small.transform(TEXTS)
    assert Y.shape == X.shape == (len(TEXTS), whole.n_columns)
    assert (abs(X - Y) > 1e-12).nnz == 0
    np.testing.assert_array_equal(np.diff(Y.indptr), np.diff(X.indptr))
    assert HashedTfidf().fit(TEXTS).transform([]).shape == (0, whole.n_columns)


def test_hashed_model_predicts_without_importing_scikit_learn(model_dir):
    code = ("import sys; from stance.prediction import Predictor; p = Predictor.load(sys.argv[1]); "
            "print(p.predict(['We will talk once the guns fall silent.'])[0]['label']); "
            "assert 'sklearn' not in sys.modules")
    r = subprocess.run([sys.executable, "-c", code, str(model_dir)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() in ("supportive", "conditional", "opposed")


def test_hashed_model_explains_with_readable_ngrams(model_dir):
    r = run("predict", "-m", str(model_dir), "--explain", "--format", "jsonl",
                                 "There is nothing to negotiate with them.")
    row = json.loads(r.stdout)
    assert row["explanation"] and not any(e["ngram"].startswith("#") for e in row["explanation"])


def test_a_model_from_another_hashing_scheme_is_refused(model_dir, tmp_path):
    import shutil

    copy = tmp_path / "old"
    shutil.copytree(model_dir, copy)
    meta = json.loads((copy / "metadata.json").read_text())
    meta["hash_scheme"] = 1
    (copy / "metadata.json").write_text(json.dumps(meta))
    for args in (["predict", "-m", str(copy), "hi"], ["evaluate", str(copy), str(TINY)]):
        r = run(*args)
        assert r.exit_code == 2 and "hashing scheme 1" in r.stderr, r.output
