package io.github.peatmoss.http;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The base of every PeaTMOSS HTTP client builder ({@code HfClient.Builder}, {@code PytorchHubClient.Builder},
 * {@code GitHubClient.Builder}): it holds one {@link ClientSettings} and the service's typed token, and gives
 * every client the same setters. Each convenience setter replaces one field of the settings and keeps the
 * others; {@link #settings(ClientSettings)} replaces them all. An endpoint set with {@link #endpoint(URI)} wins
 * over the endpoint of the settings, whichever is set first. A client's own builder adds only what is
 * particular to its service (further endpoints, a cache, a repository).
 *
 * <pre>{@code
 * HfClient hf = HfClient.builder()
 *     .settings(shared)
 *     .withSettings(s -> s.waitListener(listener))
 *     .token(HfToken.of(text))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; the clients built are.
 *
 * @param <B> the client's builder, which every setter returns so that calls chain
 * @param <T> the service's token
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, T>, T extends AccessToken> {
  private final URI defaultEndpoint;
  private ClientSettings settings = ClientSettings.defaults();
  private Optional<URI> endpoint = Optional.empty();
  private Optional<T> token = Optional.empty();

  /**
   * Starts a builder with default settings and no token, for a client whose public endpoint is {@code
   * defaultEndpoint}.
   *
   * @throws IllegalArgumentException if {@code defaultEndpoint} is not an absolute http(s) URI
   */
  protected ClientBuilder(URI defaultEndpoint) {
    this.defaultEndpoint = checkEndpoint(defaultEndpoint, "defaultEndpoint");
  }

  /** Starts a builder holding the settings and token of {@code from}, for a client's {@code toBuilder()}. */
  protected ClientBuilder(ClientBuilder<B, T> from) {
    this.defaultEndpoint = from.defaultEndpoint;
    this.settings = from.settings;
    this.endpoint = from.endpoint;
    this.token = from.token;
  }

  /**
   * Sets all the shared settings at once (user agent, timeouts, retries, concurrency, waits, and the endpoint
   * unless {@link #endpoint(URI)} sets one).
   */
  public B settings(ClientSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings == null");
    return self();
  }

  /**
   * Changes some of the shared settings and keeps the others, for example {@code withSettings(s ->
   * s.waitListener(listener))}.
   *
   * @throws IllegalArgumentException if the changed settings fail {@link ClientSettings#check()}
   */
  public B withSettings(Consumer<? super ClientSettings.Builder> change) {
    Objects.requireNonNull(change, "change == null");
    ClientSettings.Builder builder = settings.toBuilder();
    change.accept(builder);
    return settings(builder.build());
  }

  /**
   * Sets the endpoint, for mirrors, enterprise servers and test servers, in place of the endpoint of the
   * settings; default the service's public one.
   *
   * @throws IllegalArgumentException if it is not an absolute http(s) URI
   */
  public B endpoint(URI endpoint) {
    this.endpoint = Optional.of(checkEndpoint(endpoint, "endpoint"));
    return self();
  }

  /** Sets the token, sent to the client's own endpoints only; without one the client is anonymous. */
  public B token(T token) {
    this.token = Optional.of(Objects.requireNonNull(token, "token == null"));
    return self();
  }

  /** Removes the token: anonymous access. */
  public B anonymous() {
    this.token = Optional.empty();
    return self();
  }

  /** Sets the OkHttp client to derive from; it is never changed, and its pools are shared. */
  public B httpClient(OkHttpClient httpClient) {
    Objects.requireNonNull(httpClient, "httpClient == null");
    return withSettings(s -> s.httpClient(httpClient));
  }

  /** Sets retries, backoff, the longest rate-limit wait and pacing. */
  public B retryOptions(RetryOptions retryOptions) {
    Objects.requireNonNull(retryOptions, "retryOptions == null");
    return withSettings(s -> s.retryOptions(retryOptions));
  }

  /** Sets text appended to the {@code User-Agent}, to name the study or tool. */
  public B userAgentSuffix(String userAgentSuffix) {
    Objects.requireNonNull(userAgentSuffix, "userAgentSuffix == null");
    return withSettings(s -> s.userAgentSuffix(userAgentSuffix));
  }

  /**
   * Sets how many requests of one bulk call run at once; default 4.
   *
   * @throws IllegalArgumentException if below 1 or above 64
   */
  public B concurrency(int concurrency) {
    return withSettings(s -> s.concurrency(concurrency));
  }

  /** Returns the shared settings set so far, with the endpoint set by {@link #endpoint(URI)}, if any. */
  public final ClientSettings settings() {
    return endpoint.map(e -> settings.toBuilder().endpoint(e).build()).orElse(settings);
  }

  /** Returns the token set so far, or empty for anonymous access. */
  public final Optional<T> token() {
    return token;
  }

  /**
   * Returns the endpoint set by {@link #endpoint(URI)}, else the endpoint of the settings, else the service's
   * public one.
   */
  public final URI endpoint() {
    return endpoint.orElseGet(() -> settings.endpointOr(defaultEndpoint));
  }

  /**
   * Returns {@code endpoint} if it is an absolute http(s) URI, for a client's further endpoints.
   *
   * @throws NullPointerException if it is null, naming {@code name}
   * @throws IllegalArgumentException if it is not an absolute http(s) URI
   */
  protected static URI checkEndpoint(URI endpoint, String name) {
    return ClientSettings.checkEndpoint(Objects.requireNonNull(endpoint, name + " == null"));
  }

  @SuppressWarnings("unchecked") // B is the class extending this one, as its declaration requires
  private B self() {
    return (B) this;
  }
}
