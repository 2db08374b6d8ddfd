package io.kiosque.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed. */
@Schema(name = "ChangePage")
public record ChangePage(
        @Schema(description = "Changes in order; empty when you are up to date")
        List<ChangeView> items,

        @Schema(
                description = "Store it and pass it as ?since= next time (the same cursor when the page is empty)",
                examples = "1042.0")
        String nextCursor) {}
