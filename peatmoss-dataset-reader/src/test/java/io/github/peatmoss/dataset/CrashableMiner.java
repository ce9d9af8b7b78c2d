package io.github.peatmoss.dataset;

import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A mining process for {@link MiningKillTest}: mines a deterministic listing of {@link #PAGES} pages through
 * {@link Miner}, printing {@code fetch TOKEN} for each page fetched and {@code committed N} after each page's
 * transaction. With a second argument K it stops inside page K's transaction, after the page's rows are
 * written and before its checkpoint, prints {@code written K} and blocks on stdin until the test kills it.
 */
public final class CrashableMiner {
  static final int PAGES = 5;
  static final int MODELS_PER_PAGE = 40;
  static final String SOURCE = "test-hub http://127.0.0.1/ all models";

  private CrashableMiner() {}

  /** Runs the miner: {@code FILE [STOP_INSIDE_PAGE]}. */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int stopInside = args.length > 1 ? Integer.parseInt(args[1]) : -1;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int[] pageIndex = {0};
    Miner.PageWriter<Model> write = (batch, models) -> {
      String first = models.get(0).id().value();
      int page = Integer.parseInt(first.substring(first.indexOf("/model-") + "/model-".length()))
          / MODELS_PER_PAGE;
      models.forEach(batch::upsertModel);
      if (page == stopInside) {
        out.println("written " + page);
        try {
          System.in.read();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      pageIndex[0] = page;
    };
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      MiningSummary summary = Miner.builder(SOURCE, listing(out), write)
          .listener(new MiningListener() {
            @Override
            public void resumed(String source, String token) {
              out.println("resumed " + token);
            }

            @Override
            public void pageWritten(MiningProgress progress) {
              out.println("committed " + pageIndex[0]);
            }
          })
          .build()
          .mine(writer);
      out.println(
          "done " + summary.items() + " " + summary.totalItems() + " " + summary.complete());
    }
  }

  /** Pages {@code page-0} to {@code page-4}; the first page has no token. */
  static PagedIterable<Model> listing(PrintStream out) {
    return PagedIterable.of(token -> {
      int page = token.map(t -> Integer.parseInt(t.substring("page-".length()))).orElse(0);
      out.println("fetch " + token.orElse("first"));
      List<Model> models = new ArrayList<>();
      for (int i = 0; i < MODELS_PER_PAGE; i++) {
        int n = page * MODELS_PER_PAGE + i;
        models.add(Model.builder()
            .id(ModelId.of("org-" + (n % 7) + "/model-" + n))
            .hub(ModelHub.HUGGING_FACE)
            .downloads(n * 11L)
            .likes(n % 5)
            .addLicense(n % 2 == 0 ? "mit" : "apache-2.0")
            .addTag("tag-" + (n % 9))
            .addAuthor("org-" + (n % 7))
            .addDataset(Dataset.builder().name("dataset-" + (n % 4)).build())
            .build());
      }
      return Page.of(models, page + 1 < PAGES ? "page-" + (page + 1) : null);
    });
  }
}
