package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.HfClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Must-show 1 with the project's recorded-shape fixtures ({@code fixtures/history/*.json} of the hf-client
 * tests): two Link-linked commit pages, refs with branches and a tag, discussions over two numbered pages, a
 * merged pull request with conflicting files and a merge commit, and a discussion by a deleted user, each landing
 * in its PeaTMOSS table and columns.
 */
class FixtureStorageTest {
  private static final String SHA = "9c4f1e2b7a0d3c5e8f6a1b2c3d4e5f60718293a4";

  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private static String fixture(String name) {
    try (InputStream in =
        FixtureStorageTest.class.getResourceAsStream("/fixtures/history/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  @Test
  void snapshot_recordedShapeFixtures_landInThePeatmossTables() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        switch (path) {
          case "/api/models":
            return json(fixture("models-page.json"));
          case "/api/models/acme/tiny-bert/refs":
            return json(fixture("refs.json"));
          case "/api/models/acme/tiny-bert/commits/" + SHA:
            if (url.queryParameter("cursor") == null) {
              return new MockResponse.Builder()
                  .setHeader(
                      "Link",
                      "<"
                          + url.newBuilder()
                              .setQueryParameter("cursor", "page2")
                              .build() + ">; rel=\"next\"")
                  .body(fixture("commits-page1.json"))
                  .build();
            }
            return json(fixture("commits-page2.json"));
          case "/api/models/acme/tiny-bert/discussions":
            return json(fixture(
                "0".equals(url.queryParameter("p"))
                    ? "discussions-p0.json"
                    : "discussions-p1.json"));
          case "/api/models/acme/tiny-bert/discussions/1":
          case "/api/models/acme/tiny-bert/discussions/3":
          case "/api/models/acme/tiny-bert/discussions/4":
            return json(
                fixture("discussion-" + path.substring(path.lastIndexOf('/') + 1) + ".json"));
          case "/api/models/acme/tiny-bert/tree/" + SHA:
            return json(fixture("tree.json"));
          default:
            return new MockResponse.Builder()
                .code(404)
                .body("{\"error\":\"not in the fixture\"}")
                .build();
        }
      }
    });
    Path db = dir.resolve("fixtures.db");

    SnapshotReport report = HfSnapshotter.of(
            HfClient.builder().endpoint(server.url("/").uri()).build())
        .snapshot(db, SnapshotOptions.peatmoss(), SnapshotListener.NONE);

