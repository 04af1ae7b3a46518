/**
 * Who may call the API and how often: API keys stored as salted hashes
 * ({@link org.priorart.server.auth.KeyStore}) in a file ({@link org.priorart.server.auth.FileKeyStorage})
 * or, in cluster mode, in the cluster ({@link org.priorart.server.auth.SharedKeyStorage}), ordered roles ({@link org.priorart.server.auth.Role}),
 * per-key fixed-window limits ({@link org.priorart.server.auth.RateLimiter}) and requests in flight
 * per key or address ({@link org.priorart.server.auth.ClientLimits}), all checked before each route
 * that names a role ({@link org.priorart.server.auth.Authenticator}). Before every route, what pages of
 * other sites may not do: cross-origin requests, writes that are not JSON, and, without keys, foreign
 * host names ({@link org.priorart.server.auth.CrossSiteGuard}). No key is ever logged.
 */
package org.priorart.server.auth;
