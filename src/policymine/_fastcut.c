/*
 * policymine._fastcut: jieba's accurate mode (HMM on) in C, token for token.
 *
 * The same model and the same arithmetic as policymine.segment._lcut (which is itself checked
 * against jieba.lcut): text is split into jieba's blocks (re_han_default / re_skip_default); in
 * a block the most probable path through the dictionary is found by dynamic programming from
 * the end, a word scoring log(freq) - log(total), ties going to the longer word; a run of
 * single characters that is not itself a word goes to jieba.finalseg's HMM (Viterbi over
 * B/M/E/S, ties to the later state letter, as Python's max over tuples gives them). Every
 * floating-point operation is done in the order Python does it, so scores, and therefore
 * tokens, are the same. Built with -ffp-contract=off so no multiply-add is fused.
 *
 * The dictionary (word -> count, prefixes with count 0) is copied into an open-addressing hash
 * table keyed by the code points of the word, hashed incrementally (FNV-1a), so extending a
 * fragment by one character costs one step and one probe, and no Python string is made until
 * a token is emitted.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MIN_FLOAT (-3.14e100)
#define HAN_LO 0x4E00
#define HAN_HI 0x9FD5
#define NHAN (HAN_HI - HAN_LO + 1)
#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL

/* states in the order of their letters, which is how Python breaks ties: B < E < M < S */
enum { SB = 0, SE = 1, SM = 2, SS = 3 };

#define NO_TAG 255

typedef struct { /* 24 bytes */
    double weight;  /* log(freq) - log(total); unused when freq == 0 */
    int64_t count;  /* the dictionary's count (0 for a prefix of words only) */
    uint32_t off;   /* into chars */
    uint16_t len;
    uint8_t isword; /* count > 0 */
    uint8_t tag;    /* index into tagnames, NO_TAG where the tag table has no entry */
} Entry;

typedef struct {
    PyObject_HEAD
    Entry *table;
    size_t mask;
    Py_UCS4 *chars;
    size_t nchars;
    Py_ssize_t nwords;
    double logtotal;
    double start[4];
    double trans[4][4];
    double *emit; /* 4 * NHAN */
    PyObject *force_split; /* a set (jieba.finalseg.Force_Split_Words), read at every use */
    PyObject *tagnames;    /* tuple of str */
    long long total;       /* the dictionary's total count */
    void *map;             /* the file the arrays are mapped from (Engine.load), else NULL */
    size_t maplen;
} Engine;

static inline uint64_t step(uint64_t h, Py_UCS4 c) { return (h ^ (uint64_t)c) * FNV_PRIME; }

static inline int is_block_char(Py_UCS4 c) {
    /* [\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-] */
    if (c >= HAN_LO && c <= HAN_HI) return 1;
    if (c < 128) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return 1;
        return c == '+' || c == '#' || c == '&' || c == '.' || c == '_' || c == '%' || c == '-';
    }
    return 0;
}

static inline int is_han(Py_UCS4 c) { return c >= HAN_LO && c <= HAN_HI; }

