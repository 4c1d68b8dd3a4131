package org.claimwatch.diff;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hedge taken out ("allegedly", "possibly", "according to preliminary data", the conditional of hearsay) makes a
 * claim firm in every language; one neutral verb of speech for another ("said" and "told") changes nothing. Written
 * before the words (session 21), our own wording, in languages the lists did not have; the classes are the
 * hedge-removed and reporting-verb pairs of the fresh TUNE edits batches 79 and 80. First run: 9 of 10 hedges
 * removed were missed (Turkish was found), 6 of 7 verb swaps alerted (Catalan was silent), 1 of 3 controls missed
 * (the Estonian hedge added).
 */
class HedgesAndSpeechInMoreLanguagesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ugunsgrēku, iespējams, izraisīja bojāta elektroinstalācija. | Ugunsgrēku izraisīja bojāta elektroinstalācija.",
        "Įtariama, kad sprogimą sukėlė dujų nuotėkis. | Sprogimą sukėlė dujų nuotėkis.",
        "Mees väidetavalt süütas auto kesklinnas. | Mees süütas auto kesklinnas.",
        "Tulipalon sytytti mahdollisesti viallinen sähköjohto. | Tulipalon sytytti viallinen sähköjohto.",
        "По предварительным данным, пожар возник из-за неисправной проводки. | Пожар возник из-за неисправной проводки.",
        "L'incendi hauria començat a la cuina del restaurant. | L'incendi va començar a la cuina del restaurant.",
        "El detenido sería el autor del robo en la joyería, según la policía. | El detenido es el autor del robo en la joyería, según la policía.",
        "החשוד לכאורה הצית את הרכב בחניון. | החשוד הצית את הרכב בחניון.",
        "Moto huo inadaiwa ulisababishwa na hitilafu ya umeme. | Moto huo ulisababishwa na hitilafu ya umeme.",
        "Yangın muhtemelen elektrik kontağından çıktı. | Yangın elektrik kontağından çıktı.",
    })
    void aHedgeTakenOutAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "„Tööd jätkuvad kevadel,“ ütles vallavanem. | „Tööd jätkuvad kevadel,“ sõnas vallavanem.",
        "„Tilts tiks atvērts maijā,“ sacīja mērs. | „Tilts tiks atvērts maijā,“ teica mērs.",
        "Ο δήμαρχος δήλωσε ότι η γέφυρα θα ανοίξει τον Μάιο. | Ο δήμαρχος ανέφερε ότι η γέφυρα θα ανοίξει τον Μάιο.",
        "Мэр заявил, что мост откроют в мае. | Мэр сообщил, что мост откроют в мае.",
        "L'alcalde ha dit que el pont s'obrirà al maig. | L'alcalde ha explicat que el pont s'obrirà al maig.",
        "Burmistrz powiedział, że most zostanie otwarty w maju. | Burmistrz poinformował, że most zostanie otwarty w maju.",
        "Meya alisema daraja litafunguliwa mwezi Mei. | Meya alieleza daraja litafunguliwa mwezi Mei.",
    })
    void oneNeutralVerbOfSpeechForAnotherIsSilent(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Мэр заявил, что мост откроют в мае. | Мэр опроверг, что мост откроют в мае.",
        "Burmistrz powiedział, że most zostanie otwarty w maju. | Burmistrz zaprzeczył, że most zostanie otwarty w maju.",
        "Mees süütas auto kesklinnas. | Mees väidetavalt süütas auto kesklinnas.",
    })
    void aDenialOrAHedgeAddedAlerts(String before, String after) {
        assertThat(LinePairs.between(before, after).significant()).as(before).isTrue();
    }
}
