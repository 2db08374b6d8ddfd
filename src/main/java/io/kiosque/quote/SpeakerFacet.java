package io.kiosque.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A speaker and how many quotes of the result are theirs. */
@Schema(name = "SpeakerFacet")
public record SpeakerFacet(
        @Schema(examples = "Vladimir Poutine") String speaker,
        @Schema(examples = "3") long count) {}
