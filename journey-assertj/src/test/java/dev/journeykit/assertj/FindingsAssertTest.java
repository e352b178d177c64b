package dev.journeykit.assertj;

import static dev.journeykit.assertj.Fixtures.at;
import static dev.journeykit.assertj.Fixtures.shop;
import static dev.journeykit.assertj.JourneyAssertions.assertThat;
import static dev.journeykit.assertj.JourneyAssertions.assertThatThrownBy;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The finding checks of maps and reports. Most tests analyze with a scripted analyzer, so the
 * findings (and the exact messages) do not move when the catalog's analyzers change their words.
 */
class FindingsAssertTest {

    static final Finding NO_FEEDBACK_AWARENESS = new Finding("coverage.no-feedback", Severity.INFO,
            "stage 'awareness' collects no feedback", List.of("awareness"), Optional.of(at(10, 5)));
    static final Finding NO_FEEDBACK_DECISION = new Finding("coverage.no-feedback", Severity.INFO,
            "stage 'decision' collects no feedback", List.of("decision"), Optional.of(at(20, 5)));
    static final Finding PREFERRED_CHANNEL = new Finding("coverage.preferred-channel", Severity.WARNING,
            "persona 'amber' is offered none of its preferred channels in stage 'awareness'",
            List.of("amber", "awareness"), Optional.of(at(10, 5)));
    static final Finding NO_OWNER = new Finding("team.no-owner", Severity.INFO,
            "touchpoint 'faq' has no owner: 100% of touchpoints need one", List.of("faq"), Optional.empty());

    static final String PREFERRED_CHANNEL_LINE = "  - shop.journey:10:5: warning coverage.preferred-channel"
            + " on [\"amber\", \"awareness\"]: persona 'amber' is offered none of its preferred channels in stage 'awareness'";
    static final String AWARENESS_LINE = "  - shop.journey:10:5: info coverage.no-feedback on [\"awareness\"]:"
            + " stage 'awareness' collects no feedback";
    static final String DECISION_LINE = "  - shop.journey:20:5: info coverage.no-feedback on [\"decision\"]:"
            + " stage 'decision' collects no feedback";
    static final String NO_OWNER_LINE = "  - info team.no-owner on [\"faq\"]: touchpoint 'faq' has no owner:"
            + " 100% of touchpoints need one";

    /** An analyzer that finds exactly {@code findings}, in any map. */
    static Analyzers finding(Finding... findings) {
        return Analyzers.of((map, options) -> List.of(findings));
    }

    static Analyzers allFour() {
        return finding(NO_OWNER, NO_FEEDBACK_DECISION, NO_FEEDBACK_AWARENESS, PREFERRED_CHANNEL);
    }

    @Test
    void passes_no_findings_when_the_analysis_finds_nothing() {
        assertThat(shop()).analyzedWith(finding()).hasNoFindings().hasNoFindingsAtOrAbove(Severity.INFO);
    }

