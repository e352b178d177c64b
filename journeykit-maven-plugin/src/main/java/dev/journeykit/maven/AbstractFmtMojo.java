package dev.journeykit.maven;

import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.dsl.JourneyDslException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code fmt} and {@code fmt-check}: the maps in canonical form (four-space indent, one statement
 * a line, sections in order), comments kept. A map known to be canonical since the last run is
 * not parsed again.
 */
abstract class AbstractFmtMojo extends AbstractJourneyMojo {

    /** Whether the goal only lists the maps that differ (and fails) instead of rewriting them. */
    abstract boolean checkOnly();

    @Override
    protected final void run(List<MapFile> files) throws MojoExecutionException, MojoFailureException {
        BuildState state = state("fmt");
        String version = pluginVersion();
        List<String> differ = new ArrayList<>();
        int failed = 0;
        for (MapFile file : files) {
            byte[] bytes = bytes(file);
            String hash = BuildState.hash(version, bytes);
            if (state.unchanged(file.name(), hash)) {
                continue;
            }
            state.remove(file.name());
            String text = text(file, bytes);
            if (text == null) {
                failed++;
                continue;
            }
            String canonical;
            try {
                canonical = JourneyDsl.reformat(file.name(), text);
            } catch (JourneyDslException e) {
                e.diagnostics().forEach(d -> getLog().error(d.render()));
                failed++;
                continue;
            }
            if (canonical.equals(text)) {
                state.put(file.name(), hash);
            } else if (checkOnly()) {
                differ.add(file.name());
                getLog().error(file.name() + ": not in canonical form");
            } else {
                write(file.path(), canonical);
                getLog().info("JourneyKit: formatted " + file.name());
                state.put(file.name(), BuildState.hash(version, canonical.getBytes(StandardCharsets.UTF_8)));
            }
        }
        save(state);
        if (failed > 0) {
            throw new MojoFailureException("JourneyKit: " + failed + " map(s) could not be read; see the errors above");
        }
        if (!differ.isEmpty()) {
            throw new MojoFailureException("JourneyKit: " + differ.size()
                    + " map(s) not in canonical form (run mvn journeykit:fmt): " + String.join(", ", differ));
        }
    }
}
