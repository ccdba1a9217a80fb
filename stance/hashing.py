"""Hashed word + char_wb n-gram TF-IDF, vectorised in NumPy, and a scorer that needs nothing else.

The plain pipeline builds n-grams one Python string at a time (about 4k statements a second). Here a whole
batch becomes one array of code points; n-gram hashes are rolling polynomial hashes over that array, so the
work is a few dozen NumPy operations per batch. The features follow scikit-learn's TfidfVectorizer
(lowercase; words are runs of word characters plus ``!`` and ``?``; char_wb n-grams inside space-padded
words; smoothed idf; l2 norm per vectorizer) except that n-grams are hashed into buckets instead of looked
up in a vocabulary, and term frequency is raw with the norm taken over occurrences (see ``weights``).

:class:`HashedTfidf` is a scikit-learn transformer for training in a Pipeline; its twin for prediction,
:class:`stance.fast_scorer.FastScorer`, holds only arrays (saved as ``.npz``, no pickle) and gives the same
probabilities without importing scikit-learn.
"""

from __future__ import annotations

import numpy as np

#: Version of the hashing scheme. Buckets from another scheme mean nothing here, so a model records the
#: scheme it was trained with and is refused under any other (stance.modelfile checks it before loading).
#: 3: the word-character table was one code point off from U+DBFF on (52 characters of the presentation and
#: fullwidth forms were misclassified; see word_table).
HASH_SCHEME = 3

_P = np.uint64(0x100000001B3)  # odd multiplier: invertible modulo 2**64
_SPACE = 32
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)
_WORD_TABLE = None


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads polynomial hashes over all 64 bits before taking buckets."""
    h = h ^ (h >> np.uint64(30))
    h = h * _M1
    h = h ^ (h >> np.uint64(27))
    h = h * _M2
    return h ^ (h >> np.uint64(31))


_FIB = np.uint64(0x9E3779B97F4A7C15)


def _spread(h: np.ndarray) -> np.ndarray:
    """Multiplicative (Fibonacci) hashing: the high bits of h * golden ratio; buckets are taken from the top."""
    return h * _FIB


def word_table() -> np.ndarray:
    """Which Basic Multilingual Plane code points are word characters (as regex \\w: alphanumeric, or ``_``)."""
    global _WORD_TABLE
    if _WORD_TABLE is None:
        # Surrogates are never word characters, and as one string they would pair up into other characters.
        chars = "".join(map(chr, range(0xD800))) + "\0" * 0x800 + "".join(map(chr, range(0xE000, 0x10000)))
        table = np.fromiter(map(str.isalnum, chars), dtype=bool, count=0x10000)
        table[ord("_")] = True
        _WORD_TABLE = table
    return _WORD_TABLE


def padded(texts: list[str]) -> tuple[bytes, np.ndarray]:
    """Lowercased, whitespace-collapsed, space-padded texts joined as UTF-32-LE, and each text's length in code points."""
    parts = [" " + " ".join(t.lower().split()) + " " for t in texts]
    lengths = np.fromiter(map(len, parts), dtype=np.int64, count=len(parts))
    return "".join(parts).encode("utf-32-le", "surrogatepass"), lengths


