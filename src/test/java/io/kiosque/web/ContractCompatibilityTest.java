package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Clients generated from the last release's contract keep working: a breaking change (per openapi-diff) against
 * openapi/baseline/openapi.yaml fails the build unless info.version says so.
 */
class ContractCompatibilityTest {

    private static final String BASELINE = "openapi/baseline/openapi.yaml";
    private static final String CURRENT = "openapi/openapi.yaml";

    @Test
    void shouldStayCompatibleWithTheBaselineUnlessTheVersionIsBumped() {
        ChangedOpenApi diff = OpenApiCompare.fromLocations(BASELINE, CURRENT);
        if (diff.isIncompatible()) {
            assertNotEquals(
                    version(BASELINE),
                    version(CURRENT),
                    "openapi/openapi.yaml breaks clients of the baseline contract; bump info.version "
                            + "(@Info in web/KiosqueApi.java) or keep the change compatible:\n" + markdown(diff));
        }
    }

    @Test
    void shouldSeeARemovedOperationOrANewRequiredParameterAsBreaking() {
        OpenAPI current = parse(CURRENT);
        OpenAPI withoutSearch = parse(CURRENT);
        withoutSearch.getPaths().remove("/api/search");
        assertTrue(
                OpenApiCompare.fromSpecifications(current, withoutSearch).isIncompatible(),
                "removing an operation breaks clients");

        OpenAPI stricter = parse(CURRENT);
        stricter.getPaths().get("/api/articles").getGet().getParameters().stream()
                .filter(p -> "tag".equals(p.getName()))
                .findFirst()
                .orElseThrow()
                .setRequired(true);
        assertTrue(
                OpenApiCompare.fromSpecifications(current, stricter).isIncompatible(),
                "a parameter that becomes required breaks clients");

        assertFalse(
                OpenApiCompare.fromSpecifications(withoutSearch, current).isIncompatible(),
                "adding an operation does not");
    }

    private static OpenAPI parse(String location) {
        return new OpenAPIV3Parser().read(location);
    }

    private static String version(String location) {
        return parse(location).getInfo().getVersion();
    }

    private static String markdown(ChangedOpenApi diff) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new MarkdownRender().render(diff, writer);
        return out.toString(StandardCharsets.UTF_8);
    }
}
