package dev.journeykit.cli.internal;

import dev.journeykit.core.analysis.AnalysisOptions;
import java.util.List;

/**
 * The {@code --set NAME=VALUE} options: each is split at its first {@code =} and handed to
 * {@link AnalysisOptions.Builder#set(String, String)}, the one parser of settings.
 */
final class Settings {

    private Settings() {
    }

    /** The options with every setting applied; a bad one is an error naming it. */
    static AnalysisOptions apply(List<String> settings) throws CliError {
        AnalysisOptions.Builder builder = AnalysisOptions.builder();
        for (String setting : settings) {
            int eq = setting.indexOf('=');
            if (eq <= 0) {
                throw new CliError("--set " + setting + ": expected NAME=VALUE, like maxDropOff=0.3");
            }
            try {
                builder.set(setting.substring(0, eq).trim(), setting.substring(eq + 1));
            } catch (IllegalArgumentException e) {
                throw new CliError("--set " + setting + ": " + e.getMessage());
            }
        }
        return builder.build();
    }
}
