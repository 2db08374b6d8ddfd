package io.kiosque.web;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.parser.OpenAPIV3Parser;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract fed with what hostile clients send: unpaired surrogates, noncharacters, format
 * (invisible) characters, NUL and other controls, overlong or otherwise invalid UTF-8, huge numbers, wrong JSON
 * types, duplicate keys and trailing garbage, in bodies, query parameters and path ids. Generated with jqwik's
 * arbitraries (edge cases embedded) from a fixed seed, so that a failure replays ({@code -Dhostile.seed=…},
 * {@code -Dhostile.tries=…}). Kiosque must never answer 5xx; every refusal is problem+json and stores nothing (the
 * database's counts and versions are compared before and after); every answer is strict JSON (UTF-8, no duplicate
 * key, no unpaired surrogate or noncharacter, RFC 7493), and whatever a write stored is served again as strict JSON,
 * as script-safe JSON-LD and in a well-formed Atom feed.
 */
@QuarkusTest
class HostileInputTest {

    private static final String SEED = System.getProperty("hostile.seed", "20261129");
    private static final int TRIES = Integer.getInteger("hostile.tries", 16);
    private static final String PROBLEM = "application/problem+json";

    // ---- what clients send
    // --------------------------------------------------------------------------------------------

    private static final Arbitrary<String> LONE_SURROGATES =
            Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
    private static final Arbitrary<String> NONCHARACTERS = Arbitraries.oneOf(
                    Arbitraries.integers().between(0xFDD0, 0xFDEF),
                    Arbitraries.integers().between(0, 16).map(plane -> (plane << 16) | 0xFFFE),
                    Arbitraries.integers().between(0, 16).map(plane -> (plane << 16) | 0xFFFF))
            .map(Character::toString);
    private static final Arbitrary<String> FORMAT_CHARACTERS = Arbitraries.of(
                    codePoints(c -> Character.getType(c) == Character.FORMAT))
            .map(Character::toString);
    private static final Arbitrary<String> CONTROLS = Arbitraries.of(
                    codePoints(c -> Character.getType(c) == Character.CONTROL))
            .map(Character::toString);
    /** Words no other test searches for, markup, emoji sequences, combining marks, right-to-left text. */
    private static final Arbitrary<String> WORDS = Arbitraries.of(
            "Zébulon",
            "l’Xyloé",
            "« Quizzmaï »",
            "Vrombîx.",
            "😀",
            "👨‍👩‍👧",
            "🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74\uDB40\uDC7F",
            "</script><script>alert(1)</script>",
            "]]>",
            "&amp;",
            "<![CDATA[x",
            "<!--",
            "\"",
            "\\",
            " ",
            "\u00A0",
            "\n",
            "\r\n",
            "\t",
            "e\u0301",
            "שלום",
            "con",
            "nard",
            "𝔘",
            "x");

    /** How a string is written into JSON. */
    private enum Encoding {
        ESCAPED,
        RAW,
        RAW_CONTROLS,
        INVALID_UTF8
    }

    /** Byte sequences no UTF-8 decoder may accept: overlong "/" (2, 3 and 4 bytes), an encoded surrogate, past U+10FFFF, stray bytes. */
    private static final List<byte[]> INVALID_UTF8 = List.of(
            bytes(0xC0, 0xAF),
            bytes(0xE0, 0x80, 0xAF),
            bytes(0xF0, 0x80, 0x80, 0xAF),
            bytes(0xED, 0xA0, 0x80),
            bytes(0xED, 0xBF, 0xBF),
            bytes(0xF4, 0x90, 0x80, 0x80),
            bytes(0xFF),
            bytes(0x80),
            bytes(0xC3));

    private static final Arbitrary<byte[]> WRONG_TYPES = Arbitraries.of(
                    "123",
                    "-1",
                    "1.5",
                    "1e309",
                    "-1e-400",
                    "9223372036854775808",
                    "123456789012345678901234567890",
                    "true",
                    "null",
                    "[]",
                    "{}",
                    "[\"a\", null]",
                    "{\"a\": 1}",
                    "\"\"")
            .map(HostileInputTest::utf8);
    private static final Arbitrary<byte[]> NUMBERS = Arbitraries.of(
                    "1",
                    "0",
                    "-1",
                    "9223372036854775807",
                    "9223372036854775808",
                    "1.0",
                    "1e3",
                    "\"1\"",
                    "null",
                    "-0",
                    "1e309")
            .map(HostileInputTest::utf8);
    private static final Arbitrary<String> TRAILING =
            Arbitraries.of(" x", "}", "{\"a\": 1}", " \u0000", ",", " []", "\"\\ud800\"");
    /** Ways of writing 1 that Java would read as 1: never sent where a hit would delete the seed article or the admin token. */
    private static final Set<String> ALIASES_OF_ONE = Set.of("%D9%A1", "%EF%BC%91", "0001", "+1");

    private static final List<String> HOSTILE_IDS = List.of(
            "%D9%A1",
            "%EF%BC%91",
            "0001",
            "+1",
            "0",
            "-1",
            "99999999999999999999",
            "9223372036854775807",
            "%EF%BF%BF",
            "%ED%A0%80",
            "%C0%AF",
            "%E2%80%8B1",
            "1%00",
            "%F4%90%80%80",
            "1.0",
            "%20");

