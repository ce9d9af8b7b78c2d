package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.DecodeException;
import io.github.peatmoss.core.exception.ResourceNotFoundException;
import io.github.peatmoss.core.model.GitHubIssue;
import io.github.peatmoss.core.model.GitHubPullRequest;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * GitHub reuse mining: discovery (one query per signature) finds candidate files; each file is fetched from raw
 * hosting and confirmed by the reuse detector against the models the database knows; each repository with a
 * confirmed use is written with its license, reuse files, links, issues and pull requests in one transaction.
 * Repositories are processed in name order and the state is saved after each, so a killed run resumes where it
 * stopped and ends with the same database as an uninterrupted one. Everything not written is counted with its
 * reason.
 */
final class GithubMiner {
  /** Receives progress; called on the mining thread. */
  interface Listener {
    /** One signature's discovery finished. */
    void discovered(int index, int total, DiscoveryReport report);

    /** One repository was handled ({@code written} false when nothing in it was confirmed). */
    void repository(int index, int total, RepoRef repository, boolean written, String detail);
  }

  /** What to mine beyond the reuse itself. */
  record Options(boolean issues, int maxIssues, long maxFileBytes) {}

  private final GitHubClient github;
  private final ReuseDiscovery discovery;
  private final ReuseDetector detector;
  private final Options options;

  GithubMiner(
      GitHubClient github, ReuseDiscovery discovery, ReuseDetector detector, Options options) {
    this.github = github;
    this.discovery = discovery;
    this.detector = detector;
    this.options = options;
  }

  /** Runs (or resumes) discovery for {@code signatures}, then confirms and writes repository by repository. */
  void run(
      List<ReuseSignature> signatures,
      PeatmossWriter writer,
      GithubMineState state,
      Listener listener) {
    for (int i = state.signaturesDone(); i < signatures.size(); i++) {
      List<ReuseCandidate> found = new ArrayList<>();
      DiscoveryReport report = discovery.discover(signatures.get(i), found::add);
      state.add("discoveryRequests", report.requests());
      state.add("candidatesFound", report.candidates());
      if (report.isIncomplete()) {
        state.add("signaturesIncomplete", 1);
      }
      state.signatureDone(found);
      listener.discovered(i + 1, signatures.size(), report);
    }
    Map<String, List<ReuseCandidate>> byRepository = new TreeMap<>();
    for (ReuseCandidate c : state.candidates()) {
      byRepository
          .computeIfAbsent(
              c.repository().fullName().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(c);
    }
    List<List<ReuseCandidate>> repositories = new ArrayList<>(byRepository.values());
    for (int i = state.repositoriesDone(); i < repositories.size(); i++) {
      List<ReuseCandidate> files = new ArrayList<>(repositories.get(i));
      files.sort(Comparator.comparing(ReuseCandidate::path));
      String detail = mineRepository(files, writer, state);
      state.repositoryDone();
      listener.repository(
          i + 1,
          repositories.size(),
          files.get(0).repository(),
          !detail.startsWith("skipped"),
          detail);
    }
  }

  /** Confirms one repository's candidate files and writes what was confirmed; returns a line for progress. */
  private String mineRepository(
      List<ReuseCandidate> files, PeatmossWriter writer, GithubMineState state) {
    RepoRef requested = files.get(0).repository();
    Map<String, TreeSet<ModelId>> usesByPath = new TreeMap<>();
    for (ReuseCandidate file : files) {
      state.add("candidates", 1);
      String text;
      try {
        text = github.readRawFile(
            requested, file.ref().orElse("HEAD"), file.path(), options.maxFileBytes());
        state.add("filesFetched", 1);
      } catch (ResourceNotFoundException e) {
        state.add("skipped.fileNotFound", 1);
        continue;
      } catch (DecodeException e) {
        state.add("skipped.fileTooLarge", 1);
        continue;
      }
      ScanResult scan = detector.scan(file.path(), text);
      if (scan.skipped().isPresent()) {
        state.add("skipped.notSource", 1);
        continue;
      }
      for (RejectedCandidate r : scan.rejected()) {
        state.add(
            r.reason() == RejectReason.UNKNOWN_MODEL ? "unknownModelIds" : "rejectedCandidates", 1);
      }
      List<ModelId> models = scan.uses().stream()
          .filter(ModelUse::isVerified)
          .map(ModelUse::model)
          .collect(Collectors.toList());
      if (models.isEmpty()) {
        boolean unknownOnly =
            scan.rejected().stream().anyMatch(r -> r.reason() == RejectReason.UNKNOWN_MODEL);
        state.add(unknownOnly ? "skipped.onlyUnknownModels" : "skipped.noModelUse", 1);
        continue;
      }
      usesByPath
          .computeIfAbsent(file.path(), p -> new TreeSet<>(Comparator.comparing(ModelId::value)))
          .addAll(models);
    }
    if (usesByPath.isEmpty()) {
      return "skipped: no confirmed use in " + files.size() + " candidate file"
          + (files.size() == 1 ? "" : "s");
    }
    GitHubRepository metadata;
    try {
      metadata = github.getRepository(requested);
    } catch (ResourceNotFoundException e) {
      state.add("skipped.repositoryNotFound", 1);
      return "skipped: the repository is gone";
    }
    RepoRef repository = metadata.repository();
    List<GitHubIssue> issues = options.issues()
        ? github.listIssues(repository).stream()
            .limit(options.maxIssues())
            .collect(Collectors.toList())
        : List.of();
    List<GitHubPullRequest> pulls = options.issues()
        ? github.listPullRequests(repository).stream()
            .limit(options.maxIssues())
            .collect(Collectors.toList())
        : List.of();
    TreeSet<String> models = new TreeSet<>();
    int[] reuseFiles = {0};
    writer.write(batch -> {
      batch.upsertReuseRepository(metadata.toReuseRepository());
      usesByPath.forEach((path, ids) -> {
        for (ModelId id : ids) {
          batch.upsertReuseFile(ReuseFile.builder()
              .model(id)
              .repository(repository)
              .path(repository.owner() + "_" + repository.name() + "/" + repository.name() + "/"
                  + path)
              .build());
          models.add(id.value());
          reuseFiles[0]++;
        }
      });
      issues.forEach(issue -> batch.upsertRepositoryIssue(repository, issue));
      pulls.forEach(pull -> batch.upsertRepositoryPullRequest(repository, pull));
    });
    state.add("repositories", 1);
    state.add("reuseFiles", reuseFiles[0]);
    state.add("links", models.size());
    state.add("issues", issues.size());
    state.add("pullRequests", pulls.size());
    return usesByPath.size() + " file" + (usesByPath.size() == 1 ? "" : "s") + ", " + models.size()
        + " model"
        + (models.size() == 1 ? "" : "s") + ", license "
        + metadata.license().flatMap(GitHubLicense::spdxId).orElse("none") + ", " + issues.size()
        + " issues, " + pulls.size() + " pull requests"
        + (repository.equals(requested) ? "" : " (renamed from " + requested + ")");
  }
}
