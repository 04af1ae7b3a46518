package org.priorart.ingest.epo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPC symbols as the EP documents before IPC 8 print them ({@code B511}, {@code B512}):
 * {@code " 7C 07C  29/44   A"}, an edition number, then the symbol with spaces inside and a marker
 * after it. The IPC 8 and CPC texts ({@code "B65D  51/18  20060101AFI..."}) start with the symbol and
 * need no help.
 */
final class EpoClassification {

    private static final Pattern EDITION_SYMBOL = Pattern.compile(
            "^\\s*\\d{0,2}\\s*([A-HY])\\s*(\\d{2})\\s*([A-Z])\\s*(\\d{1,4})\\s*/\\s*(\\d{1,6})");

    private EpoClassification() {
    }

    /** The symbol written compactly ({@code C07C29/44}) for the normalizer, or the text as it is. */
    static String symbol(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = EDITION_SYMBOL.matcher(text);
        return m.find() ? m.group(1) + m.group(2) + m.group(3) + m.group(4) + "/" + m.group(5) : text;
    }
}
