package io.github.peatmoss.reuse;

import io.github.peatmoss.core.model.ModelId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds where source code loads pre-trained models, offline: Python ({@code .py}), Jupyter notebooks' code cells
 * ({@code .ipynb}) and JavaScript/TypeScript transformers.js. Each {@link ModelUse} names the model, the file,
 * line and column, the call and the library {@link Signature} matched; every candidate that is not a use (local
 * paths, variables, f-strings, comments, unrelated receivers, unknown ids) comes back as a {@link
 * RejectedCandidate} with its reason. With {@link KnownModels} candidates are checked and resolved (legacy ids to
 * current names); without, every well-formed hub id is a use marked unverified.
 *
 * <p>Immutable and thread-safe; one detector may scan many files in parallel.
 *
 * <pre>{@code
 * ReuseDetector detector = ReuseDetector.builder().knownModels(KnownModels.of(ids)).build();
 * ScanResult result = detector.scan("train.py", source);
 * }</pre>
 */
public final class ReuseDetector {
  /** Directories never descended into: version control, dependencies, virtual environments, caches, vendored code. */
  static final Set<String> SKIPPED_DIRECTORIES = Set.of(
      ".git",
      ".hg",
      ".svn",
      "node_modules",
      "bower_components",
      "site-packages",
      "dist-packages",
      "__pycache__",
      ".venv",
      "venv",
      ".tox",
      ".nox",
      ".mypy_cache",
      ".pytest_cache",
      ".ipynb_checkpoints",
      "vendor",
      "vendored",
      "third_party",
      "third-party",
      "_vendor",
      ".eggs",
      ".cache");

  private static final int BINARY_PROBE = 8192;

  private final Optional<KnownModels> known;
  private final long maxFileBytes;

  private ReuseDetector(Builder b) {
    this.known = b.known;
    this.maxFileBytes = b.maxFileBytes;
  }

  /** Returns a detector without known models: every well-formed candidate is a use, marked unverified. */
  public static ReuseDetector create() {
    return builder().build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the library signatures the detector matches, Python's first. */
  public static List<Signature> signatures() {
    return Signatures.all();
  }

  /** Scans {@code content}, read as the language {@code file}'s name says; other files come back skipped. */
  public ScanResult scan(String file, String content) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(content, "content == null");
    Optional<SourceLanguage> language = SourceLanguage.of(file);
    if (language.isEmpty()) {
      return ScanResult.builder()
          .file(file)
          .language(SourceLanguage.PYTHON)
          .skipped("not a Python, notebook or JavaScript/TypeScript file")
          .build();
    }
    return scan(file, content, language.get());
  }

