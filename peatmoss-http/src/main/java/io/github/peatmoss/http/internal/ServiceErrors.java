package io.github.peatmoss.http.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.BadRequestException;
import io.github.peatmoss.core.exception.PeatmossServiceException;
import io.github.peatmoss.core.exception.RateLimitException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import okhttp3.Response;

/** Builds {@link ServiceError}s from responses and maps them to the core exception tree by status. */
public final class ServiceErrors {
  private static final int MAX_MESSAGE = 300;

  private ServiceErrors() {}

  /** The default mapping: 400/422, 401, rate-limit 403 and 429, other 403, 404/410, anything else. */
  public static final ServiceErrorMapper DEFAULT = ServiceErrors::byStatus;

  /** Maps by status alone. */
  public static PeatmossServiceException byStatus(ServiceError e) {
    String requestId = e.requestId().orElse(null);
    String serviceMessage = e.serviceMessage().orElse(null);
    int status = e.statusCode();
    if (status == 429 || (status == 403 && e.retryAfter().isPresent())) {
      return rateLimited(e);
    }
    return switch (status) {
      case 400, 422 ->
        new BadRequestException(
            e.describe("Check the request parameters"), status, requestId, serviceMessage);
      case 401 ->
        new AuthenticationException(
            e.describe("Check that the token is set and valid"), status, requestId, serviceMessage);
      case 403 ->
        new AuthenticationException(
            e.describe("The token lacks permission for this resource"),
            status,
            requestId,
            serviceMessage);
      case 404, 410 ->
        new ResourceNotFoundException(
            e.describe("Check the name; private resources need a token"),
            status,
            requestId,
            serviceMessage);
      default ->
        new PeatmossServiceException(
            e.describe(status >= 500 ? "The service failed; try again later" : "Unexpected answer"),
            status,
            requestId,
            serviceMessage);
    };
  }

  /** Returns a {@link RateLimitException} carrying the wait and reset time of {@code e}. */
  public static RateLimitException rateLimited(ServiceError e) {
    String advice = e.resetAt()
        .map(r -> "Rate limited until " + r
            + "; resume after it, use a token with a higher limit, or raise"
            + " RetryOptions.maxWait")
        .orElse(
            "Rate limited; slow down, use a token with a higher limit, or raise RetryOptions.maxWait");
    return new RateLimitException(
        e.describe(advice),
        e.statusCode(),
        e.requestId().orElse(null),
        e.serviceMessage().orElse(null),
        e.retryAfter().orElse(null),
        e.resetAt().orElse(null));
  }

  /**
   * Reads an error response into a {@link ServiceError}. The service message comes from {@code
   * X-Error-Message}, else a JSON body ({@code error}, {@code message}, {@code errors[].message}), else the
   * start of a text body.
   */
  public static ServiceError read(Response response, List<String> requestIdHeaders, Instant now) {
    String requestId = null;
    for (String name : requestIdHeaders) {
      requestId = response.header(name);
      if (requestId != null) {
        break;
      }
    }
    String message = response.header("X-Error-Message");
    if (message == null) {
      message = bodyMessage(response);
    }
    RateLimitInfo info = RateLimitHeaders.parse(response.headers(), now);
    Optional<Duration> wait = RetryInterceptor.requiredWait(response, info, now);
    Optional<Instant> resetAt = wait.map(now::plus);
    String standard = standardReason(response.code());
    String statusText = standard.isEmpty() ? response.message() : standard;
    return new ServiceError(
        response.request().method(),
        response.request().url().encodedPath(),
        response.code(),
        statusText,
        Optional.ofNullable(requestId),
        Optional.ofNullable(message).map(ServiceErrors::truncate),
        response.headers(),
        wait,
        resetAt);
  }

  private static String bodyMessage(Response response) {
    String body;
    try {
      body = response.peekBody(64 * 1024).string().strip();
    } catch (IOException e) {
      return null;
    }
    if (body.isEmpty()) {
      return null;
    }
    if (body.startsWith("{")) {
      try {
        JsonNode node = Json.mapper().readTree(body);
        for (String field : new String[] {"error", "message", "error_description"}) {
          JsonNode value = node.get(field);
          if (value != null && value.isTextual()) {
            return value.asText();
          }
          if (value != null && value.isArray() && value.size() > 0) {
            return value.get(0).isTextual()
                ? value.get(0).asText()
                : value.get(0).toString();
          }
        }
        JsonNode errors = node.get("errors");
        if (errors != null
            && errors.isArray()
            && errors.size() > 0
            && errors.get(0).has("message")) {
          return errors.get(0).get("message").asText();
        }
      } catch (IOException e) {
        // Not JSON after all: fall through to the text.
      }
    }
    if (body.startsWith("<")) {
      return null; // an HTML error page says nothing useful in one line
    }
    return body;
  }

  private static String truncate(String message) {
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_MESSAGE ? oneLine : oneLine.substring(0, MAX_MESSAGE) + "...";
  }

  static String standardReason(int code) {
    return switch (code) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 408 -> "Request Timeout";
      case 410 -> "Gone";
      case 422 -> "Unprocessable Entity";
      case 429 -> "Too Many Requests";
      case 500 -> "Internal Server Error";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      default -> "";
    };
  }
}
