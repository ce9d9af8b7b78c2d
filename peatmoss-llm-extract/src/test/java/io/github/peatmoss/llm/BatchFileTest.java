package io.github.peatmoss.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Batch API file paths fail with {@link BatchFileException}, saying what to change. */
class BatchFileTest {
  private static LlmProvider openAi() {
    return LlmProviders.create(ProviderConfig.builder()
        .kind(ProviderKind.OPENAI)
        .model("test-model")
        .baseUrl(URI.create("http://127.0.0.1:9/v1"))
        .build());
  }

  private static final LlmProvider NOT_OPENAI = new LlmProvider() {
    @Override
    public String name() {
      return "ollama:test-model";
    }

    @Override
    public ChatResponse complete(ChatRequest request) {
      throw new AssertionError("no call expected");
    }
  };

  @Test
  void export_withAProviderThatIsNotOpenAiCompatible_namesWhatToUse() {
    LlmExtractor extractor = LlmExtractor.builder().provider(NOT_OPENAI).build();
    assertThatThrownBy(() -> extractor.exportBatch(
            ProviderWireTest.ID, ProviderWireTest.CARD, List.of(), new StringWriter()))
        .isInstanceOf(BatchFileException.class)
        .hasMessageContaining("ollama:test-model")
        .hasMessageContaining("--provider openai");
  }

  @Test
  void export_whenTheWriterFails_isABatchFileExceptionWithTheCause() {
    LlmExtractor extractor = LlmExtractor.builder().provider(openAi()).build();
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() ->
            extractor.exportBatch(ProviderWireTest.ID, ProviderWireTest.CARD, List.of(), broken))
        .isInstanceOf(BatchFileException.class)
        .hasMessageContaining("No space left on device")
        .hasCauseInstanceOf(IOException.class);
  }

  @Test
  void export_writesOneLinePerRequest() {
    LlmExtractor extractor = LlmExtractor.builder().provider(openAi()).build();
    StringWriter out = new StringWriter();
    int n = extractor.exportBatch(ProviderWireTest.ID, ProviderWireTest.CARD, List.of(), out);
    assertThat(n).isPositive();
    assertThat(out.toString().lines()).hasSize(n).allMatch(l -> l.contains("\"custom_id\""));
    assertThat(out.toString()).endsWith("}\n");
  }

  @Test
  void import_withoutACache_saysHowToGiveOne() {
    LlmExtractor extractor = LlmExtractor.builder().provider(openAi()).build();
    assertThatThrownBy(
            () -> extractor.importBatch(new BufferedReader(new StringReader("")), List.of()))
        .isInstanceOf(BatchFileException.class)
        .hasMessageContaining("--cache FILE");
  }

  @Test
  void import_aLineThatIsNotJson_namesTheLine(@TempDir Path dir) {
    ExtractionCache cache = ExtractionCache.open(dir.resolve("cache.db"));
    LlmExtractor extractor =
        LlmExtractor.builder().provider(openAi()).cache(cache).build();
    BufferedReader in =
        new BufferedReader(new StringReader("\n{\"custom_id\": \"x\"}\nnot json\n"));
    assertThatThrownBy(() -> extractor.importBatch(in, List.of()))
        .isInstanceOf(BatchFileException.class)
        .hasMessageContaining("line 3");
  }
}
