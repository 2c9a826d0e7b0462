package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A body that can be responsible for a customer: an employment office or a trial area, by the key
 * organisations gives it. Keys are unique only within a type ({@code pirkanmaa} is both an office and
 * an area), so a body is always its type and key together.
 */
public record ResponsibleBody(
        @NotNull BodyType type, @Size(max = 60) String key) {

    public static ResponsibleBody office(String key) {
        return new ResponsibleBody(BodyType.EMPLOYMENT_OFFICE, key);
    }

    public static ResponsibleBody area(String key) {
        return new ResponsibleBody(BodyType.TRIAL_AREA, key);
    }

    public boolean isArea() {
        return type == BodyType.TRIAL_AREA;
    }

    public boolean isOffice() {
        return type == BodyType.EMPLOYMENT_OFFICE;
    }

    @Override
    public String toString() {
        return type + ":" + key;
    }
}
