package org.priorart.ingest.uspto;

import org.priorart.patent.PatentDocument;
import org.w3c.dom.Element;

/** Maps the DOM of one USPTO document of one DTD family to a {@link PatentDocument}. */
interface UsptoDocumentMapper {

    /**
     * @param root the document element
     * @throws MalformedDocumentException when a required part (the publication number, a date of
     *                                    the document itself) is missing or unreadable
     */
    PatentDocument map(Element root) throws MalformedDocumentException;
}
