-- V16 (semantic layer): sentence embeddings cached by content, so each distinct sentence is embedded once and a
-- re-fetched version embeds only its new sentences. hash = SHA-256 of the sentence text (UTF-8); model names the
-- encoder, so a new model never reads another model's vectors; vector = float32 values, little-endian.

CREATE TABLE sentence_embeddings (
    model      text        NOT NULL,
    hash       bytea       NOT NULL,
    vector     bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (model, hash)
);
