package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Argument checks, size boundaries, malformed answers and the client's own settings. */
class GitHubClientEdgesTest {
  private static final RepoRef REPO = RepoRef.of("acme-lab", "huge");

  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime();

  private GitHubClient.Builder builder() {
    return GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_secret"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build());
  }

  private GitHubClient client() {
    return builder().build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body.replace('\'', '"'))
        .build();
  }

  @Test
  void blankArguments_areRefused_beforeAnyRequest() {
    GitHubClient client = client();
    assertThatThrownBy(() -> client.getTree(REPO, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ref must not be blank");
    assertThatThrownBy(() -> client.getContent(REPO, "", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must not be blank");
    assertThatThrownBy(() -> client.readRawFile(REPO, " ", "a.py", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ref must not be blank");
    assertThatThrownBy(() -> client.readRawFile(REPO, "main", "\t", 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must not be blank");
    assertThatThrownBy(() -> client.searchCode("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("search query must not be blank");
    assertThatThrownBy(() -> client.searchRepositories(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("search query must not be blank");
    assertThatThrownBy(() -> client.getTree(REPO, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ref == null");
    assertThatThrownBy(() -> client.searchCode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("query == null");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void content_atRef_exactly1MB_isInline() throws Exception {
    byte[] bytes = new byte[(int) GitHubClient.CONTENTS_INLINE_LIMIT];
    bytes[0] = 'x';
    server.enqueue(json("{'type': 'file', 'encoding': 'base64', 'size': " + bytes.length
        + ", 'path': 'big.bin', 'sha': 's', 'content': '"
        + Base64.getEncoder().encodeToString(bytes) + "'}"));
    GitHubContent content = client().getContent(REPO, "big.bin", Optional.of("v2"));
    assertThat(content.isRawFallback()).isFalse();
    assertThat(content.bytes()).isEqualTo(bytes);
    assertThat(content.path()).isEqualTo("big.bin");
    assertThat(content.sha()).isEqualTo("s");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().queryParameter("ref")).isEqualTo("v2");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void content_exactly100MB_isFetchedRaw_over100MB_isRefused() {
    server.enqueue(json("{'type': 'file', 'encoding': 'none', 'size': "
        + GitHubClient.MAX_FILE_BYTES + ", 'path': 'w.bin', 'sha': 's', 'content': ''}"));
    server.enqueue(new MockResponse.Builder().body("raw bytes").build());
    GitHubContent content = client().getContent(REPO, "w.bin", Optional.empty());
    assertThat(content.isRawFallback()).isTrue();
    assertThat(content.text()).isEqualTo("raw bytes");
    assertThat(content.size()).isEqualTo(GitHubClient.MAX_FILE_BYTES);

    server.enqueue(json("{'type': 'file', 'encoding': 'none', 'size': "
        + (GitHubClient.MAX_FILE_BYTES + 1) + ", 'path': 'w.bin', 'sha': 's', 'content': ''}"));
    assertThatThrownBy(() -> client().getContent(REPO, "w.bin", Optional.empty()))
        .isInstanceOf(DecodeException.class)
        .hasMessage(
            "acme-lab/huge:w.bin has 104857601 bytes; the contents API serves at most 100 MB:"
                + " clone the repository instead");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void content_symlinkOrSubmodule_isRefused() {
    server.enqueue(json("{'type': 'symlink', 'target': 'x', 'path': 'link', 'sha': 's'}"));
    assertThatThrownBy(() -> client().getContent(REPO, "link", Optional.empty()))
        .isInstanceOf(DecodeException.class)
        .hasMessage("acme-lab/huge:link is not a file (symlink); list folders with getTree");
  }

  @Test
  void malformedAnswers_areDecodeErrors_namingTheRequest() {
    server.enqueue(new MockResponse.Builder().body("").build());
    assertThatThrownBy(() -> client().getRepository(REPO))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /repos/acme-lab/huge: empty body where JSON was expected");

    server.enqueue(json("[]"));
    assertThatThrownBy(() -> client().searchCode("x").stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("GET /search/code: expected a search result object");

    server.enqueue(json("{'message': 'Moved'}"));
    assertThatThrownBy(() -> client().listIssues(REPO).stream().count())
        .isInstanceOf(DecodeException.class)
        .hasMessageStartingWith("GET /repos/acme-lab/huge/issues: expected a JSON array");
  }

  @Test
  void tree_folderTooLargeEvenAlone_isRefused() {
    server.enqueue(json("{'sha': 'root', 'tree': [], 'truncated': true}"));
    server.enqueue(json("{'sha': 'root', 'tree': [{'path': 'a', 'type': 'blob', 'sha': 'x'}],"
        + " 'truncated': true}"));
    assertThatThrownBy(() -> client().getTree(REPO, "main"))
        .isInstanceOf(DecodeException.class)
        .hasMessage("GET /repos/acme-lab/huge/git/trees/root: one folder of acme-lab/huge has more"
            + " entries than GitHub lists (100,000); clone the repository instead");
  }

  @Test
  void tree_notTruncated_isOneRequest_withTheTreeSha() {
    FakeGitHub github = new FakeGitHub(time);
    FakeGitHub.Repo repo = github.addRepo("acme/app", 1, "MIT");
    github.addFile(repo, "src/a.py", "print(1)\n");
    server.setDispatcher(github);
    GitTree tree = client().getTree(RepoRef.of("acme", "app"), "main");
    assertThat(tree.sha()).isEqualTo(repo.sha());
    assertThat(tree.entries()).extracting(GitTreeEntry::path).containsExactly("src", "src/a.py");
    assertThat(tree.walkedSubtrees()).isZero();
    assertThat(github.log).containsExactly("/repos/acme/app/git/trees/main?recursive=1");
  }

  @Test
  void pullRequest_withNoChangedFilesAndNoComments_skipsThoseRequests() {
    server.enqueue(json("[{'html_url': 'https://github.com/acme-lab/huge/pull/1', 'number': 1,"
        + " 'state': 'open'}]"));
    server.enqueue(json("{'number': 1, 'changed_files': 0, 'comments': 0}"));
    server.enqueue(json("[]"));
    List<GitHubPullRequest> pulls =
        client().listPullRequests(REPO).stream().collect(Collectors.toList());
    assertThat(pulls).singleElement().satisfies(p -> {
      assertThat(p.files()).isEmpty();
      assertThat(p.comments()).isEmpty();
      assertThat(p.changedFiles()).hasValue(0);
    });
    assertThat(server.getRequestCount()).as("list, details, reviews").isEqualTo(3);
  }

  @Test
  void settings_areReported_andKept() {
    Path cache = Path.of("build-cache-dir");
    GitHubClient cached = builder().cacheDirectory(cache).build();
    assertThat(cached.cacheDirectory()).hasValue(cache);
    assertThat(cached.endpoint()).isEqualTo(server.url("/").uri());
    assertThat(cached.toString())
        .isEqualTo("GitHubClient[endpoint=" + server.url("/").uri()
            + ", token=redacted, cache=build-cache-dir]");
    GitHubClient copy = cached.toBuilder().noCache().build();
    assertThat(copy.cacheDirectory()).isEmpty();
    assertThat(copy.endpoint()).isEqualTo(cached.endpoint());
    GitHubClient anonymous =
        GitHubClient.builder().endpoint(server.url("/").uri()).build();
    assertThat(anonymous.toString())
        .isEqualTo("GitHubClient[endpoint=" + server.url("/").uri() + ", token=none, cache=off]");
    assertThat(GitHubClient.create().endpoint()).isEqualTo(GitHubClient.DEFAULT_ENDPOINT);
  }

  @Test
  void findRepository_foundOrEmpty() {
    server.enqueue(Fixtures.json("repo_mit.json").build());
    assertThat(client().findRepository(RepoRef.of("segment-any-text", "wtpsplit")))
        .hasValueSatisfying(r -> assertThat(r.stars()).isEqualTo(871));
  }

  @Test
  void rawEndpoint_asSet_orGitHubsForGitHub_orUnderTheEndpoint() throws Exception {
    server.enqueue(new MockResponse.Builder().body("hello").build());
    GitHubClient cdn = builder().rawEndpoint(server.url("/cdn/").uri()).build();
    assertThat(cdn.readRawFile(REPO, "main", "a.txt", 100)).isEqualTo("hello");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/cdn/acme-lab/huge/main/a.txt");

    // github.com's files come from raw.githubusercontent.com; answered here without a network.
    List<String> asked = new ArrayList<>();
    OkHttpClient offline = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          asked.add(chain.request().url().toString());
          return new Response.Builder()
              .request(chain.request())
              .protocol(Protocol.HTTP_1_1)
              .code(200)
              .message("OK")
              .body(ResponseBody.create("text".getBytes(StandardCharsets.UTF_8), null))
              .build();
        })
        .build();
    GitHubClient github = GitHubClient.builder()
        .settings(ClientSettings.builder()
            .clock(time)
            .sleeper(time)
            .httpClient(offline)
            .build())
        .build();
    assertThat(github.readRawFile(REPO, "main", "a.txt", 100)).isEqualTo("text");
    assertThat(asked).containsExactly("https://raw.githubusercontent.com/acme-lab/huge/main/a.txt");
    assertThat(client().endpoint()).isNotEqualTo(GitHubClient.DEFAULT_ENDPOINT);
    assertThat(URI.create(server.url("/").toString())).isEqualTo(client().endpoint());
  }
}
