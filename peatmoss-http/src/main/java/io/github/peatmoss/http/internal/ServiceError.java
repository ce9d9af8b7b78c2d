package io.github.peatmoss.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * An error answer, reduced to what exception messages may show: method, path without query, status, the
 * service's own message and request id, and the wait it asked for. Never holds request headers, so tokens
 * cannot leak into messages.
 *
 * @param method the request method
 * @param path the request path, without query string
 * @param statusCode the HTTP status
 * @param statusText the reason phrase, or a standard one when the server sent none
 * @param requestId the service's request id
 * @param serviceMessage the service's own error text (header or JSON body)
 * @param headers the response headers (for service-specific codes such as {@code X-Error-Code})
 * @param retryAfter the wait the service asked for
 * @param resetAt when the rate limit resets, if known
 */
public record ServiceError(
    String method,
    String path,
    int statusCode,
    String statusText,
    Optional<String> requestId,
    Optional<String> serviceMessage,
    Headers headers,
    Optional<Duration> retryAfter,
    Optional<Instant> resetAt) {

  /** Returns {@code GET /path -> 404 Not Found: message (request id X)}, without a trailing period. */
  public String describe() {
    StringBuilder sb = new StringBuilder()
        .append(method)
        .append(' ')
        .append(path)
        .append(" -> ")
        .append(statusCode);
    if (!statusText.isEmpty()) {
      sb.append(' ').append(statusText);
    }
    serviceMessage.ifPresent(m -> sb.append(": ").append(m));
    requestId.ifPresent(id -> sb.append(" (request id ").append(id).append(')'));
    return sb.toString();
  }

  /** Returns {@link #describe()} followed by {@code ". " + advice}. */
  public String describe(String advice) {
    return describe() + ". " + advice;
  }

  /** Returns the first value of a response header. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }
}
