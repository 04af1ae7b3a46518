/**
 * The API's endpoints and their plumbing. Every search goes through the one
 * {@link org.priorart.search.SearchService}, so the API, the command line and the page rank alike.
 *
 * <ul>
 *   <li>Handlers are small: they read parameters ({@link org.priorart.server.api.SearchParams}: the
 *       same names from a query string and a JSON body), call the service and write a response
 *       record; the OpenAPI document ({@code openapi.yaml} beside these classes) describes each.</li>
 *   <li>Errors are exceptions, mapped once ({@link org.priorart.server.api.ErrorMapper}) to one shape,
 *       {@code {error, message, details}}; Jetty's own refusals take the same shape
 *       ({@link org.priorart.server.api.JettyErrors}). Never a stack trace to a client.</li>
 *   <li>Work runs off the HTTP threads under a deadline and a bound on concurrent requests
 *       ({@link org.priorart.server.api.Deadlines}); bodies are read and answers written on virtual
 *       threads, so slow clients hold no worker, and the memory of large answers in flight is bounded
 *       ({@link org.priorart.server.api.ResponseBudget}). Whatever a request holds is given back when
 *       its exchange is over ({@link org.priorart.server.api.Completion}).</li>
 * </ul>
 */
package org.priorart.server.api;
