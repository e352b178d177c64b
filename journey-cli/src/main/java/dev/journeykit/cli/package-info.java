/**
 * The {@code journey} command line; the only API is {@link dev.journeykit.cli.JourneyCli}.
 */
package dev.journeykit.cli;
