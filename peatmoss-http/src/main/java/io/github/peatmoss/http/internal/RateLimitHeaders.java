package io.github.peatmoss.http.internal;

import com.google.common.base.Splitter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import okhttp3.Headers;

/**
 * Reads rate-limit headers in the three dialects the clients meet: IETF structured fields ({@code RateLimit:
 * "api";r=0;t=55} with {@code RateLimit-Policy: "fixed window";"api";q=500;w=300}, as the Hugging Face Hub
 * sends them), the older IETF draft ({@code RateLimit-Limit/-Remaining/-Reset}) and GitHub's {@code
 * X-RateLimit-*} (reset as epoch seconds, read against the server's {@code Date} because clocks differ). Also
 * reads {@code Retry-After} in both its forms. Stateless and thread-safe.
 */
public final class RateLimitHeaders {
  private static final Splitter PARAMETERS = Splitter.on(';').trimResults().omitEmptyStrings();

  private RateLimitHeaders() {}

  /** Parses the rate-limit headers of a response received at {@code now} (client clock). */
  public static RateLimitInfo parse(Headers headers, Instant now) {
    Optional<String> bucket = Optional.empty();
    OptionalLong remaining = OptionalLong.empty();
    OptionalLong limit = OptionalLong.empty();
    Optional<Instant> resetAt = Optional.empty();
    Optional<Duration> window = Optional.empty();

    String structured = headers.get("RateLimit");
    if (structured != null) {
      for (String member : splitMembers(structured)) {
        Map<String, String> params = new HashMap<>();
        String name = parseMember(member, params);
        if (params.containsKey("r")) {
          bucket = Optional.ofNullable(name);
          remaining = parseLong(params.get("r"));
          OptionalLong t = parseLong(params.get("t"));
          if (t.isPresent()) {
            resetAt = Optional.of(now.plusSeconds(t.getAsLong()));
          }
          break;
        }
      }
    }
    String policy = headers.get("RateLimit-Policy");
    if (policy != null) {
      for (String member : splitMembers(policy)) {
        Map<String, String> params = new HashMap<>();
        parseMember(member, params);
        if (params.containsKey("q") || params.containsKey("w")) {
          limit = parseLong(params.get("q"));
          OptionalLong w = parseLong(params.get("w"));
          if (w.isPresent()) {
            window = Optional.of(Duration.ofSeconds(w.getAsLong()));
          }
          break;
        }
      }
    }
    if (remaining.isEmpty()) {
      remaining = parseLong(headers.get("RateLimit-Remaining"));
      if (limit.isEmpty()) {
        limit = parseLong(headers.get("RateLimit-Limit"));
      }
      OptionalLong reset = parseLong(headers.get("RateLimit-Reset"));
      if (reset.isPresent()) {
        resetAt = Optional.of(now.plusSeconds(reset.getAsLong()));
      }
    }
    if (remaining.isEmpty() && headers.get("X-RateLimit-Remaining") != null) {
      remaining = parseLong(headers.get("X-RateLimit-Remaining"));
      limit = parseLong(headers.get("X-RateLimit-Limit"));
      bucket = Optional.ofNullable(headers.get("X-RateLimit-Resource"));
      OptionalLong resetEpoch = parseLong(headers.get("X-RateLimit-Reset"));
      if (resetEpoch.isPresent()) {
        Instant serverNow = serverDate(headers).orElse(now);
        Duration untilReset =
            Duration.between(serverNow, Instant.ofEpochSecond(resetEpoch.getAsLong()));
        resetAt = Optional.of(now.plus(untilReset.isNegative() ? Duration.ZERO : untilReset));
      }
    }
    if (remaining.isEmpty() && resetAt.isEmpty()) {
      return RateLimitInfo.NONE;
    }
    return new RateLimitInfo(bucket, remaining, limit, resetAt, window);
  }

  /**
   * Returns the wait a {@code Retry-After} header asks for: delta seconds, or an HTTP date read against the
   * server's {@code Date} header (or {@code now} without one).
   */
  public static Optional<Duration> retryAfter(Headers headers, Instant now) {
    String value = headers.get("Retry-After");
    if (value == null) {
      return Optional.empty();
    }
    OptionalLong seconds = parseLong(value); // a blank value is neither a number nor a date
    if (seconds.isPresent()) {
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds.getAsLong())));
    }
    Optional<Instant> date = httpDate(value);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    Instant serverNow = serverDate(headers).orElse(now);
    Duration wait = Duration.between(serverNow, date.get());
    return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
  }

  private static Optional<Instant> serverDate(Headers headers) {
    String date = headers.get("Date");
    return date == null ? Optional.empty() : httpDate(date);
  }

  private static Optional<Instant> httpDate(String value) {
    try {
      return Optional.of(ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static OptionalLong parseLong(String value) {
    if (value == null) {
      return OptionalLong.empty();
    }
    String v = value.trim();
    if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
      v = v.substring(1, v.length() - 1);
    }
    try {
      return OptionalLong.of(Long.parseLong(v));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Splits a structured-field list on commas outside quotes. */
  private static java.util.List<String> splitMembers(String value) {
    java.util.List<String> members = new java.util.ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        members.add(value.substring(start, i));
        start = i + 1;
      }
    }
    members.add(value.substring(start));
    return members;
  }

  /**
   * Parses {@code "name";k=v;k=v} (a list member, possibly with several leading quoted tokens as in {@code
   * "fixed window";"api";q=500}); returns the last bare or quoted token before the parameters.
   */
  private static String parseMember(String member, Map<String, String> params) {
    String name = null;
    for (String p : PARAMETERS.split(member)) {
      int eq = p.indexOf('=');
      if (eq > 0) {
        params.put(
            p.substring(0, eq).trim().toLowerCase(Locale.ROOT),
            p.substring(eq + 1).trim());
      } else {
        name = p.startsWith("\"") && p.endsWith("\"") && p.length() >= 2
            ? p.substring(1, p.length() - 1)
            : p;
      }
    }
    return name;
  }
}
