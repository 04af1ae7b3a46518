/**
 * The patent document model: what PriorArt knows about one patent publication, independent of the
 * format it came in and of how it is indexed.
 *
 * <p>{@link org.priorart.patent.PatentDocument} is an immutable record; every field but the
 * publication number may be missing, because real data is uneven (the 10k abstracts have no titles,
 * the Pap2Pat applications no classification). {@link org.priorart.patent.PublicationNumber} is the
 * one place where publication numbers are normalized, so that readers, the index, the search
 * service and the evaluator all agree on a document's identity.
 */
package org.priorart.patent;
