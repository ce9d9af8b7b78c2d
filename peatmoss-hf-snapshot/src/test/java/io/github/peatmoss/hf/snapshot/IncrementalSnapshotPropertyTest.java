package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.hf.HfClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The law of incremental refresh: snapshotting after every change of the Hub ends with the same data as one
 * fresh snapshot of the final state (compared by natural keys, since row ids follow the order things were seen;
 * the file lists of earlier shas are history a fresh run cannot have).
 */
class IncrementalSnapshotPropertyTest {
  enum Change {
    COMMIT,
    DISCUSSION,
    COMMENT_ON_NEWEST,
    CLOSE_NEWEST,
    RETITLE_NEWEST,
    NONE
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    return Arbitraries.of(Change.class).list().ofMinSize(1).ofMaxSize(5);
  }

  @Property(tries = 6)
  void incrementalRuns_equalOneFreshSnapshot(@ForAll("changes") List<Change> changes)
      throws Exception {
    Path dir = Files.createTempDirectory("snapshot-law");
    try (MockWebServer server = new MockWebServer()) {
      FakeSnapshotHub hub = new FakeSnapshotHub();
      server.setDispatcher(hub);
      server.start();
      FakeSnapshotHub.Repo repo = hub.addTinyBert("acme/law", 500);
      HfSnapshotter snapshotter =
          HfSnapshotter.of(HfClient.builder().endpoint(server.url("/").uri()).build());
      Path incremental = dir.resolve("incremental.db");
      snapshotter.snapshot(incremental, SnapshotOptions.peatmoss(), SnapshotListener.NONE);
      int step = 0;
      for (Change change : changes) {
        step++;
        apply(repo, change, step);
        snapshotter.snapshot(incremental, SnapshotOptions.peatmoss(), SnapshotListener.NONE);
      }
      Path fresh = dir.resolve("fresh.db");
      snapshotter.snapshot(fresh, SnapshotOptions.peatmoss(), SnapshotListener.NONE);

      assertThat(canonical(incremental)).isEqualTo(canonical(fresh));
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> {
          try {
            Files.delete(p);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }
    }
  }

  private static void apply(FakeSnapshotHub.Repo repo, Change change, int step) {
    String at = String.format("2024-06-%02dT00:00:00.000Z", step);
    FakeSnapshotHub.Disc newest = repo.discussions.get(0);
    switch (change) {
      case COMMIT:
        repo.commit(String.format("%040x", 0xc0de00 + step), at, "Step " + step, "ada-lovelace");
        break;
      case DISCUSSION:
        repo.discussion(100 + step, "Question " + step, "open", false, "grace-h", at)
            .comment(
                String.format("%024x", 0xd15c00 + step), "grace-h", at, "Question " + step + "?");
        break;
      case COMMENT_ON_NEWEST:
        newest.comment(String.format("%024x", 0xc0aa00 + step), null, at, "Reply " + step);
        break;
      case CLOSE_NEWEST:
        newest.status(
            String.format("%024x", 0x5ad000 + step),
            "ada-lovelace",
            at,
            "closed".equals(newest.status) ? "open" : "closed");
        break;
      case RETITLE_NEWEST:
        newest.retitle(
            String.format("%024x", 0x717100 + step), "ada-lovelace", at, "Renamed " + step);
        break;
      default:
        break;
    }
  }

  /** The data by natural keys: what a study reads, independent of row ids. */
  private static Map<String, Object> canonical(Path db) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(
        "model",
        Db.rows(db, "SELECT context_id, sha, has_snapshot, downloads, likes, repo_url FROM model"));
    out.put(
        "commits",
        new HashSet<>(
            Db.rows(
                db,
                "SELECT c.commit_id, c.created_at, c.title, c.message,"
                    + " (SELECT group_concat(a.name) FROM (SELECT a.name FROM hf_commit_to_author j JOIN author a"
                    + " ON a.id = j.author_id WHERE j.hf_commit_id = c.id ORDER BY a.name) a) FROM hf_commit c")));
    out.put(
        "refs",
        new HashSet<>(Db.rows(
            db,
            "SELECT 'branch', i.name, i.ref, i.target_commit"
                + " FROM hf_git_ref_to_branch j JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id"
                + " UNION ALL SELECT 'tag', i.name, i.ref, i.target_commit FROM hf_git_ref_to_tag j"
                + " JOIN hf_git_ref_info i ON i.id = j.hf_git_ref_info_id")));
    out.put(
        "discussions",
        new HashSet<>(Db.rows(
            db,
            "SELECT d.num, d.title, d.status, d.repo_id, d.repo_type,"
                + " d.is_pull_request, d.created_at, d.endpoint, d.target_branch, d.merge_commit_oid, d.diff,"
                + " (SELECT group_concat(a.name) FROM discussion_to_author j JOIN author a ON a.id = j.author_id"
                + " WHERE j.discussion_id = d.id),"
                + " (SELECT group_concat(path, '|') FROM (SELECT path FROM file_path WHERE discussion_id = d.id"
                + " ORDER BY id)) FROM discussion d")));
    out.put(
        "events",
        Db.rows(
            db,
            "SELECT d.num, e.event_id, e.type, e.created_at, e.author, e.content, e.edited,"
                + " e.hidden, e.new_status, e.summary, e.oid, e.old_title, e.new_title FROM discussion_event e"
                + " JOIN discussion d ON d.id = e.discussion_id ORDER BY d.num, e.id"));
    out.put(
        "files",
        Db.rows(
            db,
            "SELECT f.commit_sha, f.path, f.size, f.git_oid, f.lfs_sha256"
                + " FROM hf_snapshot_file f JOIN model m ON m.id = f.model_id AND f.commit_sha = m.sha ORDER BY f.path"));
    return out;
  }
}
