/**
 * The fault benchmark ({@code priorart bench faults}): a cluster of several nodes loses one to kill -9
 * during a search load and during an ingest; it prints how many searches failed and for how long, and
 * whether the rerun ingest left every input document in the cluster exactly once.
 */
package org.priorart.bench.faults;
