package io.github.peatmoss.dataset;

import java.util.Optional;

/**
 * The stored position of a mining source, one row of {@code peatmoss_mining_checkpoint}, written in the same
 * transaction as the page it follows.
 *
 * @param source the listing's key
 * @param next the continuation token of the next page to fetch; empty to start from the first page
 * @param items items written since the listing started from its first page
 * @param complete whether the last page is written
 */
record MiningCheckpoint(String source, Optional<String> next, long items, boolean complete) {}
