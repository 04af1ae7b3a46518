package org.priorart.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models PriorArt knows, read from {@code models/models.json}, and the check that a model's files
 * are present and intact before it is used.
 */
public final class ModelManifest {

    public static final String FILE = "models.json";
    /** How a user restores model files: the build unpacks them again from Maven Central. */
    static final String RESTORE = "restore the models with 'mvn -q generate-resources' in the PriorArt directory "
            + "(./priorart and ./run-tests do it when the files are missing)";

    private static final Map<Path, Boolean> VERIFIED = new ConcurrentHashMap<>();

    private final Path dir;
    private final String defaultName;
    private final List<ModelSpec> models;

    private ModelManifest(Path dir, String defaultName, List<ModelSpec> models) {
        this.dir = dir;
        this.defaultName = defaultName;
        this.models = List.copyOf(models);
    }

    /** Reads {@code dir/models.json}. */
    public static ModelManifest load(Path dir) throws ModelException {
        Path file = dir.resolve(FILE);
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelException("cannot read the model manifest " + file + ": " + e.getMessage()
                    + " (it is part of the PriorArt sources; --models or $PRIORART_MODELS must name the models folder)", e);
        }
        List<ModelSpec> models = new ArrayList<>();
        for (JsonNode m : root.path("models")) {
            List<String> languages = new ArrayList<>();
            m.path("languages").forEach(l -> languages.add(l.asText()));
            models.add(new ModelSpec(m.path("name").asText(), m.path("dimension").asInt(),
                    ModelSpec.Pooling.valueOf(m.path("pooling").asText("cls").toUpperCase(Locale.ROOT)),
                    m.path("max_length").asInt(512), m.path("query_prefix").asText(""),
                    m.path("passage_prefix").asText(""), languages, m.path("license").asText(),
                    m.path("maven").asText(), m.path("onnx").asText(), m.path("onnx_sha256").asText(),
                    m.path("tokenizer").asText(), m.path("tokenizer_sha256").asText()));
        }
        return new ModelManifest(dir, root.path("default").asText(models.isEmpty() ? "" : models.get(0).name()), models);
    }

    public Path dir() {
        return dir;
    }

    public List<ModelSpec> models() {
        return models;
    }

    public ModelSpec defaultModel() throws ModelException {
        return get(defaultName);
    }

    /** The model of that name. */
    public ModelSpec get(String name) throws ModelException {
        for (ModelSpec m : models) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        throw new ModelException("unknown model '" + name + "'; known: "
                + String.join(", ", models.stream().map(ModelSpec::name).toList()));
    }

    /** The model for text in a language: the first that lists it, else the default. */
    public ModelSpec forLanguage(String language) throws ModelException {
        for (ModelSpec m : models) {
            if (m.languages().contains(language)) {
                return m;
            }
        }
        return defaultModel();
    }

    /**
     * Checks that the model's files exist and have the sha256 the manifest names (once per file and
     * process: hashing 34 MB takes a tenth of a second).
     *
     * @throws ModelException naming the file, what is wrong and how to restore it
     */
    public void verify(ModelSpec model) throws ModelException {
        verifyFile(model.onnxPath(dir), model.onnxSha256(), model);
        verifyFile(model.tokenizerPath(dir), model.tokenizerSha256(), model);
    }

    private static void verifyFile(Path file, String expected, ModelSpec model) throws ModelException {
        if (VERIFIED.containsKey(file)) {
            return;
        }
        String actual;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchFileException e) {
            throw new ModelException("model file " + file + " of model " + model.name() + " is missing; " + RESTORE, e);
        } catch (IOException e) {
            throw new ModelException("model file " + file + " cannot be read (" + e.getMessage() + "); " + RESTORE, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
        if (!actual.equalsIgnoreCase(expected)) {
            throw new ModelException("model file " + file + " of model " + model.name() + " is corrupt (sha256 "
                    + actual.substring(0, 12) + "..., expected " + expected.substring(0, 12) + "...); delete it and "
                    + RESTORE);
        }
        VERIFIED.put(file, Boolean.TRUE);
    }
}
