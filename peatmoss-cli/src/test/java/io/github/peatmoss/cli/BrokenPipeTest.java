package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, must-show 4: {@code peatmoss ... | head -1} ends the command quietly with exit 0. */
class BrokenPipeTest {
  @TempDir
  Path dir;

  @Test
  void streamingCommand_whoseReaderGoesAway_exitsZero_withoutAStackTrace() throws Exception {
    // Far more output than the pipe and the stdout buffer hold, so the command is still writing
    // when the reader goes.
    Path input = dir.resolve("licenses.txt");
    Files.writeString(input, "Apache-2.0\n".repeat(300_000));
    Process process = ChildCli.process(List.of("-Xmx256m"), "licenses", "normalize", "--json", "-")
        .redirectInput(input.toFile())
        .redirectError(dir.resolve("stderr.txt").toFile())
        .start();
    try (BufferedReader stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(stdout.readLine()).startsWith("{\"input\":\"Apache-2.0\"");
    } // closes the read end: the next write is a broken pipe
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(Files.readString(dir.resolve("stderr.txt"))).isEmpty();
  }
}
