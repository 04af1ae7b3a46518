package org.priorart.ingest.epo;

/** A record that cannot be read: broken XML, or no publication number of its own. */
final class MalformedRecordException extends Exception {

    private final String documentNumber;

    MalformedRecordException(String message) {
        this(message, null);
    }

    /** @param documentNumber the record's number when it was readable, for the message */
    MalformedRecordException(String message, String documentNumber) {
        super(message);
        this.documentNumber = documentNumber;
    }

    String documentNumber() {
        return documentNumber;
    }
}
