package io.github.peatmoss.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.dataset.Miner;
import io.github.peatmoss.dataset.MiningListener;
import io.github.peatmoss.dataset.MiningProgress;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.github.DiscoveryReport;
import io.github.peatmoss.github.GitHubClient;
import io.github.peatmoss.github.GitHubLicense;
import io.github.peatmoss.github.GitHubRepository;
import io.github.peatmoss.github.ReuseCandidate;
import io.github.peatmoss.github.ReuseDiscovery;
import io.github.peatmoss.github.ReuseSignature;
import io.github.peatmoss.reuse.ModelUse;
import io.github.peatmoss.reuse.RejectReason;
import io.github.peatmoss.reuse.RejectedCandidate;
import io.github.peatmoss.reuse.ReuseDetector;
import io.github.peatmoss.reuse.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * GitHub reuse mining as one {@link Miner} listing, so each step commits in one transaction with its checkpoint
 * and a killed run resumes from the database. The pages, in order, each holding one step:
 *
 * <ol>
 *   <li>{@code signature/I}: discovery of signature I (one query per signature); its candidate files are
 *       appended to the source's work list {@value #CANDIDATES};
 *   <li>{@code plan}: the candidates grouped by repository (name order, each file once, files in path order),
 *       appended to the work list {@value #REPOSITORIES};
 *   <li>{@code repository/J}: repository J's candidate files fetched from raw hosting and confirmed by the reuse
 *       detector against the database's models; a repository with a confirmed use is written with its license,
 *       reuse files, links, issues and pull requests.
 * </ol>
 *
 * <p>All network work happens while a page is fetched, outside the transaction; the page writer only writes.
 * Everything not written is counted with its reason in the source's counts, committed with its page.
 */
final class GithubMining {
  static final String CANDIDATES = "candidates";
  static final String REPOSITORIES = "repositories";
  private static final String SIGNATURE = "signature/";
  private static final String PLAN = "plan";
  private static final String REPOSITORY = "repository/";
  private static final int READ_CHUNK = 1000;

  /** What to mine beyond the reuse itself. */
  record Options(boolean issues, int maxIssues, long maxFileBytes) {}

  /** One page's work: a signature's discovery, the plan, or one repository. */
  sealed interface Step permits Discovered, Planned, Mined {}

  /** Signature {@code index} (1-based) of {@code total} was searched. */
  record Discovered(int index, int total, DiscoveryReport report, List<ReuseCandidate> candidates)
      implements Step {}

  /** The candidates grouped by repository, in the order the repository pages take them. */
  record Planned(List<List<ReuseCandidate>> repositories) implements Step {}

  /**
   * Repository {@code index} (1-based) of {@code total} was handled; {@code confirmed} is empty when nothing in
   * it is written, and {@code detail} says why, or what was written.
   */
  record Mined(
      int index,
      int total,
      RepoRef requested,
      Optional<Confirmed> confirmed,
      Map<String, Long> counts,
      String detail)
      implements Step {}

  /** What one repository contributes to the database. */
  record Confirmed(
      GitHubRepository metadata,
      Map<String, TreeSet<ModelId>> usesByPath,
      List<GitHubIssue> issues,
      List<GitHubPullRequest> pulls) {}

  /** Hears about each committed step; called on the mining thread. */
  interface Listener {
    /** The run resumes from the database's checkpoint at {@code token}. */
    default void resumed(String token) {}

    /** One signature's discovery is committed. */
    default void discovered(Discovered step) {}

    /** One repository is committed. */
    default void repository(Mined step) {}
  }

  private final GitHubClient github;
  private final ReuseDiscovery discovery;
  private final ReuseDetector detector;
  private final List<ReuseSignature> signatures;
  private final Options options;
  private final String source;

  /**
   * Mines with {@code discovery} (whose service is at {@code discoveryEndpoint}) for {@code signatures}; the
   * source key names the GitHub endpoint, the discovery, the signatures and the issue options.
   */
  GithubMining(
      GitHubClient github,
      ReuseDiscovery discovery,
      String discoveryEndpoint,
      ReuseDetector detector,
      List<ReuseSignature> signatures,
      Options options) {
    if (signatures.isEmpty()) {
      throw new IllegalArgumentException("no signature to search");
    }
    this.github = github;
    this.discovery = discovery;
    this.detector = detector;
    this.signatures = List.copyOf(signatures);
    this.options = options;
    this.source = "github " + github.endpoint() + " discovery=" + discovery.name() + " "
        + discoveryEndpoint + " signatures="
        + signatures.stream().map(ReuseSignature::name).collect(Collectors.joining(","))
        + " issues=" + (options.issues() ? Integer.toString(options.maxIssues()) : "none");
  }

  /** Returns the stable key of this run's checkpoint, work lists and counts. */
  String source() {
    return source;
  }

  /**
   * Returns a miner of the steps into {@code writer} that tells {@code listener} about each committed step;
   * {@code decorate} wraps the page writer (the identity, except in the kill test).
   */
  Miner.Builder<Step> miner(
      PeatmossWriter writer, Listener listener, UnaryOperator<Miner.PageWriter<Step>> decorate) {
    List<Step> written = new ArrayList<>();
    Miner.PageWriter<Step> pageWriter = (batch, steps) -> {
      written.clear();
      write(batch, steps);
      written.addAll(steps);
    };
    return Miner.builder(source, listing(writer), decorate.apply(pageWriter))
        .listener(new MiningListener() {
          @Override
          public void resumed(String source, String continuationToken) {
            listener.resumed(continuationToken);
          }

          @Override
          public void pageWritten(MiningProgress progress) {
            for (Step step : written) {
              if (step instanceof Discovered d) {
                listener.discovered(d);
              } else if (step instanceof Mined m) {
                listener.repository(m);
              }
            }
          }
        });
  }

  /** Returns the steps as pages; the plan and repository pages read the work lists through {@code writer}. */
  PagedIterable<Step> listing(PeatmossWriter writer) {
    return PagedIterable.of(token -> {
      String t = token.orElse(SIGNATURE + 0);
      if (t.startsWith(SIGNATURE)) {
        int i = index(t, SIGNATURE, signatures.size());
        List<ReuseCandidate> found = new ArrayList<>();
        DiscoveryReport report = discovery.discover(signatures.get(i), found::add);
        return Page.of(
            List.<Step>of(new Discovered(i + 1, signatures.size(), report, found)),
            i + 1 < signatures.size() ? SIGNATURE + (i + 1) : PLAN);
      }
      if (t.equals(PLAN)) {
        List<List<ReuseCandidate>> plan = plan(writer);
        return Page.of(List.<Step>of(new Planned(plan)), plan.isEmpty() ? null : REPOSITORY + 0);
      }
      if (t.startsWith(REPOSITORY)) {
        int total = (int) writer.miningWorkSize(source, REPOSITORIES);
        int j = index(t, REPOSITORY, total);
        List<ReuseCandidate> files =
            readRepository(writer.miningWork(source, REPOSITORIES, j, 1).get(0));
        return Page.of(
            List.<Step>of(mine(j + 1, total, files)), j + 1 < total ? REPOSITORY + (j + 1) : null);
      }
      throw unknownStep(t, null);
    });
  }

  /** The page writer: writes one page's steps and their counts (no network here). */
  void write(PeatmossWriter.Batch batch, List<Step> steps) {
    for (Step step : steps) {
      if (step instanceof Discovered d) {
        batch.appendMiningWork(
            source,
            CANDIDATES,
            d.candidates().stream().map(GithubMining::candidateJson).toList());
        Map<String, Long> counts = new TreeMap<>();
        counts.put("discoveryRequests", d.report().requests());
        counts.put("candidatesFound", d.report().candidates());
        counts.put("signaturesIncomplete", d.report().isIncomplete() ? 1L : 0L);
        batch.addMiningCounts(source, counts);
      } else if (step instanceof Planned p) {
        batch.appendMiningWork(
            source,
            REPOSITORIES,
            p.repositories().stream().map(GithubMining::repositoryJson).toList());
      } else if (step instanceof Mined m) {
        m.confirmed().ifPresent(c -> writeRepository(batch, c));
        batch.addMiningCounts(source, m.counts());
      }
    }
  }

  private static void writeRepository(PeatmossWriter.Batch batch, Confirmed c) {
    RepoRef repository = c.metadata().repository();
    batch.upsertReuseRepository(c.metadata().toReuseRepository());
    c.usesByPath().forEach((path, ids) -> {
      for (ModelId id : ids) {
        batch.upsertReuseFile(ReuseFile.builder()
            .model(id)
            .repository(repository)
            .path(
                repository.owner() + "_" + repository.name() + "/" + repository.name() + "/" + path)
            .build());
      }
    });
    c.issues().forEach(issue -> batch.upsertRepositoryIssue(repository, issue));
    c.pulls().forEach(pull -> batch.upsertRepositoryPullRequest(repository, pull));
  }

  /** Groups every candidate of the work list by repository (name order), each file once, files by path. */
  private List<List<ReuseCandidate>> plan(PeatmossWriter writer) {
    Map<String, Map<String, ReuseCandidate>> byRepository = new TreeMap<>();
    long size = writer.miningWorkSize(source, CANDIDATES);
    for (long from = 0; from < size; from += READ_CHUNK) {
      for (String line : writer.miningWork(source, CANDIDATES, from, READ_CHUNK)) {
        ReuseCandidate c = readCandidate(readJson(line));
        byRepository
            .computeIfAbsent(
                c.repository().fullName().toLowerCase(Locale.ROOT), k -> new TreeMap<>())
            .putIfAbsent(c.path(), c);
      }
    }
    return byRepository.values().stream()
        .map(files -> List.copyOf(files.values()))
        .toList();
  }

  /** Confirms one repository's candidate files and fetches what a confirmed repository needs. */
  private Mined mine(int index, int total, List<ReuseCandidate> files) {
    RepoRef requested = files.get(0).repository();
    Map<String, Long> counts = new TreeMap<>();
    Map<String, TreeSet<ModelId>> usesByPath = new TreeMap<>();
    for (ReuseCandidate file : files) {
      counts.merge("candidates", 1L, Long::sum);
      String text;
      try {
        text = github.readRawFile(
            requested, file.ref().orElse("HEAD"), file.path(), options.maxFileBytes());
        counts.merge("filesFetched", 1L, Long::sum);
      } catch (ResourceNotFoundException e) {
        counts.merge("skipped.fileNotFound", 1L, Long::sum);
        continue;
      } catch (DecodeException e) {
        counts.merge("skipped.fileTooLarge", 1L, Long::sum);
        continue;
      }
      ScanResult scan = detector.scan(file.path(), text);
      if (scan.skipped().isPresent()) {
        counts.merge("skipped.notSource", 1L, Long::sum);
        continue;
      }
      for (RejectedCandidate r : scan.rejected()) {
        counts.merge(
            r.reason() == RejectReason.UNKNOWN_MODEL ? "unknownModelIds" : "rejectedCandidates",
            1L,
            Long::sum);
      }
      List<ModelId> models =
          scan.uses().stream().filter(ModelUse::isVerified).map(ModelUse::model).toList();
      if (models.isEmpty()) {
        boolean unknownOnly =
            scan.rejected().stream().anyMatch(r -> r.reason() == RejectReason.UNKNOWN_MODEL);
        counts.merge(
            unknownOnly ? "skipped.onlyUnknownModels" : "skipped.noModelUse", 1L, Long::sum);
        continue;
      }
      usesByPath
          .computeIfAbsent(file.path(), p -> new TreeSet<>(Comparator.comparing(ModelId::value)))
          .addAll(models);
    }
    if (usesByPath.isEmpty()) {
      return new Mined(
          index,
          total,
          requested,
          Optional.empty(),
          counts,
          "skipped: no confirmed use in " + plural(files.size(), "candidate file"));
    }
    GitHubRepository metadata;
    try {
      metadata = github.getRepository(requested);
    } catch (ResourceNotFoundException e) {
      counts.merge("skipped.repositoryNotFound", 1L, Long::sum);
      return new Mined(
          index, total, requested, Optional.empty(), counts, "skipped: the repository is gone");
    }
    RepoRef repository = metadata.repository();
    List<GitHubIssue> issues = options.issues()
        ? github.listIssues(repository).stream().limit(options.maxIssues()).toList()
        : List.of();
    List<GitHubPullRequest> pulls = options.issues()
        ? github.listPullRequests(repository).stream()
            .limit(options.maxIssues())
            .toList()
        : List.of();
    long reuseFiles = usesByPath.values().stream().mapToLong(TreeSet::size).sum();
    long models = usesByPath.values().stream()
        .flatMap(TreeSet::stream)
        .map(ModelId::value)
        .distinct()
        .count();
    counts.put("repositories", 1L);
    counts.put("reuseFiles", reuseFiles);
    counts.put("links", models);
    counts.put("issues", (long) issues.size());
    counts.put("pullRequests", (long) pulls.size());
    String detail = plural(usesByPath.size(), "file") + ", " + plural(models, "model")
        + ", license " + metadata.license().flatMap(GitHubLicense::spdxId).orElse("none") + ", "
        + issues.size() + " issues, " + pulls.size() + " pull requests"
        + (repository.equals(requested) ? "" : " (renamed from " + requested + ")");
    return new Mined(
        index,
        total,
        requested,
        Optional.of(new Confirmed(metadata, usesByPath, issues, pulls)),
        counts,
        detail);
  }

  private static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static int index(String token, String prefix, int size) {
    int i;
    try {
      i = Integer.parseInt(token.substring(prefix.length()));
    } catch (NumberFormatException e) {
      throw unknownStep(token, e);
    }
    if (i < 0 || i >= size) {
      throw unknownStep(token, null);
    }
    return i;
  }

  private static DecodeException unknownStep(String token, Throwable cause) {
    return new DecodeException(
        "the database's checkpoint of github mine names a step this run does not have ('" + token
            + "'); rerun with --restart",
        cause);
  }

  private static String candidateJson(ReuseCandidate c) {
    return write(candidateFields(c));
  }

  private static Map<String, Object> candidateFields(ReuseCandidate c) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("repository", c.repository().fullName());
    line.put("path", c.path());
    line.put("ref", c.ref().orElse(null));
    line.put("library", c.signature().library());
    line.put("call", c.signature().call());
    line.put("source", c.source());
    return line;
  }

  private static String repositoryJson(List<ReuseCandidate> files) {
    return write(
        Map.of("files", files.stream().map(GithubMining::candidateFields).toList()));
  }

  private static List<ReuseCandidate> readRepository(String json) {
    List<ReuseCandidate> files = new ArrayList<>();
    for (JsonNode file : readJson(json).path("files")) {
      files.add(readCandidate(file));
    }
    if (files.isEmpty()) {
      throw new DecodeException("a repository of github mine's work list has no files: " + json);
    }
    return files;
  }

  private static ReuseCandidate readCandidate(JsonNode json) {
    ReuseCandidate.Builder c = ReuseCandidate.builder()
        .repository(RepoRef.parse(json.path("repository").asText()))
        .path(json.path("path").asText())
        .signature(
            ReuseSignature.of(json.path("library").asText(), json.path("call").asText()))
        .source(json.path("source").asText());
    if (json.path("ref").isTextual()) {
      c.ref(json.path("ref").asText());
    }
    return c.build();
  }

  private static String write(Object value) {
    try {
      return Output.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new DecodeException("cannot write github mine's work list: " + e.getMessage(), e);
    }
  }

  private static JsonNode readJson(String line) {
    try {
      return Output.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new DecodeException(
          "github mine's work list in the database is damaged (" + e.getOriginalMessage()
              + "); rerun with --restart",
          e);
    }
  }
}
