package org.claimwatch.diff;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Words of the scripts that write their vowels as combining marks (Devanagari, Bengali, Tamil, Thai) are one token
 * each, not cut at every vowel sign, so a word swapped in them is a word swapped. Our own wording, written before
 * the fix (from misses of the tune corpus volatile-batch59).
 */
class CombiningMarksTest {

    @Test
    void aHindiWordIsOneToken() {
        assertThat(Tokenizer.of("पुलिस ने गिरफ्तार किया")).extracting(Token::text)
                .containsExactly("पुलिस", "ने", "गिरफ्तार", "किया");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "\"पुलिस ने तीनों संदिग्धों को हिरासत में लिया।\" | \"पुलिस ने तीनों संदिग्धों को रिहा कर दिया।\"",
        "\"আদালত অভিযুক্তকে খালাস দিয়েছে।\" | \"আদালত অভিযুক্তকে যাবজ্জীবন কারাদণ্ড দিয়েছে।\"",
        "\"நீதிமன்றம் இருவரையும் விடுதலை செய்தது.\" | \"நீதிமன்றம் இருவருக்கும் சிறை தண்டனை விதித்தது.\"",
    })
    void aStatusChangedInTheseScriptsAlerts(String before, String after) {
        DiffResult r = LinePairs.between(before, after);
        assertThat(r.significant()).as(before + " -> " + after + ": " + r.changes()).isTrue();
    }
}
