package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.FakeSourcegraph;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 2: the API calls and rate-limit units spent to map N repositories (metadata with license, issues with
 * comments, pull requests with details, reviews, files and comments), on a first run and on a rerun by a new client
 * with the ETag cache (target: 0 units), side by side with a rerun without the cache; and discovery requests per
 * signature. The counts are exact and asserted. {@code -Dgithub.repositories=N} sets N (default 20) and {@code
 * -Dgithub.discoveryFiles=50,250,...} the candidate files per signature (default 50,250,2500); the tables go to
 * stdout (surefire's {@code -output.txt}).
 */
class GitHubRequestCountTest {
  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  @TempDir
  Path cache;

  private final FakeTime time = new FakeTime();
  private final FakeGitHub github = new FakeGitHub(time);

  private GitHubClient client(boolean cached) {
    GitHubClient.Builder b = GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_x"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build());
    return (cached ? b.cacheDirectory(cache) : b).build();
  }

  /** Maps every repository as mining does; returns {requests, units} of the core bucket as the client counted. */
  private long[] map(GitHubClient client, List<RepoRef> repos) {
    for (RepoRef repo : repos) {
      GitHubRepository r = client.getRepository(repo);
      assertThat(r.license()).isPresent();
      assertThat(client.listIssues(repo).stream().count()).isEqualTo(2);
      assertThat(client.listPullRequests(repo).stream().count()).isEqualTo(1);
    }
    GitHubRateLimit core = client.rateLimits().stream()
        .filter(l -> l.bucket().equals("core"))
        .findFirst()
        .orElseThrow();
    return new long[] {core.requests(), core.unitsSpent()};
  }

  @Test
  void mapNRepositories_firstRun_rerunWithEtagCache_rerunWithout() {
    int n = Integer.getInteger("github.repositories", 20);
    List<RepoRef> repos = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      FakeGitHub.Repo repo =
          github.addRepo("owner" + i + "/repo" + i, i, i % 2 == 0 ? "MIT" : "NOASSERTION");
      github.addIssue(repo, 1, "first", 2);
      github.addIssue(repo, 2, "second", 0);
      github.addPull(repo, 3, "fix");
      repos.add(RepoRef.of("owner" + i, "repo" + i));
    }
    server.setDispatcher(github);

    long[] first = map(client(true), repos);
    int chargedFirst = github.charged("core");
    long[] rerun = map(
        client(true), repos); // a new client instance, as a new process: only the cache persists
    int chargedRerun = github.charged("core") - chargedFirst;
    long[] baseline = map(client(false), repos);
    int chargedBaseline = github.charged("core") - chargedFirst - chargedRerun;

    // Per repository: metadata 1, issues page 1, comments of issue #1 1, pulls page 1, pull detail
    // 1, reviews 1,
    // files 1, comments of the pull 1 = 8 requests.
    assertThat(first).containsExactly(8L * n, 8L * n);
    assertThat(chargedFirst).isEqualTo(8 * n);
    assertThat(rerun).as("every answer a 304").containsExactly(8L * n, 0L);
    assertThat(chargedRerun).isZero();
    assertThat(github.notModified("core")).isEqualTo(8 * n);
    assertThat(baseline).containsExactly(8L * n, 8L * n);
    assertThat(chargedBaseline).isEqualTo(8 * n);

    System.out.printf(
        "| run (%d repositories) | requests | rate-limit units (client) | units (server) | per repository |%n",
        n);
    System.out.printf("|---|---|---|---|---|%n");
    System.out.printf(
        "| first run, ETag cache empty | %,d | %,d | %,d | %.1f units |%n",
        first[0], first[1], chargedFirst, first[1] / (double) n);
    System.out.printf(
        "| rerun, new client, ETag cache | %,d | %,d | %,d | %.1f units |%n",
        rerun[0], rerun[1], chargedRerun, rerun[1] / (double) n);
    System.out.printf(
        "| rerun, new client, no cache (baseline) | %,d | %,d | %,d | %.1f units |%n",
        baseline[0], baseline[1], chargedBaseline, baseline[1] / (double) n);
  }

  @Test
  void discoveryRequestsPerSignature() {
    int[] sizes = Arrays.stream(
            System.getProperty("github.discoveryFiles", "50,250,2500").split(","))
        .mapToInt(Integer::parseInt)
        .toArray();
    List<String> rows = new ArrayList<>();
    for (int s = 0; s < sizes.length; s++) {
      String library = "lib" + s;
      for (int i = 0; i < sizes[s]; i++) {
        github.index.add(new FakeGitHub.Indexed(
            "o" + (i % 300) + "/r" + (i / 300),
            library + "/f" + i + ".py",
            100 + (i * 7919L) % 120_000,
            "import " + library + "\n" + library + ".load('x')"));
      }
    }
    server.setDispatcher(github);
    GitHubCodeSearchDiscovery discovery = new GitHubCodeSearchDiscovery(client(false));
    FakeSourcegraph sourcegraph = new FakeSourcegraph();
    for (int s = 0; s < sizes.length; s++) {
      ReuseSignature signature = ReuseSignature.of("lib" + s, "load");
      List<ReuseCandidate> found = new ArrayList<>();
      long waitedBefore = time.sleeps.stream().mapToLong(d -> d.toSeconds()).sum();
      DiscoveryReport report = discovery.discover(signature, found::add);
      long waited = time.sleeps.stream().mapToLong(d -> d.toSeconds()).sum() - waitedBefore;
      assertThat(found).hasSize(sizes[s]);
      assertThat(report.isIncomplete()).isFalse();
      List<FakeSourcegraph.Match> matches = found.stream()
          .map(c -> new FakeSourcegraph.Match("github.com/" + c.repository(), c.path(), "c0ffee"))
          .collect(Collectors.toList());
      sourcegraph.results.put(SourcegraphDiscovery.query(signature), matches);
      rows.add(String.format("| %,d | %,d | %d s | ", sizes[s], report.requests(), waited));
    }
    assertThat(github.overLimit).hasValue(0);

    server.setDispatcher(sourcegraph);
    SourcegraphDiscovery sg = SourcegraphDiscovery.builder()
        .endpoint(server.url("/").uri())
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
    for (int s = 0; s < sizes.length; s++) {
      DiscoveryReport report = sg.discover(ReuseSignature.of("lib" + s, "load"), c -> {});
      assertThat(report.candidates()).isEqualTo(sizes[s]);
      assertThat(report.requests()).isEqualTo(1);
      rows.set(s, rows.get(s) + report.requests() + " |");
    }
    // With a dropped stream: one more request per drop (the first stream above was the first of two
    // dropped).
    sourcegraph.drops = 2;
    sourcegraph.dropAfter = 500;
    int last = sizes.length - 1;
    DiscoveryReport dropped = sg.discover(ReuseSignature.of("lib" + last, "load"), c -> {});
    assertThat(dropped.requests()).isEqualTo(2);
    assertThat(dropped.candidates()).isEqualTo(sizes[last]);

    System.out.printf(
        "| candidate files for one signature | GitHub code search requests | waited for the"
            + " 10/min window | Sourcegraph streams |%n|---|---|---|---|%n");
    rows.forEach(System.out::println);
    System.out.printf(
        "(Sourcegraph, %,d files, stream dropped once after 500: %d requests, %d candidates)%n",
        sizes[last], dropped.requests(), dropped.candidates());
  }
}
