package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files and trees: size and binary limits, encodings, file names, skipped directories. */
class ScanFileTest {
  private static final String LOAD =
      "from transformers import AutoModel\nAutoModel.from_pretrained('acme/widget')\n";

  @Test
  void maxFileBytes_mustBePositive() {
    assertThatThrownBy(() -> ReuseDetector.builder().maxFileBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFileBytes must be positive, was 0");
    assertThat(ReuseDetector.builder().maxFileBytes(1).build()).isNotNull();
  }

  @Test
  void aFileOfExactlyTheLimit_isReadToItsLastByte(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.py");
    Files.writeString(
        file,
        "from transformers import AutoModel\nAutoModel.from_pretrained('acme/bc",
        StandardCharsets.UTF_8);
    ScanResult r =
        ReuseDetector.builder().maxFileBytes(Files.size(file)).build().scanFile(file, "a.py");
    assertThat(r.uses()).extracting(u -> u.model().value()).containsExactly("acme/bc");
  }

  @Test
  void aPathWithoutFileName_isNotASourceFile() {
    Path root = Path.of("").toAbsolutePath().getRoot();
    assertThat(ReuseDetector.create().scanFile(root, "root").skipped())
        .hasValue("not a Python, notebook or JavaScript/TypeScript file");
  }

  @Test
  void aFileOfExactlyTheLimit_isScanned_oneByteMoreIsSkipped(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.py");
    Files.writeString(file, LOAD, StandardCharsets.UTF_8);
    long size = Files.size(file);

    ScanResult atLimit =
        ReuseDetector.builder().maxFileBytes(size).build().scanFile(file, "x/a.py");
    assertThat(atLimit.skipped()).isEmpty();
    assertThat(atLimit.file()).isEqualTo("x/a.py");
    assertThat(atLimit.uses()).extracting(u -> u.model().value()).containsExactly("acme/widget");

    ScanResult over =
        ReuseDetector.builder().maxFileBytes(size - 1).build().scanFile(file, "x/a.py");
    assertThat(over.skipped()).hasValue("larger than " + (size - 1) + " bytes (generated or data)");
    assertThat(over.uses()).isEmpty();
    assertThat(over.language()).isEqualTo(SourceLanguage.PYTHON);
  }

  @Test
  void aNulByte_withinTheFirst8192Bytes_makesTheFileBinary_laterOnesDoNot(@TempDir Path dir)
      throws IOException {
    byte[] code = LOAD.getBytes(StandardCharsets.UTF_8);
    byte[] early = Arrays.copyOf(code, 8192);
    Arrays.fill(early, code.length, 8191, (byte) ' ');
    early[8191] = 0; // the last byte probed
    Path binary = dir.resolve("early.py");
    Files.write(binary, early);
    assertThat(ReuseDetector.create().scanFile(binary, "early.py").skipped())
        .hasValue("binary (a NUL byte in the first 8192 bytes)");

    byte[] late = Arrays.copyOf(code, 8193);
    Arrays.fill(late, code.length, 8192, (byte) ' ');
    late[8192] = 0; // just past the probe
    Path text = dir.resolve("late.py");
    Files.write(text, late);
    ScanResult result = ReuseDetector.create().scanFile(text, "late.py");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.uses()).hasSize(1);
  }

  @Test
  void aFileThatIsNotUtf8_isReadAsLatin1(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("latin.py");
    byte[] head = "# caf".getBytes(StandardCharsets.US_ASCII);
    byte[] rest = ("\n" + LOAD).getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + 1 + rest.length];
    System.arraycopy(head, 0, all, 0, head.length);
    all[head.length] = (byte) 0xE9; // é in Latin-1, malformed in UTF-8
    System.arraycopy(rest, 0, all, head.length + 1, rest.length);
    Files.write(file, all);

