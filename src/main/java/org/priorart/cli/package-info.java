/**
 * The command line: {@code ./priorart index | search | show | serve | bench}, with picocli. Each
 * command is a thin shell over the index and the {@link org.priorart.search.SearchService}; errors
 * the user can act on are printed as one line, never as a stack trace.
 */
package org.priorart.cli;
