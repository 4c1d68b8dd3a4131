package org.claimwatch.diff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fingerprints ignore noise and tell real edits (and reverts) apart. */
class TextFingerprintTest {

    private static final String A = "Updated 10:32 GMT\n5 min read\nQatar has told Hamas to leave Doha.\n"
            + "More than 43,900 Palestinians have been killed.\nPhotograph: Nathan Howard/AFP/Getty";

    @Test
    void ignoresWhitespacePunctuationCaseAndFurniture() {
        String b = "Last updated 14:05 GMT\n6 min read\n\nqatar has told  Hamas to leave Doha!\n"
                + "More than 43900 Palestinians have been killed\nPhotograph: Ahmed Salem/Reuters\nAdvertisement";
        assertThat(TextFingerprint.of(b)).isEqualTo(TextFingerprint.of(A));
    }

    @Test
    void changesWhenANumberChanges() {
        assertThat(TextFingerprint.of(A.replace("43,900", "44,000"))).isNotEqualTo(TextFingerprint.of(A));
    }

    @Test
    void aRevertHasTheFirstVersionsFingerprint() {
        String b = A.replace("told", "asked");
        String c = b.replace("asked", "told").replace("10:32", "16:20");
        assertThat(TextFingerprint.of(b)).isNotEqualTo(TextFingerprint.of(A));
        assertThat(TextFingerprint.of(c)).isEqualTo(TextFingerprint.of(A));
    }

    @Test
    void isThirtyTwoHexDigits() {
        assertThat(TextFingerprint.of("")).matches("[0-9a-f]{32}");
    }
}
