package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled corpus in {@code src/test/resources/corpus/*.txt}. Each case starts with {@code === name | file},
 * then label lines ({@code expect: SIGNATURE MODEL LINE} for a use, {@code reject: REASON LINE} for a rejected
 * candidate that must be reported), then {@code ---} and the file's text up to the next {@code ===}. A case
 * whose name starts with {@code NEG} is a tricky negative. Lines starting with {@code #} before the first case
 * are comments.
 */
final class ReuseCorpus {
  static final List<String> FILES = List.of(
      "transformers.txt",
      "hub-libraries.txt",
      "other-libraries.txt",
      "pytorch.txt",
      "javascript.txt",
      "notebooks.txt");

  record Expected(String signature, String model, int line) {}

  record ExpectedReject(RejectReason reason, int line) {}

  record Case(
      String source,
      String name,
      String file,
      String code,
      List<Expected> expected,
      List<ExpectedReject> rejects) {}

  private ReuseCorpus() {}

  static List<Case> load() {
    List<Case> cases = new ArrayList<>();
    for (String f : FILES) {
      cases.addAll(parse(f, read("corpus/" + f)));
    }
    return cases;
  }

  static List<ModelId> knownModels() {
    List<ModelId> ids = new ArrayList<>();
    for (String line : read("corpus/known-models.txt").split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        ids.add(ModelId.of(line.strip()));
      }
    }
    return ids;
  }

  static List<Case> parse(String source, String text) {
    List<Case> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].startsWith("=== ")) {
      i++;
    }
    while (i < lines.length) {
      String[] header = lines[i].substring(4).split("\\|");
      String name = header[0].strip();
      String file = header[1].strip();
      i++;
      List<Expected> expected = new ArrayList<>();
      List<ExpectedReject> rejects = new ArrayList<>();
      while (!lines[i].equals("---")) {
        String[] w = lines[i].strip().split("\\s+");
        if (w[0].equals("expect:")) {
          expected.add(new Expected(w[1], w[2], Integer.parseInt(w[3])));
        } else if (w[0].equals("reject:")) {
          rejects.add(new ExpectedReject(RejectReason.valueOf(w[1]), Integer.parseInt(w[2])));
        } else {
          throw new IllegalArgumentException(
              source + ": bad label line '" + lines[i] + "' in case " + name);
        }
        i++;
      }
      i++;
      StringBuilder code = new StringBuilder();
      while (i < lines.length && !lines[i].startsWith("=== ")) {
        code.append(lines[i]).append('\n');
        i++;
      }
      cases.add(new Case(source, name, file, code.toString(), expected, rejects));
    }
    return cases;
  }

  static String read(String resource) {
    try (InputStream in = ReuseCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
