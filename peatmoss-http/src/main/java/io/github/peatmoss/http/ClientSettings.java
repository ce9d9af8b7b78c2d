package io.github.peatmoss.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.immutables.value.Value;

/**
 * The settings every PeaTMOSS HTTP client builder takes: endpoint, user agent, timeouts, retries, concurrency
 * and, for tests, the clock, sleeper and jitter that retries and rate-limit waits go through. Tokens are not
 * here: each client takes its own service's typed token. Immutable.
 *
 * <pre>{@code
 * ClientSettings settings = ClientSettings.builder().userAgentSuffix("my-study").concurrency(8).build();
 * HfClient hf = HfClient.builder().settings(settings).build();
 * }</pre>
 */
@Value.Immutable
public interface ClientSettings {
  /** Returns the endpoint to use instead of the client's public one, for mirrors and test servers. */
  Optional<URI> endpoint();

  /** Returns text appended to the {@code User-Agent}, to name the study or tool. */
  Optional<String> userAgentSuffix();

  /** Returns the connect timeout; default 10 s. */
  @Value.Default
  default Duration connectTimeout() {
    return Duration.ofSeconds(10);
  }

  /** Returns the read timeout; default 60 s. */
  @Value.Default
  default Duration readTimeout() {
    return Duration.ofSeconds(60);
  }

  /** Returns retries, backoff, the longest rate-limit wait and pacing; default {@link RetryOptions#defaults()}. */
  @Value.Default
  default RetryOptions retryOptions() {
    return RetryOptions.defaults();
  }

  /** Returns how many requests of one bulk call (many models, many pages) run at once; default 4, at most 64. */
  @Value.Default
  default int concurrency() {
    return 4;
  }

  /** Returns the OkHttp client to derive from (never changed; its pools are shared), or empty for a shared one. */
  @Value.Auxiliary
  Optional<OkHttpClient> httpClient();

  /** Returns the clock rate-limit resets are measured on; the system UTC clock unless a test sets one. */
  @Value.Default
  @Value.Auxiliary
  default Clock clock() {
    return Clock.systemUTC();
  }

  /** Returns how retries and rate-limit waits wait; {@link Sleeper#SYSTEM} unless a test sets one. */
  @Value.Default
  @Value.Auxiliary
  default Sleeper sleeper() {
    return Sleeper.SYSTEM;
  }

  /** Returns who is told about each retry and rate-limit wait before it is made; nobody by default. */
  @Value.Default
  @Value.Auxiliary
  default WaitListener waitListener() {
    return WaitListener.NONE;
  }

  /** Returns the source of backoff jitter, numbers in [0, 1); random unless a test sets one. */
  @Value.Default
  @Value.Auxiliary
  default DoubleSupplier jitter() {
    return () -> ThreadLocalRandom.current().nextDouble();
  }

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException if the endpoint is not an absolute http(s) URI, a timeout is negative or
   *     the concurrency is outside 1 to 64
   */
  @Value.Check
  default void check() {
    endpoint().ifPresent(ClientSettings::checkEndpoint);
    if (concurrency() < 1 || concurrency() > 64) {
      throw new IllegalArgumentException("concurrency must be between 1 and 64: " + concurrency());
    }
    if (connectTimeout().isNegative() || readTimeout().isNegative()) {
      throw new IllegalArgumentException("timeouts must not be negative");
    }
  }

  /** Returns the endpoint, or {@code defaultEndpoint} when none is set. */
  default URI endpointOr(URI defaultEndpoint) {
    return endpoint().orElse(defaultEndpoint);
  }

  /** Returns the full {@code User-Agent}: {@code peatmoss-java/<version>} and the suffix, if any. */
  default String userAgent() {
    String version = ClientSettings.class.getPackage().getImplementationVersion();
    String agent = "peatmoss-java/" + (version == null ? "dev" : version);
    return userAgentSuffix()
        .filter(s -> !s.isBlank())
        .map(s -> agent + " " + s.strip())
        .orElse(agent);
  }

  /**
   * Returns {@code endpoint} if it is an absolute http or https URI with a host.
   *
   * @throws IllegalArgumentException otherwise
   */
  static URI checkEndpoint(URI endpoint) {
    String scheme = endpoint.getScheme();
    if (!("http".equals(scheme) || "https".equals(scheme))
        || endpoint.getHost() == null
        || HttpUrl.parse(endpoint.toString()) == null) {
      throw new IllegalArgumentException("endpoint must be an absolute http(s) URI: " + endpoint);
    }
    return endpoint;
  }

  /** Returns the defaults: public endpoint, 10 s connect and 60 s read timeouts, default retries, 4 at once. */
  static ClientSettings defaults() {
    return builder().build();
  }

  /** Returns a new builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised from these settings. */
  default Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds {@link ClientSettings}; not thread-safe. */
  final class Builder extends ImmutableClientSettings.Builder {}
}
