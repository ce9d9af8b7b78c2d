package io.github.peatmoss.dataset;

/**
 * Where a {@link Miner} run stands after a committed page.
 *
 * @param source the listing's key
 * @param items items written by this run
 * @param pages pages written by this run
 * @param totalItems items written by every run of this source since it started from the first page
 */
public record MiningProgress(String source, long items, long pages, long totalItems) {}
