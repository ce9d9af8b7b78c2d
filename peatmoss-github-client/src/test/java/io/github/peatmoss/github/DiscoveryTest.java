package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.github.internal.ServerSentEvents;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.FakeSourcegraph;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The discovery SPI: Sourcegraph's event stream and GitHub's sliced code search. */
class DiscoveryTest {
  private static final ReuseSignature TIMM = ReuseSignature.of("timm", "create_model");

  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime();

  private SourcegraphDiscovery sourcegraph() {
    return SourcegraphDiscovery.builder()
        .endpoint(server.url("/").uri())
        .token(SourcegraphToken.of("sgp_secret"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
  }

  private static List<FakeSourcegraph.Match> matches(int n) {
    List<FakeSourcegraph.Match> matches = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      matches.add(new FakeSourcegraph.Match(
          "github.com/owner" + i + "/repo", "src/m" + i + ".py", "c0ffee" + i));
    }
    return matches;
  }

  @Test
  void sourcegraph_matchesProgressAlertsAndDone() throws Exception {
    FakeSourcegraph fake = new FakeSourcegraph();
    String q = SourcegraphDiscovery.query(TIMM);
    List<FakeSourcegraph.Match> matches = new ArrayList<>(matches(5));
    matches.add(matches.get(0)); // the same file twice: delivered once
    matches.add(new FakeSourcegraph.Match("gitlab.com/x/y", "a.py", "1")); // not GitHub: skipped
    fake.results.put(q, matches);
    fake.alerts.put(q, "Some repositories could not be searched");
    fake.skipped.put(q, "shard-timeout");
    server.setDispatcher(fake);

    List<ReuseCandidate> found = new ArrayList<>();
    DiscoveryReport report = sourcegraph().discover(TIMM, found::add);

    assertThat(found)
        .extracting(c -> c.repository() + ":" + c.path() + "@" + c.ref().orElseThrow())
        .containsExactly(
            "owner0/repo:src/m0.py@c0ffee0",
            "owner1/repo:src/m1.py@c0ffee1",
            "owner2/repo:src/m2.py@c0ffee2",
            "owner3/repo:src/m3.py@c0ffee3",
            "owner4/repo:src/m4.py@c0ffee4");
    assertThat(found).allSatisfy(c -> {
      assertThat(c.source()).isEqualTo("sourcegraph");
      assertThat(c.signature()).isEqualTo(TIMM);
    });
    assertThat(report.requests()).isEqualTo(1);
    assertThat(report.candidates()).isEqualTo(5);
    assertThat(report.resumes()).isZero();
    assertThat(report.isIncomplete()).as("a shard timed out").isTrue();
    assertThat(report.alerts())
        .containsExactly(
            "skipped (shard-timeout): shard-timeout happened",
            "alert: Some repositories could not be searched (d)");
    assertThat(q)
        .isEqualTo("context:global select:file visibility:public count:all lang:Python"
            + " content:'import timm' AND create_model\\(");
    assertThat(fake.authorizations).containsExactly("token sgp_secret");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
    assertThat(request.getUrl().queryParameter("v")).isEqualTo("V3");
  }

  @Test
  void sourcegraph_droppedStream_isResumed_withoutRepeatingCandidates() {
    FakeSourcegraph fake = new FakeSourcegraph();
    fake.results.put(SourcegraphDiscovery.query(TIMM), matches(7));
    fake.drops = 2;
    fake.dropAfter = 3;
    server.setDispatcher(fake);

    List<ReuseCandidate> found = new ArrayList<>();
    DiscoveryReport report = sourcegraph().discover(TIMM, found::add);

    assertThat(found).hasSize(7).doesNotHaveDuplicates();
    assertThat(report.resumes()).isEqualTo(2);
    assertThat(report.requests()).isEqualTo(3);
    assertThat(report.isIncomplete()).isFalse();
  }

  @Test
  void sourcegraph_connectionCutMidStream_isResumed() {
    Buffer partial = new Buffer();
    partial.write(ServerSentEvents.encode(
        "matches",
        "[{\"type\":\"content\",\"path\":\"a.py\","
            + "\"repository\":\"github.com/o/a\",\"commit\":\"1\"}]"));
    partial.writeUtf8("event: matches\ndata: [{\"type\":\"content\",\"pa");
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .setHeader("Content-Length", 4096)
        .body(partial)
        .onResponseEnd(new SocketEffect.CloseSocket())
        .build());
    Buffer full = new Buffer();
    full.write(
        ServerSentEvents.encode(
            "matches",
            "[{\"type\":\"content\",\"path\":\"a.py\","
                + "\"repository\":\"github.com/o/a\",\"commit\":\"1\"},{\"type\":\"content\",\"path\":\"b.py\","
                + "\"repository\":\"github.com/o/b\",\"commit\":\"2\"},{\"type\":\"repo\",\"repository\":\"github.com/o/c\"}]"));
    full.write(ServerSentEvents.encode("done", "{}"));
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .body(full)
        .build());

