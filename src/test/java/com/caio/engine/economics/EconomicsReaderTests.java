package com.caio.engine.economics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import com.caio.engine.economics.model.EngagementEconomics;
import com.caio.engine.common.BadInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading economics input: defaults with their sources, and refusals naming the field.
 */
class EconomicsReaderTests {

	@Test
	void aFigureLeftOutTakesItsPublishedDefaultWithItsSource() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fullTime")).remove("loadingFactor");
		((ObjectNode) tree.get("avoidedWaste")).remove("failureProbability");
		EngagementEconomics e = EconomicsFixtures.read(tree);
		assertThat(e.fullTime().loadingFactor().value()).isEqualTo(1.42);
		assertThat(e.fullTime().loadingFactor().defaulted()).isTrue();
		assertThat(e.fullTime().loadingFactor().source()).contains("BLS", "70.5%");
		assertThat(e.waste().failureProbability().value()).isEqualTo(0.80);
		assertThat(e.waste().failureProbability().source()).contains("RAND");
	}

	@Test
	void aBareNumberIsReadWithoutASource() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fullTime")).put("baseSalary", 350000);
		EngagementEconomics e = EconomicsFixtures.read(tree);
		assertThat(e.fullTime().baseSalary().value()).isEqualTo(350000);
		assertThat(e.fullTime().baseSalary().source()).isNull();
	}

	@ParameterizedTest(name = "{0}.{1} = {2} is refused at {3}")
	@CsvSource(delimiter = '|',
			value = { "fullTime|baseSalary|-1|fullTime.baseSalary.value|out of range",
					"fullTime|loadingFactor|0.9|fullTime.loadingFactor.value|from 1 to 3",
					"fractional|commitmentDiscount|1.5|fractional.commitmentDiscount.value|out of range",
					"fractional|hoursPerMonth|lots|fractional.hoursPerMonth.value|is not a number" })
	void aBadFigureIsRefusedWithItsFieldPath(String section, String field, String value, String where, String message) {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get(section).get(field)).put("value", value.matches("-?[\\d.]+") ? null : value);
		if (value.matches("-?[\\d.]+")) {
			((ObjectNode) tree.get(section).get(field)).put("value", Double.parseDouble(value));
		}
		assertThatThrownBy(() -> EconomicsFixtures.read(tree)).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo(where))
			.hasMessageContaining(message);
	}

	@Test
	void aMissingRequiredFigureAnUnknownFieldAndAWrongFeeModelAreRefused() {
		ObjectNode tree = EconomicsFixtures.tree();
		((ObjectNode) tree.get("fullTime")).remove("expectedTenureMonths");
		refused(tree, "fullTime.expectedTenureMonths", "missing");
		ObjectNode unknown = EconomicsFixtures.tree();
		((ObjectNode) unknown.get("fullTime")).put("salary", 1);
		refused(unknown, "fullTime.salary", "accepted here");
		ObjectNode model = EconomicsFixtures.tree();
		((ObjectNode) model.get("fractional")).put("feeModel", "hourly");
		refused(model, "fractional.feeModel", "retainer, day-rate");
		ObjectNode date = EconomicsFixtures.tree();
		((ObjectNode) date.get("proposal")).put("startDate", "next Monday");
		refused(date, "proposal.startDate", "YYYY-MM-DD");
	}

	@Test
	void brokenYamlIsRefusedWithItsLineAndColumn() {
		byte[] broken = "currency: USD\nfractional: [\n".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> new EconomicsReader().read(broken, "e.yaml")).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).startsWith("e.yaml:"));
	}

	private static void refused(ObjectNode tree, String where, String message) {
		assertThatThrownBy(() -> EconomicsFixtures.read(tree)).isInstanceOf(BadInputException.class)
			.satisfies(ex -> assertThat(((BadInputException) ex).where()).isEqualTo(where))
			.hasMessageContaining(message);
	}

}
