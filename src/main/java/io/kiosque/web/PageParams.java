package io.kiosque.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The page and size query parameters of every page-numbered list, with their bounds. */
public class PageParams {

    /**
     * The deepest page: far past any list a reader pages through (keyset cursors serve deeper reads), and low enough
     * that the first item's index, at most 100 × this, is a number the database query can take.
     */
    public static final int MAX_PAGE = 1_000_000;

    @Parameter(description = "1-based page number")
    @QueryParam("page")
    @DefaultValue("1")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_PAGE, message = "must be at most {value}")
    public int page;

    @Parameter(description = "Items per page, at most 100")
    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 100, message = "must be at most 100")
    public int size;

    /** Index of the page's first item. */
    public int offset() {
        return (page - 1) * size;
    }
}
