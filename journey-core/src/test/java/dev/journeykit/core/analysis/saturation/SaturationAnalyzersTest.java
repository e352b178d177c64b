package dev.journeykit.core.analysis.saturation;

import static dev.journeykit.core.analysis.Fixtures.at;
import static dev.journeykit.core.analysis.Fixtures.finding;
import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.JourneyMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class SaturationAnalyzersTest {

    /** Stages of the given sizes, the last one at line 9. */
    static JourneyMap sized(int... sizes) {
        JourneyMapBuilder b = JourneyMaps.journey("Sizes").channels(Channels.WEB);
        for (int s = 0; s < sizes.length; s++) {
            int stage = s;
            b.stage("s" + s, "Stage " + s, sb -> {
                if (stage == sizes.length - 1) {
                    sb.at(at(9, 3));
                }
                for (int i = 0; i < sizes[stage]; i++) {
                    sb.touchpoint("t" + stage + "-" + i, "T").via("web");
                }
            });
        }
        return b.build();
    }

    @Test
    void reports_a_stage_larger_than_the_factor_times_the_median() {
        // sizes 4 4 5 11: median 4.5, limit max(6, 9) = 9
        assertThat(new StageSizeAnalyzer().analyze(sized(4, 4, 5, 11), AnalysisOptions.defaults()))
                .containsExactly(finding("saturation.stage",
                        "stage 's3' has 11 steps, more than 9 (2 x the median of 4.5, at least 6): split the "
                                + "stage, or drop steps that add little", List.of("s3"), at(9, 3)));
    }

    @Test
    void does_not_report_a_stage_at_the_limit_nor_below_the_minimum_size() {
        assertThat(new StageSizeAnalyzer().analyze(sized(4, 4, 5, 9), AnalysisOptions.defaults())).isEmpty();
        // median 1: 2 x 1 = 2, but at least 6
        assertThat(new StageSizeAnalyzer().analyze(sized(1, 1, 6), AnalysisOptions.defaults())).isEmpty();
    }

    @Test
    void the_thresholds_come_from_the_options() {
        AnalysisOptions options = AnalysisOptions.builder().minStageSize(2).saturationFactor(1.5).build();
        assertThat(new StageSizeAnalyzer().analyze(sized(1, 1, 3), options)).extracting(f -> f.message())
                .containsExactly("stage 's2' has 3 steps, more than 2 (1.5 x the median of 1, at least 2): "
                        + "split the stage, or drop steps that add little");
    }

    static JourneyMap proactive(int brandForAmber) {
        return JourneyMaps.journey("Proactive").channels(Channels.standard())
                .persona("amber", "Amber").persona("bo", "Bo")
                .stage("after", "After", s -> {
                    s.at(at(4, 3));
                    s.touchpoint("mail", "Mail").via("email").byBrand();
                    s.touchpoint("text", "SMS").via("sms").byBrand();
                    s.touchpoint("bo-only", "For Bo").via("sms").byBrand().forPersonas("bo");
                    for (int i = 0; i < brandForAmber - 2; i++) {
                        s.touchpoint("push" + i, "Push").via("in-app").byBrand().forPersonas("amber");
                    }
                    s.touchpoint("own", "Customer starts").via("web").forPersonas("amber");
                })
                .build();
    }

    @Test
    void reports_more_brand_initiated_touchpoints_than_allowed_reaching_one_persona() {
        assertThat(new ProactiveSaturationAnalyzer().analyze(proactive(4), AnalysisOptions.defaults()))
                .containsExactly(finding("saturation.proactive",
                        "persona 'amber' gets 4 brand-initiated touchpoints in stage 'after', more than 3: "
                                + "merge or drop proactive messages so each one stays welcome",
                        List.of("after", "amber"), at(4, 3)));
    }

    @Test
    void does_not_report_brand_initiated_touchpoints_within_the_limit() {
        assertThat(new ProactiveSaturationAnalyzer().analyze(proactive(3), AnalysisOptions.defaults())).isEmpty();
    }

    @Test
    void without_personas_counts_all_brand_initiated_touchpoints_of_the_stage() {
        JourneyMap map = JourneyMaps.journey("No personas").channels(Channels.EMAIL)
                .stage("after", "After", s -> {
                    for (int i = 0; i < 4; i++) {
                        s.touchpoint("m" + i, "Mail").via("email").byBrand();
                    }
                })
                .build();
        assertThat(new ProactiveSaturationAnalyzer().analyze(map, AnalysisOptions.defaults()))
                .extracting(f -> f.message(), f -> f.subjects())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("stage 'after' has 4 brand-initiated "
                        + "touchpoints, more than 3: merge or drop proactive messages so each one stays welcome",
                        List.of("after")));
    }

    static JourneyMap channel(int emails) {
        return JourneyMaps.journey("Channel").channels(Channels.standard())
                .stage("after", "After", s -> {
                    s.at(at(3, 3));
                    for (int i = 0; i < emails; i++) {
                        s.touchpoint("m" + i, "Mail").via("email");
                    }
                    for (int i = 0; i < 4; i++) {
                        s.touchpoint("w" + i, "Web").via("web");
                    }
                })
                .build();
    }

    @Test
    void reports_more_touchpoints_on_one_channel_in_a_stage_than_allowed() {
        assertThat(new ChannelSaturationAnalyzer().analyze(channel(5), AnalysisOptions.defaults()))
                .containsExactly(finding("saturation.channel",
                        "stage 'after' has 5 touchpoints on channel 'email', more than 4: consolidate them, "
                                + "or move some to another channel", List.of("after", "email"), at(3, 3)));
    }

    @Test
    void does_not_report_a_channel_at_the_limit() {
        assertThat(new ChannelSaturationAnalyzer().analyze(channel(4), AnalysisOptions.defaults())).isEmpty();
    }
}
