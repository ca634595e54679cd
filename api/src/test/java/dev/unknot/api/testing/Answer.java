package dev.unknot.api.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;

/** What the server answered: status, content type, body as text and as a JSON tree. */
public record Answer(int status, String contentType, String body, HttpResponse<String> response) {

    private static final JsonMapper JSON = JsonMapper.createDefault();

    public JsonNode json() {
        try {
            return JSON.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** The text of a field of the JSON body, or null when it is absent or JSON null. */
    public String text(String field) {
        JsonNode node = json().get(field);
        return node == null || node.isNull() ? null : node.coerceStringValue();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
