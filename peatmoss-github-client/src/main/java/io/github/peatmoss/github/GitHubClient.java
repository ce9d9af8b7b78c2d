package io.github.peatmoss.github;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.PullRequestFile;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.internal.ConditionalRequests;
import io.github.peatmoss.github.internal.EtagStore;
import io.github.peatmoss.github.internal.RequestLedger;
import io.github.peatmoss.http.ClientBuilder;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.RetryOptions;
import io.github.peatmoss.http.internal.HttpTransport;
import io.github.peatmoss.http.internal.Json;
import io.github.peatmoss.http.internal.LinkHeader;
import io.github.peatmoss.http.internal.RateLimitHeaders;
import io.github.peatmoss.http.internal.RateLimitInfo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;

/**
 * Reads GitHub's REST API for reuse mining: repository metadata with the detected license, repository and code
 * search past the 1,000-result cap (by slicing the query), git trees (walking subtrees when a recursive listing is
 * truncated), files (contents API and raw hosting), and a repository's issues and pull requests as PeaTMOSS
 * stores them. Listings follow the {@code Link} header lazily; a page's continuation token resumes a listing.
 *
 * <p>Requests are paced per rate-limit bucket ({@code core}, {@code search}, {@code code_search}, {@code
 * graphql}) from {@code X-RateLimit-*}; primary limits (403 or 429 with no request left) wait for the reset,
 * secondary limits ({@code Retry-After}, {@code gh-limited-by}, or the message alone) wait as GitHub asks, and
 * no wait exceeds {@link RetryOptions#maxWait()}. With a {@link Builder#cacheDirectory(Path) cache directory},
 * every GET is conditional on the stored {@code ETag}, so an unchanged resource costs no rate-limit unit, also
 * in a later process. Renamed repositories (301) are followed.
 *
 * <p>Immutable and thread-safe: create one and share it. Nothing needs closing.
 */
public final class GitHubClient {
  /** GitHub's REST API. */
  public static final URI DEFAULT_ENDPOINT = URI.create("https://api.github.com");
  /** GitHub's raw file hosting. */
  public static final URI DEFAULT_RAW_ENDPOINT = URI.create("https://raw.githubusercontent.com");
  /** Files the contents API returns inline; larger ones must be fetched raw. */
  public static final long CONTENTS_INLINE_LIMIT = 1024L * 1024;
  /** The largest file read, in bytes (the contents API's own limit). */
  public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

  static final String API_VERSION = "2022-11-28";
  private static final String JSON = "application/vnd.github+json";
  private static final String RAW = "application/vnd.github.raw+json";
  private static final long MAX_CACHED_BODY = 16L * 1024 * 1024;
  private static final OkHttpClient DEFAULT_HTTP = new OkHttpClient();

  private final Builder settings;
  private final HttpTransport api;
  private final HttpTransport raw;
  private final RequestLedger ledger;
  private final Optional<EtagStore> cache;

  private GitHubClient(Builder b) {
    this.settings = b.copy();
    HttpUrl apiBase = HttpUrl.get(b.endpoint().toString());
    HttpUrl rawBase = HttpUrl.get(b.rawEndpoint().toString());
    Function<Request, String> bucketOf = request -> bucketOf(request.url(), apiBase, rawBase);
    this.ledger = new RequestLedger(bucketOf);
    this.cache = Optional.ofNullable(b.cacheDirectory).map(EtagStore::new);
    OkHttpClient.Builder http = b.settings().httpClient().orElse(DEFAULT_HTTP).newBuilder();
    cache.ifPresent(store -> http.addInterceptor(new ConditionalRequests(store, MAX_CACHED_BODY)));
    http.addNetworkInterceptor(ledger);
    ClientSettings shared = b.settings().toBuilder().httpClient(http.build()).build();
    this.api = transport(shared, apiBase, b.token(), bucketOf);
    this.raw = transport(shared, rawBase, b.token(), bucketOf);
  }

