/**
 * Not API: the words of every failure message, line diffs and snapshot files.
 */
package dev.journeykit.assertj.internal;
