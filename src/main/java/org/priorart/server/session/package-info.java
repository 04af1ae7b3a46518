/**
 * Search sessions: the examiner's workflow kept on the server, so it survives a closed tab, another
 * machine and a restart. A session holds the citations tagged X / Y / A with a note and the search
 * history (each search as it was run, with its hit count and time): what a search report is made of
 * ({@link org.priorart.server.session.SessionCsv} exports both).
 *
 * <p>Sessions belong to the key that made them (local use without keys: all to "anonymous"), and
 * are stored one JSON file per session in the index directory ({@link org.priorart.server.session.SessionStore}),
 * written atomically, so a crash never leaves half a session.
 */
package org.priorart.server.session;
