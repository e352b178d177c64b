package dev.journeykit.dsl.internal;

/**
 * Thrown inside a statement after its error was reported; the statement loop catches it and
 * {@link Recovery#recover() recovers}. Carries no stack trace: it is control flow, never shown.
 */
final class Syntax extends RuntimeException {

    private static final long serialVersionUID = 1L;

    static final Syntax INSTANCE = new Syntax();

    private Syntax() {
        super(null, null, false, false);
    }
}
