/**
 * Who may call the API and how often: API keys stored as salted hashes
 * ({@link org.priorart.server.auth.KeyStore}), ordered roles ({@link org.priorart.server.auth.Role}),
 * per-key fixed-window limits ({@link org.priorart.server.auth.RateLimiter}), all checked before each
 * route that names a role ({@link org.priorart.server.auth.Authenticator}). No key is ever logged.
 */
package org.priorart.server.auth;
