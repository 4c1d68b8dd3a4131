INSERT INTO sentence_embeddings (model, hash, vector) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING
