/**
 * Semantic core: the WordPiece tokenizer of the sentence-embedding model, vector arithmetic (mean pooling,
 * cosine) and {@link org.claimwatch.semantic.SentenceVectors}, the embeddings of a set of sentences handed to the
 * diff and story cores. Pure Java, thread-safe, no I/O; the ONNX model itself runs in
 * {@code org.claimwatch.semantic.model} (shared layer).
 */
package org.claimwatch.semantic;
