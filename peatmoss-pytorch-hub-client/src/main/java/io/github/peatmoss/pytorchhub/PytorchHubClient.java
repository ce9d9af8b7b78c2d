package io.github.peatmoss.pytorchhub;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.http.ClientBuilder;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.ClientExecutor;
import io.github.peatmoss.http.internal.HttpTransport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;

/**
 * Reads PyTorch Hub: the model pages of the pytorch/hub repository (listed through GitHub's contents API, read
 * from raw file hosting) and the {@code hubconf.py} of any hub repository. Both endpoints are configuration,
 * for mirrors and test servers. Listing pages are fetched lazily; a page's continuation token is the name of
 * the next model page file, so a listing resumes where it stopped.
 *
 * <p>Immutable and thread-safe: create one and share it, and close it when done (it owns the threads that
 * fetch a listing page's files, made on first use).
 */
public final class PytorchHubClient implements ModelHubClient {
  /** GitHub's REST API. */
  public static final URI DEFAULT_API_ENDPOINT = URI.create("https://api.github.com");
  /** GitHub's raw file hosting. */
  public static final URI DEFAULT_RAW_ENDPOINT = URI.create("https://raw.githubusercontent.com");
  /** The repository holding PyTorch Hub's pages. */
  public static final RepoRef DEFAULT_HUB_REPOSITORY = RepoRef.of("pytorch", "hub");

  static final long MAX_FILE_BYTES = 2L * 1024 * 1024;
  private static final int PAGE_SIZE = 10;

  private final Builder settings;
  private final HttpTransport api;
  private final HttpTransport raw;
  private final ClientExecutor executor;

  private PytorchHubClient(Builder b) {
    this.settings = b.copy();
    this.api = transport(settings, settings.apiEndpoint());
    this.raw = transport(settings, settings.rawEndpoint());
    this.executor =
        new ClientExecutor("peatmoss-pytorch-hub-fetch", settings.settings().concurrency());
  }

  private static HttpTransport transport(Builder b, URI endpoint) {
    return HttpTransport.builder()
        .settings(b.settings())
        .baseUrl(HttpUrl.get(endpoint.toString()))
        .token(b.token())
        .bucketOf(request -> request.url().encodedPath().startsWith("/repos/") ? "core" : "raw")
        .requestIdHeaders(List.of("X-GitHub-Request-Id", "X-Request-Id"))
        .build();
  }

  /** Returns a client of the public PyTorch Hub with default settings. */
  public static PytorchHubClient create() {
    return builder().build();
  }

  /** Returns a builder with default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this client's settings. */
  public Builder toBuilder() {
    return settings.copy();
  }

  @Override
  public ModelHub hub() {
    return ModelHub.PYTORCH_HUB;
  }

  /**
   * Lists the model pages of the hub repository, parsed, ten per page, lazily. {@code byPage(token)} resumes at
   * the page file the token names.
   *
   * @throws PeatmossException from iteration when the listing or a page cannot be fetched
   */
  public PagedIterable<PytorchHubEntry> listEntries() {
    AtomicReference<List<String>> files = new AtomicReference<>();
    return PagedIterable.of(token -> {
      List<String> all = files.updateAndGet(f -> f != null ? f : listPageFiles());
      int start = 0;
      if (token.isPresent()) {
        start = all.indexOf(token.get());
        if (start < 0) {
          throw new IllegalArgumentException("continuation token '" + token.get()
              + "' is not a model page of " + settings.hubRepository + " at " + settings.ref);
        }
      }
      int end = Math.min(all.size(), start + PAGE_SIZE);
      List<String> pageFiles = all.subList(start, end);
      List<PytorchHubEntry> entries =
          executor.fetchAll(pageFiles, file -> PytorchHubPages.parse(file, readPage(file)));
      return Page.of(entries, end < all.size() ? all.get(end) : null);
    });
  }

