/**
 * The JGraphT view of a map: an unmodifiable graph of steps and transitions, the stage graph and
 * persona views.
 */
package dev.journeykit.core.graph;