    List<ReuseCandidate> found = new ArrayList<>();
    DiscoveryReport report = sourcegraph().discover(TIMM, found::add);

    assertThat(found).extracting(c -> c.repository().fullName()).containsExactly("o/a", "o/b");
    assertThat(report.resumes()).isEqualTo(1);
  }

  @Test
  void sourcegraph_givesUpAfterMaxResumes_andSaysSo() {
    FakeSourcegraph fake = new FakeSourcegraph();
    fake.results.put(SourcegraphDiscovery.query(TIMM), matches(5));
    fake.drops = 100;
    server.setDispatcher(fake);
    DiscoveryReport report = sourcegraph().discover(TIMM, c -> {});
    assertThat(report.requests()).isEqualTo(4);
    assertThat(report.candidates()).isEqualTo(2);
    assertThat(report.isIncomplete()).isTrue();
    assertThat(report.alerts()).anyMatch(a -> a.contains("dropped 4 times"));
  }

  @Test
  void sourcegraph_errorEvent_fails() {
    Buffer body = new Buffer();
    body.write(ServerSentEvents.encode(
        "error", "{\"message\":\"invalid query: unbalanced parenthesis\"}"));
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "text/event-stream")
        .body(body)
        .build());
    assertThatThrownBy(() -> sourcegraph().discover(TIMM, c -> {}))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("unbalanced parenthesis")
        .hasMessageNotContaining("sgp_secret");
    assertThat(sourcegraph().toString()).doesNotContain("sgp_secret");
  }

  @Test
  void githubCodeSearch_onePagePerHundredCandidates_perSignature() {
    FakeGitHub github = new FakeGitHub(time);
    for (int i = 0; i < 230; i++) {
      FakeGitHub.Repo repo = github.addRepo("user" + i + "/proj", i, "MIT");
      github.addFile(
          repo, "train.py", "import timm\nm = timm.create_model('hf-hub:acme/vit-" + i + "')\n");
    }
    FakeGitHub.Repo other = github.addRepo("other/proj", 1, null);
    github.addFile(other, "app.py", "import transformers\ntransformers.pipeline('x')\n");
    server.setDispatcher(github);
    GitHubClient client = GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_x"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
    GitHubCodeSearchDiscovery discovery = new GitHubCodeSearchDiscovery(client);

    List<ReuseCandidate> timm = new ArrayList<>();
    DiscoveryReport report = discovery.discover(TIMM, timm::add);
    assertThat(timm).hasSize(230);
    assertThat(timm.get(0).ref()).isPresent();
    assertThat(report.requests()).isEqualTo(3);
    assertThat(report.isIncomplete()).isFalse();
    assertThat(GitHubCodeSearchDiscovery.query(TIMM))
        .isEqualTo("\"import timm\" create_model language:python");

    List<ReuseCandidate> pipelines = new ArrayList<>();
    DiscoveryReport second =
        discovery.discover(ReuseSignature.of("transformers", "pipeline"), pipelines::add);
    assertThat(pipelines).extracting(c -> c.repository().fullName()).containsExactly("other/proj");
    assertThat(second.requests()).isEqualTo(1);
    assertThat(ReuseSignature.peatmoss().stream()
            .map(ReuseSignature::name)
            .collect(Collectors.toList()))
        .contains("transformers.from_pretrained", "timm.create_model", "torch.hub.load")
        .doesNotHaveDuplicates();
  }
}
