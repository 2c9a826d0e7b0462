package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.services.DeadlineStatus;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistCount;
import fi.kuntakokeilu.services.WorklistItem;
import fi.kuntakokeilu.services.WorklistKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a body's staff have waiting, from the services tables of the customers the body serves now
 * (domain.md, "Service obligations"). An item is on the list when its deadline needs attention: past
 * (overdue), today or within the classifier's "due soon" days. The kinds:
 *
 * <ul>
 *   <li>{@code INITIAL_INTERVIEW}: a customer with no plan and no initial interview held; due by the
 *       regime of the registration day (two weeks before 2.5.2022, five working days from then), or
 *       on the day staff booked it;
 *   <li>{@code INTERVIEW}: a scheduled or booked interview or discussion not held;
 *   <li>{@code PLAN_REVIEW}: the latest version of a plan, by its review day;
 *   <li>{@code OBLIGATION_FOLLOW_UP}: a reminder or benefit statement not yet sent, whatever its date
 *       (dated on the neglected period's last day);
 *   <li>{@code TRANSFER_PENDING} (offices only): an entry order to a trial area, by its 7-day deadline
 *       (Act 1269/2020 § 5), from the clients module's pending transfers;
 *   <li>{@code SERVICE_ENDING}: an ongoing service period that ends within the configured days (14),
 *       or whose end has passed while it is still marked ongoing.
 * </ul>
 *
 * Items are ordered by deadline, then kind, then customer; counts cover every kind.
 */
@ApplicationScoped
public class Worklists {

    @PersistenceContext
    EntityManager em;

    protected Worklists() {}

    public Worklists(EntityManager em) {
        this.em = em;
    }

    /**
     * The worklist of a body.
     *
     * @param customers the customers the body serves now
     * @param pendingTransfers the open transfer orders the caller may see (offices' entry orders)
     * @param kind only items of this kind on the page; null for all
     */
    public Worklist worklist(
            ResponsibleBody body,
            Collection<CustomerInCare> customers,
            List<TransferOrderView> pendingTransfers,
            LocalDate today,
            DeadlineClassifier classifier,
            int serviceEndingDays,
            WorklistKind kind,
            int page,
            int size) {
        return worklist(
                body, null, customers, pendingTransfers, today, classifier, serviceEndingDays, kind, page, size);
    }

    /**
     * The worklist of a body, or of one caseworker within it.
     *
     * @param caseworker the caseworker whose customers {@code customers} are; null for the body's
     */
    public Worklist worklist(
            ResponsibleBody body,
            String caseworker,
            Collection<CustomerInCare> customers,
            List<TransferOrderView> pendingTransfers,
            LocalDate today,
            DeadlineClassifier classifier,
            int serviceEndingDays,
            WorklistKind kind,
            int page,
            int size) {
        List<WorklistItem> items = items(body, customers, pendingTransfers, today, classifier, serviceEndingDays);
        Map<WorklistKind, long[]> counts = new EnumMap<>(WorklistKind.class);
        for (WorklistKind k : WorklistKind.values()) {
            counts.put(k, new long[2]);
        }
        for (WorklistItem item : items) {
            counts.get(item.kind())[item.status() == DeadlineStatus.OVERDUE ? 1 : 0]++;
        }
        List<WorklistItem> chosen = kind == null
                ? items
                : items.stream().filter(i -> i.kind() == kind).toList();
        int from = (int) Math.min((long) page * size, chosen.size());
        int to = Math.min(from + size, chosen.size());
        return new Worklist(
                body,
                today,
                counts.entrySet().stream()
                        .map(e -> new WorklistCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                        .toList(),
                new Page<>(chosen.subList(from, to), page, size, chosen.size()),
                caseworker);
    }

    /** Every item needing attention, by deadline. */
    List<WorklistItem> items(
            ResponsibleBody body,
            Collection<CustomerInCare> customers,
            List<TransferOrderView> pendingTransfers,
            LocalDate today,
            DeadlineClassifier classifier,
            int serviceEndingDays) {
        Map<Long, CustomerInCare> byId =
                customers.stream().collect(Collectors.toMap(CustomerInCare::jobSeekerId, Function.identity()));
        LocalDate attentionUntil = today.plusDays(classifier.dueSoonDays());
        List<WorklistItem> items = new ArrayList<>();
        Set<Long> withPlan = new HashSet<>();
        Set<Long> initialDone = new HashSet<>();

        for (Object[] row : select(
                "select p.job_seeker_id, p.id, v.review_due, p.kind from svc_plan p join svc_plan_version v"
                        + " on v.plan_id = p.id and v.version_number = p.latest_version where p.job_seeker_id in (%s)",
                byId.keySet())) {
            long id = number(row[0]);
            withPlan.add(id);
            LocalDate due = date(row[2]);
            if (!due.isAfter(attentionUntil)) {
                items.add(item(
                        WorklistKind.PLAN_REVIEW,
                        byId.get(id),
                        number(row[1]),
                        (String) row[3],
                        due,
                        today,
                        classifier));
            }
        }
        for (Object[] row : select(
                "select job_seeker_id, id, kind, due_on, held_on from svc_appointment"
                        + " where cancelled_at is null and job_seeker_id in (%s)",
                byId.keySet())) {
            long id = number(row[0]);
            InterviewKind interview = InterviewKind.valueOf((String) row[2]);
            boolean held = row[4] != null;
            if (interview == InterviewKind.INITIAL_INTERVIEW) {
                initialDone.add(id);
            }
            LocalDate due = date(row[3]);
            if (!held && !due.isAfter(attentionUntil)) {
                WorklistKind k = interview == InterviewKind.INITIAL_INTERVIEW
                        ? WorklistKind.INITIAL_INTERVIEW
                        : WorklistKind.INTERVIEW;
                items.add(item(k, byId.get(id), number(row[1]), interview.name(), due, today, classifier));
            }
        }
        for (CustomerInCare customer : byId.values()) {
            long id = customer.jobSeekerId();
            if (!withPlan.contains(id) && !initialDone.contains(id)) {
                LocalDate due = CaseFile.initialInterviewDue(customer.registeredOn());
                if (!due.isAfter(attentionUntil)) {
                    items.add(item(
                            WorklistKind.INITIAL_INTERVIEW,
                            customer,
                            null,
                            InterviewKind.INITIAL_INTERVIEW.name(),
                            due,
                            today,
                            classifier));
                }
            }
        }
        for (Object[] row : select(
                "select job_seeker_id, id, period_end, kind from svc_benefit_statement"
                        + " where sent_at is null and job_seeker_id in (%s)",
                byId.keySet())) {
            items.add(item(
                    WorklistKind.OBLIGATION_FOLLOW_UP,
                    byId.get(number(row[0])),
                    number(row[1]),
                    (String) row[3],
                    date(row[2]),
                    today,
                    classifier));
        }
        LocalDate endingUntil = today.plusDays(serviceEndingDays);
        for (Object[] row : select(
                "select job_seeker_id, id, end_date, service_code from svc_service_period"
                        + " where status = 'ONGOING' and end_date is not null and job_seeker_id in (%s)",
                byId.keySet())) {
            LocalDate end = date(row[2]);
            if (!end.isAfter(endingUntil)) {
                items.add(item(
                        WorklistKind.SERVICE_ENDING,
                        byId.get(number(row[0])),
                        number(row[1]),
                        (String) row[3],
                        end,
                        today,
                        classifier));
            }
        }
        if (body.isOffice()) {
            for (TransferOrderView order : pendingTransfers) {
                if (order.kind() == TransferOrderKind.ENTRY && body.equals(order.from()) && order.deadline() != null) {
                    String name = order.jobSeekerName() == null ? "" : order.jobSeekerName();
                    int space = name.lastIndexOf(' ');
                    items.add(new WorklistItem(
                            WorklistKind.TRANSFER_PENDING,
                            order.jobSeekerId(),
                            space < 0 ? null : name.substring(0, space),
                            space < 0 ? name : name.substring(space + 1),
                            order.id(),
                            order.to().toString(),
                            order.deadline(),
                            classifier.classify(order.deadline(), today),
                            ChronoUnit.DAYS.between(today, order.deadline())));
                }
            }
        }
        items.sort(Comparator.comparing(WorklistItem::dueDate)
                .thenComparing(WorklistItem::kind)
                .thenComparingLong(WorklistItem::jobSeekerId)
                .thenComparing(i -> i.subjectId() == null ? 0L : i.subjectId()));
        return items;
    }

    private static WorklistItem item(
            WorklistKind kind,
            CustomerInCare customer,
            Long subjectId,
            String detail,
            LocalDate due,
            LocalDate today,
            DeadlineClassifier classifier) {
        return new WorklistItem(
                kind,
                customer.jobSeekerId(),
                customer.firstName(),
                customer.lastName(),
                subjectId,
                detail,
                due,
                classifier.classify(due, today),
                ChronoUnit.DAYS.between(today, due));
    }

    /** Rows of a query over the customers, in slices of at most 1,000 ids. */
    private List<Object[]> select(String sqlWithIds, Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> all = new ArrayList<>(ids);
        Collections.sort(all);
        List<Object[]> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += 1000) {
            List<Long> slice = all.subList(from, Math.min(all.size(), from + 1000));
            String sql = String.format(
                    sqlWithIds, slice.stream().map(String::valueOf).collect(Collectors.joining(",")));
            for (Object row : em.createNativeQuery(sql).getResultList()) {
                rows.add((Object[]) row);
            }
        }
        return rows;
    }

    private static long number(Object cell) {
        return ((Number) cell).longValue();
    }

    private static LocalDate date(Object cell) {
        if (cell instanceof LocalDate day) {
            return day;
        }
        if (cell instanceof java.sql.Date day) {
            return day.toLocalDate();
        }
        return LocalDate.parse(cell.toString());
    }
}