  private static HttpTransport transport(
      ClientSettings settings,
      HttpUrl base,
      Optional<GitHubToken> token,
      Function<Request, String> bucketOf) {
    return HttpTransport.builder()
        .settings(settings)
        .baseUrl(base)
        .token(token)
        .bucketOf(bucketOf)
        .requestIdHeaders(List.of("X-GitHub-Request-Id", "X-Request-Id"))
        .build();
  }

  /** Returns a client of github.com with default settings and the token in {@code GITHUB_TOKEN}, if set. */
  public static GitHubClient create() {
    Builder builder = builder();
    GitHubToken.fromEnvironment().ifPresent(builder::token);
    return builder.build();
  }

  /** Returns a builder with default settings, no token and no cache. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this client's settings. */
  public Builder toBuilder() {
    return settings.copy();
  }

  /** Returns the API endpoint. */
  public URI endpoint() {
    return settings.endpoint();
  }

  /** Returns the ETag cache directory, if conditional requests are on. */
  public Optional<Path> cacheDirectory() {
    return Optional.ofNullable(settings.cacheDirectory);
  }

  /**
   * Returns the rate-limit bucket of a request: {@code raw} for raw hosting, else the API bucket of its path
   * relative to the API endpoint (which is {@code /api/v3} on GitHub Enterprise Server).
   */
  static String bucketOf(HttpUrl url, HttpUrl apiBase, HttpUrl rawBase) {
    if (isUnder(url, rawBase)) {
      return "raw";
    }
    String path = url.encodedPath();
    if (isUnder(url, apiBase)) {
      String base = apiBase.encodedPath().endsWith("/")
          ? apiBase.encodedPath().substring(0, apiBase.encodedPath().length() - 1)
          : apiBase.encodedPath();
      path = path.substring(base.length());
    }
    return bucket(path);
  }

  private static boolean isUnder(HttpUrl url, HttpUrl base) {
    return url.scheme().equals(base.scheme())
        && url.host().equalsIgnoreCase(base.host())
        && url.port() == base.port()
        && url.encodedPath().startsWith(base.encodedPath());
  }

  /** Returns the rate-limit bucket GitHub counts a request to an API {@code path} against. */
  static String bucket(String path) {
    if (path.startsWith("/search/code")) {
      return "code_search";
    }
    if (path.startsWith("/search/")) {
      return "search";
    }
    return path.startsWith("/graphql") ? "graphql" : "core";
  }

  // ---------------------------------------------------------------- repositories

  /**
   * Returns a repository's metadata; a renamed repository is followed and reported under its new name.
   *
   * @throws ResourceNotFoundException when it does not exist or is private to this token
   * @throws PeatmossException when it cannot be read
   */
  public GitHubRepository getRepository(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    return GitHubMapping.repository(getJson(repo(repository).build()));
  }

  /**
   * Returns a repository's metadata, or empty when it does not exist (or is private to this token).
   *
   * @throws PeatmossException when it cannot be read
   */
  public Optional<GitHubRepository> findRepository(RepoRef repository) {
    try {
      return Optional.of(getRepository(repository));
    } catch (ResourceNotFoundException e) {
      return Optional.empty();
    }
  }

  /**
   * Searches repositories ({@code GET /search/repositories}), every hit even past 1,000: a query with more is
   * cut into creation-date ranges. Each hit records the slice it came from, with {@code incomplete_results}.
   */
  public PagedIterable<RepositorySearchHit> searchRepositories(String query) {
    requireQuery(query);
    long today = LocalDate.ofInstant(settings.settings().clock().instant(), ZoneOffset.UTC)
        .toEpochDay();
    HttpUrl endpoint =
        api.baseUrl().newBuilder().addPathSegments("search/repositories").build();
    return PagedIterable.of(new SlicedSearch<>(
        endpoint,
        query,
        SlicedSearch.Dimension.CREATED,
        today,
        this::getSearchPage,
        (item, slice) -> RepositorySearchHit.builder()
            .repository(GitHubMapping.repository(item))
            .slice(slice)
            .build(),
        token -> continuation(token, endpoint)));
  }

