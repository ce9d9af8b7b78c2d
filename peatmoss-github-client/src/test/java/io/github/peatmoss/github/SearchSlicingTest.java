package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The 1,000-result cap: queries with more hits are sliced until every slice fits. */
class SearchSlicingTest {
  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime();
  private final FakeGitHub github = new FakeGitHub(time);

  private GitHubClient client() {
    server.setDispatcher(github);
    return GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .token(GitHubToken.of("ghp_secret"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
  }

  private void indexTimmFiles(int n) {
    for (int i = 0; i < n; i++) {
      long size = 100 + (i * 7919L) % 60_000; // spread over sizes, deterministic
      github.index.add(new FakeGitHub.Indexed(
          "owner" + (i % 97) + "/repo" + (i % 89),
          "src/f" + i + ".py",
          size,
          "import timm\nm = timm.create_model('hf-hub:x/y')"));
    }
    github.index.add(new FakeGitHub.Indexed("other/repo", "a.py", 200, "import torch"));
  }

  @Test
  void codeSearch_over1000Hits_isSlicedBySize_andFindsEveryHitOnce() {
    indexTimmFiles(2_500);
    List<CodeSearchHit> hits =
        client().searchCode("\"import timm\" create_model").stream().collect(Collectors.toList());

    assertThat(hits).hasSize(2_500);
    assertThat(hits.stream().map(h -> h.repository() + ":" + h.path()).collect(Collectors.toSet()))
        .hasSize(2_500);
    assertThat(hits).allSatisfy(h -> {
      assertThat(h.slice().totalCount()).isLessThanOrEqualTo(1000);
      assertThat(h.slice().isCapped()).isFalse();
      assertThat(h.slice().query()).startsWith("\"import timm\" create_model size:");
      assertThat(h.ref()).isPresent();
    });
    assertThat(github.log).as("never asks past result 1,000").noneMatch(l -> l.contains("page=11"));
    assertThat(github.charged("code_search")).as("search requests").isLessThan(60);
    assertThat(github.overLimit).as("paced to 10 a minute: never refused").hasValue(0);
    assertThat(time.sleeps).as("waited for the next minute's window").isNotEmpty();
  }

  @Test
  void codeSearch_under1000Hits_isOneQuery_withIncompleteResultsRecorded() {
    indexTimmFiles(150);
    github.incompleteQueries.add("\"import timm\"");
    List<CodeSearchHit> hits =
        client().searchCode("\"import timm\"").stream().collect(Collectors.toList());
    assertThat(hits).hasSize(150);
    assertThat(hits).allSatisfy(h -> {
      assertThat(h.slice().query()).isEqualTo("\"import timm\"");
      assertThat(h.slice().incompleteResults()).isTrue();
    });
    assertThat(github.charged("code_search")).isEqualTo(2); // 100 + 50
  }

  @Test
  void codeSearch_sliceThatCannotBeCut_isCapped_at1000() {
    for (int i = 0; i < 1_200; i++) {
      github.index.add(new FakeGitHub.Indexed("o/r" + i, "same.py", 500, "import timm"));
    }
    List<CodeSearchHit> hits =
        client().searchCode("\"import timm\"").stream().collect(Collectors.toList());
    assertThat(github.errors).isEmpty();
    assertThat(hits).hasSize(1_000);
    assertThat(hits).allSatisfy(h -> {
      assertThat(h.slice().isCapped()).isTrue();
      assertThat(h.slice().query()).isEqualTo("\"import timm\" size:500");
    });
    assertThat(github.log).noneMatch(l -> l.contains("page=11"));
  }

  @Test
  void codeSearch_withItsOwnSizeQualifier_isNotSlicedFurther() {
    indexTimmFiles(1_500);
    List<CodeSearchHit> hits =
        client().searchCode("\"import timm\" size:0..100000").stream().collect(Collectors.toList());
    assertThat(hits)
        .hasSize(1_000)
        .allSatisfy(h -> assertThat(h.slice().isCapped()).isTrue());
  }

  @Test
  void codeSearch_resumesFromAStoredToken_withoutRepeatingAPage() {
    indexTimmFiles(2_500);
    GitHubClient client = client();
    Set<String> seen = new HashSet<>();
    String token = null;
    int pages = 0;
    for (Page<CodeSearchHit> page : client.searchCode("\"import timm\"").byPage()) {
      page.items().forEach(h -> seen.add(h.repository() + ":" + h.path()));
      token = page.continuationToken().orElseThrow();
      if (++pages == 7) {
        break;
      }
    }
    int before = github.log.size();
    List<String> rest = new ArrayList<>();
    for (Page<CodeSearchHit> page : client.searchCode("\"import timm\"").byPage(token)) {
      page.items().forEach(h -> rest.add(h.repository() + ":" + h.path()));
    }
    assertThat(rest).doesNotHaveDuplicates().doesNotContainAnyElementsOf(seen);
    assertThat(seen.size() + rest.size()).isEqualTo(2_500);
    List<String> resumed = github.log.subList(before, github.log.size());
    assertThat(new HashSet<>(resumed))
        .as("no page fetched twice after resuming")
        .hasSize(resumed.size());
  }

  @Test
  void repositorySearch_over1000_isSlicedByCreationDate() {
    LocalDate start = LocalDate.of(2012, 1, 1);
    for (int i = 0; i < 1_500; i++) {
      FakeGitHub.Repo repo =
          github.addRepo("org" + (i % 50) + "/ml-repo-" + i, i, i % 3 == 0 ? "MIT" : null);
      repo.created = start.plusDays(i * 3L) + "T10:00:00Z";
    }
    List<RepositorySearchHit> hits =
        client().searchRepositories("ml-repo").stream().collect(Collectors.toList());
    assertThat(hits).hasSize(1_500);
    assertThat(hits.stream().map(h -> h.repository().repository()).distinct()).hasSize(1_500);
    assertThat(hits).allSatisfy(h -> assertThat(h.slice().query()).contains("created:"));
    assertThat(hits.stream().filter(h -> h.repository().license().isPresent())).hasSize(500);
    assertThat(github.charged("search")).isLessThan(60);
  }
}
