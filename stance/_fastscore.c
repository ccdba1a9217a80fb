/* Decision values of a hashed-TF-IDF linear model, compiled: the work of stance.fast_scorer.FusedScorer._decision
 * in one pass over the code points, without the GIL.
 *
 * The n-grams, their hashes and their buckets are stance.hashing's scheme (HASH_SCHEME 3), written out as loops:
 * words are runs of word characters (a BMP table given by the caller) and single '!' or '?'; a token hashes to
 * mix(sum c[j] * P**j), a word n-gram to spread(sum tok[i] * P**(n-1-i) + n); a char_wb n-gram to
 * spread(sum c[j] * P**(n-1-j) + n) over windows inside one space-padded word. Buckets are the top `bits` bits.
 * Each occurrence adds its column's table row (idf**2, idf * coef per class); each block is divided by its l2
 * norm. tests/test_fast_scorer.py pins this against the NumPy path.
 *
 * A code point beyond the BMP makes `decide` return False: the caller discards `out` and uses the NumPy path,
 * which classifies such characters with the regex engine.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const uint64_t P = 0x100000001B3ULL;
static const uint64_t M1 = 0xBF58476D1CE4E5B9ULL;
static const uint64_t M2 = 0x94D049BB133111EBULL;
static const uint64_t FIB = 0x9E3779B97F4A7C15ULL;

static inline uint64_t mix(uint64_t h) {
    h ^= h >> 30;
    h *= M1;
    h ^= h >> 27;
    h *= M2;
    return h ^ (h >> 31);
}

typedef struct {
    const int32_t *column; /* bucket (words, then chars offset by n_features) -> table row; -1 mapped to the zero row */
    const double *table;   /* rows of (idf**2, idf * coef_0, ..., idf * coef_{k-1}) */
    int width;             /* k + 1 */
    uint32_t n_rows;       /* the last row is the zero row: a column past the table reads it */
    int shift;             /* 64 - bits */
    int64_t n_features;
} Model;

/* Add one occurrence's row to acc (width doubles). */
static inline void add_row(const Model *m, int64_t bucket, double *acc) {
    uint32_t r = (uint32_t)m->column[bucket];
    if (r >= m->n_rows) r = m->n_rows - 1;
    const double *row = m->table + (int64_t)r * m->width;
    for (int j = 0; j < m->width; j++) acc[j] += row[j];
}

static void chars_of(const Model *m, const uint32_t *c, int64_t len, int lo, int hi, double *acc) {
    for (int64_t i = 0; i < len; i++) {
        uint64_t h = 0;
        int space_inside = 0;
        for (int n = 1; n <= hi && i + n - 1 < len; n++) {
            h = h * P + c[i + n - 1];
            if (n >= 3 && c[i + n - 2] == 32) space_inside = 1; /* a space strictly inside the window */
            if (space_inside) break;
            if (n < lo) continue;
            if (n == 2 && c[i] == 32 && c[i + 1] == 32) continue;
            add_row(m, (int64_t)((FIB * (h + (uint64_t)n)) >> m->shift) + m->n_features, acc);
        }
    }
}

/* Tokens of one padded text: returns their count, or -1 for a code point beyond the BMP. */
static int64_t tokens_of(const uint32_t *c, int64_t len, const uint8_t *word, uint64_t *tok) {
    int64_t n = 0;
    for (int64_t i = 0; i < len;) {
        uint32_t ch = c[i];
        if (ch > 0xFFFF) return -1;
        if (ch == 33 || ch == 63) {
            tok[n++] = mix(ch);
            i++;
        } else if (word[ch]) {
            uint64_t h = 0, pw = 1;
            for (; i < len && c[i] <= 0xFFFF && word[c[i]]; i++) {
                h += c[i] * pw;
                pw *= P;
            }
            if (i < len && c[i] > 0xFFFF) return -1;
            tok[n++] = mix(h);
        } else {
            i++;
        }
    }
    return n;
}

static void words_of(const Model *m, const uint64_t *tok, int64_t n_tok, int lo, int hi, double *acc) {
    for (int64_t i = 0; i < n_tok; i++) {
        uint64_t g = 0;
        for (int n = 1; n <= hi && i + n - 1 < n_tok; n++) {
            g = g * P + tok[i + n - 1];
            if (n >= lo) add_row(m, (int64_t)((FIB * (g + (uint64_t)n)) >> m->shift), acc);
        }
    }
}