    /** A request to send: path with its raw query, headers, and a body (null for none). */
    private record Request(String method, String path, Map<String, String> headers, String contentType, byte[] body) {}

    /** Ids of the records the requests work on, made once per run. */
    private record Fixture(
            long article,
            String slug,
            long block,
            long quote,
            long comment,
            long editable,
            long editableBlock,
            long editedComment,
            String editToken,
            long moderatedComment,
            long doomedComment,
            String doomedToken,
            long doomedArticle,
            long doomedApiToken,
            long webhook,
            long delivery,
            long doomedWebhook) {}

    /**
     * The requests of one kind of client, for every operation. A hostile client sends all of the above, in every field
     * at once; a careful one sends text Kiosque takes (with the format characters and controls it cleans away), well
     * typed, to real ids, so that a run stores enough for the served-back checks to mean something.
     */
    private static final class Client {

        private final boolean hostile;
        private final Arbitrary<String> text;
        private final Arbitrary<byte[]> jsonStrings;
        private final Arbitrary<byte[]> textValues;
        private final Arbitrary<String> queryValues;

        Client(boolean hostile) {
            this.hostile = hostile;
            text = (hostile
                            ? Arbitraries.frequencyOf(
                                    Tuple.of(12, WORDS),
                                    Tuple.of(1, LONE_SURROGATES),
                                    Tuple.of(1, NONCHARACTERS),
                                    Tuple.of(2, FORMAT_CHARACTERS),
                                    Tuple.of(1, CONTROLS))
                            : Arbitraries.frequencyOf(
                                    Tuple.of(12, WORDS), Tuple.of(2, FORMAT_CHARACTERS), Tuple.of(1, CONTROLS)))
                    .list()
                    .ofMinSize(hostile ? 0 : 1)
                    .ofMaxSize(8)
                    .map(parts -> String.join("", parts));
            Arbitrary<Encoding> encodings =
                    hostile ? Arbitraries.of(Encoding.values()) : Arbitraries.of(Encoding.ESCAPED, Encoding.RAW);
            jsonStrings = Combinators.combine(text, encodings, Arbitraries.of(INVALID_UTF8))
                    .as(HostileInputTest::jsonString);
            textValues =
                    hostile ? Arbitraries.frequencyOf(Tuple.of(9, jsonStrings), Tuple.of(1, WRONG_TYPES)) : jsonStrings;
            queryValues = hostile
                    ? Arbitraries.frequencyOf(
                            Tuple.of(4, text.map(HostileInputTest::percentEncoded)),
                            Tuple.of(
                                    2,
                                    Arbitraries.of(
                                            "1",
                                            "0",
                                            "-1",
                                            "214748365",
                                            "2147483648",
                                            "99999999999",
                                            "1.5",
                                            "1e3",
                                            "%C0%AF",
                                            "%00",
                                            "")),
                            Tuple.of(
                                    1,
                                    Arbitraries.of(
                                            "draft",
                                            "published",
                                            "newest",
                                            "oldest",
                                            "pending",
                                            "article",
                                            "quote",
                                            "id,title")))
                    : Arbitraries.oneOf(text.map(HostileInputTest::percentEncoded), Arbitraries.of("1", "2", "20"));
        }

        /** A JSON string that is one of these values; from a hostile client, anything else sometimes. */
        Arbitrary<byte[]> oneOf(String... values) {
            Arbitrary<byte[]> valid = Arbitraries.of(values).map(v -> utf8("\"" + v + "\""));
            return hostile
                    ? Arbitraries.frequencyOf(Tuple.of(6, valid), Tuple.of(2, jsonStrings), Tuple.of(1, WRONG_TYPES))
                    : valid;
        }

        Arbitrary<byte[]> array(Arbitrary<byte[]> element, int max) {
            Arbitrary<byte[]> array = element.list().ofMinSize(0).ofMaxSize(max).map(HostileInputTest::jsonArray);
            return hostile ? Arbitraries.frequencyOf(Tuple.of(8, array), Tuple.of(1, WRONG_TYPES)) : array;
        }

