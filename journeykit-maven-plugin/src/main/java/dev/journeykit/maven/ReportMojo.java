package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.report.HtmlReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code journeykit:report}: writes {@code report/index.html} in the output folder, one
 * self-contained page for every map (the page of {@code journey report}). Nothing is redone when
 * no map and no setting changed since the last run and the page is still there.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ReportMojo extends AbstractJourneyMojo {

    /** The colours of the pictures: light, dark or high-contrast. */
    @Parameter(property = "journeykit.theme", defaultValue = "light")
    private String theme;

    /**
     * How the pictures explain their findings' badges: full, compact or none (the page's table
     * lists every finding whatever it is).
     */
    @Parameter(property = "journeykit.legend", defaultValue = "compact")
    private String legend;

    @Override
    protected void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        Theme colours = keyword(Theme.class, theme, "<theme>");
        Legend key = keyword(Legend.class, legend, "<legend>");
        AnalysisOptions options = analysisOptions();
        Path page = outputDirectory.toPath().resolve("report").resolve("index.html");

        Read read = read(files, colours, key, options);
        List<byte[]> contents = read.contents();
        String hash = read.hash();
        BuildState state = state("report");
        if (state.unchanged("report", hash) && Files.isRegularFile(page)) {
            getLog().info("JourneyKit: " + files.size() + " map(s) unchanged since the last report, not redone");
            return;
        }
        state.remove("report");

        Analyzers analyzers = Analyzers.defaults();
        List<HtmlReport.Entry> entries = new ArrayList<>();
        int unreadable = 0;
        for (int i = 0; i < files.size(); i++) {
            MapFile file = files.get(i);
            String text = text(file, contents.get(i));
            JourneyMap map = parse(file, text);
            if (map == null) {
                unreadable++;
                continue;
            }
            entries.add(new HtmlReport.Entry(file.name(), text, map, analyzers.analyze(map, options)));
        }
        write(page, HtmlReport.render(entries, colours, key));
        getLog().info("JourneyKit: wrote " + name(page));
        if (unreadable > 0) {
            save(state);
            throw new MojoFailureException("JourneyKit: " + unreadable + " map(s) could not be read; see the errors above");
        }
        state.put("report", hash);
        save(state);
    }
}
