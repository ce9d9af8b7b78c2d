package io.github.peatmoss.hf.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okio.Buffer;

/**
 * An in-memory Hugging Face Hub serving the repository-history endpoints in the Hub's JSON shapes (model listing
 * with a Link cursor, refs, Link-paginated commits, page-numbered discussions, discussion details, recursive tree
 * and resolve), so snapshot runs can be tested end to end. Counts requests; can corrupt a file's bytes a number
 * of times and hold one file's download until released. Thread-safe.
 */
public final class FakeSnapshotHub extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  public final Map<String, Repo> repos = Collections.synchronizedMap(new LinkedHashMap<>());
  public final AtomicInteger requests = new AtomicInteger();
  public final List<String> log = new CopyOnWriteArrayList<>();
  public final Map<String, Integer> corruptions = new ConcurrentHashMap<>();
  /** Models whose files are gated: resolve answers 403 GatedRepo. */
  public final Set<String> gated = ConcurrentHashMap.newKeySet();

  volatile int commitsPerPage = 2;
  volatile int discussionsPerPage = 2;
  /** Added to the comment count of listed discussions: the Hub may count the opening post, or not. */
  volatile int numCommentsOffset;
  /** Lists a repository's files in reverse path order, as a Hub that sorts otherwise might. */
  volatile boolean treeReversed;
  /** Paths the tree lists without a git oid (nor LFS id), so there is nothing to verify them against. */
  public final Set<String> withoutIds = ConcurrentHashMap.newKeySet();
  /** A download ({@code model id/path}) to hold until {@link #holdRelease} opens. */
  public volatile String holdPath;

  public final CountDownLatch holdArrived = new CountDownLatch(1);
  public final CountDownLatch holdRelease = new CountDownLatch(1);

  /** A repository: commits newest first, discussions newest first, files by path. */
  public static final class Repo {
    final String id;
    long downloads;
    final List<Map<String, Object>> commits = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> branches = new CopyOnWriteArrayList<>();
    final List<Map<String, Object>> tags = new CopyOnWriteArrayList<>();
    public final List<Disc> discussions = new CopyOnWriteArrayList<>();
    public final Map<String, FakeFile> files = Collections.synchronizedMap(new TreeMap<>());

    Repo(String id, long downloads) {
      this.id = id;
      this.downloads = downloads;
    }

    public String sha() {
      return (String) commits.get(0).get("id");
    }

    public Repo commit(String id, String date, String title, String... users) {
      Map<String, Object> commit = new LinkedHashMap<>();
      commit.put("id", id);
      List<Map<String, Object>> authors = new ArrayList<>();
      for (String user : users) {
        Map<String, Object> author = new LinkedHashMap<>();
        if (user != null) {
          author.put("user", user);
        }
        author.put(
            "avatar", "https://cdn-avatars.example/" + (user == null ? "git" : user) + ".png");
        authors.add(author);
      }
      commit.put("authors", authors);
      commit.put("date", date);
      commit.put("title", title);
      commit.put("message", "Body of: " + title + "\n");
      commits.add(0, commit);
      if (!branches.isEmpty()) {
        branches.get(0).put("targetCommit", id);
      }
      return this;
    }

    Repo branch(String name, String target) {
      branches.add(ref(name, "refs/heads/" + name, target));
      return this;
    }

    Repo tag(String name, String target) {
      tags.add(ref(name, "refs/tags/" + name, target));
      return this;
    }

    Repo file(String path, String content, boolean lfs) {
      files.put(path, new FakeFile(content.getBytes(StandardCharsets.UTF_8), lfs));
      return this;
    }

    Disc discussion(
        int num, String title, String status, boolean pr, String author, String createdAt) {
      Disc d = new Disc(num, title, status, pr, author, createdAt);
      discussions.add(0, d);
      return d;
    }

    private static Map<String, Object> ref(String name, String ref, String target) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("name", name);
      map.put("ref", ref);
      map.put("targetCommit", target);
      return map;
    }
  }

  /** A discussion or pull request with its events. */
  public static final class Disc {
    public final int num;
    String title;
    String status;
    final boolean pr;
    final String author;
    final String createdAt;
    final List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
    final List<String> conflicts = new CopyOnWriteArrayList<>();
    String mergeCommit;
    String diff;

    Disc(int num, String title, String status, boolean pr, String author, String createdAt) {
      this.num = num;
      this.title = title;
      this.status = status;
      this.pr = pr;
      this.author = author;
      this.createdAt = createdAt;
    }

    public Disc comment(String id, String author, String at, String text) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("edited", false);
      data.put("hidden", false);
      data.put("latest", Map.of("raw", text, "html", "<p>" + text + "</p>", "updatedAt", at));
      data.put("numEdits", 0);
      return event(id, "comment", author, at, data);
    }

    Disc status(String id, String author, String at, String newStatus) {
      status = newStatus;
      return event(id, "status-change", author, at, Map.of("status", newStatus));
    }

    Disc commit(String id, String author, String at, String subject, String oid) {
      return event(id, "commit", author, at, Map.of("subject", subject, "oid", oid));
    }

    Disc retitle(String id, String author, String at, String to) {
      Disc d = event(id, "title-change", author, at, Map.of("from", title, "to", to));
      title = to;
      return d;
    }

    private Disc event(String id, String type, String author, String at, Map<String, Object> data) {
      Map<String, Object> event = new LinkedHashMap<>();
      event.put("id", id);
      if (author != null) {
        event.put(
            "author",
            Map.of("name", author, "type", "user", "avatarUrl", "/avatars/" + author + ".svg"));
      }
      event.put("createdAt", at);
      event.put("type", type);
      event.put("data", data);
      events.add(event);
      return this;
    }

    long comments() {
      return events.stream().filter(e -> "comment".equals(e.get("type"))).count();
    }
  }

  /** A file's bytes and whether the Hub keeps it in LFS. */
  public static final class FakeFile {
    public final byte[] content;
    final boolean lfs;

    FakeFile(byte[] content, boolean lfs) {
      this.content = content;
      this.lfs = lfs;
    }

    public String gitOid() {
      // An LFS file's git object is its pointer file.
      byte[] blob = lfs ? pointer().getBytes(StandardCharsets.UTF_8) : content;
      return hash(
          "SHA-1", ("blob " + blob.length + "\0").getBytes(StandardCharsets.US_ASCII), blob);
    }

    public String sha256() {
      return hash("SHA-256", new byte[0], content);
    }

    String pointer() {
      return "version https://git-lfs.github.com/spec/v1\noid sha256:" + sha256() + "\nsize "
          + content.length + "\n";
    }
  }

  static String hash(String algorithm, byte[] header, byte[] content) {
    try {
      MessageDigest digest = MessageDigest.getInstance(algorithm);
      digest.update(header);
      return HexFormat.of().formatHex(digest.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Repo add(String id, long downloads) {
    Repo repo = new Repo(id, downloads);
    repos.put(id, repo);
    return repo;
  }

  public int requestCount() {
    return requests.get();
  }

  /** Creates an empty hub. */
  public FakeSnapshotHub() {}

  @Override
  public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
    requests.incrementAndGet();
    HttpUrl url = request.getUrl();
    log.add(url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery()));
    List<String> seg = url.pathSegments();
    try {
      if (seg.size() == 2 && seg.get(0).equals("api") && seg.get(1).equals("models")) {
        return listing(url);
      }
      if (seg.size() >= 4 && seg.get(0).equals("api") && seg.get(1).equals("models")) {
        Repo repo = repos.get(seg.get(2) + "/" + seg.get(3));
        if (repo == null) {
          return notFound("Repository not found");
        }
        if (seg.size() == 4) {
          return json(Map.of("id", repo.id, "sha", repo.sha()));
        }
        switch (seg.get(4)) {
          case "refs":
            return json(
                Map.of("branches", repo.branches, "converts", List.of(), "tags", repo.tags));
          case "commits":
            return commits(url, repo, seg.get(5));
          case "discussions":
            return seg.size() == 5
                ? discussions(url, repo)
                : discussion(repo, Integer.parseInt(seg.get(5)));
          case "tree":
            return tree(repo);
          default:
            return notFound("Not found");
        }
      }
      if (seg.size() >= 5 && seg.get(2).equals("resolve")) {
        Repo repo = repos.get(seg.get(0) + "/" + seg.get(1));
        String path = String.join("/", seg.subList(4, seg.size()));
        FakeFile file = repo == null ? null : repo.files.get(path);
        if (file == null) {
          return new MockResponse.Builder()
              .code(404)
              .setHeader("X-Error-Code", "EntryNotFound")
              .setHeader("X-Error-Message", "Entry not found")
              .build();
        }
        if (gated.contains(repo.id)) {
          return new MockResponse.Builder()
              .code(403)
              .setHeader("X-Error-Code", "GatedRepo")
              .setHeader("X-Error-Message", "Access to model " + repo.id + " is restricted.")
              .build();
        }
        if ((repo.id + "/" + path).equals(holdPath) && holdRelease.getCount() > 0) {
          holdArrived.countDown();
          holdRelease.await(60, TimeUnit.SECONDS);
        }
        byte[] bytes = file.content.clone();
        if (corruptions.merge(path, -1, Integer::sum) >= 0) {
          bytes[bytes.length / 2] ^= 0x5a;
        } else {
          corruptions.remove(path);
        }
        return new MockResponse.Builder()
            .setHeader("X-Repo-Commit", repo.sha())
            .body(new Buffer().write(bytes))
            .build();
      }
      return notFound("Not found");
    } catch (RuntimeException e) {
      return new MockResponse.Builder().code(500).body(String.valueOf(e)).build();
    }
  }

  private MockResponse listing(HttpUrl url) {
    int limit = Integer.parseInt(
        url.queryParameter("limit") == null ? "1000" : url.queryParameter("limit"));
    int offset =
        url.queryParameter("cursor") == null ? 0 : Integer.parseInt(url.queryParameter("cursor"));
    List<Repo> sorted;
    synchronized (repos) {
      sorted = repos.values().stream()
          .sorted((a, b) -> Long.compare(b.downloads, a.downloads))
          .collect(Collectors.toList());
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Repo repo :
        sorted.subList(Math.min(offset, sorted.size()), Math.min(offset + limit, sorted.size()))) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("_id", Integer.toHexString(repo.id.hashCode()));
      item.put("id", repo.id);
      item.put("sha", repo.sha());
      item.put("downloads", repo.downloads);
      item.put("likes", repo.downloads / 10);
      items.add(item);
    }
    MockResponse.Builder response = jsonBuilder(items);
    if (offset + limit < sorted.size()) {
      response.setHeader(
          "Link",
          "<"
              + url.newBuilder()
                  .setQueryParameter("cursor", Integer.toString(offset + limit))
                  .build()
              + ">; rel=\"next\"");
    }
    return response.build();
  }

  private MockResponse commits(HttpUrl url, Repo repo, String revision) {
    int start = 0;
    for (int i = 0; i < repo.commits.size(); i++) {
      if (repo.commits.get(i).get("id").equals(revision)) {
        start = i;
      }
    }
    int offset = url.queryParameter("cursor") == null
        ? start
        : Integer.parseInt(url.queryParameter("cursor"));
    int end = Math.min(offset + commitsPerPage, repo.commits.size());
    MockResponse.Builder response = jsonBuilder(repo.commits.subList(offset, end));
    if (end < repo.commits.size()) {
      response.setHeader(
          "Link",
          "<"
              + url.newBuilder()
                  .setQueryParameter("cursor", Integer.toString(end))
                  .build() + ">; rel=\"next\"");
    }
    return response.build();
  }

  private MockResponse discussions(HttpUrl url, Repo repo) {
    int page = Integer.parseInt(url.queryParameter("p") == null ? "0" : url.queryParameter("p"));
    int start = page * discussionsPerPage;
    List<Map<String, Object>> items = new ArrayList<>();
    for (Disc d : repo.discussions.subList(
        Math.min(start, repo.discussions.size()),
        Math.min(start + discussionsPerPage, repo.discussions.size()))) {
      Map<String, Object> item = summary(repo, d);
      item.put("numComments", d.comments() + numCommentsOffset);
      items.add(item);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("discussions", items);
    body.put("count", repo.discussions.size());
    body.put("start", start);
    return json(body);
  }

  private MockResponse discussion(Repo repo, int num) {
    for (Disc d : repo.discussions) {
      if (d.num == num) {
        Map<String, Object> body = summary(repo, d);
        body.put("events", d.events);
        if (d.pr) {
          Map<String, Object> changes = new LinkedHashMap<>();
          changes.put("base", "refs/heads/main");
          if (d.mergeCommit != null) {
            changes.put("mergeCommitId", d.mergeCommit);
          }
          body.put("changes", changes);
          body.put("filesWithConflicts", d.conflicts);
          body.put("diff", d.diff == null ? "" : d.diff);
        }
        return json(body);
      }
    }
    return notFound("Discussion not found");
  }

  private static Map<String, Object> summary(Repo repo, Disc d) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("num", d.num);
    if (d.author != null) {
      item.put(
          "author",
          Map.of("name", d.author, "type", "user", "avatarUrl", "/avatars/" + d.author + ".svg"));
    }
    item.put("repo", Map.of("name", repo.id, "type", "model"));
    item.put("title", d.title);
    item.put("status", d.status);
    item.put("createdAt", d.createdAt);
    item.put("isPullRequest", d.pr);
    item.put("pinned", false);
    return item;
  }

  private MockResponse tree(Repo repo) {
    List<Map<String, Object>> items = new ArrayList<>();
    Set<String> dirs = new TreeSet<>();
    synchronized (repo.files) {
      for (Map.Entry<String, FakeFile> e : repo.files.entrySet()) {
        String path = e.getKey();
        for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
          dirs.add(path.substring(0, i));
        }
        FakeFile f = e.getValue();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "file");
        if (!withoutIds.contains(path)) {
          item.put("oid", f.gitOid());
        }
        item.put("size", f.content.length);
        item.put("path", path);
        if (f.lfs && !withoutIds.contains(path)) {
          item.put(
              "lfs",
              Map.of(
                  "oid",
                  f.sha256(),
                  "size",
                  f.content.length,
                  "pointerSize",
                  f.pointer().length()));
        }
        items.add(item);
      }
    }
    if (treeReversed) {
      Collections.reverse(items);
    }
    for (String dir : dirs) {
      items.add(Map.of(
          "type",
          "directory",
          "oid",
          hash("SHA-1", new byte[0], dir.getBytes(StandardCharsets.UTF_8)),
          "size",
          0,
          "path",
          dir));
    }
    return json(items);
  }

  private static MockResponse json(Object body) {
    return jsonBuilder(body).build();
  }

  private static MockResponse.Builder jsonBuilder(Object body) {
    try {
      return new MockResponse.Builder()
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .body(JSON.writeValueAsString(body));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse notFound(String message) {
    return new MockResponse.Builder()
        .code(404)
        .setHeader("X-Error-Code", "RepoNotFound")
        .setHeader("X-Error-Message", message)
        .body("{\"error\":\"" + message + "\"}")
        .build();
  }

  /** Adds a repository like the history fixtures of the client tests, with LFS and plain files. */
  public Repo addTinyBert(String id, long downloads) {
    Repo repo = add(id, downloads).branch("main", null);
    repo.commit(
        "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
        "2024-01-01T00:00:00.000Z",
        "initial commit",
        (String) null);
    repo.commit(
        "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493",
        "2024-02-20T08:00:00.000Z",
        "Update README.md",
        "ada-lovelace",
        "grace-h");
    repo.commit(
        "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4",
        "2024-03-05T10:15:30.000Z",
        "Merge pull request #4: add safetensors weights",
        "ada-lovelace");
    repo.branch("onnx", "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493");
    repo.tag("v1.0", "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
    repo.discussion(
            1,
            "Which dataset was this trained on?",
            "open",
            false,
            null,
            "2023-12-24T18:45:00.000Z")
        .comment(
            "6588a0000000000000000001", null, "2023-12-24T18:45:00.000Z", "The card does not say.")
        .comment(
            "6588a0000000000000000002",
            "grace-h",
            "2023-12-26T09:00:00.000Z",
            "BookCorpus and Wikipedia.")
        .status("6588a0000000000000000003", "grace-h", "2023-12-26T09:01:00.000Z", "closed");
    repo.discussion(3, "Fix tokenizer config", "open", true, "grace-h", "2024-02-28T09:30:00.000Z")
        .comment(
            "65df0000000000000000000a",
            "grace-h",
            "2024-02-28T09:30:00.000Z",
            "Sets model_max_length.");
    Disc pr = repo.discussion(
            4, "Adding safetensors", "open", true, "convert-bot", "2024-03-01T12:00:00.000Z")
        .comment(
            "65e1c2000000000000000001",
            "convert-bot",
            "2024-03-01T12:00:00.000Z",
            "Adds safetensors weights.")
        .commit(
            "65e1c2000000000000000002",
            "convert-bot",
            "2024-03-01T12:00:05.000Z",
            "Adding `safetensors` variant of this model",
            "3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5")
        .retitle(
            "65e1c2000000000000000004",
            "ada-lovelace",
            "2024-03-04T16:20:00.000Z",
            "Adding `safetensors` variant of this model")
        .status("65e1c2000000000000000005", "ada-lovelace", "2024-03-05T10:15:30.000Z", "merged");
    pr.mergeCommit = "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4";
    pr.conflicts.add("model.safetensors");
    pr.conflicts.add("config.json");
    pr.diff = "diff --git a/model.safetensors b/model.safetensors\nnew file mode 100644\n";
    repo.file("README.md", "---\nlicense: mit\n---\n# " + id + "\n", false)
        .file(
            "config.json",
            "{\"model_type\": \"bert\", \"hidden_size\": 32, \"name\": \"" + id + "\"}\n",
            false)
        .file("model.safetensors", "SAFETENSORS".repeat(300) + id, true)
        .file("onnx/model.onnx", "ONNX".repeat(500) + id, true);
    return repo;
  }
}