  /**
   * Searches code ({@code GET /search/code}; needs a token on github.com), every hit even past 1,000: a query
   * with more is cut into file-size ranges. Each hit records the slice it came from, with {@code
   * incomplete_results}. Code search has its own bucket of 10 requests a minute, which the client paces to.
   */
  public PagedIterable<CodeSearchHit> searchCode(String query) {
    requireQuery(query);
    HttpUrl endpoint = api.baseUrl().newBuilder().addPathSegments("search/code").build();
    return PagedIterable.of(new SlicedSearch<>(
        endpoint,
        query,
        SlicedSearch.Dimension.SIZE,
        SlicedSearch.Dimension.SIZE.max,
        this::getSearchPage,
        GitHubMapping::codeHit,
        token -> continuation(token, endpoint)));
  }

  private static void requireQuery(String query) {
    Objects.requireNonNull(query, "query == null");
    if (query.isBlank()) {
      throw new IllegalArgumentException("search query must not be blank");
    }
  }

  private SlicedSearch.Answer getSearchPage(HttpUrl url) {
    return api.execute(request(url, JSON), response -> {
      JsonNode body = Json.mapper().readTree(response.body().byteStream());
      if (body == null || !body.isObject()) {
        throw new DecodeException("GET " + url.encodedPath()
            + ": expected a search result object; check the" + " endpoint " + settings.endpoint());
      }
      return new SlicedSearch.Answer(
          body, LinkHeader.next(response.headers(), response.request().url()));
    });
  }

  // ---------------------------------------------------------------- trees and files

  /**
   * Returns every entry of the tree at {@code ref} (a branch, tag or sha). A truncated recursive listing is
   * completed by listing each subtree.
   *
   * @throws ResourceNotFoundException when the repository or ref does not exist
   */
  public GitTree getTree(RepoRef repository, String ref) {
    Objects.requireNonNull(repository, "repository == null");
    requireText(ref, "ref");
    List<GitTreeEntry> entries = new ArrayList<>();
    int[] walked = {0};
    String sha = listTree(repository, ref, "", true, entries, walked);
    return GitTree.builder().sha(sha).entries(entries).walkedSubtrees(walked[0]).build();
  }

  private String listTree(
      RepoRef repository,
      String treeIsh,
      String prefix,
      boolean recursive,
      List<GitTreeEntry> into,
      int[] walked) {
    HttpUrl.Builder url = repo(repository).addPathSegments("git/trees").addPathSegment(treeIsh);
    if (recursive) {
      url.addQueryParameter("recursive", "1");
    }
    JsonNode body = getJson(url.build());
    String sha = GitHubMapping.text(body, "sha").orElse(treeIsh);
    boolean truncated = body.path("truncated").asBoolean(false);
    if (recursive && !truncated) {
      for (JsonNode item : body.path("tree")) {
        into.add(GitHubMapping.treeEntry(prefix, item));
      }
      return sha;
    }
    if (recursive) {
      // Too large for one listing: list this level alone and descend into each folder.
      return listTree(repository, sha, prefix, false, into, walked);
    }
    if (truncated) {
      throw new DecodeException("GET " + url.build().encodedPath() + ": one folder of " + repository
          + " has more entries than GitHub lists (100,000); clone the repository instead");
    }
    for (JsonNode item : body.path("tree")) {
      GitTreeEntry entry = GitHubMapping.treeEntry(prefix, item);
      into.add(entry);
      if (entry.type().equals("tree")) {
        walked[0]++;
        listTree(repository, entry.sha(), entry.path() + "/", true, into, walked);
      }
    }
    return sha;
  }