static inline int is_alnum_ascii(Py_UCS4 c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static const Entry *lookup(const Engine *e, uint64_t h, const Py_UCS4 *s, Py_ssize_t len) {
    size_t i = (size_t)h & e->mask;
    for (;;) {
        const Entry *en = &e->table[i];
        if (en->len == 0) return NULL;
        if (en->len == len && e->chars[en->off] == s[0] &&
            memcmp(e->chars + en->off, s, (size_t)len * sizeof(Py_UCS4)) == 0)
            return en;
        i = (i + 1) & e->mask;
    }
}

/* ------------------------------------------------------------------ output helpers */

typedef struct {
    PyObject *out;      /* the list */
    PyObject *text;     /* the str the code points come from */
    Py_ssize_t base;    /* offset of buf[0] in text */
} Sink;

static int emit_token(Sink *k, Py_ssize_t a, Py_ssize_t b) {
    /* buf[a:b] as a token: a substring of the original text */
    PyObject *w = PyUnicode_Substring(k->text, k->base + a, k->base + b);
    if (!w) return -1;
    int r = PyList_Append(k->out, w);
    Py_DECREF(w);
    return r;
}

static int emit_chars(Sink *k, Py_ssize_t a, Py_ssize_t b) {
    for (Py_ssize_t i = a; i < b; i++)
        if (emit_token(k, i, i + 1) < 0) return -1;
    return 0;
}

/* a word the HMM found: as one token, or its characters when it is a force-split word */
static int emit_hmm_word(Engine *e, Sink *k, Py_ssize_t a, Py_ssize_t b) {
    PyObject *w = PyUnicode_Substring(k->text, k->base + a, k->base + b);
    if (!w) return -1;
    if (PySet_GET_SIZE(e->force_split) > 0) {
        int in = PySet_Contains(e->force_split, w);
        if (in < 0) { Py_DECREF(w); return -1; }
        if (in) {
            Py_DECREF(w);
            return emit_chars(k, a, b);
        }
    }
    int r = PyList_Append(k->out, w);
    Py_DECREF(w);
    return r;
}

/* ------------------------------------------------------------------ the HMM (jieba.finalseg) */

static int viterbi_cut(Engine *e, Sink *k, const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    /* s[a:b] is all Han (U+4E00..U+9FD5) */
    static const int prev[4][2] = {
        /* PrevStatus, in the order Python lists them: B: 'ES', E: 'BM', M: 'MB', S: 'SE' */
        [SB] = {SE, SS}, [SE] = {SB, SM}, [SM] = {SM, SB}, [SS] = {SS, SE},
    };
    Py_ssize_t n = b - a;
    double *V = PyMem_Malloc(sizeof(double) * 4 * (size_t)n);
    unsigned char *back = PyMem_Malloc((size_t)n * 4);
    unsigned char *states = PyMem_Malloc((size_t)n);
    if (!V || !back || !states) {
        PyMem_Free(V); PyMem_Free(back); PyMem_Free(states);
        PyErr_NoMemory();
        return -1;
    }
    const double *em = e->emit;
    Py_UCS4 c0 = s[a] - HAN_LO;
    for (int y = 0; y < 4; y++) V[y] = e->start[y] + em[y * NHAN + c0];
    for (Py_ssize_t t = 1; t < n; t++) {
        Py_UCS4 c = s[a + t] - HAN_LO;
        for (int y = 0; y < 4; y++) {
            double em_p = em[y * NHAN + c];
            int bestq = -1;
            double best = 0.0;
            for (int j = 0; j < 2; j++) {
                int y0 = prev[y][j];
                double p = V[(t - 1) * 4 + y0] + e->trans[y0][y] + em_p;
                /* max over (prob, state) tuples: the higher prob, then the later letter */
                if (bestq < 0 || p > best || (p == best && y0 > bestq)) {
                    best = p;
                    bestq = y0;
                }
            }
            V[t * 4 + y] = best;
            back[t * 4 + y] = (unsigned char)bestq;
        }
    }
    double pe = V[(n - 1) * 4 + SE], ps = V[(n - 1) * 4 + SS];
    int state = (ps > pe || ps == pe) ? SS : SE; /* max((V[E], 'E'), (V[S], 'S')) */
    for (Py_ssize_t t = n - 1; t >= 0; t--) {
        states[t] = (unsigned char)state;
        if (t > 0) state = back[t * 4 + state];
    }
    PyMem_Free(V);
    PyMem_Free(back);
    int rc = 0;
    Py_ssize_t begin = 0, nexti = 0;
    for (Py_ssize_t i = 0; i < n && rc == 0; i++) {
        int pos = states[i];
        if (pos == SB) {
            begin = i;
        } else if (pos == SE) {
            rc = emit_hmm_word(e, k, a + begin, a + i + 1);
            nexti = i + 1;
        } else if (pos == SS) {
            rc = emit_hmm_word(e, k, a + i, a + i + 1);
            nexti = i + 1;
        }
    }
    if (rc == 0 && nexti < n) rc = emit_hmm_word(e, k, a + nexti, b);
    PyMem_Free(states);
    return rc;
}

/* jieba.finalseg.cut on s[a:b] (characters of one block): Han runs to the HMM, the rest split
 * by re_skip = ([a-zA-Z0-9]+(?:\.\d+)?%?), every non-empty piece a token */
static int hmm_cut(Engine *e, Sink *k, const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    Py_ssize_t i = a;
    while (i < b) {
        if (is_han(s[i])) {
            Py_ssize_t j = i;
            while (j < b && is_han(s[j])) j++;
            if (viterbi_cut(e, k, s, i, j) < 0) return -1;
            i = j;
            continue;
        }
        Py_ssize_t j = i;
        while (j < b && !is_han(s[j])) j++;
        /* s[i:j] has no Han: re_skip.split, empty pieces dropped */
        Py_ssize_t p = i, q = i;
        while (q < j) {
            if (!is_alnum_ascii(s[q])) { q++; continue; }
            Py_ssize_t m = q;
            while (m < j && is_alnum_ascii(s[m])) m++;
            if (m + 1 < j && s[m] == '.' && s[m + 1] >= '0' && s[m + 1] <= '9') {
                m += 1;
                while (m < j && s[m] >= '0' && s[m] <= '9') m++;
            }
            if (m < j && s[m] == '%') m++;
            if (q > p && emit_token(k, p, q) < 0) return -1;
            if (emit_token(k, q, m) < 0) return -1;
            p = q = m;
        }
        if (j > p && emit_token(k, p, j) < 0) return -1;
        i = j;
    }
    return 0;
}

/* ------------------------------------------------------------------ the dictionary path */

static const Entry *lookup_span(const Engine *e, const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    uint64_t h = FNV_OFFSET;
    for (Py_ssize_t i = a; i < b; i++) h = step(h, s[i]);
    return lookup(e, h, s + a, b - a);
}

static int flush_run(Engine *e, Sink *k, const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    if (b - a == 1) return emit_token(k, a, b);
    const Entry *en = lookup_span(e, s, a, b);
    if (!(en && en->isword)) return hmm_cut(e, k, s, a, b);
    return emit_chars(k, a, b);
}

static int cut_block(Engine *e, Sink *k, const Py_UCS4 *s, Py_ssize_t a, Py_ssize_t b) {
    Py_ssize_t n = b - a;
    double *score = PyMem_Malloc(sizeof(double) * (size_t)(n + 1));
    Py_ssize_t *end = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(n + 1));
    if (!score || !end) {
        PyMem_Free(score); PyMem_Free(end);
        PyErr_NoMemory();
        return -1;
    }
    const Py_UCS4 *t = s + a;
    score[n] = 0.0;
    end[n] = n;
    for (Py_ssize_t x = n - 1; x >= 0; x--) {
        int found = 0;
        double best = 0.0;
        end[x] = x;
        uint64_t h = FNV_OFFSET;
        for (Py_ssize_t i = x; i < n; i++) { /* every dictionary word starting at x */
            h = step(h, t[i]);
            const Entry *en = lookup(e, h, t + x, i - x + 1);
            if (!en) break;
            if (en->isword) {
                double sc = en->weight + score[i + 1];
                if (!found || sc >= best) {
                    best = sc;
                    found = 1;
                    end[x] = i;
                }
            }
        }
        if (!found) { /* no word starts here: the character alone, log(freq or 1) */
            const Entry *en = lookup(e, step(FNV_OFFSET, t[x]), t + x, 1);
            double w = (en && en->isword) ? en->weight : (0.0 - e->logtotal); /* log(1) == 0.0 */
            best = w + score[x + 1];
        }
        score[x] = best;
    }
    int rc = 0;
    Py_ssize_t x = 0, run = -1;
    while (x < n && rc == 0) {
        Py_ssize_t y = end[x] + 1;
        if (y - x == 1) {
            if (run < 0) run = x;
        } else {
            if (run >= 0) {
                rc = flush_run(e, k, s, a + run, a + x);
                run = -1;
                if (rc < 0) break;
            }
            rc = emit_token(k, a + x, a + y);
        }
        x = y;
    }
    if (rc == 0 && run >= 0) rc = flush_run(e, k, s, a + run, b);
    PyMem_Free(score);
    PyMem_Free(end);
    return rc;
}

