package dev.journeykit.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** {@code journeykit:fmt}: rewrites the maps in canonical form, keeping comments; each file is written whole or not at all. */
@Mojo(name = "fmt", threadSafe = true)
public final class FmtMojo extends AbstractFmtMojo {

    @Override
    boolean checkOnly() {
        return false;
    }
}
