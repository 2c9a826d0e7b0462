package fi.kuntakokeilu.organisations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A good practice to publish, or its new wording. {@code version} is required when changing and must
 * be the version the caller read. Tags are words or short phrases (letters, digits, spaces and
 * hyphens), stored in lower case; the language is an ISO 639 code ({@code fi}, {@code sv}, {@code
 * en}, {@code se}, {@code smn}...).
 */
public record GoodPracticeRequest(
        @NotBlank @Size(max = 60) String areaKey,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String description,
        @Size(max = 500) String targetGroup,
        @Size(max = 1000) String servicesUsed,
        @Size(max = 10000) String results,
        @Size(max = 200) String contactName,
        @Email @Size(max = 200) String contactEmail,

        @Size(max = 20)
        List<
                        @NotNull
                        @Pattern(
                                regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} -]{0,39}",
                                message = "{organisations.goodPractice.tag.format}")
                        String>
                tags,

        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "{organisations.goodPractice.language.format}")
        String language,

        Long version) {}
