package org.claimwatch.calendar;

import com.ibm.icu.util.ULocale;

import java.util.Set;
import java.util.TreeSet;

/** The languages ICU4J carries CLDR data for (one locale per language, as "uk", "zh"), in a fixed order. Pure. */
public final class IcuLanguages {

    private IcuLanguages() {
    }

    public static Set<ULocale> all() {
        Set<String> codes = new TreeSet<>();
        for (ULocale l : ULocale.getAvailableLocales()) {
            codes.add(l.getLanguage());
        }
        Set<ULocale> out = new java.util.LinkedHashSet<>();
        for (String c : codes) {
            out.add(new ULocale(c));
        }
        return out;
    }
}
