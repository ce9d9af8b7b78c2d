package io.github.peatmoss.licenses;

/** What a reusing project must do so that reusing a licensed component stays compliant. */
public enum Obligation {
  /** Keep copyright and license notices and credit the authors. */
  ATTRIBUTION("keep copyright and license notices and credit the authors"),
  /** Distribute the combined work's source under the same (or a compatible) copyleft license. */
  DISCLOSE_SOURCE("distribute the combined work's source under the copyleft license"),
  /** Also offer the source to users who interact with the software over a network (AGPL section 13). */
  NETWORK_SOURCE("offer the source to users who interact with it over a network"),
  /** Keep the component under its own license and publish changes made to it (file- or library-level copyleft). */
  COMPONENT_COPYLEFT("keep the component under its own license and publish changes made to it"),
  /** License adapted material under the same or a compatible share-alike license. */
  SHARE_ALIKE("license adapted material under the same or a compatible share-alike license"),
  /** Pass the use-based restrictions on as an enforceable provision in the terms given to every downstream user. */
  PASS_DOWN_USE_RESTRICTIONS(
      "include the use-based restrictions as an enforceable provision in the terms given to downstream users"),
  /** Meta Llama terms: attribution display, naming, acceptable use policy, separate licence above 700 M users. */
  LLAMA_TERMS(
      "follow the Llama terms: 'Built with Llama' display, model names starting with 'Llama', the acceptable"
          + " use policy, and a separate licence from Meta above 700 million monthly active users"),
  /** Do not use the model or its outputs to train or improve other (large language) models. */
  NO_TRAINING_OTHER_MODELS("do not use the model or its outputs to train or improve other models"),
  /** No commercial use (including research-only terms). */
  NON_COMMERCIAL("no commercial use"),
  /** Adapted material (fine-tuned or modified weights) may not be shared. */
  NO_DERIVATIVES("do not share adapted material such as fine-tuned or modified weights"),
  /** An external matrix asks to check how the parts are combined (OSADL "Check dependency"). */
  CHECK_COMBINATION("check how the parts are combined (linking, separate works or inclusion)");

  private final String description;

  Obligation(String description) {
    this.description = description;
  }

  /** Returns a one-line description of what to do. */
  public String description() {
    return description;
  }
}
