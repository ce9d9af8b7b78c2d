package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseRepository;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.LoopbackServers;
import io.github.peatmoss.http.ClientSettings;
import io.github.peatmoss.http.GitHubToken;
import io.github.peatmoss.http.internal.FakeTime;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class GitHubClientTest {
  @StartStop
  private final MockWebServer server = LoopbackServers.noDelay();

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-26T12:00:00Z"));

  private GitHubClient client() {
    return GitHubClient.builder()
        .endpoint(server.url("/").uri())
        .rawEndpoint(server.url("/raw/").uri())
        .token(GitHubToken.of("ghp_secret"))
        .settings(ClientSettings.builder().clock(time).sleeper(time).build())
        .build();
  }

  @Test
  void repository_mapsMetadataAndLicense() throws Exception {
    server.enqueue(Fixtures.json("repo_mit.json").build());
    GitHubRepository repo = client().getRepository(RepoRef.of("segment-any-text", "wtpsplit"));

    assertThat(repo.repository().fullName()).isEqualTo("segment-any-text/wtpsplit");
    assertThat(repo.id()).hasValue(410022);
    assertThat(repo.stars()).isEqualTo(871);
    assertThat(repo.forks()).isEqualTo(52);
    assertThat(repo.topics()).containsExactly("nlp", "sentence-segmentation", "transformers");
    assertThat(repo.defaultBranch()).hasValue("main");
    assertThat(repo.pushedAt()).hasValue(Instant.parse("2026-11-19T08:44:10Z"));
    assertThat(repo.isArchived()).isFalse();
    assertThat(repo.isFork()).isFalse();
    assertThat(repo.license()).hasValueSatisfying(l -> {
      assertThat(l.key()).isEqualTo("mit");
      assertThat(l.spdxId()).hasValue("MIT");
      assertThat(l.isIdentified()).isTrue();
    });
    ReuseRepository reuse = repo.toReuseRepository();
    assertThat(reuse.url()).hasValue("github.com/segment-any-text/wtpsplit");
    assertThat(reuse.licenses()).containsExactly("MIT");

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/repos/segment-any-text/wtpsplit");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer ghp_secret");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/vnd.github+json");
    assertThat(request.getHeaders().get("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
  }

  @Test
  void repository_noassertionAndNullLicense() {
    server.enqueue(Fixtures.json("repo_noassertion.json").build());
    server.enqueue(Fixtures.json("repo_no_license.json").build());
    GitHubClient client = client();

    GitHubRepository dual = client.getRepository(RepoRef.of("acme-lab", "dual-licensed"));
    assertThat(dual.license()).hasValueSatisfying(l -> {
      assertThat(l.key()).isEqualTo("other");
      assertThat(l.spdxId()).hasValue("NOASSERTION");
      assertThat(l.isIdentified()).isFalse();
    });
    assertThat(dual.isArchived()).isTrue();
    assertThat(dual.isFork()).isTrue();
    assertThat(dual.toReuseRepository().licenses()).containsExactly("NOASSERTION");

    GitHubRepository empty = client.getRepository(RepoRef.of("someone", "empty"));
    assertThat(empty.license()).isEmpty();
    assertThat(empty.pushedAt()).isEmpty();
    assertThat(empty.description()).isEmpty();
    assertThat(empty.toReuseRepository().licenses()).isEmpty();
  }

  @Test
  void repository_renamed_followsThe301() {
    FakeGitHub github = new FakeGitHub();
    github.addRepo("old-owner/old-name", 10, "Apache-2.0");
    github.rename("old-owner/old-name", "new-owner/new-name");
    server.setDispatcher(github);

    GitHubRepository repo = client().getRepository(RepoRef.of("old-owner", "old-name"));
    assertThat(repo.repository().fullName()).isEqualTo("new-owner/new-name");
    assertThat(repo.toReuseRepository().licenses()).containsExactly("Apache-2.0");
    assertThat(github.log)
        .containsExactly(
            "/repos/old-owner/old-name", "/repositories/" + repo.id().getAsLong());
  }

  @Test
  void repository_missing_isNotFound() {
    server.setDispatcher(new FakeGitHub());
    GitHubClient client = client();
    assertThatThrownBy(() -> client.getRepository(RepoRef.of("nobody", "nothing")))
        .isInstanceOf(ResourceNotFoundException.class)
        .hasMessageContaining("/repos/nobody/nothing")
        .hasMessageNotContaining("ghp_secret");
    assertThat(client.findRepository(RepoRef.of("nobody", "nothing"))).isEmpty();
    assertThat(client.toString()).contains("token=redacted").doesNotContain("ghp_secret");
  }

  @Test
  void issues_followLinkPaging_skipPullRequests_withComments() throws Exception {
    String next = server
        .url("/repos/segment-any-text/wtpsplit/issues?state=all&per_page=100&page=2")
        .toString();
    server.enqueue(Fixtures.json("issues_page1.json")
        .setHeader("Link", "<" + next + ">; rel=\"next\", <" + next + ">; rel=\"last\"")
        .build());
    server.enqueue(Fixtures.json("issue_12_comments.json").build());
    server.enqueue(Fixtures.json("issues_page2.json").build());

    List<GitHubIssue> issues =
        client().listIssues(RepoRef.of("segment-any-text", "wtpsplit")).stream()
            .collect(Collectors.toList());

    assertThat(issues).extracting(i -> i.number().getAsInt()).containsExactly(12, 20);
    GitHubIssue first = issues.get(0);
    assertThat(first.url()).isEqualTo("https://github.com/segment-any-text/wtpsplit/issues/12");
    assertThat(first.state()).hasValue("CLOSED");
    assertThat(first.isClosed()).isTrue();
    assertThat(first.author()).hasValue("alice");
    assertThat(first.labels()).containsExactly("bug");
    assertThat(first.assignees()).containsExactly("bob");
    assertThat(first.closedAt()).hasValue(Instant.parse("2024-05-03T11:00:00Z"));
    assertThat(first.comments())
        .extracting(c -> c.author().orElseThrow() + ":" + c.body().orElseThrow())
        .containsExactly("bob:Set HF_ENDPOINT", "alice:Works, thanks");
    assertThat(first.comments().get(0).authorAssociation()).hasValue("MEMBER");
    assertThat(issues.get(1).labels()).containsExactly("enhancement", "models");
    assertThat(issues.get(1).comments()).isEmpty();
    assertThat(issues.get(1).state()).hasValue("OPEN");

    assertThat(server.takeRequest().getUrl().toString()).endsWith("/issues?state=all&per_page=100");
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/repos/segment-any-text/wtpsplit/issues/12/comments");
    assertThat(server.takeRequest().getUrl().toString()).isEqualTo(next);
  }

  @Test
  void pullRequests_withDetailsReviewsFilesAndComments() {
    server.enqueue(Fixtures.json("pulls_page.json").build());
    server.enqueue(Fixtures.json("pull_13.json").build());
    server.enqueue(Fixtures.json("pull_13_reviews.json").build());
    server.enqueue(Fixtures.json("pull_13_files.json").build());
    server.enqueue(Fixtures.json("pull_13_comments.json").build());
    server.enqueue(Fixtures.json("pull_14.json").build());
    server.enqueue(Fixtures.json("pull_14_reviews.json").build());
    server.enqueue(Fixtures.json("pull_14_files.json").build());

    List<GitHubPullRequest> pulls =
        client().listPullRequests(RepoRef.of("segment-any-text", "wtpsplit")).stream()
            .collect(Collectors.toList());

    assertThat(pulls).hasSize(2);
    GitHubPullRequest merged = pulls.get(0);
    assertThat(merged.state()).hasValue("MERGED");
    assertThat(merged.isClosed()).isTrue();
    assertThat(merged.mergedBy()).hasValue("bob");
    assertThat(merged.mergeable()).hasValue("UNKNOWN");
    assertThat(merged.reviewDecision()).hasValue("APPROVED");
    assertThat(merged.reviewRequests()).containsExactly("bob");
    assertThat(merged.labels()).containsExactly("dependencies");
    assertThat(merged.isCrossRepository()).isFalse();
    assertThat(merged.baseRefName()).hasValue("main");
    assertThat(merged.headRefName()).hasValue("dependabot/pip/torch-2.2");
    assertThat(merged.additions()).hasValue(2);
    assertThat(merged.files()).extracting(f -> f.path()).containsExactly("requirements.txt");
    assertThat(merged.comments())
        .extracting(c -> c.body().orElseThrow())
        .containsExactly("@dependabot merge");

    GitHubPullRequest draft = pulls.get(1);
    assertThat(draft.state()).hasValue("OPEN");
    assertThat(draft.isDraft()).isTrue();
    assertThat(draft.isCrossRepository()).isTrue();
    assertThat(draft.mergeable()).hasValue("CONFLICTING");
    assertThat(draft.reviewDecision())
        .as("erin's latest verdict asks for changes")
        .hasValue("CHANGES_REQUESTED");
    assertThat(draft.files())
        .extracting(f -> f.path() + "+" + f.additions().getAsInt())
        .containsExactly("wtpsplit/onnx.py+300", "README.md+10");
    assertThat(draft.comments()).as("no comments: the request is skipped").isEmpty();
    assertThat(server.getRequestCount()).isEqualTo(8);
  }

  @Test
  void tree_truncated_isCompletedByWalkingSubtrees() throws Exception {
    server.enqueue(Fixtures.json("tree_truncated.json").build());
    server.enqueue(Fixtures.json("tree_root.json").build());
    server.enqueue(Fixtures.json("tree_data_truncated.json").build());
    server.enqueue(Fixtures.json("tree_data.json").build());
    server.enqueue(Fixtures.json("tree_src.json").build());

    GitTree tree = client().getTree(RepoRef.of("acme-lab", "huge"), "main");

    assertThat(tree.sha()).isEqualTo("9fb037999f264ba9a7fc6274d15fa3ae2ab98312");
    assertThat(tree.entries())
        .extracting(GitTreeEntry::path)
        .containsExactly(
            "README.md",
            "data",
            "data/a.csv",
            "data/b.csv",
            "src",
            "src/model.py",
            "src/util",
            "src/util/io.py",
            "vendor");
    assertThat(tree.entries().stream().filter(GitTreeEntry::isFile)).hasSize(5);
    assertThat(tree.walkedSubtrees()).isEqualTo(2);
    assertThat(server.takeRequest().getUrl().toString())
        .endsWith("/repos/acme-lab/huge/git/trees/main?recursive=1");
    assertThat(server.takeRequest().getUrl().toString())
        .endsWith("/git/trees/9fb037999f264ba9a7fc6274d15fa3ae2ab98312");
    assertThat(server.takeRequest().getUrl().toString())
        .endsWith("/git/trees/c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3?recursive=1");
    assertThat(server.takeRequest().getUrl().toString())
        .endsWith("/git/trees/c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3");
    assertThat(server.takeRequest().getUrl().toString())
        .endsWith("/git/trees/b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2?recursive=1");
  }

  @Test
  void contents_inlineUpTo1MB_rawAbove() throws Exception {
    server.enqueue(Fixtures.json("contents_file.json").build());
    server.enqueue(Fixtures.json("contents_large.json").build());
    byte[] large = new byte[1_572_864];
    large[0] = '{';
    large[large.length - 1] = '}';
    server.enqueue(
        new MockResponse.Builder().body(new okio.Buffer().write(large)).build());
    GitHubClient client = client();

    GitHubContent small =
        client.getContent(RepoRef.of("acme-lab", "huge"), "src/load.py", Optional.of("main"));
    assertThat(small.text())
        .isEqualTo("from transformers import AutoModel\nm = AutoModel.from_pretrained(\"gpt2\")\n");
    assertThat(small.size()).isEqualTo(73);
    assertThat(small.isRawFallback()).isFalse();

    GitHubContent big =
        client.getContent(RepoRef.of("acme-lab", "huge"), "weights_index.json", Optional.empty());
    assertThat(big.isRawFallback()).isTrue();
    assertThat(big.bytes()).hasSize(1_572_864);
    server.takeRequest();
    server.takeRequest();
    RecordedRequest raw = server.takeRequest();
    assertThat(raw.getHeaders().get("Accept")).isEqualTo("application/vnd.github.raw+json");
    assertThat(raw.getUrl().encodedPath())
        .isEqualTo("/repos/acme-lab/huge/contents/weights_index.json");
  }

  @Test
  void contents_folder_isRefused() {
    server.enqueue(new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body("[]")
        .build());
    assertThatThrownBy(
            () -> client().getContent(RepoRef.of("acme-lab", "huge"), "src", Optional.empty()))
        .isInstanceOf(DecodeException.class)
        .hasMessageContaining("not a file (a folder)");
  }

  @Test
  void rawFile_readFromRawHosting() {
    FakeGitHub github = new FakeGitHub();
    FakeGitHub.Repo repo = github.addRepo("acme/app", 1, "MIT");
    github.addFile(repo, "src/app.py", "import timm\nm = timm.create_model('hf-hub:acme/vit')\n");
    server.setDispatcher(github);
    String text = client().readRawFile(RepoRef.of("acme", "app"), "main", "src/app.py", 1 << 20);
    assertThat(text).contains("timm.create_model");
    assertThat(github.log).containsExactly("/raw/acme/app/main/src/app.py");
    assertThat(text.getBytes(StandardCharsets.UTF_8)).hasSize(53);
  }
}
