package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.snapshot.HfSnapshotter;
import io.github.peatmoss.hf.snapshot.ModelSnapshot;
import io.github.peatmoss.hf.snapshot.SnapshotFile;
import io.github.peatmoss.hf.snapshot.SnapshotListener;
import io.github.peatmoss.hf.snapshot.SnapshotOptions;
import io.github.peatmoss.hf.snapshot.SnapshotReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss hf snapshot}: PeaTMOSS's detailed snapshots of the most downloaded models into a database
 * (refs, commits, discussions with events, file list pinned to a commit), optionally with verified files in a
 * content-addressed directory. Incremental and resumable: rerun the same command to refresh or to finish a run
 * that was stopped. Progress goes to stderr, one line per model (and per file with {@code --files}).
 */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description =
        "Snapshot the repositories of models with more than N downloads (refs, commits, discussions,"
            + " files) into a PeaTMOSS database; rerun to refresh (an unchanged model costs one request).")
final class HfSnapshotCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  HfClientOptions client;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      required = true,
      description = "Database to create or update.")
  Path db;

  @Option(
      names = "--min-downloads",
      paramLabel = "N",
      defaultValue = "50",
      description =
          "Select models with more than N downloads in the last 30 days (default ${DEFAULT-VALUE},"
              + " as PeaTMOSS).")
  long minDownloads;

  @Option(
      names = "--max-models",
      paramLabel = "N",
      description = "Snapshot at most N models, most downloaded first.")
  Integer maxModels;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Only this user's or organisation's models.")
  String author;

  @Option(
      names = "--files",
      description = "Also download each snapshot's files, verified, into --out.")
  boolean files;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Content-addressed directory for files and manifests.")
  Path out;

  @Option(
      names = "--budget",
      paramLabel = "BYTES",
      description =
          "Download at most this many bytes in this run; bigger files wait for a later run.")
  Long budget;

  @Option(
      names = "--full",
      description = "Ignore earlier runs and read every selected model in full again.")
  boolean full;

  @Override
  public Integer call() {
    if (minDownloads < 0) {
      throw new UsageException("--min-downloads must be >= 0: " + minDownloads);
    }
    if (files && out == null) {
      throw new UsageException("--files needs --out DIR, the directory to put the files in");
    }
    if (maxModels != null && maxModels < 1) {
      throw new UsageException("--max-models must be >= 1: " + maxModels);
    }
    if (budget != null && budget < 0) {
      throw new UsageException("--budget must be >= 0: " + budget);
    }
    SnapshotOptions.Builder options =
        SnapshotOptions.builder().minDownloads(minDownloads).files(files).full(full);
    if (out != null) {
      options.outputDirectory(out);
    }
    if (maxModels != null) {
      options.maxModels(maxModels);
    }
    if (author != null) {
      options.author(author);
    }
    if (budget != null) {
      options.byteBudget(budget);
    }
    PrintWriter err = spec.commandLine().getErr();
    SnapshotReport report;
    try (HfClient hf = client.client()) {
      report = HfSnapshotter.of(hf).snapshot(db, options.build(), new Progress(err));
    }

    PrintWriter stdout = spec.commandLine().getOut();
    if (json.json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("db", db.toString());
      summary.put("models", report.models().size());
      for (ModelSnapshot.Outcome outcome : ModelSnapshot.Outcome.values()) {
        summary.put(outcome.name().toLowerCase(java.util.Locale.ROOT), report.count(outcome));
      }
      summary.put("commitsAdded", report.commitsAdded());
      summary.put("discussionsWritten", report.discussionsWritten());
      summary.put("filesDownloaded", report.filesDownloaded());
      summary.put("filesOverBudget", report.filesOverBudget());
      summary.put("filesRefused", report.filesRefused());
      summary.put("bytesDownloaded", report.bytesDownloaded());
      summary.put(
          "failures",
          report.models().stream()
              .filter(m -> m.failure().isPresent())
              .map(
                  m -> Map.of("model", m.model().value(), "failure", m.failure().get()))
              .collect(java.util.stream.Collectors.toList()));
      Output.jsonLine(stdout, summary);
    } else {
      stdout.printf(
          "snapshotted %d models into %s: %d new, %d updated, %d unchanged, %d failed; %d commits,"
              + " %d discussions, %d files (%,d bytes) added%n",
          report.models().size(),
          db,
          report.count(ModelSnapshot.Outcome.NEW),
          report.count(ModelSnapshot.Outcome.UPDATED),
          report.count(ModelSnapshot.Outcome.UNCHANGED),
          report.count(ModelSnapshot.Outcome.FAILED),
          report.commitsAdded(),
          report.discussionsWritten(),
          report.filesDownloaded(),
          report.bytesDownloaded());
      if (report.filesOverBudget() > 0) {
        stdout.printf(
            "%d files did not fit the --budget; rerun to fetch them%n", report.filesOverBudget());
      }
      if (report.filesRefused() > 0) {
        stdout.printf(
            "%d files of gated or private models were refused; request access and set HF_TOKEN%n",
            report.filesRefused());
      }
    }
    stdout.flush();
    if (report.hasFailures()) {
      ModelSnapshot first = report.models().stream()
          .filter(m -> m.failure().isPresent())
          .findFirst()
          .orElseThrow();
      throw new IllegalArgumentException(
          report.count(ModelSnapshot.Outcome.FAILED) + " model(s) failed, first " + first.model()
              + ": " + first.failure().get() + " (rerun the same command to retry them)");
    }
    return Main.OK;
  }

  /** Progress on stderr: one line per model, and one per file when files are downloaded. */
  private static final class Progress implements SnapshotListener {
    private final PrintWriter err;

    Progress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void selected(int total) {
      err.println("snapshot: " + total + " models selected");
      err.flush();
    }

    @Override
    public void fileDone(ModelId model, SnapshotFile file, boolean downloaded) {
      err.println("  " + (downloaded ? "fetched " : "present ") + model + " " + file.path()
          + file.size().stream()
              .mapToObj(s -> String.format(" (%,d bytes)", s))
              .findFirst()
              .orElse(""));
      err.flush();
    }

    @Override
    public void modelFinished(int index, int total, ModelSnapshot result) {
      StringBuilder line = new StringBuilder()
          .append('[')
          .append(index)
          .append('/')
          .append(total)
          .append("] ")
          .append(result.model())
          .append(' ')
          .append(result.outcome().name().toLowerCase(java.util.Locale.ROOT));
      result
          .commitSha()
          .ifPresent(sha -> line.append(" @").append(sha, 0, Math.min(12, sha.length())));
      if (result.outcome() != ModelSnapshot.Outcome.UNCHANGED) {
        line.append(": ")
            .append(result.commitsAdded())
            .append(" commits, ")
            .append(result.discussionsWritten())
            .append(" discussions, ")
            .append(result.files())
            .append(" files");
        if (result.filesDownloaded() > 0) {
          line.append(String.format(
              ", fetched %d (%,d bytes)", result.filesDownloaded(), result.bytesDownloaded()));
        }
      }
      result.failure().ifPresent(f -> line.append(" FAILED: ").append(f));
      err.println(line);
      err.flush();
    }
  }
}
