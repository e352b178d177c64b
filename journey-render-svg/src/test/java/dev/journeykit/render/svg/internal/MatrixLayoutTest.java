package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.render.svg.SampleMaps;
import dev.journeykit.render.svg.Theme;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The MATRIX layout computed without any SVG. */
class MatrixLayoutTest {

    private static final Settings SETTINGS = new Settings(Theme.LIGHT, Optional.empty(), List.of(), "jk", 3);

    @Test
    void rows_stack_below_the_heads_and_cells_sit_in_their_stage_columns() {
        JourneyMap map = SampleMaps.pillowcase();
        MatrixLayout layout = MatrixLayout.of(map, SETTINGS, 100);
        assertThat(layout.columns()).extracting(c -> c.stage().id())
                .containsExactly("awareness", "consideration", "decision", "loyalty");
        assertThat(layout.columns()).extracting(MatrixLayout.Column::x).containsExactly(194.0, 344.0, 494.0, 644.0);
        double y = 100 + layout.headH();
        for (MatrixLayout.Row row : layout.rows()) {
            assertThat(row.y()).isEqualTo(y);
            assertThat(row.cells()).extracting(MatrixLayout.Cell::x).containsExactly(194.0, 344.0, 494.0, 644.0);
            y += row.h();
        }
        assertThat(layout.keyY()).isEqualTo(y + 14);
    }

    @Test
    void gap_cells_are_the_preferred_channels_of_core_gaps() {
        MatrixLayout layout = MatrixLayout.of(SampleMaps.pillowcase(), SETTINGS, 0);
        List<String> gaps = layout.rows().stream().flatMap(r -> r.cells().stream().filter(MatrixLayout.Cell::isGap)
                .map(c -> r.channel().id() + "/" + c.stage().id() + ": "
                        + c.gap().stream().map(Persona::id).toList())).toList();
        assertThat(gaps).containsExactly("live-chat/awareness: [amber]", "sms/awareness: [amber]",
                "phone/awareness: [bo]", "phone/consideration: [bo]", "phone/decision: [bo]");
        assertThat(layout.gaps()).isEqualTo(5);
    }
}