/* out[d, j] += block sum / block norm, for both blocks. */
static void add_block(const double *acc, int width, double *out) {
    double norm = sqrt(acc[0]);
    if (norm == 0.0) norm = 1.0;
    for (int j = 1; j < width; j++) out[j - 1] += acc[j] / norm;
}

static int score(const Model *m, const uint32_t *c, const int64_t *lengths, int64_t n_docs, const uint8_t *word,
                 const int *ngram, double *out) {
    int64_t longest = 0;
    for (int64_t d = 0; d < n_docs; d++)
        if (lengths[d] > longest) longest = lengths[d];
    uint64_t *tok = malloc(sizeof(uint64_t) * (size_t)(longest + 1));
    double *acc = malloc(sizeof(double) * (size_t)m->width);
    if (tok == NULL || acc == NULL) {
        free(tok);
        free(acc);
        return -2;
    }
    int status = 0;
    for (int64_t d = 0, at = 0; d < n_docs; at += lengths[d], d++) {
        int64_t n_tok = tokens_of(c + at, lengths[d], word, tok);
        if (n_tok < 0) {
            status = -1;
            break;
        }
        double *row = out + d * (m->width - 1);
        memset(acc, 0, sizeof(double) * (size_t)m->width);
        words_of(m, tok, n_tok, ngram[0], ngram[1], acc);
        add_block(acc, m->width, row);
        memset(acc, 0, sizeof(double) * (size_t)m->width);
        chars_of(m, c + at, lengths[d], ngram[2], ngram[3], acc);
        add_block(acc, m->width, row);
    }
    free(tok);
    free(acc);
    return status;
}

static int need(Py_buffer *b, Py_ssize_t bytes, const char *what) {
    if (b->len != bytes) {
        PyErr_Format(PyExc_ValueError, "%s: expected %zd bytes, got %zd", what, bytes, b->len);
        return 0;
    }
    return 1;
}

static PyObject *decide(PyObject *self, PyObject *args) {
    Py_buffer text, lengths, word, column, table, out;
    int width, bits, ngram[4];
    if (!PyArg_ParseTuple(args, "y*y*y*y*y*w*ii(iiii)", &text, &lengths, &word, &column, &table, &out, &width,
                          &bits, &ngram[0], &ngram[1], &ngram[2], &ngram[3]))
        return NULL;
    PyObject *result = NULL;
    int64_t n_docs = lengths.len / 8, total = 0;
    Model m = {column.buf, table.buf, width, 0, 64 - bits, (int64_t)1 << bits};
    for (int64_t d = 0; d < n_docs; d++) total += ((const int64_t *)lengths.buf)[d];
    if (width < 2 || bits < 1 || bits > 40 || !need(&text, total * 4, "text") || !need(&word, 0x10000, "word") ||
        !need(&column, 2 * m.n_features * 4, "column") || !need(&out, n_docs * (width - 1) * 8, "out") ||
        table.len % (8 * width) != 0 || table.len == 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "decide: inconsistent arguments");
        goto done;
    }
    m.n_rows = (uint32_t)(table.len / (8 * width));
    int status;
    Py_BEGIN_ALLOW_THREADS
    status = score(&m, text.buf, lengths.buf, n_docs, word.buf, ngram, out.buf);
    Py_END_ALLOW_THREADS
    if (status == -2) {
        PyErr_NoMemory();
        goto done;
    }
    result = PyBool_FromLong(status == 0);
done:
    PyBuffer_Release(&text);
    PyBuffer_Release(&lengths);
    PyBuffer_Release(&word);
    PyBuffer_Release(&column);
    PyBuffer_Release(&table);
    PyBuffer_Release(&out);
    return result;
}

static PyMethodDef methods[] = {
    {"decide", decide, METH_VARARGS,
     "decide(text_utf32, lengths_int64, word_table, column_int32, table_float64, out_float64, width, bits, "
     "(word_lo, word_hi, char_lo, char_hi)) -> bool: add each text's block-normalised sums to out; False when a code "
     "point lies beyond the BMP (out is then partly written: discard it)."},
    {NULL, NULL, 0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_fastscore", NULL, -1, methods};

PyMODINIT_FUNC PyInit__fastscore(void) { return PyModule_Create(&module); }
