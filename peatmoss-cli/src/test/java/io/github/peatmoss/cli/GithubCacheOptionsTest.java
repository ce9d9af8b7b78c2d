package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.github.testing.FakeGitHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ETag cache options of the {@code github} commands: kept by default in the user's cache directory, moved
 * by {@code --cache DIR}, turned off by {@code --no-cache}; with a cache, an unchanged resource costs no
 * rate-limit unit on a rerun in a new process (the fake counts what each bucket was charged; a 304 is free).
 */
class GithubCacheOptionsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @TempDir
  Path dir;

  private final FakeGitHub github = new FakeGitHub();

  @BeforeEach
  void world() {
    github.addRepo("acme/app", 42, "MIT");
    github.addRepo("acme/lib", 7, null);
    server.setDispatcher(github);
  }

  @Test
  void byDefault_theCacheIsInTheUsersCacheDirectory_andARerunInANewProcessCostsNoUnit()
      throws Exception {
    Path home = dir.resolve("home");
    assertThat(runChild(home)).isZero();
    assertThat(github.charged("core")).isEqualTo(2);
    Path cache = home.resolve(".cache").resolve("peatmoss").resolve("github");
    assertThat(files(cache)).as("entries in %s", cache).isNotEmpty();

    assertThat(runChild(home)).as("a second process").isZero();
    assertThat(github.charged("core")).as("no unit spent on the rerun").isEqualTo(2);
    assertThat(github.notModified("core")).isEqualTo(2);
  }

  @Test
  void cacheDir_movesTheCache_andANewClientIsAnsweredFromIt() throws Exception {
    Path cache = dir.resolve("elsewhere");
    assertThat(run("--cache", cache.toString())).isZero();
    assertThat(files(cache)).isNotEmpty();
    assertThat(github.charged("core")).isEqualTo(2);

    assertThat(run("--cache", cache.toString())).isZero();
    assertThat(github.charged("core")).isEqualTo(2);
    assertThat(github.notModified("core")).isEqualTo(2);
  }

  @Test
  void noCache_sendsUnconditionalRequests_andKeepsNothing() throws Exception {
    Path home = dir.resolve("home");
    assertThat(runChild(home, "--no-cache")).isZero();
    assertThat(runChild(home, "--no-cache")).isZero();
    assertThat(github.charged("core")).as("every request spends a unit").isEqualTo(4);
    assertThat(github.notModified("core")).isZero();
    assertThat(home.resolve(".cache")).doesNotExist();
  }

  @Test
  void cacheAndNoCache_together_isBadUsage() {
    assertThat(run("--no-cache", "--cache", dir.resolve("c").toString())).isEqualTo(2);
    assertThat(github.log).isEmpty();
  }

  private int run(String... cacheOptions) {
    List<String> args = arguments(cacheOptions);
    return Main.run(
        args.toArray(String[]::new),
        new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()));
  }

  /** Runs the command in a new JVM whose home (and so default cache directory) is {@code home}. */
  private int runChild(Path home, String... cacheOptions) throws Exception {
    Files.createDirectories(home);
    List<String> command = new ArrayList<>(ChildCli.command("-Duser.home=" + home));
    command.addAll(arguments(cacheOptions));
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("child-err.txt").toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    int code = process.exitValue();
    assertThat(code)
        .as(Files.readString(dir.resolve("child-err.txt"), StandardCharsets.UTF_8))
        .isZero();
    return code;
  }

  private List<String> arguments(String... cacheOptions) {
    List<String> args = new ArrayList<>(List.of(
        "github",
        "repo",
        "acme/app",
        "acme/lib",
        "--json",
        "--endpoint",
        server.url("/").toString()));
    args.addAll(List.of(cacheOptions));
    return args;
  }

  private static List<Path> files(Path root) throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).toList();
    }
  }
}
