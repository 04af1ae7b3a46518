package org.priorart.query;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.priorart.analysis.AnalysisLanguage;
import org.priorart.patent.ClassificationCode;
import org.priorart.query.QueryNode.Classification;
import org.priorart.query.QueryNode.DateClause;

/**
 * The values of bibliographic field codes, read and checked: CPC and IPC symbols or prefixes
 * ({@code H01M10/05}, {@code H01M*}), language codes ({@code LA=de}) and dates or date ranges
 * ({@code PD<2015-01-01}, {@code PD=2008-03..2011-02-15}). A bad value fails with its position and
 * what was expected.
 */
final class CodeClauses {

    private static final Pattern SUBCLASS = Pattern.compile("[A-HYa-hy]\\d\\d[A-Za-z]");
    private static final Pattern GROUP = Pattern.compile("\\d{1,4}(/\\d*)?");

    private CodeClauses() {
    }

    /** A subclass as printed before the space of "H01M 10/0525". */
    static boolean isSubclass(String text) {
        return SUBCLASS.matcher(text).matches();
    }

    /** A main group or subgroup as printed after the space of "H01M 10/0525". */
    static boolean isGroup(String text) {
        return GROUP.matcher(text).matches();
    }

    /** A CPC or IPC symbol or prefix ({@code *} at its end changes nothing: codes match by prefix). */
    static Classification classification(FieldCode scheme, String raw, int position, String query)
            throws QuerySyntaxException {
        String code = raw.endsWith("*") ? raw.substring(0, raw.length() - 1) : raw;
        String prefix;
        try {
            prefix = ClassificationCode.queryPrefix(code);
        } catch (IllegalArgumentException e) {
            throw new QuerySyntaxException("not a " + scheme.name() + " symbol or prefix: '" + raw + "'", position, query,
                    "expected e.g. H, H01, H01M, H01M10, H01M10/05");
        }
        String display = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        return new Classification(scheme, display, prefix, position);
    }

    /** LA=de: a language with an analysis chain of its own, by its ISO 639-1 code (or an alias such as fil). */
    static Classification language(Token t, String query) throws QuerySyntaxException {
        AnalysisLanguage language = t.type() == Token.Type.WORD ? AnalysisLanguage.known(t.text()) : null;
        if (language == null) {
            throw new QuerySyntaxException("not a language code: '" + t.text() + "'", t.start(), query, "expected one of "
                    + String.join(", ", Arrays.stream(AnalysisLanguage.values()).map(AnalysisLanguage::code).toList()));
        }
        return new Classification(FieldCode.LA, language.code(), language.code(), t.start());
    }

    /** A date comparison or range: the field code's token and the date's. */
    static DateClause date(Token field, Token value, String query) throws QuerySyntaxException {
        String text = value.text();
        int dots = text.indexOf("..");
        PartialDate from;
        PartialDate until = null;
        if (dots >= 0) {
            if (field.comparison() != Comparison.EQ) {
                throw new QuerySyntaxException("a date range takes '=': " + field.field().name() + "=" + text,
                        field.start(), query);
            }
            from = date(text.substring(0, dots), value.start(), query);
            until = date(text.substring(dots + 2), value.start() + dots + 2, query);
            if (until.last().isBefore(from.first())) {
                throw new QuerySyntaxException("empty date range: " + from + " is after " + until, value.start(), query);
            }
        } else {
            from = date(text, value.start(), query);
        }
        return new DateClause(field.field(), field.comparison(), from, until, field.start());
    }

    private static PartialDate date(String text, int position, String query) throws QuerySyntaxException {
        PartialDate d = PartialDate.parse(text);
        if (d == null) {
            throw new QuerySyntaxException("bad date '" + text + "'", position, query,
                    "expected YYYY-MM-DD, YYYYMMDD, YYYY-MM or YYYY");
        }
        return d;
    }
}