/* ------------------------------------------------------------------ Engine.cut */

static PyObject *Engine_cut(Engine *self, PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "cut() takes a str");
        return NULL;
    }
    Py_ssize_t n = PyUnicode_GET_LENGTH(arg);
    PyObject *out = PyList_New(0);
    if (!out || n == 0) return out;
    Py_UCS4 *s = PyUnicode_AsUCS4Copy(arg);
    if (!s) { Py_DECREF(out); return NULL; }
    Sink k = {out, arg, 0};
    Py_ssize_t i = 0;
    int rc = 0;
    while (i < n && rc == 0) {
        if (is_block_char(s[i])) {
            Py_ssize_t j = i;
            while (j < n && is_block_char(s[j])) j++;
            rc = cut_block(self, &k, s, i, j);
            i = j;
        } else if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') { /* re_skip_default: (\r\n|\s) */
            rc = emit_token(&k, i, i + 2);
            i += 2;
        } else { /* whitespace and every other character: one token each */
            rc = emit_token(&k, i, i + 1);
            i += 1;
        }
    }
    PyMem_Free(s);
    if (rc < 0) { Py_DECREF(out); return NULL; }
    return out;
}

/* ------------------------------------------------------------------ construction */

static int state_index(PyObject *key) {
    if (!PyUnicode_Check(key) || PyUnicode_GET_LENGTH(key) != 1) return -1;
    switch (PyUnicode_READ_CHAR(key, 0)) {
        case 'B': return SB;
        case 'E': return SE;
        case 'M': return SM;
        case 'S': return SS;
    }
    return -1;
}

