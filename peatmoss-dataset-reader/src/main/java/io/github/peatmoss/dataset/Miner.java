package io.github.peatmoss.dataset;

import io.github.peatmoss.core.ModelHubClient;
import io.github.peatmoss.core.Page;
import io.github.peatmoss.core.PagedIterable;
import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.core.model.Model;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one mining loop: reads a listing page by page and writes each page, together with the checkpoint of the
 * next page, in one transaction of a {@link PeatmossWriter}. A killed run loses at most the page in flight and
 * a rerun resumes after the last committed page, so the database ends exactly as an uninterrupted run leaves it.
 * Checkpoints live in the database (table {@code peatmoss_mining_checkpoint}), keyed by a stable source key that
 * names the hub, endpoint and query, never a client's {@code toString()}.
 *
 * <pre>{@code
 * try (HfClient hf = HfClient.create(); PeatmossWriter writer = PeatmossWriter.open(Path.of("mined.db"))) {
 *   MiningSummary summary = Miner.models("huggingface all", hf).build().mine(writer);
 * }
 * }</pre>
 *
 * <p>A listing whose later pages depend on what earlier pages found (discovery, then the work it found) keeps
 * that work in the database too: a page appends it with {@link PeatmossWriter.Batch#appendMiningWork} and a
 * later page reads it with {@link PeatmossWriter#miningWork}, so it commits with the page that found it.
 *
 * <p>Any listing with continuation tokens plugs in ({@link #builder(String, PagedIterable, PageWriter)}): the
 * Hugging Face, PyTorch Hub and GitHub commands are thin layers over this class. Immutable; one {@link
 * #mine(PeatmossWriter)} at a time per database.
 *
 * @param <T> what the listing yields
 */
public final class Miner<T> {
  private final String source;
  private final PagedIterable<T> listing;
  private final PageWriter<T> pageWriter;
  private final long limit;
  private final boolean restart;
  private final MiningListener listener;

  private Miner(Builder<T> b) {
    this.source = b.source;
    this.listing = b.listing;
    this.pageWriter = b.pageWriter;
    this.limit = b.limit;
    this.restart = b.restart;
    this.listener = b.listener;
  }

  /** Writes one page of a listing into the database, inside the page's transaction. */
  @FunctionalInterface
  public interface PageWriter<T> {
    /** Upserts {@code items} through {@code batch}; the checkpoint is written after this, in the same batch. */
    void write(PeatmossWriter.Batch batch, List<T> items);
  }

  /**
   * Returns a builder of a miner of {@code listing}, written page by page by {@code pageWriter}.
   *
   * @param source a stable key of the listing (hub, endpoint, query): a rerun with the same key resumes
   * @throws IllegalArgumentException if {@code source} is blank
   */
  public static <T> Builder<T> builder(
      String source, PagedIterable<T> listing, PageWriter<T> pageWriter) {
    return new Builder<>(source, listing, pageWriter);
  }

  /** Returns a builder of a miner of every model of {@code hub}, each upserted as it is listed. */
  public static Builder<Model> models(String source, ModelHubClient hub) {
    return builder(source, hub.listModels(), (batch, models) -> models.forEach(batch::upsertModel));
  }

  /**
   * Mines into {@code writer}, from the stored checkpoint of this source unless the builder said restart, until
   * the listing ends or the limit is reached. A run that starts from the first page empties the source's work
   * lists and counts ({@link PeatmossWriter.Batch#appendMiningWork}, {@link
   * PeatmossWriter.Batch#addMiningCounts}) in that page's transaction.
   *
   * @throws MiningException when a page cannot be fetched or written; every page before it is committed with
   *     its checkpoint, so rerunning resumes there
   */
  public MiningSummary mine(PeatmossWriter writer) {
    Objects.requireNonNull(writer, "writer == null");
    Optional<MiningCheckpoint> stored =
        restart ? Optional.empty() : writer.miningCheckpoint(source).filter(c -> !c.complete());
    Optional<String> current = stored.flatMap(MiningCheckpoint::next);
    boolean fromFirstPage = current.isEmpty();
    current.ifPresent(token -> listener.resumed(source, token));
    long total = stored.map(MiningCheckpoint::items).orElse(0L);
    long written = 0;
    long pages = 0;
    boolean complete = false;
    Iterator<Page<T>> iterator =
        current.map(listing::byPage).orElseGet(listing::byPage).iterator();
    // A PagedIterable always has a first page, and a page without a continuation token ends the
    // loop below,
    // so every next() here has a page to fetch.
    while (true) {
      Page<T> page;
      try {
        page = iterator.next();
      } catch (PeatmossException e) {
        throw new MiningException(source, written, e);
      }
      List<T> items = page.items();
      boolean truncated = limit > 0 && written + items.size() > limit;
      if (truncated) {
        items = items.subList(0, (int) (limit - written));
      }
      // A truncated page is fetched again on resume (its upserts are idempotent); otherwise resume
      // after it.
      Optional<String> next = truncated ? current : page.continuationToken();
      complete = !truncated && next.isEmpty();
      MiningCheckpoint checkpoint =
          new MiningCheckpoint(source, next, total + items.size(), complete);
      List<T> pageItems = items;
      boolean first = fromFirstPage && pages == 0;
      try {
        writer.write(batch -> {
          if (first) {
            batch.clearMiningState(source);
          }
          pageWriter.write(batch, pageItems);
          batch.saveMiningCheckpoint(checkpoint);
        });
      } catch (PeatmossException e) {
        throw new MiningException(source, written, e);
      }
      total += items.size();
      written += items.size();
      pages++;
      listener.pageWritten(new MiningProgress(source, written, pages, total));
      current = next;
      if (complete || truncated || (limit > 0 && written >= limit)) {
        break;
      }
    }
    return new MiningSummary(source, written, pages, total, complete);
  }

  /** Builds {@link Miner}s; not thread-safe. */
  public static final class Builder<T> {
    private final String source;
    private final PagedIterable<T> listing;
    private final PageWriter<T> pageWriter;
    private long limit;
    private boolean restart;
    private MiningListener listener = new MiningListener() {};

    private Builder(String source, PagedIterable<T> listing, PageWriter<T> pageWriter) {
      Objects.requireNonNull(source, "source == null");
      if (source.isBlank()) {
        throw new IllegalArgumentException("the source key must not be blank");
      }
      this.source = source;
      this.listing = Objects.requireNonNull(listing, "listing == null");
      this.pageWriter = Objects.requireNonNull(pageWriter, "pageWriter == null");
    }

    /**
     * Stops after {@code limit} items of this run (0: no limit); the rest of a cut page is fetched again on resume.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder<T> limit(long limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0: " + limit);
      }
      this.limit = limit;
      return this;
    }

    /** Ignores a stored checkpoint and starts from the first page. */
    public Builder<T> restart(boolean restart) {
      this.restart = restart;
      return this;
    }

    /** Sets who hears about progress. */
    public Builder<T> listener(MiningListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener == null");
      return this;
    }

    /** Builds the miner. */
    public Miner<T> build() {
      return new Miner<>(this);
    }
  }
}
