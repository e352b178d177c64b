/**
 * Not API: one picocli command class per command, input expansion, per-file error handling
 * and files written whole.
 */
package dev.journeykit.cli.internal;
