/**
 * Search sessions: the examiner's workflow kept on the server, so it survives a closed tab, another
 * machine and a restart. A session holds the citations tagged X / Y / A with a note and the search
 * history (each search as it was run, with its hit count and time): what a search report is made of
 * ({@link org.priorart.server.session.SessionCsv} exports both).
 *
 * <p>A session may also hold the case under examination, its saved queries and its claim chart
 * (see {@link org.priorart.server.casework}); its history is then the case's numbered sets.
 *
 * <p>Sessions belong to the key that made them (local use without keys: all to "anonymous"). The
 * rules live in {@link org.priorart.server.session.SessionStore}; where sessions are kept is behind
 * {@link org.priorart.server.session.SessionStorage}: on one machine one JSON file per session in the
 * index directory ({@link org.priorart.server.session.FileSessionStorage}), written atomically, so a
 * crash never leaves half a session; in cluster mode one document per session in the cluster
 * ({@link org.priorart.server.session.SharedSessionStorage}), shared by every server on it. Every
 * change is written on condition of the version it read and made again on a conflict, so servers
 * and tabs changing one session at once lose nothing.
 */
package org.priorart.server.session;
