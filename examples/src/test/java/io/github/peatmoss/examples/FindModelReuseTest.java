package io.github.peatmoss.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindModelReuseTest {

  @Test
  void main_printsUsesAndRejectedCandidates(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("embed.py"),
        "from sentence_transformers import SentenceTransformer\nm = SentenceTransformer('BAAI/bge-small-en-v1.5')\n");
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      FindModelReuse.main(new String[] {dir.toString()});
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8).split("\\R"))
        .containsExactly(
            "openai-community/gpt2 train.py:3 transformers.AutoModelForCausalLM.from_pretrained"
                + " [transformers.from_pretrained]",
            "dslim/bert-base-NER train.py:5 transformers.pipeline [transformers.pipeline]",
            "not a use: ./checkpoints/final (LOCAL_PATH: a local file or directory)",
            "not a use: EleutherAI/gpt-neo-125m (IN_COMMENT: in a comment)",
            "embed.py: BAAI/bge-small-en-v1.5");
  }

  @Test
  void readmeSnippet_linesAllExistInTheExample() throws Exception {
    ReadmeSnippets.assertQuotes("## Reuse detector (`peatmoss-reuse`)", "FindModelReuse");
  }
}
