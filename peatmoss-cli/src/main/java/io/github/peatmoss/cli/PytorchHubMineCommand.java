package io.github.peatmoss.cli;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.dataset.PeatmossWriter;
import io.github.peatmoss.pytorchhub.PytorchHubClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peatmoss pytorch-hub mine}: writes PyTorch Hub's models into a PeaTMOSS database, resumably. */
@Command(name = "mine", mixinStandardHelpOptions = true,
    description = "Mine PyTorch Hub models into a PeaTMOSS database (resumable: rerun the same command to continue).")
final class PytorchHubMineCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  JsonOption json;

  @Mixin
  PytorchHubClientOptions client;

  @Option(names = "--db", paramLabel = "FILE", required = true, description = "Database to create or update.")
  Path db;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "Checkpoint file (default: <db>.pytorch-hub-checkpoint).")
  Path checkpointFile;

  @Option(names = "--restart", description = "Ignore an existing checkpoint and start from the first page.")
  boolean restart;

  @Override
  public Integer call() {
    PytorchHubClient hub = client.client();
    Path checkpointPath = checkpointFile != null ? checkpointFile
        : db.resolveSibling(db.getFileName() + ".pytorch-hub-checkpoint");
    MiningCheckpoint checkpoint = new MiningCheckpoint(checkpointPath, "PyTorch", hub.toString());
    Optional<String> resume = restart ? Optional.empty() : checkpoint.load();
    PrintWriter err = spec.commandLine().getErr();
    resume.ifPresent(t -> err.println("resuming from checkpoint " + checkpointPath));
    PagedIterable<Model> listing = hub.listModels();
    Iterable<Page<Model>> pages = resume.map(listing::byPage).orElseGet(listing::byPage);
    MiningProgress progress = new MiningProgress(err, MiningProgress.isTerminal());
    long mined = 0;
    long pageCount = 0;
    try (PeatmossWriter writer = PeatmossWriter.open(db)) {
      java.util.Iterator<Page<Model>> iterator = pages.iterator();
      while (true) {
        Page<Model> page;
        try {
          if (!iterator.hasNext()) {
            break;
          }
          page = iterator.next();
        } catch (io.github.peatmoss.core.exception.PeatmossException e) {
          throw new IllegalStateException(e.getMessage() + " (after " + mined + " models; rerun the same command to"
              + " resume from the checkpoint " + checkpointPath + ")", e);
        }
        writer.write(batch -> page.items().forEach(batch::upsertModel));
        mined += page.items().size();
        pageCount++;
        if (page.continuationToken().isPresent()) {
          checkpoint.save(page.continuationToken().get(), mined);
        } else {
          checkpoint.clear();
        }
        progress.page(mined, pageCount, "");
      }
    } finally {
      progress.finish();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json.json) {
      Map<String, Object> summary = new LinkedHashMap<>();
      summary.put("db", db.toString());
      summary.put("models", mined);
      summary.put("pages", pageCount);
      summary.put("complete", true);
      Output.jsonLine(out, summary);
    } else {
      out.println("mined " + mined + " PyTorch Hub models into " + db);
    }
    out.flush();
    return Main.OK;
  }
}
