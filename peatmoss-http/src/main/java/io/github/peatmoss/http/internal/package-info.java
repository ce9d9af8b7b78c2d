/**
 * HTTP plumbing shared by the PeaTMOSS clients: the OkHttp client factory, the retry, backoff and rate-limit
 * interceptor, rate-limit and {@code Link} header parsing, error mapping into the core exception tree, the
 * JSON mapper and the transport the clients send their requests through. Internal: no compatibility promise.
 */
package io.github.peatmoss.http.internal;
