package fi.kuntakokeilu.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A month file's lines: CSV as RFC 4180 has it, from the fields the database gives ({@link
 * PanelExport#csvFields}), in the order of their pseudonyms' hex, which the export sorts as two
 * unsigned 64-bit numbers ({@link PanelExport#pseudonymOrder}), not as text.
 */
class PanelExportLinesTest {

    static String hex(long high, long low) {
        return new Pseudonyms.Pseudonym(high, low).toString();
    }

    static void assertHexOrder(long[] high, long[] low) {
        int[] order = PanelExport.pseudonymOrder(high, low, high.length);
        String[] byHex = IntStream.range(0, high.length)
                .mapToObj(i -> hex(high[i], low[i]))
                .sorted(Comparator.naturalOrder())
                .toArray(String[]::new);
        assertThat(Arrays.stream(order).mapToObj(i -> hex(high[i], low[i])).toArray(String[]::new))
                .containsExactly(byHex);
    }

    @Test
    void randomPseudonymsComeOutInTheOrderOfTheirHex() {
        SplittableRandom random = new SplittableRandom(5);
        long[] high = random.longs(20_000).toArray();
        long[] low = random.longs(20_000).toArray();
        assertHexOrder(high, low);
    }

    @Test
    void pseudonymsAlikeInTheirFirst44BitsAreOrderedByTheRest() {
        // The numeric sort sees only the first 44 bits; these differ after them, in the high half's
        // last 20 bits or only in the low half (also where a half reads negative as a signed number).
        long prefix = 0xfedcba9876500000L;
        long[] high = {prefix | 0xfffff, prefix | 3, prefix, prefix, prefix | 3, 0x7fffffffffffffffL, 0, prefix};
        long[] low = {1, -1L, 0x8000000000000000L, 5, 0, 9, -2L, -1L};
        assertHexOrder(high, low);
    }

    @Test
    void aPseudonymsHexIsItsTwoHalvesInLowerCaseHexadecimal() {
        assertThat(hex(0x00ab000000000001L, -1L)).isEqualTo("00ab000000000001ffffffffffffffff");
    }

    static String fields(String... values) {
        return String.join(String.valueOf(PanelExport.SEPARATOR), values);
    }

    static String[] row(String... first) {
        String[] values = new String[PanelExport.COLUMNS.size() - 1];
        Arrays.fill(values, "0");
        System.arraycopy(first, 0, values, 0, first.length);
        return values;
    }

    @Test
    void fieldsWithoutACommaQuoteOrLineBreakAreJoinedByCommas() {
        assertThat(PanelExport.csvFields(fields(row("2024-12-31", "TRIAL_AREA", "helsinki", "", "Ä"))))
                .isEqualTo(String.join(",", row("2024-12-31", "TRIAL_AREA", "helsinki", "", "Ä")));
    }

    @Test
    void aFieldHoldingACommaAQuoteOrALineBreakIsQuotedWithItsQuotesDoubled() {
        String line = PanelExport.csvFields(fields(row("2024-12-31", "a,b", "say \"hi\"", "x\ny")));
        assertThat(line).startsWith("2024-12-31,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",0,");
    }

    @Test
    void aFieldHoldingTheSeparatorItselfIsRefusedRatherThanShiftingTheLine() {
        String[] values = row("2024-12-31", "a" + PanelExport.SEPARATOR + "b");
        assertThatThrownBy(() -> PanelExport.csvFields(fields(values))).isInstanceOf(IllegalStateException.class);
    }
}