static int read_float(PyObject *o, double *out) {
    double v = PyFloat_AsDouble(o);
    if (v == -1.0 && PyErr_Occurred()) return -1;
    *out = v;
    return 0;
}

static int Engine_init(Engine *self, PyObject *args, PyObject *kw) {
    PyObject *freq, *total, *start, *trans, *emit, *force, *tags = NULL;
    static char *names[] = {"freq", "total", "start", "trans", "emit", "force_split", "tags", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O!OO!O!O!O!|O!", names, &PyDict_Type, &freq, &total, &PyDict_Type,
                                     &start, &PyDict_Type, &trans, &PyDict_Type, &emit, &PySet_Type, &force,
                                     &PyDict_Type, &tags))
        return -1;
    if (self->table || self->map) {
        PyErr_SetString(PyExc_RuntimeError, "Engine already initialised");
        return -1;
    }
    /* log(total) as math.log(total) gives it: the int as a double, then log */
    double tot = PyFloat_AsDouble(total);
    if (tot == -1.0 && PyErr_Occurred()) return -1;
    if (!(tot > 0)) {
        PyErr_SetString(PyExc_ValueError, "total must be positive");
        return -1;
    }
    self->logtotal = log(tot);
    self->total = PyLong_AsLongLong(total);
    if (self->total == -1 && PyErr_Occurred()) return -1;
    PyObject *tagindex = PyDict_New(), *taglist = PyList_New(0);
    if (!tagindex || !taglist) {
        Py_XDECREF(tagindex);
        Py_XDECREF(taglist);
        return -1;
    }
    int rc = -1;

    Py_ssize_t nw = PyDict_GET_SIZE(freq);
    size_t cap = 16;
    while (cap < (size_t)nw * 2) cap <<= 1;
    size_t nchars = 0;
    PyObject *key, *val;
    Py_ssize_t pos = 0;
    while (PyDict_Next(freq, &pos, &key, &val)) {
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "dictionary words must be str");
            goto done;
        }
        nchars += (size_t)PyUnicode_GET_LENGTH(key);
    }
    if (nchars >= UINT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "dictionary too large");
        goto done;
    }
    self->table = PyMem_Calloc(cap, sizeof(Entry));
    self->chars = PyMem_Malloc((nchars ? nchars : 1) * sizeof(Py_UCS4));
    self->emit = PyMem_Malloc(sizeof(double) * 4 * NHAN);
    if (!self->table || !self->chars || !self->emit) {
        PyErr_NoMemory();
        goto done;
    }
    self->mask = cap - 1;
    size_t used = 0;
    pos = 0;
    while (PyDict_Next(freq, &pos, &key, &val)) {
        Py_ssize_t len = PyUnicode_GET_LENGTH(key);
        if (len == 0) continue;
        if (len > 65535) {
            PyErr_SetString(PyExc_ValueError, "dictionary word too long");
            goto done;
        }
        long long f = PyLong_AsLongLong(val);
        if (f == -1 && PyErr_Occurred()) goto done;
        if (f < 0) {
            PyErr_SetString(PyExc_ValueError, "negative word count");
            goto done;
        }
        uint8_t tag = NO_TAG;
        if (tags) {
            PyObject *t = PyDict_GetItemWithError(tags, key);
            if (!t && PyErr_Occurred()) goto done;
            if (t) {
                PyObject *ix = PyDict_GetItemWithError(tagindex, t);
                if (!ix && PyErr_Occurred()) goto done;
                Py_ssize_t i;
                if (ix) {
                    i = PyLong_AsSsize_t(ix);
                } else {
                    i = PyList_GET_SIZE(taglist);
                    if (i >= NO_TAG) {
                        PyErr_SetString(PyExc_ValueError, "more than 254 tags");
                        goto done;
                    }
                    PyObject *n = PyLong_FromSsize_t(i);
                    if (!n || PyDict_SetItem(tagindex, t, n) < 0 || PyList_Append(taglist, t) < 0) {
                        Py_XDECREF(n);
                        goto done;
                    }
                    Py_DECREF(n);
                }
                tag = (uint8_t)i;
            }
        }
        int kind = PyUnicode_KIND(key);
        const void *data = PyUnicode_DATA(key);
        uint64_t h = FNV_OFFSET;
        for (Py_ssize_t i = 0; i < len; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, data, i);
            self->chars[used + (size_t)i] = c;
            h = step(h, c);
        }
        size_t slot = (size_t)h & self->mask;
        while (self->table[slot].len != 0) slot = (slot + 1) & self->mask;
        Entry *en = &self->table[slot];
        en->off = (uint32_t)used;
        en->len = (uint16_t)len;
        en->count = f;
        en->isword = f > 0;
        en->tag = tag;
        /* math.log(f) - logtotal, f an int: (double)f, then log */
        en->weight = f > 0 ? log((double)f) - self->logtotal : 0.0;
        used += (size_t)len;
        self->nwords++;
    }
    self->nchars = used;

    for (int y = 0; y < 4; y++) {
        self->start[y] = MIN_FLOAT;
        for (int z = 0; z < 4; z++) self->trans[y][z] = MIN_FLOAT;
        for (int c = 0; c < NHAN; c++) self->emit[y * NHAN + c] = MIN_FLOAT;
    }
    pos = 0;
    while (PyDict_Next(start, &pos, &key, &val)) {
        int y = state_index(key);
        if (y >= 0 && read_float(val, &self->start[y]) < 0) goto done;
    }
    pos = 0;
    while (PyDict_Next(trans, &pos, &key, &val)) {
        int y0 = state_index(key);
        if (y0 < 0 || !PyDict_Check(val)) continue;
        Py_ssize_t p2 = 0;
        PyObject *k2, *v2;
        while (PyDict_Next(val, &p2, &k2, &v2)) {
            int y = state_index(k2);
            if (y >= 0 && read_float(v2, &self->trans[y0][y]) < 0) goto done;
        }
    }
    pos = 0;
    while (PyDict_Next(emit, &pos, &key, &val)) {
        int y = state_index(key);
        if (y < 0 || !PyDict_Check(val)) continue;
        Py_ssize_t p2 = 0;
        PyObject *k2, *v2;
        while (PyDict_Next(val, &p2, &k2, &v2)) {
            /* only Han characters ever reach the HMM (finalseg's re_han) */
            if (!PyUnicode_Check(k2) || PyUnicode_GET_LENGTH(k2) != 1) continue;
            Py_UCS4 c = PyUnicode_READ_CHAR(k2, 0);
            if (c < HAN_LO || c > HAN_HI) continue;
            if (read_float(v2, &self->emit[y * NHAN + (c - HAN_LO)]) < 0) goto done;
        }
    }
    self->tagnames = PyList_AsTuple(taglist);
    if (!self->tagnames) goto done;
    Py_INCREF(force);
    self->force_split = force;
    rc = 0;
