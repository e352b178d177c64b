package dev.journeykit.core.analysis.report;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Reports#sarif(java.util.List, SarifOptions)} writes a log: the tool's version
 * ({@code tool.driver.version} and {@code semanticVersion}), and the source root that file URIs
 * are made relative to, under the {@code %SRCROOT%} {@code uriBaseId}.
 *
 * @param toolVersion the version of the tool that ran, e.g. {@code 0.1.0}
 * @param sourceRoot  the folder that {@code %SRCROOT%} stands for (the repository's root, or the
 *                    working folder); files outside it get absolute {@code file://} URIs. Without
 *                    one, relative file names are taken as relative to {@code %SRCROOT%} as they are
 */
public record SarifOptions(Optional<String> toolVersion, Optional<Path> sourceRoot) {

    /** The base id that relative artifact URIs name. */
    public static final String SRCROOT = "%SRCROOT%";

    public SarifOptions {
        Objects.requireNonNull(toolVersion, "toolVersion must not be null");
        Objects.requireNonNull(sourceRoot, "sourceRoot must not be null");
    }

    /** No version, no source root. */
    public static SarifOptions defaults() {
        return new SarifOptions(Optional.empty(), Optional.empty());
    }

    public SarifOptions withToolVersion(String version) {
        return new SarifOptions(Optional.of(Objects.requireNonNull(version, "version must not be null")), sourceRoot);
    }

    public SarifOptions withSourceRoot(Path root) {
        return new SarifOptions(toolVersion, Optional.of(Objects.requireNonNull(root, "root must not be null")));
    }
}
