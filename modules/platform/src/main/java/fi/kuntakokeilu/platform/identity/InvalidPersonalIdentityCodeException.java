package fi.kuntakokeilu.platform.identity;

/** A text that is not a valid personal identity code; the defect says why. */
public class InvalidPersonalIdentityCodeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final PersonalIdentityCode.Defect defect;

    public InvalidPersonalIdentityCodeException(PersonalIdentityCode.Defect defect) {
        super("invalid personal identity code: " + defect);
        this.defect = defect;
    }

    public PersonalIdentityCode.Defect defect() {
        return defect;
    }
}
