package org.priorart.state;

/**
 * The version a stored document was read at: what a conditional write names. In a cluster, the
 * document's sequence number and primary term (OpenSearch's {@code _seq_no} and {@code _primary_term});
 * a store in one process may count its writes (term 0).
 */
public record Version(long sequence, long term) {

    /** A short form for logs and change checks. */
    @Override
    public String toString() {
        return sequence + ":" + term;
    }
}
