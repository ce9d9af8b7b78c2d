package io.github.peatmoss.hf;

/** The orders the Hub sorts listings by; every order is descending. */
public enum HfSort {
  /** Newest first. */
  CREATED_AT("createdAt"),
  /** Most downloaded in the last 30 days first. */
  DOWNLOADS("downloads"),
  /** Most recently changed first. */
  LAST_MODIFIED("lastModified"),
  /** Most liked first. */
  LIKES("likes"),
  /** Trending first. */
  TRENDING_SCORE("trendingScore");

  private final String wireName;

  HfSort(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the value of the {@code sort} query parameter. */
  public String wireName() {
    return wireName;
  }
}
