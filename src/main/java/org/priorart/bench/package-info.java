/**
 * Benchmarks: commands that print figures, each measured as a ratio against a baseline run in the
 * same process, so that the noise of a shared machine cancels out.
 */
package org.priorart.bench;
