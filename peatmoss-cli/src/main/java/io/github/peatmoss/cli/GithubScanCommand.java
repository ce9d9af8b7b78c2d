package io.github.peatmoss.cli;

import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.reuse.KnownModels;
import io.github.peatmoss.reuse.ModelUse;
import io.github.peatmoss.reuse.RejectedCandidate;
import io.github.peatmoss.reuse.ReuseDetector;
import io.github.peatmoss.reuse.ScanResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peatmoss github scan DIR}: the reuse detector over a source checkout, offline. One line per model use
 * (with {@code --rejected}, also one per rejected candidate), files read one at a time, progress on stderr.
 */
@Command(
    name = "scan",
    mixinStandardHelpOptions = true,
    description = {
      "Find where the source tree DIR loads pre-trained models (Python, notebooks, transformers.js),",
      "offline: model id, file (relative to DIR), line, call and library signature.",
      "Without --db every well-formed hub id is reported, marked unverified; with --db ids are checked",
      "against the database's models and legacy ids resolved to their current names."
    })
final class GithubScanCommand implements Callable<Integer> {
  private static final int PROGRESS_EVERY = 1000;

  @Mixin
  JsonOption json;

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "Root of a source checkout.")
  Path dir;

  @Option(
      names = "--db",
      paramLabel = "FILE",
      description =
          "PeaTMOSS SQLite database whose models candidates are checked against (default: none).")
  Path db;

  @Option(names = "--rejected", description = "Also print rejected candidates with their reason.")
  boolean rejected;

  /** One model use, as {@code --json} prints it. */
  record UseLine(
      String kind,
      String model,
      String candidate,
      String file,
      int line,
      int column,
      Integer cell,
      String call,
      String signature,
      boolean verified) {}

  /** One rejected candidate, as {@code --json} prints it. */
  record RejectedLine(
      String kind,
      String file,
      int line,
      int column,
      Integer cell,
      String call,
      String signature,
      String text,
      String reason,
      String detail) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReuseDetector.Builder builder = ReuseDetector.builder();
    if (db != null) {
      builder.knownModels(knownModels(err));
    }
    ReuseDetector detector = builder.build();
    List<Path> files = ReuseDetector.sourceFiles(dir);
    err.println("scanning " + files.size() + " source files under " + dir);
    err.flush();
    long start = System.nanoTime();
    long scanned = 0;
    long skipped = 0;
    long uses = 0;
    long rejects = 0;
    if (!json.json) {
      Output.header(out, "%-50s %-45s %s%n", "FILE:LINE:COLUMN", "MODEL", "SIGNATURE");
    }
    try (Stream<ScanResult> results = files.stream().map(f -> detector.scanFile(f, name(f)))) {
      for (ScanResult r : (Iterable<ScanResult>) results::iterator) {
        scanned++;
        if (r.skipped().isPresent()) {
          skipped++;
        }
        for (ModelUse u : r.uses()) {
          print(out, u);
          uses++;
        }
        if (rejected) {
          for (RejectedCandidate c : r.rejected()) {
            print(out, c);
          }
        }
        rejects += r.rejected().size();
        if (scanned % PROGRESS_EVERY == 0) {
          err.println(
              String.format("scanned %,d of %,d files: %,d uses", scanned, files.size(), uses));
          err.flush();
        }
      }
    }
    double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
    err.println(String.format(
        "scanned %,d files (%,d skipped) in %.1f s (%.0f files/s): %,d uses, %,d rejected"
            + " candidates%s",
        scanned,
        skipped,
        seconds,
        scanned / seconds,
        uses,
        rejects,
        rejected ? "" : " (--rejected prints them)"));
    return Main.OK;
  }

  private String name(Path file) {
    return dir.relativize(file).toString().replace('\\', '/');
  }

  private KnownModels knownModels(PrintWriter err) {
    List<ModelId> ids = new ArrayList<>();
    long bad = 0;
    try (PeatmossDataset dataset = PeatmossDataset.open(db);
        Stream<Map<String, Object>> rows = dataset.streamTable("model")) {
      for (Map<String, Object> row : (Iterable<Map<String, Object>>) rows::iterator) {
        Object id = row.get("context_id");
        try {
          ids.add(ModelId.of(String.valueOf(id)));
        } catch (IllegalArgumentException e) {
          bad++;
        }
      }
    }
    err.println("checking candidates against " + ids.size() + " models in " + db
        + (bad > 0 ? " (" + bad + " rows without a valid model id left out)" : ""));
    return KnownModels.of(ids);
  }

  private void print(PrintWriter out, ModelUse u) {
    Integer cell = u.cell().isPresent() ? u.cell().getAsInt() : null;
    if (json.json) {
      Output.jsonLine(
          out,
          new UseLine(
              "USE",
              u.model().value(),
              u.candidate(),
              u.file(),
              u.line(),
              u.column(),
              cell,
              u.call(),
              u.signature(),
              u.isVerified()));
    } else {
      out.printf(
          "%-50s %-45s %s%s%n",
          where(u.file(), cell, u.line(), u.column()),
          u.model().value(),
          u.signature(),
          u.isVerified() ? "" : " (unverified)");
    }
  }

  private void print(PrintWriter out, RejectedCandidate c) {
    Integer cell = c.cell().isPresent() ? c.cell().getAsInt() : null;
    if (json.json) {
      Output.jsonLine(
          out,
          new RejectedLine(
              "REJECTED",
              c.file(),
              c.line(),
              c.column(),
              cell,
              c.call(),
              c.signature().orElse(null),
              c.text(),
              c.reason().name(),
              c.detail()));
    } else {
      out.printf(
          "%-50s rejected %s: %s (%s)%n",
          where(c.file(), cell, c.line(), c.column()), c.reason(), c.text(), c.detail());
    }
  }

  private static String where(String file, Integer cell, int line, int column) {
    return file + (cell == null ? "" : "[cell " + cell + "]") + ":" + line + ":" + column;
  }
}
