/**
 * Readers for the USPTO's full-text formats of every era since 1976.
 *
 * <p>{@link org.priorart.ingest.uspto.UsptoXmlReader} reads the XML/SGML of 2001 onwards: it cuts a
 * (bulk) stream into documents line by line ({@code XmlDocumentSplitter}), parses each with a
 * hardened DOM parser ({@link org.priorart.ingest.HardenedXml}: it never loads a DTD or an external
 * entity, and refuses entity bombs) ({@code XmlChunkParser}, which
 * declares the ISO 8879 character entities the documents use: {@code EntityDeclarations},
 * {@code CharacterEntities}), and maps it by its root element: {@code IceXmlMapper} for v4.x grants
 * and applications, {@code PapXmlMapper} for the v1.5 applications, {@code SgmlGrantMapper} for the
 * v2.x ({@code PATDOC}) grants. Text, description and claims handling is shared ({@code XmlText},
 * {@code DescriptionWalker}, {@code ClaimsBuilder}).
 *
 * <p>{@link org.priorart.ingest.uspto.GreenBookReader} reads the 1976-2001 APS "Green Book"
 * fixed-field text ({@code GreenBookRecord} splits a patent into records and fields,
 * {@code GreenBookMapper} maps them).
 *
 * <p>Both stream, hold one document at a time, and report a broken document with the line where it
 * starts and the reason, then go on with the next.
 */
package org.priorart.ingest.uspto;
