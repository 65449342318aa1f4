package nl.geboortezorg.werkplaats.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One simulated browser tab speaking Vaadin's own protocol: it keeps what a real client keeps
 * (the UI id, the security key, the last sync id and client id, and the state tree of elements
 * the server has sent, as far as finding elements by id and their event listeners needs) and
 * writes the messages a real client writes: navigation, clicks, typed values.
 */
final class VaadinClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private int history;
    private final Map<Integer, Map<String, JsonNode>> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    private VaadinClient(int uiId) {
        this.uiId = uiId;
    }

    /** From the answer to the page's first request ({@code ?v-r=init}). */
    static VaadinClient init(String body) {
        try {
            JsonNode config = JSON.readTree(body).path("appConfig");
            VaadinClient client = new VaadinClient(config.path("v-uiId").asInt());
            client.apply(config.path("uidl"));
            return client;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not a Vaadin start: " + shorten(body), e);
        }
    }

    int uiId() {
        return uiId;
    }

    /** Takes in a server response to a round trip. */
    void accept(String body) {
        String json = body.startsWith("for(;;);") ? body.substring(8) : body;
        try {
            JsonNode message = JSON.readTree(json);
            apply(message.isArray() ? message.get(0) : message);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Not a Vaadin response: " + shorten(body), e);
        }
    }

    private void apply(JsonNode uidl) {
        if (uidl.has("Vaadin-Security-Key")) {
            securityKey = uidl.get("Vaadin-Security-Key").asText();
        }
        if (uidl.has("syncId")) {
            syncId = uidl.get("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            clientId = uidl.get("clientId").asInt();
        }
        uidl.path("constants").properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        for (JsonNode change : uidl.path("changes")) {
            int node = change.path("node").asInt();
            String type = change.path("type").asText();
            if ("put".equals(type) && change.has("value")) {
                nodes.computeIfAbsent(node, n -> new HashMap<>())
                        .put(change.get("key").asText(), change.get("value"));
            } else if ("detach".equals(type)) {
                nodes.remove(node);
            }
        }
    }

    /** The message of one round trip carrying the given calls. */
    String request(List<ObjectNode> calls) {
        ObjectNode message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        ArrayNode rpc = message.putArray("rpc");
        calls.forEach(rpc::add);
        message.put("syncId", syncId);
        message.put("clientId", clientId);
        return message.toString();
    }

    /** Following a link inside the application (the router's own navigation event). */
    List<ObjectNode> navigate(String route) {
        ObjectNode data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", ++history);
        data.put("trigger", "");
        return List.of(event(1, "ui-navigate", data));
    }

    boolean has(String id) {
        return find(id).isPresent();
    }

    /** A click on the element with the id, with the event data its click listener asks for. */
    List<ObjectNode> click(String id) {
        int node = require(id);
        ObjectNode data = JSON.createObjectNode();
        listenerData(node, "click").fieldNames().forEachRemaining(key -> {
            if (key.endsWith("Key")) {
                data.put(key, false);
            } else {
                data.put(key, key.equals("event.detail") ? 1 : 0);
            }
        });
        return List.of(event(node, "click", data));
    }

    /** Typing a value into the field with the id: the value, then the event that hands it over. */
    List<ObjectNode> type(String id, String value) {
        return type(require(id), value);
    }

    /** Typing into one of the fields whose id starts with the prefix, chosen at random. */
    List<ObjectNode> typeIntoAny(String idPrefix, String value) {
        List<Integer> candidates = nodes.entrySet().stream()
                .filter(e -> e.getValue().containsKey("id")
                        && e.getValue().get("id").asText().startsWith(idPrefix))
                .map(Map.Entry::getKey)
                .toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("No element with an id starting with " + idPrefix);
        }
        return type(candidates.get(ThreadLocalRandom.current().nextInt(candidates.size())), value);
    }

    private List<ObjectNode> type(int node, String value) {
        String event = nodes.get(node).entrySet().stream()
                .filter(e -> e.getValue().isTextual()
                        && constants.containsKey(e.getValue().asText())
                        && constants.get(e.getValue().asText()).has("}value"))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Element " + node + " takes no value"));
        ObjectNode sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node);
        sync.put("feature", 1);
        sync.put("property", "value");
        sync.put("value", value);
        return List.of(sync, event(node, event, JSON.createObjectNode()));
    }

    private JsonNode listenerData(int node, String event) {
        JsonNode hash = nodes.get(node).get(event);
        if (hash == null || !constants.containsKey(hash.asText())) {
            throw new IllegalStateException("Element " + node + " has no " + event + " listener");
        }
        return constants.get(hash.asText());
    }

    private Optional<Integer> find(String id) {
        return nodes.entrySet().stream()
                .filter(e -> e.getValue().containsKey("id")
                        && id.equals(e.getValue().get("id").asText()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private int require(String id) {
        return find(id).orElseThrow(() -> new IllegalStateException("No element #" + id + " on the page"));
    }

    private static ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private static String shorten(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
