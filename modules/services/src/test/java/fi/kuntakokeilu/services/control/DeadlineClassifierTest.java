package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kuntakokeilu.services.Deadline;
import fi.kuntakokeilu.services.DeadlineStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClassifierTest {

    private static final LocalDate TODAY = LocalDate.of(2022, 12, 20);

    private final DeadlineClassifier classifier = DeadlineClassifier.withDefaults();

    private record Task(String name, LocalDate due) {}

    @Test
    void classifiesByDaysLeft() {
        assertThat(classifier.classify(TODAY.minusDays(1), TODAY)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(classifier.classify(TODAY, TODAY)).isEqualTo(DeadlineStatus.DUE_TODAY);
        assertThat(classifier.classify(TODAY.plusDays(1), TODAY)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(classifier.classify(TODAY.plusDays(7), TODAY)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(classifier.classify(TODAY.plusDays(8), TODAY)).isEqualTo(DeadlineStatus.LATER);
    }

    @Test
    void dueSoonIsConfigurable() {
        DeadlineClassifier threeDays = new DeadlineClassifier(3);

        assertThat(threeDays.classify(TODAY.plusDays(3), TODAY)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(threeDays.classify(TODAY.plusDays(4), TODAY)).isEqualTo(DeadlineStatus.LATER);
        assertThat(new DeadlineClassifier(0).classify(TODAY.plusDays(1), TODAY)).isEqualTo(DeadlineStatus.LATER);
        assertThatThrownBy(() -> new DeadlineClassifier(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sortsByDeadlineWithTheMostOverdueFirstAndKeepsTheGivenOrderOnTies() {
        List<Task> tasks = List.of(
                new Task("later", TODAY.plusDays(30)),
                new Task("today-a", TODAY),
                new Task("overdue", TODAY.minusDays(10)),
                new Task("soon", TODAY.plusDays(2)),
                new Task("today-b", TODAY),
                new Task("overdue-more", TODAY.minusDays(40)));

        assertThat(classifier.classify(tasks, Task::due, TODAY))
                .extracting(d -> d.item().name(), Deadline::status, Deadline::daysLeft)
                .containsExactly(
                        tuple("overdue-more", DeadlineStatus.OVERDUE, -40L),
                        tuple("overdue", DeadlineStatus.OVERDUE, -10L),
                        tuple("today-a", DeadlineStatus.DUE_TODAY, 0L),
                        tuple("today-b", DeadlineStatus.DUE_TODAY, 0L),
                        tuple("soon", DeadlineStatus.DUE_SOON, 2L),
                        tuple("later", DeadlineStatus.LATER, 30L));
    }

    @Test
    void theAttentionListLeavesOutWhatIsNotDueSoon() {
        List<Task> tasks = List.of(new Task("later", TODAY.plusDays(8)), new Task("soon", TODAY.plusDays(7)));

        assertThat(classifier.needingAttention(tasks, Task::due, TODAY))
                .extracting(d -> d.item().name())
                .containsExactly("soon");
    }

    @Test
    void countsDaysAcrossTheTurnOfTheYear() {
        assertThat(classifier.classify(LocalDate.of(2023, 1, 2), LocalDate.of(2022, 12, 28)))
                .isEqualTo(DeadlineStatus.DUE_SOON);
    }
}
