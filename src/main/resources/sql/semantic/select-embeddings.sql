SELECT hash, vector FROM sentence_embeddings WHERE model = $1 AND hash = ANY($2)
