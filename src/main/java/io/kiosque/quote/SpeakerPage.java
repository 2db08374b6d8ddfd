package io.kiosque.quote;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of speakers. */
@Schema(name = "SpeakerPage")
public record SpeakerPage(
        List<SpeakerView> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "1") long totalItems,
        @Schema(examples = "1") int totalPages) {}
