package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.core.exception.RateLimitException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  @Test
  void hints_nameTheCommandLineOption_notTheJavaSetting() {
    String both = Main.describe(new RateLimitException(
        "rate limit of 'api' is spent until 2026-01-01T00:00:00Z; resume after the reset, or allow a"
            + " longer wait (--max-wait on the command line, RetryOptions.maxWait in the API)",
        429,
        null,
        null,
        null,
        null));
    assertThat(both).endsWith("allow a longer wait (--max-wait)").doesNotContain("RetryOptions");
    String api = Main.describe(new RateLimitException(
        "HTTP 429: Rate limited; slow down, use a token with a higher limit, or raise"
            + " RetryOptions.maxWait",
        429,
        null,
        null,
        null,
        null));
    assertThat(api).endsWith("or raise --max-wait").doesNotContain("RetryOptions");
  }

  /**
   * Every Java setting a library message names ({@code SomeOptions.field}, {@code SomeSettings.field} inside a
   * string literal of a module's main code) has its option in {@link Main#OPTIONS_FOR_API_NAMES}.
   */
  @Test
  void everyJavaSettingNamedInALibraryMessage_hasItsCommandLineOption() throws IOException {
    Pattern literal = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"");
    Pattern setting = Pattern.compile("\\b[A-Z][A-Za-z]*(Options|Settings)\\.[a-z][A-Za-z]*");
    Set<String> named = new TreeSet<>();
    Path root = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/main/java/"))
          .filter(f -> !f.toString().contains("/target/"))::iterator) {
        for (String line : Files.readAllLines(file)) {
          Matcher m = literal.matcher(line);
          while (m.find()) {
            setting.matcher(m.group()).results().forEach(r -> named.add(r.group()));
          }
        }
      }
    }
    assertThat(named).contains("RetryOptions.maxWait");
    assertThat(Main.OPTIONS_FOR_API_NAMES.keySet()).containsAll(named);
  }
}
