package org.priorart.server.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.error.UserInputException;

/** A tag's note or claims too long is a user error naming that input by its type, not by its message text. */
class TestSessionLimits {

    @TempDir
    Path tmp;

    @Test
    void aTooLongNoteOrClaimsNamesItsParameter() throws Exception {
        SessionStore store = SessionStore.open(tmp.resolve("sessions"));
        SearchSession s = store.create("owner", "limits");
        UserInputException note = assertThrows(UserInputException.class, () -> store.tag("owner", s.id(),
                new Tag("US7900001B2", Category.X, "n".repeat(5000), null, "t", null, null)));
        assertEquals("note", note.parameter());
        UserInputException claims = assertThrows(UserInputException.class, () -> store.tag("owner", s.id(),
                new Tag("US7900001B2", Category.X, null, "1-".repeat(3000), "t", null, null)));
        assertEquals("claims", claims.parameter());
    }
}
