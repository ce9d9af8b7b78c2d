package io.github.peatmoss.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyses of the report, in report order. Each has a short {@linkplain #option() option name} (for
 * {@code --sections}), a camelCase {@linkplain #key() JSON key}, and the tables it needs: a file without them
 * gets a {@link SkippedSection} saying so.
 */
public enum Section {
  /** PTMs per model hub. */
  HUBS("hubs", "ptmsPerHub", "PTMs per hub", false, "model", "model_hub"),
  /** Snapshotted PTMs per hub and what the snapshots hold. */
  SNAPSHOTS(
      "snapshots",
      "snapshots",
      "Snapshots",
      false,
      "model",
      "hf_commit",
      "discussion",
      "ptm_issue_to_issue",
      "ptm_pull_request_to_pull_request"),
  /** Downstream repositories, links, the most reused PTMs and the distribution of links per PTM. */
  REUSE(
      "reuse",
      "reuse",
      "Reuse: downstream repositories and links",
      false,
      "model_to_reuse_repository",
      "reuse_repository",
      "reuse_file"),
  /** PTMs per domain and task, and repositories per domain of the PTMs they reuse. */
  DOMAINS(
      "domains",
      "domainsAndTasks",
      "PTMs per domain and task",
      true,
      "domain",
      "model_to_domain",
      "model_task",
      "model_to_model_task"),
  /** New PTMs per month (by the oldest commit) and domain. */
  MONTHLY("monthly", "newPtmsPerMonth", "New PTMs per month and domain", false, "hf_commit"),
  /** Documentation completeness per metadata field (the paper's figure 7). */
  DOCUMENTATION(
      "documentation",
      "documentation",
      "Documentation completeness per metadata field",
      true,
      "model_to_domain",
      "model_to_model_task",
      "github_repo",
      "model_to_base_model",
      "evaluation_metric",
      "evaluation_link",
      "demo",
      "model_to_grant",
      "grant",
      "input_format",
      "output_format",
      "parameter_count",
      "model_to_hardware",
      "carbon_emitted",
      "hyper_parameters",
      "limitation_and_bias"),
  /** PTMs per license category and license. */
  LICENSES(
      "licenses",
      "licenseDistribution",
      "License distribution",
      false,
      "license",
      "model_to_license"),
  /** License audit of every model-to-repository link. */
  LICENSE_AUDIT(
      "audit",
      "licenseAudit",
      "License audit of reuse links",
      true,
      "reuse_repository_to_license",
      "model_to_reuse_repository",
      "model_to_license"),
  /** Base-model lineage: the most fine-tuned bases and the depth of fine-tuning chains. */
  LINEAGE("lineage", "lineage", "Base-model lineage", true, "model_to_base_model");

  private final String option;
  private final String key;
  private final String title;
  private final boolean r2;
  private final Set<String> tables;

  Section(String option, String key, String title, boolean r2, String... tables) {
    this.option = option;
    this.key = key;
    this.title = title;
    this.r2 = r2;
    this.tables = Set.copyOf(Arrays.asList(tables));
  }

  /** Returns the short name {@code --sections} takes, e.g. {@code audit}. */
  public String option() {
    return option;
  }

  /** Returns the camelCase key of the section in the report's JSON, e.g. {@code licenseAudit}. */
  public String key() {
    return key;
  }

  /** Returns the heading. */
  public String title() {
    return title;
  }

  /** Returns the tables the section reads. */
  public Set<String> tables() {
    return tables;
  }

  /** Returns which schema generation has those tables: {@code "R1"} (both) or {@code "R2"}. */
  public String schema() {
    return r2 ? "R2" : "R1";
  }

  /**
   * Returns the section with this option name or JSON key (case-insensitive).
   *
   * @throws IllegalArgumentException naming the known sections if there is none
   */
  public static Section parse(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    for (Section s : values()) {
      if (s.option.equals(wanted)
          || s.key.toLowerCase(Locale.ROOT).equals(wanted)
          || s.name().toLowerCase(Locale.ROOT).equals(wanted)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown report section '" + name + "'; choose from "
        + Arrays.stream(values()).map(Section::option).collect(Collectors.joining(", ")));
  }
}
