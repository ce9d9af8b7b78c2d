package io.github.peatmoss.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mining process killed inside a page's transaction, after the page's rows are written and before its
 * checkpoint, loses nothing and duplicates nothing: the rerun resumes at that page, fetches no committed page
 * again, and ends with the same database, table by table, as an uninterrupted run. The child is a real JVM
 * killed with {@code destroyForcibly}; the test waits on the lines it prints, never on the clock.
 */
class MiningKillTest {
  @TempDir
  Path tmp;

  @Test
  void miner_killedBetweenAPagesRowsAndItsCheckpoint_rerunEqualsUninterruptedRun() throws Exception {
    Path uninterrupted = tmp.resolve("uninterrupted.db");
    assertThat(runToEnd(uninterrupted)).containsExactly("fetch first", "committed 0", "fetch page-1", "committed 1",
        "fetch page-2", "committed 2", "fetch page-3", "committed 3", "fetch page-4", "committed 4",
        "done 200 200 true");

    Path killed = tmp.resolve("killed.db");
    Process child = start(killed, "2");
    List<String> seen = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        seen.add(line);
        if (line.equals("written 2")) {
          break;
        }
      }
      assertThat(seen).containsExactly("fetch first", "committed 0", "fetch page-1", "committed 1", "fetch page-2",
          "written 2");
      assertThat(Path.of(killed + "-journal")).as("the kill lands inside an open transaction").exists();
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).isNotZero();

    // Page 2's rows went with its checkpoint: two pages and the checkpoint of page-2 remain.
    List<String> afterKill = TestDatabases.dump(killed);
    assertThat(afterKill.stream().filter(r -> r.startsWith("model:"))).hasSize(2 * CrashableMiner.MODELS_PER_PAGE);
    assertThat(afterKill.stream().filter(r -> r.startsWith("peatmoss_mining_checkpoint:")))
        .containsExactly("peatmoss_mining_checkpoint:" + CrashableMiner.SOURCE + "|page-2|80|0|");

    assertThat(runToEnd(killed)).containsExactly("resumed page-2", "fetch page-2", "committed 2", "fetch page-3",
        "committed 3", "fetch page-4", "committed 4", "done 120 200 true");

    List<String> reference = TestDatabases.dump(uninterrupted);
    assertThat(reference.stream().filter(r -> r.startsWith("model:"))).hasSize(5 * CrashableMiner.MODELS_PER_PAGE);
    assertThat(TestDatabases.dump(killed)).isEqualTo(reference);
  }

  private Process start(Path file, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashableMiner.class.getName(), file.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private List<String> runToEnd(Path file) throws Exception {
    Process process = start(file);
    process.getOutputStream().close();
    List<String> lines;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      lines = reader.lines().collect(Collectors.toList());
    }
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("miner output %s", lines).isZero();
    return lines;
  }
}
