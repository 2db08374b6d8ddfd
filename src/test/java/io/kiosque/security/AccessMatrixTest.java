package io.kiosque.security;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import io.kiosque.web.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation the contract lists, called as each kind of client: the rule table below says which role
 * an operation needs, and an operation missing from it fails the build.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final String ANYONE = "anyone";
    /** Open to any caller, who gets 404 without this role, as for something that does not exist: revisions never leak. */
    private static final String HIDDEN_EDITOR = "editor, 404 to others";

    private static final String HIDDEN_ADMIN = "admin, 404 to others";

    /** The access rules, one per operation of the contract. */
    static final Map<String, String> RULES = Map.ofEntries(
            Map.entry("GET /api/articles", ANYONE),
            Map.entry("POST /api/articles", Roles.EDITOR),
            Map.entry("GET /api/articles/{idOrSlug}", ANYONE),
            Map.entry("GET /api/feed", ANYONE),
            Map.entry("GET /api/changes", ANYONE),
            Map.entry("GET /api/search", ANYONE),
            Map.entry("PUT /api/articles/{id}", Roles.EDITOR),
            Map.entry("DELETE /api/articles/{id}", Roles.EDITOR),
            Map.entry("GET /api/articles/{id}/revisions", HIDDEN_EDITOR),
            Map.entry("GET /api/articles/{id}/revisions/{version}", HIDDEN_EDITOR),
            Map.entry("POST /api/articles/{id}/revisions/{version}/restore", HIDDEN_EDITOR),
            Map.entry("GET /api/articles/{id}/diff", HIDDEN_EDITOR),
            Map.entry("POST /api/articles/{id}/restore", HIDDEN_ADMIN),
            Map.entry("POST /api/articles/{id}/corrections", Roles.EDITOR),
            Map.entry("GET /sitemap.xml", ANYONE),
            Map.entry("GET /sitemap-news.xml", ANYONE),
            Map.entry("GET /api/articles/{idOrSlug}/paragraphs", ANYONE),
            Map.entry("GET /api/paragraphs/{id}", ANYONE),
            Map.entry("PATCH /api/paragraphs/{id}", Roles.EDITOR),
            Map.entry("GET /api/articles/{idOrSlug}/quotes", ANYONE),
            Map.entry("GET /api/quotes", ANYONE),
            Map.entry("GET /api/speakers", ANYONE),
            Map.entry("GET /api/quotes/{id}", ANYONE),
            Map.entry("PATCH /api/quotes/{id}", Roles.EDITOR),
            Map.entry("GET /api/articles/{idOrSlug}/comments", ANYONE),
            Map.entry("POST /api/articles/{idOrSlug}/comments", ANYONE),
            Map.entry("GET /api/comments/{id}", ANYONE),
            Map.entry("PATCH /api/comments/{id}", ANYONE),
            Map.entry("DELETE /api/comments/{id}", ANYONE),
            Map.entry("POST /api/comments/{id}/flags", ANYONE),
            Map.entry("GET /api/moderation/comments", Roles.MODERATOR),
            Map.entry("PATCH /api/moderation/comments/{id}", Roles.MODERATOR),
            Map.entry("POST /api/tokens", Roles.ADMIN),
            Map.entry("GET /api/tokens", Roles.ADMIN),
            Map.entry("DELETE /api/tokens/{id}", Roles.ADMIN),
            Map.entry("POST /api/webhooks", Roles.ADMIN),
            Map.entry("GET /api/webhooks", Roles.ADMIN),
            Map.entry("GET /api/webhooks/{id}", Roles.ADMIN),
            Map.entry("PATCH /api/webhooks/{id}", Roles.ADMIN),
            Map.entry("DELETE /api/webhooks/{id}", Roles.ADMIN),
            Map.entry("POST /api/webhooks/{id}/secret", Roles.ADMIN),
            Map.entry("GET /api/webhooks/{id}/deliveries", Roles.ADMIN),
            Map.entry("POST /api/webhooks/{id}/deliveries/{deliveryId}/retry", Roles.ADMIN),
            Map.entry("POST /api/webhooks/{id}/test", Roles.ADMIN));

    private record Client(String name, String token, Set<String> roles) {}

    private final List<Client> clients = new ArrayList<>();
    /** Path templates and what stands for them; a longer template after the shorter one it starts with. */
    private final Map<String, Object> ids = new LinkedHashMap<>();

    @BeforeEach
    void prepare() {
        JsonPath editor = TokenResourceTest.token(Roles.EDITOR);
        JsonPath moderator = TokenResourceTest.token(Roles.MODERATOR);
        JsonPath revoked = TokenResourceTest.token(Roles.ADMIN);
        admin().delete("/api/tokens/" + revoked.getLong("id")).then().statusCode(204);
        clients.add(new Client("anonymous", null, Set.of()));
        clients.add(new Client("editor", editor.getString("token"), Set.of(Roles.EDITOR)));
        clients.add(new Client("moderator", moderator.getString("token"), Set.of(Roles.MODERATOR)));
        clients.add(new Client("admin", Api.ADMIN_TOKEN, Set.of(Roles.ADMIN, Roles.EDITOR, Roles.MODERATOR)));
        clients.add(new Client("revoked", revoked.getString("token"), null));
        clients.add(new Client("garbage", "kq_" + UUID.randomUUID(), null));

        JsonPath article = admin().contentType(ContentType.JSON)
                .body(
                        "{\"title\": \"Matrice " + UUID.randomUUID()
                                + "\", \"status\": \"published\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"« Une citation assez longue pour compter », dit-il.\"}]}")
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long articleId = article.getLong("id");
        long comment = anonymous()
                .contentType(ContentType.JSON)
                .body("{\"authorName\": \"M\", \"body\": \"Matrice.\"}")
                .post("/api/articles/" + articleId + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        ids.put("/api/articles/{idOrSlug}", articleId);
        ids.put("/api/articles/{id}", articleId);
        ids.put("/api/articles/{id}/revisions/{version}", "/api/articles/" + articleId + "/revisions/0");
        long deleted = admin().contentType(ContentType.JSON)
                .body("{\"title\": \"Supprimé " + UUID.randomUUID()
                        + "\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}")
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        admin().delete("/api/articles/" + deleted).then().statusCode(204);
        ids.put("/api/articles/{id}/restore", "/api/articles/" + deleted + "/restore");
        ids.put("/api/paragraphs/{id}", article.getLong("blocks[0].id"));
        ids.put(
                "/api/quotes/{id}",
                anonymous()
                        .get("/api/articles/" + articleId + "/quotes")
                        .jsonPath()
                        .getLong("[0].id"));
        ids.put("/api/comments/{id}", comment);
        ids.put("/api/moderation/comments/{id}", comment);
        ids.put("/api/tokens/{id}", TokenResourceTest.token(Roles.EDITOR).getLong("id"));
        // a documentation address (TEST-NET-3): public, needs no DNS, and nothing answers there
        long webhook = admin().contentType(ContentType.JSON)
                .body("{\"url\": \"https://203.0.113.7/hook\", \"events\": " + "[\"article.deleted\"]}")
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        ids.put("/api/webhooks/{id}", webhook);
        ids.put("/api/webhooks/{id}/deliveries/{deliveryId}", webhook); // no such delivery: 404 to those allowed
    }

    @Test
    void shouldHaveARuleForEveryOperationOfTheContract() {
        Map<String, Operation> operations = operations();
        assertEquals(
                RULES.keySet(),
                operations.keySet(),
                "every operation needs an access rule here, and every rule an operation");
        operations.forEach((key, operation) -> {
            // public operations declare "anonymous or bearer" ({} among the alternatives); protected ones bearer only
            boolean tokenRequired = operation.getSecurity() != null
                    && !operation.getSecurity().isEmpty()
                    && operation.getSecurity().stream().noneMatch(Map::isEmpty);
            assertEquals(
                    neededRole(RULES.get(key)) != null && !hidden(RULES.get(key)),
                    tokenRequired,
                    key + ": the contract's security requirement");
        });
    }

    @Test
    void shouldGiveEachClientTheOutcomeItsRolesAllow() {
        List<String> failures = new ArrayList<>();
        operations().forEach((key, operation) -> {
            String rule = RULES.get(key);
            String needed = neededRole(rule);
            for (Client client : clients) {
                Response response = call(key, operation, client);
                int status = response.statusCode();
                boolean roleRefusal =
                        status == 403 && response.jsonPath().getString("detail").contains("role");
                String outcome = key + " as " + client.name() + " -> " + status;
                if (client.roles() == null) {
                    if (status != 401 || response.header("WWW-Authenticate") == null) {
                        failures.add(outcome + " (a bad token must get 401 with WWW-Authenticate)");
                    }
                } else if (needed == null || client.roles().contains(needed)) {
                    if (status == 401 || roleRefusal || status >= 500 || hidden(rule) && status == 404) {
                        failures.add(outcome + " (allowed)");
                    }
                } else if (hidden(rule)) {
                    if (status != 404) {
                        failures.add(outcome + " (expected 404: hidden from whoever lacks the role)");
                    }
                } else if (client.token() == null ? status != 401 : !roleRefusal) {
                    failures.add(outcome + " (expected " + (client.token() == null ? 401 : 403) + ")");
                }
            }
        });
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** The role a rule needs, null for anyone. */
    private static String neededRole(String rule) {
        return switch (rule) {
            case ANYONE -> null;
            case HIDDEN_EDITOR -> Roles.EDITOR;
            case HIDDEN_ADMIN -> Roles.ADMIN;
            default -> rule;
        };
    }

    private static boolean hidden(String rule) {
        return HIDDEN_EDITOR.equals(rule) || HIDDEN_ADMIN.equals(rule);
    }

    private Response call(String key, Operation operation, Client client) {
        String method = key.substring(0, key.indexOf(' '));
        String template = key.substring(key.indexOf(' ') + 1);
        String path = template;
        for (Map.Entry<String, Object> id : ids.entrySet()) {
            if (template.startsWith(id.getKey())) {
                String concrete = id.getValue() instanceof String given
                        ? given
                        : id.getKey().replaceAll("\\{[^}]+}", id.getValue().toString());
                path = concrete + template.substring(id.getKey().length());
            }
        }
        assertFalse(path.contains("{"), "no id for " + template);
        RequestSpecification request = Api.invalid();
        if (client.token() != null) {
            request.header("Authorization", "Bearer " + client.token());
        }
        if (operation.getRequestBody() != null) {
            request.contentType(ContentType.JSON).body("{}");
        }
        return request.request(method, path);
    }

    private static Map<String, Operation> operations() {
        OpenAPI contract = new OpenAPIV3Parser().read("openapi/openapi.yaml");
        Map<String, Operation> operations = new LinkedHashMap<>();
        contract.getPaths().forEach((path, item) -> {
            if (path.startsWith("/api") || path.startsWith("/sitemap")) {
                item.readOperationsMap().forEach((method, op) -> operations.put(method.name() + " " + path, op));
            }
        });
        return operations;
    }
}
