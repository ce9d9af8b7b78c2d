package io.github.peatmoss.hf;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.ClientBuilder;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.internal.ClientExecutor;
import io.github.peatmoss.http.internal.HttpTransport;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * Reads the Hugging Face Hub: lists and searches models and datasets, reads model info, repository trees,
 * files and model cards, and maps models to PeaTMOSS values. Listings follow the Hub's {@code Link} cursor
 * lazily; each page's continuation token is the next page's URL, so a stored token resumes a crawl without
 * fetching any page twice. Requests are paced to the Hub's rate-limit window and retried as {@link
 * RetryOptions} say; per-model fetches for many models run concurrently up to {@link Builder#concurrency(int)}.
 *
 * <p>Immutable and thread-safe: create one and share it, and close it when done (it owns the threads of bulk
 * fetches, made on first use).
 */
public final class HfClient implements ModelHubClient {
  /** The public Hub. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

  /** The largest model card read, in bytes. */
  static final long MAX_CARD_BYTES = 8L * 1024 * 1024;

  private final Builder settings;
  private final HttpTransport transport;
  private final RepoHistory history;
  private final ClientExecutor executor;
  /** Listings that hold a connection open for their next piece; closed with the client. */
  private final Set<StreamedPages<?>> openListings = ConcurrentHashMap.newKeySet();

  private HfClient(Builder builder) {
    this.settings = builder.copy();
    this.transport = HttpTransport.builder()
        .settings(settings.settings())
        .baseUrl(HttpUrl.get(endpoint().toString()))
        .token(settings.token())
        .bucketOf(request -> bucket(request.url().encodedPath()))
        .errorMapper(HubErrors.INSTANCE)
        .requestIdHeaders(List.of("X-Request-Id"))
        .build();
    this.history = new RepoHistory(this, transport);
    this.executor = new ClientExecutor("peatmoss-hf-fetch", settings.settings().concurrency());
  }

  /** Returns a client of the public Hub with default settings and the token in {@code HF_TOKEN}, if set. */
  public static HfClient create() {
    Builder builder = builder();
    HfToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }

  /** Returns a builder with default settings and no token. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this client's settings; clients built from it share the connection pool. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /** Returns the endpoint this client reads. */
  public URI endpoint() {
    return settings.endpoint();
  }

  /** Returns how many per-model fetches run at once. */
  public int concurrency() {
    return settings.settings().concurrency();
  }

  /** Returns the shared client settings this client was built with. */
  public ClientSettings settings() {
    return settings.settings();
  }

  /**
   * Stops this client's fetch threads and closes the connections listings hold open for their next piece; a
   * closed client fails on bulk fetches. Idempotent.
   */
  @Override
  public void close() {
    executor.close();
    for (StreamedPages<?> listing : List.copyOf(openListings)) {
      listing.close();
    }
  }

  @Override
  public ModelHub hub() {
    return ModelHub.HUGGING_FACE;
  }

  /**
   * Lists every model mapped to PeaTMOSS values, with the properties of {@link ListModelsOptions#peatmoss()}.
   *
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  @Override
  public PagedIterable<Model> listModels() {
    return listModels(ListModelsOptions.peatmoss()).map(HfModelInfo::toModel);
  }

  /**
   * Lists models as {@code options} ask, lazily, page by page. {@code byPage(token)} resumes from a page's
   * continuation token, also one stored by an earlier process.
   *
   * @throws IllegalArgumentException from iteration when a continuation token is not a model listing URL
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  public PagedIterable<HfModelInfo> listModels(ListModelsOptions options) {
    Objects.requireNonNull(options, "options == null");
    HttpUrl first = modelsUrl(options);
    return listing(first, node -> ModelJson.model(node, "GET " + first.encodedPath()));
  }

  /**
   * Lists datasets as {@code options} ask, lazily, page by page.
   *
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  public PagedIterable<HfDatasetInfo> listDatasets(ListDatasetsOptions options) {
    Objects.requireNonNull(options, "options == null");
    HttpUrl.Builder url = api("datasets");
    options.searches().forEach(s -> url.addQueryParameter("search", s));
    options.author().ifPresent(a -> url.addQueryParameter("author", a));
    options.filters().forEach(f -> url.addQueryParameter("filter", f));
    options.sort().ifPresent(s -> url.addQueryParameter("sort", s.wireName()));
    options.limit().ifPresent(l -> url.addQueryParameter("limit", Integer.toString(l)));
    if (options.isFull()) {
      url.addQueryParameter("full", "true");
    }
    HttpUrl first = url.build();
    return listing(first, node -> ModelJson.dataset(node, "GET " + first.encodedPath()));
  }

  /**
   * Returns a model's info at the default branch, every property included.
   *
   * @throws HfRepositoryNotFoundException when the model does not exist or is not visible
   * @throws PeatmossException when the Hub cannot be asked
   */
  public HfModelInfo getModelInfo(ModelId id) {
    return getModelInfo(id, ModelInfoOptions.defaults());
  }

  /**
   * Returns a model's info as {@code options} ask. A renamed model's old id is followed to the new one,
   * which the result carries.
   *
   * @throws HfRepositoryNotFoundException when the model does not exist or is not visible
   * @throws HfRevisionNotFoundException when the revision does not exist
   * @throws PeatmossException when the Hub cannot be asked
   */
  public HfModelInfo getModelInfo(ModelId id, ModelInfoOptions options) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(options, "options == null");
    HttpUrl.Builder url = repoApi(id);
    options.revision().ifPresent(r -> url.addPathSegment("revision").addPathSegment(r));
    if (options.isBlobs()) {
      url.addQueryParameter("blobs", "true");
    }
    options.expands().forEach(e -> url.addQueryParameter("expand", e.wireName()));
    HttpUrl built = url.build();
    JsonNode node = transport.getJson(built);
    return ModelJson.model(node, "GET " + built.encodedPath());
  }

  /**
   * Returns a model's info, or empty when the model does not exist or is not visible.
   *
   * @throws PeatmossException when the Hub cannot be asked
   */
  public Optional<HfModelInfo> findModelInfo(ModelId id) {
    try {
      return Optional.of(getModelInfo(id));
    } catch (HfRepositoryNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the info of many models, fetched concurrently up to {@link #concurrency()}, in the order given.
   *
   * @throws PeatmossException the first failure; the remaining fetches are cancelled
   */
  public List<HfModelInfo> getModelInfos(List<ModelId> ids) {
    return fetchAll(ids, this::getModelInfo);
  }

  /**
   * Returns a model mapped to PeaTMOSS values, or empty when it does not exist.
   *
   * @throws PeatmossException when the Hub cannot be asked
   */
  @Override
  public Optional<Model> findModel(ModelId id) {
    return findModelInfo(id).map(HfModelInfo::toModel);
  }

  /**
   * Returns the model card ({@code README.md} of the default branch) as published, or empty when the model or
   * its card does not exist.
   *
   * @throws HfGatedRepositoryException when the card is gated and the token may not read it
   * @throws PeatmossException when the Hub cannot be asked
   */
  @Override
  public Optional<String> findModelCard(ModelId id) {
    try {
      return Optional.of(cardText(id));
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns the model cards of many models, fetched concurrently up to {@link #concurrency()}, in the order
   * given; empty for models without a card and for gated or disabled repositories whose card the token may not
   * read, so one such model does not stop a crawl.
   *
   * @throws PeatmossException the first other failure; the remaining fetches are cancelled
   */
  public List<Optional<String>> findModelCards(List<ModelId> ids) {
    return fetchAll(ids, id -> {
      try {
        return findModelCard(id);
      } catch (HfGatedRepositoryException | HfDisabledRepositoryException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * Returns a model's card, parsed.
   *
   * @throws ResourceNotFoundException ({@link HfRepositoryNotFoundException} or {@link HfEntryNotFoundException})
   *     when the model or its card does not exist
   * @throws ModelCardException when the card's front matter exceeds the parser's bounds
   * @throws PeatmossException when the Hub cannot be asked
   */
  public ModelCard getModelCard(ModelId id) {
    return ModelCards.parse(cardText(id));
  }

  /**
   * Returns {@code README.md}; an HTML page in its place (a proxy's, a captive portal's or a login page, answered
   * with status 200) is a {@link DecodeException}, not a card without metadata.
   */
  private String cardText(ModelId id) {
    String text = readTextFile(id, "main", "README.md");
    if (isHtmlPage(text)) {
      throw new DecodeException("GET " + resolveUrl(id, "main", "README.md").encodedPath()
          + ": received an HTML page, not the model card (README.md) of " + id
          + "; something other than the Hub answered (a proxy or a login page?): check the endpoint "
          + endpoint());
    }
    return text;
  }

  /** Returns whether {@code text} is an HTML document rather than Markdown (which may embed HTML, but not start as a page). */
  static boolean isHtmlPage(String text) {
    String head = text.substring(0, Math.min(text.length(), 512)).stripLeading();
    head = head.substring(0, Math.min(head.length(), 14)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  /**
   * Returns a text file of a model repository at {@code revision}, through {@code /resolve} (the Hub's
   * cheaper rate-limit bucket), at most 8 MiB.
   *
   * @throws ResourceNotFoundException when the model, revision or file does not exist
   * @throws PeatmossException when the Hub cannot be asked or the file is larger
   */
  public String readTextFile(ModelId id, String revision, String path) {
    return transport.getText(resolveUrl(id, revision, path), MAX_CARD_BYTES);
  }

  /**
   * Downloads a file of a model's default branch to {@code target} and returns {@code target}.
   *
   * @throws ResourceNotFoundException when the model or file does not exist
   * @throws HfGatedRepositoryException when the file is gated and the token may not read it
   * @throws PeatmossException when the Hub cannot be asked or the file cannot be written
   */
  public Path downloadFile(ModelId id, String path, Path target) {
    return downloadFile(id, "main", path, target);
  }

  /**
   * Downloads a file of a model at {@code revision} to {@code target} (written through a temporary file) and
   * returns {@code target}. Redirects to the Hub's storage are followed; the token is not sent there.
   *
   * @throws ResourceNotFoundException when the model, revision or file does not exist
   * @throws PeatmossException when the Hub cannot be asked or the file cannot be written
   */
  public Path downloadFile(ModelId id, String revision, String path, Path target) {
    Objects.requireNonNull(target, "target == null");
    return transport.download(resolveUrl(id, revision, path), target);
  }

  /**
   * Streams a file of a model at {@code revision} into {@code out} (left open) and returns the number of bytes
   * written. Redirects to the Hub's storage are followed; the token is not sent there. Callers that verify what
   * they receive (a hash, a size) wrap {@code out}; an exception thrown by {@code out} ends the transfer.
   *
   * @throws ResourceNotFoundException when the model, revision or file does not exist
   * @throws PeatmossException when the Hub cannot be asked or the transfer breaks off
   */
  public long downloadFile(ModelId id, String revision, String path, OutputStream out) {
    Objects.requireNonNull(out, "out == null");
    HttpUrl url = resolveUrl(id, revision, path);
    return transport.executeOnce(
        transport.newRequest(url).header("Accept-Encoding", "identity").build(), response -> {
          try (InputStream in = response.body().byteStream()) {
            return in.transferTo(out);
          }
        });
  }

  /**
   * Lists a model repository's files and folders, lazily, page by page.
   *
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  public PagedIterable<HfTreeEntry> listRepoTree(ModelId id, ListTreeOptions options) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(options, "options == null");
    HttpUrl.Builder url =
        repoApi(id).addPathSegment("tree").addPathSegment(options.revision().orElse("main"));
    options.path().ifPresent(p -> url.addPathSegments(HttpTransport.trimSlashes(p)));
    if (options.isRecursive()) {
      url.addQueryParameter("recursive", "true");
    }
    if (options.isExpand()) {
      url.addQueryParameter("expand", "true");
    }
    HttpUrl first = url.build();
    return listing(first, node -> ModelJson.treeEntry(node, "GET " + first.encodedPath()));
  }

  /**
   * Returns a model repository's branches and tags ({@code GET /api/models/{id}/refs}), branches first.
   *
   * @throws HfRepositoryNotFoundException when the model does not exist or is not visible
   * @throws PeatmossException when the Hub cannot be asked
   */
  public List<GitRef> listRefs(ModelId id) {
    return history.refs(id);
  }

  /**
   * Lists the commits reachable from {@code revision} (a branch, tag, {@code refs/pr/N} or sha), newest first,
   * lazily, following the {@code Link} cursor; a page's continuation token resumes the listing.
   *
   * @throws HfRevisionNotFoundException from iteration when the revision does not exist
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  public PagedIterable<HfCommit> listCommits(ModelId id, String revision) {
    return history.commits(id, revision);
  }

  /**
   * Lists a model repository's discussions and pull requests in the Hub's order (newest first), lazily, one
   * numbered page ({@code ?p=N}) at a time; a page's continuation token is the next page's number.
   *
   * @throws PeatmossException from iteration when a page cannot be fetched
   */
  public PagedIterable<HfDiscussionSummary> listDiscussions(ModelId id) {
    return history.discussions(id);
  }

  /**
   * Returns a discussion or pull request with every event and, for pull requests, the target branch, merge
   * commit, conflicting files and diff. An author the Hub no longer names is {@code deleted}.
   *
   * @throws ResourceNotFoundException when the model or the discussion does not exist
   * @throws PeatmossException when the Hub cannot be asked
   */
  public Discussion getDiscussion(ModelId id, int num) {
    return history.discussion(id, num);
  }

  /** Returns the transport, for features of this package built on the same plumbing. */
  HttpTransport transport() {
    return transport;
  }

  private <T> PagedIterable<T> listing(HttpUrl first, Function<JsonNode, T> mapper) {
    return PagedIterable.of(
        new StreamedPages<>(transport, first, mapper, StreamedPages.MAX_ITEMS, openListings));
  }

  /**
   * Checks that a continuation token is a page of the listing that starts at {@code first}; a page URL on
   * another origin (a mirror's links naming the public Hub) is moved onto this client's endpoint, so the
   * token never leaves it.
   */
  HttpUrl continuation(String token, HttpUrl first) {
    return transport.continuation(token, first);
  }

  private HttpUrl modelsUrl(ListModelsOptions options) {
    HttpUrl.Builder url = api("models");
    options.searches().forEach(s -> url.addQueryParameter("search", s));
    options.author().ifPresent(a -> url.addQueryParameter("author", a));
    options.filters().forEach(f -> url.addQueryParameter("filter", f));
    options.pipelineTag().ifPresent(p -> url.addQueryParameter("pipeline_tag", p));
    options.sort().ifPresent(s -> url.addQueryParameter("sort", s.wireName()));
    options.limit().ifPresent(l -> url.addQueryParameter("limit", Integer.toString(l)));
    if (options.isFull()) {
      url.addQueryParameter("full", "true");
    }
    if (options.isCardData()) {
      url.addQueryParameter("cardData", "true");
    }
    if (options.isConfig()) {
      url.addQueryParameter("config", "true");
    }
    options.expands().forEach(e -> url.addQueryParameter("expand", e.wireName()));
    return url.build();
  }

  private HttpUrl.Builder api(String kind) {
    return transport.baseUrl().newBuilder().addPathSegment("api").addPathSegment(kind);
  }

  private HttpUrl.Builder repoApi(ModelId id) {
    return api("models").addPathSegments(id.value());
  }

  private HttpUrl resolveUrl(ModelId id, String revision, String path) {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(revision, "revision == null");
    Objects.requireNonNull(path, "path == null");
    if (revision.isBlank() || HttpTransport.trimSlashes(path).isEmpty()) {
      throw new IllegalArgumentException("revision and path must not be blank");
    }
    return transport
        .baseUrl()
        .newBuilder()
        .addPathSegments(id.value())
        .addPathSegment("resolve")
        .addPathSegment(revision)
        .addPathSegments(HttpTransport.trimSlashes(path))
        .build();
  }

  /** The Hub counts API calls, file resolutions and page views in separate windows. */
  static String bucket(String path) {
    if (path.startsWith("/api/")) {
      return "api";
    }
    return path.contains("/resolve/") ? "resolvers" : "pages";
  }

  private <T, R> List<R> fetchAll(List<T> inputs, Function<T, R> fetch) {
    return executor.fetchAll(inputs, fetch);
  }

  @Override
  public String toString() {
    return "HfClient[endpoint=" + endpoint() + ", token="
        + (settings.token().isEmpty() ? "none" : "redacted") + ", concurrency=" + concurrency()
        + "]";
  }

  /**
   * Builds {@link HfClient}s: the shared settings and an {@link HfToken} (see {@link ClientBuilder}); not
   * thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder, HfToken> {
    private Builder() {
      super(DEFAULT_ENDPOINT);
    }

    private Builder(Builder from) {
      super(from);
    }

    private Builder copy() {
      return new Builder(this);
    }

    /** Builds the client. */
    public HfClient build() {
      return new HfClient(this);
    }
  }
}
