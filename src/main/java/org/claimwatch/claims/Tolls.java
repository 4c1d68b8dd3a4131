package org.claimwatch.claims;

import java.util.regex.Pattern;

/**
 * Stems of the tolls and counts that news sets out as fields ("Dead: 14 · Injured: 60", "Homes without power:
 * 48,000", "20% contained"), in seven languages and two scripts: a line that names one is news, whatever its shape
 * (the diff's tickers and the learned widget line both defer to it). Pure, thread-safe.
 */
public final class Tolls {

    private static final Pattern TOLLS = Pattern.compile("(?iu)\\b(?:dead\\b|death"
            + "|died|dies\\b|kill|injur|wound|hurt|missing|evacua|displac|arrest|detain|charged|casualt|victim|hostage"
            + "|fatalit|toll\\b|bodies|survivor|rescued|trapped|without power|outage|contained|hectare|acre|magnitude"
            + "|cases\\b|infect|hospitali|votes|seats|ballots|refugee|migrant|homeless|destroyed|damaged|muert|fallec"
            + "|herid|desaparec|evacuad|desalojad|detenid|víctima|rehén|rehenes|contagi|escaño|votos|mort(?!gage)|ferid"
            + "|desabrigad|detid|vítima|décès|bless|disparu|évacu|sinistr|interpell|victime|otage|sièges|voix\\b|tote"
            + "|verletzt|vermisst|evakuiert|festgenommen|opfer|geisel|sitze\\b|stimmen|ferit|dispers|sfollat|arrestat"
            + "|vittim|ostagg|seggi|voti\\b|doden|dode\\b|gewond|vermist|geëvacueerd|gearresteerd|slachtoffer|gijzel"
            + "|zetels)|死|伤|傷|けが|失踪|行方不明|遇难|避難|撤离|地震|震度");

    private Tolls() {
    }

    /** Whether {@code text} names a toll or a count that news sets out as a field. */
    public static boolean named(String text) {
        return TOLLS.matcher(text).find();
    }
}