  /**
   * Lists every PyTorch Hub model, one per distinct entrypoint loaded on a page, mapped as PeaTMOSS does.
   *
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  @Override
  public PagedIterable<Model> listModels() {
    return listEntries()
        .mapPages(
            entries -> entries.stream().flatMap(e -> e.toModels().stream()).toList());
  }

  /**
   * Returns a model by its {@code owner/repo/entrypoint} id, or empty if no page loads it.
   *
   * @throws PeatmossException when the hub cannot be read
   */
  @Override
  public Optional<Model> findModel(ModelId id) {
    Objects.requireNonNull(id, "id == null");
    if (id.form() != ModelId.Form.PYTORCH_HUB) {
      return Optional.empty();
    }
    return listModels().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /**
   * Returns the Markdown page that documents a model, or empty if none does.
   *
   * @throws PeatmossException when the hub cannot be read
   */
  @Override
  public Optional<String> findModelCard(ModelId id) {
    Objects.requireNonNull(id, "id == null");
    if (id.form() != ModelId.Form.PYTORCH_HUB) {
      return Optional.empty();
    }
    return listEntries().stream()
        .filter(e -> e.loadCalls().stream().anyMatch(c -> c.modelId().equals(id)))
        .findFirst()
        .map(e -> readPage(e.file()));
  }

  /**
   * Reads a repository's {@code hubconf.py} at {@code ref}; without a ref, at {@code main} or else {@code
   * master}, as {@code torch.hub} does.
   *
   * @throws ResourceNotFoundException when the repository has no {@code hubconf.py} there
   * @throws PeatmossException when the file cannot be fetched
   */
  public HubConf getHubConf(RepoRef repository, Optional<String> ref) {
    Objects.requireNonNull(repository, "repository == null");
    Objects.requireNonNull(ref, "ref == null");
    if (ref.isPresent()) {
      return HubConfs.parse(repository, ref.get(), readRaw(repository, ref.get(), "hubconf.py"));
    }
    try {
      return HubConfs.parse(repository, "main", readRaw(repository, "main", "hubconf.py"));
    } catch (ResourceNotFoundException e) {
      return HubConfs.parse(repository, "master", readRaw(repository, "master", "hubconf.py"));
    }
  }

  /** Returns the model page files at the root of the hub repository, sorted by name. */
  List<String> listPageFiles() {
    HttpUrl url = api.baseUrl()
        .newBuilder()
        .addPathSegment("repos")
        .addPathSegment(settings.hubRepository.owner())
        .addPathSegment(settings.hubRepository.name())
        .addPathSegment("contents")
        .addQueryParameter("ref", settings.ref)
        .build();
    JsonNode listing = api.getJson(url);
    if (!listing.isArray()) {
      throw new DecodeException(
          "GET " + url.encodedPath() + ": expected the directory listing (a JSON array)");
    }
    List<String> files = new ArrayList<>();
    for (JsonNode item : listing) {
      String name = item.path("name").asText("");
      if (item.path("type").asText("").equals("file") && PytorchHubPages.isModelPage(name)) {
        files.add(name);
      }
    }
    files.sort(null);
    return files;
  }

  private String readPage(String file) {
    return readRaw(settings.hubRepository, settings.ref, file);
  }

  private String readRaw(RepoRef repository, String ref, String path) {
    HttpUrl url = raw.baseUrl()
        .newBuilder()
        .addPathSegment(repository.owner())
        .addPathSegment(repository.name())
        .addPathSegment(ref)
        .addPathSegments(path)
        .build();
    return raw.getText(url, MAX_FILE_BYTES);
  }

  /** Returns the shared client settings this client was built with. */
  public ClientSettings settings() {
    return settings.settings();
  }

  /** Stops this client's fetch threads; a closed client fails on listings. Idempotent. */
  @Override
  public void close() {
    executor.close();
  }

  @Override
  public String toString() {
    return "PytorchHubClient[api=" + settings.apiEndpoint() + ", raw=" + settings.rawEndpoint()
        + ", hub="
        + settings.hubRepository + "@" + settings.ref + ", token="
        + (settings.token().isEmpty() ? "none" : "redacted")
        + "]";
  }

  /**
   * Builds {@link PytorchHubClient}s: the shared settings and a {@link GitHubToken} (see {@link ClientBuilder}),
   * the two endpoints and the hub repository; not thread-safe. The endpoint of the settings, if any, serves both
   * the contents API and raw files unless {@link #apiEndpoint(URI)} or {@link #rawEndpoint(URI)} say otherwise.
   */
  public static final class Builder extends ClientBuilder<Builder, GitHubToken> {
    private URI apiEndpoint;
    private URI rawEndpoint;
    private RepoRef hubRepository = DEFAULT_HUB_REPOSITORY;
    private String ref = "master";

    private Builder() {
      super(DEFAULT_API_ENDPOINT);
    }

    private Builder(Builder from) {
      super(from);
      this.apiEndpoint = from.apiEndpoint;
      this.rawEndpoint = from.rawEndpoint;
      this.hubRepository = from.hubRepository;
      this.ref = from.ref;
    }

    private Builder copy() {
      return new Builder(this);
    }

    private URI apiEndpoint() {
      return apiEndpoint != null ? apiEndpoint : endpoint();
    }

    private URI rawEndpoint() {
      return rawEndpoint != null ? rawEndpoint : settings().endpointOr(DEFAULT_RAW_ENDPOINT);
    }

    /**
     * Sets one endpoint serving both the contents API and raw files (a mirror or a test server), in place of
     * any set by {@link #apiEndpoint(URI)} or {@link #rawEndpoint(URI)}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URI
     */
    @Override
    public Builder endpoint(URI endpoint) {
      super.endpoint(endpoint);
      this.apiEndpoint = null;
      this.rawEndpoint = null;
      return this;
    }

    /**
     * Sets the GitHub API endpoint the page list comes from; default {@code https://api.github.com}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URI
     */
    public Builder apiEndpoint(URI apiEndpoint) {
      this.apiEndpoint = checkEndpoint(apiEndpoint, "apiEndpoint");
      return this;
    }

    /**
     * Sets the raw file endpoint pages and {@code hubconf.py} come from; default {@code
     * https://raw.githubusercontent.com}.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URI
     */
    public Builder rawEndpoint(URI rawEndpoint) {
      this.rawEndpoint = checkEndpoint(rawEndpoint, "rawEndpoint");
      return this;
    }

    /** Sets the repository holding the hub's pages; default {@code pytorch/hub}. */
    public Builder hubRepository(RepoRef hubRepository) {
      this.hubRepository = Objects.requireNonNull(hubRepository, "hubRepository == null");
      return this;
    }

    /**
     * Sets the branch, tag or commit of the hub repository to read; default {@code master}.
     *
     * @throws IllegalArgumentException if blank
     */
    public Builder ref(String ref) {
      Objects.requireNonNull(ref, "ref == null");
      if (ref.isBlank()) {
        throw new IllegalArgumentException("ref must not be blank");
      }
      this.ref = ref;
      return this;
    }

    /** Builds the client. */
    public PytorchHubClient build() {
      return new PytorchHubClient(this);
    }
  }
}