    ScanResult result = ReuseDetector.create().scanFile(file, "latin.py");
    assertThat(result.skipped()).isEmpty();
    assertThat(result.uses()).singleElement().satisfies(u -> {
      assertThat(u.model().value()).isEqualTo("acme/widget");
      assertThat(u.line()).isEqualTo(3);
    });
  }

  @Test
  void aFileOfAnotherType_isSkipped_andADirectoryNamedLikeSourceCannotBeRead(@TempDir Path dir)
      throws IOException {
    Path readme = dir.resolve("README.md");
    Files.writeString(readme, LOAD);
    ScanResult other = ReuseDetector.create().scanFile(readme, "README.md");
    assertThat(other.skipped()).hasValue("not a Python, notebook or JavaScript/TypeScript file");
    assertThat(other.language()).isEqualTo(SourceLanguage.PYTHON);

    Path notebook = Files.createDirectory(dir.resolve("odd.ipynb"));
    ScanResult unreadable = ReuseDetector.create().scanFile(notebook, "odd.ipynb");
    assertThat(unreadable.skipped())
        .hasValueSatisfying(s -> assertThat(s).startsWith("cannot be read: "));
    assertThat(unreadable.language()).isEqualTo(SourceLanguage.NOTEBOOK);
  }

  @Test
  void scan_ofAnotherFileType_isSkippedWithItsReason() {
    ScanResult result = ReuseDetector.create().scan("notes.txt", LOAD);
    assertThat(result.skipped()).hasValue("not a Python, notebook or JavaScript/TypeScript file");
    assertThat(result.file()).isEqualTo("notes.txt");
    assertThat(result.uses()).isEmpty();
  }

  @Test
  void sourceFiles_skipVirtualEnvironmentsByTheirMarker_butNotARootThatHasOne(@TempDir Path root)
      throws IOException {
    write(root.resolve("pyvenv.cfg"), "home = /usr/bin\n");
    write(root.resolve("b.py"), LOAD);
    write(root.resolve("a/z.js"), "");
    write(root.resolve("a/y.txt"), "");
    write(root.resolve("env/pyvenv.cfg"), "home = /usr/bin\n");
    write(root.resolve("env/lib/x.py"), LOAD);
    write(root.resolve("__pycache__/c.py"), LOAD);
    write(root.resolve("src/third_party/d.py"), LOAD);
    write(root.resolve("src/notes.ipynb"), "{\"cells\": []}");

    assertThat(ReuseDetector.sourceFiles(root))
        .extracting(p -> root.relativize(p).toString().replace('\\', '/'))
        .containsExactly("a/z.js", "b.py", "src/notes.ipynb");
  }

  @Test
  void scanTree_ofAFile_isAReuseException_naming_theRoot(@TempDir Path dir) throws IOException {
    Path file = write(dir.resolve("a.py"), LOAD);
    assertThatThrownBy(() -> ReuseDetector.create().scanTree(file))
        .isInstanceOf(ReuseException.class)
        .hasMessage("'" + file + "' is not a directory; give the root of a source checkout");
  }

  @Test
  void scanTree_resolvesAgainstKnownModels_andNamesNestedFilesWithSlashes(@TempDir Path root)
      throws IOException {
    write(root.resolve("pkg/sub/train.py"), LOAD);
    KnownModels known =
        KnownModels.of(List.of(io.github.peatmoss.core.model.ModelId.of("acme/Widget")));
    List<ScanResult> results;
    try (Stream<ScanResult> s =
        ReuseDetector.builder().knownModels(known).build().scanTree(root)) {
      results = s.collect(Collectors.toList());
    }
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo("pkg/sub/train.py");
      assertThat(r.uses()).singleElement().satisfies(u -> {
        assertThat(u.model().value()).isEqualTo("acme/Widget");
        assertThat(u.candidate()).isEqualTo("acme/widget");
        assertThat(u.isVerified()).isTrue();
        assertThat(u.file()).isEqualTo("pkg/sub/train.py");
      });
    });
  }

  @Test
  void sourceLanguage_byFileName() {
    for (String py : new String[] {"a.py", "A.PY", "a.pyw", "a.pyi"}) {
      assertThat(SourceLanguage.of(py)).as(py).hasValue(SourceLanguage.PYTHON);
    }
    assertThat(SourceLanguage.of("a.IPYNB")).hasValue(SourceLanguage.NOTEBOOK);
    for (String js :
        new String[] {"a.js", "a.mjs", "a.cjs", "a.jsx", "a.ts", "a.mts", "a.cts", "a.tsx"}) {
      assertThat(SourceLanguage.of(js)).as(js).hasValue(SourceLanguage.JAVASCRIPT);
    }
    for (String none : new String[] {"a.min.js", "types.d.ts", "a.md", "py", "a.pyc", "a.json"}) {
      assertThat(SourceLanguage.of(none)).as(none).isEqualTo(Optional.empty());
    }
  }

  @Test
  void rejectedText_isShortenedTo200Characters() {
    String longPath = "./" + "d".repeat(300);
    ScanResult result = ReuseDetector.create()
        .scan(
            "a.py",
            "from transformers import AutoModel\nAutoModel.from_pretrained('" + longPath + "')\n");
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RejectReason.LOCAL_PATH);
      assertThat(r.text()).isEqualTo(longPath.substring(0, 200));
    });
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
