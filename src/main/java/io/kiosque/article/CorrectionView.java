package io.kiosque.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A correction as clients see it. */
@Schema(name = "Correction")
public record CorrectionView(
        @Schema(examples = "1") long id,

        @Schema(
                enumeration = {"correction", "update"},
                examples = "correction")
        String type,

        @Schema(
                examples =
                        "Une version précédente de cet article attribuait la lettre de vœux au ministre des affaires étrangères.")
        String text,

        @Schema(examples = "2026-01-02T10:05:00Z") Instant datePublished) {

    static CorrectionView of(Correction correction) {
        return new CorrectionView(correction.id, correction.type, correction.text, correction.createdAt);
    }
}
