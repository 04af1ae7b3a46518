package org.priorart.config;

/**
 * How much of one document is embedded, in one place. On CPU a passage costs about 70 ms to embed,
 * so a document with 10,000 independent claims (sent on purpose or by a broken converter) queued
 * 10,000 passages, some twelve minutes of the embedding stage, before any other document. Real
 * patents have a title with abstract and a handful of independent claims (a few dozen at most, and
 * about a hundred with every dependent claim), so the limit costs them nothing.
 */
public final class PassageLimits {

    /**
     * The most passages of one document that are embedded: the first ones (title with abstract,
     * then the claims in order); the rest of the document stays searchable by keyword.
     */
    public static final int MAX_PER_DOCUMENT = 100;

    private PassageLimits() {
    }
}
