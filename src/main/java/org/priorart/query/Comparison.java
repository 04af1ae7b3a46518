package org.priorart.query;

/** How a date field compares with the written date: {@code PD<2015-01-01}; {@code :} reads as {@code =}. */
public enum Comparison {
    LT("<"),
    LE("<="),
    GT(">"),
    GE(">="),
    EQ("=");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** The comparison written as {@code symbol} ({@code :} is {@code =}), or null. */
    static Comparison of(String symbol) {
        for (Comparison c : values()) {
            if (c.symbol.equals(symbol)) {
                return c;
            }
        }
        return ":".equals(symbol) ? EQ : null;
    }
}
