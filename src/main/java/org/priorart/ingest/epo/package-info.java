/**
 * Readers for the European Patent Office's XML: the EP publication server's full text
 * ({@code ep-patent-document}, every DTD from 1.0 to 1.5.1: A1, A2, B1, B2...) and DOCDB
 * bibliographic records ({@code exch:exchange-document}: family ids, classifications, titles and
 * abstracts per language, cited references with search-report categories).
 *
 * <p>{@link org.priorart.ingest.epo.EpoXmlReader} cuts a stream into records
 * ({@code XmlRecordSplitter}), parses each one with a hardened StAX parser that processes no DTD and
 * resolves named entities from a fixed table ({@code XmlRecordParser}, which also escapes the stray
 * {@code &} and {@code <} real files hold), and maps it ({@code EpDocumentMapper},
 * {@code DocdbMapper}) over a small element tree ({@code XmlElement}). A WIPO PCT full text
 * ({@code wo-patent-document}, ST.36) is not read: no real sample of it could be found to build and
 * test a reader on.
 */
package org.priorart.ingest.epo;
