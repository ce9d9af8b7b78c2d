package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.http.internal.FakeTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class RepoHistoryTest {
  private static final ModelId MODEL = ModelId.of("acme/tiny-bert");

  @StartStop
  private final MockWebServer server = new MockWebServer();

  private final FakeTime time = new FakeTime();

  private HfClient client() {
    return HfClient.builder()
        .endpoint(server.url("/").uri())
        .withSettings(s -> s.clock(time).sleeper(time).jitter(() -> 0.0))
        .build();
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void listRefs_branchesAndTags_mapsEveryRefWithItsKind() throws Exception {
    server.enqueue(json(Fixtures.read("history/refs.json")));

    List<GitRef> refs = client().listRefs(MODEL);

    assertThat(refs)
        .extracting(GitRef::kind, GitRef::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(GitRef.Kind.BRANCH, "main"),
            org.assertj.core.groups.Tuple.tuple(GitRef.Kind.BRANCH, "onnx"),
            org.assertj.core.groups.Tuple.tuple(GitRef.Kind.TAG, "v1.0"));
    assertThat(refs.get(0).ref()).hasValue("refs/heads/main");
    assertThat(refs.get(0).targetCommit()).hasValue("9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4");
    assertThat(refs.get(2).model()).isEqualTo(MODEL);
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme/tiny-bert/refs");
  }

  @Test
  void listCommits_twoLinkedPages_followsLinkAndMapsAuthors() throws Exception {
    String next =
        server.url("/api/models/acme/tiny-bert/commits/main?cursor=c2").toString();
    server.enqueue(new MockResponse.Builder()
        .addHeader("Link", "<" + next + ">; rel=\"next\"")
        .body(Fixtures.read("history/commits-page1.json"))
        .build());
    server.enqueue(json(Fixtures.read("history/commits-page2.json")));

    List<HfCommit> commits =
        client().listCommits(MODEL, "main").stream().collect(Collectors.toList());

    assertThat(commits)
        .extracting(HfCommit::commitId)
        .containsExactly(
            "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4",
            "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493",
            "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d");
    assertThat(commits.get(0).title()).hasValue("Merge pull request #4: add safetensors weights");
    assertThat(commits.get(0).message()).hasValue("Converted with the conversion bot.\n");
    assertThat(commits.get(0).createdAt()).hasValue(Instant.parse("2024-03-05T10:15:30Z"));
    assertThat(commits.get(1).authors()).containsExactly("ada-lovelace", "grace-h");
    assertThat(commits.get(2).authors()).as("a git author that is no Hub user").isEmpty();
    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme/tiny-bert/commits/main");
    assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isEqualTo("c2");
  }

  @Test
  void listCommits_pullRequestRef_sendsRevisionAsOneEncodedSegment() throws Exception {
    server.enqueue(json("[]"));

    assertThat(client().listCommits(MODEL, "refs/pr/4").stream().count()).isZero();

    assertThat(server.takeRequest().getUrl().encodedPath())
        .isEqualTo("/api/models/acme/tiny-bert/commits/refs%2Fpr%2F4");
  }

  @Test
  void listDiscussions_twoNumberedPages_readsBothAndStops() throws Exception {
    server.enqueue(json(Fixtures.read("history/discussions-p0.json")));
    server.enqueue(json(Fixtures.read("history/discussions-p1.json")));

    List<Page<HfDiscussionSummary>> pages = new ArrayList<>();
    client().listDiscussions(MODEL).byPage().forEach(pages::add);

    assertThat(pages).hasSize(2);
    assertThat(pages.get(0).continuationToken()).hasValue("1");
    assertThat(pages.get(1).continuationToken()).isEmpty();
    List<HfDiscussionSummary> all =
        pages.stream().flatMap(p -> p.items().stream()).collect(Collectors.toList());
    assertThat(all).extracting(HfDiscussionSummary::num).containsExactly(4, 3, 1);
    assertThat(all.get(0).isPullRequest()).isTrue();
    assertThat(all.get(0).author()).isEqualTo("convert-bot");
    assertThat(all.get(0).numComments()).hasValue(2);
    assertThat(all.get(2).author()).as("deleted user").isEqualTo("deleted");
    assertThat(all.get(2).repoId()).hasValue("acme/tiny-bert");
    assertThat(all.get(2).repoType()).hasValue("model");
    assertThat(server.takeRequest().getUrl().queryParameter("p")).isEqualTo("0");
    assertThat(server.takeRequest().getUrl().queryParameter("p")).isEqualTo("1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listDiscussions_resumedFromToken_startsAtThatPage() throws Exception {
    server.enqueue(json(Fixtures.read("history/discussions-p1.json")));

    List<HfDiscussionSummary> rest = new ArrayList<>();
    client().listDiscussions(MODEL).byPage("1").forEach(p -> rest.addAll(p.items()));

    assertThat(rest).extracting(HfDiscussionSummary::num).containsExactly(1);
    assertThat(server.takeRequest().getUrl().queryParameter("p")).isEqualTo("1");
  }

  @Test
  void listDiscussions_badToken_isRejectedBeforeAnyRequest() {
    assertThatThrownBy(
            () -> client().listDiscussions(MODEL).byPage("next").iterator().next())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("page number");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void getDiscussion_mergedPullRequest_mapsEventsConflictsMergeCommitAndDiff() throws Exception {
    server.enqueue(json(Fixtures.read("history/discussion-4.json")));

    Discussion pr = client().getDiscussion(MODEL, 4);

    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/models/acme/tiny-bert/discussions/4");
    assertThat(request.getUrl().queryParameter("diff")).isEqualTo("1");
    assertThat(pr.num()).isEqualTo(4);
    assertThat(pr.isPullRequest()).isTrue();
    assertThat(pr.status()).hasValue("merged");
    assertThat(pr.targetBranch()).hasValue("refs/heads/main");
    assertThat(pr.mergeCommitOid()).hasValue("9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4");
    assertThat(pr.conflictingFiles()).containsExactly("model.safetensors", "config.json");
    assertThat(pr.diff())
        .hasValueSatisfying(d -> assertThat(d).startsWith("diff --git a/model.safetensors"));
    assertThat(pr.authors()).containsExactly("convert-bot");
    assertThat(pr.endpoint()).hasValue(server.url("/").toString().replaceAll("/$", ""));
    assertThat(pr.events())
        .extracting(e -> e.type().orElseThrow())
        .containsExactly("comment", "commit", "comment", "title-change", "status-change");
    DiscussionEvent opening = pr.events().get(0);
    assertThat(opening.content()).hasValue("This PR adds weights in safetensors format.");
    assertThat(opening.eventId()).hasValue("65e1c2000000000000000001");
    assertThat(opening.isEdited()).isFalse();
    DiscussionEvent commit = pr.events().get(1);
    assertThat(commit.summary()).hasValue("Adding `safetensors` variant of this model");
    assertThat(commit.oid()).hasValue("3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5");
    DiscussionEvent byDeletedUser = pr.events().get(2);
    assertThat(byDeletedUser.author()).hasValue("deleted");
    assertThat(byDeletedUser.isEdited()).isTrue();
    assertThat(byDeletedUser.isHidden()).isTrue();
    assertThat(pr.events().get(3).oldTitle()).hasValue("Adding safetensors");
    assertThat(pr.events().get(3).newTitle())
        .hasValue("Adding `safetensors` variant of this model");
    assertThat(pr.events().get(4).newStatus()).hasValue("merged");
    assertThat(pr.events().get(4).createdAt()).hasValue(Instant.parse("2024-03-05T10:15:30Z"));
  }

  @Test
  void getDiscussion_discussionByDeletedUser_hasDeletedAuthorAndNoPullRequestFields() {
    server.enqueue(json(Fixtures.read("history/discussion-1.json")));

    Discussion discussion = client().getDiscussion(MODEL, 1);

    assertThat(discussion.isPullRequest()).isFalse();
    assertThat(discussion.authors()).containsExactly("deleted");
    assertThat(discussion.targetBranch()).isEmpty();
    assertThat(discussion.mergeCommitOid()).isEmpty();
    assertThat(discussion.conflictingFiles()).isEmpty();
    assertThat(discussion.events()).hasSize(3);
    assertThat(discussion.events().get(2).newStatus()).hasValue("closed");
  }

  @Test
  void getDiscussion_tooManyConflicts_reportedAsTrue_yieldsNoPaths() {
    server.enqueue(
        json(
            "{\"num\":9,\"isPullRequest\":true,\"status\":\"open\",\"author\":{\"name\":\"x\"},"
                + "\"changes\":{\"base\":\"refs/heads/main\"},\"filesWithConflicts\":true,\"events\":[]}"));

    Discussion pr = client().getDiscussion(MODEL, 9);

    assertThat(pr.conflictingFiles()).isEmpty();
    assertThat(pr.mergeCommitOid()).isEmpty();
    assertThat(pr.targetBranch()).hasValue("refs/heads/main");
  }

  @Test
  void getDiscussion_missing_throwsNotFound() {
    server.enqueue(new MockResponse.Builder()
        .code(404)
        .setHeader("X-Error-Message", "Discussion not found")
        .body("{\"error\":\"Discussion not found\"}")
        .build());

    assertThatThrownBy(() -> client().getDiscussion(MODEL, 77))
        .isInstanceOf(io.github.peatmoss.core.exception.ResourceNotFoundException.class);
  }

  @Test
  void downloadFile_toStream_writesEveryByteFromTheRevision() throws Exception {
    server.enqueue(new MockResponse.Builder().body("hello weights").build());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    long written =
        client().downloadFile(MODEL, "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4", "sub/w.bin", out);

    assertThat(written).isEqualTo(13);
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("hello weights");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/acme/tiny-bert/resolve/9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4/sub/w.bin");
    assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("identity");
  }
}
