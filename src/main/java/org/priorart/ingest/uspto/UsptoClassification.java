package org.priorart.ingest.uspto;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.priorart.patent.ClassificationCode;

/**
 * Reads the IPC symbols of the older USPTO formats into the form {@link ClassificationCode}
 * normalizes.
 *
 * <p>The Green Book ({@code ICL}) and the SGML grants ({@code B511}/{@code B512}) write an IPC
 * symbol in fixed columns without a slash: four characters of subclass, the main group right-aligned
 * in three, then the subgroup: {@code "B60R  900"} is B60R 9/00, {@code "G01G 1904"} is G01G 19/04,
 * {@code "H01L 21336"} is H01L 21/336. Symbols that already have a slash ({@code "G06F015/00"} in
 * v4.0 and v1.5) are left to {@link ClassificationCode#normalize}.
 */
final class UsptoClassification {

    private static final Pattern FIXED_COLUMNS = Pattern.compile("^([A-HY]\\d{2}[A-Z])([ \\d]{3})(\\d{2,6})\\b");

    private UsptoClassification() {
    }

    /** The IPC symbol in normalized form, or null when the text is not one. */
    static String ipc(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = raw.strip();
        if (s.indexOf('/') < 0) {
            Matcher m = FIXED_COLUMNS.matcher(s);
            if (m.find() && !m.group(2).isBlank()) {
                s = m.group(1) + m.group(2).strip() + "/" + m.group(3);
            }
        }
        return ClassificationCode.normalize(s);
    }

    /** A symbol given in parts (v4.x {@code classification-ipcr} and {@code classification-cpc}). */
    static String fromParts(String section, String cls, String subclass, String mainGroup, String subgroup) {
        if (section == null || cls == null || subclass == null || mainGroup == null || subgroup == null) {
            return null;
        }
        return ClassificationCode.normalize(section.strip() + cls.strip() + subclass.strip() + mainGroup.strip()
                + "/" + subgroup.strip());
    }
}
