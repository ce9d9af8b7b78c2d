package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
        .contains("license = {value=apache-2.0, provenance=CARD_YAML, evidence={source=README.md, quote=license: apache-2.0")
        .contains("baseModel = [{value={name=distilbert-base-uncased")
        .contains("parameterCount = {value=66000000, provenance=CARD_TEXT")
        .contains("githubRepo = [{value=example-org/sentiment-demo")
        .contains("left for an LLM: [HARDWARE");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    String example = Files.readString(
        Path.of("src/main/java/io/github/peatmoss/examples/ExtractCardMetadata.java"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Model-card extraction (`peatmoss-llm-extract`)");
    assertThat(section).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    for (String line : readme.substring(start, end).split("\n")) {
      assertThat(example).contains(line.strip());
    }
  }
}
