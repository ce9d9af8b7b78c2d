package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * One rate-limit bucket as the client last saw it ({@code X-RateLimit-*}), with the requests this client sent
 * to it. GitHub keeps separate buckets: {@code core} (5,000 an hour with a token), {@code search} (30 a
 * minute), {@code code_search} (10 a minute) and {@code graphql}; a {@code 304 Not Modified} answer costs
 * nothing.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGitHubRateLimit.class)
public interface GitHubRateLimit {
  /** Returns the bucket, as {@code X-RateLimit-Resource} names it. */
  String bucket();

  /** Returns the requests allowed per window, when known. */
  OptionalLong limit();

  /** Returns the requests left in the window, when known. */
  OptionalLong remaining();

  /** Returns when the window resets (server time), when known. */
  Optional<Instant> resetAt();

  /** Returns how many requests this client sent to the bucket (retries and redirects included). */
  long requests();

  /** Returns how many of them were answered {@code 304 Not Modified} from the ETag cache. */
  long notModified();

  /** Returns the rate-limit units this client spent: requests not answered 304. */
  @Value.Derived
  default long unitsSpent() {
    return requests() - notModified();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GitHubRateLimit} values; not thread-safe. */
  final class Builder extends ImmutableGitHubRateLimit.Builder {}
}
