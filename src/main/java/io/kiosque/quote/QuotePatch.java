package io.kiosque.quote;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSetter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An editor's correction (JSON merge patch): a field left out stays as it is; {@code "speaker": null} clears it. */
@Schema(name = "QuotePatch")
public class QuotePatch {

    @Size(min = 1, max = 300, message = "must be 1 to 300 characters, or null to clear it")
    @Schema(nullable = true, examples = "Vladimir Poutine")
    private String speaker;

    @Pattern(regexp = "speech|term", message = "must be speech or term")
    @Schema(
            enumeration = {"speech", "term"},
            examples = "speech")
    private String kind;

    @JsonIgnore
    private boolean speakerSent;

    public String getSpeaker() {
        return speaker;
    }

    @JsonSetter("speaker")
    public void setSpeaker(String speaker) {
        this.speaker = speaker;
        this.speakerSent = true;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    @JsonIgnore
    public boolean isSpeakerSent() {
        return speakerSent;
    }
}
