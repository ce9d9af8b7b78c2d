package io.github.peatmoss.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Throughput of the reuse detector on a large generated source tree, side by side with a baseline: the single
 * regular expression small scanners use ({@code from_pretrained\(\s*["']([^"']+)["']}) over the same files, read
 * the same way. Not a unit test: run by hand through the {@code reuse-benchmark} profile (docs/BENCHMARKS.md).
 *
 * <p>{@code -Dreuse.tree=DIR} (default {@code /tmp/peatmoss-reuse-tree}); if DIR does not exist it is generated
 * first with {@code -Dreuse.files=N} files (default 20,000): Python modules of 40-400 lines, notebooks and
 * TypeScript files built from filler code, about one in six with a load taken from the labelled corpus, plus
 * vendored directories and binary files the detector must skip. Deterministic (seed 42).
 */
public final class ReuseTreeBenchmark {
  private static final Pattern BASELINE =
      Pattern.compile("from_pretrained\\(\\s*[\"']([^\"']+)[\"']");

  private ReuseTreeBenchmark() {}

  /** Generates the tree if needed, then measures; prints one line per run. */
  public static void main(String[] args) throws IOException {
    Path tree = Path.of(System.getProperty("reuse.tree", "/tmp/peatmoss-reuse-tree"));
    int files = Integer.getInteger("reuse.files", 20_000);
    int rounds = Integer.getInteger("reuse.rounds", 3);
    if (!Files.exists(tree)) {
      long t0 = System.nanoTime();
      long bytes = generate(tree, files, new Random(42));
      System.out.printf(
          Locale.ROOT,
          "generated %s: %,d files, %,d bytes in %.1f s%n",
          tree,
          files,
          bytes,
          (System.nanoTime() - t0) / 1e9);
    }
    List<Path> sources = ReuseDetector.sourceFiles(tree);
    long bytes = 0;
    for (Path p : sources) {
      bytes += Files.size(p);
    }
    System.out.printf(
        Locale.ROOT,
        "tree %s: %,d source files to scan (vendored directories left out), %,d bytes%n",
        tree,
        sources.size(),
        bytes);
    ReuseDetector detector = ReuseDetector.create();
    for (int round = 1; round <= rounds; round++) {
      long t0 = System.nanoTime();
      long found = 0;
      for (Path p : sources) {
        Matcher m = BASELINE.matcher(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        while (m.find()) {
          found++;
        }
      }
      report("baseline regex", round, sources.size(), System.nanoTime() - t0, found, 0);
      t0 = System.nanoTime();
      long uses = 0;
      long rejected = 0;
      try (Stream<ScanResult> results = detector.scanTree(tree)) {
        for (ScanResult r : (Iterable<ScanResult>) results::iterator) {
          uses += r.uses().size();
          rejected += r.rejected().size();
        }
      }
      report(
          "ReuseDetector.scanTree", round, sources.size(), System.nanoTime() - t0, uses, rejected);
    }
  }

  private static void report(
      String what, int round, int files, long nanos, long found, long rejected) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "round %d %-24s %,7d files in %6.2f s = %,8.0f files/s; %,d found, %,d rejected%n",
        round,
        what,
        files,
        seconds,
        files / seconds,
        found,
        rejected);
  }

  static long generate(Path root, int files, Random random) throws IOException {
    List<ReuseCorpus.Case> cases = ReuseCorpus.load();
    List<ReuseCorpus.Case> python =
        cases.stream().filter(c -> c.file().endsWith(".py")).collect(Collectors.toList());
    List<ReuseCorpus.Case> js = cases.stream()
        .filter(c -> !c.file().endsWith(".py") && !c.file().endsWith(".ipynb"))
        .collect(Collectors.toList());
    long bytes = 0;
    for (int i = 0; i < files; i++) {
      String dir = String.format(
          Locale.ROOT,
          "project%03d/%s",
          i / 200,
          List.of("src", "lib", "scripts", "tests", "models").get(i % 5));
      int kind = random.nextInt(100);
      String name;
      String text;
      if (kind < 80) {
        name = "module" + i + ".py";
        text = python(
            random,
            random.nextInt(6) == 0 ? python.get(random.nextInt(python.size())).code() : "");
      } else if (kind < 88) {
        name = "notebook" + i + ".ipynb";
        text = notebook(
            random,
            random.nextInt(3) == 0 ? python.get(random.nextInt(python.size())).code() : "");
      } else if (kind < 96) {
        name = "component" + i + ".ts";
        text = javascript(
            random, random.nextInt(4) == 0 ? js.get(random.nextInt(js.size())).code() : "");
      } else if (kind < 98) {
        dir = String.format(Locale.ROOT, "project%03d/node_modules/dep%d", i / 200, i % 7);
        name = "index" + i + ".js";
        text = javascript(random, js.get(random.nextInt(js.size())).code());
      } else {
        dir =
            String.format(Locale.ROOT, "project%03d/.venv/lib/site-packages/pkg%d", i / 200, i % 5);
        name = "vendored" + i + ".py";
        text = python(random, python.get(random.nextInt(python.size())).code());
      }
      Path file = root.resolve(dir).resolve(name);
      Files.createDirectories(file.getParent());
      byte[] content = text.getBytes(StandardCharsets.UTF_8);
      if (i % 997 == 0) {
        content[content.length / 2] = 0; // now and then a binary file with a source file's name
      }
      Files.write(file, content);
      bytes += content.length;
    }
    return bytes;
  }

  private static String python(Random r, String load) {
    StringBuilder b =
        new StringBuilder("\"\"\"Module docstring: utilities for training and evaluation.\n\nSee"
            + " AutoModel.from_pretrained in the docs.\n\"\"\"\nimport os\nimport sys\nimport json\nfrom typing import"
            + " List, Optional\n\nimport numpy as np\n\n");
    int functions = 2 + r.nextInt(20);
    int loadAt = load.isEmpty() ? -1 : r.nextInt(functions);
    for (int f = 0; f < functions; f++) {
      if (f == loadAt) {
        b.append(load).append('\n');
      }
      if (r.nextInt(4) == 0) {
        b.append("class Helper")
            .append(f)
            .append(":\n    \"\"\"A helper.\"\"\"\n    scale = ")
            .append(f)
            .append("\n\n    def __init__(self, path: str = \"./data\", *args, **kwargs):\n")
            .append("        self.path = os.path.join(path, 'cache')  # where files go\n")
            .append("        self.values = [x * self.scale for x in range(10) if x % 2]\n\n");
      }
      b.append("def step_")
          .append(f)
          .append("(batch, lr=1e-3, name='step")
          .append(f)
          .append("'):\n")
          .append("    # compute the loss for one batch\n")
          .append("    total = 0.0\n    for i, item in enumerate(batch):\n")
          .append("        total += float(item.get(\"value\", 0)) * lr  # weighted\n")
          .append(
              "        if i > 10 and total > 1e6:\n            raise ValueError(f\"overflow at {i}: {total!r}\")\n")
          .append("    data = {\"name\": name, \"total\": total, 'items': [1, 2, (3, 4)]}\n")
          .append("    print(json.dumps(data), file=sys.stderr)\n    return np.array([total])\n\n");
    }
    b.append("if __name__ == \"__main__\":\n    step_0([{\"value\": 1}])\n");
    return b.toString();
  }

  private static String notebook(Random r, String load) {
    StringBuilder b =
        new StringBuilder("{\"cells\": [{\"cell_type\": \"markdown\", \"metadata\": {}, \"source\":"
            + " [\"# Experiment\\n\", \"Loads a model.\"]}");
    for (String cell : new String[] {python(r, ""), load, "print('done')\n"}) {
      if (cell.isEmpty()) {
        continue;
      }
      b.append(
          ", {\"cell_type\": \"code\", \"execution_count\": 1, \"metadata\": {}, \"outputs\": [], \"source\": [");
      String[] lines = cell.split("\n");
      for (int i = 0; i < lines.length; i++) {
        b.append(i > 0 ? ", " : "")
            .append('"')
            .append(lines[i].replace("\\", "\\\\").replace("\"", "\\\""))
            .append("\\n\"");
      }
      b.append("]}");
    }
    return b.append("], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}\n")
        .toString();
  }

  private static String javascript(Random r, String load) {
    StringBuilder b = new StringBuilder("// A component\nimport { useState } from 'react';\n");
    b.append(load).append('\n');
    int functions = 1 + r.nextInt(10);
    for (int f = 0; f < functions; f++) {
      b.append("export function handler")
          .append(f)
          .append("(event: Event): string {\n")
          .append("  const re = /[a-z]+\\/[0-9]*/g;  // a regex with a slash\n")
          .append("  const text = `value ${event.type} / ${")
          .append(f)
          .append("}`;\n")
          .append("  /* block comment with pipeline('x', 'y') */\n")
          .append("  return text.replace(re, '') + \"")
          .append(f)
          .append("\";\n}\n\n");
    }
    return b.toString();
  }
}
