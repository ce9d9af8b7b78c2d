package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.internal.ServerSentEvents;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Discovery's alerts, the match types taken, and the discoveries' settings. */
class DiscoveryEdgesTest {
  private static final ReuseSignature TORCH_HUB = ReuseSignature.of("torch", "hub.load");

  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime();

  @Test
  void codeSearch_cappedAndIncompleteSlices_areAlertedOnce() {
    Pattern size = Pattern.compile("size:(\\d+)");
    List<String> queries = new ArrayList<>();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        if (request.getUrl().encodedPath().startsWith("/repos/")) {
          return Fixtures.json("repo_mit.json").build();
        }
        String q = request.getUrl().queryParameter("q");
        queries.add(q);
        Matcher m = size.matcher(q);
        // 1,500 files of size 0, two of them returned; nothing of any other size.
        boolean zero = !m.find() || m.group(1).equals("0");
        String items = zero
            ? "{'path': 'a.py', 'repository': {'full_name': 'o/a'}},"
                + " {'path': 'b.py', 'repository': {'full_name': 'o/b'}},"
                + " {'path': 'a.py', 'repository': {'full_name': 'o/a'}}"
            : "";
        return new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .setHeader("X-RateLimit-Resource", "code_search")
            .body(("{'total_count': " + (zero ? 1500 : 0) + ", 'incomplete_results': " + zero
                    + ", 'items': [" + items + "]}")
                .replace('\'', '"'))
            .build();
      }
    });
    GitHubClient client = GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_x"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
    client.getRepository(RepoRef.of("segment-any-text", "wtpsplit")); // a core request first

    List<ReuseCandidate> found = new ArrayList<>();
    DiscoveryReport report = new GitHubCodeSearchDiscovery(client).discover(TORCH_HUB, found::add);

    String capped = "\"import torch\" load language:python size:0";
    assertThat(queries.get(0)).isEqualTo("\"import torch\" load language:python");
    assertThat(queries).contains(capped);
    assertThat(found)
        .extracting(c -> c.repository().fullName() + ":" + c.path() + ":" + c.source())
        .containsExactly("o/a:a.py:github-code-search", "o/b:b.py:github-code-search");
    assertThat(report.source()).isEqualTo("github-code-search");
    assertThat(report.candidates()).isEqualTo(2);
    assertThat(report.requests()).as("code search requests only").isEqualTo(queries.size());
    assertThat(report.isIncomplete()).isTrue();
    assertThat(report.alerts())
        .containsExactly(
            "more than 1,000 results for '" + capped
                + "' and it cannot be cut further; only the first 1,000 were read",
            "GitHub reported incomplete_results for '" + capped + "' (the search timed out)");
  }

  @Test
  void codeSearch_query_usesTheLastPartOfADottedCall() {
    assertThat(GitHubCodeSearchDiscovery.query(TORCH_HUB))
        .isEqualTo("\"import torch\" load language:python");
    assertThat(SourcegraphDiscovery.query(TORCH_HUB))
        .isEqualTo("context:global select:file visibility:public count:all lang:Python"
            + " content:'import torch' AND hub\\.load\\(");
  }

  @Test
  void sourcegraph_takesContentPathAndSymbolMatches_onGitHubOnly() {
    Buffer body = new Buffer();
    body.write(ServerSentEvents.encode(
        "matches",
        ("[{'type': 'content', 'repository': 'github.com/o/a', 'path': 'a.py'},"
                + " {'type': 'path', 'repository': 'GitHub.com/o/b', 'path': 'b.py', 'commit': 'c2'},"
                + " {'type': 'symbol', 'repository': 'github.com/o/c', 'path': 'c.py'},"
                + " {'type': 'repo', 'repository': 'github.com/o/d'},"
                + " {'type': 'commit', 'repository': 'github.com/o/e', 'path': 'e.py'},"
                + " {'type': 'content', 'repository': 'github.com/o/f', 'path': ''},"
                + " {'type': 'content', 'repository': 'github.com/nope', 'path': 'g.py'},"
                + " {'type': 'content', 'repository': 'gitlab.com/o/h', 'path': 'h.py'}]")
            .replace('\'', '"')));
    body.write(ServerSentEvents.encode("done", "{}"));
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build());
    List<ReuseCandidate> found = new ArrayList<>();
    DiscoveryReport report = SourcegraphDiscovery.builder()
        .endpoint(server.url("/").uri())
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .maxResumes(0)
        .build()
        .discover(TORCH_HUB, found::add);
    assertThat(found)
        .extracting(
            c -> c.repository().fullName() + ":" + c.path() + "@" + c.ref().orElse("-"))
        .containsExactly("o/a:a.py@-", "o/b:b.py@c2", "o/c:c.py@-");
    assertThat(report.candidates()).isEqualTo(3);
    assertThat(report.isIncomplete()).isFalse();
    assertThat(report.alerts()).isEmpty();
  }

  @Test
  void sourcegraph_settings() {
    assertThatThrownBy(() -> SourcegraphDiscovery.builder().maxResumes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxResumes must be >= 0: -1");
    SourcegraphDiscovery plain = SourcegraphDiscovery.builder().build();
    assertThat(plain.endpoint()).isEqualTo(SourcegraphDiscovery.DEFAULT_ENDPOINT);
    assertThat(plain.name()).isEqualTo("sourcegraph");
    assertThat(plain.toString())
        .isEqualTo("SourcegraphDiscovery[endpoint=https://sourcegraph.com, token=none]");
    assertThat(SourcegraphDiscovery.builder()
            .token(SourcegraphToken.of("sgp_x"))
            .build()
            .toString())
        .isEqualTo("SourcegraphDiscovery[endpoint=https://sourcegraph.com, token=redacted]");
    assertThat(SourcegraphDiscovery.create().endpoint())
        .isEqualTo(SourcegraphDiscovery.DEFAULT_ENDPOINT);
    SourcegraphDiscovery configured = SourcegraphDiscovery.builder()
        .settings(ClientSettings.builder().endpoint(server.url("/sg/").uri()).build())
        .build();
    assertThat(configured.endpoint()).isEqualTo(server.url("/sg/").uri());
  }
}
