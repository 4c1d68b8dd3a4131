package org.claimwatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The cases of the corpora outside authors wrote (issue 15): one JSON object per line of each file. */
public final class UnseenCorpora {

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnseenCorpora() {
    }

    /** Every case of the class-path {@code resources}, in order. */
    public static List<JsonNode> resources(List<String> resources) {
        List<JsonNode> out = new ArrayList<>();
        for (String r : resources) {
            try (InputStream in = UnseenCorpora.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalArgumentException("no corpus " + r);
                }
                out.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every case of the file at {@code path}. */
    public static List<JsonNode> file(Path path) throws IOException {
        return parse(Files.readString(path, StandardCharsets.UTF_8));
    }

    private static List<JsonNode> parse(String text) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }
}
