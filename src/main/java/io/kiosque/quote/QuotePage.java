package io.kiosque.quote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of quotes. */
@Schema(name = "QuotePage")
public record QuotePage(
        List<QuoteView> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "2") long totalItems,
        @Schema(examples = "1") int totalPages,

        @Schema(
                description =
                        "The most quoted speakers (at most 20) among the quotes matching q, whatever the speaker filter, most quotes first")
        List<SpeakerFacet> speakers) {}
