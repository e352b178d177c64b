package com.example.shop;

import static dev.journeykit.assertj.JourneyAssertions.assertThat;

import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShopJourneyTest {

    @Test
    void the_first_order_stays_short_and_linear() throws Exception {
        JourneyMap map = JourneyDsl.parse(Path.of("src/main/journeys/shop.journey"));

        assertThat(map).stage("buy").hasTouchpointVia("web").hasAtMostSteps(3);
        assertThat(map).persona("sam").path("First order").isLinear();
        assertThat(map).hasNoFindingsAtOrAbove(Severity.ERROR)
                .hasFinding("coverage.no-help").on("buy");
    }
}
