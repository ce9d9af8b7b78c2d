package io.github.peatmoss.dataset;

import io.github.peatmoss.core.model.Dataset;
import io.github.peatmoss.core.model.Discussion;
import io.github.peatmoss.core.model.DiscussionEvent;
import io.github.peatmoss.core.model.Extracted;
import io.github.peatmoss.core.model.ExtractedMetadata;
import io.github.peatmoss.core.model.HfCommit;
import io.github.peatmoss.core.model.Model;
import io.github.peatmoss.core.model.ModelHub;
import io.github.peatmoss.core.model.ModelId;
import io.github.peatmoss.core.model.Provenance;
import io.github.peatmoss.core.model.RepoRef;
import io.github.peatmoss.core.model.ReuseFile;
import io.github.peatmoss.core.model.ReuseRepository;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A crawler-like writer process for {@link WriterCrashTest}: writes {@code batches} batches of deterministic
 * values, each one transaction, printing {@code committed N} after each. With a third argument K it stops in
 * the middle of batch K (half its values written, the transaction open), prints {@code inside K} and blocks
 * on stdin until the test kills it.
 */
public final class CrashableWriter {
  static final int MODELS_PER_BATCH = 1_500;

  private CrashableWriter() {}

  /** Runs the writer: {@code FILE BATCHES [STOP_INSIDE_BATCH]}. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int batches = Integer.parseInt(args[1]);
    int stopInside = args.length > 2 ? Integer.parseInt(args[2]) : -1;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (PeatmossWriter writer = PeatmossWriter.open(file)) {
      for (int b = 0; b < batches; b++) {
        int batch = b;
        writer.write(w -> {
          for (int i = 0; i < MODELS_PER_BATCH; i++) {
            if (batch == stopInside && i == MODELS_PER_BATCH / 2) {
              out.println("inside " + batch);
              try {
                System.in.read();
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
            }
            write(w, batch, i);
          }
        });
        out.println("committed " + batch);
      }
    }
    out.println("done");
  }

  private static void write(PeatmossWriter.Batch w, int batch, int i) {
    int n = batch * MODELS_PER_BATCH + i;
    ModelId id = ModelId.of("crash-org-" + (n % 97) + "/model-" + n);
    w.upsertModel(Model.builder()
        .id(id)
        .hub(ModelHub.HUGGING_FACE)
        .downloads(n * 7L)
        .likes(n % 13)
        .addLicense(new String[] {"mit", "apache-2.0", "gpl-3.0", "cc-by-nc-4.0"}[n % 4])
        .addTag("tag-" + (n % 50))
        .addTag("tag-" + (n % 7 + 50))
        .addAuthor("crash-org-" + (n % 97))
        .addDataset(Dataset.builder().name("dataset-" + (n % 30)).build())
        .addDomain("domain-" + (n % 5))
        .hasSnapshot(n % 10 == 0)
        .build());
    RepoRef repo = RepoRef.of("user-" + (n % 211), "app-" + (n % 5));
    if (n % 3 == 0) {
      w.upsertReuseRepository(ReuseRepository.builder()
          .repository(repo)
          .addLicense(n % 2 == 0 ? "MIT" : "GPL-2.0-only")
          .build());
      w.upsertReuseFile(ReuseFile.builder()
          .model(id)
          .repository(repo)
          .path("user_app/app/load_" + n + ".py")
          .build());
    }
    if (n % 10 == 0) {
      Instant t = Instant.parse("2023-01-01T00:00:00Z").plusSeconds(n * 60L);
      w.upsertHfCommit(HfCommit.builder()
          .model(id)
          .commitId(Integer.toHexString(n * 31 + 7))
          .createdAt(t)
          .title("commit " + n)
          .addAuthor("crash-org-" + (n % 97))
          .build());
      w.upsertDiscussion(Discussion.builder()
          .model(id)
          .num(1)
          .title("question " + n)
          .status("open")
          .createdAt(t)
          .addAuthor("asker-" + (n % 17))
          .addEvent(DiscussionEvent.builder()
              .type("comment")
              .author("asker")
              .content("why " + n)
              .createdAt(t)
              .build())
          .build());
    }
    if (n % 7 == 0) {
      w.upsertExtractedMetadata(ExtractedMetadata.builder()
          .model(id)
          .parameterCount(Extracted.of((long) n * 1_000, Provenance.LLM))
          .addDemo(Extracted.of("demo " + n, Provenance.LLM))
          .addLimitation(Extracted.of("limited " + (n % 3), Provenance.LLM))
          .addGrant(Extracted.of("grant-" + (n % 4), Provenance.LLM))
          .build());
    }
  }
}
