package org.priorart.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.priorart.server.auth.KeyStore;
import org.priorart.server.auth.Role;

/** {@code priorart keys}: a key is printed once and stored only as a hash; list never shows it; revoke. */
class TestKeysCommand {

    @TempDir
    Path tmp;

    @Test
    void createListRevoke() throws Exception {
        String index = tmp.resolve("index").toString();
        TestCli.Run created = TestCli.run("keys", "create", "--name", "examiner-portal", "--role", "search", "--rate-limit", "120",
                "--index", index);
        assertEquals(0, created.code(), created.err());
        Matcher m = Pattern.compile("(pa_[0-9a-f]{12}_[A-Za-z0-9_-]{43})").matcher(created.out());
        assertTrue(m.find(), created.out());
        String key = m.group(1);
        Path file = tmp.resolve("index").resolve("api-keys.json");
        assertTrue(Files.exists(file), "keys live in the index directory by default");
        assertFalse(Files.readString(file).contains(key.substring(16)), "only a hash is stored");
        KeyStore store = KeyStore.at(file);
        assertEquals(Role.SEARCH, store.verify(key).orElseThrow().role());
        assertEquals(120, store.verify(key).orElseThrow().ratePerMinute());

        TestCli.Run listed = TestCli.run("keys", "list", "--index", index);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("examiner-portal") && listed.out().contains("search") && listed.out().contains("active"), listed.out());
        assertFalse(listed.out().contains(key.substring(16)));

        TestCli.Run duplicate = TestCli.run("keys", "create", "--name", "examiner-portal", "--role", "admin", "--index", index);
        assertEquals(1, duplicate.code());
        assertTrue(duplicate.err().contains("exists"), duplicate.err());
        assertEquals(2, TestCli.run("keys", "create", "--name", "x", "--role", "root", "--index", index).code());
        assertEquals(2, TestCli.run("keys", "create", "--role", "search", "--index", index).code());

        TestCli.Run revoked = TestCli.run("keys", "revoke", "examiner-portal", "--index", index);
        assertEquals(0, revoked.code(), revoked.err());
        assertTrue(revoked.out().contains("No active key is left"), "revoking the last key locks a server: " + revoked.out());
        assertTrue(KeyStore.at(file).verify(key).isEmpty(), "a revoked key is refused");
        assertTrue(TestCli.run("keys", "list", "--index", index).out().contains("revoked"));
        assertEquals(1, TestCli.run("keys", "revoke", "examiner-portal", "--index", index).code());

        Path other = tmp.resolve("elsewhere/keys.json");
        assertEquals(0, TestCli.run("keys", "create", "--name", "loader", "--role", "ingest", "--keys", other.toString()).code());
        assertTrue(Files.readString(other).contains("\"loader\""));
    }

    @Test
    void serveRefusesAnAddressBeyondLoopbackWithoutKeys() {
        TestCli.Run r = TestCli.run("serve", "--host", "0.0.0.0", "--port", "0", "--no-demo", "--no-semantic",
                "--index", tmp.resolve("index").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("refusing to listen on 0.0.0.0 without API keys"), r.err());
        assertTrue(r.err().contains("keys create"), r.err());
    }

    @Test
    void keysInAClusterThatCannotBeReachedAreAClearErrorNotAFile() {
        for (String command : new String[]{"list", "create", "revoke"}) {
            List<String> args = new ArrayList<>(List.of("keys", command));
            if (command.equals("create")) {
                args.addAll(List.of("--name", "examiner", "--role", "search"));
            } else if (command.equals("revoke")) {
                args.add("examiner");
            }
            args.addAll(List.of("--cluster", "http://127.0.0.1:1", "--index", tmp.resolve("index").toString()));
            TestCli.Run r = TestCli.run(args.toArray(String[]::new));
            assertEquals(1, r.code(), command + ": " + r.out());
            assertTrue(r.err().contains("no OpenSearch node answers at http://127.0.0.1:1"), command + ": " + r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        }
        assertFalse(Files.exists(tmp.resolve("index").resolve("api-keys.json")), "no keys file in cluster mode");
        TestCli.Run both = TestCli.run("keys", "list", "--cluster", "http://127.0.0.1:1", "--keys", tmp.resolve("k.json").toString());
        assertEquals(1, both.code());
        assertTrue(both.err().contains("--keys names a keys file"), both.err());
        TestCli.Run serve = TestCli.run("serve", "--cluster", "http://127.0.0.1:1", "--keys", tmp.resolve("k.json").toString(),
                "--port", "0", "--no-demo", "--no-semantic");
        assertEquals(2, serve.code());
        assertTrue(serve.err().contains("the keys live in the cluster"), serve.err());
    }
}
