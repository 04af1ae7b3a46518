package org.priorart.query;

/**
 * How two terms written side by side without an operator combine. AND is the default: examiners
 * narrow by adding words, and an OR default matches most of the corpus.
 */
public enum DefaultOperator {
    AND,
    OR
}
