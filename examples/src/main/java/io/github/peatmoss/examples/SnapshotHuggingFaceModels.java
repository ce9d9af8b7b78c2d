package io.github.peatmoss.examples;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfToken;
import io.github.peatmoss.hf.snapshot.HfSnapshotter;
import io.github.peatmoss.hf.snapshot.ModelSnapshot;
import io.github.peatmoss.hf.snapshot.SnapshotListener;
import io.github.peatmoss.hf.snapshot.SnapshotOptions;
import io.github.peatmoss.hf.snapshot.SnapshotReport;
import java.net.URI;
import java.nio.file.Path;

/**
 * Takes PeaTMOSS-style detailed snapshots (refs, commits, discussions with events, file list pinned to a commit)
 * of an author's most downloaded models into a PeaTMOSS database; run it again to refresh incrementally. Usage:
 * {@code SnapshotHuggingFaceModels [author] [database] [endpoint]}; set {@code HF_TOKEN} for higher rate limits.
 */
public final class SnapshotHuggingFaceModels {
  private SnapshotHuggingFaceModels() {}

  /** Runs the example. */
  public static void main(String[] args) {
    String author = args.length > 0 ? args[0] : "google-bert";
    Path database = Path.of(args.length > 1 ? args[1] : "snapshots.db");
    HfClient.Builder builder = HfClient.builder().userAgentSuffix("peatmoss-examples");
    HfToken.fromEnvironment().ifPresent(builder::token);
    if (args.length > 2) {
      builder.endpoint(URI.create(args[2])); // a mirror or a local test server
    }
    HfClient hf = builder.build();

    SnapshotOptions options =
        SnapshotOptions.peatmoss().toBuilder() // more than 50 downloads, as PeaTMOSS
            .author(author)
            .maxModels(3)
            .build();
    try {
      SnapshotReport report = HfSnapshotter.of(hf)
          .snapshot(database, options, new SnapshotListener() {
            @Override
            public void modelFinished(int index, int total, ModelSnapshot result) {
              System.out.printf(
                  "[%d/%d] %s %s: %d new commits, %d discussions%n",
                  index,
                  total,
                  result.model(),
                  result.outcome(),
                  result.commitsAdded(),
                  result.discussionsWritten());
            }
          });
      System.out.println(
          report.count(ModelSnapshot.Outcome.UNCHANGED) + " unchanged since the last run");
    } catch (PeatmossException e) {
      System.err.println("snapshot failed: " + e.getMessage());
      System.err.println(
          "without network access, pass a mirror or local server as the third argument");
    }
  }
}