done:
    Py_DECREF(tagindex);
    Py_DECREF(taglist);
    return rc;
}

/* ------------------------------------------------------------------ lookups from Python */

static const Entry *lookup_str(Engine *self, PyObject *word) {
    Py_ssize_t len = PyUnicode_GET_LENGTH(word);
    if (len == 0 || len > 65535) return NULL;
    Py_UCS4 buf[64];
    Py_UCS4 *s = len <= 64 ? buf : PyMem_Malloc(sizeof(Py_UCS4) * (size_t)len);
    if (!s) return NULL;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    uint64_t h = FNV_OFFSET;
    for (Py_ssize_t i = 0; i < len; i++) {
        s[i] = PyUnicode_READ(kind, data, i);
        h = step(h, s[i]);
    }
    const Entry *en = lookup(self, h, s, len);
    if (s != buf) PyMem_Free(s);
    return en;
}

static int parse_get(PyObject *const *args, Py_ssize_t nargs, PyObject **word, PyObject **dflt) {
    if (nargs < 1 || nargs > 2) {
        PyErr_SetString(PyExc_TypeError, "get(word, default=None)");
        return -1;
    }
    *word = args[0];
    *dflt = nargs == 2 ? args[1] : Py_None;
    return 0;
}

static PyObject *Engine_count(Engine *self, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *word, *dflt;
    if (parse_get(args, nargs, &word, &dflt) < 0) return NULL;
    if (PyUnicode_Check(word)) {
        const Entry *en = lookup_str(self, word);
        if (en) return PyLong_FromLongLong(en->count);
    }
    Py_INCREF(dflt);
    return dflt;
}