  /**
   * Reads a file through the contents API at {@code ref} (the default branch when empty). Files over 1 MB, which
   * the API returns without content, are fetched again as raw bytes.
   *
   * @throws ResourceNotFoundException when the file does not exist
   * @throws DecodeException when the path is a folder or the file exceeds 100 MB
   */
  public GitHubContent getContent(RepoRef repository, String path, Optional<String> ref) {
    Objects.requireNonNull(repository, "repository == null");
    requireText(path, "path");
    Objects.requireNonNull(ref, "ref == null");
    HttpUrl.Builder b = repo(repository)
        .addPathSegment("contents")
        .addPathSegments(HttpTransport.trimSlashes(path));
    ref.ifPresent(r -> b.addQueryParameter("ref", r));
    HttpUrl url = b.build();
    JsonNode json = getJson(url);
    if (!json.isObject() || !"file".equals(json.path("type").asText())) {
      throw new DecodeException(repository + ":" + path + " is not a file ("
          + (json.isArray() ? "a folder" : json.path("type").asText("unknown"))
          + "); list folders with getTree");
    }
    long size = json.path("size").asLong(0);
    if (size > MAX_FILE_BYTES) {
      throw new DecodeException(repository + ":" + path + " has " + size
          + " bytes; the contents API serves at" + " most 100 MB: clone the repository instead");
    }
    String sha = json.path("sha").asText("");
    String encoding = json.path("encoding").asText("");
    if (encoding.equals("base64") && size <= CONTENTS_INLINE_LIMIT) {
      byte[] bytes = Base64.getMimeDecoder().decode(json.path("content").asText(""));
      return new GitHubContent(json.path("path").asText(path), sha, size, bytes, false);
    }
    byte[] bytes = api.execute(
        request(url, RAW), response -> readBounded(response.body(), MAX_FILE_BYTES, url));
    return new GitHubContent(json.path("path").asText(path), sha, size, bytes, true);
  }

  /**
   * Reads a file from raw hosting ({@code raw.githubusercontent.com/owner/repo/ref/path}), which has no API rate
   * limit, as UTF-8 text.
   *
   * @throws ResourceNotFoundException when the file does not exist
   * @throws DecodeException when it is larger than {@code maxBytes}
   */
  public String readRawFile(RepoRef repository, String ref, String path, long maxBytes) {
    Objects.requireNonNull(repository, "repository == null");
    requireText(ref, "ref");
    requireText(path, "path");
    HttpUrl url = raw.baseUrl()
        .newBuilder()
        .addPathSegment(repository.owner())
        .addPathSegment(repository.name())
        .addPathSegment(ref)
        .addPathSegments(HttpTransport.trimSlashes(path))
        .build();
    return raw.getText(url, maxBytes);
  }

  private static byte[] readBounded(ResponseBody body, long maxBytes, HttpUrl url)
      throws IOException {
    if (body.contentLength() > maxBytes || body.source().request(maxBytes + 1)) {
      throw new DecodeException(
          "GET " + url.encodedPath() + ": body exceeds the limit of " + maxBytes + " bytes");
    }
    return body.bytes();
  }

  // ---------------------------------------------------------------- issues and pull requests

  /**
   * Lists a repository's issues (open and closed, pull requests left out), each with its comments, lazily, 100 a
   * page; a page's continuation token resumes the listing.
   */
  public PagedIterable<GitHubIssue> listIssues(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    HttpUrl first =
        fullPages(repo(repository).addPathSegment("issues").addQueryParameter("state", "all"));
    return linked(first, item -> {
      if (item.has("pull_request")) {
        return Optional.empty();
      }
      List<GitHubComment> comments = item.path("comments").asInt(0) == 0
          ? List.of()
          : comments(repository, item.path("number").asInt());
      return Optional.of(GitHubMapping.issue(item, comments));
    });
  }

