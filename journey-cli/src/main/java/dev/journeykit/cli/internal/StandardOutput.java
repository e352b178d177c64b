package dev.journeykit.cli.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The process's standard output, remembering the first write that failed (a closed pipe, a full
 * disk) so that the run can end with an I/O error and say why: a {@code PrintWriter} only tells
 * that something failed.
 */
public final class StandardOutput extends FilterOutputStream {

    private IOException failure;

    public StandardOutput(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        try {
            out.write(b);
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            out.flush();
        } catch (IOException e) {
            remember(e);
            throw e;
        }
    }

    private void remember(IOException e) {
        if (failure == null) {
            failure = e;
        }
    }

    /** The first write that failed, or null. */
    public IOException failure() {
        return failure;
    }

    /** The reason of a failure as a user reads it: {@code broken pipe}, {@code no space left on device}. */
    public static String reason(IOException failure) {
        return IoErrors.reason(failure);
    }
}
