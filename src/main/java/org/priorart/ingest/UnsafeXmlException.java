package org.priorart.ingest;

import org.xml.sax.SAXException;

/**
 * A document refused before parsing because parsing it could harm the reader (an entity-expansion
 * attack, see {@link HardenedXml}); its message says what was found and why it is refused.
 */
public final class UnsafeXmlException extends SAXException {

    public UnsafeXmlException(String message) {
        super(message);
    }
}
