package io.github.peatmoss.llm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parameter counts and CO2 amounts as cards state them: every multiplier, separator and boundary. */
class QuantitiesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1000|1000",
        "124,439,808|124439808",
        "~ 7B|7000000000",
        "1.3 billion|1300000000",
        "2 billions|2000000000",
        "3bn|3000000000",
        "110M|110000000",
        "110 mn|110000000",
        "5 mil|5000000",
        "6 million parameters|6000000",
        "2 millions|2000000",
        "12k|12000",
        "4 thousand params|4000",
        "1T|1000000000000",
        "2 tn|2000000000000",
        "1.5 trillion|1500000000000",
        "  66M param  |66000000",
        "7\u00A0B|7000000000"
      })
  void parameterCount_readsEveryMultiplier(String text, long expected) {
    assertThat(Quantities.parameterCount(text)).hasValue(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "999", // a bare number below 1000 is a hyper-parameter, not a model size
        "12 parameters",
        "0 B",
        "0",
        "1,5 B", // a decimal comma is not read
        "12,34",
        "about 7B",
        "7 gigabytes",
        "9300000000000000000",
        "10000000T"
      })
  void parameterCount_rejectsWhatIsNotAModelSize(String text) {
    assertThat(Quantities.parameterCount(text)).isEmpty();
  }

  @Test
  void parameterCount_atTheBoundaries() {
    assertThat(Quantities.parameterCount("1k")).hasValue(1_000);
    assertThat(Quantities.parameterCount("0.5k")).hasValue(500);
    assertThat(Quantities.parameterCount(String.valueOf(Long.MAX_VALUE))).hasValue(Long.MAX_VALUE);
    assertThat(Quantities.parameterCount("9223372036854775808")).isEmpty();
  }

  /** A count written with thousands separators reads the same as its plain digits. */
  @Property
  void parameterCount_separatorsChangeNothing(
      @ForAll @LongRange(min = 1_000, max = 999_999_999_999L) long n) {
    assertThat(Quantities.parameterCount(String.format(Locale.ROOT, "%,d", n)))
        .isEqualTo(Quantities.parameterCount(Long.toString(n)))
        .isEqualTo(OptionalLong.of(n));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "149.2 kg eq. CO2|g|149200",
        "2 kilograms|g|2000",
        "1 kilogram|g|1000",
        "0.53 g|kg|0.53",
        "3 grams|kg|3",
        "1.2 tonnes|g|1200000",
        "2 tons|g|2000000",
        "1 metric ton|g|1000000",
        "1 t|g|1000000",
        "1 lb|g|453.59237",
        "2 pounds|g|907.18474",
        "5|kg|5000",
        "5|g|5",
        "1,234.5 kg|g|1234500",
        "0,5 kg|g|500",
        "1.5e3 g|kg|1500",
        "emitted: 7 KG|g|7000"
      })
  void carbonGrams_readsEveryUnit(String text, String defaultUnit, double grams) {
    OptionalDouble parsed = Quantities.carbonGrams(text, defaultUnit);
    assertThat(parsed).isPresent();
    assertThat(parsed.getAsDouble()).isCloseTo(grams, offset(1e-6));
  }

  @Test
  void carbonGrams_withoutANumber_isEmpty() {
    assertThat(Quantities.carbonGrams("not reported", "g")).isEmpty();
    assertThat(Quantities.carbonGrams("1,2,3 kg", "g")).isEmpty();
  }
}