    @Test
    void fails_no_findings_listing_each_with_place_severity_code_subjects_and_message_in_report_order() {
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour()).hasNoFindings())
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have no findings\n"
                        + "but it has 4 findings:\n"
                        + PREFERRED_CHANNEL_LINE + "\n" + AWARENESS_LINE + "\n" + DECISION_LINE + "\n" + NO_OWNER_LINE);
    }

    @Test
    void fails_a_severity_gate_listing_only_the_findings_at_or_above_it() {
        assertThat(shop()).analyzedWith(allFour()).hasNoFindingsAtOrAbove(Severity.ERROR);
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour()).hasNoFindingsAtOrAbove(Severity.WARNING))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have no findings"
                        + " at or above warning\n"
                        + "but it has 1 finding:\n" + PREFERRED_CHANNEL_LINE);
    }

    @Test
    void analyzes_with_the_options_given_overriding_severities_and_switching_codes_off() {
        AnalysisOptions strict = AnalysisOptions.builder().severity("coverage.no-feedback", Severity.ERROR).build();
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour()).analyzedWith(strict)
                .hasNoFindingsAtOrAbove(Severity.ERROR))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have no findings"
                        + " at or above error\n"
                        + "but it has 2 findings:\n"
                        + AWARENESS_LINE.replace("info", "error") + "\n" + DECISION_LINE.replace("info", "error"));

        AnalysisOptions lenient = AnalysisOptions.builder().disable("coverage.preferred-channel").build();
        assertThat(shop()).analyzedWith(allFour()).analyzedWith(lenient).hasNoFindingsAtOrAbove(Severity.WARNING);
    }

    @Test
    void passes_has_finding_on_the_subject_it_is_about() {
        assertThat(shop()).analyzedWith(allFour())
                .hasFinding("coverage.no-feedback").on("awareness").withSeverity(Severity.INFO)
                .withMessageContaining("collects no feedback");
        assertThat(shop()).analyzedWith(allFour()).hasFinding("coverage.preferred-channel").on("amber").on("awareness");
    }

    @Test
    void fails_has_finding_on_another_subject_listing_the_findings_of_the_code() {
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour())
                .hasFinding("coverage.no-feedback").on("consideration"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have"
                        + " a finding coverage.no-feedback on \"consideration\"\n"
                        + "but it only has:\n" + AWARENESS_LINE + "\n" + DECISION_LINE);
    }

    @Test
    void fails_a_narrowing_by_severity_or_message_naming_every_condition() {
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour())
                .hasFinding("coverage.no-feedback").on("decision").withSeverity(Severity.WARNING))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have"
                        + " a finding coverage.no-feedback on \"decision\" with severity warning\n"
                        + "but it only has:\n" + DECISION_LINE);
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour())
                .hasFinding("team.no-owner").withMessageContaining("50%"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have"
                        + " a finding team.no-owner with a message containing \"50%\"\n"
                        + "but it only has:\n" + NO_OWNER_LINE);
    }

    @Test
    void fails_has_finding_of_a_code_not_found_listing_all_findings() {
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour()).hasFinding("coverage.no-help"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a finding coverage.no-help\n"
                        + "but its findings are:\n"
                        + PREFERRED_CHANNEL_LINE + "\n" + AWARENESS_LINE + "\n" + DECISION_LINE + "\n" + NO_OWNER_LINE);
    }

    @Test
    void suggests_the_nearest_catalog_code_for_a_misspelt_one() {
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(finding()).hasFinding("coverage.no-feedbak"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have a finding"
                        + " coverage.no-feedbak (no analyzer of the catalog reports coverage.no-feedbak;"
                        + " did you mean coverage.no-feedback?)\n"
                        + "but it has no findings");
    }

    @Test
    void fails_has_no_finding_of_a_code_listing_its_findings() {
        assertThat(shop()).analyzedWith(allFour()).hasNoFinding("coverage.no-help");
        assertThatThrownBy(() -> assertThat(shop()).analyzedWith(allFour()).hasNoFinding("coverage.no-feedback"))
                .hasMessage("\nExpecting journey \"Satin pillowcase\" (shop.journey:1:1) to have no finding"
                        + " coverage.no-feedback\n"
                        + "but it has 2 findings:\n" + AWARENESS_LINE + "\n" + DECISION_LINE);
    }

    @Test
    void ignores_findings_the_map_suppresses() {
        JourneyMap suppressing = JourneyMaps.journey("Quiet").stage("awareness", "Awareness")
                .suppress("coverage.no-feedback", "awareness", "Prospects are not surveyed")
                .build();
        assertThat(suppressing).analyzedWith(finding(NO_FEEDBACK_AWARENESS)).hasNoFindings()
                .hasNoFinding("coverage.no-feedback");
        assertThatThrownBy(() -> assertThat(suppressing).analyzedWith(finding(NO_FEEDBACK_AWARENESS))
                .hasFinding("coverage.no-feedback"))
                .hasMessage("\nExpecting journey \"Quiet\" to have a finding coverage.no-feedback\nbut it has no findings");
    }

    @Test
    void analyzes_with_the_catalog_by_default() {
        assertThat(shop()).hasFinding("coverage.no-feedback").on("awareness").withSeverity(Severity.INFO);
    }

    @Test
    void checks_a_report_the_way_it_checks_a_map() {
        AnalysisReport report = allFour().analyze(shop());
        assertThat(report).hasNoFindingsAtOrAbove(Severity.ERROR).hasFinding("team.no-owner").on("faq");
        assertThatThrownBy(() -> assertThat(report).hasNoFindingsAtOrAbove(Severity.WARNING))
                .hasMessage("\nExpecting report of journey \"Satin pillowcase\" (shop.journey) to have no findings"
                        + " at or above warning\n"
                        + "but it has 1 finding:\n" + PREFERRED_CHANNEL_LINE);
        assertThatThrownBy(() -> assertThat(report).hasFinding("coverage.no-feedback").on("faq"))
                .hasMessage("\nExpecting report of journey \"Satin pillowcase\" (shop.journey) to have"
                        + " a finding coverage.no-feedback on \"faq\"\n"
                        + "but it only has:\n" + AWARENESS_LINE + "\n" + DECISION_LINE);
    }

    @Test
    void names_a_report_of_a_map_built_in_code_without_a_file() {
        AnalysisReport report = finding(NO_OWNER).analyze(Fixtures.unplaced());
        assertThatThrownBy(() -> assertThat(report).hasNoFindings())
                .hasMessage("\nExpecting report of journey \"Unplaced\" to have no findings\n"
                        + "but it has 1 finding:\n" + NO_OWNER_LINE);
    }

    @Test
    void rejects_a_null_report_the_way_assertj_does() {
        assertThatThrownBy(() -> assertThat((AnalysisReport) null).hasNoFindings())
                .hasMessage(String.format("%nExpecting actual not to be null"));
    }
}
