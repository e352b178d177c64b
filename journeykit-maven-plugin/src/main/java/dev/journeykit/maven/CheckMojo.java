package dev.journeykit.maven;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.model.JourneyMap;
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
 * {@code journeykit:check}: parses and analyzes the maps, prints each finding as
 * {@code file:line:column: severity code: message}, writes {@code check.sarif} (SARIF 2.1.0) and
 * {@code check.json} to the output folder, and fails the build when a finding reaches
 * {@code <failOn>} or a map cannot be read. When no map and no setting changed since the last
 * run that passed, nothing is redone.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class CheckMojo extends AbstractJourneyMojo {

    /** The SARIF log of the last check, in the output folder. */
    static final String SARIF = "check.sarif";
    /** The JSON reports of the last check, in the output folder. */
    static final String JSON = "check.json";

    /** The lowest severity that fails the build: error, warning, info or never. */
    @Parameter(property = "journeykit.failOn", defaultValue = "error")
    private String failOn;

    private enum FailOn { ERROR, WARNING, INFO, NEVER }

    @Override
    protected void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        FailOn threshold = keyword(FailOn.class, failOn, "<failOn>");
        AnalysisOptions options = analysisOptions();
        Path sarif = outputDirectory.toPath().resolve(SARIF);
        Path json = outputDirectory.toPath().resolve(JSON);

        Read read = read(files, threshold, options);
        List<byte[]> contents = read.contents();
        String hash = read.hash();
        BuildState state = state("check");
        if (state.unchanged("check", hash) && Files.isRegularFile(sarif) && Files.isRegularFile(json)) {
            getLog().info("JourneyKit: " + files.size() + " map(s) unchanged since the last check, not checked again");
            return;
        }

        Analyzers analyzers = Analyzers.defaults();
        List<AnalysisReport> reports = new ArrayList<>();
        int unreadable = 0;
        for (int i = 0; i < files.size(); i++) {
            MapFile file = files.get(i);
            JourneyMap map = parse(file, text(file, contents.get(i)));
            if (map == null) {
                unreadable++;
                continue;
            }
            AnalysisReport report = analyzers.analyze(map, options);
            reports.add(report);
            for (Finding finding : report.findings()) {
                log(file, finding);
            }
        }
        write(sarif, Reports.sarif(reports));
        write(json, Reports.jsonAll(reports));
        String text = Reports.textAll(reports);
        getLog().info("JourneyKit: " + text.substring(text.lastIndexOf('\n', text.length() - 2) + 1).strip()
                + " (" + name(sarif) + ")");

        if (unreadable > 0) {
            throw new MojoFailureException("JourneyKit: " + unreadable + " map(s) could not be read; see the errors above");
        }
        if (threshold != FailOn.NEVER) {
            Severity at = Severity.valueOf(threshold.name());
            long failing = reports.stream().flatMap(r -> r.findings().stream())
                    .filter(f -> f.severity().compareTo(at) <= 0).count();
            if (failing > 0) {
                throw new MojoFailureException("JourneyKit: " + failing + " finding(s) at or above "
                        + at.keyword() + " (<failOn>" + at.keyword() + "</failOn>); see " + name(sarif));
            }
        }
        state.put("check", hash);
        save(state);
    }
}
