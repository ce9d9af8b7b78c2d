package io.github.peatmoss.hf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Scalars and lists read from card YAML and API JSON, and the option checks at their boundaries. */
class ValuesAndOptionsTest {
  @Test
  void scalar_formatsNumbersAsWritten_andDropsBlanksAndStructures() {
    assertThat(Values.scalar(" text ")).hasValue("text");
    assertThat(Values.scalar("  ")).isEmpty();
    assertThat(Values.scalar(1.50)).hasValue("1.5");
    assertThat(Values.scalar(2.0f)).hasValue("2");
    assertThat(Values.scalar(1e21)).hasValue("1000000000000000000000");
    assertThat(Values.scalar(Double.NaN)).hasValue("NaN");
    assertThat(Values.scalar(Double.POSITIVE_INFINITY)).hasValue("Infinity");
    assertThat(Values.scalar(42L)).hasValue("42");
    assertThat(Values.scalar(true)).hasValue("true");
    assertThat(Values.scalar(List.of("a"))).isEmpty();
    assertThat(Values.scalar(null)).isEmpty();
  }

  @Test
  void strings_flattenNestedLists_deduplicate_andStopBelowEightLevels() {
    assertThat(Values.strings(List.of("a", List.of("b", "a"), 3, Map.of("k", "v"))))
        .containsExactly("a", "b", "3");
    assertThat(Values.strings("solo")).containsExactly("solo");
    assertThat(Values.strings(null)).isEmpty();
    assertThat(Values.strings(nested("eight", 8))).containsExactly("eight");
    assertThat(Values.strings(nested("nine", 9))).isEmpty();
  }

  private static Object nested(String leaf, int depth) {
    Object value = leaf;
    for (int i = 0; i < depth; i++) {
      value = List.of(value);
    }
    return value;
  }

  @Test
  void string_mapAndList_toleratewrongShapes() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("k", " v ");
    assertThat(Values.string(map, "k")).hasValue("v");
    assertThat(Values.string(map, "missing")).isEmpty();
    assertThat(Values.string(null, "k")).isEmpty();
    assertThat(Values.map(map)).isSameAs(map);
    assertThat(Values.map("not a map")).isEmpty();
    assertThat(Values.list(null)).isEmpty();
    assertThat(Values.list("one")).containsExactly("one");
    List<Object> withNull = new ArrayList<>();
    withNull.add("a");
    withNull.add(null);
    assertThat(Values.list(withNull)).containsExactly("a", null);
  }

  @Test
  void fromJson_keepsTypes_dropsNulls_andKeepsHugeIntegersAsText() throws Exception {
    Object value = Values.fromJson(new ObjectMapper()
        .readTree("{\"a\":1,\"b\":1.5,\"c\":true,\"d\":null,\"e\":[1,null,\"x\"],"
            + "\"f\":123456789012345678901234567890,\"g\":\"s\"}"));
    assertThat(value)
        .isEqualTo(Map.of(
            "a",
            1L,
            "b",
            1.5,
            "c",
            true,
            "e",
            List.of(1L, "x"),
            "f",
            "123456789012345678901234567890",
            "g",
            "s"));
    assertThat(Values.fromJson(null)).isNull();
    assertThat(Values.fromJson(new ObjectMapper().readTree("null"))).isNull();
  }

  @Test
  void limits_startAtOne() {
    assertThat(ListModelsOptions.builder().limit(1).build().limit()).hasValue(1);
    assertThatThrownBy(() -> ListModelsOptions.builder().limit(0).build())
        .hasMessage("limit must be >= 1: 0");
    assertThat(ListDatasetsOptions.builder().limit(1).build().limit()).isEqualTo(OptionalInt.of(1));
    assertThatThrownBy(() -> ListDatasetsOptions.builder().limit(0).build())
        .hasMessage("limit must be >= 1: 0");
  }

  @Test
  void expand_cannotBeCombinedWithFullCardDataOrConfig() {
    for (ListModelsOptions.Builder b : List.of(
        ListModelsOptions.builder().full(true),
        ListModelsOptions.builder().cardData(true),
        ListModelsOptions.builder().config(true))) {
      assertThatThrownBy(() -> b.addExpands(HfModelExpand.AUTHOR).build())
          .hasMessageContaining("expand cannot be combined with full, cardData or config");
    }
    assertThat(ListModelsOptions.builder()
            .full(true)
            .cardData(true)
            .config(true)
            .build()
            .isFull())
        .isTrue();
    assertThat(ListModelsOptions.defaults().isFull()).isFalse();
    assertThat(ListModelsOptions.defaults().isCardData()).isFalse();
    assertThat(ListModelsOptions.defaults().isConfig()).isFalse();
    assertThat(ListModelsOptions.peatmoss().sort()).hasValue(HfSort.DOWNLOADS);
    assertThat(ListModelsOptions.peatmoss().toBuilder().build())
        .isEqualTo(ListModelsOptions.peatmoss());
  }

  @Test
  void modelInfoOptions_rejectBlobsWithExpand_andABlankRevision() {
    assertThatThrownBy(() ->
            ModelInfoOptions.builder().blobs(true).addExpands(HfModelExpand.SHA).build())
        .hasMessageContaining("blobs cannot be combined with expand");
    assertThatThrownBy(() -> ModelInfoOptions.builder().revision(" ").build())
        .hasMessage("revision must not be blank");
    assertThat(ModelInfoOptions.builder().revision("main").build().revision())
        .isEqualTo(Optional.of("main"));
  }
}
