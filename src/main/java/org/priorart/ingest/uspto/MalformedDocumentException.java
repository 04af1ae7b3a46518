package org.priorart.ingest.uspto;

/**
 * A USPTO document that cannot be read: malformed XML, a missing publication number, a date that is
 * not a date. The message says what is wrong and where; the reader reports it and goes on with the
 * next document.
 */
final class MalformedDocumentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String documentNumber;

    MalformedDocumentException(String message) {
        this(message, null);
    }

    /** @param documentNumber the document's publication number when it is known, else null */
    MalformedDocumentException(String message, String documentNumber) {
        super(message);
        this.documentNumber = documentNumber;
    }

    String documentNumber() {
        return documentNumber;
    }
}
