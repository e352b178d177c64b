package dev.journeykit.examples;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Direction;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import dev.journeykit.core.model.Metric;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.core.model.TransitionKind;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A journey map kept as Java code with the fluent API: returning a jacket bought online. The
 * {@link #main} method analyzes it, prints the findings, and renders the three SVG views:
 *
 * <pre>
 * mvn -B -q -DskipTests install
 * mvn -B -q -pl examples exec:java -Dexec.args=target/returns-svg
 * </pre>
 *
 * {@code ReturnsJourneyTest} keeps the map honest by asserting on its analysis.
 */
public final class ReturnsJourney {

    private ReturnsJourney() {
    }

    /** The returns journey, current state. */
    public static JourneyMap map() {
        return JourneyMaps.journey("Returning a jacket bought online")
                .kind(MapKind.CURRENT_STATE)
                .objective("Make returns easy enough that customers buy again")
                .timeline("10 days")
                .persona("kim", "Kim, 29", p -> p
                        .description("Bought a rain jacket that turned out a size too small")
                        .goal("Get the right size before a hiking weekend")
                        .need("To know when the refund or the new jacket arrives")
                        .prefers("email", "live-chat"))
                .channels(Channels.WEB, Channels.EMAIL, Channels.LIVE_CHAT)
                .channel("parcel-shop", "Parcel shop", ChannelKind.IN_PERSON)
                .stage("start-return", "Start the return", s -> s
                        .goal("Finds out how to return the jacket")
                        .touchpoint("returns-page", "Reads the returns policy").via("web")
                        .emotion(0)
                        .question("Can I exchange instead of getting a refund?", "exchange-chat")
                        .touchpoint("exchange-chat", "Asks in chat about an exchange").via("live-chat")
                        .emotion(1)
                        .feedback(FeedbackKind.CSAT)
                        .metric("first-response", MetricValue.seconds(50), MetricValue.seconds(30)))
                .stage("send-back", "Send it back", s -> s
                        .goal("Hands the parcel over without a printer")
                        .touchpoint("return-label", "Prints the return label").via("web")
                        .emotion(-2)
                        .pain("Needs a printer to print the label", PainSeverity.HIGH)
                        .touchpoint("drop-off", "Drops the parcel at a parcel shop").via("parcel-shop")
                        .emotion(0))
                .stage("refund", "Get the refund", s -> s
                        .goal("Sees the money back, or the new size arrive")
                        .touchpoint("refund-email", "Gets the refund confirmation").via("email").byBrand()
                        .emotion(1)
                        .feedback(FeedbackKind.CES)
                        .metric(new Metric("refund-time", MetricValue.seconds(6 * 86_400),
                                Optional.of(MetricValue.seconds(3 * 86_400)), Direction.LOWER_IS_BETTER,
                                Optional.empty())))
                .path("kim", "Kim returns the jacket",
                        "returns-page", "exchange-chat", "return-label", "drop-off", "refund-email")
                .flow(f -> f.steps("return-label", "returns-page").volume(180).kind(TransitionKind.RETURN))
                .build();
    }

    /** Analyzes the map, prints the findings, and writes the three views to the folder in args[0]. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/returns-svg");
        JourneyMap map = map();
        AnalysisReport report = Analyzers.defaults().analyze(map);
        System.out.print(Reports.text(report));
        SvgRenderer renderer = SvgRenderer.create(SvgOptions.builder().findings(report.findings()).build());
        Files.createDirectories(out);
        for (View view : View.ofMap()) {
            Path file = out.resolve("returns-" + view.name().toLowerCase(Locale.ROOT) + ".svg");
            renderer.render(map, view, file);
            System.out.println("wrote " + file);
        }
    }
}
