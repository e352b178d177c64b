package dev.journeykit.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void a_missing_part_is_named_with_the_findings_code() {
        assertThatThrownBy(() -> new Finding("x.code", null, "m", List.of(), Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("finding 'x.code': severity must not be null");
        assertThatThrownBy(() -> new Finding("x.code", Severity.INFO, null, List.of(), Optional.empty()))
                .hasMessage("finding 'x.code': message must not be null");
        assertThatThrownBy(() -> new Finding("x.code", Severity.INFO, "m", null, Optional.empty()))
                .hasMessage("finding 'x.code': subjects must not be null");
        assertThatThrownBy(() -> new Finding("x.code", Severity.INFO, "m", Arrays.asList("a", null), Optional.empty()))
                .hasMessage("finding 'x.code': subjects[1] must not be null");
        assertThatThrownBy(() -> new Finding("x.code", Severity.INFO, "m", List.of(), null))
                .hasMessage("finding 'x.code': location must not be null");
        assertThatThrownBy(() -> new Finding(null, Severity.INFO, "m", List.of(), Optional.empty()))
                .hasMessage("code must not be null");
    }

    @Test
    void subjects_are_copied() {
        List<String> subjects = new ArrayList<>(List.of("a"));
        Finding finding = new Finding("x.code", Severity.INFO, "m", subjects, Optional.empty());
        subjects.add("b");
        assertThat(finding.subjects()).containsExactly("a");
    }
}
