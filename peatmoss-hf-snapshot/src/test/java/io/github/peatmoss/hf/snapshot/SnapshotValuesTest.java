package io.github.peatmoss.hf.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.peatmoss.core.model.ModelId;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The snapshot values a user builds and reads: each option's bounds (the last valid value and the first
 * invalid one, with the message), a file's blob address and id checks, and a report's totals.
 */
class SnapshotValuesTest {
  private static void refused(UnaryOperator<SnapshotOptions.Builder> options, String message) {
    assertThatThrownBy(() -> options.apply(SnapshotOptions.builder()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  private static SnapshotOptions built(UnaryOperator<SnapshotOptions.Builder> options) {
    return options.apply(SnapshotOptions.builder()).build();
  }

  @Test
  void peatmoss_isMoreThan50DownloadsWithoutFiles() {
    SnapshotOptions options = SnapshotOptions.peatmoss();
    assertThat(options.minDownloads()).isEqualTo(50);
    assertThat(options.isFiles()).isFalse();
    assertThat(options.isFull()).isFalse();
    assertThat(options.maxAttempts()).isEqualTo(3);
    assertThat(options.pageSize()).isEqualTo(1000);
    assertThat(options.byteBudget()).isEmpty();
    assertThat(options.maxModels()).isEmpty();
    assertThat(options.toBuilder().build()).isEqualTo(options);
  }

  @Test
  void minDownloads_zeroIsTheLeast() {
    assertThat(built(b -> b.minDownloads(0)).minDownloads()).isZero();
    refused(b -> b.minDownloads(-1), "minDownloads must be >= 0: -1");
  }

  @Test
  void maxAttempts_isOneToTen() {
    assertThat(built(b -> b.maxAttempts(1)).maxAttempts()).isEqualTo(1);
    assertThat(built(b -> b.maxAttempts(10)).maxAttempts()).isEqualTo(10);
    refused(b -> b.maxAttempts(0), "maxAttempts must be between 1 and 10: 0");
    refused(b -> b.maxAttempts(11), "maxAttempts must be between 1 and 10: 11");
  }

  @Test
  void byteBudget_zeroIsTheLeast() {
    assertThat(built(b -> b.byteBudget(0)).byteBudget()).hasValue(0);
    refused(b -> b.byteBudget(-1), "byteBudget must be >= 0: -1");
  }

  @Test
  void maxModels_oneIsTheLeast() {
    assertThat(built(b -> b.maxModels(1)).maxModels()).hasValue(1);
    refused(b -> b.maxModels(0), "maxModels must be >= 1: 0");
  }

  @Test
  void pageSize_isOneToTheHubsLargestPage() {
    assertThat(built(b -> b.pageSize(1)).pageSize()).isEqualTo(1);
    assertThat(built(b -> b.pageSize(1000)).pageSize()).isEqualTo(1000);
    refused(b -> b.pageSize(0), "pageSize must be between 1 and 1000: 0");
    refused(b -> b.pageSize(1001), "pageSize must be between 1 and 1000: 1001");
  }

  @Test
  void files_needAnOutputDirectory() {
    refused(
        b -> b.files(true), "downloading files needs an output directory; set outputDirectory(..)");
    assertThat(built(b -> b.files(true).outputDirectory(Path.of("out"))).isFiles())
        .isTrue();
    assertThat(built(b -> b.outputDirectory(Path.of("out"))).isFiles()).isFalse();
  }

  private static final String SHA256 = "ab" + "0".repeat(62);
  private static final String OID = "cd" + "1".repeat(38);

  @Test
  void blobKey_isBySha256ForLfsFiles_byGitOidOtherwise_andEmptyWithoutAnId() {
    SnapshotFile lfs =
        SnapshotFile.builder().path("model.bin").gitOid(OID).lfsSha256(SHA256).build();
    assertThat(lfs.isLfs()).isTrue();
    assertThat(lfs.blobKey()).hasValue("sha256/ab/" + SHA256);
    SnapshotFile plain = SnapshotFile.builder().path("config.json").gitOid(OID).build();
    assertThat(plain.isLfs()).isFalse();
    assertThat(plain.blobKey()).hasValue("git-sha1/cd/" + OID);
    assertThat(SnapshotFile.builder().path("x").build().blobKey()).isEmpty();
  }

  @Test
  void fileIds_mustBeLowercaseHexOfTheirLength() {
    assertThatThrownBy(() ->
            SnapshotFile.builder().path("x").lfsSha256(SHA256.substring(1)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("lfsSha256 must be 64 lowercase hex digits: " + SHA256.substring(1));
    assertThatThrownBy(
            () -> SnapshotFile.builder().path("x").gitOid(OID.toUpperCase()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("gitOid must be 40 lowercase hex digits: " + OID.toUpperCase());
    for (String bad : new String[] {"g", "/", ":", "`", "G"}) {
      assertThatThrownBy(() ->
              SnapshotFile.builder().path("x").gitOid(bad + OID.substring(1)).build())
          .as(bad)
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(SnapshotFile.builder()
            .path("x")
            .gitOid("09af" + "0".repeat(36))
            .build()
            .gitOid())
        .isPresent();
    assertThatThrownBy(() -> SnapshotFile.builder().path("x").size(-1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("size must be >= 0: -1");
    assertThat(SnapshotFile.builder().path("x").size(0).build().size()).hasValue(0);
  }

  @Test
  void report_sumsItsModels_andCountsOutcomes() {
    ModelSnapshot a = ModelSnapshot.builder()
        .model(ModelId.of("acme/a"))
        .outcome(ModelSnapshot.Outcome.NEW)
        .commitsAdded(3)
        .discussionsWritten(2)
        .filesDownloaded(4)
        .filesOverBudget(1)
        .filesRefused(5)
        .bytesDownloaded(100)
        .build();
    ModelSnapshot b = ModelSnapshot.builder()
        .model(ModelId.of("acme/b"))
        .outcome(ModelSnapshot.Outcome.UNCHANGED)
        .commitsAdded(10)
        .discussionsWritten(20)
        .filesDownloaded(40)
        .filesOverBudget(10)
        .filesRefused(50)
        .bytesDownloaded(1000)
        .build();
    SnapshotReport report = SnapshotReport.builder().addModels(a, b).build();
    assertThat(report.commitsAdded()).isEqualTo(13);
    assertThat(report.discussionsWritten()).isEqualTo(22);
    assertThat(report.filesDownloaded()).isEqualTo(44);
    assertThat(report.filesOverBudget()).isEqualTo(11);
    assertThat(report.filesRefused()).isEqualTo(55);
    assertThat(report.bytesDownloaded()).isEqualTo(1100);
    assertThat(report.count(ModelSnapshot.Outcome.NEW)).isEqualTo(1);
    assertThat(report.count(ModelSnapshot.Outcome.UNCHANGED)).isEqualTo(1);
    assertThat(report.count(ModelSnapshot.Outcome.FAILED)).isZero();
    assertThat(report.hasFailures()).isFalse();
    SnapshotReport failed = SnapshotReport.builder()
        .addModels(
            a,
            ModelSnapshot.builder()
                .model(ModelId.of("acme/c"))
                .outcome(ModelSnapshot.Outcome.FAILED)
                .build())
        .build();
    assertThat(failed.hasFailures()).isTrue();
    assertThat(failed.count(ModelSnapshot.Outcome.FAILED)).isEqualTo(1);
  }
}