        /** A JSON object with these fields; from a hostile client each sometimes left out, one twice, an unknown one, or garbage after. */
        Arbitrary<byte[]> object(Map<String, Arbitrary<byte[]>> fields) {
            List<String> names = List.copyOf(fields.keySet());
            List<Arbitrary<byte[]>> values = fields.values().stream()
                    .map(v -> hostile ? v.injectNull(0.15) : v)
                    .toList();
            Arbitrary<List<byte[]>> present = Combinators.combine(values).as(ArrayList::new);
            Arbitrary<Integer> mutation = hostile
                    ? Arbitraries.frequency(Tuple.of(14, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(2, 3))
                    : Arbitraries.just(0);
            return Combinators.combine(present, mutation, textValues, TRAILING).as((vals, mutate, extra, trailing) -> {
                ByteArrayOutputStream json = new ByteArrayOutputStream();
                json.writeBytes(utf8("{"));
                String separator = "";
                for (int i = 0; i < names.size(); i++) {
                    if (vals.get(i) != null) {
                        json.writeBytes(utf8(separator + "\"" + names.get(i) + "\": "));
                        json.writeBytes(vals.get(i));
                        separator = ", ";
                    }
                }
                if (mutate == 1 || mutate == 2) { // a field twice, or one the contract does not know
                    json.writeBytes(utf8(separator + "\"" + (mutate == 1 ? names.get(0) : "unknown") + "\": "));
                    json.writeBytes(extra);
                }
                json.writeBytes(utf8("}" + (mutate == 3 ? trailing : "")));
                return json.toByteArray();
            });
        }

        /** The real id; from a hostile client, sometimes another way of writing a number, or not a number. */
        Arbitrary<String> id(Object real) {
            Arbitrary<String> id = Arbitraries.just(String.valueOf(real));
            return hostile ? Arbitraries.frequencyOf(Tuple.of(5, id), Tuple.of(2, Arbitraries.of(HOSTILE_IDS))) : id;
        }

        /** An id that the request may delete: mostly hostile ones (never an alias of 1), now and then the real one. */
        Arbitrary<String> doomedId(long real) {
            Arbitrary<String> safeHostileIds = Arbitraries.of(HOSTILE_IDS).filter(i -> !ALIASES_OF_ONE.contains(i));
            return hostile
                    ? Arbitraries.frequencyOf(
                            Tuple.of(6, safeHostileIds), Tuple.of(1, Arbitraries.just(Long.toString(real))))
                    : Arbitraries.just(Long.toString(real));
        }

        /** An optional number field: the real id, or from a hostile client any number. */
        Arbitrary<byte[]> reference(long real) {
            Arbitrary<byte[]> id = Arbitraries.just(utf8(Long.toString(real)));
            return (hostile ? Arbitraries.oneOf(NUMBERS, id) : id).injectNull(0.7);
        }

        Arbitrary<byte[]> dates() {
            Arbitrary<byte[]> future = Arbitraries.just(utf8("\"2099-01-01T00:00:00+02:00\""));
            return hostile
                    ? Arbitraries.oneOf(
                            Arbitraries.of(
                                            "\"2026-01-02T08:30:00Z\"",
                                            "\"2026-13-45T99:00:00Z\"",
                                            "\"+999999999-12-31T23:59:59Z\"",
                                            "\"-999999999-01-01T00:00:00Z\"",
                                            "1700000000",
                                            "\"\"")
                                    .map(HostileInputTest::utf8),
                            future,
                            textValues)
                    : future.injectNull(0.5);
        }

        /** A query string over these parameters, each present or not. */
        Arbitrary<String> query(String... names) {
            List<Arbitrary<String>> values = Arrays.stream(names)
                    .map(n -> queryValues.map(v -> n + "=" + v).injectNull(0.5))
                    .toList();
            return Combinators.combine(values).as(list -> {
                String joined =
                        String.join("&", list.stream().filter(p -> p != null).toList());
                return joined.isEmpty() ? "" : "?" + joined;
            });
        }

        Arbitrary<Request> get(Arbitrary<String> path, String... parameters) {
            return Combinators.combine(path, query(parameters))
                    .as((p, q) -> new Request("GET", p + q, Map.of(), null, null));
        }

        Arbitrary<Request> send(
                String method, Arbitrary<String> path, Map<String, String> headers, Arbitrary<byte[]> body) {
            return Combinators.combine(path, body).as((p, b) -> new Request(method, p, headers, "application/json", b));
        }

        Arbitrary<byte[]> article() {
            Arbitrary<byte[]> block = object(fields(
                    "type",
                    oneOf("paragraph", "paragraph", "heading", "ad"),
                    "text",
                    textValues,
                    "id",
                    hostile ? NUMBERS.injectNull(0.9) : Arbitraries.just(null)));
            return object(fields(
                    "title",
                    textValues,
                    "blocks",
                    array(block, 3),
                    "status",
                    oneOf("published", "draft", "scheduled"),
                    "language",
                    oneOf("fr", "fr-BE", "en"),
                    "tags",
                    array(textValues, 3),
                    "authors",
                    array(textValues, 2),
                    "publishedAt",
                    dates(),
                    "publishAt",
                    dates(),
                    "unpublishAt",
                    dates(),
                    "commentMode",
                    oneOf("open", "premoderated", "closed")));
        }

        /** Newsroom text: a title line, then blocks, as UTF-8; from a hostile client now and then with bytes that are not. */
        Arbitrary<byte[]> newsroomText() {
            Arbitrary<byte[]> invalid = hostile ? Arbitraries.of(INVALID_UTF8).injectNull(0.8) : Arbitraries.just(null);
            return Combinators.combine(text, text.list().ofMinSize(0).ofMaxSize(4), invalid)
                    .as((title, blocks, bad) -> {
                        ByteArrayOutputStream newsroom = new ByteArrayOutputStream();
                        newsroom.writeBytes(utf8Lenient(title + "\n\n" + String.join("\n\n", blocks) + "\n"));
                        if (bad != null) {
                            newsroom.writeBytes(bad);
                        }
                        return newsroom.toByteArray();
                    });
        }

        Map<String, Arbitrary<Request>> operations(Fixture f) {
            Map<String, String> asAuthor = Map.of("X-Edit-Token", f.editToken(), "If-Match", "*");
            Arbitrary<String> idOrSlug = Arbitraries.oneOf(id(f.article()), Arbitraries.just(f.slug()));
            Map<String, Arbitrary<Request>> ops = new LinkedHashMap<>();
            ops.put(
                    "GET /api/articles",
                    get(
                            Arbitraries.just("/api/articles"),
                            "status",
                            "tag",
                            "author",
                            "publishedAfter",
                            "publishedBefore",
                            "sort",
                            "fields",
                            "page",
                            "size",
                            "cursor"));
            ops.put(
                    "POST /api/articles",
                    Arbitraries.oneOf(
                            send("POST", Arbitraries.just("/api/articles"), Map.of(), article()),
                            Combinators.combine(newsroomText(), query("status", "language"))
                                    .as((text, q) -> new Request(
                                            "POST",
                                            "/api/articles" + q,
                                            Map.of(),
                                            "text/plain; charset=utf-8",
                                            text))));
            ops.put(
                    "GET /api/articles/{idOrSlug}",
                    Combinators.combine(
                                    idOrSlug,
                                    Arbitraries.of("application/json", "text/plain", "application/ld+json", "*/*"))
                            .as((i, accept) ->
                                    new Request("GET", "/api/articles/" + i, Map.of("Accept", accept), null, null)));
            ops.put(
                    "PUT /api/articles/{id}",
                    send("PUT", id(f.editable()).map(i -> "/api/articles/" + i), asAuthor, article()));
            ops.put(
                    "DELETE /api/articles/{id}",
                    doomedId(f.doomedArticle())
                            .map(i -> new Request("DELETE", "/api/articles/" + i, Map.of(), null, null)));
            Arbitrary<String> versions = hostile
                    ? Arbitraries.of("0", "1", "2", "7", "00", "-1", "99999999999999999999")
                    : Arbitraries.of("0", "1");
            ops.put(
                    "GET /api/articles/{id}/revisions",
                    get(id(f.editable()).map(i -> "/api/articles/" + i + "/revisions"), "page", "size"));
            ops.put(
                    "GET /api/articles/{id}/revisions/{version}",
                    get(Combinators.combine(id(f.editable()), versions)
                            .as((i, v) -> "/api/articles/" + i + "/revisions/" + v)));
            ops.put(
                    "GET /api/articles/{id}/diff",
                    get(id(f.editable()).map(i -> "/api/articles/" + i + "/diff"), "from", "to"));
            ops.put(
                    "POST /api/articles/{id}/revisions/{version}/restore",
                    Combinators.combine(id(f.editable()), versions)
                            .as((i, v) -> new Request(
                                    "POST",
                                    "/api/articles/" + i + "/revisions/" + v + "/restore",
                                    asAuthor,
                                    null,
                                    null)));
            ops.put(
                    "POST /api/articles/{id}/restore",
                    doomedId(f.doomedArticle())
                            .map(i -> new Request("POST", "/api/articles/" + i + "/restore", Map.of(), null, null)));
            ops.put(
                    "POST /api/articles/{id}/corrections",
                    send(
                            "POST",
                            id(f.editable()).map(i -> "/api/articles/" + i + "/corrections"),
                            Map.of(),
                            object(fields("type", oneOf("correction", "update"), "text", textValues))));
            ops.put(
                    "GET /api/articles/{idOrSlug}/paragraphs",
                    get(id(f.article()).map(i -> "/api/articles/" + i + "/paragraphs")));
            ops.put("GET /api/paragraphs/{id}", get(id(f.block()).map(i -> "/api/paragraphs/" + i)));
            ops.put(
                    "PATCH /api/paragraphs/{id}",
                    send(
                            "PATCH",
                            id(f.editableBlock()).map(i -> "/api/paragraphs/" + i),
                            asAuthor,
                            object(fields("text", textValues, "type", oneOf("paragraph", "heading")))));
            ops.put(
                    "GET /api/articles/{idOrSlug}/quotes",
                    get(id(f.article()).map(i -> "/api/articles/" + i + "/quotes")));
            ops.put("GET /api/quotes", get(Arbitraries.just("/api/quotes"), "speaker", "q", "page", "size"));
            ops.put("GET /api/speakers", get(Arbitraries.just("/api/speakers"), "q", "page", "size"));
            ops.put("GET /api/quotes/{id}", get(id(f.quote()).map(i -> "/api/quotes/" + i)));
            ops.put(
                    "PATCH /api/quotes/{id}",
                    send(
                            "PATCH",
                            id(f.quote()).map(i -> "/api/quotes/" + i),
                            asAuthor,
                            object(fields("speaker", textValues, "kind", oneOf("speech", "term")))));
            ops.put(
                    "GET /api/articles/{idOrSlug}/comments",
                    get(
                            id(f.article()).map(i -> "/api/articles/" + i + "/comments"),
                            "order",
                            "cursor",
                            "limit",
                            "paragraphId"));
            Arbitrary<byte[]> comment = object(fields(
                    "authorName",
                    textValues,
                    "body",
                    textValues,
                    "parentId",
                    reference(f.comment()),
                    "paragraphId",
                    reference(f.block())));
            Arbitrary<String> newKeys = Arbitraries.strings().alpha().numeric().ofLength(24);
            Arbitrary<String> keys = hostile
                    ? Arbitraries.frequencyOf(
                            Tuple.of(6, newKeys), Tuple.of(1, Arbitraries.of("", " ", "x".repeat(300), "k\"y", "a b")))
                    : newKeys;
            ops.put(
                    "POST /api/articles/{idOrSlug}/comments",
                    Combinators.combine(idOrSlug, comment, keys)
                            .as((i, body, key) -> new Request(
                                    "POST",
                                    "/api/articles/" + i + "/comments",
                                    Map.of("Idempotency-Key", key),
                                    "application/json",
                                    body)));
            ops.put("GET /api/comments/{id}", get(id(f.comment()).map(i -> "/api/comments/" + i)));
            ops.put(
                    "PATCH /api/comments/{id}",
                    send(
                            "PATCH",
                            id(f.editedComment()).map(i -> "/api/comments/" + i),
                            asAuthor,
                            object(fields("body", textValues))));
            ops.put(
                    "DELETE /api/comments/{id}",
                    id(f.doomedComment())
                            .map(i -> new Request(
                                    "DELETE",
                                    "/api/comments/" + i,
                                    Map.of("X-Edit-Token", f.doomedToken()),
                                    null,
                                    null)));
            ops.put(
                    "POST /api/comments/{id}/flags",
                    send(
                            "POST",
                            id(f.comment()).map(i -> "/api/comments/" + i + "/flags"),
                            Map.of(),
                            object(fields("reason", oneOf("offensive", "abusive", "spam", "other")))));
            ops.put("GET /api/feed", get(Arbitraries.just("/api/feed")));
            ops.put("GET /api/search", get(Arbitraries.just("/api/search"), "q", "type", "page", "size"));
            ops.put(
                    "GET /api/moderation/comments",
                    get(Arbitraries.just("/api/moderation/comments"), "status", "page", "size"));
            ops.put(
                    "PATCH /api/moderation/comments/{id}",
                    send(
                            "PATCH",
                            id(f.moderatedComment()).map(i -> "/api/moderation/comments/" + i),
                            Map.of(),
                            object(fields("status", oneOf("approved", "rejected", "spam")))));
            ops.put(
                    "POST /api/tokens",
                    send(
                            "POST",
                            Arbitraries.just("/api/tokens"),
                            Map.of(),
                            object(fields(
                                    "name",
                                    textValues,
                                    "roles",
                                    array(oneOf("editor", "moderator"), 3),
                                    "expiresAt",
                                    dates()))));
            ops.put("GET /api/tokens", get(Arbitraries.just("/api/tokens")));
            ops.put(
                    "DELETE /api/tokens/{id}",
                    doomedId(f.doomedApiToken())
                            .map(i -> new Request("DELETE", "/api/tokens/" + i, Map.of(), null, null)));
            ops.put("GET /api/changes", get(Arbitraries.just("/api/changes"), "since", "limit"));
            // public documentation addresses (no DNS, nothing answers), and internal ones that must be refused
            Arbitrary<byte[]> urls = oneOf(
                    "https://203.0.113.7/hook",
                    "https://198.51.100.9:8443/h?x=1",
                    "https://127.0.0.1/hook",
                    "http://203.0.113.7/hook",
                    "https://169.254.169.254/latest");
            Arbitrary<byte[]> events = array(oneOf("article.published", "article.deleted", "comment.approved"), 3);
            Arbitrary<byte[]> booleans = Arbitraries.of("true", "false").map(HostileInputTest::utf8);
            ops.put(
                    "POST /api/webhooks",
                    send(
                            "POST",
                            Arbitraries.just("/api/webhooks"),
                            Map.of(),
                            object(fields("url", urls, "events", events, "description", textValues))));
            ops.put("GET /api/webhooks", get(Arbitraries.just("/api/webhooks")));
            Arbitrary<String> webhook = id(f.webhook()).map(i -> "/api/webhooks/" + i);
            ops.put("GET /api/webhooks/{id}", get(webhook));
            ops.put(
                    "PATCH /api/webhooks/{id}",
                    send(
                            "PATCH",
                            webhook,
                            Map.of(),
                            object(fields(
                                    "url",
                                    urls,
                                    "events",
                                    events,
                                    "enabled",
                                    hostile ? Arbitraries.oneOf(booleans, WRONG_TYPES) : booleans,
                                    "description",
                                    textValues))));
            ops.put(
                    "DELETE /api/webhooks/{id}",
                    doomedId(f.doomedWebhook())
                            .map(i -> new Request("DELETE", "/api/webhooks/" + i, Map.of(), null, null)));
            ops.put(
                    "POST /api/webhooks/{id}/secret",
                    webhook.map(w -> new Request("POST", w + "/secret", Map.of(), null, null)));
            ops.put("GET /api/webhooks/{id}/deliveries", get(webhook.map(w -> w + "/deliveries"), "limit"));
            ops.put(
                    "POST /api/webhooks/{id}/deliveries/{deliveryId}/retry",
                    Combinators.combine(webhook, id(f.delivery()))
                            .as((w, d) ->
                                    new Request("POST", w + "/deliveries/" + d + "/retry", Map.of(), null, null)));
            ops.put(
                    "POST /api/webhooks/{id}/test",
                    webhook.map(w -> new Request("POST", w + "/test", Map.of(), null, null)));
            return ops;
        }
    }

