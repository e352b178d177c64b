package dev.journeykit.maven;

import java.nio.file.Path;

/**
 * One map file of the build.
 *
 * @param path     where it is
 * @param name     its path relative to the project folder with {@code /} separators: the name in
 *                 messages ({@code src/main/journeys/shop.journey:3:5: ...}) and reports
 * @param baseName its path relative to its maps folder without the extension
 *                 ({@code shop}, {@code shops/returns}): the stem of the files made from it
 */
record MapFile(Path path, String name, String baseName) {
}
