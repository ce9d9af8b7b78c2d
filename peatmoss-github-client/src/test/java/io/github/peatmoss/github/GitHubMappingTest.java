package io.github.peatmoss.github;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.model.GitHubComment;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.PullRequestFile;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every field the mapping reads, from JSON in GitHub's REST shapes; absent and null fields stay empty. */
class GitHubMappingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SearchSlice SLICE = SearchSlice.builder()
      .query("q")
      .totalCount(1)
      .incompleteResults(false)
      .capped(false)
      .build();

  private static JsonNode json(String text) {
    try {
      return JSON.readTree(text.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void repository_everyField() {
    GitHubRepository repo = GitHubMapping.repository(json("{'id': 7, 'full_name': 'acme/app',"
        + " 'description': 'An app', 'default_branch': 'trunk', 'language': 'Python',"
        + " 'created_at': '2020-01-02T03:04:05Z', 'pushed_at': '2026-01-02T03:04:05Z',"
        + " 'stargazers_count': 12, 'forks_count': 3, 'archived': true, 'fork': true,"
        + " 'topics': ['ml', 5, 'vision'], 'license': {'name': 'Some license', 'spdx_id': null}}"));
    assertThat(repo.id()).hasValue(7);
    assertThat(repo.description()).hasValue("An app");
    assertThat(repo.defaultBranch()).hasValue("trunk");
    assertThat(repo.language()).hasValue("Python");
    assertThat(repo.createdAt()).hasValue(Instant.parse("2020-01-02T03:04:05Z"));
    assertThat(repo.pushedAt()).hasValue(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(repo.stars()).isEqualTo(12);
    assertThat(repo.forks()).isEqualTo(3);
    assertThat(repo.isArchived()).isTrue();
    assertThat(repo.isFork()).isTrue();
    assertThat(repo.topics())
        .as("a topic that is not text is skipped")
        .containsExactly("ml", "vision");
    assertThat(repo.license()).hasValueSatisfying(l -> {
      assertThat(l.key()).as("no key: other").isEqualTo("other");
      assertThat(l.name()).hasValue("Some license");
      assertThat(l.spdxId()).isEmpty();
    });
  }

  @Test
  void repository_minimal_andWithoutFullName() {
    GitHubRepository repo = GitHubMapping.repository(json("{'full_name': 'acme/app', 'id': '7'}"));
    assertThat(repo.id()).as("an id that is not a number is left out").isEmpty();
    assertThat(repo.language()).isEmpty();
    assertThat(repo.createdAt()).isEmpty();
    assertThat(repo.isArchived()).isFalse();
    assertThat(repo.isFork()).isFalse();
    assertThat(repo.license()).isEmpty();
    assertThatThrownBy(() -> GitHubMapping.repository(json("{'name': 'app'}")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("repository JSON without full_name; check the endpoint");
    assertThatThrownBy(() ->
            GitHubMapping.repository(json("{'full_name': 'acme/app', 'created_at': 'yesterday'}")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("unreadable time in 'created_at': yesterday");
  }

  @Test
  void codeHit_everyField_andRequiredOnes() {
    CodeSearchHit hit = GitHubMapping.codeHit(
        json("{'path': 'src/a.py', 'sha': 'abc',"
            + " 'html_url': 'https://github.com/acme/app/blob/0123abc/src/a.py',"
            + " 'repository': {'full_name': 'acme/app'}}"),
        SLICE);
    assertThat(hit.repository().fullName()).isEqualTo("acme/app");
    assertThat(hit.path()).isEqualTo("src/a.py");
    assertThat(hit.sha()).hasValue("abc");
    assertThat(hit.htmlUrl()).hasValue("https://github.com/acme/app/blob/0123abc/src/a.py");
    assertThat(hit.ref()).hasValue("0123abc");
    assertThat(hit.slice()).isEqualTo(SLICE);

    CodeSearchHit bare =
        GitHubMapping.codeHit(json("{'path': 'a.py', 'repository': {'full_name': 'o/r'}}"), SLICE);
    assertThat(bare.sha()).isEmpty();
    assertThat(bare.htmlUrl()).isEmpty();
    assertThat(bare.ref()).isEmpty();

    assertThatThrownBy(
            () -> GitHubMapping.codeHit(json("{'path': 'a.py', 'repository': {}}"), SLICE))
        .isInstanceOf(DecodeException.class)
        .hasMessage("code search item without repository.full_name");
    assertThatThrownBy(
            () -> GitHubMapping.codeHit(json("{'repository': {'full_name': 'o/r'}}"), SLICE))
        .isInstanceOf(DecodeException.class)
        .hasMessage("code search item without path");
  }

  @Test
  void refOf_readsTheSegmentAfterBlob() {
    assertThat(GitHubMapping.refOf("https://github.com/o/r/blob/main/a/b.py", "a/b.py"))
        .hasValue("main");
    assertThat(GitHubMapping.refOf("/blob/v1/x.py", "x.py"))
        .as("blob at index 0")
        .hasValue("v1");
    assertThat(GitHubMapping.refOf("https://github.com/o/r/tree/main/a.py", "a.py"))
        .isEmpty();
    assertThat(GitHubMapping.refOf("https://github.com/o/r/blob//a.py", "a.py"))
        .as("an empty ref")
        .isEmpty();
    assertThat(GitHubMapping.refOf("https://github.com/o/r/blob/main", "")).isEmpty();
  }

  @Test
  void treeEntry_sizeOnlyWhenGiven_andPathRequired() {
    GitTreeEntry blob = GitHubMapping.treeEntry(
        "src/",
        json("{'path': 'a.py', 'mode': '100644', 'type': 'blob', 'sha': 's1', 'size': 30}"));
    assertThat(blob.path()).isEqualTo("src/a.py");
    assertThat(blob.mode()).isEqualTo("100644");
    assertThat(blob.sha()).isEqualTo("s1");
    assertThat(blob.size()).hasValue(30);
    GitTreeEntry tree = GitHubMapping.treeEntry("", json("{'path': 'lib', 'type': 'tree'}"));
    assertThat(tree.size()).isEmpty();
    assertThat(tree.mode()).isEmpty();
    assertThat(tree.sha()).isEmpty();
    assertThat(tree.type()).isEqualTo("tree");
    assertThat(GitHubMapping.treeEntry("", json("{'path': 'x'}")).type()).isEqualTo("blob");
    assertThatThrownBy(() -> GitHubMapping.treeEntry("", json("{'type': 'blob'}")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("tree entry without path");
  }

  @Test
  void issue_everyField() {
    GitHubComment comment = GitHubMapping.comment(json("{'user': {'login': 'bob'},"
        + " 'author_association': 'MEMBER', 'body': 'Try again',"
        + " 'created_at': '2024-05-02T00:00:00Z'}"));
    assertThat(comment.author()).hasValue("bob");
    assertThat(comment.authorAssociation()).hasValue("MEMBER");
    assertThat(comment.body()).hasValue("Try again");
    assertThat(comment.createdAt()).hasValue(Instant.parse("2024-05-02T00:00:00Z"));

    GitHubIssue issue = GitHubMapping.issue(
        json("{'html_url': 'https://github.com/o/r/issues/3', 'number': 3, 'title': 'Crash',"
            + " 'body': 'It crashes', 'user': {'login': 'alice'}, 'state': 'open',"
            + " 'labels': [{'name': 'bug'}, {'id': 1}], 'assignees': [{'login': 'bob'}],"
            + " 'created_at': '2024-05-01T00:00:00Z', 'updated_at': '2024-05-03T00:00:00Z',"
            + " 'closed_at': null}"),
        List.of(comment));
    assertThat(issue.url()).isEqualTo("https://github.com/o/r/issues/3");
    assertThat(issue.number()).hasValue(3);
    assertThat(issue.title()).hasValue("Crash");
    assertThat(issue.body()).hasValue("It crashes");
    assertThat(issue.author()).hasValue("alice");
    assertThat(issue.state()).hasValue("OPEN");
    assertThat(issue.isClosed()).isFalse();
    assertThat(issue.labels()).containsExactly("bug");
    assertThat(issue.assignees()).containsExactly("bob");
    assertThat(issue.createdAt()).hasValue(Instant.parse("2024-05-01T00:00:00Z"));
    assertThat(issue.updatedAt()).hasValue(Instant.parse("2024-05-03T00:00:00Z"));
    assertThat(issue.closedAt()).isEmpty();
    assertThat(issue.comments()).containsExactly(comment);

    GitHubIssue bare = GitHubMapping.issue(json("{'html_url': 'u', 'number': '3'}"), List.of());
    assertThat(bare.number()).isEmpty();
    assertThat(bare.state()).hasValue("OPEN");
    assertThatThrownBy(() -> GitHubMapping.issue(json("{'number': 3}"), List.of()))
        .isInstanceOf(DecodeException.class)
        .hasMessage("issue without html_url");
  }

  @Test
  void pullRequest_everyField() {
    JsonNode item = json("{'html_url': 'https://github.com/o/r/pull/9', 'number': 9,"
        + " 'state': 'closed', 'title': 'Fix', 'body': 'Fixes #3', 'user': {'login': 'carol'},"
        + " 'draft': false, 'labels': [], 'assignees': [], 'requested_reviewers': [],"
        + " 'base': {'ref': 'main', 'repo': {'full_name': 'o/r'}},"
        + " 'head': {'ref': 'fix', 'repo': {'full_name': 'o/r'}},"
        + " 'created_at': '2025-01-01T00:00:00Z', 'updated_at': '2025-01-02T00:00:00Z',"
        + " 'closed_at': '2025-01-03T00:00:00Z', 'merged_at': '2025-01-03T00:00:00Z'}");
    JsonNode detail = json("{'merged': false, 'additions': 5, 'deletions': 4, 'changed_files': 2,"
        + " 'mergeable': true, 'merged_by': {'login': 'dan'}}");
    PullRequestFile file =
        GitHubMapping.file(json("{'filename': 'a.py', 'additions': 5, 'deletions': 4}"));
    GitHubPullRequest pull =
        GitHubMapping.pullRequest(item, detail, List.of(file), List.of(), List.of());
    assertThat(pull.state()).as("merged_at alone says merged").hasValue("MERGED");
    assertThat(pull.isClosed()).isTrue();
    assertThat(pull.number()).hasValue(9);
    assertThat(pull.title()).hasValue("Fix");
    assertThat(pull.body()).hasValue("Fixes #3");
    assertThat(pull.author()).hasValue("carol");
    assertThat(pull.baseRefName()).hasValue("main");
    assertThat(pull.headRefName()).hasValue("fix");
    assertThat(pull.isCrossRepository()).isFalse();
    assertThat(pull.createdAt()).hasValue(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(pull.updatedAt()).hasValue(Instant.parse("2025-01-02T00:00:00Z"));
    assertThat(pull.closedAt()).hasValue(Instant.parse("2025-01-03T00:00:00Z"));
    assertThat(pull.mergedAt()).hasValue(Instant.parse("2025-01-03T00:00:00Z"));
    assertThat(pull.additions()).hasValue(5);
    assertThat(pull.deletions()).hasValue(4);
    assertThat(pull.changedFiles()).hasValue(2);
    assertThat(pull.mergeable()).hasValue("MERGEABLE");
    assertThat(pull.mergedBy()).hasValue("dan");
    assertThat(pull.reviewDecision()).isEmpty();
    assertThat(pull.files()).singleElement().satisfies(f -> {
      assertThat(f.path()).isEqualTo("a.py");
      assertThat(f.additions()).hasValue(5);
      assertThat(f.deletions()).hasValue(4);
    });

    GitHubPullRequest open = GitHubMapping.pullRequest(
        json("{'html_url': 'u', 'state': 'open', 'head': {'ref': 'x'}}"),
        json("{'additions': '5', 'deletions': null, 'changed_files': '2'}"),
        List.of(),
        List.of(),
        List.of());
    assertThat(open.state()).hasValue("OPEN");
    assertThat(open.isClosed()).isFalse();
    assertThat(open.isCrossRepository())
        .as("no head repository: a deleted fork")
        .isTrue();
    assertThat(open.additions()).isEmpty();
    assertThat(open.deletions()).isEmpty();
    assertThat(open.changedFiles()).isEmpty();
    assertThat(open.mergeable()).as("not asked for: absent").isEmpty();
    assertThat(open.number()).isEmpty();
    GitHubPullRequest mergedByDetail = GitHubMapping.pullRequest(
        json("{'html_url': 'u', 'state': 'closed'}"),
        json("{'merged': true}"),
        List.of(),
        List.of(),
        List.of());
    assertThat(mergedByDetail.state()).as("the details alone say merged").hasValue("MERGED");
    assertThat(
            GitHubMapping.file(json("{'filename': 'b.py', 'deletions': '1'}")).deletions())
        .isEmpty();
    assertThatThrownBy(() -> GitHubMapping.file(json("{'additions': 1}")))
        .isInstanceOf(DecodeException.class)
        .hasMessage("pull request file without filename");
    assertThatThrownBy(() -> GitHubMapping.pullRequest(
            json("{'number': 1}"), json("{}"), List.of(), List.of(), List.of()))
        .isInstanceOf(DecodeException.class)
        .hasMessage("pull request without html_url");
  }

  @Test
  void reviewDecision_latestVerdictPerReviewer() {
    assertThat(GitHubMapping.reviewDecision(
            List.of(review("erin", "CHANGES_REQUESTED"), review("erin", "DISMISSED"))))
        .as("a dismissed request for changes no longer counts")
        .isEmpty();
    assertThat(GitHubMapping.reviewDecision(
            List.of(review("erin", "APPROVED"), review("erin", "COMMENTED"))))
        .as("a comment keeps the verdict")
        .hasValue("APPROVED");
    assertThat(GitHubMapping.reviewDecision(
            List.of(review("erin", "APPROVED"), review("frank", "CHANGES_REQUESTED"))))
        .hasValue("CHANGES_REQUESTED");
    assertThat(GitHubMapping.reviewDecision(List.of(json("{'state': 'CHANGES_REQUESTED'}"))))
        .as("a review without a user is left out")
        .isEmpty();
    assertThat(GitHubMapping.reviewDecision(List.of())).isEqualTo(Optional.empty());
  }

  private static JsonNode review(String login, String state) {
    return json("{'user': {'login': '" + login + "'}, 'state': '" + state + "'}");
  }
}
