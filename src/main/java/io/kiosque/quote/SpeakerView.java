package io.kiosque.quote;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone quoted in published articles, under the fullest name the articles give. */
@Schema(name = "Speaker", description = "A person (or a role or group named as speaking) quoted in published articles")
public record SpeakerView(
        @Schema(
                description = "The fullest name the articles give, or the role as written",
                examples = "Vladimir Poutine")
        String name,

        @Schema(description = "How many quotes of published articles are theirs", examples = "2")
        long quotes,

        @Schema(description = "In how many published articles", examples = "1")
        long articles,

        @Schema(description = "When the newest article quoting them was published", examples = "2026-01-02T09:00:00Z")
        Instant latestQuotedAt) {}