    /** Every operation: two requests in three from a hostile client, one from a careful one. */
    private static Map<String, Arbitrary<Request>> operations(Fixture fixture) {
        Map<String, Arbitrary<Request>> hostile = new Client(true).operations(fixture);
        Map<String, Arbitrary<Request>> careful = new Client(false).operations(fixture);
        Map<String, Arbitrary<Request>> both = new LinkedHashMap<>();
        hostile.forEach((operation, requests) -> both.put(
                operation, Arbitraries.frequencyOf(Tuple.of(2, requests), Tuple.of(1, careful.get(operation)))));
        return both;
    }

    /** Fields in the order given (a JSON object's order must not change between runs of one seed). */
    @SuppressWarnings("unchecked")
    private static Map<String, Arbitrary<byte[]>> fields(Object... namesAndValues) {
        Map<String, Arbitrary<byte[]>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], (Arbitrary<byte[]>) namesAndValues[i + 1]);
        }
        return fields;
    }

    // ---- the run --------------------------------------------------------------------------------------------------

    @Inject
    EntityManager em;

    private final List<String> failures = new ArrayList<>();
    private final Set<Long> createdArticles = new TreeSet<>();
    private final Set<Long> createdTokens = new TreeSet<>();
    private final Set<Long> createdWebhooks = new TreeSet<>();
    private int acceptedWrites;
    private int refusedWrites;

    @Test
    void shouldRefuseCleanlyAndServeBackCleanlyWhateverHostileClientsSend() {
        Fixture fixture = fixture();
        Map<String, Arbitrary<Request>> operations = operations(fixture);
        assertEquals(
                contractOperations(),
                new TreeSet<>(operations.keySet()),
                "every operation of the contract has a hostile generator");
        JqwikSession.start(SEED);
        try {
            Random random = new Random(Long.parseLong(SEED));
            for (Map.Entry<String, Arbitrary<Request>> operation : operations.entrySet()) {
                RandomGenerator<Request> generator = operation.getValue().generatorWithEmbeddedEdgeCases(100);
                for (int i = 0; i < TRIES; i++) {
                    check(operation.getKey(), generator.next(random).value(), fixture);
                }
            }
        } finally {
            JqwikSession.finish();
            createdArticles.forEach(id -> admin().header("If-Match", "*").delete("/api/articles/" + id));
            createdTokens.forEach(id -> admin().delete("/api/tokens/" + id));
            createdWebhooks.forEach(id -> admin().delete("/api/webhooks/" + id));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " findings on " + TRIES * operations.size() + " hostile requests (seed " + SEED
                    + "):\n" + String.join("\n", failures.subList(0, Math.min(25, failures.size()))));
        }
        // a run that never stored anything, or never refused anything, checked nothing
        assertTrue(
                acceptedWrites > TRIES && refusedWrites > TRIES,
                acceptedWrites + " writes accepted, " + refusedWrites + " refused");
    }

    private void check(String operation, Request request, Fixture fixture) {
        boolean write = !request.method().equals("GET");
        String before = write ? stored() : null;
        Response response;
        try {
            response = send(request);
        } catch (RuntimeException e) { // REST Assured rethrows socket errors unchecked
            failures.add(describe(operation, request) + " -> no answer: " + e);
            return;
        }
        int status = response.statusCode();
        String type = String.valueOf(response.contentType());
        String what = describe(operation, request) + " -> " + status;
        if (status >= 500) {
            failures.add(what + ": " + response.asString());
            return;
        }
        if (status >= 400 && !type.startsWith(PROBLEM)) {
            failures.add(what + " with Content-Type " + type);
        }
        if (status >= 400 && write && !before.equals(stored())) {
            failures.add(what + " but something was stored: " + before + " became " + stored());
        }
        if (type.contains("json")) {
            strictJson(what, response.asByteArray());
        } else if (type.startsWith("text/plain")) {
            strictText(what, response.asByteArray());
        } else if (type.startsWith("application/atom+xml")) {
            wellFormedXml(what, response.asByteArray());
        }
        if (status < 300 && write) {
            acceptedWrites++;
            servedBack(operation, what, response, fixture);
        } else if (write) {
            refusedWrites++;
        }
    }

    /** What a write stored, read back through every representation that shows it. */
    private void servedBack(String operation, String what, Response response, Fixture fixture) {
        if (operation.startsWith("DELETE")) {
            return;
        }
        if (operation.startsWith("POST /api/tokens")) {
            createdTokens.add(response.jsonPath().getLong("id"));
            strictJson(what + ", token list", admin().get("/api/tokens").asByteArray());
            return;
        }
        if (operation.contains("comments") || operation.contains("flags")) {
            strictJson(
                    what + ", thread",
                    anonymous()
                            .get("/api/articles/" + fixture.article() + "/comments?limit=100")
                            .asByteArray());
            if (operation.startsWith("POST /api/articles/{idOrSlug}/comments")) {
                strictJson(
                        what + ", comment",
                        admin().get("/api/comments/" + response.jsonPath().getLong("id"))
                                .asByteArray());
            }
            for (long comment : List.of(fixture.comment(), fixture.editedComment(), fixture.moderatedComment())) {
                strictJson(
                        what + ", comment " + comment,
                        admin().get("/api/comments/" + comment).asByteArray());
            }
            return;
        }
        if (operation.contains("/api/webhooks")) {
            if (operation.equals("POST /api/webhooks")) {
                createdWebhooks.add(response.jsonPath().getLong("id"));
            }
            strictJson(what + ", webhooks", admin().get("/api/webhooks").asByteArray());
            strictJson(
                    what + ", deliveries",
                    admin().get("/api/webhooks/" + fixture.webhook() + "/deliveries")
                            .asByteArray());
            return;
        }
        long article = operation.contains("quotes") ? fixture.article() : fixture.editable();
        if (operation.equals("POST /api/articles")) {
            article = response.jsonPath().getLong("id");
            createdArticles.add(article);
        }
        String path = "/api/articles/" + article;
        strictJson(
                what + ", article", admin().accept(ContentType.JSON).get(path).asByteArray());
        byte[] jsonLd = admin().accept("application/ld+json").get(path).asByteArray();
        strictJson(what + ", JSON-LD", jsonLd);
        String ld = new String(jsonLd, StandardCharsets.UTF_8);
        if (ld.contains("<") || ld.contains(">") || ld.contains("&")) {
            failures.add(what + ", JSON-LD with raw < > or & that could end a script element: " + ld);
        }
        strictText(
                what + ", text export",
                admin().accept(ContentType.TEXT).get(path).asByteArray());
        strictJson(what + ", quotes", admin().get(path + "/quotes").asByteArray());
        strictJson(what + ", list", admin().get("/api/articles").asByteArray());
        wellFormedXml(what + ", feed", anonymous().get("/api/feed").asByteArray());
    }

    private static Response send(Request request) {
        RequestSpecification spec = RestAssured.given()
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .urlEncodingEnabled(false)
                .config(RestAssuredConfig.config()
                        .encoderConfig(EncoderConfig.encoderConfig()
                                .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        request.headers().forEach(spec::header);
        if (request.body() != null) {
            spec.contentType(request.contentType()).body(request.body());
        }
        return spec.request(request.method(), request.path());
    }

    // ---- strict readers --------------------------------------------------------------------------------------------

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** RFC 8259 in UTF-8, read as I-JSON (RFC 7493): no duplicate key, no unpaired surrogate, no noncharacter. */
    private void strictJson(String what, byte[] body) {
        try {
            List<String> texts = new ArrayList<>();
            texts(STRICT.readTree(strictUtf8(body)), texts);
            texts.stream()
                    .map(HostileInputTest::forbidden)
                    .filter(bad -> bad != null)
                    .findFirst()
                    .ifPresent(bad -> failures.add(what + ": served JSON holds " + bad));
        } catch (Exception e) {
            failures.add(what + ": served JSON no strict parser reads: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void strictText(String what, byte[] body) {
        try {
            String text = strictUtf8(body);
            String bad = forbidden(text);
            if (bad != null) {
                failures.add(what + ": served text holds " + bad);
            }
        } catch (CharacterCodingException e) {
            failures.add(what + ": served text is not UTF-8");
        }
    }

    private void wellFormedXml(String what, byte[] body) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        } catch (Exception e) {
            failures.add(what + ": feed is not well-formed XML: " + e.getMessage());
        }
    }

    private static String strictUtf8(byte[] body) throws CharacterCodingException {
        return StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(body))
                .toString();
    }

    /** Every string of the document, field names included. */
    private static void texts(JsonNode node, List<String> into) {
        if (node.isTextual()) {
            into.add(node.textValue());
        }
        node.fields().forEachRemaining(field -> {
            into.add(field.getKey());
            texts(field.getValue(), into);
        });
        if (node.isArray()) {
            node.forEach(element -> texts(element, into));
        }
    }

    /** An unpaired surrogate or a noncharacter, described; null when the text has none. Written apart from the code under test. */
    private static String forbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i++);
                if ((codePoint & 0xFFFE) == 0xFFFE) {
                    return "U+" + Integer.toHexString(codePoint) + " in " + text;
                }
            } else if (Character.isSurrogate(c) || (c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
                return "U+" + Integer.toHexString(c) + " in " + text;
            }
        }
        return null;
    }

    // ---- fixture, state, helpers -----------------------------------------------------------------------------------

    /** Counts and versions of everything a request could store or change; equal before and after a refusal. */
    private String stored() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Arrays.toString((Object[]) em.createNativeQuery(
                                "select "
                                        + "(select count(*) from article), (select coalesce(sum(version), 0) from article), (select count(*) from article_slug), "
                                        + "(select count(*) from block), (select count(*) from quote), (select count(*) from comment), "
                                        + "(select max(updated_at) from comment), (select count(*) from comment_flag), (select count(*) from api_token), "
                                        + "(select count(revoked_at) from api_token), (select count(*) from idempotency_record), "
                                        + "(select count(*) from webhook_endpoint), (select max(updated_at) from webhook_endpoint)")
                        .getSingleResult()));
    }

    private static Fixture fixture() {
        JsonPath article = createArticle("« Nous tiendrons bon jusqu’au bout », a déclaré Zébulon Vrombîx.");
        long id = article.getLong("id");
        JsonPath editable = createArticle("Un paragraphe à réécrire.");
        long quote = anonymous()
                .get("/api/articles/" + id + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        JsonPath edited = postComment(id);
        JsonPath doomed = postComment(id);
        long doomedArticle = createArticle("À effacer.").getLong("id");
        long doomedToken = admin().contentType(ContentType.JSON)
                .body("{\"name\": \"Hostile à révoquer\", \"roles\": [\"editor\"]}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        long webhook = webhook();
        long delivery = admin().post("/api/webhooks/" + webhook + "/test")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getLong("id");
        return new Fixture(
                id,
                article.getString("slug"),
                article.getLong("blocks[0].id"),
                quote,
                postComment(id).getLong("id"),
                editable.getLong("id"),
                editable.getLong("blocks[0].id"),
                edited.getLong("id"),
                edited.getString("editToken"),
                postComment(id).getLong("id"),
                doomed.getLong("id"),
                doomed.getString("editToken"),
                doomedArticle,
                doomedToken,
                webhook,
                delivery,
                webhook());
    }

    /** An endpoint at a public documentation address: nothing answers there. */
    private static long webhook() {
        return admin().contentType(ContentType.JSON)
                .body("{\"url\": \"https://203.0.113.7/hook\", \"events\": [\"comment.removed\"]}")
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static JsonPath createArticle(String paragraph) {
        return admin().contentType(ContentType.JSON)
                .body("""
                {"title": "Hostile %s", "status": "published", "blocks": [{"type": "paragraph", "text": "%s"}]}
                """.formatted(UUID.randomUUID(), paragraph))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static JsonPath postComment(long article) {
        return anonymous()
                .contentType(ContentType.JSON)
                .body("{\"authorName\": \"Zébulon\", \"body\": \"Un avis " + UUID.randomUUID() + "\"}")
                .post("/api/articles/" + article + "/comments")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static Set<String> contractOperations() {
        Set<String> operations = new TreeSet<>();
        new OpenAPIV3Parser().read("openapi/openapi.yaml").getPaths().forEach((path, item) -> {
            if (path.startsWith("/api")) {
                item.readOperationsMap().keySet().forEach(method -> operations.add(method.name() + " " + path));
            }
        });
        return operations;
    }

    private static String describe(String operation, Request request) {
        String body = request.body() == null ? "" : " " + printable(request.body());
        return operation + ": " + request.method() + " " + request.path() + " " + request.headers() + body;
    }

    /** The body with every byte outside printable ASCII as \xNN, so that a failure shows exactly what was sent. */
    private static String printable(byte[] body) {
        StringBuilder out = new StringBuilder();
        for (byte b : body) {
            out.append(
                    b >= 0x20 && b < 0x7F
                            ? String.valueOf((char) b)
                            : "\\x" + HexFormat.of().toHexDigits(b));
        }
        return out.length() > 300 ? out.substring(0, 300) + "…" : out.toString();
    }

    private static List<Integer> codePoints(IntPredicate which) {
        return IntStream.rangeClosed(0, Character.MAX_CODE_POINT)
                .filter(which)
                .boxed()
                .toList();
    }

    private static byte[] jsonString(String text, Encoding encoding, byte[] invalid) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (encoding == Encoding.INVALID_UTF8 && i == text.length() / 2) {
                out.writeBytes(invalid);
            }
            if (c == '"' || c == '\\') {
                out.writeBytes(utf8("\\" + c));
            } else if (c < 0x20 && encoding == Encoding.RAW_CONTROLS) {
                out.write(c);
            } else if (c < 0x20 || c > 0x7E && encoding == Encoding.ESCAPED || Character.isSurrogate(c) && !pair) {
                out.writeBytes(utf8(String.format("\\u%04x", (int) c)));
            } else if (pair) {
                out.writeBytes(utf8(text.substring(i, i + 2)));
                i++;
            } else {
                out.writeBytes(utf8(String.valueOf(c)));
            }
        }
        if (encoding == Encoding.INVALID_UTF8 && text.isEmpty()) {
            out.writeBytes(invalid);
        }
        out.write('"');
        return out.toByteArray();
    }

    private static byte[] jsonArray(List<byte[]> elements) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write('[');
        for (int i = 0; i < elements.size(); i++) {
            out.writeBytes(utf8(i == 0 ? "" : ", "));
            out.writeBytes(elements.get(i));
        }
        out.write(']');
        return out.toByteArray();
    }

    /** Percent-encoded UTF-8; an unpaired surrogate as the three bytes a lax encoder writes for it (ED A0 80…). */
    private static String percentEncoded(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : utf8Lenient(text)) {
            int unsigned = b & 0xFF;
            boolean plain = unsigned < 0x80 && (Character.isLetterOrDigit(unsigned) || "-._~".indexOf(unsigned) >= 0);
            out.append(
                    plain
                            ? String.valueOf((char) unsigned)
                            : "%" + HexFormat.of().withUpperCase().toHexDigits(b));
        }
        return out.toString();
    }

    /** UTF-8, with unpaired surrogates encoded as if they were code points (CESU-style bytes a strict decoder refuses). */
    private static byte[] utf8Lenient(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF) {
                out.writeBytes(
                        bytes(0xE0 | (codePoint >> 12), 0x80 | ((codePoint >> 6) & 0x3F), 0x80 | (codePoint & 0x3F)));
            } else {
                out.writeBytes(Character.toString(codePoint).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
