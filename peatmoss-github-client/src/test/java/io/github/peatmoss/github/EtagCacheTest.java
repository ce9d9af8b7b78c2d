package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditional requests answered from the persistent ETag cache: an unchanged resource costs no unit. */
class EtagCacheTest {
  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  @TempDir
  Path cache;

  private final FakeTime time = new FakeTime();
  private final FakeGitHub github = new FakeGitHub(time);

  private GitHubClient client(String token) {
    server.setDispatcher(github);
    return GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of(token))
        .cacheDirectory(cache)
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
  }

  @Test
  void secondClientInstance_getsA304_andTheSameValue_atNoCost() throws Exception {
    github.addRepo("acme/app", 42, "MIT");
    RepoRef ref = RepoRef.of("acme", "app");

    GitHubRepository first = client("ghp_one").getRepository(ref);
    assertThat(github.charged("core")).isEqualTo(1);

    GitHubClient second = client("ghp_one"); // a new instance, as a new process would build
    GitHubRepository again = second.getRepository(ref);

    assertThat(again).isEqualTo(first);
    assertThat(github.charged("core")).as("the 304 is free").isEqualTo(1);
    assertThat(github.notModified("core")).isEqualTo(1);
    Map<String, GitHubRateLimit> limits =
        second.rateLimits().stream().collect(Collectors.toMap(GitHubRateLimit::bucket, l -> l));
    assertThat(limits.get("core").requests()).isEqualTo(1);
    assertThat(limits.get("core").notModified()).isEqualTo(1);
    assertThat(limits.get("core").unitsSpent()).isZero();
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.filter(Files::isRegularFile).map(Path::toString))
          .singleElement()
          .satisfies(f -> assertThat(Files.readString(Path.of(f))).doesNotContain("ghp_one"));
    }
  }

  @Test
  void changedResource_isFetchedAgain() {
    FakeGitHub.Repo repo = github.addRepo("acme/app", 42, "MIT");
    RepoRef ref = RepoRef.of("acme", "app");
    client("ghp_one").getRepository(ref);
    repo.stars = 43;
    assertThat(client("ghp_one").getRepository(ref).stars()).isEqualTo(43);
    assertThat(github.charged("core")).isEqualTo(2);
    assertThat(github.notModified("core")).isZero();
    assertThat(client("ghp_one").getRepository(ref).stars()).isEqualTo(43);
    assertThat(github.notModified("core")).isEqualTo(1);
  }

  @Test
  void linkPagedListing_rerun_isAllNotModified_andStillFollowsTheLinks() {
    FakeGitHub.Repo repo = github.addRepo("acme/app", 42, "MIT");
    for (int i = 1; i <= 150; i++) {
      github.addIssue(repo, i, "issue " + i, 0);
    }
    RepoRef ref = RepoRef.of("acme", "app");
    List<GitHubIssue> first =
        client("ghp_one").listIssues(ref).stream().collect(Collectors.toList());
    assertThat(first).hasSize(150);
    assertThat(github.charged("core")).isEqualTo(2);

    List<GitHubIssue> again =
        client("ghp_one").listIssues(ref).stream().collect(Collectors.toList());
    assertThat(again).isEqualTo(first);
    assertThat(github.charged("core")).isEqualTo(2);
    assertThat(github.notModified("core")).isEqualTo(2);
  }

  @Test
  void anotherToken_doesNotShareEntries() {
    github.addRepo("acme/app", 42, "MIT");
    RepoRef ref = RepoRef.of("acme", "app");
    client("ghp_one").getRepository(ref);
    client("ghp_two").getRepository(ref);
    assertThat(github.charged("core")).isEqualTo(2);
    assertThat(github.notModified("core")).isZero();
  }

  @Test
  void withoutCache_nothingIsConditional() {
    github.addRepo("acme/app", 42, "MIT");
    server.setDispatcher(github);
    GitHubClient plain = GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
    plain.getRepository(RepoRef.of("acme", "app"));
    plain.getRepository(RepoRef.of("acme", "app"));
    assertThat(github.charged("core")).isEqualTo(2);
    assertThat(plain.cacheDirectory()).isEmpty();
  }
}