def codepoints(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """The padded texts (:func:`padded`) as one code point array, and each code point's text."""
    joined, lengths = padded(texts)
    c = np.frombuffer(joined, dtype=np.uint32).astype(np.uint64)
    return c, np.repeat(np.arange(len(texts), dtype=np.int64), lengths)


def char_wb_hashes(c: np.ndarray, doc_id: np.ndarray, lo: int, hi: int):
    """(doc index, hash) of every char_wb n-gram, lo <= n <= hi."""
    L = len(c)
    space = c == _SPACE
    # next_space[i]: index of the first space at or after i (L if none).
    idx = np.where(space, np.arange(L), L)
    next_space = np.minimum.accumulate(idx[::-1])[::-1] if L else idx
    docs, hashes = [], []
    h = c.copy()
    for n in range(1, hi + 1):
        if n > 1:
            h = h[:-1] * _P + c[n - 1:]
        if n < lo:
            continue
        m = L - n + 1
        if m <= 0:
            break
        # Inside one padded word: no space strictly inside, and never two spaces (word or text boundary).
        if n == 2:
            ok = ~(space[:m] & space[1:1 + m])
        else:
            ok = next_space[1:1 + m] >= np.arange(n - 1, n - 1 + m)
        pos = np.flatnonzero(ok)
        docs.append(doc_id[pos])
        hashes.append(_spread(h[pos] + np.uint64(n)))
    if not docs:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    return np.concatenate(docs), np.concatenate(hashes)


def word_hashes(c: np.ndarray, doc_id: np.ndarray, lo: int, hi: int):
    """(doc index, hash) of every word n-gram, lo <= n <= hi; words are runs of \\w characters, plus ! and ?."""
    table = word_table()
    small = c < 0x10000
    is_word = np.zeros(len(c), dtype=bool)
    is_word[small] = table[c[small].astype(np.int64)]
    if not small.all():  # rare: code points beyond the BMP, classified one distinct character at a time
        import re

        big = np.flatnonzero(~small)
        uniq, inv = np.unique(c[big], return_inverse=True)
        wordy = np.array([re.match(r"\w", chr(int(u))) is not None for u in uniq], dtype=bool)
        is_word[big] = wordy[inv]
    punct = (c == 33) | (c == 63)
    prev = np.concatenate([[False], is_word[:-1]])
    nxt = np.concatenate([is_word[1:], [False]])
    tok_start = np.flatnonzero((is_word & ~prev) | punct)
    tok_end = np.flatnonzero((is_word & ~nxt) | punct)  # inclusive
    if len(tok_start) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.uint64)
    # Token hash from prefix sums of c * P**i (wrapping uint64), shifted back by P**-start.
    powers = np.empty(len(c), dtype=np.uint64)
    powers[0] = 1
    if len(c) > 1:
        powers[1:] = _P
        powers = np.cumprod(powers)
    inv = np.uint64(pow(int(_P), -1, 1 << 64))
    inv_powers = np.empty(len(c), dtype=np.uint64)
    inv_powers[0] = 1
    if len(c) > 1:
        inv_powers[1:] = inv
        inv_powers = np.cumprod(inv_powers)
    prefix = np.cumsum(c * powers)
    before = np.where(tok_start > 0, prefix[np.maximum(tok_start - 1, 0)], np.uint64(0))
    tok = _mix((prefix[tok_end] - before) * inv_powers[tok_start])
    tdoc = doc_id[tok_start]
    docs, hashes = [], []
    g = tok
    for n in range(1, hi + 1):
        if n > 1:
            g = g[:-1] * _P + tok[n - 1:]
        if n < lo:
            continue
        m = len(tok) - n + 1
        if m <= 0:
            break
        same = tdoc[:m] == tdoc[n - 1:n - 1 + m]
        docs.append(tdoc[:m][same])
        hashes.append(_spread(g[same] + np.uint64(n)))
    return np.concatenate(docs), np.concatenate(hashes)


