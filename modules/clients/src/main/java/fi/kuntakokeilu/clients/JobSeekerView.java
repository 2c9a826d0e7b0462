package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.identity.Sex;
import java.time.LocalDate;
import java.util.List;

/**
 * A job seeker as staff see them: the registry, the situation now and its history, the body
 * responsible now and every transfer that led there, and transfers still waiting.
 *
 * @param discretion the discretionary reason the responsible body holds the customer by, if any
 */
public record JobSeekerView(
        long id,
        String personalIdentityCode,
        String firstName,
        String lastName,
        LocalDate birthDate,
        Sex sex,
        String homeMunicipality,
        String motherTongue,
        boolean immigrant,
        Integer educationLevel,
        String email,
        String phone,
        String streetAddress,
        String postalCode,
        String postOffice,
        LocalDate registeredOn,
        LabourMarketStatus labourMarketStatus,
        UnemploymentBenefit unemploymentBenefit,
        ResponsibleBody responsibleBody,
        LocalDate responsibleSince,
        DiscretionaryReason discretion,
        List<SituationView> situationHistory,
        List<TransferView> custodyHistory,
        List<TransferOrderView> openOrders,
        long version) {}
