/**
 * Not API: the lexer, the parser and its rooms (token stream, recovery, reference resolution,
 * positions of core's problems), the reporter and the formatter.
 */
package dev.journeykit.dsl.internal;
