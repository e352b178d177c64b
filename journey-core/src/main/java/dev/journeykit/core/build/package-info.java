/**
 * Fluent builders of journey maps: the static entry {@link dev.journeykit.core.build.JourneyMaps},
 * steps that read like the map, one {@code build()} that validates the whole map.
 */
package dev.journeykit.core.build;
