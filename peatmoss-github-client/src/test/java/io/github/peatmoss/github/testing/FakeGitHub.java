package io.github.peatmoss.github.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * An in-memory GitHub serving the REST endpoints the client uses, in GitHub's JSON shapes: repositories (weak
 * ETags, {@code 304} on a matching {@code If-None-Match}, {@code 301} for renamed ones), repository and code
 * search ({@code size:}/{@code created:} qualifiers, {@code total_count}, {@code Link} paging, 422 past result
 * 1,000), trees, contents, issues and pull requests with their comments, reviews and files, and raw files under
 * {@code /raw/}. Every response carries {@code X-RateLimit-*} for its bucket, and the fake counts what each
 * bucket was charged (a 304 is free). Responses can be scripted ahead of the fake's own, and one raw file can
 * be held until released. Thread-safe.
 */
public final class FakeGitHub extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SIZE = Pattern.compile("(?:^|\\s)size:(\\d+)(?:\\.\\.(\\d+))?");
  private static final Pattern CREATED =
      Pattern.compile("(?:^|\\s)created:(\\d{4}-\\d{2}-\\d{2})(?:\\.\\.(\\d{4}-\\d{2}-\\d{2}))?");

  /** Repositories by lower-case full name. */
  public final Map<String, Repo> repos = Collections.synchronizedMap(new TreeMap<>());
  /** Old lower-case full name to the id of the repository it was renamed to. */
  public final Map<String, Long> renamed = new ConcurrentHashMap<>();
  /** Files code search finds (besides the repositories' own files). */
  public final List<Indexed> index = new CopyOnWriteArrayList<>();
  /** Failures of the fake itself (answered 500): a test expecting none asserts this is empty. */
  public final List<RuntimeException> errors = new CopyOnWriteArrayList<>();
  /** Every request, as path and query. */
  public final List<String> log = new CopyOnWriteArrayList<>();
  /** Queries (as sent) whose answers say {@code incomplete_results: true}. */
  public final Set<String> incompleteQueries = ConcurrentHashMap.newKeySet();
  /** Rate-limit units charged per bucket (every answer except 304). */
  public final Map<String, AtomicInteger> charged = new ConcurrentHashMap<>();
  /** Answers {@code 304 Not Modified} per bucket. */
  public final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

  private final Map<String, ConcurrentLinkedQueue<MockResponse>> scripted =
      new ConcurrentHashMap<>();
  /** A raw file ({@code owner/name/path}) whose download waits for {@link #holdRelease}. */
  public volatile String holdPath;

  public final CountDownLatch holdArrived = new CountDownLatch(1);
  public final CountDownLatch holdRelease = new CountDownLatch(1);
  private final AtomicInteger nextId = new AtomicInteger(1000);
  private final Map<String, long[]> windows = new TreeMap<>();
  private final Clock clock;
  /** Requests per hour in {@code core}. */
  public volatile int coreLimit = 5000;
  /** Requests per minute in {@code search}. */
  public volatile int searchLimit = 30;
  /** Requests per minute in {@code code_search}. */
  public volatile int codeSearchLimit = 10;
  /** Requests refused because a bucket was spent (a well-paced client causes none). */
  public final AtomicInteger overLimit = new AtomicInteger();

  /** Creates an empty GitHub whose rate-limit windows follow the system clock. */
  public FakeGitHub() {
    this(Clock.systemUTC());
  }

  /** Creates an empty GitHub whose rate-limit windows follow {@code clock}. */
  public FakeGitHub(Clock clock) {
    this.clock = clock;
  }

  /** A repository. */
  public static final class Repo {
    public final long id;
    public volatile String fullName;
    public volatile long stars;
    public volatile String spdx;
    public volatile List<String> topics = List.of();
    public volatile String created = "2021-03-14T09:12:55Z";
    public volatile boolean archived;
    public volatile boolean fork;
    public final Map<String, String> files = Collections.synchronizedMap(new TreeMap<>());
    public final List<Map<String, Object>> issues = new CopyOnWriteArrayList<>();
    public final List<Map<String, Object>> pulls = new CopyOnWriteArrayList<>();

    Repo(long id, String fullName) {
      this.id = id;
      this.fullName = fullName;
    }

    public String sha() {
      return sha1(fullName + files);
    }
  }

  /** A file code search finds. */
  public record Indexed(String repository, String path, long size, String text) {}

  /** Adds a repository with an SPDX id, {@code NOASSERTION}, or {@code null} for none. */
  public Repo addRepo(String fullName, long stars, String spdx) {
    Repo repo = new Repo(nextId.incrementAndGet(), fullName);
    repo.stars = stars;
    repo.spdx = spdx;
    repos.put(fullName.toLowerCase(Locale.ROOT), repo);
    return repo;
  }

  /** Adds a file to a repository and to the code search index. */
  public void addFile(Repo repo, String path, String text) {
    repo.files.put(path, text);
    index.add(new Indexed(repo.fullName, path, text.getBytes(StandardCharsets.UTF_8).length, text));
  }

  /** Adds an issue with {@code comments} comments. */
  public void addIssue(Repo repo, int number, String title, int comments) {
    Map<String, Object> issue = new LinkedHashMap<>();
    issue.put("number", number);
    issue.put("title", title);
    issue.put("comments", comments);
    repo.issues.add(issue);
  }

  /** Adds a merged pull request changing one file, approved by one review. */
  public void addPull(Repo repo, int number, String title) {
    Map<String, Object> pull = new LinkedHashMap<>();
    pull.put("number", number);
    pull.put("title", title);
    repo.pulls.add(pull);
  }

  /** Renames a repository: the old name answers 301 to {@code /repositories/{id}}. */
  public void rename(String from, String to) {
    Repo repo = repos.remove(from.toLowerCase(Locale.ROOT));
    repo.fullName = to;
    repos.put(to.toLowerCase(Locale.ROOT), repo);
    renamed.put(from.toLowerCase(Locale.ROOT), repo.id);
  }

  /** Answers the next request whose path starts with {@code pathPrefix} with {@code response}, before the fake. */
  public void script(String pathPrefix, MockResponse response) {
    scripted.computeIfAbsent(pathPrefix, p -> new ConcurrentLinkedQueue<>()).add(response);
  }

  /** Returns the units charged to {@code bucket}. */
  public int charged(String bucket) {
    AtomicInteger n = charged.get(bucket);
    return n == null ? 0 : n.get();
  }

  /** Returns the 304 answers given for {@code bucket}. */
  public int notModified(String bucket) {
    AtomicInteger n = notModified.get(bucket);
    return n == null ? 0 : n.get();
  }

  /** Returns the number of requests whose path starts with {@code prefix}. */
  public long requests(String prefix) {
    return log.stream().filter(l -> l.startsWith(prefix)).count();
  }

  static String bucket(String path) {
    if (path.startsWith("/search/code")) {
      return "code_search";
    }
    if (path.startsWith("/search/")) {
      return "search";
    }
    return path.startsWith("/raw/") ? "raw" : "core";
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    HttpUrl url = request.getUrl();
    String path = url.encodedPath();
    log.add(path + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
    for (Map.Entry<String, ConcurrentLinkedQueue<MockResponse>> e : scripted.entrySet()) {
      if (path.startsWith(e.getKey())) {
        MockResponse response = e.getValue().poll();
        if (response != null) {
          charged.computeIfAbsent(bucket(path), b -> new AtomicInteger()).incrementAndGet();
          return response;
        }
      }
    }
    MockResponse.Builder response;
    try {
      response = route(request, url);
    } catch (RuntimeException e) {
      errors.add(e);
      response = new MockResponse.Builder().code(500).body(String.valueOf(e));
    }
    String bucket = bucket(path);
    if (bucket.equals("raw")) {
      charged.computeIfAbsent(bucket, b -> new AtomicInteger()).incrementAndGet();
      return response.build();
    }
    Instant now = clock.instant();
    long window = bucket.equals("core") ? 3600 : 60;
    int limit =
        bucket.equals("core") ? coreLimit : bucket.equals("search") ? searchLimit : codeSearchLimit;
    long start = now.getEpochSecond() / window * window;
    long used;
    boolean free = response.build().getCode() == 304;
    synchronized (windows) {
      long[] w = windows.computeIfAbsent(bucket, b -> new long[2]);
      if (w[0] != start) {
        w[0] = start;
        w[1] = 0;
      }
      if (!free) {
        w[1]++;
      }
      used = w[1];
    }
    if (used > limit) {
      // Over the primary limit: refused, as GitHub does, with nothing left until the reset.
      response = jsonResponse(json(Map.of(
              "message",
              "API rate limit exceeded for user ID 1.",
              "documentation_url",
              "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api")))
          .code(403);
      overLimit.incrementAndGet();
    }
    (free ? notModified : charged)
        .computeIfAbsent(bucket, b -> new AtomicInteger())
        .incrementAndGet();
    response
        .setHeader(
            "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)))
        .setHeader("X-RateLimit-Limit", limit)
        .setHeader("X-RateLimit-Remaining", Math.max(0, limit - used))
        .setHeader("X-RateLimit-Used", Math.min(used, limit))
        .setHeader("X-RateLimit-Reset", start + window)
        .setHeader("X-RateLimit-Resource", bucket)
        .setHeader("X-GitHub-Request-Id", "FAKE:" + log.size());
    return response.build();
  }

  private MockResponse.Builder route(RecordedRequest request, HttpUrl url)
      throws InterruptedException {
    List<String> seg = url.pathSegments();
    if (seg.get(0).equals("raw") && seg.size() >= 5) {
      return raw(seg);
    }
    if (seg.get(0).equals("search") && seg.size() == 2) {
      return seg.get(1).equals("code") ? searchCode(url) : searchRepositories(url);
    }
    if (seg.get(0).equals("repositories") && seg.size() == 2) {
      long id = Long.parseLong(seg.get(1));
      Repo repo = repos.values().stream().filter(r -> r.id == id).findFirst().orElse(null);
      return repo == null ? notFound() : conditional(request, repoJson(repo));
    }
    if (!seg.get(0).equals("repos") || seg.size() < 3) {
      return notFound();
    }
    String name = (seg.get(1) + "/" + seg.get(2)).toLowerCase(Locale.ROOT);
    Repo repo = repos.get(name);
    if (repo == null) {
      Long id = renamed.get(name);
      if (id != null) {
        return new MockResponse.Builder()
            .code(301)
            .setHeader(
                "Location",
                url.newBuilder().encodedPath("/repositories/" + id).query(null).build())
            .body(json(Map.of("message", "Moved Permanently", "url", "/repositories/" + id)));
      }
      return notFound();
    }
    if (seg.size() == 3) {
      return conditional(request, repoJson(repo));
    }
    String rest = String.join("/", seg.subList(3, seg.size()));
    if (rest.startsWith("git/trees/")) {
      return conditional(request, tree(repo));
    }
    if (rest.startsWith("contents/")) {
      String file = rest.substring("contents/".length());
      String text = repo.files.get(file);
      if (text == null) {
        return notFound();
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "file");
      body.put("encoding", "base64");
      body.put("size", text.getBytes(StandardCharsets.UTF_8).length);
      body.put("name", file.substring(file.lastIndexOf('/') + 1));
      body.put("path", file);
      body.put(
          "content", Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
      body.put("sha", sha1(text));
      return conditional(request, json(body));
    }
    if (rest.equals("issues")) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> issue : repo.issues) {
        items.add(issueJson(repo, issue));
      }
      for (Map<String, Object> pull : repo.pulls) {
        Map<String, Object> item = issueJson(repo, pull);
        item.put(
            "pull_request",
            Map.of(
                "url",
                "https://api.github.com/repos/" + repo.fullName + "/pulls/" + pull.get("number")));
        item.put("comments", 1);
        items.add(item);
      }
      items.sort(Comparator.comparing(i -> (Integer) i.get("number")));
      return paged(request, url, items);
    }
    Matcher comments = Pattern.compile("issues/(\\d+)/comments").matcher(rest);
    if (comments.matches()) {
      int number = Integer.parseInt(comments.group(1));
      List<Map<String, Object>> items = new ArrayList<>();
      int count = repo.issues.stream()
          .filter(i -> i.get("number").equals(number))
          .map(i -> (Integer) i.get("comments"))
          .findFirst()
          .orElse(1);
      for (int i = 0; i < count; i++) {
        items.add(Map.of(
            "id",
            number * 100 + i,
            "user",
            Map.of("login", "user" + i),
            "author_association",
            "NONE",
            "body",
            "comment " + i + " on #" + number,
            "created_at",
            "2025-01-0" + (1 + i % 9) + "T00:00:00Z"));
      }
      return paged(request, url, items);
    }
    if (rest.equals("pulls")) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Map<String, Object> pull : repo.pulls) {
        items.add(pullJson(repo, pull));
      }
      return paged(request, url, items);
    }
    Matcher pull = Pattern.compile("pulls/(\\d+)(/files|/reviews)?").matcher(rest);
    if (pull.matches()) {
      if (pull.group(2) == null) {
        return conditional(
            request,
            json(Map.of(
                "number",
                Integer.parseInt(pull.group(1)),
                "merged",
                true,
                "mergeable",
                true,
                "merged_by",
                Map.of("login", "maintainer"),
                "comments",
                1,
                "additions",
                3,
                "deletions",
                1,
                "changed_files",
                1)));
      }
      if (pull.group(2).equals("/files")) {
        return paged(
            request, url, List.of(Map.of("filename", "model.py", "additions", 3, "deletions", 1)));
      }
      return paged(
          request,
          url,
          List.of(Map.of(
              "user",
              Map.of("login", "maintainer"),
              "state",
              "APPROVED",
              "body",
              "",
              "submitted_at",
              "2025-01-02T00:00:00Z")));
    }
    return notFound();
  }

  private MockResponse.Builder raw(List<String> seg) throws InterruptedException {
    Repo repo = repos.get((seg.get(1) + "/" + seg.get(2)).toLowerCase(Locale.ROOT));
    String file = String.join("/", seg.subList(4, seg.size()));
    String text = repo == null ? null : repo.files.get(file);
    if (text == null) {
      return new MockResponse.Builder().code(404).body("404: Not Found");
    }
    if ((repo.fullName + "/" + file).equals(holdPath) && holdRelease.getCount() > 0) {
      holdArrived.countDown();
      holdRelease.await(60, TimeUnit.SECONDS);
    }
    return new MockResponse.Builder()
        .setHeader("Content-Type", "text/plain; charset=utf-8")
        .setHeader("ETag", "\"" + sha1(text) + "\"")
        .body(text);
  }

  private MockResponse.Builder searchCode(HttpUrl url) {
    String q = url.queryParameter("q");
    Matcher size = SIZE.matcher(q);
    long lo = 0;
    long hi = Long.MAX_VALUE;
    if (size.find()) {
      lo = Long.parseLong(size.group(1));
      hi = size.group(2) == null ? lo : Long.parseLong(size.group(2));
    }
    List<String> terms = terms(SIZE.matcher(q).replaceAll(" "));
    List<Indexed> all = new ArrayList<>(index);
    long min = lo;
    long max = hi;
    List<Indexed> hits = all.stream()
        .filter(f -> f.size() >= min && f.size() <= max)
        .filter(f -> terms.stream().allMatch(t -> f.text().contains(t)))
        .sorted(Comparator.comparing(Indexed::repository).thenComparing(Indexed::path))
        .collect(Collectors.toList());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Indexed f : hits) {
      Repo repo = repos.get(f.repository().toLowerCase(Locale.ROOT));
      String ref = repo == null ? "0000000000000000000000000000000000000000" : repo.sha();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", f.path().substring(f.path().lastIndexOf('/') + 1));
      item.put("path", f.path());
      item.put("sha", sha1(f.text()));
      item.put("url", "https://api.github.com/repositories/1/contents/" + f.path() + "?ref=" + ref);
      item.put(
          "html_url", "https://github.com/" + f.repository() + "/blob/" + ref + "/" + f.path());
      item.put(
          "repository",
          Map.of(
              "id",
              repo == null ? 1 : repo.id,
              "name",
              f.repository().substring(f.repository().indexOf('/') + 1),
              "full_name",
              f.repository(),
              "private",
              false,
              "fork",
              false));
      item.put("score", 1.0);
      items.add(item);
    }
    return searchPage(url, q, items);
  }

  private MockResponse.Builder searchRepositories(HttpUrl url) {
    String q = url.queryParameter("q");
    Matcher created = CREATED.matcher(q);
    LocalDate lo = LocalDate.MIN;
    LocalDate hi = LocalDate.MAX;
    if (created.find()) {
      lo = LocalDate.parse(created.group(1));
      hi = created.group(2) == null ? lo : LocalDate.parse(created.group(2));
    }
    List<String> terms = terms(CREATED.matcher(q).replaceAll(" "));
    List<Map<String, Object>> items = new ArrayList<>();
    synchronized (repos) {
      for (Repo repo : repos.values()) {
        LocalDate day = LocalDate.ofInstant(Instant.parse(repo.created), ZoneOffset.UTC);
        String haystack = (repo.fullName + " " + repo.topics).toLowerCase(Locale.ROOT);
        if (!day.isBefore(lo) && !day.isAfter(hi) && terms.stream().allMatch(haystack::contains)) {
          items.add(repoMap(repo));
        }
      }
    }
    return searchPage(url, q, items);
  }

  private MockResponse.Builder searchPage(HttpUrl url, String q, List<Map<String, Object>> items) {
    int perPage = intParam(url, "per_page", 30);
    int page = intParam(url, "page", 1);
    if ((long) page * perPage > 1000) {
      return new MockResponse.Builder()
          .code(422)
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .body(json(Map.of(
              "message",
              "Cannot access beyond the first 1000 results, or the 1000th result.",
              "documentation_url",
              "https://docs.github.com/v3/search/")));
    }
    int from = Math.min(items.size(), (page - 1) * perPage);
    int to = Math.min(items.size(), page * perPage);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("total_count", items.size());
    body.put("incomplete_results", incompleteQueries.contains(q));
    body.put("items", items.subList(from, to));
    MockResponse.Builder response = jsonResponse(json(body));
    int reachable = Math.min(items.size(), 1000);
    if (to < reachable) {
      int last = (reachable + perPage - 1) / perPage;
      response.setHeader(
          "Link",
          "<"
              + url.newBuilder()
                  .setQueryParameter("page", Integer.toString(page + 1))
                  .build()
              + ">; rel=\"next\", <"
              + url.newBuilder()
                  .setQueryParameter("page", Integer.toString(last))
                  .build()
              + ">; rel=\"last\"");
    }
    return response;
  }

  private MockResponse.Builder paged(
      RecordedRequest request, HttpUrl url, List<Map<String, Object>> items) {
    int perPage = intParam(url, "per_page", 30);
    int page = intParam(url, "page", 1);
    int from = Math.min(items.size(), (page - 1) * perPage);
    int to = Math.min(items.size(), page * perPage);
    MockResponse.Builder response = conditional(request, json(items.subList(from, to)));
    if (to < items.size()) {
      response.setHeader(
          "Link",
          "<"
              + url.newBuilder()
                  .setQueryParameter("page", Integer.toString(page + 1))
                  .build() + ">; rel=\"next\"");
    }
    return response;
  }

  private static List<String> terms(String q) {
    List<String> terms = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(q);
    while (m.find()) {
      String t = m.group(1) != null ? m.group(1) : m.group(2);
      if (!t.contains(":")) {
        terms.add(t);
      }
    }
    return terms;
  }

  private static int intParam(HttpUrl url, String name, int fallback) {
    String v = url.queryParameter(name);
    return v == null ? fallback : Integer.parseInt(v);
  }

  private static MockResponse.Builder conditional(RecordedRequest request, String body) {
    String etag = "W/\"" + sha1(body) + "\"";
    if (etag.equals(request.getHeaders().get("If-None-Match"))) {
      return new MockResponse.Builder().code(304).setHeader("ETag", etag);
    }
    return jsonResponse(body)
        .setHeader("ETag", etag)
        .setHeader("Cache-Control", "private, max-age=60, s-maxage=60");
  }

  private static MockResponse.Builder jsonResponse(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body);
  }

  private static MockResponse.Builder notFound() {
    return jsonResponse(json(Map.of(
            "message",
            "Not Found",
            "documentation_url",
            "https://docs.github.com/rest",
            "status",
            "404")))
        .code(404);
  }

  private String repoJson(Repo repo) {
    return json(repoMap(repo));
  }

  private static Map<String, Object> repoMap(Repo repo) {
    Map<String, Object> body = new LinkedHashMap<>();
    String owner = repo.fullName.substring(0, repo.fullName.indexOf('/'));
    body.put("id", repo.id);
    body.put("name", repo.fullName.substring(owner.length() + 1));
    body.put("full_name", repo.fullName);
    body.put("private", false);
    body.put("owner", Map.of("login", owner, "id", repo.id * 7, "type", "User"));
    body.put("html_url", "https://github.com/" + repo.fullName);
    body.put("description", "Repository " + repo.fullName);
    body.put("fork", repo.fork);
    body.put("url", "https://api.github.com/repos/" + repo.fullName);
    body.put("created_at", repo.created);
    body.put("updated_at", "2026-11-01T00:00:00Z");
    body.put("pushed_at", "2026-10-31T00:00:00Z");
    body.put("stargazers_count", repo.stars);
    body.put("watchers_count", repo.stars);
    body.put("language", "Python");
    body.put("forks_count", repo.stars / 10);
    body.put("archived", repo.archived);
    body.put("disabled", false);
    if (repo.spdx == null) {
      body.put("license", null);
    } else if (repo.spdx.equals("NOASSERTION")) {
      Map<String, Object> license = new LinkedHashMap<>();
      license.put("key", "other");
      license.put("name", "Other");
      license.put("spdx_id", "NOASSERTION");
      license.put("url", null);
      body.put("license", license);
    } else {
      body.put(
          "license",
          Map.of(
              "key",
              repo.spdx.toLowerCase(Locale.ROOT),
              "name",
              repo.spdx + " License",
              "spdx_id",
              repo.spdx,
              "url",
              "https://api.github.com/licenses/" + repo.spdx.toLowerCase(Locale.ROOT)));
    }
    body.put("topics", repo.topics);
    body.put("visibility", "public");
    body.put("default_branch", "main");
    return body;
  }

  private static String tree(Repo repo) {
    List<Map<String, Object>> entries = new ArrayList<>();
    Set<String> dirs = new TreeSet<>();
    synchronized (repo.files) {
      repo.files.forEach((path, text) -> {
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
          dirs.add(path.substring(0, i));
        }
        entries.add(Map.of(
            "path",
            path,
            "mode",
            "100644",
            "type",
            "blob",
            "sha",
            sha1(text),
            "size",
            text.getBytes(StandardCharsets.UTF_8).length));
      });
    }
    for (String dir : dirs) {
      entries.add(Map.of("path", dir, "mode", "040000", "type", "tree", "sha", sha1(dir)));
    }
    entries.sort(Comparator.comparing(e -> (String) e.get("path")));
    return json(Map.of("sha", repo.sha(), "tree", entries, "truncated", false));
  }

  private static Map<String, Object> issueJson(Repo repo, Map<String, Object> issue) {
    Map<String, Object> item = new LinkedHashMap<>();
    int number = (Integer) issue.get("number");
    item.put("html_url", "https://github.com/" + repo.fullName + "/issues/" + number);
    item.put("number", number);
    item.put("title", issue.get("title"));
    item.put("user", Map.of("login", "reporter"));
    item.put("labels", List.of(Map.of("name", "question")));
    item.put("state", "open");
    item.put("assignees", List.of());
    item.put("comments", issue.getOrDefault("comments", 0));
    item.put("created_at", "2025-01-01T00:00:00Z");
    item.put("updated_at", "2025-01-02T00:00:00Z");
    item.put("closed_at", null);
    item.put("body", "About " + issue.get("title"));
    return item;
  }

  private static Map<String, Object> pullJson(Repo repo, Map<String, Object> pull) {
    Map<String, Object> item = new LinkedHashMap<>();
    int number = (Integer) pull.get("number");
    item.put("html_url", "https://github.com/" + repo.fullName + "/pull/" + number);
    item.put("number", number);
    item.put("state", "closed");
    item.put("title", pull.get("title"));
    item.put("user", Map.of("login", "contributor"));
    item.put("body", "Changes " + pull.get("title"));
    item.put("labels", List.of());
    item.put("assignees", List.of());
    item.put("requested_reviewers", List.of());
    item.put("created_at", "2025-01-01T00:00:00Z");
    item.put("updated_at", "2025-01-02T00:00:00Z");
    item.put("closed_at", "2025-01-02T00:00:00Z");
    item.put("merged_at", "2025-01-02T00:00:00Z");
    item.put("draft", false);
    item.put("head", Map.of("ref", "feature", "repo", Map.of("full_name", repo.fullName)));
    item.put("base", Map.of("ref", "main", "repo", Map.of("full_name", repo.fullName)));
    return item;
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String sha1(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