  /** Scans {@code content} as {@code language}. Never throws on any input text. */
  public ScanResult scan(String file, String content, SourceLanguage language) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(language, "language == null");
    ScanResult.Builder result = ScanResult.builder().file(file).language(language);
    switch (language) {
      case NOTEBOOK: {
        Optional<Notebooks.Program> program = Notebooks.read(content);
        if (program.isEmpty()) {
          return result.skipped("not a Jupyter notebook (no JSON 'cells' list)").build();
        }
        Collector c = new Collector(file, program.get());
        PythonAnalyzer.analyze(program.get().code(), c);
        return c.into(result).build();
      }
      case JAVASCRIPT: {
        Collector c = new Collector(file, null);
        JsAnalyzer.analyze(content, c);
        return c.into(result).build();
      }
      default: {
        Collector c = new Collector(file, null);
        PythonAnalyzer.analyze(content, c);
        return c.into(result).build();
      }
    }
  }

  /**
   * Reads and scans one file, reported under {@code name}. Binary files, files larger than the limit and files
   * that cannot be read come back {@linkplain ScanResult#skipped() skipped} with the reason.
   */
  public ScanResult scanFile(Path file, String name) {
    Objects.requireNonNull(file, "file == null");
    Objects.requireNonNull(name, "name == null");
    Optional<SourceLanguage> language =
        SourceLanguage.of(file.getFileName() == null ? "" : file.getFileName().toString());
    ScanResult.Builder skipped =
        ScanResult.builder().file(name).language(language.orElse(SourceLanguage.PYTHON));
    if (language.isEmpty()) {
      return skipped
          .skipped("not a Python, notebook or JavaScript/TypeScript file")
          .build();
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxFileBytes) {
        return skipped
            .skipped("larger than " + maxFileBytes + " bytes (generated or data)")
            .build();
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
      }
    } catch (IOException | SecurityException e) {
      return skipped.skipped("cannot be read: " + e.getMessage()).build();
    }
    for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
      if (bytes[i] == 0) {
        return skipped
            .skipped("binary (a NUL byte in the first " + BINARY_PROBE + " bytes)")
            .build();
      }
    }
    return scan(name, decode(bytes), language.get());
  }

  /**
   * Lists the files under {@code root} the detector reads, in path order, without descending into version
   * control, dependency, virtual-environment, cache or vendored directories; then scans them one at a time as the
   * stream is consumed (nothing is held but the current file). Names are relative to {@code root}, with
   * {@code /}. Close the stream when done.
   *
   * @throws ReuseException if {@code root} is not a readable directory
   */
  public Stream<ScanResult> scanTree(Path root) {
    return sourceFiles(root).stream().map(p -> scanFile(p, relativeName(root, p)));
  }

  /** Returns the files under {@code root} that {@link #scanTree} would scan, in path order. */
  public static List<Path> sourceFiles(Path root) {
    Objects.requireNonNull(root, "root == null");
    if (!Files.isDirectory(root)) {
      throw new ReuseException(
          "'" + root + "' is not a directory; give the root of a source checkout");
    }
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root)
              && (SKIPPED_DIRECTORIES.contains(dir.getFileName().toString())
                  || Files.exists(dir.resolve("pyvenv.cfg")))) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (attrs.isRegularFile()
              && SourceLanguage.of(file.getFileName().toString()).isPresent()) {
            files.add(file);
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          return FileVisitResult
              .CONTINUE; // unreadable entries are left out, as a checkout's permissions say
        }
      });
    } catch (IOException e) {
      throw new ReuseException(
          "cannot list '" + root + "': " + e.getMessage() + "; check it exists and is readable", e);
    }
    files.sort(Comparator.comparing(p -> relativeName(root, p)));
    return files;
  }

  private static String relativeName(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(
          bytes, StandardCharsets.ISO_8859_1); // legacy encodings: ids are ASCII either way
    }
  }

  /** Turns analyser findings into values, resolving candidates against the known models. */
  private final class Collector implements Findings {
    private final String file;
    private final Notebooks.Program notebook;
    private final List<ModelUse> uses = new ArrayList<>();
    private final List<RejectedCandidate> rejected = new ArrayList<>();

    Collector(String file, Notebooks.Program notebook) {
      this.file = file;
      this.notebook = notebook;
    }

    @Override
    public void candidate(
        int line, int column, String call, String signature, String written, ModelId id) {
      int[] at = locate(line);
      ModelId model = id;
      boolean verified = false;
      if (known.isPresent()) {
        Optional<ModelId> resolved = known.get().resolve(id);
        if (resolved.isEmpty()) {
          reject(
              line,
              column,
              call,
              signature,
              written,
              RejectReason.UNKNOWN_MODEL,
              "'" + id + "' is not a known model");
          return;
        }
        model = resolved.get();
        verified = true;
      } else {
        model = LegacyIds.currentName(id).orElse(id);
      }
      uses.add(ModelUse.builder()
          .model(model)
          .candidate(written)
          .file(file)
          .line(at[1])
          .column(column)
          .cell(cell(at))
          .call(call)
          .signature(signature)
          .verified(verified)
          .build());
    }

    @Override
    public void reject(
        int line,
        int column,
        String call,
        String signature,
        String text,
        RejectReason reason,
        String detail) {
      int[] at = locate(line);
      rejected.add(RejectedCandidate.builder()
          .file(file)
          .line(at[1])
          .column(column)
          .cell(cell(at))
          .call(call)
          .signature(Optional.ofNullable(signature))
          .text(text.length() > 200 ? text.substring(0, 200) : text)
          .reason(reason)
          .detail(detail)
          .build());
    }

    private int[] locate(int line) {
      return notebook == null ? new int[] {-1, line} : notebook.locate(line);
    }

    private OptionalInt cell(int[] at) {
      return at[0] < 0 ? OptionalInt.empty() : OptionalInt.of(at[0]);
    }

    /** Uses come in source order from the analysers; rejections from comments come first and are sorted in. */
    ScanResult.Builder into(ScanResult.Builder result) {
      Comparator<RejectedCandidate> rejectOrder = Comparator.comparingInt(
              (RejectedCandidate r) -> r.cell().orElse(-1))
          .thenComparingInt(RejectedCandidate::line)
          .thenComparingInt(RejectedCandidate::column);
      rejected.sort(rejectOrder);
      return result.uses(uses).rejected(rejected);
    }
  }

  /** Builds {@link ReuseDetector}s; not thread-safe. */
  public static final class Builder {
    private Optional<KnownModels> known = Optional.empty();
    private long maxFileBytes = 4L * 1024 * 1024;

    private Builder() {}

    /** Checks and resolves candidates against {@code knownModels}; without it every well-formed id is a use. */
    public Builder knownModels(KnownModels knownModels) {
      this.known = Optional.of(Objects.requireNonNull(knownModels, "knownModels == null"));
      return this;
    }

    /** Skips files larger than {@code bytes} (default 4 MiB): generated code and data, not hand-written loads. */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileBytes must be positive, was " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /** Returns the detector. */
    public ReuseDetector build() {
      return new ReuseDetector(this);
    }
  }
}