static PyObject *Engine_tag(Engine *self, PyObject *const *args, Py_ssize_t nargs) {
    PyObject *word, *dflt;
    if (parse_get(args, nargs, &word, &dflt) < 0) return NULL;
    if (PyUnicode_Check(word)) {
        const Entry *en = lookup_str(self, word);
        if (en && en->tag != NO_TAG && en->tag < PyTuple_GET_SIZE(self->tagnames)) {
            PyObject *t = PyTuple_GET_ITEM(self->tagnames, en->tag);
            Py_INCREF(t);
            return t;
        }
    }
    Py_INCREF(dflt);
    return dflt;
}

static PyObject *Engine_total(Engine *self, PyObject *Py_UNUSED(ignored)) { return PyLong_FromLongLong(self->total); }

/* ------------------------------------------------------------------ a file to map at the next start */

#define FILE_MAGIC "pmfastcut\0\0\0\0\0\0\x02"

typedef struct {
    char magic[16];
    uint64_t cap, nwords, nchars, tagbytes;
    int64_t total;
    double logtotal;
    double start[4];
    double trans[4][4];
} Header;

static int write_all(int fd, const void *buf, size_t n) {
    const char *p = buf;
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static PyObject *Engine_save(Engine *self, PyObject *arg) {
    PyObject *path = NULL;
    if (!PyUnicode_FSConverter(arg, &path)) return NULL;
    PyObject *sep = PyUnicode_FromString("\n");
    PyObject *names = sep ? PyUnicode_Join(sep, self->tagnames) : NULL;
    Py_XDECREF(sep);
    PyObject *blob = names ? PyUnicode_AsUTF8String(names) : NULL;
    Py_XDECREF(names);
    if (!blob) { Py_DECREF(path); return NULL; }
    Header h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, FILE_MAGIC, 16);
    h.cap = self->mask + 1;
    h.nwords = (uint64_t)self->nwords;
    h.nchars = self->nchars;
    h.tagbytes = (uint64_t)PyBytes_GET_SIZE(blob);
    h.total = self->total;
    h.logtotal = self->logtotal;
    memcpy(h.start, self->start, sizeof h.start);
    memcpy(h.trans, self->trans, sizeof h.trans);
    int fd = open(PyBytes_AS_STRING(path), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int bad = fd < 0;
    if (!bad) {
        bad = write_all(fd, &h, sizeof h) || write_all(fd, self->emit, sizeof(double) * 4 * NHAN) ||
              write_all(fd, self->table, sizeof(Entry) * h.cap) ||
              write_all(fd, self->chars, sizeof(Py_UCS4) * self->nchars) ||
              write_all(fd, PyBytes_AS_STRING(blob), (size_t)h.tagbytes);
        bad = close(fd) || bad;
    }
    Py_DECREF(blob);
    if (bad) {
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
        Py_DECREF(path);
        return NULL;
    }
    Py_DECREF(path);
    Py_RETURN_NONE;
}

/* Engine.load(path, force_split): the arrays mapped from a file Engine.save wrote (read-only,
 * shared between processes through the page cache) */
static PyObject *Engine_load(PyObject *cls, PyObject *args) {
    PyObject *pathobj, *force, *path = NULL;
    if (!PyArg_ParseTuple(args, "OO!", &pathobj, &PySet_Type, &force)) return NULL;
    if (!PyUnicode_FSConverter(pathobj, &path)) return NULL;
    int fd = open(PyBytes_AS_STRING(path), O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) < 0) {
        PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
        if (fd >= 0) close(fd);
        Py_DECREF(path);
        return NULL;
    }
    size_t n = (size_t)st.st_size;
    void *map = n >= sizeof(Header) ? mmap(NULL, n, PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    close(fd);
    if (map == MAP_FAILED) {
        PyErr_Format(PyExc_ValueError, "%s: not a fast-engine table", PyBytes_AS_STRING(path));
        Py_DECREF(path);
        return NULL;
    }
    const Header *h = map;
    size_t want = sizeof(Header) + sizeof(double) * 4 * NHAN;
    int ok = memcmp(h->magic, FILE_MAGIC, 16) == 0 && h->cap >= 16 && (h->cap & (h->cap - 1)) == 0 &&
             h->nwords < h->cap && h->nchars < UINT32_MAX;
    if (ok) want += sizeof(Entry) * h->cap + sizeof(Py_UCS4) * h->nchars + h->tagbytes;
    if (!ok || want != n) {
        munmap(map, n);
        PyErr_Format(PyExc_ValueError, "%s: not a fast-engine table of this build", PyBytes_AS_STRING(path));
        Py_DECREF(path);
        return NULL;
    }
    Py_DECREF(path);
    Engine *self = (Engine *)((PyTypeObject *)cls)->tp_alloc((PyTypeObject *)cls, 0);
    if (!self) { munmap(map, n); return NULL; }
    self->map = map;
    self->maplen = n;
    char *p = (char *)map + sizeof(Header);
    self->emit = (double *)p;
    p += sizeof(double) * 4 * NHAN;
    self->table = (Entry *)p;
    p += sizeof(Entry) * h->cap;
    self->chars = (Py_UCS4 *)p;
    p += sizeof(Py_UCS4) * h->nchars;
    self->mask = h->cap - 1;
    self->nwords = (Py_ssize_t)h->nwords;
    self->nchars = h->nchars;
    self->total = h->total;
    self->logtotal = h->logtotal;
    memcpy(self->start, h->start, sizeof h->start);
    memcpy(self->trans, h->trans, sizeof h->trans);
    PyObject *names = PyUnicode_DecodeUTF8(p, (Py_ssize_t)h->tagbytes, "strict");
    PyObject *sep = PyUnicode_FromString("\n");
    PyObject *parts = names && sep ? (h->tagbytes ? PyUnicode_Split(names, sep, -1) : PyList_New(0)) : NULL;
    Py_XDECREF(names);
    Py_XDECREF(sep);
    self->tagnames = parts ? PyList_AsTuple(parts) : NULL;
    Py_XDECREF(parts);
    if (!self->tagnames) { Py_DECREF(self); return NULL; }
    Py_INCREF(force);
    self->force_split = force;
    return (PyObject *)self;
}

static void Engine_dealloc(Engine *self) {
    if (self->map) {
        munmap(self->map, self->maplen);
    } else {
        PyMem_Free(self->table);
        PyMem_Free(self->chars);
        PyMem_Free(self->emit);
    }
    Py_XDECREF(self->force_split);
    Py_XDECREF(self->tagnames);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Engine_size(Engine *self, PyObject *Py_UNUSED(ignored)) {
    return PyLong_FromSsize_t(self->nwords);
}

static PyMethodDef Engine_methods[] = {
    {"cut", (PyCFunction)Engine_cut, METH_O,
     "cut(text) -> list of str: jieba.lcut(text) (accurate mode, HMM on) on this dictionary."},
    {"size", (PyCFunction)Engine_size, METH_NOARGS, "How many dictionary entries (words and prefixes) it holds."},
    {"count", (PyCFunction)(void (*)(void))Engine_count, METH_FASTCALL,
     "count(word, default=None): the dictionary's count of word (0 for a prefix only), as FREQ.get gives it."},
    {"tag", (PyCFunction)(void (*)(void))Engine_tag, METH_FASTCALL,
     "tag(word, default=None): word's tag in the tag table given at construction."},
    {"total", (PyCFunction)Engine_total, METH_NOARGS, "The dictionary's total count."},
    {"save", (PyCFunction)Engine_save, METH_O, "save(path): write the arrays for Engine.load."},
    {"load", (PyCFunction)Engine_load, METH_VARARGS | METH_CLASS,
     "load(path, force_split): an Engine on the arrays of a file save wrote, mapped read-only."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject EngineType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "policymine._fastcut.Engine",
    .tp_basicsize = sizeof(Engine),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Engine(freq, total, start, trans, emit, force_split): jieba's segmentation compiled.",
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Engine_init,
    .tp_dealloc = (destructor)Engine_dealloc,
    .tp_methods = Engine_methods,
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_fastcut", "jieba's accurate mode compiled (see policymine.segment).", -1,
    NULL, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__fastcut(void) {
    if (PyType_Ready(&EngineType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (!m) return NULL;
    Py_INCREF(&EngineType);
    if (PyModule_AddObject(m, "Engine", (PyObject *)&EngineType) < 0) {
        Py_DECREF(&EngineType);
        Py_DECREF(m);
        return NULL;
    }
#ifndef PM_SOURCE_KEY
#define PM_SOURCE_KEY ""
#endif
    /* policymine._build.source_key() of the source this was built from: a stale build is not used */
    if (PyModule_AddStringConstant(m, "SOURCE_KEY", PM_SOURCE_KEY) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
