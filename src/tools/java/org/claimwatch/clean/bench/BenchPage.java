package org.claimwatch.clean.bench;

/** A benchmark page: its ground truth and raw (decompressed) HTML bytes. */
public record BenchPage(GroundTruth truth, byte[] html) {
}
