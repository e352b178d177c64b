package dev.journeykit.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** {@code journeykit:fmt-check}: changes nothing; fails the build listing the maps not in canonical form. */
@Mojo(name = "fmt-check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class FmtCheckMojo extends AbstractFmtMojo {

    @Override
    boolean checkOnly() {
        return true;
    }
}
