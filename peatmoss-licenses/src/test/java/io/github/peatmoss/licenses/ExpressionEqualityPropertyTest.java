package io.github.peatmoss.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.peatmoss.licenses.CompoundExpression.Operator;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Equality of expressions both ways: equal exactly when their canonical texts are equal ignoring case (ids are
 * canonical, the variable parts of refs are case-insensitive), with equal hash codes when equal.
 */
class ExpressionEqualityPropertyTest {

  @Provide
  Arbitrary<LicenseExpression> trees() {
    return LicenseExpressionArbitraries.trees();
  }

  @Provide
  Arbitrary<LicenseExpression> leaves() {
    return LicenseExpressionArbitraries.leaves();
  }

  private static String key(LicenseExpression e) {
    return e.toString().toLowerCase(Locale.ROOT);
  }

  @Property(tries = 200)
  void trees_areEqualExactlyWhenTheirTextsAre(
      @ForAll("trees") LicenseExpression a, @ForAll("trees") LicenseExpression b) {
    assertThat(a.equals(b)).isEqualTo(key(a).equals(key(b)));
    if (a.equals(b)) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Property(tries = 200)
  void leaves_areEqualExactlyWhenTheirTextsAre(
      @ForAll("leaves") LicenseExpression a, @ForAll("leaves") LicenseExpression b) {
    assertThat(a.equals(b)).isEqualTo(key(a).equals(key(b)));
    assertThat(a.equals(LicenseExpression.parse(b.toString()))).isEqualTo(key(a).equals(key(b)));
  }

  @Property(tries = 200)
  void reparsedTree_isEqualAndHashesAlike_butNotEqualToItsText(
      @ForAll("trees") LicenseExpression tree) {
    LicenseExpression again = LicenseExpression.parse(tree.toString());
    assertThat(again).isEqualTo(tree).hasSameHashCodeAs(tree).isNotEqualTo(tree.toString());
  }

  @Test
  void listedLicenses_differingInIdOrPlus_areNotEqual() {
    ListedLicense mit = ListedLicense.of("MIT");
    assertThat(mit).isEqualTo(ListedLicense.of("mit")).hasSameHashCodeAs(ListedLicense.of("mit"));
    assertThat(mit).isNotEqualTo(ListedLicense.of("ISC")).isNotEqualTo(mit.orLater());
    assertThat(mit.hashCode()).isNotEqualTo(mit.orLater().hashCode());
    assertThat(ListedLicense.of("GPL-2.0+"))
        .isEqualTo(ListedLicense.of("GPL-2.0").orLater());
    assertThat(ListedLicense.of("GPL-2.0+").isOrLater()).isTrue();
    assertThat(ListedLicense.of("GPL-2.0+").id()).isEqualTo("GPL-2.0");
    assertThat(mit.isOrLater()).isFalse();
    assertThat(mit.entry().id()).isEqualTo("MIT");
  }

  @Test
  void licenseRefs_compareTheirPartsIgnoringCase_andNeedTheSameDocument() {
    LicenseRef ref = LicenseRef.of("doc", "Name");
    assertThat(ref)
        .isEqualTo(LicenseRef.of("DOC", "name"))
        .hasSameHashCodeAs(LicenseRef.of("DOC", "name"));
    assertThat(ref).isNotEqualTo(LicenseRef.of("Name"));
    assertThat(LicenseRef.of("Name")).isNotEqualTo(ref);
    assertThat(ref).isNotEqualTo(LicenseRef.of("other", "Name"));
    assertThat(ref).isNotEqualTo(LicenseRef.of("doc", "Name2"));
    assertThat(ref).hasToString("DocumentRef-doc:LicenseRef-Name");
    assertThat(ref.documentRef()).contains("doc");
    assertThat(ref.name()).isEqualTo("Name");
  }

  @Test
  void withAndCompoundExpressions_differingInAnyPart_areNotEqual() {
    ListedLicense gpl = ListedLicense.of("GPL-2.0-only");
    Addition classpath = Addition.exception("Classpath-exception-2.0");
    WithExpression with = WithExpression.of(gpl, classpath);
    assertThat(with).isEqualTo(WithExpression.of(ListedLicense.of("gpl-2.0-only"), classpath));
    assertThat(with).isNotEqualTo(WithExpression.of(ListedLicense.of("GPL-3.0-only"), classpath));
    assertThat(with).isNotEqualTo(WithExpression.of(gpl, Addition.exception("LLVM-exception")));
    assertThat(with).isNotEqualTo(gpl);
    assertThat(Addition.additionRef("x"))
        .isEqualTo(Addition.additionRef("X"))
        .isNotEqualTo(classpath);
    assertThat(Addition.additionRef("x").isRef()).isTrue();
    assertThat(classpath.isRef()).isFalse();

    ListedLicense mit = ListedLicense.of("MIT");
    ListedLicense isc = ListedLicense.of("ISC");
    CompoundExpression and = CompoundExpression.of(Operator.AND, List.of(mit, isc));
    assertThat(and).isEqualTo(CompoundExpression.of(Operator.AND, List.of(mit, isc)));
    assertThat(and).isNotEqualTo(CompoundExpression.of(Operator.OR, List.of(mit, isc)));
    assertThat(and).isNotEqualTo(CompoundExpression.of(Operator.AND, List.of(isc, mit)));
    assertThat(and).isNotEqualTo(CompoundExpression.of(Operator.AND, List.of(mit, isc, gpl)));
    assertThat(and.hashCode())
        .isNotEqualTo(CompoundExpression.of(Operator.OR, List.of(mit, isc)).hashCode());
  }

  @Test
  void compound_flattensOnlyTheSameOperator_andParenthesisesOrInsideAnd() {
    ListedLicense mit = ListedLicense.of("MIT");
    ListedLicense isc = ListedLicense.of("ISC");
    ListedLicense zero = ListedLicense.of("0BSD");
    CompoundExpression or = CompoundExpression.of(Operator.OR, List.of(isc, zero));
    CompoundExpression and = CompoundExpression.of(Operator.AND, List.of(mit, or));
    assertThat(and.operands()).hasSize(2);
    assertThat(and).hasToString("MIT AND (ISC OR 0BSD)");
    CompoundExpression orOfAnd = CompoundExpression.of(
        Operator.OR, List.of(CompoundExpression.of(Operator.AND, List.of(mit, isc)), zero));
    assertThat(orOfAnd).hasToString("MIT AND ISC OR 0BSD");
    assertThat(CompoundExpression.of(Operator.OR, List.of(mit, or)).operands())
        .containsExactly(mit, isc, zero);
  }
}
