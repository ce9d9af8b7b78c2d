package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The README quotes every example. Each quoted line must occur in the example's source, ignoring whitespace
 * (the formatter may wrap a statement that the README shows on one line).
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Asserts that the first Java block after {@code heading} in README.md quotes {@code exampleClass}. */
  static void assertQuotes(String heading, String exampleClass) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String example = Files.readString(
        Path.of("src/main/java/io/github/peatmoss/examples/" + exampleClass + ".java"),
        StandardCharsets.UTF_8);
    int section = readme.indexOf(heading);
    assertThat(section).as("README section %s", heading).isNotNegative();
    int start = readme.indexOf("```java\n", section) + "```java\n".length();
    int end = readme.indexOf("```", start);
    assertThat(end - start).as("length of the Java block under %s", heading).isGreaterThan(100);
    String exampleText = withoutWhitespace(example);
    for (String line : readme.substring(start, end).split("\n")) {
      assertThat(exampleText).as("README line %s", line).contains(withoutWhitespace(line));
    }
  }

  private static String withoutWhitespace(String s) {
    return s.replaceAll("\\s+", "");
  }
}