    assertThat(report.models())
        .extracting(m -> m.model().value() + ":" + m.outcome())
        .containsExactly("acme/tiny-bert:NEW");
    Object model = Db.value(db, "SELECT id FROM model WHERE context_id = 'acme/tiny-bert'");
    assertThat(Db.rows(
            db, "SELECT sha, has_snapshot, downloads, likes FROM model WHERE id = " + model))
        .containsExactly(List.of(SHA, 1, 1200, 17));
    assertThat(
            Db.rows(db, "SELECT commit_id, created_at, title, model_id FROM hf_commit ORDER BY id"))
        .containsExactly(
            List.of(
                "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d",
                "2024-01-01T00:00:00Z",
                "initial commit",
                model),
            List.of(
                "77d2a4c1e9b0f3a6c8d5e2b1a0f9e8d7c6b5a493",
                "2024-02-20T08:00:00Z",
                "Update README.md",
                model),
            List.of(
                SHA,
                "2024-03-05T10:15:30Z",
                "Merge pull request #4: add safetensors weights",
                model));
    assertThat(Db.rows(db, "SELECT message FROM hf_commit WHERE commit_id = '" + SHA + "'"))
        .containsExactly(List.of("Converted with the conversion bot.\n"));
    assertThat(Db.rows(
            db,
            "SELECT c.title, a.name FROM hf_commit_to_author j JOIN hf_commit c ON c.id ="
                + " j.hf_commit_id JOIN author a ON a.id = j.author_id ORDER BY c.id, a.name"))
        .containsExactly(
            List.of("Update README.md", "ada-lovelace"),
            List.of("Update README.md", "grace-h"),
            List.of("Merge pull request #4: add safetensors weights", "ada-lovelace"));
    assertThat(Db.rows(
            db,
            "SELECT i.name, i.ref, i.target_commit FROM hf_git_ref g"
                + " JOIN hf_git_ref_to_branch j ON j.hf_git_ref_id = g.id JOIN hf_git_ref_info i ON i.id ="
                + " j.hf_git_ref_info_id WHERE g.model_id = " + model + " ORDER BY i.id"))
        .containsExactly(
            List.of("main", "refs/heads/main", SHA),
            List.of("onnx", "refs/heads/onnx", "5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8"));
    assertThat(Db.rows(
            db,
            "SELECT i.name, i.ref, i.target_commit FROM hf_git_ref g"
                + " JOIN hf_git_ref_to_tag j ON j.hf_git_ref_id = g.id JOIN hf_git_ref_info i ON i.id ="
                + " j.hf_git_ref_info_id WHERE g.model_id = " + model))
        .containsExactly(
            List.of("v1.0", "refs/tags/v1.0", "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d"));
    String endpoint = server.url("/").toString().replaceAll("/$", "");
    assertThat(
            Db.rows(
                db,
                "SELECT num, title, status, repo_id, repo_type, is_pull_request, created_at, endpoint,"
                    + " target_branch, merge_commit_oid, substr(diff, 1, 14), model_id FROM discussion ORDER BY num"))
        .containsExactly(
            Arrays.asList(
                1,
                "Which dataset was this trained on?",
                "closed",
                "acme/tiny-bert",
                "model",
                0,
                "2023-12-24T18:45:00Z",
                endpoint,
                null,
                null,
                null,
                model),
            Arrays.asList(
                3,
                "Fix tokenizer config",
                "open",
                "acme/tiny-bert",
                "model",
                1,
                "2024-02-28T09:30:00Z",
                endpoint,
                "refs/heads/main",
                null,
                "diff --git a/t",
                model),
            Arrays.asList(
                4,
                "Adding `safetensors` variant of this model",
                "merged",
                "acme/tiny-bert",
                "model",
                1,
                "2024-03-01T12:00:00Z",
                endpoint,
                "refs/heads/main",
                SHA,
                "diff --git a/m",
                model));
    assertThat(Db.rows(
            db,
            "SELECT d.num, a.name FROM discussion_to_author j JOIN discussion d ON d.id ="
                + " j.discussion_id JOIN author a ON a.id = j.author_id ORDER BY d.num"))
        .containsExactly(List.of(1, "deleted"), List.of(3, "grace-h"), List.of(4, "convert-bot"));
    assertThat(Db.rows(
            db,
            "SELECT d.num, f.path FROM file_path f JOIN discussion d ON d.id = f.discussion_id"
                + " ORDER BY f.id"))
        .containsExactly(List.of(4, "model.safetensors"), List.of(4, "config.json"));
    assertThat(Db.rows(
            db,
            "SELECT d.num, e.event_id, e.type, e.author, e.content, e.edited, e.hidden,"
                + " e.new_status, e.summary, e.oid, e.old_title, e.new_title FROM discussion_event e JOIN discussion d"
                + " ON d.id = e.discussion_id ORDER BY d.num, e.id"))
        .containsExactly(
            Arrays.asList(
                1,
                "6588a0000000000000000001",
                "comment",
                "deleted",
                "The card does not say.",
                0,
                0,
                null,
                null,
                null,
                null,
                null),
            Arrays.asList(
                1,
                "6588a0000000000000000002",
                "comment",
                "grace-h",
                "BookCorpus and English Wikipedia.",
                0,
                0,
                null,
                null,
                null,
                null,
                null),
            Arrays.asList(
                1,
                "6588a0000000000000000003",
                "status-change",
                "grace-h",
                null,
                0,
                0,
                "closed",
                null,
                null,
                null,
                null),
            Arrays.asList(
                3,
                "65df0000000000000000000a",
                "comment",
                "grace-h",
                "Sets model_max_length to 512.",
                0,
                0,
                null,
                null,
                null,
                null,
                null),
            Arrays.asList(
                3,
                "65df0000000000000000000b",
                "commit",
                "grace-h",
                null,
                0,
                0,
                null,
                "Update tokenizer_config.json",
                "c0ffee00112233445566778899aabbccddeeff00",
                null,
                null),
            Arrays.asList(
                4,
                "65e1c2000000000000000001",
                "comment",
                "convert-bot",
                "This PR adds weights in safetensors format.",
                0,
                0,
                null,
                null,
                null,
                null,
                null),
            Arrays.asList(
                4,
                "65e1c2000000000000000002",
                "commit",
                "convert-bot",
                null,
                0,
                0,
                null,
                "Adding `safetensors` variant of this model",
                "3e4f5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5",
                null,
                null),
            Arrays.asList(
                4,
                "65e1c2000000000000000003",
                "comment",
                "deleted",
                "Does this break older loaders?",
                1,
                1,
                null,
                null,
                null,
                null,
                null),
            Arrays.asList(
                4,
                "65e1c2000000000000000004",
                "title-change",
                "ada-lovelace",
                null,
                0,
                0,
                null,
                null,
                null,
                "Adding safetensors",
                "Adding `safetensors` variant of this model"),
            Arrays.asList(
                4,
                "65e1c2000000000000000005",
                "status-change",
                "ada-lovelace",
                null,
                0,
                0,
                "merged",
                null,
                null,
                null,
                null));
    assertThat(
            Db.rows(
                db,
                "SELECT commit_sha, path, size, git_oid, lfs_sha256 FROM hf_snapshot_file ORDER BY path"))
        .containsExactly(
            Arrays.asList(SHA, "README.md", 2048, "3a8f7e1d2c4b5a69788796a5b4c3d2e1f0a1b2c3", null),
            Arrays.asList(
                SHA, "config.json", 570, "8b2c9d0e1f2a3b4c5d6e7f8091a2b3c4d5e6f708", null),
            Arrays.asList(
                SHA,
                "model.safetensors",
                1024,
                "d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5061",
                "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0"),
            Arrays.asList(
                SHA,
                "onnx/model.onnx",
                4096,
                "e5f60718293a4b5c6d7e8f9a0b1c2d3e4f506172",
                "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90"));
    assertThat(Db.value(db, "SELECT count(*) FROM model WHERE context_id = 'acme/unpopular'"))
        .as("12 downloads: not selected")
        .isEqualTo(0);
  }
}
