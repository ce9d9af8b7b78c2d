package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void help_listsEveryCommandGroup_andExitsZero() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString())
        .contains("dataset", "hf", "pytorch-hub", "github", "extract", "licenses", "report")
        .contains("--json");
  }

  @Test
  void version_printsTheBuildVersion() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString().trim()).matches("peatmoss \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void unknownOption_isUsageErrorWithExitTwo_onStderr() {
    assertThat(run("--frobnicate")).isEqualTo(2);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .contains("peatmoss: Unknown option: '--frobnicate'")
        .contains("peatmoss --help");
  }

  @Test
  void unknownCommand_isUsageError() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err.toString()).contains("Unmatched argument");
  }

  @Test
  void failure_isOneLineOnStderrWithExitOne() {
    assertThat(run("report", "--db", "no-such-file.db")).isEqualTo(1);
    assertThat(err.toString().strip())
        .doesNotContain("\n")
        .startsWith("peatmoss: ")
        .contains("no-such-file.db");
    assertThat(err.toString()).doesNotContain("at io.github");
  }

  @Test
  void failure_withStacktraceOption_printsTheTrace() {
    assertThat(run("--stacktrace", "report", "--db", "no-such-file.db")).isEqualTo(1);
    assertThat(err.toString()).contains("at io.github.peatmoss.");
  }

  @Test
  void describe_unexpectedException_namesItsTypeAndAsksForAReport() {
    assertThat(Main.describe(new ArithmeticException("/ by zero")))
        .isEqualTo(
            "ArithmeticException: / by zero (unexpected; rerun with --stacktrace and report it)");
    assertThat(Main.describe(new IllegalArgumentException("bad id\nsecond line")))
        .isEqualTo("bad id second line");
  }
}
