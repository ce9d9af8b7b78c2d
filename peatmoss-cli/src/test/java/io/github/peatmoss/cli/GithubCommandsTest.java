package io.github.peatmoss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.dataset.PeatmossDataset;
import io.github.peatmoss.github.ReuseSignature;
import io.github.peatmoss.github.SourcegraphDiscovery;
import io.github.peatmoss.github.testing.FakeGitHub;
import io.github.peatmoss.github.testing.FakeSourcegraph;
import io.github.peatmoss.hf.snapshot.Db;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubCommandsTest {
  @StartStop
  private final MockWebServer server = new MockWebServer();

  @StartStop
  private final MockWebServer sourcegraphServer = new MockWebServer();

  @TempDir
  Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void repo_json_printsTheRepositoryWithItsLicense() throws Exception {
    FakeGitHub github = new FakeGitHub();
    github.addRepo("acme/app", 42, "MIT").topics = List.of("nlp");
    github.addRepo("acme/dual", 3, "NOASSERTION");
    github.addRepo("acme/bare", 0, null);
    server.setDispatcher(github);

    assertThat(run(
            "github",
            "repo",
            "acme/app",
            "https://github.com/acme/dual",
            "acme/bare",
            "--json",
            "--endpoint",
            server.url("/").toString(),
            "--no-cache"))
        .as(err.toString())
        .isZero();

    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).get("repository").asText()).isEqualTo("acme/app");
    assertThat(lines.get(0).get("stars").asLong()).isEqualTo(42);
    assertThat(lines.get(0).get("topics").get(0).asText()).isEqualTo("nlp");
    assertThat(lines.get(0).get("license").asText()).isEqualTo("MIT");
    assertThat(lines.get(0).get("licenseKey").asText()).isEqualTo("mit");
    assertThat(lines.get(0).get("licenseName").asText()).isEqualTo("MIT License");
    assertThat(lines.get(1).get("input").asText()).isEqualTo("https://github.com/acme/dual");
    assertThat(lines.get(1).get("license").asText()).isEqualTo("NOASSERTION");
    assertThat(lines.get(1).get("licenseKey").asText()).isEqualTo("other");
    assertThat(lines.get(2).get("license").isNull()).isTrue();
  }

  @Test
  void repo_text_showsLicenseOrNone() {
    FakeGitHub github = new FakeGitHub();
    github.addRepo("acme/app", 42, "Apache-2.0");
    github.addRepo("acme/bare", 0, null);
    server.setDispatcher(github);
    assertThat(run(
            "github",
            "repo",
            "acme/app",
            "acme/bare",
            "--endpoint",
            server.url("/").toString(),
            "--cache",
            dir.resolve("cache").toString()))
        .isZero();
    assertThat(out.toString())
        .contains("acme/app")
        .contains("Apache-2.0")
        .containsPattern("acme/bare .* none ");
  }

  @Test
  void repo_missing_isAnErrorResult_theOthersStillShown_exit1() throws Exception {
    FakeGitHub github = new FakeGitHub();
    github.addRepo("acme/app", 42, "MIT");
    server.setDispatcher(github);
    assertThat(run(
            "github",
            "repo",
            "acme/nothing",
            "acme/app",
            "--json",
            "--endpoint",
            server.url("/").toString(),
            "--no-cache"))
        .isEqualTo(1);
    List<JsonNode> lines = JsonLines.parse(out);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("error").asText())
        .contains("acme/nothing not found")
        .contains("404");
    assertThat(lines.get(0).get("repository").isNull()).isTrue();
    assertThat(lines.get(1).get("license").asText()).isEqualTo("MIT");
    assertThat(lines.get(1).get("error").isNull()).isTrue();
    assertThat(run("github", "repo", "not a repo")).isEqualTo(2);
  }

  @Test
  void search_json_repositoriesAndCode() throws Exception {
    FakeGitHub github = new FakeGitHub();
    FakeGitHub.Repo repo = github.addRepo("acme/ml-app", 42, "MIT");
    github.addRepo("acme/ml-lib", 7, null);
    github.addFile(repo, "a.py", "import timm\ntimm.create_model('x')\n");
    server.setDispatcher(github);
    String endpoint = server.url("/").toString();

    assertThat(run("github", "search", "ml-", "--json", "--endpoint", endpoint, "--no-cache"))
        .isZero();
    List<JsonNode> repos = JsonLines.parse(out);
    assertThat(repos)
        .extracting(n -> n.get("repository").asText())
        .containsExactly("acme/ml-app", "acme/ml-lib");
    assertThat(repos.get(0).get("license").asText()).isEqualTo("MIT");
    assertThat(repos.get(0).get("incompleteResults").asBoolean()).isFalse();

    assertThat(run(
            "github",
            "search",
            "--code",
            "\"import timm\"",
            "--json",
            "--endpoint",
            endpoint,
            "--no-cache"))
        .isZero();
    List<JsonNode> code = JsonLines.parse(out);
    assertThat(code).hasSize(1);
    assertThat(code.get(0).get("path").asText()).isEqualTo("a.py");
    assertThat(code.get(0).get("ref").asText()).hasSize(40);
  }

  @Test
  void mine_writesReuseWithLicensesIssuesAndPullRequests_andAuditReadsIt() throws Exception {
    Path db = PeatmossDataset.copySample(dir.resolve("mined.db"));
    GithubMiningWorld world = GithubMiningWorld.of(db, 5);
    server.setDispatcher(world.github);

    assertThat(run(
            "github",
            "mine",
            "--db",
            db.toString(),
            "--endpoint",
            server.url("/").toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--signature",
            "transformers.from_pretrained",
            "--signature",
            "timm.create_model",
            "--json"))
        .as(err.toString())
        .isZero();

    JsonNode summary = JsonLines.parse(out).get(0);
    JsonNode counts = summary;
    assertThat(counts.get("repositories").asLong()).isEqualTo(5);
    assertThat(counts.get("reuseFiles").asLong())
        .isEqualTo(8); // 5 transformers files + 3 timm files
    assertThat(counts.get("candidates").asLong()).isEqualTo(10);
    assertThat(counts.get("unknownModelIds").asLong()).isEqualTo(1);
    assertThat(counts.get("skipped").get("onlyUnknownModels").asLong()).isEqualTo(1);
    assertThat(counts.get("skipped").get("noModelUse").asLong()).isEqualTo(1);
    assertThat(counts.get("issues").asLong()).isEqualTo(10);
    assertThat(counts.get("pullRequests").asLong()).isEqualTo(5);
    JsonNode codeSearch = null;
    for (JsonNode limit : summary.get("rateLimits")) {
      if (limit.get("bucket").asText().equals("code_search")) {
        codeSearch = limit;
      }
    }
    assertThat(codeSearch).isNotNull();
    assertThat(codeSearch.get("requests").asLong()).isEqualTo(2);
    assertThat(codeSearch.get("unitsSpent").asLong()).isEqualTo(2);
    assertThat(err.toString())
        .contains("discovery [1/2] transformers.from_pretrained: 7 candidates")
        .contains("[1/7] reuser00/app-00: 2 files, 2 models, license MIT")
        .contains("stranger/unknown-only: skipped");

    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset
              .findReuseRepository(RepoRef.of("reuser00", "app-00"))
              .orElseThrow()
              .licenses())
          .containsExactly("MIT");
      assertThat(dataset
              .findReuseRepository(RepoRef.of("reuser02", "app-02"))
              .orElseThrow()
              .licenses())
          .containsExactly("NOASSERTION");
      assertThat(dataset
              .findReuseRepository(RepoRef.of("reuser03", "app-03"))
              .orElseThrow()
              .licenses())
          .isEmpty();
      assertThat(dataset.findReuseRepository(RepoRef.of("stranger", "unknown-only")))
          .isEmpty();
      ModelId first = world.known.get(0);
      assertThat(dataset.reuseLinksOf(first).stream().map(l -> l.repository().fullName()))
          .contains("reuser00/app-00");
      assertThat(dataset.reuseFilesOf(RepoRef.of("reuser00", "app-00")).stream()
              .map(f -> f.path())
              .collect(Collectors.toList()))
          .containsExactlyInAnyOrder(
              "reuser00_app-00/app-00/src/train.py", "reuser00_app-00/app-00/tools/embed.py");
      assertThat(dataset.issuesOf(RepoRef.of("reuser01", "app-01")))
          .hasSize(2)
          .anySatisfy(i -> assertThat(i.comments()).hasSize(2));
      GitHubPullRequest pull =
          dataset.pullRequestsOf(RepoRef.of("reuser01", "app-01")).get(0);
      assertThat(pull.state()).hasValue("MERGED");
      assertThat(pull.reviewDecision()).hasValue("APPROVED");
      assertThat(pull.files()).extracting(f -> f.path()).containsExactly("model.py");
    }

    assertThat(run("licenses", "audit", "--db", db.toString(), "--links", "--json"))
        .as(err.toString())
        .isZero();
    assertThat(out.toString()).contains("reuser00/app-00").contains("reuser04/app-04");
    assertThat(run("report", "--db", db.toString(), "--sections", "reuse,audit", "--json"))
        .as(err.toString())
        .isZero();
    JsonNode report = JsonLines.parse(out).get(0);
    assertThat(report.get("reuse").get("repositories").asLong())
        .as("the sample's 40 and the 5 mined")
        .isEqualTo(45);
    assertThat(report.get("licenseAudit").get("links").asLong()).isPositive();

    // Rerun after a complete run: mined again from discovery, in a new client; every repository,
    // issue and pull
    // request answer is a 304 from the ETag cache, so the core bucket spends no unit (the fake's
    // search answers
    // carry no ETag, so discovery's two searches are charged again). The database is unchanged.
    Map<String, List<List<Object>>> before = Db.dump(db);
    int core = world.github.charged("core");
    int searches = world.github.charged("code_search");
    assertThat(run(
            "github",
            "mine",
            "--db",
            db.toString(),
            "--endpoint",
            server.url("/").toString(),
            "--cache",
            dir.resolve("cache").toString(),
            "--signature",
            "transformers.from_pretrained",
            "--signature",
            "timm.create_model",
            "--json"))
        .as(err.toString())
        .isZero();
    assertThat(world.github.charged("core")).as("no core unit on the rerun").isEqualTo(core);
    assertThat(world.github.notModified("core")).isPositive();
    assertThat(world.github.charged("code_search")).isEqualTo(searches + 2);
    List<JsonNode> limits = new ArrayList<>();
    JsonLines.parse(out).get(0).get("rateLimits").forEach(limits::add);
    assertThat(limits)
        .filteredOn(limit -> limit.get("bucket").asText().equals("core"))
        .singleElement()
        .satisfies(limit -> assertThat(limit.get("unitsSpent").asLong()).isZero());
    assertThat(Db.dump(db)).isEqualTo(before);
  }

  @Test
  void mine_ignoresTheStateFolderOfAnOlderVersion_withANote() throws Exception {
    Path db = PeatmossDataset.copySample(dir.resolve("old.db"));
    GithubMiningWorld world = GithubMiningWorld.of(db, 2);
    server.setDispatcher(world.github);
    Path oldState = Files.createDirectories(dir.resolve("old.db.github-mine"));
    Files.writeString(
        oldState.resolve("state.properties"), "signaturesDone=1\nrepositoriesDone=1\n");

    assertThat(run(
            "github",
            "mine",
            "--db",
            db.toString(),
            "--endpoint",
            server.url("/").toString(),
            "--no-cache",
            "--signature",
            "transformers.from_pretrained",
            "--json"))
        .as(err.toString())
        .isZero();
    assertThat(err.toString())
        .contains("note: " + oldState + " holds the state of an older peatmoss")
        .contains("so that folder is ignored and can be deleted")
        .contains("discovery [1/1]")
        .doesNotContain("resuming");
    assertThat(JsonLines.parse(out).get(0).get("repositories").asLong()).isEqualTo(2);
  }

  @Test
  void mine_withSourcegraphDiscovery_confirmsAndWritesTheSameWay() throws Exception {
    Path db = PeatmossDataset.copySample(dir.resolve("sg.db"));
    GithubMiningWorld world = GithubMiningWorld.of(db, 3);
    server.setDispatcher(world.github);
    FakeSourcegraph sourcegraph = new FakeSourcegraph();
    List<FakeSourcegraph.Match> matches = new ArrayList<>();
    for (FakeGitHub.Indexed file : world.github.index) {
      if (file.text().contains("timm")) {
        matches.add(
            new FakeSourcegraph.Match("github.com/" + file.repository(), file.path(), "HEAD"));
      }
    }
    sourcegraph.results.put(
        SourcegraphDiscovery.query(ReuseSignature.of("timm", "create_model")), matches);
    sourcegraph.drops = 1; // the first stream drops: resumed
    sourcegraph.dropAfter = 1;
    sourcegraphServer.setDispatcher(sourcegraph);

    assertThat(run(
            "github",
            "mine",
            "--db",
            db.toString(),
            "--endpoint",
            server.url("/").toString(),
            "--no-cache",
            "--no-issues",
            "--discovery",
            "sourcegraph",
            "--sourcegraph-endpoint",
            sourcegraphServer.url("/").toString(),
            "--signature",
            "timm.create_model",
            "--json"))
        .as(err.toString())
        .isZero();

    JsonNode summary = JsonLines.parse(out).get(0);
    assertThat(summary.get("repositories").asLong())
        .isEqualTo(2); // repositories 0 and 2 load through timm
    assertThat(summary.get("issues").asLong()).isZero();
    assertThat(err.toString())
        .contains("discovery [1/1] timm.create_model: 2 candidates, 2 requests, 1 resumed");
    assertThat(sourcegraph.queries).hasSize(2);
    try (PeatmossDataset dataset = PeatmossDataset.open(db)) {
      assertThat(dataset.reuseFilesOf(RepoRef.of("reuser02", "app-02")))
          .extracting(f -> f.path())
          .containsExactly("reuser02_app-02/app-02/tools/embed.py");
      assertThat(dataset.issuesOf(RepoRef.of("reuser02", "app-02"))).isEmpty();
    }
  }
}
