/**
 * {@code priorart bench attack}: a hostile and unlucky client of a running server, reproducing each
 * item of the hardening issue (query cost, slow clients, keys, cross-site writes, embedding reset,
 * cut bodies, paging overflow, entity expansion, descriptions as queries, and the smaller ones) and
 * printing per probe what it cost the server and the other clients.
 *
 * <p>{@link org.priorart.bench.attack.AttackRun} builds a small workspace
 * ({@link org.priorart.bench.attack.Workspace}), starts servers in child JVMs
 * ({@link org.priorart.bench.attack.ServerProcess}: their memory, CPU time and log are what the
 * figures read), runs the probes while a normal client searches ({@link org.priorart.bench.attack.Victim}),
 * and prints one {@link org.priorart.bench.attack.ProbeResult} per probe and the goals.
 */
package org.priorart.bench.attack;
