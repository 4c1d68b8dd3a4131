package org.claimwatch.clean;

/** One block of main text; {@code heading} marks a sub-heading inside the article. */
public record Paragraph(String text, boolean heading) {
}