  /**
   * Lists a repository's pull requests (open, closed and merged), each with its size, mergeability, merger,
   * review decision, changed files and comments, lazily, 100 a page. Each pull request costs up to four more
   * requests (details, reviews, files, comments); those with no files or comments skip theirs.
   */
  public PagedIterable<GitHubPullRequest> listPullRequests(RepoRef repository) {
    Objects.requireNonNull(repository, "repository == null");
    HttpUrl first =
        fullPages(repo(repository).addPathSegment("pulls").addQueryParameter("state", "all"));
    return linked(first, item -> {
      int number = item.path("number").asInt();
      HttpUrl.Builder pull =
          repo(repository).addPathSegment("pulls").addPathSegment(Integer.toString(number));
      JsonNode detail = getJson(pull.build());
      List<JsonNode> reviews = all(fullPages(pull.build().newBuilder().addPathSegment("reviews")));
      List<PullRequestFile> files = new ArrayList<>();
      if (detail.path("changed_files").asInt(1) > 0) {
        all(fullPages(pull.build().newBuilder().addPathSegment("files")))
            .forEach(f -> files.add(GitHubMapping.file(f)));
      }
      List<GitHubComment> comments =
          detail.path("comments").asInt(1) == 0 ? List.of() : comments(repository, number);
      return Optional.of(GitHubMapping.pullRequest(item, detail, files, reviews, comments));
    });
  }

  private List<GitHubComment> comments(RepoRef repository, int number) {
    List<GitHubComment> comments = new ArrayList<>();
    HttpUrl url = fullPages(repo(repository)
        .addPathSegment("issues")
        .addPathSegment(Integer.toString(number))
        .addPathSegment("comments"));
    all(url).forEach(c -> comments.add(GitHubMapping.comment(c)));
    return comments;
  }

  /** Returns a listing's URL asking for 100 items a page, the most GitHub gives. */
  private static HttpUrl fullPages(HttpUrl.Builder listing) {
    return listing.addQueryParameter("per_page", "100").build();
  }

  /** Returns every item of a Link-paginated listing. */
  private List<JsonNode> all(HttpUrl first) {
    List<JsonNode> items = new ArrayList<>();
    Optional<HttpUrl> next = Optional.of(first);
    while (next.isPresent()) {
      HttpTransport.JsonPage page = api.getJsonPage(next.get());
      page.body().forEach(items::add);
      next = page.next();
    }
    return items;
  }

  private <T> PagedIterable<T> linked(HttpUrl first, Function<JsonNode, Optional<T>> mapper) {
    return PagedIterable.of(token -> {
      HttpUrl url = token.map(t -> continuation(t, first)).orElse(first);
      HttpTransport.JsonPage page = api.execute(request(url, JSON), response -> {
        JsonNode body = Json.mapper().readTree(response.body().byteStream());
        if (body == null || !body.isArray()) {
          throw new DecodeException("GET " + url.encodedPath()
              + ": expected a JSON array; check the endpoint " + settings.endpoint());
        }
        HttpUrl finalUrl = response.request().url();
        return new HttpTransport.JsonPage(
            body, finalUrl, LinkHeader.next(response.headers(), finalUrl), response.headers());
      });
      List<T> items = new ArrayList<>();
      for (JsonNode item : page.body()) {
        mapper.apply(item).ifPresent(items::add);
      }
      return Page.of(items, page.next().map(HttpUrl::toString).orElse(null));
    });
  }

  // ---------------------------------------------------------------- rate limits

  /**
   * Returns each rate-limit bucket this client has used: the last {@code X-RateLimit-*} values seen and the
   * requests sent, with those answered 304 (free).
   */
  public List<GitHubRateLimit> rateLimits() {
    Map<String, long[]> counts = ledger.counts();
    Map<String, Headers> limits = ledger.lastLimitHeaders();
    List<GitHubRateLimit> result = new ArrayList<>();
    Instant now = settings.settings().clock().instant();
    counts.forEach((bucket, c) -> {
      GitHubRateLimit.Builder b =
          GitHubRateLimit.builder().bucket(bucket).requests(c[0]).notModified(c[1]);
      Headers headers = limits.get(bucket);
      if (headers != null) {
        RateLimitInfo info = RateLimitHeaders.parse(headers, now);
        info.limit().ifPresent(b::limit);
        info.remaining().ifPresent(b::remaining);
        String reset = headers.get("X-RateLimit-Reset");
        if (reset != null && reset.strip().matches("\\d+")) {
          b.resetAt(Instant.ofEpochSecond(Long.parseLong(reset.strip())));
        }
      }
      result.add(b.build());
    });
    return result;
  }

