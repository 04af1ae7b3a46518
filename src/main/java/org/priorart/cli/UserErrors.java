package org.priorart.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;

/** Turns exceptions into the one-line messages the CLI prints. */
final class UserErrors {

    private UserErrors() {
    }

    static String describe(Throwable e) {
        if (e instanceof NoSuchFileException nsf) {
            return nsf.getFile() + ": no such file or directory";
        }
        if (e instanceof AccessDeniedException ade) {
            return ade.getFile() + ": permission denied";
        }
        if (e instanceof DateTimeException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
