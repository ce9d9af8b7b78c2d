package io.github.peatmoss.hf.snapshot;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.exception.AuthenticationException;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.GitRef;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.hf.HfClient;
import io.github.peatmoss.hf.HfDiscussionSummary;
import io.github.peatmoss.hf.HfModelExpand;
import io.github.peatmoss.hf.HfModelInfo;
import io.github.peatmoss.hf.HfSort;
import io.github.peatmoss.hf.HfTreeEntry;
import io.github.peatmoss.hf.ListModelsOptions;
import io.github.peatmoss.hf.ListTreeOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes PeaTMOSS's "detailed snapshots" of Hugging Face models: selects the models (by default those with more
 * than 50 downloads in the last 30 days, most downloaded first) and records for each its branches and tags
 * ({@code hf_git_ref*}), its commit history ({@code hf_commit}, {@code hf_commit_to_author}), its discussions
 * and pull requests with every event ({@code discussion}, {@code discussion_event}, {@code discussion_to_author},
 * {@code file_path}), and its file list pinned to the commit sha ({@code hf_snapshot_file}); optionally it
 * downloads the files into a content-addressed directory, each verified by SHA-256 (LFS) or git blob id.
 *
 * <p>Runs are incremental and resumable. A model whose sha and first discussion page are as recorded costs one
 * request and writes nothing; a changed model adds only its new commits and the discussions that changed; files
 * already in place are not fetched again. A run killed at any point and run again ends with the same database
 * and files as an uninterrupted run: each model's data is written in one transaction, and the model is marked
 * snapshotted only after its data and files are in place.
 *
 * <p>Immutable and thread-safe; each {@link #snapshot} call opens and closes the database and directory it uses.
 * One run at a time per database and directory.
 */
public final class HfSnapshotter {
  private static final Logger log = LoggerFactory.getLogger(HfSnapshotter.class);

  private final HfClient client;

  private HfSnapshotter(HfClient client) {
    this.client = client;
  }

  /** Returns a snapshotter reading the Hub through {@code client}. */
  public static HfSnapshotter of(HfClient client) {
    return new HfSnapshotter(Objects.requireNonNull(client, "client == null"));
  }

  /**
   * Selects models as {@code options} say and snapshots each into the PeaTMOSS database {@code database}
   * (created if missing), reporting progress to {@code listener}. A model that fails is reported and left for
   * the next run; the others go on.
   *
   * @throws PeatmossException when the selection cannot be listed or the database cannot be opened
   * @throws IllegalStateException when another run holds the output directory
   */
  public SnapshotReport snapshot(
      Path database, SnapshotOptions options, SnapshotListener listener) {
    Objects.requireNonNull(database, "database == null");
    Objects.requireNonNull(options, "options == null");
    Objects.requireNonNull(listener, "listener == null");
    List<HfModelInfo> selected = select(options);
    listener.selected(selected.size());
    SnapshotReport.Builder report = SnapshotReport.builder();
    try (BlobStore blobs =
            options.isFiles() ? BlobStore.open(options.outputDirectory().orElseThrow()) : null;
        PeatmossWriter writer = PeatmossWriter.open(database);
        SnapshotStore store = SnapshotStore.open(database)) {
      Run run = new Run(options, writer, store, blobs);
      for (int i = 0; i < selected.size(); i++) {
        HfModelInfo info = selected.get(i);
        listener.modelStarted(i + 1, selected.size(), info.id());
        ModelSnapshot result;
        try {
          result = run.model(info, listener);
        } catch (PeatmossException e) {
          log.debug("snapshot failed [model={}, error={}]", info.id(), e.getMessage());
          result = ModelSnapshot.builder()
              .model(info.id())
              .outcome(ModelSnapshot.Outcome.FAILED)
              .commitSha(info.sha())
              .failure(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              .build();
        }
        report.addModels(result);
        listener.modelFinished(i + 1, selected.size(), result);
      }
    }
    return report.build();
  }

  /** Lists the selected models, most downloaded first, stopping at the first one at or below the threshold. */
  List<HfModelInfo> select(SnapshotOptions options) {
    ListModelsOptions.Builder listing = ListModelsOptions.builder()
        .sort(HfSort.DOWNLOADS)
        .limit(options.pageSize())
        .addExpands(HfModelExpand.SHA, HfModelExpand.DOWNLOADS, HfModelExpand.LIKES);
    options.author().ifPresent(listing::author);
    List<HfModelInfo> selected = new ArrayList<>();
    for (Page<HfModelInfo> page : client.listModels(listing.build()).byPage()) {
      boolean below = false;
      for (HfModelInfo info : page.items()) {
        if (info.downloads().orElse(0) <= options.minDownloads()) {
          below = true;
          break;
        }
        selected.add(info);
        if (options.maxModels().isPresent()
            && selected.size() >= options.maxModels().getAsInt()) {
          return selected;
        }
      }
      if (below) {
        break;
      }
    }
    return selected;
  }

  /** One run's open resources and budget. */
  private final class Run {
    private final SnapshotOptions options;
    private final PeatmossWriter writer;
    private final SnapshotStore store;
    private final BlobStore blobs;
    private long budgetLeft;

    Run(SnapshotOptions options, PeatmossWriter writer, SnapshotStore store, BlobStore blobs) {
      this.options = options;
      this.writer = writer;
      this.store = store;
      this.blobs = blobs;
      this.budgetLeft = options.byteBudget().orElse(Long.MAX_VALUE);
    }

    ModelSnapshot model(HfModelInfo info, SnapshotListener listener) {
      ModelId id = info.id();
      String sha = info.sha().isPresent()
          ? info.sha().get()
          : client
              .getModelInfo(id)
              .sha()
              .orElseThrow(() -> new IllegalArgumentException(
                  id + ": the Hub lists no commit sha for this model; it cannot be" + " pinned"));
      SnapshotStore.ModelState state = store.state(id);
      boolean full = options.isFull() || !state.snapshotted;
      boolean repoUnchanged = !full && state.sha.filter(sha::equals).isPresent();

      // The one request an unchanged model costs: the newest discussions, compared with what is
      // stored.
      Iterator<Page<HfDiscussionSummary>> pages =
          client.listDiscussions(id).byPage().iterator();
      Page<HfDiscussionSummary> first = pages.next();
      boolean discussionsUnchanged = !full && first.items().stream().allMatch(state::holds);

      List<SnapshotFile> files =
          repoUnchanged ? store.files(state.row.getAsLong(), sha) : List.of();
      boolean filesInPlace = blobs == null || files.stream().allMatch(blobs::isPresent);
      if (repoUnchanged && discussionsUnchanged && filesInPlace) {
        return ModelSnapshot.builder()
            .model(id)
            .outcome(ModelSnapshot.Outcome.UNCHANGED)
            .commitSha(sha)
            .files(files.size())
            .filesPresent(blobs == null ? 0 : files.size())
            .build();
      }

      List<GitRef> refs = List.of();
      List<HfCommit> newCommits = List.of();
      if (!repoUnchanged) {
        refs = client.listRefs(id);
        newCommits = newCommits(
            id,
            sha,
            state.row.isPresent() && !options.isFull()
                ? store.commitIds(state.row.getAsLong())
                : Set.of());
        files = tree(id, sha);
      }
      List<Discussion> changed = new ArrayList<>();
      Optional<List<HfDiscussionSummary>> listing = Optional.empty();
      if (!discussionsUnchanged || !repoUnchanged) {
        List<HfDiscussionSummary> listed = new ArrayList<>();
        listing = Optional.of(listed);
        Page<HfDiscussionSummary> page = first;
        while (true) {
          listed.addAll(page.items());
          for (HfDiscussionSummary summary : page.items()) {
            if (options.isFull() || !state.holds(summary)) {
              changed.add(client.getDiscussion(id, summary.num()));
            }
          }
          if (!pages.hasNext()) {
            break;
          }
          page = pages.next();
        }
      }
      List<GitRef> refsToWrite = refs;
      List<HfCommit> commitsToWrite = newCommits;
      if (!refs.isEmpty() || !newCommits.isEmpty() || !changed.isEmpty()) {
        writer.write(batch -> {
          refsToWrite.forEach(batch::upsertGitRef);
          commitsToWrite.forEach(batch::upsertHfCommit);
          changed.forEach(batch::upsertDiscussion);
        });
      }

      ModelSnapshot.Builder result = ModelSnapshot.builder()
          .model(id)
          .commitSha(sha)
          .refs(refs.size())
          .commitsAdded(newCommits.size())
          .discussionsWritten(changed.size())
          .files(files.size());
      int fetched = blobs == null ? 0 : download(id, sha, files, listener, result);
      boolean changedAnything = !repoUnchanged
          || !newCommits.isEmpty()
          || !changed.isEmpty()
          || fetched > 0
          || listing.isPresent();
      result.outcome(
          !state.snapshotted
              ? ModelSnapshot.Outcome.NEW
              : changedAnything ? ModelSnapshot.Outcome.UPDATED : ModelSnapshot.Outcome.UNCHANGED);
      if (!state.snapshotted || changedAnything) {
        store.record(id, sha, info.downloads(), info.likes(), repoUrl(id), files, listing);
      }
      return result.build();
    }

    /** Returns the commits not recorded yet, oldest first, reading pages only until a recorded one shows up. */
    private List<HfCommit> newCommits(ModelId id, String sha, Set<String> known) {
      List<HfCommit> fresh = new ArrayList<>();
      for (Page<HfCommit> page : client.listCommits(id, sha).byPage()) {
        boolean reachedKnown = false;
        for (HfCommit commit : page.items()) {
          if (known.contains(commit.commitId())) {
            reachedKnown = true;
          } else {
            fresh.add(commit);
          }
        }
        if (reachedKnown) {
          break;
        }
      }
      Collections.reverse(fresh);
      return fresh;
    }

    private List<SnapshotFile> tree(ModelId id, String sha) {
      List<SnapshotFile> files = new ArrayList<>();
      for (HfTreeEntry entry : client.listRepoTree(
          id, ListTreeOptions.builder().revision(sha).recursive(true).build())) {
        if (entry.type() == HfTreeEntry.Type.FILE) {
          files.add(SnapshotFile.builder()
              .path(entry.path())
              .size(entry.size())
              .gitOid(entry.oid())
              .lfsSha256(entry.lfsSha256())
              .build());
        }
      }
      files.sort(Comparator.comparing(SnapshotFile::path));
      return files;
    }

    /** Downloads the files not in place yet and returns how many were fetched. */
    private int download(
        ModelId id,
        String sha,
        List<SnapshotFile> files,
        SnapshotListener listener,
        ModelSnapshot.Builder result) {
      int downloaded = 0;
      int present = 0;
      int overBudget = 0;
      int refused = 0;
      long bytes = 0;
      for (SnapshotFile file : files) {
        if (file.blobKey().isEmpty()) {
          log.debug("no id to verify against, not downloaded [model={}, path={}]", id, file.path());
          continue;
        }
        if (blobs.isPresent(file)) {
          present++;
          listener.fileDone(id, file, false);
          continue;
        }
        long size = file.size().orElse(0);
        if (size > budgetLeft) {
          overBudget++;
          continue;
        }
        long got;
        try {
          got = blobs.fetch(client, id, sha, file, options.maxAttempts());
        } catch (AuthenticationException e) {
          // Gated or private files: the rest of the repository is refused too; the history is still
          // recorded.
          log.debug("files refused [model={}, error={}]", id, e.getMessage());
          refused = (int) files.stream()
              .filter(f -> f.blobKey().isPresent() && !blobs.isPresent(f))
              .count();
          break;
        }
        budgetLeft -= got;
        bytes += got;
        downloaded++;
        listener.fileDone(id, file, true);
      }
      blobs.writeManifest(id, sha, files);
      result
          .filesDownloaded(downloaded)
          .filesPresent(present)
          .filesOverBudget(overBudget)
          .filesRefused(refused)
          .bytesDownloaded(bytes);
      return downloaded;
    }

    private String repoUrl(ModelId id) {
      String base = client.endpoint().toString();
      return (base.endsWith("/") ? base : base + "/") + id.value();
    }
  }

  @Override
  public String toString() {
    return "HfSnapshotter[" + client + "]";
  }
}
