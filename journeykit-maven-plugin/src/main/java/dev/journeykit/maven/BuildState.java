package dev.journeykit.maven;

import dev.journeykit.core.internal.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a goal did last time, so that maps unchanged since then are not redone: one line a key,
 * {@code HASH KEY}, where the hash (SHA-256) covers everything the work depends on: the plugin's
 * version, the goal's settings and the map's bytes. A missing or unreadable state means "do
 * everything"; the state is written whole or not at all.
 */
final class BuildState {

    private final Path file;
    private final Map<String, String> hashes = new TreeMap<>();

    private BuildState(Path file) {
        this.file = file;
    }

    /** The state in {@code file}; empty when there is none. */
    static BuildState load(Path file) {
        BuildState state = new BuildState(file);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    state.hashes.put(line.substring(space + 1), line.substring(0, space));
                }
            }
        } catch (NoSuchFileException e) {
            // first run
        } catch (IOException e) {
            state.hashes.clear(); // an unreadable state only costs a full run
        }
        return state;
    }

    /** Whether {@code key} was done last time with the same {@code hash}. */
    boolean unchanged(String key, String hash) {
        return hash.equals(hashes.get(key));
    }

    void put(String key, String hash) {
        if (key.indexOf('\n') < 0 && key.indexOf('\r') < 0) {
            hashes.put(key, hash);
        }
    }

    void remove(String key) {
        hashes.remove(key);
    }

    void save() throws IOException {
        StringBuilder out = new StringBuilder();
        hashes.forEach((key, hash) -> out.append(hash).append(' ').append(key).append('\n'));
        AtomicWrite.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the parts, each preceded by its length so that no two lists hash alike by accident. */
    static String hash(Object... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                byte[] bytes = part instanceof byte[] b ? b : String.valueOf(part).getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
