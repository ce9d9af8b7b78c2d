/**
 * Internals of the GitHub client: the persistent ETag cache and its interceptor, the request ledger that
 * counts rate-limit units per bucket, and the server-sent-events reader. No compatibility promise.
 */
package io.github.peatmoss.github.internal;
