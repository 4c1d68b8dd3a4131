package org.claimwatch.diff;

import org.claimwatch.claims.Claims;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Editorial notes in several outlets' phrasings (written for these tests) and their link to the change they name. */
class EditorialNotesTest {

    private static final String BODY = "Flood waters rose overnight across the Severn valley.\n\n"
            + "The council said 4,000 homes had been evacuated by Tuesday morning.\n\n"
            + "Minister Jane Holt resigned on Tuesday after criticism of the response.";

    private static List<ClaimChange> diff(String before, String after) {
        return VersionDiff.compare(Claims.analyze(before, null), Claims.analyze(after, null)).changes();
    }

    @Test
    void notePhrasingsAreRecognised() {
        for (String note : List.of(
                "Correction: An earlier version of this article misstated the number of homes evacuated.",
                "CORRECTION: The council's name was misspelled.",
                "Clarification: This story has been amended to make clear the company was not charged.",
                "Editor's note: The name of a witness has been withheld at her request.",
                "Editor’s Note: This story was first published on Tuesday.",
                "An earlier version of this story incorrectly said the minister resigned on Tuesday.",
                "A previous version of this article wrongly reported that the bridge had collapsed.",
                "This article has been updated to include a statement from the police.",
                "This story has been updated with the latest figures.",
                "• This article was amended on 12 March 2024.",
                "An article on Tuesday about the floods misstated the name of the river.",
                "(Corrects paragraph 2 to say 4,000 homes, not 40,000)",
                "Update: This article has been revised to reflect a response from the ministry.",
                "We regret the error.")) {
            assertThat(EditorialNotes.isNote(note)).as(note).isTrue();
        }
        for (String prose : List.of(
                "Shares fell 5% in a sharp correction after the floods.",
                "Updated 10:32 GMT",
                "Last updated: 14:05 BST, 12 March 2024",
                "The minister asked for a clarification of the rules on Monday.",
                "The report was published on Tuesday.")) {
            assertThat(EditorialNotes.isNote(prose)).as(prose).isFalse();
        }
    }

    @Test
    void aNoteThatAppearsIsAChangeOfItsOwnLinkedToTheFigureItNames() {
        List<ClaimChange> c = diff(BODY, BODY.replace("4,000 homes", "400 homes")
                + "\n\nCorrection: An earlier version of this article misstated the number of homes evacuated. "
                + "It was 400, not 4,000.");
        assertThat(c).extracting(ClaimChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.CORRECTION_ADDED, ChangeKind.NUMBER_CHANGED);
        ClaimChange note = c.stream().filter(x -> x.kind() == ChangeKind.CORRECTION_ADDED).findFirst().orElseThrow();
        ClaimChange number = c.stream().filter(x -> x.kind() == ChangeKind.NUMBER_CHANGED).findFirst().orElseThrow();
        assertThat(note.after()).isEqualTo("Correction: An earlier version of this article misstated the number of homes "
                + "evacuated. It was 400, not 4,000.");
        assertThat(note.significance()).isGreaterThanOrEqualTo(VersionDiff.ALERT_THRESHOLD);
        assertThat(note.related()).containsExactly(number.key());
    }

    @Test
    void aNoteNamingADateLinksToTheDateChange() {
        List<ClaimChange> c = diff(BODY, BODY.replace("resigned on Tuesday", "resigned on Monday")
                + "\n\nAn earlier version of this story incorrectly said the minister resigned on Tuesday; she resigned on Monday.");
        ClaimChange note = c.stream().filter(x -> x.kind() == ChangeKind.CORRECTION_ADDED).findFirst().orElseThrow();
        assertThat(note.related()).hasSize(1);
    }

    @Test
    void aNoteUnderADatedHeadingIsOneChange() {
        List<ClaimChange> c = diff(BODY, BODY + "\n\nCorrection: Nov. 14, 2024\n\nAn article on Tuesday about the floods "
                + "misstated the name of the river. It is the Severn, not the Wye.");
        assertThat(c).extracting(ClaimChange::kind).containsExactly(ChangeKind.CORRECTION_ADDED);
        assertThat(c.get(0).after()).contains("Nov. 14, 2024").contains("not the Wye.");
        assertThat(c.get(0).related()).isEmpty();
    }

    @Test
    void aNoteAtTheTopAndAnUnrelatedNoteElsewhere() {
        List<ClaimChange> c = diff(BODY, "Editor's note: The name of one resident has been withheld at her request.\n\n" + BODY);
        assertThat(c).extracting(ClaimChange::kind).containsExactly(ChangeKind.CORRECTION_ADDED);
        assertThat(diff(BODY + "\n\nCorrection: An earlier version misstated the date.",
                BODY + "\n\nCorrection: An earlier version misstated the date.")).isEmpty();
    }

    @Test
    void aNoteThatDisappearsIsRemoved() {
        assertThat(diff(BODY + "\n\nThis story has been updated with the latest figures from the council.", BODY))
                .extracting(ClaimChange::kind).containsExactly(ChangeKind.CORRECTION_REMOVED);
    }

    /** A respelled name is noise on its own, but not when a note of the same version names the corrected spelling. */
    @Test
    void aNameRespelledIsAChangeWhenTheNoteNamesIt() {
        String before = "The report was written by Sarah Okonjo, the council's flood officer.\n\n"
                + "Rescue crews expect to reach the last farms by Thursday evening.";
        String respelled = before.replace("Sarah Okonjo", "Sara Okonjo");
        assertThat(diff(before, respelled)).as("a respelling alone").isEmpty();
        List<ClaimChange> c = diff(before, respelled + "\n\nClarification: An earlier version of this article "
                + "misspelled the name of Sara Okonjo.");
        assertThat(c).extracting(ClaimChange::kind)
                .containsExactlyInAnyOrder(ChangeKind.CORRECTION_ADDED, ChangeKind.CLAIM_REWORDED);
        ClaimChange note = c.stream().filter(x -> x.kind() == ChangeKind.CORRECTION_ADDED).findFirst().orElseThrow();
        ClaimChange name = c.stream().filter(x -> x.kind() == ChangeKind.CLAIM_REWORDED).findFirst().orElseThrow();
        assertThat(name.after()).contains("Sara Okonjo");
        assertThat(note.related()).containsExactly(name.key());
        // a note that names no respelled word leaves the respelling silent
        assertThat(diff(before, respelled + "\n\nThis story has been updated with the latest figures."))
                .extracting(ClaimChange::kind).containsExactly(ChangeKind.CORRECTION_ADDED);
    }
}