  // ---------------------------------------------------------------- plumbing

  private JsonNode getJson(HttpUrl url) {
    return api.execute(request(url, JSON), response -> {
      JsonNode body = Json.mapper().readTree(response.body().byteStream());
      if (body == null || body.isMissingNode()) {
        throw new DecodeException(
            "GET " + url.encodedPath() + ": empty body where JSON was expected");
      }
      return body;
    });
  }

  private Request request(HttpUrl url, String accept) {
    return api.newRequest(url)
        .header("Accept", accept)
        .header("X-GitHub-Api-Version", API_VERSION)
        .build();
  }

  private HttpUrl.Builder repo(RepoRef repository) {
    return api.baseUrl()
        .newBuilder()
        .addPathSegment("repos")
        .addPathSegment(repository.owner())
        .addPathSegment(repository.name());
  }

  /** Turns a stored page URL back into a URL of this client's endpoint; refuses one of another listing. */
  private HttpUrl continuation(String token, HttpUrl first) {
    return api.continuation(token, first);
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name + " == null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  @Override
  public String toString() {
    return "GitHubClient[endpoint=" + settings.endpoint() + ", token="
        + (settings.token().isEmpty() ? "none" : "redacted") + ", cache="
        + (settings.cacheDirectory == null ? "off" : settings.cacheDirectory) + "]";
  }

  /**
   * Builds {@link GitHubClient}s: the shared settings and a {@link GitHubToken} (see {@link ClientBuilder}),
   * the raw file endpoint and the ETag cache; not thread-safe. The endpoint of the settings is the API
   * endpoint.
   */
  public static final class Builder extends ClientBuilder<Builder, GitHubToken> {
    private URI rawEndpoint;
    private Path cacheDirectory;

    private Builder() {
      super(DEFAULT_ENDPOINT);
    }

    private Builder(Builder from) {
      super(from);
      this.rawEndpoint = from.rawEndpoint;
      this.cacheDirectory = from.cacheDirectory;
    }

    private Builder copy() {
      return new Builder(this);
    }

    /** The raw endpoint: as set; else {@code <endpoint>/raw/} for a configured endpoint; else GitHub's. */
    URI rawEndpoint() {
      if (rawEndpoint != null) {
        return rawEndpoint;
      }
      URI api = endpoint();
      return api.equals(DEFAULT_ENDPOINT)
          ? DEFAULT_RAW_ENDPOINT
          : URI.create(HttpUrl.get(api.toString()).resolve("raw/").toString());
    }

    /**
     * Sets the raw file endpoint; default {@code https://raw.githubusercontent.com} for github.com and {@code
     * <endpoint>/raw/} for any other API endpoint.
     *
     * @throws IllegalArgumentException if it is not an absolute http(s) URI
     */
    public Builder rawEndpoint(URI rawEndpoint) {
      this.rawEndpoint = checkEndpoint(rawEndpoint, "rawEndpoint");
      return this;
    }

    /**
     * Keeps validated responses under {@code directory} and makes every GET conditional on their {@code ETag}:
     * an unchanged resource is answered {@code 304} and costs no rate-limit unit, also in later processes.
     */
    public Builder cacheDirectory(Path directory) {
      this.cacheDirectory = Objects.requireNonNull(directory, "directory == null");
      return this;
    }

    /** Turns conditional requests off (the default). */
    public Builder noCache() {
      this.cacheDirectory = null;
      return this;
    }

    /** Builds the client. */
    public GitHubClient build() {
      return new GitHubClient(this);
    }
  }
}
