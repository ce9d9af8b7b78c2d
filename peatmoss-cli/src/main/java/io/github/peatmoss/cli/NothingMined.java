package io.github.peatmoss.cli;

import io.github.peatmoss.core.exception.PeatmossException;
import io.github.peatmoss.dataset.MiningException;
import io.github.peatmoss.dataset.MiningSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A mining run whose first page failed: nothing was written and no checkpoint existed, so there is nothing to
 * resume from. The database file the run created for it is removed rather than left behind empty.
 */
final class NothingMined extends PeatmossException {
  private static final long serialVersionUID = 1L;

  private NothingMined(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Runs a mining command's {@code mining} into {@code db} and finishes {@code progress} either way; a failure
   * becomes what {@link #of} returns for it.
   */
  static MiningSummary run(
      Path db, MiningProgressPrinter progress, Supplier<MiningSummary> mining) {
    boolean existed = Files.exists(db);
    try {
      return mining.get();
    } catch (MiningException e) {
      throw of(e, db, existed, progress.resumed());
    } finally {
      progress.finish();
    }
  }

  /**
   * Returns what to throw for {@code e}: {@code e} itself when the run wrote pages or resumed from a checkpoint (its
   * message then rightly says to rerun to resume), else a {@code NothingMined} after removing {@code db} if the run
   * created it ({@code existed} says whether it was there before).
   */
  private static PeatmossException of(
      MiningException e, Path db, boolean existed, boolean resumed) {
    if (e.itemsWritten() > 0 || resumed) {
      return e;
    }
    String what = existed ? db + " is unchanged" : removeCreated(db);
    String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
    return new NothingMined(
        cause + " (nothing was mined, " + what + "; rerun the command once that is fixed)", e);
  }

  private static String removeCreated(Path db) {
    try {
      for (String suffix : new String[] {"-wal", "-shm", "-journal", ""}) {
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
      }
      return "so " + db + " was not kept";
    } catch (IOException e) {
      return "and the empty " + db + " could not be removed (" + e.getMessage() + ")";
    }
  }
}