class HashedTfidf:
    """Word and char_wb n-gram TF-IDF over hashed buckets; a scikit-learn transformer.

    Columns ``[0, n_features)`` are word n-grams, ``[n_features, 2 * n_features)`` char_wb n-grams, each
    block l2-normalised on its own as a FeatureUnion of two TfidfVectorizers would be.
    """

    def __init__(self, word_ngram=(1, 2), char_ngram=(2, 5), n_features=2 ** 20, min_df=1, batch_size=2000):
        self.word_ngram = word_ngram
        self.char_ngram = char_ngram
        self.n_features = n_features
        self.min_df = min_df
        self.batch_size = batch_size

    # scikit-learn estimator protocol (get_params/set_params) without importing scikit-learn here.
    def get_params(self, deep=True):
        return {k: getattr(self, k) for k in ("word_ngram", "char_ngram", "n_features", "min_df", "batch_size")}

    def set_params(self, **params):
        for k, v in params.items():
            setattr(self, k, v)
        return self

    def __sklearn_tags__(self):
        return transformer_tags()

    def _occurrences(self, texts):
        """(doc, column) of every n-gram occurrence in a batch, unsorted."""
        c, doc_id = codepoints(texts)
        bits = self.n_features.bit_length() - 1
        if 1 << bits != self.n_features:
            raise ValueError("n_features must be a power of two")
        shift = np.uint64(64 - bits)
        wd, wh = word_hashes(c, doc_id, *self.word_ngram)
        cd, ch = char_wb_hashes(c, doc_id, *self.char_ngram)
        cols = np.concatenate([(wh >> shift).astype(np.int64), (ch >> shift).astype(np.int64) + self.n_features])
        return np.concatenate([wd, cd]), cols

    def fit(self, X, y=None):
        import scipy.sparse as sp

        df = np.zeros(2 * self.n_features, dtype=np.int64)
        n = 0
        for batch in _batches(list(X), self.batch_size):
            docs, buckets = self._occurrences(batch)
            # Document frequency: each (doc, bucket) pair once.
            m = sp.csr_matrix((np.ones(len(docs)), (docs, buckets)), shape=(len(batch), 2 * self.n_features))
            m.sum_duplicates()
            df += np.bincount(m.indices, minlength=2 * self.n_features)
            n += len(batch)
        used = np.flatnonzero(df >= max(self.min_df, 1))
        self.set_columns(used, np.log((1 + n) / (1 + df[used])) + 1.0)
        self.n_docs_ = n
        return self

    def set_columns(self, buckets: np.ndarray, idf: np.ndarray) -> None:
        """Keep only buckets seen in training, as compact columns (a hashed vocabulary)."""
        self.buckets_ = buckets.astype(np.int64)
        self.idf_ = idf.astype(np.float64)
        self._idf2 = None
        column = np.full(2 * self.n_features, -1, dtype=np.int32)
        column[self.buckets_] = np.arange(len(self.buckets_), dtype=np.int32)
        self.column_ = column

    @property
    def n_columns(self) -> int:
        return len(self.buckets_)

    def fit_transform(self, X, y=None):
        return self.fit(X).transform(X)

    def known(self, texts):
        """In-vocabulary occurrences of a batch: (doc, column, block) and each block's l2 norm of idf weights.

        Block ``2 * doc`` holds a doc's word n-grams, ``2 * doc + 1`` its char n-grams; empty blocks get norm 1.
        """
        docs, buckets = self._occurrences(texts)
        cols = self.column_[buckets]
        keep = np.flatnonzero(cols >= 0)
        docs, cols = docs[keep], cols[keep].astype(np.int64)
        block = docs * 2 + (buckets[keep] >= self.n_features)
        if getattr(self, "_idf2", None) is None:  # a cache of idf squared, reset whenever the columns are set
            self._idf2 = self.idf_ * self.idf_
        norms = np.sqrt(np.bincount(block, weights=self._idf2.take(cols), minlength=2 * len(texts)).astype(np.float64))
        norms[norms == 0] = 1.0
        return docs, cols, block, norms

    def weights(self, texts):
        """(doc, column, weight) per n-gram occurrence; summed per (doc, column) they give the feature matrix.

        N-grams never seen in training are dropped. Each occurrence weighs idf / norm, where norm is the l2
        norm of the doc's occurrence weights within its block (word or char): raw term frequency, normalised
        without first grouping equal n-grams, so prediction never has to sort.
        """
        docs, cols, block, norms = self.known(texts)
        return docs, cols, self.idf_.take(cols) / norms[block]

    def transform(self, X):
        import scipy.sparse as sp

        X = list(X)
        mats = []
        for batch in _batches(X, self.batch_size):
            docs, cols, w = self.weights(batch)
            m = sp.csr_matrix((w, (docs, cols)), shape=(len(batch), self.n_columns))
            m.sum_duplicates()
            mats.append(m)
        return _stack_rows(mats, self.n_columns)

    def ngram_columns(self, text: str) -> dict[int, str]:
        """The n-grams of one text by column (for explanations); a column shared by several n-grams names one.

        Unseen n-grams land under column -1.
        """
        out: dict[int, str] = {}
        norm = " ".join(text.lower().split())
        import re

        toks = re.findall(r"\w+|[!?]", norm)
        for n in range(self.word_ngram[0], self.word_ngram[1] + 1):
            for i in range(len(toks) - n + 1):
                gram = " ".join(toks[i:i + n])
                b = self._column_of_words(toks[i:i + n])
                if b < 2 * self.n_features:
                    out.setdefault(int(self.column_[b]), gram)
        for w in norm.split():
            w = f" {w} "
            for n in range(self.char_ngram[0], self.char_ngram[1] + 1):
                for i in range(max(1, len(w) - n + 1) if len(w) >= n else 0):
                    out.setdefault(int(self.column_[self._column_of_chars(w[i:i + n])]), f"'{w[i:i + n]}'")
        return out

    def _column_of_words(self, toks) -> int:
        c, doc_id = codepoints([" ".join(toks)])
        docs, h = word_hashes(c, doc_id, len(toks), len(toks))
        if len(h) != 1:  # the regex and the code point table disagree on a character: no column to name
            return 2 * self.n_features
        return int(h[0] >> np.uint64(64 - (self.n_features.bit_length() - 1)))

    def _column_of_chars(self, gram: str) -> int:
        c = np.frombuffer(gram.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
        h = c[:1].copy()
        for k in range(1, len(gram)):
            h = h * _P + c[k:k + 1]
        n = len(gram)
        return int(_spread(h + np.uint64(n))[0] >> np.uint64(64 - (self.n_features.bit_length() - 1))) \
            + self.n_features


def transformer_tags():
    """The tags scikit-learn (1.6 and later) asks every estimator for, as a transformer has them by default.

    A Pipeline checks that its last step is fitted through them; a transformer that is the last step of an inner
    Pipeline (stance.blocks) needs them without inheriting scikit-learn's BaseEstimator (this module must import
    without scikit-learn).
    """
    from sklearn.base import BaseEstimator, TransformerMixin

    class _Defaults(TransformerMixin, BaseEstimator):
        pass

    return _Defaults().__sklearn_tags__()


def _stack_rows(mats: list, n_columns: int):
    """One CSR matrix from per-batch CSR blocks, freeing each block once copied.

    scipy's vstack keeps every block alive until it returns, so it peaks at twice the matrix; this peaks
    at the matrix plus one block, which is what bounds training memory on large corpora.
    """
    import scipy.sparse as sp

    if not mats:
        return sp.csr_matrix((0, n_columns))
    nnz = sum(m.nnz for m in mats)
    rows = sum(m.shape[0] for m in mats)
    index_dtype = np.int32 if max(nnz, n_columns) < 2 ** 31 else np.int64
    data = np.empty(nnz, dtype=np.float64)
    indices = np.empty(nnz, dtype=index_dtype)
    indptr = np.empty(rows + 1, dtype=index_dtype)
    indptr[0] = 0
    at, row = 0, 0
    mats.reverse()  # pop() from the end hands the blocks back in their original order
    copied = 0
    while mats:
        m = mats.pop()
        k, r = m.nnz, m.shape[0]
        data[at:at + k] = m.data
        indices[at:at + k] = m.indices
        indptr[row + 1:row + r + 1] = m.indptr[1:] + at
        at, row = at + k, row + r
        copied += k
        del m
        if copied > 2 ** 22:  # every ~50 MB copied, hand the freed blocks back to the system
            _release_freed_memory()
            copied = 0
    return sp.csr_matrix((data, indices, indptr), shape=(rows, n_columns))


def _release_freed_memory() -> None:
    """glibc's malloc_trim: blocks of a few MB live on the heap, whose freed pages glibc otherwise keeps."""
    global _MALLOC_TRIM
    if _MALLOC_TRIM is None:
        try:
            import ctypes

            _MALLOC_TRIM = ctypes.CDLL("libc.so.6").malloc_trim
        except (OSError, AttributeError):  # not glibc (macOS, musl): nothing to do
            _MALLOC_TRIM = False
    if _MALLOC_TRIM:
        _MALLOC_TRIM(0)


_MALLOC_TRIM = None


def _batches(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]
