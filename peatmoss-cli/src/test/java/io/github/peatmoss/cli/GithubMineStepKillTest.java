package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.hf.snapshot.Db;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code github mine} on the one mining loop: a process killed inside a repository's transaction, after the
 * repository's rows are written and before its checkpoint, loses nothing and duplicates nothing. The rerun
 * resumes at that repository from the checkpoint in the database, sends no discovery request and fetches no
 * committed repository again, and ends with the same database, table by table (checkpoint, work lists and
 * counts included), as an uninterrupted run. The child is a real JVM killed with {@code destroyForcibly}; the
 * test waits on the lines it prints, never on the clock.
 */
class GithubMineStepKillTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  @Test
  void mine_killedBetweenARepositorysRowsAndItsCheckpoint_rerunEqualsUninterruptedRun()
      throws Exception {
    Path refDb = PeatmossDataset.copySample(dir.resolve("ref.db"));
    Path db = PeatmossDataset.copySample(dir.resolve("killed.db"));
    GithubMiningWorld world = GithubMiningWorld.of(refDb, 6);
    server.setDispatcher(world.github);
    String endpoint = server.url("/").toString();
    List<String> args = List.of(
        "--db",
        "DB",
        "--endpoint",
        endpoint,
        "--no-cache",
        "--signature",
        "transformers.from_pretrained",
        "--signature",
        "timm.create_model");

    String reference = runInProcess(args, refDb);
    assertThat(reference).contains("[8/8]").doesNotContain("resuming");

    // Repository 3 of 8 (reuser02/app-02): its rows written, its checkpoint not, when the process
    // dies.
    List<String> command = new ArrayList<>(ChildCli.command(CrashableGithubMine.class));
    command.add("3");
    command.addAll(withDb(args, db));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String signal;
    try (BufferedReader stdout = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      signal = stdout.readLine();
      assertThat(Path.of(db + "-journal"))
          .as("the kill lands inside an open transaction")
          .exists();
      process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no finally blocks
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }
    assertThat(signal).isEqualTo("written 3");
    assertThat(Db.rows(db, "SELECT owner, name FROM reuse_repository WHERE owner LIKE 'reuser%'"))
        .as("repository 3's rows went with its transaction")
        .containsExactly(List.of("reuser00", "app-00"), List.of("reuser01", "app-01"));
    assertThat(Db.rows(db, "SELECT next_token, complete FROM peatmoss_mining_checkpoint"))
        .containsExactly(List.of("repository/2", 0));

    int searches = world.github.charged("code_search");
    long firstRepositoryFetches = world.github.requests("/raw/reuser00/");
    String rerun = runInProcess(args, db);
    assertThat(rerun)
        .contains("resuming from the checkpoint in the database (repository/2)")
        .contains("[3/8] reuser02/app-02")
        .contains("[8/8]")
        .doesNotContain("discovery [")
        .doesNotContain("[1/8]")
        .doesNotContain("[2/8]");
    assertThat(world.github.charged("code_search")).as("no discovery again").isEqualTo(searches);
    assertThat(world.github.requests("/raw/reuser00/")).isEqualTo(firstRepositoryFetches);

    Map<String, List<List<Object>>> expected = Db.dump(refDb);
    assertThat(expected.get("reuse_file")).hasSizeGreaterThan(40 + 8);
    assertThat(expected.get("peatmoss_mining_work")).hasSizeGreaterThan(8);
    assertThat(Db.dump(db)).isEqualTo(expected);
  }

  private static List<String> withDb(List<String> args, Path db) {
    List<String> full = new ArrayList<>(List.of("github", "mine"));
    args.forEach(a -> full.add(a.equals("DB") ? db.toString() : a));
    return full.subList(2, full.size());
  }

  /** Runs {@code peatmoss github mine} in this JVM; returns its stderr. */
  private static String runInProcess(List<String> args, Path db) {
    List<String> full = new ArrayList<>(List.of("github", "mine"));
    full.addAll(withDb(args, db));
    StringWriter err = new StringWriter();
    int code = Main.run(
        full.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return err.toString();
  }
}
