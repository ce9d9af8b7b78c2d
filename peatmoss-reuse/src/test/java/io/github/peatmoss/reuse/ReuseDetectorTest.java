package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.ModelId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseDetectorTest {
  private static final String TRAIN = "import torch\n"
      + "from transformers import AutoModel as AM\n"
      + "MODEL = 'bert-base-uncased'\n"
      + "model = AM.from_pretrained(\n"
      + "    MODEL,\n"
      + ")\n"
      + "local = AM.from_pretrained('./ckpt')\n"
      + "hub = torch.hub.load('pytorch/vision:v0.10.0', 'resnet18')\n";

  @Test
  void scan_withoutKnownModels_reportsEveryWellFormedIdUnverified() {
    ScanResult result = ReuseDetector.create().scan("src/train.py", TRAIN);

    assertThat(result.language()).isEqualTo(SourceLanguage.PYTHON);
    assertThat(result.uses()).hasSize(2);
    ModelUse bert = result.uses().get(0);
    assertThat(bert.model())
        .isEqualTo(ModelId.of("google-bert/bert-base-uncased")); // legacy id's current name
    assertThat(bert.candidate()).isEqualTo("bert-base-uncased");
    assertThat(bert.file()).isEqualTo("src/train.py");
    assertThat(bert.line()).isEqualTo(4);
    assertThat(bert.column()).isEqualTo(9);
    assertThat(bert.call()).isEqualTo("transformers.AutoModel.from_pretrained");
    assertThat(bert.signature()).isEqualTo("transformers.from_pretrained");
    assertThat(bert.isVerified()).isFalse();
    assertThat(result.uses().get(1).model().value()).isEqualTo("pytorch/vision:v0.10.0/resnet18");
    assertThat(result.rejected()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo(RejectReason.LOCAL_PATH);
      assertThat(r.line()).isEqualTo(7);
      assertThat(r.text()).isEqualTo("./ckpt");
      assertThat(r.signature()).hasValue("transformers.from_pretrained");
    });
  }

  @Test
  void scan_withKnownModels_resolvesLegacyIdsAndKeepsPytorchHubRefs() {
    KnownModels known = KnownModels.of(List.of(
        ModelId.of("google-bert/bert-base-uncased"), ModelId.of("pytorch/vision/resnet18")));
    ScanResult result = ReuseDetector.builder().knownModels(known).build().scan("train.py", TRAIN);

    assertThat(result.uses())
        .extracting(u -> u.model().value())
        .containsExactly("google-bert/bert-base-uncased", "pytorch/vision:v0.10.0/resnet18");
    assertThat(result.uses()).allMatch(ModelUse::isVerified);
  }

  @Test
  void knownModels_resolveCaseAndLegacyNamesButNotStrangers() {
    KnownModels known =
        KnownModels.of(List.of(ModelId.of("openai-community/gpt2"), ModelId.of("acme/Widget")));

    assertThat(known.resolve(ModelId.of("gpt2"))).hasValue(ModelId.of("openai-community/gpt2"));
    assertThat(known.resolve(ModelId.of("acme/widget"))).hasValue(ModelId.of("acme/Widget"));
    assertThat(known.resolve(ModelId.of("widget"))).isEmpty();
    assertThat(known.resolve(ModelId.of("other/gpt2"))).isEmpty();
  }

  @Test
  void scan_unknownModel_isRejectedWithItsReason() {
    KnownModels known = KnownModels.of(List.of(ModelId.of("acme/widget")));
    ScanResult result = ReuseDetector.builder()
        .knownModels(known)
        .build()
        .scan(
            "a.py",
            "from transformers import AutoModel\nAutoModel.from_pretrained('acme/gadget')\n");

    assertThat(result.uses()).isEmpty();
    assertThat(result.rejected())
        .singleElement()
        .extracting(RejectedCandidate::reason)
        .isEqualTo(RejectReason.UNKNOWN_MODEL);
  }

  @Test
  void scan_notebook_reportsCellAndLineWithinTheCell() {
    String notebook = "{\"cells\": [{\"cell_type\": \"markdown\", \"source\": \"x\"},"
        + " {\"cell_type\": \"code\", \"source\": [\"import spacy\\n\"]},"
        + " {\"cell_type\": \"code\", \"source\": [\"%matplotlib inline\\n\", \"nlp = spacy.load('en_core_web_sm')\"]}]}";
    ScanResult result = ReuseDetector.create().scan("demo.ipynb", notebook);

    assertThat(result.language()).isEqualTo(SourceLanguage.NOTEBOOK);
    assertThat(result.uses()).singleElement().satisfies(u -> {
      assertThat(u.model().value()).isEqualTo("spacy/en_core_web_sm");
      assertThat(u.cell()).hasValue(2);
      assertThat(u.line()).isEqualTo(2);
    });
  }

  @Test
  void scan_brokenNotebook_isSkippedWithReason() {
    ScanResult result = ReuseDetector.create().scan("demo.ipynb", "{\"cells\": [");
    assertThat(result.skipped())
        .hasValueSatisfying(s -> assertThat(s).contains("not a Jupyter notebook"));
  }

  @Test
  void scan_otherFileType_isSkipped() {
    assertThat(ReuseDetector.create()
            .scan("README.md", "AutoModel.from_pretrained('gpt2')")
            .skipped())
        .isPresent();
  }

  @Test
  void scanTree_skipsVendoredAndBinaryFiles_andNamesFilesRelativeToTheRoot(@TempDir Path root)
      throws IOException {
    write(
        root.resolve("app/main.py"),
        "from sentence_transformers import SentenceTransformer\n"
            + "m = SentenceTransformer('sentence-transformers/all-MiniLM-L6-v2')\n");
    write(
        root.resolve("node_modules/x/index.js"),
        "import { pipeline } from '@xenova/transformers'; pipeline('a', 'Xenova/gpt2');\n");
    write(
        root.resolve(".venv/lib/site.py"),
        "from transformers import AutoModel\nAutoModel.from_pretrained('gpt2')\n");
    Files.write(root.resolve("app/blob.py"), new byte[] {'a', 0, 'b'});
    write(
        root.resolve("web/app.ts"),
        "import { pipeline } from '@huggingface/transformers';\n"
            + "await pipeline('ner', 'Xenova/bert-base-NER');\n");

    List<ScanResult> results;
    try (Stream<ScanResult> stream = ReuseDetector.create().scanTree(root)) {
      results = stream.collect(Collectors.toList());
    }

    assertThat(results)
        .extracting(ScanResult::file)
        .containsExactly("app/blob.py", "app/main.py", "web/app.ts");
    assertThat(results.get(0).skipped())
        .hasValueSatisfying(s -> assertThat(s).startsWith("binary"));
    assertThat(results.get(1).uses())
        .extracting(u -> u.model().value())
        .containsExactly("sentence-transformers/all-MiniLM-L6-v2");
    assertThat(results.get(2).uses())
        .extracting(ModelUse::signature)
        .containsExactly("transformers.js.pipeline");
  }

  @Test
  void scanTree_missingDirectory_failsWithWhatToDo(@TempDir Path root) {
    assertThatThrownBy(() -> ReuseDetector.create().scanTree(root.resolve("nope")))
        .isInstanceOf(ReuseException.class)
        .hasMessageContaining("is not a directory");
  }

  @Test
  void signatures_listMoreThanTwentyWithExamplesTheDetectorFinds() {
    assertThat(ReuseDetector.signatures()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(ReuseDetector.signatures()).extracting(Signature::id).doesNotHaveDuplicates();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
