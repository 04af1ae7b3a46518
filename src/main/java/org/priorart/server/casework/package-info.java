/**
 * The case under examination and what follows from it: the application ({@link
 * org.priorart.server.casework.CaseFile}, declared once per session: its number, priority and filing
 * dates, claims and classes), the date rule every search of the case applies ({@link
 * org.priorart.server.casework.DateRule}: the cutoff, the application and its family left out, and for
 * each hit why its dates make it prior art, E or P art, or not, or that a date is missing), the
 * search-report categories of WIPO ST.14 ({@link org.priorart.server.casework.Categories}), numbered
 * result sets and saved queries ({@link org.priorart.server.casework.CaseSearch}: {@code L1 AND L2 NOT
 * L3}, resolved in the query language by {@link org.priorart.query.SetReferences}), and the search
 * report ({@link org.priorart.server.casework.SearchReport}: printable HTML and CSV). An examiner
 * navigates from a document: a search among its citations ({@link
 * org.priorart.server.casework.CitationSet}: the cited or citing documents of the collection, as an
 * inclusion filter) and a CPC code's place in the hierarchy ({@link
 * org.priorart.server.casework.ClassHierarchy}: each level searchable, titles where the data has them).
 *
 * <p>All of it is kept in the session ({@link org.priorart.server.session.SearchSession}), stored
 * through {@link org.priorart.server.session.SessionStorage}.
 */
package org.priorart.server.casework;
