package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExtractCardMetadataTest {

  @Test
  void main_printsEachFieldWithItsSourceAndQuote() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ExtractCardMetadata.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains(
            "license = {value=apache-2.0, provenance=CARD_YAML, evidence={source=README.md, quote=license: apache-2.0")
        .contains("baseModel = [{value={name=distilbert-base-uncased")
        .contains("parameterCount = {value=66000000, provenance=CARD_TEXT")
        .contains("githubRepo = [{value=example-org/sentiment-demo")
        .contains("left for an LLM: [HARDWARE");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes(
        "## Model-card extraction (`peatmoss-llm-extract`)", "ExtractCardMetadata");
  }
}
