package dev.journeykit.cli.internal;

import dev.journeykit.core.analysis.report.Baseline;

/** Reads the {@code --baseline FILE} of {@code check}: errors name the file and the JSON path. */
final class Baselines {

    private Baselines() {
    }

    static Baseline read(Input input) throws CliError {
        String text = Maps.read(input);
        try {
            return Baseline.read(text);
        } catch (IllegalArgumentException e) {
            throw new CliError(input.name() + ": " + e.getMessage());
        }
    }
}
